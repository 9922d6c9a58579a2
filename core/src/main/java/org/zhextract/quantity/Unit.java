package org.zhextract.quantity;

import java.util.Objects;

/**
 * One row of the unit table: a unit word as written, its canonical code and the factor that
 * converts an amount in this unit to the canonical unit (公里 → {@code m} × 1000).
 *
 * @param prefix whether the word may also stand before the number (人民币3.14, $5)
 * @param weak   whether the word is too ambiguous after bare Chinese numerals (三方, 两度) and
 *               needs Arabic digits or a 万/亿 multiplier
 */
record Unit(String word, String code, double factor, Kind kind, boolean prefix, boolean weak) {

    /** What a number followed by the unit is. */
    enum Kind {
        QUANTITY, MONEY, PERCENT,
        /** A measure word: unit {@code count}, the word is the classifier. */
        COUNT,
        /** A time unit: a date, time or duration for the time stage, not a quantity. */
        TIME,
        /** A word after which a number is an ordinal or part of a name (3楼, 三代). */
        NONE
    }

    Unit {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        if (word.isEmpty() || !(factor > 0)) {
            throw new IllegalArgumentException("bad unit row " + word + " " + factor);
        }
    }

    boolean isAmount() {
        return kind != Kind.TIME && kind != Kind.NONE;
    }
}
