package org.zhextract.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An amount with its value in the canonical unit (480亿立方米 → 4.8E10 {@code m3}). A range has
 * {@code min} and {@code max} and no {@code value}. {@code per} is the rate period (每年 →
 * {@code year}); {@code classifier} the measure word of a count (名, 份).
 */
public record Quantity(String id, QuantityType type, String text, int start, int end,
                       Optional<Double> value, Optional<Double> min, Optional<Double> max,
                       String unit, String unitText, Optional<String> classifier,
                       Optional<Approx> approx, Optional<String> per) {

    public Quantity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitText, "unitText");
        Objects.requireNonNull(classifier, "classifier");
        Objects.requireNonNull(approx, "approx");
        Objects.requireNonNull(per, "per");
        Span.checkRange(start, end);
        if (text.isEmpty() || text.codePointCount(0, text.length()) != end - start) {
            throw new IllegalArgumentException("quantity '" + text + "' does not fit [" + start + ", " + end + ")");
        }
        if (value.isEmpty() && (min.isEmpty() || max.isEmpty())) {
            throw new IllegalArgumentException("quantity '" + text + "' has neither a value nor a range");
        }
    }

    public Span span() {
        return new Span(start, end);
    }

    /** The same quantity under another id. */
    public Quantity withId(String newId) {
        return new Quantity(newId, type, text, start, end, value, min, max, unit, unitText,
                classifier, approx, per);
    }
}
