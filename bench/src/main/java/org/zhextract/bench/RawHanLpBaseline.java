package org.zhextract.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.utility.Predefine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.zhextract.ingest.Ingester;

/**
 * The throughput baseline: HanLP's role tagging on its own ({@code HanLP.newSegment()} with
 * person, transliterated-name, place and organization recognition on, one {@link Segment} per
 * thread) over the same article texts the pipeline extracts (ingested by zhextract's
 * {@link Ingester}, untimed), with a given number of threads.
 *
 * <pre>
 * java -jar bench/target/zhextract-bench.jar raw-hanlp --threads 2 ../shared/corpus
 * </pre>
 */
public final class RawHanLpBaseline {

    /** What one timed pass measured. */
    public record Result(int texts, long characters, long terms, int threads, double seconds, double cpuSeconds) {
        public double charactersPerSecond() {
            return characters / seconds;
        }

        String line() {
            return String.format(Locale.ROOT,
                    "raw HanLP: %d texts, %,d characters, %d threads, %.1f s, %,.0f characters/s, %,d terms, "
                            + "%.1f CPU s, %,.0f characters/CPU s",
                    texts, characters, threads, seconds, charactersPerSecond(), terms, cpuSeconds,
                    characters / cpuSeconds);
        }
    }

    private RawHanLpBaseline() {
    }

    /** Arguments: [--threads N] [--rounds R] PATH... (files, or folders walked in name order). */
    public static void main(String[] args) throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        int rounds = 1;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> paths.add(Path.of(args[i]));
            }
        }
        if (paths.isEmpty()) {
            System.err.println("usage: raw-hanlp [--threads N] [--rounds R] PATH...");
            System.exit(2);
        }
        long loadStart = System.nanoTime();
        List<String> texts = articleTexts(paths);
        System.out.printf(Locale.ROOT, "ingested %d texts in %.1f s (untimed)%n", texts.size(),
                (System.nanoTime() - loadStart) / 1e9);
        for (int round = 1; round <= rounds; round++) {
            System.out.println(run(texts, threads).line() + (rounds > 1 ? " (round " + round + ")" : ""));
        }
    }

    /** The article text of every input, as the pipeline sees it. */
    public static List<String> articleTexts(List<Path> paths) throws IOException {
        Ingester ingester = new Ingester();
        List<String> texts = new ArrayList<>();
        for (Path file : files(paths)) {
            try {
                articleText(ingester, Files.readAllBytes(file), file.toString()).ifPresent(texts::add);
            } catch (IOException e) {
                // the pipeline reports such files as failed; the baseline leaves them out
            }
        }
        return texts;
    }

    /** The article text of one input read already, or empty when the pipeline would fail on it. */
    static Optional<String> articleText(Ingester ingester, byte[] bytes, String name) {
        try {
            return Optional.of(ingester.read(bytes, name).text());
        } catch (RuntimeException e) {
            return Optional.empty(); // the pipeline reports such files as failed; the baseline leaves them out
        }
    }

    /** The given files, and the regular files under the given folders in name order. */
    static List<Path> files(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    files.addAll(walk.filter(Files::isRegularFile).sorted().toList());
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** Tags every text once on {@code threads} threads, one segmenter each, and times the pass. */
    public static Result run(List<String> texts, int threads) throws Exception {
        quietHanLp();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // Build one segmenter per thread, and load the dictionaries, before the clock starts.
            List<Future<Segment>> made = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                made.add(pool.submit(RawHanLpBaseline::newSegment));
            }
            List<Segment> segments = new ArrayList<>();
            for (Future<Segment> f : made) {
                segments.add(f.get());
            }
            AtomicInteger nextText = new AtomicInteger();
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            List<Future<long[]>> parts = new ArrayList<>();
            for (Segment segment : segments) {
                parts.add(pool.submit(() -> {
                    long characters = 0;
                    long terms = 0;
                    for (int i = nextText.getAndIncrement(); i < texts.size(); i = nextText.getAndIncrement()) {
                        String text = texts.get(i);
                        terms += segment.seg(text).size();
                        characters += text.codePointCount(0, text.length());
                    }
                    return new long[] {characters, terms};
                }));
            }
            long characters = 0;
            long terms = 0;
            for (Future<long[]> part : parts) {
                long[] counts = part.get();
                characters += counts[0];
                terms += counts[1];
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            return new Result(texts.size(), characters, terms, threads, seconds, cpuSeconds);
        } finally {
            pool.shutdownNow();
        }
    }

    /** CPU time of the whole process (GC and JIT included), as the CLI's summary reports it. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** Raw role tagging as the baseline runs it, dictionaries loaded. */
    static Segment newSegment() {
        Segment segment = HanLP.newSegment()
                .enableNameRecognize(true)
                .enableTranslatedNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true);
        segment.seg("初始化");
        return segment;
    }

    /** HanLP portable warns once per dictionary that it cannot write caches into its jar. */
    private static void quietHanLp() {
        Predefine.logger.setLevel(Level.OFF);
    }

}
