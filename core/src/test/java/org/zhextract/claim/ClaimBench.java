package org.zhextract.claim;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.zhextract.Extractor;
import org.zhextract.TestFiles;

/**
 * Measures what the claim stage adds to the pipeline: the same documents through an extractor
 * with claims and one without, in alternating rounds, median of the rounds' CPU times. Not a unit test; run
 * it by hand (see README, "Claims"):
 *
 * <pre>
 * bin/zhextract --version &amp;&amp; mvn -o -q -B test-compile -pl core
 * java -cp extract-cli/target/zhextract.jar:core/target/test-classes org.zhextract.claim.ClaimBench [rounds] [seedRepeats] [corpusEvery]
 * </pre>
 */
public final class ClaimBench {

    private ClaimBench() {
    }

    private record Doc(String name, byte[] bytes) {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int seedRepeats = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int corpusEvery = args.length > 2 ? Integer.parseInt(args[2]) : 100;

        List<Doc> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestFiles.testdata("seeds"))) {
            List<Path> paths = files.sorted().toList();
            for (int r = 0; r < seedRepeats; r++) {
                for (Path p : paths) {
                    seeds.add(new Doc(p.toString(), Files.readAllBytes(p)));
                }
            }
        }
        List<Doc> corpus = new ArrayList<>();
        Path corpusRoot = TestFiles.shared("corpus");
        if (Files.isDirectory(corpusRoot)) {
            try (Stream<Path> files = Files.walk(corpusRoot)) {
                List<Path> paths = files.filter(Files::isRegularFile).filter(p -> !p.endsWith("README.md"))
                        .sorted().toList();
                for (int k = 0; k < paths.size(); k += corpusEvery) {
                    corpus.add(new Doc(paths.get(k).toString(), Files.readAllBytes(paths.get(k))));
                }
            }
        }

        Extractor with = Extractor.builder().build();
        Extractor without = Extractor.builder().claims(false).build();
        report("seeds x" + seedRepeats, seeds, with, without, rounds);
        if (!corpus.isEmpty()) {
            report("corpus every " + corpusEvery + "th file", corpus, with, without, rounds);
        }
    }

    private static void report(String label, List<Doc> docs, Extractor with, Extractor without, int rounds) {
        long chars = docs.stream().mapToLong(d -> d.bytes().length).sum();
        int claims = run(with, docs)[1];   // also the warm-up
        run(without, docs);
        long[] withTimes = new long[rounds];
        long[] withoutTimes = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            // alternate which goes first, so that neither always runs on a warmer machine
            if (r % 2 == 0) {
                withTimes[r] = time(with, docs);
                withoutTimes[r] = time(without, docs);
            } else {
                withoutTimes[r] = time(without, docs);
                withTimes[r] = time(with, docs);
            }
        }
        double withMs = median(withTimes) / 1e6;
        double withoutMs = median(withoutTimes) / 1e6;
        System.out.printf("%s: %d documents, %.1f MB, %d claims%n", label, docs.size(), chars / 1e6, claims);
        System.out.printf("  pipeline without claims %.0f ms, with claims %.0f ms (thread CPU time, median of %d rounds)%n",
                withoutMs, withMs, rounds);
        System.out.printf("  claim stage adds %.1f%%%n", 100 * (withMs - withoutMs) / withoutMs);
    }

    /**
     * CPU time of this thread, not wall time: the bench runs on shared machines, and the
     * pipeline is single-threaded here, so other processes should not count.
     */
    private static long time(Extractor extractor, List<Doc> docs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        run(extractor, docs);
        return threads.getCurrentThreadCpuTime() - start;
    }

    /** Extracts every document; returns {documents done, claims found}. */
    private static int[] run(Extractor extractor, List<Doc> docs) {
        int done = 0;
        int claims = 0;
        for (Doc d : docs) {
            try {
                claims += extractor.extract(d.bytes(), d.name()).claims().size();
                done++;
            } catch (RuntimeException e) {
                // a document the pipeline cannot read costs the same with and without claims
            }
        }
        return new int[]{done, claims};
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
