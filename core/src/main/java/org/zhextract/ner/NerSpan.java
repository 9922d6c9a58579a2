package org.zhextract.ner;

import java.util.Objects;
import org.zhextract.model.EntityType;

/**
 * An entity the model found: code-point offsets into the tagged text ({@code end} exclusive)
 * and its type, one of {@link EntityType#PERSON}, {@link EntityType#LOC}, {@link EntityType#ORG}
 * for the shipped model.
 */
public record NerSpan(int start, int end, EntityType type) {

    public NerSpan {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
