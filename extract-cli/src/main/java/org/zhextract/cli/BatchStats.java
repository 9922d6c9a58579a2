package org.zhextract.cli;

import java.util.Locale;
import java.util.OptionalLong;

/**
 * Counts of a batch run so far: files extracted, failed and skipped, characters of article text
 * extracted, elapsed time, CPU time of the process over that time (-1 when unknown), and the
 * number of input files when known.
 */
record BatchStats(long extracted, long failed, long skipped, long characters, long elapsedNanos,
                  long cpuNanos, OptionalLong totalFiles) {

    long done() {
        return extracted + failed + skipped;
    }

    double seconds() {
        return elapsedNanos / 1e9;
    }

    /** Files handled per second, skipped ones not counted: they cost next to nothing. */
    double filesPerSecond() {
        return seconds() > 0 ? (extracted + failed) / seconds() : 0;
    }

    double charactersPerSecond() {
        return seconds() > 0 ? characters / seconds() : 0;
    }

    /** Seconds left at the current rate, when the total is known and the rate is measurable. */
    OptionalLong etaSeconds() {
        double rate = seconds() > 0 ? done() / seconds() : 0;
        if (totalFiles.isEmpty() || rate <= 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.round(Math.max(0, totalFiles.getAsLong() - done()) / rate));
    }

    /** The final summary line. */
    String summary() {
        String line = String.format(Locale.ROOT, "%d files extracted, %d failed, %d skipped, %,d characters, %.1f s, "
                        + "%,.0f characters/s, %.1f files/s",
                extracted, failed, skipped, characters, seconds(), charactersPerSecond(), filesPerSecond());
        if (cpuNanos > 0) {
            line += String.format(Locale.ROOT, ", %.1f CPU s, %,.0f characters/CPU s", cpuNanos / 1e9,
                    characters / (cpuNanos / 1e9));
        }
        return line;
    }
}
