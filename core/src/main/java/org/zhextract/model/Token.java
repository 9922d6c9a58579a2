package org.zhextract.model;

import java.util.Objects;

/**
 * A word from segmentation with its part-of-speech tag (HanLP's tag set: {@code nr} person,
 * {@code nrf} transliterated person, {@code ns} place, {@code nt} organization, …).
 */
public record Token(String text, int start, int end, String pos) {

    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pos, "pos");
        Span.checkRange(start, end);
        if (text.codePointCount(0, text.length()) != end - start) {
            throw new IllegalArgumentException("token '" + text + "' does not fit [" + start + ", " + end + ")");
        }
    }

    public Span span() {
        return new Span(start, end);
    }
}
