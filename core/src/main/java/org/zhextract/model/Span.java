package org.zhextract.model;

/**
 * A half-open range {@code [start, end)} of Unicode code points in a document text.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        checkRange(start, end);
    }

    /** Throws unless {@code 0 <= start <= end}; shared by every record that carries offsets. */
    public static void checkRange(int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int codePoint) {
        return start <= codePoint && codePoint < end;
    }

    public boolean intersects(Span other) {
        return start < other.end && other.start < end;
    }

    /** The covered text of {@code text}, with this span read as code-point offsets. */
    public String coveredText(String text) {
        int from = text.offsetByCodePoints(0, start);
        int to = text.offsetByCodePoints(from, end - start);
        return text.substring(from, to);
    }

    @Override
    public int compareTo(Span other) {
        int byStart = Integer.compare(start, other.start);
        return byStart != 0 ? byStart : Integer.compare(other.end, end);
    }
}
