package org.zhextract.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.zhextract.eval.LabeledSentence;
import org.zhextract.eval.LabeledSentence.LabeledSpan;
import org.zhextract.eval.SpanScore;
import org.zhextract.model.EntityType;

/**
 * Trains a {@link NerModel} with the averaged structured perceptron (Collins 2002): decode each
 * training sentence with the current weights under the BIOES constraints, and where the best
 * sequence differs from the gold one, add the gold sequence's features and subtract the
 * predicted one's; the model keeps the average of the weights over all steps.
 *
 * <p>Deterministic: sentences are visited in an order shuffled by a seeded generator, the
 * feature index is sorted, and the weights are integers until averaged, so the same data and
 * options give a byte-identical model file.
 *
 * <pre>{@code
 * NerModel model = new NerTrainer(NerTrainer.Options.defaults())
 *         .train(NerCorpus.read(trainFile), Map.of("dev", NerCorpus.read(devFile)), System.err::println);
 * model.save(Path.of("ner-model.bin.gz"));
 * }</pre>
 */
public final class NerTrainer {

    private static final List<EntityType> TYPES = List.of(EntityType.PERSON, EntityType.LOC, EntityType.ORG);
    private static final Map<String, EntityType> TYPE_OF_LABEL =
            Map.of("PER", EntityType.PERSON, "LOC", EntityType.LOC, "ORG", EntityType.ORG);
    private static final Map<EntityType, String> LABEL_OF_TYPE =
            Map.of(EntityType.PERSON, "PER", EntityType.LOC, "LOC", EntityType.ORG, "ORG");

    /**
     * @param epochs          passes over the training data
     * @param seed            seed of the per-epoch shuffle
     * @param minFeatureCount features seen fewer times in training are left out
     * @param pruneBelow      averaged weights smaller in magnitude than this many
     *                        {@code 1/16} units are dropped from the model (0 keeps all)
     * @param lexicon         whether to give the model the training data's entity names as a
     *                        lexicon feature (learned jackknifed: each quarter of the training
     *                        sentences sees only the names of the other three quarters, so the
     *                        model learns how far to trust a name it has not seen in context)
     */
    public record Options(int epochs, long seed, int minFeatureCount, int pruneBelow, boolean lexicon) {

        public Options {
            if (epochs < 1 || minFeatureCount < 1 || pruneBelow < 0) {
                throw new IllegalArgumentException("bad options: epochs " + epochs + ", minFeatureCount "
                        + minFeatureCount + ", pruneBelow " + pruneBelow);
            }
        }

        /** The options the shipped model was built with. */
        public static Options defaults() {
            return new Options(12, 20261123L, 1, 16, true);
        }
    }

    private static final int LEXICON_FOLDS = 4;
    /**
     * Word hints are withheld from every second training sentence, so the model learns to tag
     * from the characters as well and does not lean on the segmenter alone: HanLP's role tags are
     * better on the 1990s training text, whose vocabulary its dictionaries come from, than on
     * current news (法/n 轮功/nr). Measured on pd98-dev and cluener-dev, span F1: hints on every
     * sentence 0.9222 / 0.7169, on every second 0.9231 / 0.7171, none 0.9064 / 0.7046.
     */
    private static final int HINTS_WITHHELD_EVERY = 2;

    private final Options options;
    private final Function<String, int[]> wordHints;
    private final CharClusters clusters;
    /** Names known from other labelled text, in every fold's lexicon; never trained on. */
    private final List<EntityLexicon.Entry> extraNames;

    /** A trainer of models that read characters only. */
    public NerTrainer(Options options) {
        this(options, null);
    }

    /**
     * A trainer of models that also read word hints ({@link WordHints}) from {@code wordHints},
     * which gives them per code point of a sentence; the trained model must later be given hints
     * from the same source ({@link NerModel#tag(String, int[])}). Null: characters only.
     */
    public NerTrainer(Options options, Function<String, int[]> wordHints) {
        this(options, wordHints, null);
    }

    /**
     * A trainer of models that also read character classes learned from unlabelled text
     * ({@link CharClusters}, saved inside the model); null: none.
     */
    public NerTrainer(Options options, Function<String, int[]> wordHints, CharClusters clusters) {
        this(options, wordHints, clusters, List.of());
    }

    /**
     * As above, with the names of {@code lexiconSentences}' spans added to the lexicon feature
     * (a gazetteer: the model learns how far to trust them, as it does the training data's own
     * names) without training on those sentences, whose other conventions may differ.
     */
    public NerTrainer(Options options, Function<String, int[]> wordHints, CharClusters clusters,
            List<LabeledSentence> lexiconSentences) {
        this.options = Objects.requireNonNull(options, "options");
        this.wordHints = wordHints;
        this.clusters = clusters;
        List<EntityLexicon.Entry> names = new ArrayList<>();
        for (LabeledSentence sentence : lexiconSentences) {
            for (LabeledSpan span : sentence.spans()) {
                EntityType type = TYPE_OF_LABEL.get(span.type());
                if (type != null) {
                    names.add(new EntityLexicon.Entry(sentence.text().substring(span.start(), span.end()), TYPES.indexOf(type)));
                }
            }
        }
        this.extraNames = List.copyOf(names);
    }

    /**
     * Trains on {@code training} (types PER, LOC, ORG as {@link org.zhextract.eval.NerCorpus}
     * normalizes them) and reports progress, including the span F1 on each named dev set after
     * each epoch. Returns the model after the last epoch.
     */
    public NerModel train(List<LabeledSentence> training, Map<String, List<LabeledSentence>> dev, Consumer<String> log) {
        Objects.requireNonNull(log, "log");
        long started = System.nanoTime();
        List<Example> examples = new ArrayList<>();
        for (LabeledSentence sentence : training) {
            if (!sentence.text().isEmpty()) {
                examples.add(example(sentence));
            }
        }
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training sentences");
        }
        TagScheme scheme = new TagScheme(TYPES);
        CharFeatures features = new CharFeatures(vocabulary(examples), clusters);
        EntityLexicon lexicon = options.lexicon() ? lexicon(scheme, examples, -1) : EntityLexicon.empty();
        EntityLexicon[] foldLexicons = new EntityLexicon[LEXICON_FOLDS];
        for (int fold = 0; fold < LEXICON_FOLDS; fold++) {
            foldLexicons[fold] = options.lexicon() ? lexicon(scheme, examples, fold) : EntityLexicon.empty();
        }
        for (int index = 0; index < examples.size(); index++) {
            Example e = examples.get(index);
            int[] hints = wordHints == null || index % HINTS_WITHHELD_EVERY == 0
                    ? null : wordHints.apply(new String(e.codePoints, 0, e.codePoints.length));
            e.prepared = features.prepare(e.codePoints, foldLexicons[index % LEXICON_FOLDS], hints);
        }
        // a model without classes keeps no slots for their keys, which would all be NO_KEY (a fifth of the rows)
        int width = features.keysPerPosition();
        long[] featureKeys = featureKeys(examples, width);
        LongIntTable rowOfFeature = new LongIntTable(featureKeys.length);
        for (int row = 0; row < featureKeys.length; row++) {
            rowOfFeature.put(featureKeys[row], row);
        }
        long characters = 0;
        for (Example e : examples) {
            e.rows = featureRows(e.prepared, rowOfFeature, width);
            e.prepared = null;
            characters += e.codePoints.length;
        }
        log.accept(String.format(Locale.ROOT, "%d sentences, %d characters, %d features (seen ≥ %d times), %d lexicon names",
                examples.size(), characters, featureKeys.length, options.minFeatureCount(), lexicon.size()));

        Perceptron perceptron = new Perceptron(scheme, featureKeys.length, width);
        int[] order = new int[examples.size()];
        Arrays.setAll(order, i -> i);
        Random random = new Random(options.seed());
        NerModel model = null;
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            shuffle(order, random);
            int mistakes = 0;
            for (int index : order) {
                mistakes += perceptron.learn(examples.get(index)) ? 1 : 0;
            }
            model = perceptron.averaged(features, lexicon, featureKeys, options.pruneBelow());
            StringBuilder devScore = new StringBuilder();
            for (Map.Entry<String, List<LabeledSentence>> set : dev.entrySet()) {
                devScore.append(String.format(Locale.ROOT, ", %s F1 %.4f", set.getKey(), evaluate(model, set.getValue(), wordHints).f1()));
            }
            log.accept(String.format(Locale.ROOT, "epoch %d: %d of %d training sentences mis-tagged%s, %d features kept, %.0f s",
                    epoch, mistakes, examples.size(), devScore, model.featureCount(), (System.nanoTime() - started) / 1e9));
        }
        return model;
    }

    /** Exact-span scores of {@code model} on labelled sentences (types PER, LOC, ORG). */
    public static SpanScore evaluate(NerModel model, List<LabeledSentence> sentences) {
        return evaluate(model, sentences, null);
    }

    /**
     * Exact-span scores of {@code model} on labelled sentences, giving it word hints from
     * {@code wordHints} when it reads them ({@link NerModel#usesWordHints()}).
     */
    public static SpanScore evaluate(NerModel model, List<LabeledSentence> sentences, Function<String, int[]> wordHints) {
        SpanScore score = new SpanScore();
        for (LabeledSentence sentence : sentences) {
            score.add(sentence.spans(), predict(model, sentence.text(), wordHints));
        }
        return score;
    }

    /** The model's spans for {@code text} as {@link LabeledSpan}s with UTF-16 offsets, as the corpus readers give gold. */
    public static List<LabeledSpan> predict(NerModel model, String text) {
        return predict(model, text, null);
    }

    /** As {@link #predict(NerModel, String)}, with word hints from {@code wordHints} when the model reads them. */
    public static List<LabeledSpan> predict(NerModel model, String text, Function<String, int[]> wordHints) {
        List<LabeledSpan> predicted = new ArrayList<>();
        int[] hints = wordHints != null && model.usesWordHints() ? wordHints.apply(text) : null;
        for (NerSpan span : model.tag(text, hints)) {
            String label = LABEL_OF_TYPE.get(span.type());
            if (label != null) {
                predicted.add(new LabeledSpan(text.offsetByCodePoints(0, span.start()),
                        text.offsetByCodePoints(0, span.end()), label));
            }
        }
        return predicted;
    }

    private static Example example(LabeledSentence sentence) {
        String text = sentence.text();
        int[] codePoints = text.codePoints().toArray();
        List<int[]> spans = new ArrayList<>();
        for (LabeledSpan span : sentence.spans()) {
            EntityType type = TYPE_OF_LABEL.get(span.type());
            if (type != null) {
                spans.add(new int[] {text.codePointCount(0, span.start()), text.codePointCount(0, span.end()), TYPES.indexOf(type)});
            }
        }
        return new Example(codePoints, new TagScheme(TYPES).encode(codePoints.length, spans.toArray(int[][]::new)));
    }

    private static int[] vocabulary(List<Example> examples) {
        TreeSet<Integer> characters = new TreeSet<>();
        for (Example e : examples) {
            for (int c : e.codePoints) {
                int normalized = CharFeatures.normalize(c);
                if (normalized <= Character.MAX_VALUE) {
                    characters.add(normalized);
                }
            }
        }
        int[] vocabulary = characters.stream().mapToInt(Integer::intValue).toArray();
        int limit = CharFeatures.MAX_VOCABULARY - CharFeatures.FIRST_CHARACTER_ID;
        return vocabulary.length <= limit ? vocabulary : Arrays.copyOf(vocabulary, limit);
    }

    /** The names in the gold spans of every example outside {@code fold} (-1: of all examples). */
    private EntityLexicon lexicon(TagScheme scheme, List<Example> examples, int fold) {
        List<EntityLexicon.Entry> names = new ArrayList<>(extraNames);
        for (int index = 0; index < examples.size(); index++) {
            if (index % LEXICON_FOLDS == fold) {
                continue;
            }
            Example e = examples.get(index);
            for (int[] span : scheme.decode(e.gold)) {
                names.add(new EntityLexicon.Entry(new String(e.codePoints, span[0], span[1] - span[0]), span[2]));
            }
        }
        return new EntityLexicon(names);
    }

    /** The keys seen at least {@code minFeatureCount} times among the first {@code width} of every position, sorted. */
    private long[] featureKeys(List<Example> examples, int width) {
        LongIntTable counts = new LongIntTable(1 << 20);
        long[] keys = new long[CharFeatures.PER_POSITION];
        for (Example e : examples) {
            for (int i = 0; i < e.codePoints.length; i++) {
                CharFeatures.keys(e.prepared, i, keys);
                for (int k = 0; k < width; k++) {
                    if (keys[k] != CharFeatures.NO_KEY) {
                        counts.increment(keys[k]);
                    }
                }
            }
        }
        return counts.keysWithValueAtLeast(options.minFeatureCount());
    }

    /** The feature row (-1: none) of each of the first {@code width} keys of every position. */
    private static int[] featureRows(CharFeatures.Prepared prepared, LongIntTable rowOfFeature, int width) {
        int n = prepared.length();
        int[] rows = new int[n * width];
        long[] keys = new long[CharFeatures.PER_POSITION];
        for (int i = 0; i < n; i++) {
            CharFeatures.keys(prepared, i, keys);
            for (int k = 0; k < width; k++) {
                rows[i * width + k] = keys[k] == CharFeatures.NO_KEY ? -1 : rowOfFeature.get(keys[k], -1);
            }
        }
        return rows;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    private static final class Example {
        final int[] codePoints;
        final int[] gold;
        CharFeatures.Prepared prepared;
        /** Feature row (-1: none) of each key of each character, {@link CharFeatures#keysPerPosition} per character. */
        int[] rows;

        Example(int[] codePoints, int[] gold) {
            this.codePoints = codePoints;
            this.gold = gold;
        }
    }

    /**
     * Integer perceptron weights with the bookkeeping for averaging: {@code sum} holds
     * {@code step × change} of every update so that the average over all steps is
     * {@code weight - sum / steps} (Daumé's trick), computed without touching every weight on
     * every step.
     */
    private static final class Perceptron {
        private final TagScheme scheme;
        private final ViterbiDecoder decoder;
        private final int tags;
        /** Feature rows per character in {@link Example#rows}. */
        private final int width;
        private final int[] emission;
        private final long[] emissionSum;
        private final int[] transition;
        private final long[] transitionSum;
        private long step = 1;

        Perceptron(TagScheme scheme, int featureCount, int width) {
            this.scheme = scheme;
            this.decoder = new ViterbiDecoder(scheme);
            this.tags = scheme.tagCount();
            this.width = width;
            this.emission = new int[featureCount * tags];
            this.emissionSum = new long[featureCount * tags];
            this.transition = new int[(tags + 1) * (tags + 1)];
            this.transitionSum = new long[transition.length];
        }

        /** One perceptron step on one sentence; true when it was mis-tagged. */
        boolean learn(Example e) {
            int n = e.codePoints.length;
            int per = width;
            float[] scores = new float[n * tags];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < per; k++) {
                    int row = e.rows[i * per + k];
                    if (row >= 0) {
                        for (int tag = 0; tag < tags; tag++) {
                            scores[i * tags + tag] += emission[row * tags + tag];
                        }
                    }
                }
            }
            float[] transitionScores = new float[transition.length];
            for (int i = 0; i < transition.length; i++) {
                transitionScores[i] = transition[i];
            }
            int[] predicted = decoder.decode(scores, n, transitionScores);
            boolean wrong = !Arrays.equals(predicted, e.gold);
            if (wrong) {
                int stride = tags + 1;
                for (int i = 0; i < n; i++) {
                    int gold = e.gold[i];
                    int guess = predicted[i];
                    if (gold != guess) {
                        for (int k = 0; k < per; k++) {
                            int row = e.rows[i * per + k];
                            if (row >= 0) {
                                update(emission, emissionSum, row * tags + gold, 1);
                                update(emission, emissionSum, row * tags + guess, -1);
                            }
                        }
                    }
                    int goldPrevious = i == 0 ? scheme.boundary() : e.gold[i - 1];
                    int guessPrevious = i == 0 ? scheme.boundary() : predicted[i - 1];
                    if (goldPrevious != guessPrevious || gold != guess) {
                        update(transition, transitionSum, goldPrevious * stride + gold, 1);
                        update(transition, transitionSum, guessPrevious * stride + guess, -1);
                    }
                }
                int goldLast = e.gold[n - 1];
                int guessLast = predicted[n - 1];
                if (goldLast != guessLast) {
                    update(transition, transitionSum, goldLast * stride + scheme.boundary(), 1);
                    update(transition, transitionSum, guessLast * stride + scheme.boundary(), -1);
                }
            }
            step++;
            return wrong;
        }

        private void update(int[] weights, long[] sums, int index, int change) {
            weights[index] += change;
            sums[index] += step * change;
        }

        /** The averaged weights as a model, rounded to 1/16 units, small weights pruned. */
        NerModel averaged(CharFeatures features, EntityLexicon lexicon, long[] featureKeys, int pruneBelow) {
            int[] quantized = new int[emission.length];
            int keptRows = 0;
            boolean[] keep = new boolean[featureKeys.length];
            for (int row = 0; row < featureKeys.length; row++) {
                for (int tag = 0; tag < tags; tag++) {
                    int index = row * tags + tag;
                    int q = quantize(emission[index], emissionSum[index]);
                    if (Math.abs(q) >= Math.max(1, pruneBelow)) {
                        quantized[index] = q;
                        keep[row] = true;
                    }
                }
                keptRows += keep[row] ? 1 : 0;
            }
            long[] keys = new long[keptRows];
            short[] weights = new short[keptRows * tags];
            int out = 0;
            for (int row = 0; row < featureKeys.length; row++) {
                if (keep[row]) {
                    keys[out] = featureKeys[row];
                    for (int tag = 0; tag < tags; tag++) {
                        weights[out * tags + tag] = (short) quantized[row * tags + tag];
                    }
                    out++;
                }
            }
            float[] transitions = new float[transition.length];
            for (int i = 0; i < transition.length; i++) {
                transitions[i] = quantize(transition[i], transitionSum[i]) * NerModel.WEIGHT_UNIT;
            }
            return new NerModel(scheme.types(), features.vocabulary(), features.clusters(), lexicon, keys, weights, transitions);
        }

        /** The average in 1/16 units, clamped to 16 bits (far beyond the weights real data give). */
        private int quantize(int weight, long sum) {
            double average = weight - (double) sum / step;
            long units = Math.round(average / NerModel.WEIGHT_UNIT);
            return (int) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, units));
        }
    }
}
