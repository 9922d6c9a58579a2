package org.zhextract.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.zhextract.eval.LabeledSentence;
import org.zhextract.eval.NerCorpus;
import org.zhextract.ner.NerModel;

/**
 * Throughput of the trained NER tagger alone ({@link NerModel#tag}), one thread, sentence by
 * sentence over a labelled NER file (default: the MSRA NER test in ../shared/eval/ner). One
 * operation tags one sentence; the {@code characters} counter gives characters per second.
 *
 * <pre>
 * java -jar bench/target/zhextract-bench.jar jmh NerModelBenchmark
 * java -jar bench/target/zhextract-bench.jar jmh NerModelBenchmark -p file=OTHER.bio -p model=MY.bin.gz
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Threads(1)
public class NerModelBenchmark {

    /** A labelled NER file (BIO/BMES or JSON lines); empty: ../shared/eval/ner/msra-test.bmes. */
    @Param("")
    public String file;

    /** A model file; empty: the bundled model. */
    @Param("")
    public String model;

    private NerModel tagger;
    private String[] sentences;
    private int next;

    /** Characters tagged, reported by JMH per second next to the operations. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Characters {
        public long characters;

        @Setup(Level.Iteration)
        public void reset() {
            characters = 0;
        }
    }

    @Setup
    public void setUp() throws IOException {
        tagger = model.isEmpty() ? NerModel.bundled() : NerModel.load(Path.of(model));
        Path corpus = file.isEmpty() ? sharedEval().resolve("ner/msra-test.bmes") : Path.of(file);
        List<String> texts = NerCorpus.read(corpus).stream().map(LabeledSentence::text).toList();
        sentences = texts.toArray(String[]::new);
    }

    /** ../shared/eval beside the repository, found from the working directory upwards. */
    private static Path sharedEval() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path eval = p.resolve("../shared/eval").normalize();
            if (Files.isDirectory(eval.resolve("ner"))) {
                return eval;
            }
        }
        throw new IllegalStateException("no ../shared/eval/ner above the working directory; pass -p file=...");
    }

    @Benchmark
    public int tagSentence(Characters counter) {
        String sentence = sentences[next];
        next = next + 1 == sentences.length ? 0 : next + 1;
        counter.characters += sentence.length();
        return tagger.tag(sentence).size();
    }
}
