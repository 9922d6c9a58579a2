package org.zhextract.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.zhextract.Extractor;
import org.zhextract.ingest.Ingester;

/**
 * Throughput once the JIT has finished: the whole pipeline ({@link Extractor#extract(byte[],
 * String)}, ingestion included, JSON left out) and raw HanLP role tagging over the same corpus
 * files in one JVM, round after round, alternating one thread and {@code N} threads so both warm
 * alike. A whole-corpus CLI run spends much of its CPU in the compiler (docs/history/speed.md), which a
 * run over millions of articles (a Spark job, a long batch) does not; this measures that steady
 * state: per-round characters per second, the pipeline/raw ratio and the 1 → N scaling.
 *
 * <pre>
 * java -Xss4m -Xmx1g -jar bench/target/zhextract-bench.jar warm --rounds 6 --threads 2 --limit 1000 [--no-ner] ../shared/corpus
 * </pre>
 */
public final class WarmScaling {

    /** One timed pass of the pipeline: characters of article text extracted, wall-clock seconds. */
    record Pass(long characters, double seconds) {
        double charactersPerSecond() {
            return characters / seconds;
        }
    }

    private WarmScaling() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = 6;
        int threads = Runtime.getRuntime().availableProcessors();
        int limit = 1000;
        boolean nerModel = true;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--no-ner" -> nerModel = false;
                default -> paths.add(Path.of(args[i]));
            }
        }
        if (paths.isEmpty()) {
            System.err.println("usage: warm [--rounds R] [--threads N] [--limit FILES] [--no-ner] PATH...");
            System.exit(2);
        }
        List<Path> files = StageProfile.files(paths, limit);
        List<byte[]> inputs = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Ingester ingester = new Ingester();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            inputs.add(bytes);
            RawHanLpBaseline.articleText(ingester, bytes, file.toString()).ifPresent(texts::add);
        }
        Extractor.Builder builder = Extractor.builder();
        Extractor extractor = (nerModel ? builder : builder.withoutNerModel()).build();
        System.out.printf(Locale.ROOT, "%d files, %,d characters of article text, model %s, %d rounds%n",
                inputs.size(), texts.stream().mapToLong(t -> t.codePointCount(0, t.length())).sum(),
                nerModel ? "on" : "off", rounds);
        double[] last = new double[4];
        for (int round = 1; round <= rounds; round++) {
            int column = 0;
            for (int n : new int[] {1, threads}) {
                double pipeline = pipeline(extractor, files, inputs, n).charactersPerSecond();
                double raw = RawHanLpBaseline.run(texts, n).charactersPerSecond();
                System.out.printf(Locale.ROOT, "round %d, %d thread(s): pipeline %,.0f characters/s, raw HanLP %,.0f, ratio %.2f%n",
                        round, n, pipeline, raw, pipeline / raw);
                last[column++] = pipeline;
                last[column++] = raw;
            }
        }
        System.out.printf(Locale.ROOT, "last round: ratio %.2f (1 thread), %.2f (%d threads); scaling 1 → %d threads: pipeline %.2f×, raw HanLP %.2f×%n",
                last[0] / last[1], last[2] / last[3], threads, threads, last[2] / last[0], last[3] / last[1]);
    }

    /** Extracts every input once on {@code threads} threads. */
    static Pass pipeline(Extractor extractor, List<Path> files, List<byte[]> inputs, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            long start = System.nanoTime();
            List<Future<Long>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                parts.add(pool.submit(() -> {
                    long characters = 0;
                    for (int i = next.getAndIncrement(); i < inputs.size(); i = next.getAndIncrement()) {
                        try {
                            String text = extractor.extract(inputs.get(i), files.get(i).toString()).text();
                            characters += text.codePointCount(0, text.length());
                        } catch (RuntimeException e) {
                            // a failed file counts no characters; bench/run reports failures
                        }
                    }
                    return characters;
                }));
            }
            long characters = 0;
            for (Future<Long> part : parts) {
                characters += part.get();
            }
            return new Pass(characters, (System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }
}
