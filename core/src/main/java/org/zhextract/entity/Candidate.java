package org.zhextract.entity;

import java.util.Objects;
import java.util.Optional;
import org.zhextract.model.EntityType;
import org.zhextract.model.Span;

/**
 * A proposed mention before merging: code-point span, type (empty for a span a dictionary says
 * must never be annotated), where it came from, and the canonical name a gazetteer gives it
 * (澳洲 → 澳大利亚).
 */
public record Candidate(Span span, Optional<EntityType> type, Origin origin, Optional<String> canonical) {

    /**
     * Where a candidate came from, strongest first. The merge policy of
     * {@link EntityRecognizer} prefers user dictionaries, then longer spans, then this order.
     */
    public enum Origin {
        /** A user dictionary entry: always wins. */
        USER,
        /** A built-in gazetteer entry. */
        GAZETTEER,
        /** A structural rule: interpunct names, title + name, organization or event suffixes. */
        PATTERN,
        /** A statistical model added through {@link MentionSource} (e.g. a trained tagger). */
        MODEL,
        /** HanLP's role tags. */
        ROLE
    }

    public Candidate {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(canonical, "canonical");
        if (span.isEmpty()) {
            throw new IllegalArgumentException("empty candidate span " + span);
        }
    }

    /** Whether this candidate names an entity of the given type (false for a never-annotate span). */
    public boolean hasType(EntityType wanted) {
        return type.isPresent() && type.get() == wanted;
    }

    /** Whether this candidate names an entity of either given type. */
    public boolean hasType(EntityType one, EntityType other) {
        return type.isPresent() && (type.get() == one || type.get() == other);
    }

    /**
     * Whether a tagger proposed this candidate (the NER model or HanLP's role tags) rather than a list
     * or a rule: the candidates whose boundaries the entity rules may still correct.
     */
    public boolean fromTagger() {
        return origin == Origin.MODEL || origin == Origin.ROLE;
    }

    /** The same candidate (type, origin, canonical name) over another span, trimmed or moved by a rule. */
    public Candidate withSpan(int start, int end) {
        return new Candidate(new Span(start, end), type, origin, canonical);
    }

    /** The same candidate typed {@code newType}: the span, origin and canonical name stay. */
    public Candidate withType(EntityType newType) {
        return new Candidate(span, Optional.of(newType), origin, canonical);
    }

    public static Candidate of(EntityType type, int start, int end, Origin origin) {
        return new Candidate(new Span(start, end), Optional.of(type), origin, Optional.empty());
    }
}
