package org.zhextract.quantity;

import java.util.Optional;

/**
 * A numeral found in text: char offsets {@code [start, end)} into the scanned string, its value,
 * and whether a vagueness word inside it (十多万, 五百余万, 二十几万) makes it a lower bound.
 * Two neighbouring digits (三四百万, 十七八, 两三) make a range: {@code value} is its upper end
 * and {@code rangeLow} its lower end.
 *
 * @param multiplier the trailing multiplier the numeral ends with (万 → 1E4, 亿 → 1E8, 万亿 →
 *                   1E12), or 1; a range's first bound inherits it (3至5万 → 3万)
 * @param chinese    whether the numeral is written without Arabic digits (一, 三千五百)
 */
public record NumberMatch(int start, int end, double value, boolean approximate, double multiplier,
                          boolean chinese, Optional<Double> rangeLow) {

    public NumberMatch(int start, int end, double value, boolean approximate, double multiplier, boolean chinese) {
        this(start, end, value, approximate, multiplier, chinese, Optional.empty());
    }

    public NumberMatch {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad numeral span [" + start + ", " + end + ")");
        }
        java.util.Objects.requireNonNull(rangeLow, "rangeLow");
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("numeral value " + value);
        }
    }
}
