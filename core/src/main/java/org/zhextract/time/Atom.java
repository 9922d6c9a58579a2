package org.zhextract.time;

import java.util.Map;
import java.util.Objects;

/**
 * One piece of a time expression found by {@link TimeGrammar}: a year, a month, a weekday, a part
 * of the day, a clock time, a duration … with the captured groups it needs to be resolved.
 * Offsets are char indices into the matched text.
 */
record Atom(Kind kind, int start, int end, String text, Map<String, String> groups) {

    /** What the atom stands for; the rank orders the parts of one expression (年 before 月 before 日…). */
    enum Kind {
        ISO_DATE(3), CENTURY(0), DECADE(1), YEAR(1), REL_YEAR(1), HALF_YEAR(2), YEAR_PART(2), QUARTER(2), SEASON(2),
        MONTH(2), REL_MONTH(2), MONTH_PART(2), REL_WEEK(2), WEEK_OF(3), DAY(3), MONTH_DAY_BARE(3), REL_DAY(3), WEEKDAY(3),
        HOLIDAY(3), PART_OF_DAY(4), CLOCK(5),
        OFFSET(-1), SET(-1), DURATION(-1), PRESENT(-1), PAST(-1);

        final int rank;

        Kind(int rank) {
            this.rank = rank;
        }

        /** Whether the atom can be part of a date or time with other atoms. */
        boolean combines() {
            return rank >= 0;
        }
    }

    Atom {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        groups = Map.copyOf(groups);
    }

    /** A captured group, or the empty string. */
    String group(String name) {
        return groups.getOrDefault(name, "");
    }

    boolean has(String name) {
        return !group(name).isEmpty();
    }

    /** The rank of this atom inside an expression (a clock given with a date outranks the date). */
    int rank() {
        if (kind == Kind.ISO_DATE && has("isoH")) {
            return Kind.CLOCK.rank;
        }
        if (kind == Kind.REL_DAY && TimeGrammar.relDayPartOfDay(text) != null) {
            return Kind.PART_OF_DAY.rank;
        }
        return kind.rank;
    }
}
