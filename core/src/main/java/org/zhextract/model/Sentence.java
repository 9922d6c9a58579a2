package org.zhextract.model;

/** One sentence of the document text, by code-point offsets. */
public record Sentence(int start, int end) {

    public Sentence {
        Span.checkRange(start, end);
    }

    public Span span() {
        return new Span(start, end);
    }
}
