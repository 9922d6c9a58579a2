package org.zhextract.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.zhextract.Extraction;
import org.zhextract.Extractor;
import org.zhextract.cli.FileOutcome.Extracted;
import org.zhextract.cli.FileOutcome.Failed;
import org.zhextract.cli.FileOutcome.Skipped;
import org.zhextract.cli.InputFiles.Input;
import org.zhextract.json.ExtractionJson;

/**
 * Extracts a stream of input files on several threads into an {@link OutputSink}, in input
 * order, with failures in an {@link ErrorLog} and counts on a {@link Progress}. The command-line
 * layer only parses options and wires these together.
 *
 * <p>Memory stays flat however many files there are: the folder walk is lazy, at most a window
 * of documents is in flight, and nothing is kept per file once it is written.
 */
final class BatchExtraction {

    private final Extractor extractor;
    private final ExtractionJson json = new ExtractionJson();
    private final boolean pretty;
    private final int threads;

    BatchExtraction(Extractor extractor, boolean pretty, int threads) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.pretty = pretty;
        this.threads = threads;
    }

    /** What to run over and where to put the results. */
    record Run(List<Path> arguments, PathFilter filter, OutputSink sink, ErrorLog errors, Progress progress,
               boolean skipExisting, ResumePoint resumePoint, boolean countTotal) {
        Run {
            arguments = List.copyOf(arguments);
            Objects.requireNonNull(filter, "filter");
            Objects.requireNonNull(sink, "sink");
            Objects.requireNonNull(errors, "errors");
            Objects.requireNonNull(progress, "progress");
            Objects.requireNonNull(resumePoint, "resumePoint");
        }
    }

    /**
     * Runs the batch; returns the final counts. Throws {@link IllegalStateException} when a
     * resume point was given but never reached (the inputs are not those of the earlier run).
     */
    BatchStats run(Run run) throws IOException, InterruptedException {
        long started = System.nanoTime();
        AtomicLong total = new AtomicLong(-1);
        Thread counter = run.countTotal() ? startCounting(run, total) : null;
        Counts counts = new Counts(started, ProcessCpu.nanos(), total);
        Jobs jobs = new Jobs(run);
        try {
            OrderedParallelRunner.withThreads(threads).run(jobs, job -> process(job, run), outcome -> {
                try {
                    record(outcome, run, counts);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                run.progress().update(counts.snapshot());
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (counter != null) {
                counter.interrupt();
            }
            run.progress().finish();
            run.sink().flush();
        }
        if (!run.resumePoint().reached()) {
            throw new IllegalStateException("cannot resume: the earlier run's last input "
                    + run.resumePoint().describe() + " is not among the inputs");
        }
        return counts.snapshot();
    }

    private FileOutcome process(Job job, Run run) {
        Input input = job.input();
        if (job.problem() != null) {
            return new Failed(input, job.problem());
        }
        if (job.doneEarlier() || run.skipExisting() && run.sink().hasCompleteOutput(input)) {
            return new Skipped(input);
        }
        try {
            Extraction extraction = extractor.extract(input.file());
            String text = pretty ? json.toPrettyJson(extraction) : json.toJson(extraction);
            return new Extracted(input, text, extraction.text().codePointCount(0, extraction.text().length()));
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // One bad document must not end the batch, not even one that exhausts the stack.
            return new Failed(input, reason(e));
        }
    }

    private static void record(FileOutcome outcome, Run run, Counts counts) throws IOException {
        if (outcome instanceof Extracted extracted) {
            try {
                run.sink().write(extracted.input(), extracted.json());
                counts.extracted++;
                counts.characters += extracted.characters();
                return;
            } catch (IOException | RuntimeException e) {
                outcome = new Failed(extracted.input(), "cannot write output: " + reason(e));
            }
        }
        if (outcome instanceof Failed failed) {
            // The output before this failure reaches the disk before the failure is logged, so a
            // resumed run can trust whichever of the two files got further.
            run.sink().flush();
            String path = failed.input().file().toString();
            run.errors().record(path, failed.reason());
            run.progress().message("error: " + path + ": " + failed.reason());
            counts.failed++;
        } else if (outcome instanceof Skipped) {
            counts.skipped++;
        }
    }

    static String reason(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        String message = e.getMessage();
        String text = message == null || message.isBlank()
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + message;
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Counts the inputs on a background thread, for the progress ETA; never holds the paths. */
    private static Thread startCounting(Run run, AtomicLong total) {
        Thread thread = new Thread(() -> {
            long n = 0;
            for (Iterator<Input> it = new InputFiles(run.arguments(), run.filter(), (p, r) -> { }).iterator();
                    it.hasNext(); it.next()) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                n++;
            }
            total.set(n);
        }, "zhextract-input-counter");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** One unit of work: an input to extract, an input done by an earlier run, or a folder problem. */
    private record Job(Input input, boolean doneEarlier, String problem) {
    }

    /** The walk as jobs, with folder problems in their place in the order. */
    private static final class Jobs implements Iterator<Job> {
        private final Deque<Job> problems = new ArrayDeque<>();
        private final Iterator<Input> walk;
        private final ResumePoint resumePoint;

        Jobs(Run run) {
            this.walk = new InputFiles(run.arguments(), run.filter(),
                    (path, reason) -> problems.add(new Job(new Input(path, path), false, reason))).iterator();
            this.resumePoint = run.resumePoint();
        }

        @Override
        public boolean hasNext() {
            // walk.hasNext() may meet an unreadable folder and queue its problem on the way
            return !problems.isEmpty() || walk.hasNext() || !problems.isEmpty();
        }

        @Override
        public Job next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (!problems.isEmpty()) {
                return problems.removeFirst();
            }
            Input input = walk.next();
            return new Job(input, resumePoint.skips(input.file().toString()), null);
        }
    }

    /** Mutable counts, touched only by the consuming thread. */
    private static final class Counts {
        private final long started;
        private final long cpuAtStart;
        private final AtomicLong total;
        long extracted;
        long failed;
        long skipped;
        long characters;

        Counts(long started, long cpuAtStart, AtomicLong total) {
            this.started = started;
            this.cpuAtStart = cpuAtStart;
            this.total = total;
        }

        BatchStats snapshot() {
            long known = total.get();
            long cpu = cpuAtStart < 0 ? -1 : ProcessCpu.nanos() - cpuAtStart;
            return new BatchStats(extracted, failed, skipped, characters, System.nanoTime() - started, cpu,
                    known < 0 ? OptionalLong.empty() : OptionalLong.of(known));
        }
    }

    /**
     * Where a resumed JSON Lines run picks up: every input up to and including the last one an
     * earlier run recorded (in the output or in the error log, whichever got further) is skipped.
     * Used from the walking thread only.
     */
    static final class ResumePoint {
        private final Set<String> unseen;
        private final String description;

        private ResumePoint(Set<String> lastPaths) {
            this.unseen = new HashSet<>(lastPaths);
            this.description = String.join(" / ", lastPaths);
        }

        static ResumePoint none() {
            return new ResumePoint(Set.of());
        }

        /** Resume after the last of these paths (in input order) that the earlier run recorded. */
        static ResumePoint after(Set<String> lastPaths) {
            return new ResumePoint(lastPaths);
        }

        boolean skips(String path) {
            if (unseen.isEmpty()) {
                return false;
            }
            unseen.remove(path);
            return true;
        }

        boolean reached() {
            return unseen.isEmpty();
        }

        String describe() {
            return description;
        }
    }
}
