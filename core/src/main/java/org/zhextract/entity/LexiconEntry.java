package org.zhextract.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhextract.model.EntityType;
import org.zhextract.text.GazetteerLine;

/**
 * One gazetteer or user-dictionary line: a canonical name, its type (empty for {@code NONE}: a
 * surface that must never be annotated) and the other surfaces that name the same thing.
 */
public record LexiconEntry(String name, Optional<EntityType> type, List<String> aliases) {

    public LexiconEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank lexicon name");
        }
    }

    /**
     * Parses {@code name<TAB>TYPE[<TAB>alias…]}; TYPE is PERSON, ORG, LOC, EVENT or NONE
     * (case-insensitive; PER is accepted for PERSON).
     *
     * @throws IllegalArgumentException naming the problem when the line is malformed
     */
    public static LexiconEntry parse(String line) {
        GazetteerLine fields = GazetteerLine.parse(line);
        String type = fields.type().toUpperCase(java.util.Locale.ROOT);
        Optional<EntityType> parsed;
        switch (type) {
            case "NONE", "O" -> parsed = Optional.empty();
            case "PER" -> parsed = Optional.of(EntityType.PERSON);
            default -> {
                try {
                    parsed = Optional.of(EntityType.valueOf(type));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown entity type '" + fields.type() + "' in '" + line + "'");
                }
            }
        }
        return new LexiconEntry(fields.name(), parsed, fields.aliases());
    }
}
