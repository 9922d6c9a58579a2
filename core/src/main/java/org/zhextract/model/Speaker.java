package org.zhextract.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The source of a claim as written ({@code text} and its span) and the entity it is or resolves
 * to. A bare quotation paragraph continuing an earlier speaker has no text but may have an entity.
 */
public record Speaker(Optional<String> text, Optional<Span> span, Optional<String> entity) {

    public Speaker {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(entity, "entity");
        if (text.isPresent() != span.isPresent()) {
            throw new IllegalArgumentException("a speaker's text and span come together");
        }
    }
}
