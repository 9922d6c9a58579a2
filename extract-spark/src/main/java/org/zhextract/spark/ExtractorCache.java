package org.zhextract.spark;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.zhextract.Extractor;

/**
 * The extractors of this JVM, one per setting, built on first use and shared by every task the
 * JVM runs.
 *
 * <p>This map is the module's only static mutable state, and deliberately so. Spark serializes a
 * task's function and ships it to executors; an {@link Extractor} is neither serializable nor
 * cheap (building one loads every dictionary, seconds of work), so
 * the shipped function carries only its settings and each executor JVM looks its extractor up
 * here. {@link ConcurrentHashMap#computeIfAbsent} builds at most one extractor per setting while
 * concurrent task threads wait for it; extractors are immutable and thread-safe, so the tasks
 * then share it freely. Entries live as long as the JVM, which is what an executor wants.
 */
final class ExtractorCache {

    private static final ConcurrentMap<Settings, Extractor> EXTRACTORS = new ConcurrentHashMap<>();

    /** What distinguishes one cached extractor from another. */
    private record Settings(Optional<LocalDate> referenceDate, boolean nerModel) {
    }

    private ExtractorCache() {
    }

    /** This JVM's extractor for the given reference date (empty: each article's own date). */
    static Extractor extractor(Optional<LocalDate> referenceDate) {
        return extractor(referenceDate, true);
    }

    /** This JVM's extractor for the given reference date, with or without the NER model. */
    static Extractor extractor(Optional<LocalDate> referenceDate, boolean nerModel) {
        return EXTRACTORS.computeIfAbsent(new Settings(referenceDate, nerModel), ExtractorCache::build);
    }

    private static Extractor build(Settings settings) {
        Extractor.Builder builder = Extractor.builder();
        settings.referenceDate().ifPresent(builder::referenceDate);
        if (!settings.nerModel()) {
            builder.withoutNerModel();
        }
        return builder.build();
    }
}
