package org.zhextract.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A time expression and its TIMEX3-style value ({@code 2022-02-04}, {@code 2022-W05},
 * {@code 2022-02-04TAF}, {@code P400D}, {@code P1Y}); unknown parts stay {@code X}.
 */
public record TimeValue(String id, TimeType type, String text, int start, int end,
                        String value, Optional<Approx> approx) {

    public TimeValue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(approx, "approx");
        Span.checkRange(start, end);
        if (text.isEmpty() || text.codePointCount(0, text.length()) != end - start) {
            throw new IllegalArgumentException("time '" + text + "' does not fit [" + start + ", " + end + ")");
        }
    }

    public Span span() {
        return new Span(start, end);
    }

    /** The same expression under another id. */
    public TimeValue withId(String newId) {
        return new TimeValue(newId, type, text, start, end, value, approx);
    }
}
