package org.zhextract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.zhextract.claim.ClaimExtractor;
import org.zhextract.entity.Candidate;
import org.zhextract.entity.EntityLexicon;
import org.zhextract.entity.EntityMention;
import org.zhextract.entity.EntityRecognizer;
import org.zhextract.entity.MentionSource;
import org.zhextract.entity.ModelMentionSource;
import org.zhextract.ingest.IngestedDocument;
import org.zhextract.ingest.Ingester;
import org.zhextract.model.Claim;
import org.zhextract.model.Entity;
import org.zhextract.model.EntityType;
import org.zhextract.model.Quantity;
import org.zhextract.model.Sentence;
import org.zhextract.model.Span;
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
 * Extracts entities, times, quantities and claims from Chinese news documents.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.builder().build();
 * Extraction result = extractor.extract(Path.of("article.html"));
 * result.entities().forEach(e -> System.out.println(e.type() + " " + e.name()));
 * }</pre>
 *
 * <p>Building loads every dictionary and resource once (about a second); build one extractor
 * and share it. The bundled NER model finishes loading in the background: the first document's
 * entity stage waits for it, so the first call may take a little longer than the rest.
 * Instances are immutable and thread-safe: call {@code extract} from as many threads as you like.
 */
public final class Extractor {

    private final Optional<LocalDate> referenceDate;
    private final boolean findClaims;
    private final Ingester ingester;
    private final SentenceSplitter sentenceSplitter = new SentenceSplitter();
    private final Segmenter segmenter;
    private final EntityRecognizer entityRecognizer;
    private final EntityResolver entityResolver;
    private final TimeRecognizer timeRecognizer;
    private final QuantityRecognizer quantityRecognizer;
    private final ClaimExtractor claimExtractor;

    private Extractor(Builder builder) {
        this.referenceDate = builder.referenceDate;
        this.findClaims = builder.findClaims;
        // HanLP's dictionaries take about half of the build time; they load on a second thread
        // while this one builds our own stages, so a one-file run starts sooner on a multi-core machine.
        FutureTask<HanLpParts> hanLp = new FutureTask<>(() -> new HanLpParts(new Segmenter(), Pronunciation.hanLp()));
        Thread loader = new Thread(hanLp, "zhextract-hanlp-loader");
        loader.setDaemon(true);
        loader.start();
        // The NER model (a few MB of gzip) takes as long again: a third thread.
        FutureTask<Optional<MentionSource>> nerModel = new FutureTask<>(
                () -> builder.nerModel().map(ModelMentionSource::new));
        if (builder.useNerModel) {
            Thread modelLoader = new Thread(nerModel, "zhextract-ner-loader");
            modelLoader.setDaemon(true);
            modelLoader.start();
        }
        this.ingester = new Ingester(builder.maxInputBytes);
        EntityLexicon lexicon = builder.entityLexicon();
        this.timeRecognizer = new TimeRecognizer();
        this.quantityRecognizer = new QuantityRecognizer();
        this.claimExtractor = new ClaimExtractor();
        if (builder.useNerModel && builder.nerModelFile.isPresent()) {
            await(nerModel); // a user's model file that cannot be read fails build(), not every document
        }
        // The bundled model usually finishes loading after HanLP: rather than wait for it here,
        // the first document waits for it in the entity stage, after it has been ingested and
        // segmented, which brought the first result 0.3 s closer on two cores (docs/history/speed.md, Measured figures).
        this.entityRecognizer = new EntityRecognizer(lexicon,
                builder.useNerModel ? List.of(new LoadingMentionSource(nerModel)) : List.of());
        HanLpParts parts = await(hanLp);
        this.segmenter = parts.segmenter();
        this.entityResolver = new EntityResolver(parts.pronunciation(), lexicon);
    }

    /** The model's mention source once it has loaded; documents before that wait for it. */
    private record LoadingMentionSource(FutureTask<Optional<MentionSource>> source) implements MentionSource {
        @Override
        public List<Candidate> find(DocumentText document, List<Token> tokens) {
            return await(source).map(s -> s.find(document, tokens)).orElse(List.of());
        }

        @Override
        public boolean tagsWholeText() {
            return await(source).map(MentionSource::tagsWholeText).orElse(false);
        }
    }

    /** What the loader thread builds: everything that reads HanLP's dictionaries. */
    private record HanLpParts(Segmenter segmenter, Pronunciation pronunciation) {
    }

    private static <T> T await(FutureTask<T> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true; // finish building; the caller sees the flag afterwards
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("loading HanLP or the NER model failed", cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads and extracts one file; its name decides nothing that its content can tell. A file
     * longer than the size limit is read as a stream: only its first {@code maxInputBytes} bytes
     * are kept (with a warning), however large the file.
     */
    public Extraction extract(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        return analyze(ingester.read(path));
    }

    /**
     * Extracts one document given as bytes in any supported charset and format.
     *
     * @param name the document's path or name, recorded in {@code source.path} and used as a
     *             format hint by its extension
     */
    public Extraction extract(byte[] bytes, String name) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(name, "name");
        return analyze(ingester.read(bytes, name));
    }

    /** Extracts plain text; its first line is taken as the title. */
    public Extraction extractText(String text) {
        Objects.requireNonNull(text, "text");
        return extract(text.getBytes(StandardCharsets.UTF_8), "text.txt");
    }

    private Extraction analyze(IngestedDocument doc) {
        DocumentText document = new DocumentText(doc.text());
        List<Sentence> sentences = sentenceSplitter.split(document);
        List<Token> tokens = segmenter.segment(document, sentences);
        // quantities do not depend on entities; before them, they also give the NER model more time
        // to finish loading on the first document
        Optional<LocalDate> anchor = referenceDate.or(() -> doc.article().publishedDate());
        List<Quantity> quantities = quantityRecognizer.recognize(document);
        List<EntityMention> mentions = entityRecognizer.recognize(document, tokens);
        // the persons found let the time stage leave time words inside names alone (白天辉 is a person, not daytime)
        List<TimeValue> times = timeRecognizer.recognize(document, anchor, mentions.stream()
                .filter(m -> m.type() == EntityType.PERSON)
                .map(m -> new Span(m.mention().start(), m.mention().end()))
                .toList());
        List<Entity> entities = entityResolver.resolve(document, mentions);
        List<Claim> claims = findClaims
                ? claimExtractor.extract(document, tokens, entities, times, quantities)
                : List.of();
        return new Extraction(doc.source(), doc.article(), doc.text(), sentences, entities, times,
                quantities, claims, doc.warnings());
    }

    /**
     * Configures an {@link Extractor}. Not thread-safe; {@link #build()} returns an immutable
     * extractor that no later change to the builder affects.
     */
    public static final class Builder {

        private Optional<LocalDate> referenceDate = Optional.empty();
        private boolean findClaims = true;
        private long maxInputBytes = Ingester.DEFAULT_MAX_INPUT_BYTES;
        private final List<Path> dictionaries = new java.util.ArrayList<>();
        private boolean useNerModel = true;
        private Optional<Path> nerModelFile = Optional.empty();

        private Builder() {
        }

        /**
         * Anchors relative dates (今日, 周五, 1月3日) on this date instead of each article's
         * publication date.
         */
        public Builder referenceDate(LocalDate date) {
            this.referenceDate = Optional.of(Objects.requireNonNull(date, "date"));
            return this;
        }

        /**
         * Whether to find claims (default {@code true}). Off, every extraction has an empty
         * {@code claims} list: for callers that need only entities, times and quantities, and for
         * measuring what the claim stage costs.
         */
        public Builder claims(boolean enabled) {
            this.findClaims = enabled;
            return this;
        }

        /**
         * Cuts longer inputs to their first {@code bytes} bytes, with a warning, before any
         * parsing, so one huge file cannot stall a batch. Default 20 MB.
         */
        public Builder maxInputBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxInputBytes must be positive: " + bytes);
            }
            this.maxInputBytes = bytes;
            return this;
        }

        /**
         * Adds a user dictionary of entity names: UTF-8 lines {@code name<TAB>TYPE[<TAB>alias…]}
         * (TYPE is PERSON, ORG, LOC, EVENT, or NONE for a surface never to annotate; {@code #}
         * comments). Its entries override the built-in lists. May be called more than once;
         * later files override earlier ones. The file is read by {@link #build()}.
         */
        public Builder dictionary(Path file) {
            dictionaries.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        /**
         * Uses the trained NER model shipped in the jar as a source of entity mentions, merged
         * with the rules and HanLP's role tags as {@code EntityRecognizer} describes. This is the
         * default: on the benchmarks' sentences it lifts span F1 by 8–10 points (People's Daily
         * dev 0.752 → 0.832, MSRA test 0.715 → 0.797) and keeps the seed articles at 1.0.
         */
        public Builder withNerModel() {
            this.useNerModel = true;
            this.nerModelFile = Optional.empty();
            return this;
        }

        /**
         * Finds entities with the rules and HanLP's role tags alone, without the NER model: the
         * whole pipeline runs about 1.8 times as fast on one thread (the model costs about as
         * much as HanLP's segmentation) and finds fewer names, especially organizations and
         * names HanLP's dictionaries lack.
         */
        public Builder withoutNerModel() {
            this.useNerModel = false;
            this.nerModelFile = Optional.empty();
            return this;
        }

        /**
         * Uses this NER model (a file written by {@code zhextract train ner}) instead of the
         * shipped one. The file is read by {@link #build()}.
         */
        public Builder nerModel(Path file) {
            this.nerModelFile = Optional.of(Objects.requireNonNull(file, "file"));
            this.useNerModel = true;
            return this;
        }

        private Optional<NerModel> nerModel() {
            if (!useNerModel) {
                return Optional.empty();
            }
            try {
                return Optional.of(nerModelFile.isPresent() ? NerModel.load(nerModelFile.get()) : NerModel.bundled());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private EntityLexicon entityLexicon() {
            EntityLexicon lexicon = EntityLexicon.builtIn();
            for (Path file : dictionaries) {
                try {
                    lexicon = lexicon.withDictionary(file);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException("cannot read dictionary " + file, e);
                }
            }
            return lexicon;
        }

        /**
         * Builds the extractor, loading every resource and dictionary.
         *
         * @throws java.io.UncheckedIOException if a dictionary or the NER model cannot be read
         * @throws IllegalArgumentException if a dictionary line is malformed
         */
        public Extractor build() {
            return new Extractor(this);
        }
    }
}
