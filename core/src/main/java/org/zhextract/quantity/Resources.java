package org.zhextract.quantity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads this package's UTF-8 resource files: one entry per line, {@code #} starts a comment. */
final class Resources {

    private Resources() {
    }

    static Set<String> lines(String name) {
        return new LinkedHashSet<>(rows(name));
    }

    /** The non-blank, non-comment lines of a resource, trimmed of trailing spaces. */
    static List<String> rows(String name) {
        InputStream in = Resources.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource org/zhextract/quantity/" + name);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    out.add(line.stripTrailing());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
        return out;
    }
}
