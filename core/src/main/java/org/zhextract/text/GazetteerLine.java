package org.zhextract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of a gazetteer or user dictionary, {@code name<TAB>TYPE[<TAB>alias…]}, split into its
 * fields. The entity stage gives TYPE its meaning ({@code LexiconEntry}); ingestion reads the place
 * gazetteer's names to find where a reporter's name ends in a byline. Both read the layout through
 * this record; ingestion runs before the entity stage and cannot call it.
 *
 * @param type the second field as written, stripped (PERSON, ORG, LOC, EVENT, NONE, …)
 */
public record GazetteerLine(String name, String type, List<String> aliases) {

    public GazetteerLine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
    }

    /**
     * Splits {@code name<TAB>TYPE[<TAB>alias…]}; fields are stripped and blank aliases dropped.
     *
     * @throws IllegalArgumentException when the line has no name or no type
     */
    public static GazetteerLine parse(String line) {
        String[] fields = line.split("\t");
        if (fields.length < 2 || fields[0].isBlank()) {
            throw new IllegalArgumentException("expected name<TAB>TYPE[<TAB>alias...]: '" + line + "'");
        }
        List<String> aliases = new ArrayList<>();
        for (int i = 2; i < fields.length; i++) {
            if (!fields[i].isBlank()) {
                aliases.add(fields[i].strip());
            }
        }
        return new GazetteerLine(fields[0].strip(), fields[1].strip(), aliases);
    }

    /** The name and its aliases. */
    public List<String> surfaces() {
        List<String> all = new ArrayList<>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return all;
    }
}
