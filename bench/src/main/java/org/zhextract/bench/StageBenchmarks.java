package org.zhextract.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.zhextract.Extraction;
import org.zhextract.Extractor;
import org.zhextract.claim.ClaimExtractor;
import org.zhextract.entity.EntityMention;
import org.zhextract.entity.EntityRecognizer;
import org.zhextract.ingest.IngestedDocument;
import org.zhextract.ingest.Ingester;
import org.zhextract.json.ExtractionJson;
import org.zhextract.model.Entity;
import org.zhextract.model.Quantity;
import org.zhextract.model.Sentence;
import org.zhextract.model.TimeValue;
import org.zhextract.model.Token;
import org.zhextract.quantity.QuantityRecognizer;
import org.zhextract.resolve.EntityResolver;
import org.zhextract.segment.Segmenter;
import org.zhextract.text.DocumentText;
import org.zhextract.text.SentenceSplitter;
import org.zhextract.time.TimeRecognizer;

/**
 * The cost of each pipeline stage on one seed article, each stage fed the output the stages
 * before it give (computed once in setup), plus the whole pipeline, the JSON writing, and raw
 * HanLP role tagging of the same text (whole, and sentence by sentence) as the segment baseline.
 * Divide the seed's characters (printed in setup) by the time per operation for characters/s.
 *
 * <pre>
 * java -jar bench/target/zhextract-bench.jar jmh StageBenchmarks
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xss4m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StageBenchmarks {

    @Param({"000_bf65dbdb9e137cd9", "002_bc2f8cbaeac80638"})
    public String seed;

    private Extractor extractor;
    private final Ingester ingester = new Ingester();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private Segmenter segmenter;
    private final EntityRecognizer entityRecognizer = newEntityRecognizer();
    private final EntityResolver entityResolver = new EntityResolver(org.zhextract.segment.Pronunciation.hanLp());
    private final TimeRecognizer timeRecognizer = new TimeRecognizer();
    private final QuantityRecognizer quantityRecognizer = new QuantityRecognizer();
    private final ClaimExtractor claimExtractor = new ClaimExtractor();
    private final ExtractionJson json = new ExtractionJson();

    private byte[] bytes;
    private String name;
    private IngestedDocument ingested;
    private DocumentText document;
    private List<Sentence> sentences;
    private List<Token> tokens;
    private List<EntityMention> mentions;
    private List<Entity> entities;
    private Optional<LocalDate> anchor;
    private List<TimeValue> times;
    private List<Quantity> quantities;
    private Extraction extraction;
    private Segment rawSegment;
    private List<String> sentenceTexts;

    @Setup
    public void setUp() throws IOException {
        extractor = Extractor.builder().build();
        segmenter = new Segmenter();
        Path file = seeds().resolve(seed + ".txt");
        bytes = Files.readAllBytes(file);
        name = file.toString();
        ingested = ingester.read(bytes, name);
        document = new DocumentText(ingested.text());
        sentences = splitter.split(document);
        tokens = segmenter.segment(document, sentences);
        mentions = entityRecognizer.recognize(document, tokens);
        entities = entityResolver.resolve(document, mentions);
        anchor = ingested.article().publishedDate();
        times = timeRecognizer.recognize(document, anchor);
        quantities = quantityRecognizer.recognize(document);
        extraction = extractor.extract(bytes, name);
        rawSegment = HanLP.newSegment().enableNameRecognize(true).enableTranslatedNameRecognize(true)
                .enablePlaceRecognize(true).enableOrganizationRecognize(true);
        sentenceTexts = new ArrayList<>();
        for (Sentence sentence : sentences) {
            sentenceTexts.add(document.text().substring(document.toCharIndex(sentence.start()),
                    document.toCharIndex(sentence.end())));
        }
        System.out.printf("%n%s: %d characters, %d sentences, %d tokens%n", seed, document.length(),
                sentences.size(), tokens.size());
    }

    /** testdata/seeds, found from the working directory upwards (or -Dzhextract.root). */
    static Path seeds() {
        String configured = System.getProperty("zhextract.root");
        Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("testdata/seeds"))) {
                return p.resolve("testdata/seeds");
            }
        }
        throw new IllegalStateException("no testdata/seeds above " + start + "; run from the repository");
    }

    @Benchmark
    public IngestedDocument ingest() {
        return ingester.read(bytes, name);
    }

    @Benchmark
    public List<Sentence> split() {
        return splitter.split(new DocumentText(ingested.text()));
    }

    @Benchmark
    public List<Token> segment() {
        return segmenter.segment(document, sentences);
    }

    /** The entity stage as the extractor builds it: built-in lists and the shipped NER model. */
    private static EntityRecognizer newEntityRecognizer() {
        try {
            return new EntityRecognizer(org.zhextract.entity.EntityLexicon.builtIn(),
                    List.of(new org.zhextract.entity.ModelMentionSource(org.zhextract.ner.NerModel.bundled())));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Benchmark
    public List<EntityMention> entity() {
        return entityRecognizer.recognize(document, tokens);
    }

    @Benchmark
    public List<Entity> resolve() {
        return entityResolver.resolve(document, mentions);
    }

    @Benchmark
    public List<TimeValue> time() {
        return timeRecognizer.recognize(document, anchor);
    }

    @Benchmark
    public List<Quantity> quantity() {
        return quantityRecognizer.recognize(document);
    }

    @Benchmark
    public Object claim() {
        return claimExtractor.extract(document, tokens, entities, times, quantities);
    }

    @Benchmark
    public String json() {
        return json.toJson(extraction);
    }

    /** The baseline of {@link #segment()}: raw HanLP role tagging over the whole text at once. */
    @Benchmark
    public List<Term> rawHanLpWholeText() {
        return rawSegment.seg(document.text());
    }

    /** Raw HanLP role tagging sentence by sentence, as {@link #segment()} calls it. */
    @Benchmark
    public int rawHanLpPerSentence() {
        int terms = 0;
        for (String sentence : sentenceTexts) {
            terms += rawSegment.seg(sentence).size();
        }
        return terms;
    }

    @Benchmark
    public Extraction pipeline() {
        return extractor.extract(bytes, name);
    }
}
