package org.zhextract.time;

import java.util.Objects;
import java.util.Optional;
import org.zhextract.model.Approx;
import org.zhextract.model.TimeType;

/**
 * A resolved expression before ids and code-point offsets are assigned. The calendar fields
 * (null when unknown) let the second half of a range borrow what it omits.
 */
record ResolvedTime(int start, int end, TimeType type, String value, Optional<Approx> approx,
                    Integer year, Integer month, Integer day, String partOfDay, boolean weekdayOnly) {

    ResolvedTime {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(approx, "approx");
    }

    /** Whether year, month and day are all known. */
    boolean fullDate() {
        return year != null && month != null && day != null && type == TimeType.DATE;
    }

    ResolvedTime withValue(String newValue) {
        return new ResolvedTime(start, end, type, newValue, approx, year, month, day, partOfDay, weekdayOnly);
    }
}
