package org.zhextract.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zhextract.eval.LabeledSentence;
import org.zhextract.eval.NerCorpus;
import org.zhextract.ner.NerModel;

/**
 * Tagging speed of NER models with word hints, as the entity stage tags: the hints of every
 * sentence of a labelled file are computed once (HanLP, {@link SegmenterHints}), then each model
 * tags all sentences in turn, round after round, models interleaved so that the machine's load
 * hits them alike; prints characters per CPU second of the tagging thread per pass and the best
 * pass of each. {@code org.zhextract.ner.NerModelBench} measures tagging without hints. Not a
 * unit test; run it by hand:
 *
 * <pre>
 * mvn -o -q -B -pl core,extract-cli -am test-compile
 * java -cp "extract-cli/target/test-classes:extract-cli/target/zhextract.jar" org.zhextract.cli.NerHintBench \
 *     ../shared/eval/ner/pd98-dev.bio ROUNDS MODEL...
 * </pre>
 */
public final class NerHintBench {

    private NerHintBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> sentences = NerCorpus.read(Path.of(args[0])).stream().map(LabeledSentence::text).toList();
        SegmenterHints segmenter = new SegmenterHints();
        List<int[]> hints = new ArrayList<>();
        for (String s : sentences) {
            hints.add(segmenter.apply(s));
        }
        long characters = sentences.stream().mapToLong(String::length).sum();
        int rounds = Integer.parseInt(args[1]);
        List<NerModel> models = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            models.add(NerModel.load(Path.of(args[i])));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] best = new double[models.size()];
        for (int round = 0; round < rounds; round++) {
            for (int m = 0; m < models.size(); m++) {
                long cpuStarted = threads.getCurrentThreadCpuTime();
                long spans = 0;
                for (int i = 0; i < sentences.size(); i++) {
                    spans += models.get(m).tag(sentences.get(i), hints.get(i)).size();
                }
                double perCpuSecond = characters / ((threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9);
                best[m] = Math.max(best[m], perCpuSecond);
                System.out.printf(Locale.ROOT, "round %d, %s: %,.0f characters per CPU second (%d spans)%n",
                        round, args[m + 2], perCpuSecond, spans);
            }
        }
        for (int m = 0; m < models.size(); m++) {
            System.out.printf(Locale.ROOT, "best of %d, %s: %,.0f characters per CPU second%n", rounds, args[m + 2], best[m]);
        }
    }
}
