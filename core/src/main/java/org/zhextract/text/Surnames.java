package org.zhextract.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the surname list ({@code org/zhextract/entity/surnames.txt}) that both the entity stage (a
 * role-tag person must start with a surname) and ingestion (a byline run into 记者 must) use, so that
 * the two read its layout the same way: a line of several characters lists single-character surnames,
 * a line of two is one compound surname (欧阳); {@code #} starts a comment line.
 */
public final class Surnames {

    private Surnames() {
    }

    /** The surnames in the lines of a surname list. */
    public static Set<String> parse(List<String> lines) {
        Set<String> surnames = new HashSet<>();
        for (String line : lines) {
            String clean = line.startsWith("\uFEFF") ? line.substring(1) : line;
            if (clean.stripLeading().startsWith("#")) {
                continue;
            }
            for (String entry : clean.strip().split("\\s+")) {
                if (entry.length() > 2) {
                    entry.codePoints().forEach(c -> surnames.add(new String(Character.toChars(c))));
                } else if (!entry.isEmpty()) {
                    surnames.add(entry);
                }
            }
        }
        return Set.copyOf(surnames);
    }
}
