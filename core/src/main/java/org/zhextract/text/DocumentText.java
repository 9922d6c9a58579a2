package org.zhextract.text;

import java.util.Objects;
import org.zhextract.model.Span;

/**
 * A document text with conversions between Java {@code char} indices (what regular expressions
 * and {@link String} methods use) and the Unicode code-point offsets of the zhextract/1
 * contract. Text without supplementary characters, nearly all news, takes the identity fast path.
 *
 * <p>Immutable and thread-safe.
 */
public final class DocumentText {

    private final String text;
    /** Code point index of each char index (length = chars + 1), or null when they coincide. */
    private final int[] codePointAtChar;
    /** Char index of each code point (length = code points + 1), or null when they coincide. */
    private final int[] charAtCodePoint;
    private final int codePointLength;

    public DocumentText(String text) {
        this.text = Objects.requireNonNull(text, "text");
        this.codePointLength = text.codePointCount(0, text.length());
        if (codePointLength == text.length()) {
            codePointAtChar = null;
            charAtCodePoint = null;
        } else {
            codePointAtChar = new int[text.length() + 1];
            charAtCodePoint = new int[codePointLength + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); cp++) {
                charAtCodePoint[cp] = i;
                int width = Character.charCount(text.codePointAt(i));
                for (int k = 0; k < width; k++) {
                    codePointAtChar[i + k] = cp;
                }
                i += width;
            }
            charAtCodePoint[codePointLength] = text.length();
            codePointAtChar[text.length()] = codePointLength;
        }
    }

    public String text() {
        return text;
    }

    /** Length in code points. */
    public int length() {
        return codePointLength;
    }

    /** The code-point offset of a char index (a low surrogate maps to its pair's code point). */
    public int toCodePoint(int charIndex) {
        if (charIndex < 0 || charIndex > text.length()) {
            throw new IndexOutOfBoundsException(charIndex);
        }
        return codePointAtChar == null ? charIndex : codePointAtChar[charIndex];
    }

    /** The char index of a code-point offset. */
    public int toCharIndex(int codePoint) {
        if (codePoint < 0 || codePoint > codePointLength) {
            throw new IndexOutOfBoundsException(codePoint);
        }
        return charAtCodePoint == null ? codePoint : charAtCodePoint[codePoint];
    }

    /** The code-point span of the chars {@code [charStart, charEnd)}. */
    public Span spanOfChars(int charStart, int charEnd) {
        return new Span(toCodePoint(charStart), toCodePoint(charEnd));
    }

    /** The text of a code-point span. */
    public String slice(Span span) {
        return slice(span.start(), span.end());
    }

    /** The text of the code points {@code [start, end)}. */
    public String slice(int start, int end) {
        return text.substring(toCharIndex(start), toCharIndex(end));
    }
}
