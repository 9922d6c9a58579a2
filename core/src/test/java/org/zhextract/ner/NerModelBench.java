package org.zhextract.ner;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.zhextract.TestFiles;
import org.zhextract.eval.LabeledSentence;
import org.zhextract.eval.NerCorpus;

/**
 * Throughput of {@link NerModel#tag} alone, single thread: tags the sentences of a labelled file
 * (default: the MSRA NER test text in ../shared) for a warm-up and then a measured number of
 * seconds, and prints characters per wall-clock second and per CPU second of the tagging
 * thread (the figure to quote on a shared, loaded machine). Not a unit test; run it by hand:
 *
 * <pre>
 * mvn -o -q -B -pl core test-compile
 * java -cp "core/target/classes:core/target/test-classes:$(cat /tmp/cp.txt)" org.zhextract.ner.NerModelBench [FILE] [MODEL]
 * </pre>
 * (build {@code /tmp/cp.txt} with {@code mvn -o -q -pl core dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt}).
 */
public final class NerModelBench {

    private NerModelBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 ? Path.of(args[0]) : TestFiles.shared("eval/ner/msra-test.bmes");
        NerModel model = args.length > 1 ? NerModel.load(Path.of(args[1])) : NerModel.bundled();
        List<String> sentences = NerCorpus.read(file).stream().map(LabeledSentence::text).toList();
        long characters = sentences.stream().mapToLong(String::length).sum();
        run(model, sentences, characters, 5, "warm-up");
        run(model, sentences, characters, 10, "measured");
    }

    private static void run(NerModel model, List<String> sentences, long characters, int seconds, String label) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        long deadline = started + seconds * 1_000_000_000L;
        long tagged = 0;
        long spans = 0;
        while (System.nanoTime() < deadline) {
            for (String s : sentences) {
                spans += model.tag(s).size();
            }
            tagged += characters;
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %,d characters in %.1f s wall = %,.0f characters/s; %.1f s CPU = %,.0f characters per CPU second (%d spans)%n",
                label, tagged, elapsed, tagged / elapsed, cpu, tagged / cpu, spans);
    }
}
