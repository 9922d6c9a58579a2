package org.zhextract.quantity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zhextract.text.ResourceLines;

/** Reads this package's UTF-8 resource files: one entry per line, {@code #} starts a comment. */
final class Resources {

    private Resources() {
    }

    static Set<String> lines(String name) {
        return new LinkedHashSet<>(rows(name));
    }

    /** The non-blank, non-comment lines of a resource, trimmed of trailing spaces. */
    static List<String> rows(String name) {
        List<String> out = new ArrayList<>();
        for (String line : ResourceLines.read(Resources.class, name)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                out.add(line.stripTrailing());
            }
        }
        return out;
    }
}
