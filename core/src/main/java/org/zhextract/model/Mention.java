package org.zhextract.model;

import java.util.Objects;

/** One occurrence of an entity in the text. */
public record Mention(String text, int start, int end) implements Comparable<Mention> {

    public Mention {
        Objects.requireNonNull(text, "text");
        Span.checkRange(start, end);
        if (text.isEmpty() || text.codePointCount(0, text.length()) != end - start) {
            throw new IllegalArgumentException("mention '" + text + "' does not fit [" + start + ", " + end + ")");
        }
    }

    public Span span() {
        return new Span(start, end);
    }

    @Override
    public int compareTo(Mention other) {
        return span().compareTo(other.span());
    }
}
