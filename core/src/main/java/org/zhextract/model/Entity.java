package org.zhextract.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One real-world referent of a document after resolution: its canonical (fullest Chinese)
 * {@code name}, every distinct surface form in {@code aliases}, the Latin-script name the text
 * gives, role words attached to it, and every mention in text order.
 */
public record Entity(String id, EntityType type, String name, List<String> aliases,
                     Optional<String> latin, List<String> titles, List<Mention> mentions) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(latin, "latin");
        aliases = List.copyOf(aliases);
        titles = List.copyOf(titles);
        mentions = List.copyOf(mentions);
        if (name.isBlank()) {
            throw new IllegalArgumentException("entity " + id + " has a blank name");
        }
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("entity " + id + " has no mention");
        }
    }
}
