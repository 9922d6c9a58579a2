package org.zhextract.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Progress of a batch on stderr: a bar redrawn in place on a terminal, plain lines at a slower
 * pace otherwise (logs, pipes), nothing when quiet. Called from one thread.
 */
abstract class Progress {

    private final long intervalNanos;
    private long lastShown = System.nanoTime();

    private Progress(long intervalNanos) {
        this.intervalNanos = intervalNanos;
    }

    /** A bar when stderr is a terminal, plain lines every {@code lineSeconds} otherwise. */
    static Progress forStderr(PrintWriter err, boolean terminal, double lineSeconds) {
        return terminal ? new Bar(err) : new Lines(err, (long) (lineSeconds * 1e9));
    }

    static Progress quiet(PrintWriter err) {
        return new Lines(err, Long.MAX_VALUE);
    }

    /** Shows the counts if the interval since the last showing has passed. */
    final void update(BatchStats stats) {
        long now = System.nanoTime();
        if (now - lastShown >= intervalNanos) {
            lastShown = now;
            show(stats);
        }
    }

    /** Prints a message (a failure) on its own line, without garbling the bar. */
    abstract void message(String line);

    /** Ends the progress display before the summary. */
    abstract void finish();

    abstract void show(BatchStats stats);

    static String eta(OptionalLong seconds) {
        if (seconds.isEmpty()) {
            return "--:--";
        }
        long s = seconds.getAsLong();
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }

    private static String count(BatchStats stats) {
        return stats.totalFiles().isPresent()
                ? String.format(Locale.ROOT, "%,d/%,d files", stats.done(), stats.totalFiles().getAsLong())
                : String.format(Locale.ROOT, "%,d files", stats.done());
    }

    private static final class Bar extends Progress {
        private static final int WIDTH = 24;
        private final PrintWriter err;
        private boolean drawn;

        Bar(PrintWriter err) {
            super(200_000_000L);
            this.err = Objects.requireNonNull(err, "err");
        }

        @Override
        void show(BatchStats stats) {
            int filled = stats.totalFiles().isPresent() && stats.totalFiles().getAsLong() > 0
                    ? (int) Math.min(WIDTH, WIDTH * stats.done() / stats.totalFiles().getAsLong())
                    : 0;
            String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
            err.print(String.format(Locale.ROOT, "\r[%s] %s  %.1f files/s  %,.0f chars/s  %d failed  ETA %s  ",
                    bar, count(stats), stats.filesPerSecond(), stats.charactersPerSecond(), stats.failed(),
                    eta(stats.etaSeconds())));
            err.flush();
            drawn = true;
        }

        @Override
        void message(String line) {
            if (drawn) {
                err.print("\r\033[K");
                drawn = false;
            }
            err.println(line);
            err.flush();
        }

        @Override
        void finish() {
            if (drawn) {
                err.println();
                err.flush();
                drawn = false;
            }
        }
    }

    private static final class Lines extends Progress {
        private final PrintWriter err;

        Lines(PrintWriter err, long intervalNanos) {
            super(intervalNanos);
            this.err = Objects.requireNonNull(err, "err");
        }

        @Override
        void show(BatchStats stats) {
            err.println(String.format(Locale.ROOT, "progress: %s, %d failed, %.1f files/s, %,.0f characters/s, ETA %s",
                    count(stats), stats.failed(), stats.filesPerSecond(), stats.charactersPerSecond(),
                    eta(stats.etaSeconds())));
            err.flush();
        }

        @Override
        void message(String line) {
            err.println(line);
            err.flush();
        }

        @Override
        void finish() {
            err.flush();
        }
    }
}
