package org.zhextract.bench;

import com.hankcs.hanlp.seg.Segment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.zhextract.claim.ClaimExtractor;
import org.zhextract.entity.EntityMention;
import org.zhextract.entity.EntityRecognizer;
import org.zhextract.entity.EntityLexicon;
import org.zhextract.entity.ModelMentionSource;
import org.zhextract.ingest.IngestedDocument;
import org.zhextract.ingest.Ingester;
import org.zhextract.model.Entity;
import org.zhextract.model.Quantity;
import org.zhextract.model.Sentence;
import org.zhextract.model.TimeValue;
import org.zhextract.model.Token;
import org.zhextract.ner.NerModel;
import org.zhextract.quantity.QuantityRecognizer;
import org.zhextract.resolve.EntityResolver;
import org.zhextract.segment.Pronunciation;
import org.zhextract.segment.Segmenter;
import org.zhextract.text.DocumentText;
import org.zhextract.text.SentenceSplitter;
import org.zhextract.time.TimeRecognizer;

/**
 * Where the pipeline's time goes on real articles: every stage run over the same corpus files,
 * one thread, each stage timed on its own, next to raw HanLP role tagging of the same texts.
 * Unlike {@link StageBenchmarks} (two seeds, JMH) this sees the corpus's mix of lengths and
 * layouts; the first rounds warm the JIT and only the last is reported.
 *
 * <pre>
 * java -jar bench/target/zhextract-bench.jar stages --rounds 3 --limit 500 [--no-ner] ../shared/corpus
 * </pre>
 * The entity stage uses the shipped NER model, as the extractor does by default; {@code --no-ner}
 * leaves it out.
 */
public final class StageProfile {

    private StageProfile() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = 3;
        int limit = 0;
        boolean nerModel = true;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--no-ner" -> nerModel = false;
                default -> paths.add(Path.of(args[i]));
            }
        }
        List<byte[]> inputs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path file : files(paths, limit)) {
            inputs.add(Files.readAllBytes(file));
            names.add(file.toString());
        }
        Ingester ingester = new Ingester();
        SentenceSplitter splitter = new SentenceSplitter();
        Segmenter segmenter = new Segmenter();
        EntityRecognizer entityRecognizer = new EntityRecognizer(EntityLexicon.builtIn(),
                nerModel ? List.of(new ModelMentionSource(NerModel.bundled())) : List.of());
        EntityResolver resolver = new EntityResolver(Pronunciation.hanLp());
        TimeRecognizer timeRecognizer = new TimeRecognizer();
        QuantityRecognizer quantityRecognizer = new QuantityRecognizer();
        ClaimExtractor claimExtractor = new ClaimExtractor();
        Segment raw = RawHanLpBaseline.newSegment();

        Map<String, Long> nanos = new LinkedHashMap<>();
        long characters = 0;
        for (int round = 1; round <= rounds; round++) {
            nanos.clear();
            characters = 0;
            for (int i = 0; i < inputs.size(); i++) {
                long t0 = System.nanoTime();
                IngestedDocument doc;
                try {
                    doc = ingester.read(inputs.get(i), names.get(i));
                } catch (RuntimeException e) {
                    continue;
                }
                long t1 = System.nanoTime();
                DocumentText document = new DocumentText(doc.text());
                List<Sentence> sentences = splitter.split(document);
                long t2 = System.nanoTime();
                List<Token> tokens = segmenter.segment(document, sentences);
                long t3 = System.nanoTime();
                List<EntityMention> mentions = entityRecognizer.recognize(document, tokens);
                long t4 = System.nanoTime();
                List<Entity> entities = resolver.resolve(document, mentions);
                long t5 = System.nanoTime();
                Optional<LocalDate> anchor = doc.article().publishedDate();
                List<TimeValue> times = timeRecognizer.recognize(document, anchor);
                long t6 = System.nanoTime();
                List<Quantity> quantities = quantityRecognizer.recognize(document);
                long t7 = System.nanoTime();
                claimExtractor.extract(document, tokens, entities, times, quantities);
                long t8 = System.nanoTime();
                raw.seg(doc.text());
                long t9 = System.nanoTime();
                characters += document.length();
                add(nanos, "ingest", t1 - t0);
                add(nanos, "split", t2 - t1);
                add(nanos, "segment", t3 - t2);
                add(nanos, "entity", t4 - t3);
                add(nanos, "resolve", t5 - t4);
                add(nanos, "time", t6 - t5);
                add(nanos, "quantity", t7 - t6);
                add(nanos, "claim", t8 - t7);
                add(nanos, "raw HanLP", t9 - t8);
            }
        }
        long rawNanos = nanos.get("raw HanLP");
        long pipeline = nanos.entrySet().stream().filter(e -> !e.getKey().equals("raw HanLP"))
                .mapToLong(Map.Entry::getValue).sum();
        System.out.printf(Locale.ROOT, "%d files, %,d characters (round %d of %d)%n", inputs.size(), characters, rounds, rounds);
        for (Map.Entry<String, Long> e : nanos.entrySet()) {
            System.out.printf(Locale.ROOT, "%-10s %8.2f s %,12.0f chars/s %6.2f× raw HanLP time%n", e.getKey(),
                    e.getValue() / 1e9, characters / (e.getValue() / 1e9), (double) e.getValue() / rawNanos);
        }
        System.out.printf(Locale.ROOT, "%-10s %8.2f s %,12.0f chars/s  pipeline/raw throughput %.2f%n", "pipeline",
                pipeline / 1e9, characters / (pipeline / 1e9), (double) rawNanos / pipeline);
    }

    private static void add(Map<String, Long> nanos, String stage, long n) {
        nanos.merge(stage, n, Long::sum);
    }

    /** Every k-th of the files, {@code limit} in all, as {@code bench/run --limit} picks them. */
    static List<Path> files(List<Path> paths, int limit) throws IOException {
        List<Path> all = RawHanLpBaseline.files(paths);
        if (limit <= 0 || all.size() <= limit) {
            return all;
        }
        List<Path> picked = new ArrayList<>();
        int step = all.size() / limit;
        for (int i = 0; i < all.size() && picked.size() < limit; i += step) {
            picked.add(all.get(i));
        }
        return picked;
    }
}
