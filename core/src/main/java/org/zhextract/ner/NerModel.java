package org.zhextract.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.zhextract.model.EntityType;

/**
 * A trained character-level entity tagger: linear scores over character n-gram features, BIOES
 * tags, Viterbi decoding restricted to well-formed tag sequences.
 *
 * <pre>{@code
 * NerModel model = NerModel.bundled();              // or NerModel.load(Path.of("my.ner.gz"))
 * model.tag("普京在北京会见新华社记者")
 *   // → [NerSpan[0, 2, PERSON], NerSpan[3, 5, LOC], NerSpan[7, 10, ORG]]
 * }</pre>
 *
 * <p>Immutable and thread-safe: load it once and share it. Offsets are code points.
 * {@link NerTrainer} builds models; {@link #save(OutputStream)} writes the compact gzipped
 * binary format that {@link #load(InputStream)} reads.
 */
public final class NerModel {

    /** The classpath resource, next to this class, holding the shipped model. */
    public static final String BUNDLED_RESOURCE = "ner-model.bin.gz";

    private static final byte[] MAGIC = {'Z', 'H', 'N', 'E', 'R'};
    private static final int FORMAT_VERSION = 1;
    /** Weights are stored as integers in units of 1/16. */
    static final float WEIGHT_UNIT = 1f / 16;

    private final TagScheme scheme;
    private final ViterbiDecoder decoder;
    private final CharFeatures features;
    private final EntityLexicon lexicon;
    /** Feature keys in ascending order, for saving. */
    private final long[] featureKeys;
    /** The emission weights, laid out for tagging (one lookup per n-gram, not per feature). */
    private final FeatureWeights weights;
    private final float[] transitionWeights;
    /** Whether some feature reads word hints, so {@link #tag(String, int[])} should get them. */
    private final boolean usesWordHints;

    /**
     * @param featureKeys       ascending non-negative feature keys, one weight row each
     * @param emissionWeights   {@code featureKeys.length × tagCount} weights in {@link #WEIGHT_UNIT}s
     * @param transitionWeights {@code (tagCount + 1)²} weights, multiples of {@link #WEIGHT_UNIT}
     */
    NerModel(List<EntityType> types, int[] vocabulary, EntityLexicon lexicon, long[] featureKeys,
            short[] emissionWeights, float[] transitionWeights) {
        this(types, vocabulary, null, lexicon, featureKeys, emissionWeights, transitionWeights);
    }

    /** As above, with character classes ({@link CharClusters}) to read, or null for none. */
    NerModel(List<EntityType> types, int[] vocabulary, CharClusters clusters, EntityLexicon lexicon, long[] featureKeys,
            short[] emissionWeights, float[] transitionWeights) {
        this.scheme = new TagScheme(types);
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.decoder = new ViterbiDecoder(scheme);
        this.features = new CharFeatures(vocabulary, clusters);
        int tags = scheme.tagCount();
        if (emissionWeights.length != featureKeys.length * tags
                || transitionWeights.length != (tags + 1) * (tags + 1)) {
            throw new IllegalArgumentException("weight arrays do not match " + featureKeys.length + " features, " + tags + " tags");
        }
        this.featureKeys = featureKeys.clone();
        this.transitionWeights = transitionWeights.clone();
        for (int row = 1; row < featureKeys.length; row++) {
            if (featureKeys[row] <= featureKeys[row - 1]) {
                throw new IllegalArgumentException("feature keys not ascending at " + row);
            }
        }
        if (featureKeys.length > 0 && featureKeys[0] < 0) {
            throw new IllegalArgumentException("negative feature key");
        }
        this.weights = new FeatureWeights(featureKeys, emissionWeights, tags, CharFeatures.FIRST_CHARACTER_ID + vocabulary.length);
        this.usesWordHints = Arrays.stream(featureKeys).anyMatch(CharFeatures::isHintKey);
    }

    /** Row-major weights in units, in the order of {@link #featureKeys}. */
    private short[] emissionUnits() {
        int tags = scheme.tagCount();
        short[] units = new short[featureKeys.length * tags];
        short[] row = new short[tags];
        for (int r = 0; r < featureKeys.length; r++) {
            weights.weightsOf(featureKeys[r], row);
            System.arraycopy(row, 0, units, r * tags, tags);
        }
        return units;
    }

    /** The shipped model, read from the classpath (a few hundred milliseconds: load it once). */
    public static NerModel bundled() throws IOException {
        try (InputStream in = NerModel.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IOException("missing classpath resource " + BUNDLED_RESOURCE + " beside " + NerModel.class.getName());
            }
            return load(in);
        }
    }

    /** Reads a model file written by {@link #save(Path)}. */
    public static NerModel load(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return load(in);
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot read NER model " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a model written by {@link #save(OutputStream)}; does not close {@code in}. */
    public static NerModel load(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16));
        byte[] magic = new byte[MAGIC.length];
        data.readFully(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not a zhextract NER model");
        }
        int format = data.readInt();
        int featureVersion = data.readInt();
        if (format != FORMAT_VERSION || featureVersion != CharFeatures.VERSION
                && featureVersion != CharFeatures.VERSION_WITHOUT_CLUSTERS
                && featureVersion != CharFeatures.VERSION_WITHOUT_HINTS) {
            throw new IOException("NER model format " + format + "/features " + featureVersion
                    + " but this version reads " + FORMAT_VERSION + "/" + CharFeatures.VERSION + ": retrain it");
        }
        int typeCount = data.readInt();
        List<EntityType> types = new ArrayList<>();
        for (int i = 0; i < typeCount; i++) {
            types.add(EntityType.valueOf(data.readUTF()));
        }
        int tags = 1 + 4 * typeCount;
        int[] vocabulary = new int[data.readInt()];
        int previousCharacter = 0;
        for (int i = 0; i < vocabulary.length; i++) {
            previousCharacter += (int) readVarLong(data);
            vocabulary[i] = previousCharacter;
        }
        CharClusters clusters = null;
        if (featureVersion == CharFeatures.VERSION) {
            int clusterCount = data.readUnsignedByte();
            int[] clustered = new int[data.readInt()];
            int[] classes = new int[clustered.length];
            int previous = 0;
            for (int i = 0; i < clustered.length; i++) {
                previous += (int) readVarLong(data);
                clustered[i] = previous;
                classes[i] = data.readUnsignedByte();
            }
            clusters = new CharClusters(clustered, classes, clusterCount);
        }
        List<EntityLexicon.Entry> names = new ArrayList<>();
        int nameCount = data.readInt();
        for (int i = 0; i < nameCount; i++) {
            int type = data.readUnsignedByte();
            names.add(new EntityLexicon.Entry(data.readUTF(), type));
        }
        long[] keys = new long[data.readInt()];
        long previousKey = 0;
        for (int i = 0; i < keys.length; i++) {
            previousKey += readVarLong(data);
            keys[i] = previousKey;
        }
        short[] emission = new short[keys.length * tags];
        for (int row = 0; row < keys.length; row++) {
            long nonZero = readVarLong(data);
            for (int tag = 0; tag < tags; tag++) {
                if ((nonZero & (1L << tag)) != 0) {
                    int units = readSigned(data);
                    if (units < Short.MIN_VALUE || units > Short.MAX_VALUE) {
                        throw new IOException("weight out of range: " + units);
                    }
                    emission[row * tags + tag] = (short) units;
                }
            }
        }
        float[] transitions = new float[(tags + 1) * (tags + 1)];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = readSigned(data) * WEIGHT_UNIT;
        }
        if (data.read() != -1) {
            throw new IOException("trailing bytes after the NER model");
        }
        NerModel model = new NerModel(types, vocabulary, clusters, new EntityLexicon(names), keys, emission, transitions);
        if (featureVersion == CharFeatures.VERSION_WITHOUT_HINTS && model.usesWordHints()) {
            throw new IOException("NER model of feature version " + featureVersion + " has word-hint features");
        }
        return model;
    }

    /** Writes the model, gzipped; the same model always gives the same bytes. */
    public void save(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
        data.write(MAGIC);
        data.writeInt(FORMAT_VERSION);
        // a model without class or hint features is written as the older version, which it also
        // is, so retraining such a model gives the same bytes as before those features existed
        CharClusters clusters = features.clusters();
        data.writeInt(clusters != null ? CharFeatures.VERSION
                : usesWordHints ? CharFeatures.VERSION_WITHOUT_CLUSTERS : CharFeatures.VERSION_WITHOUT_HINTS);
        data.writeInt(scheme.types().size());
        for (EntityType type : scheme.types()) {
            data.writeUTF(type.name());
        }
        int[] vocabulary = features.vocabulary();
        data.writeInt(vocabulary.length);
        int previousCharacter = 0;
        for (int c : vocabulary) {
            writeVarLong(data, c - previousCharacter);
            previousCharacter = c;
        }
        if (clusters != null) {
            data.writeByte(clusters.count());
            int[] clustered = clusters.characters();
            int[] classes = clusters.clusters();
            data.writeInt(clustered.length);
            int previous = 0;
            for (int i = 0; i < clustered.length; i++) {
                writeVarLong(data, clustered[i] - previous);
                previous = clustered[i];
                data.writeByte(classes[i]);
            }
        }
        data.writeInt(lexicon.size());
        for (EntityLexicon.Entry e : lexicon.entries()) {
            data.writeByte(e.type());
            data.writeUTF(e.name());
        }
        data.writeInt(featureKeys.length);
        long previousKey = 0;
        for (long key : featureKeys) {
            writeVarLong(data, key - previousKey);
            previousKey = key;
        }
        int tags = scheme.tagCount();
        short[] emissionWeights = emissionUnits();
        for (int row = 0; row < featureKeys.length; row++) {
            long nonZero = 0;
            for (int tag = 0; tag < tags; tag++) {
                if (emissionWeights[row * tags + tag] != 0) {
                    nonZero |= 1L << tag;
                }
            }
            writeVarLong(data, nonZero);
            for (int tag = 0; tag < tags; tag++) {
                short w = emissionWeights[row * tags + tag];
                if (w != 0) {
                    writeSigned(data, w);
                }
            }
        }
        for (float w : transitionWeights) {
            writeSigned(data, Math.round(w / WEIGHT_UNIT));
        }
        data.flush();
        gzip.finish();
        out.flush();
    }

    /** Writes the model to a file (replacing it). */
    public void save(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            save(out);
        }
    }

    /** The entity types this model tags, in tag order. */
    public List<EntityType> types() {
        return scheme.types();
    }

    /** Whether this model reads character classes learned from unlabelled text ({@link CharClusters}). */
    public boolean usesClusters() {
        return features.clusters() != null;
    }

    /** How many entity names the model knows as a lexicon feature. */
    public int lexiconSize() {
        return lexicon.size();
    }

    /** How many features carry weights (a size measure). */
    public int featureCount() {
        return featureKeys.length;
    }

    /**
     * Whether this model was trained with word hints ({@link WordHints}): it then tags best when
     * {@link #tag(String, int[])} is given hints from the segmenter it was trained with, and
     * worse without them.
     */
    public boolean usesWordHints() {
        return usesWordHints;
    }

    /**
     * The entities in {@code text}, in order, non-overlapping, with code-point offsets. Text is
     * best given a sentence or a paragraph at a time (the model was trained on sentences), but any
     * length works and time is linear in it. A model that {@link #usesWordHints() uses word
     * hints} is better served by {@link #tag(String, int[])}.
     */
    public List<NerSpan> tag(String text) {
        return tag(text, null);
    }

    /**
     * As {@link #tag(String)}, with word hints: {@link WordHints#of} per code point of
     * {@code text}, or null for none. Models without hint features ignore them.
     */
    public List<NerSpan> tag(String text, int[] wordHints) {
        Objects.requireNonNull(text, "text");
        int[] codePoints = new int[text.codePointCount(0, text.length())];
        for (int i = 0, k = 0; i < text.length(); k++) {
            int c = text.codePointAt(i);
            codePoints[k] = c;
            i += Character.charCount(c);
        }
        int[] tags = tagCodePoints(codePoints, usesWordHints ? wordHints : null);
        List<NerSpan> spans = new ArrayList<>();
        for (int[] span : scheme.decode(tags)) {
            spans.add(new NerSpan(span[0], span[1], scheme.types().get(span[2])));
        }
        return List.copyOf(spans);
    }

    /**
     * This model without emission weights below {@code minUnits / 16} in magnitude; the same as
     * training with {@code pruneBelow = minUnits} when {@code minUnits} is at least the value
     * the model was trained with.
     */
    NerModel pruned(int minUnits) {
        int tags = scheme.tagCount();
        int min = Math.max(1, minUnits);
        short[] emissionWeights = emissionUnits();
        List<Integer> keptRows = new ArrayList<>();
        for (int row = 0; row < featureKeys.length; row++) {
            for (int tag = 0; tag < tags; tag++) {
                if (Math.abs(emissionWeights[row * tags + tag]) >= min) {
                    keptRows.add(row);
                    break;
                }
            }
        }
        long[] keys = new long[keptRows.size()];
        short[] weights = new short[keptRows.size() * tags];
        for (int i = 0; i < keys.length; i++) {
            int row = keptRows.get(i);
            keys[i] = featureKeys[row];
            for (int tag = 0; tag < tags; tag++) {
                short w = emissionWeights[row * tags + tag];
                weights[i * tags + tag] = Math.abs(w) >= min ? w : 0;
            }
        }
        return new NerModel(scheme.types(), features.vocabulary(), features.clusters(), lexicon, keys, weights, transitionWeights);
    }

    TagScheme scheme() {
        return scheme;
    }

    /** The best tag per code point. */
    int[] tagCodePoints(int[] codePoints) {
        return tagCodePoints(codePoints, null);
    }

    /** The best tag per code point, with word hints or null. */
    int[] tagCodePoints(int[] codePoints, int[] wordHints) {
        CharFeatures.Prepared prepared = features.prepare(codePoints, lexicon, wordHints);
        int n = codePoints.length;
        int tags = scheme.tagCount();
        int[] sums = new int[n * tags];
        weights.addEmissions(prepared, sums);
        float[] emissions = new float[n * tags];
        for (int k = 0; k < emissions.length; k++) {
            emissions[k] = sums[k] * WEIGHT_UNIT;
        }
        return decoder.decode(emissions, n, transitionWeights);
    }

    private static void writeSigned(DataOutputStream out, int value) throws IOException {
        writeVarLong(out, Integer.toUnsignedLong((value << 1) ^ (value >> 31)));
    }

    private static int readSigned(DataInputStream in) throws IOException {
        int zigzag = (int) readVarLong(in);
        return (zigzag >>> 1) ^ -(zigzag & 1);
    }

    private static void writeVarLong(DataOutputStream out, long value) throws IOException {
        if (value < 0) {
            throw new IllegalArgumentException("negative varint " + value);
        }
        while ((value & ~0x7FL) != 0) {
            out.writeByte((int) (value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.writeByte((int) value);
    }

    private static long readVarLong(DataInputStream in) throws IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("malformed varint");
    }
}
