package org.zhextract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.zhextract.model.TimeValue;
import org.zhextract.text.DocumentText;

/**
 * Finds time expressions and normalizes them against a reference date.
 *
 * <p>Not yet implemented (the time-expressions issue): it finds nothing, so {@code times} stays
 * an empty list in the output.
 */
public final class TimeRecognizer {

    public List<TimeValue> recognize(DocumentText document, Optional<LocalDate> referenceDate) {
        return List.of();
    }
}
