package org.zhextract.ner;

import java.util.Arrays;

/**
 * Turns a sentence into feature keys per character: character unigrams, bigrams and trigrams in
 * a window of three characters either side, a skip bigram around the character, character-class
 * patterns (Han, digit, Chinese numeral, Latin, interpunct, punctuation), matches of known names
 * of each type ({@link EntityLexicon}) and a bias.
 *
 * <p>Characters are first normalized (full-width ASCII to half-width, Latin to lower case, every
 * digit to {@code 0}) and mapped to vocabulary ids below 2<sup>16</sup>, so a feature key packs
 * its template and up to three ids into one {@code long} with no hashing and no collisions.
 * Immutable; one instance serves many threads.
 */
final class CharFeatures {

    /**
     * Bumped whenever templates change, so a model built with other features is refused.
     * Version 4 added the word-hint templates; a model without them is also valid as version 3.
     * Version 5 added the character-class templates ({@link CharClusters}); a model without them
     * is also valid as version 4 (or 3).
     */
    static final int VERSION = 5;
    /** The last version without character classes, whose models this version reads unchanged. */
    static final int VERSION_WITHOUT_CLUSTERS = 4;
    /** The last version without word hints, whose models this version reads unchanged. */
    static final int VERSION_WITHOUT_HINTS = 3;

    static final int UNKNOWN = 0;
    static final int BEFORE = 1;
    static final int AFTER = 2;
    static final int FIRST_CHARACTER_ID = 3;
    static final int MAX_VOCABULARY = 1 << 16;

    /** Characters of padding on each side of a sentence, enough for the widest window. */
    private static final int PAD = 3;

    /** Word-hint keys per position ({@link WordHints}); absent ({@link #NO_KEY}) without hints. */
    static final int HINT_KEYS = 5;
    /**
     * Character-class keys per position ({@link CharClusters}): the class of each character from
     * two before to two after, the class bigrams left and right, and the class with the word hint;
     * absent ({@link #NO_KEY}) without a class table.
     */
    static final int CLUSTER_KEYS = 8;
    static final int PER_POSITION = 22 + EntityLexicon.MAX_TYPES + HINT_KEYS + CLUSTER_KEYS;
    /** A key slot left empty: never a feature (keys are non-negative). */
    static final long NO_KEY = -1L;
    /** Templates of the word-hint features. */
    static final int FIRST_HINT_TEMPLATE = 40;
    /** Templates of the character-class features. */
    static final int FIRST_CLUSTER_TEMPLATE = 48;
    /** The class of the padding around a sentence (real classes are 1 … {@link CharClusters#MAX_CLUSTERS}). */
    private static final int CLUSTER_BOUNDARY = 255;

    // character classes, small enough to pack five of them into one key part
    private static final int CLASS_OTHER = 0;
    private static final int CLASS_HAN = 1;
    private static final int CLASS_DIGIT = 2;
    private static final int CLASS_CHINESE_NUMERAL = 3;
    private static final int CLASS_LATIN = 4;
    private static final int CLASS_INTERPUNCT = 5;
    private static final int CLASS_PUNCTUATION = 6;
    private static final int CLASS_SPACE = 7;
    private static final int CLASS_BOUNDARY = 8;

    private static final String CHINESE_NUMERALS = "〇零一二三四五六七八九十百千万亿两";
    private static final String INTERPUNCTS = "·•‧・･∙⋅";

    /** Vocabulary id per BMP code point (0 = unknown); other planes are always unknown. */
    private final char[] idOfCharacter;
    /** {@link #characterClass} of every BMP code point, computed once: it is slow per call. */
    private final byte[] classOfCharacter;
    private final int[] vocabulary;
    /** Character classes, or null for a model without class features. */
    private final CharClusters clusters;

    /** @param vocabulary ascending distinct normalized BMP code points, at most {@code MAX_VOCABULARY - 3} */
    CharFeatures(int[] vocabulary) {
        this(vocabulary, null);
    }

    /**
     * @param vocabulary ascending distinct normalized BMP code points, at most {@code MAX_VOCABULARY - 3}
     * @param clusters   character classes to read, or null for none
     */
    CharFeatures(int[] vocabulary, CharClusters clusters) {
        this.clusters = clusters;
        if (vocabulary.length > MAX_VOCABULARY - FIRST_CHARACTER_ID) {
            throw new IllegalArgumentException("vocabulary of " + vocabulary.length + " characters is too large");
        }
        this.vocabulary = vocabulary.clone();
        this.idOfCharacter = new char[Character.MAX_VALUE + 1];
        this.classOfCharacter = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            classOfCharacter[c] = (byte) characterClass(c);
        }
        for (int i = 0; i < vocabulary.length; i++) {
            int c = vocabulary[i];
            if (i > 0 && c <= vocabulary[i - 1]) {
                throw new IllegalArgumentException("vocabulary not strictly ascending at " + i);
            }
            if (c > Character.MAX_VALUE) {
                throw new IllegalArgumentException("vocabulary character outside the BMP: U+" + Integer.toHexString(c));
            }
            idOfCharacter[c] = (char) (FIRST_CHARACTER_ID + i);
        }
    }

    int[] vocabulary() {
        return vocabulary.clone();
    }

    /** The character classes read, or null. */
    CharClusters clusters() {
        return clusters;
    }

    /**
     * How many of the {@link #PER_POSITION} keys of {@link #keys} can be features for sentences
     * this instance prepares: all of them with character classes, else all but the
     * {@link #CLUSTER_KEYS} class keys, which come last and are then always {@link #NO_KEY}.
     */
    int keysPerPosition() {
        return clusters == null ? PER_POSITION - CLUSTER_KEYS : PER_POSITION;
    }

    /** The normalized form of a code point, as features and the vocabulary see it. */
    static int normalize(int c) {
        if (c >= 0xFF01 && c <= 0xFF5E) {
            c -= 0xFEE0; // full-width ASCII
        } else if (c == 0x3000) {
            c = ' ';
        }
        if (c >= 'A' && c <= 'Z') {
            return c + ('a' - 'A');
        }
        if (Character.isDigit(c)) {
            return '0';
        }
        return c;
    }

    static int characterClass(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return CLASS_SPACE;
        }
        if (INTERPUNCTS.indexOf(c) >= 0) {
            return CLASS_INTERPUNCT;
        }
        if (CHINESE_NUMERALS.indexOf(c) >= 0) {
            return CLASS_CHINESE_NUMERAL;
        }
        if (Character.isDigit(c)) {
            return CLASS_DIGIT;
        }
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
            return CLASS_HAN;
        }
        if (Character.isLetter(c)) {
            return CLASS_LATIN;
        }
        int type = Character.getType(c);
        if (type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.MATH_SYMBOL || type == Character.OTHER_SYMBOL) {
            return CLASS_PUNCTUATION;
        }
        return CLASS_OTHER;
    }

    /** A sentence prepared for feature extraction: padded ids and classes, no word hints. */
    Prepared prepare(int[] codePoints, EntityLexicon lexicon) {
        return prepare(codePoints, lexicon, null);
    }

    /**
     * A sentence prepared for feature extraction: padded ids, classes and word hints.
     *
     * @param hints {@link WordHints} per code point, or null for none (the hint features are then left out)
     */
    Prepared prepare(int[] codePoints, EntityLexicon lexicon, int[] hints) {
        if (hints != null && hints.length != codePoints.length) {
            throw new IllegalArgumentException(hints.length + " word hints for " + codePoints.length + " characters");
        }
        int n = codePoints.length;
        int[] normalized = new int[n];
        int[] ids = new int[n + 2 * PAD];
        int[] classes = new int[n + 2 * PAD];
        Arrays.fill(ids, 0, PAD, BEFORE);
        Arrays.fill(ids, n + PAD, n + 2 * PAD, AFTER);
        Arrays.fill(classes, 0, PAD, CLASS_BOUNDARY);
        Arrays.fill(classes, n + PAD, n + 2 * PAD, CLASS_BOUNDARY);
        for (int i = 0; i < n; i++) {
            int c = normalize(codePoints[i]);
            normalized[i] = c;
            ids[i + PAD] = c <= Character.MAX_VALUE ? idOfCharacter[c] : UNKNOWN;
            int raw = codePoints[i];
            classes[i + PAD] = raw <= Character.MAX_VALUE ? classOfCharacter[raw] : characterClass(raw);
        }
        int[] paddedHints = null;
        if (hints != null) {
            paddedHints = new int[n + 2 * PAD];
            Arrays.fill(paddedHints, WordHints.BOUNDARY);
            for (int i = 0; i < n; i++) {
                if (hints[i] < 0 || hints[i] >= WordHints.LIMIT) {
                    throw new IllegalArgumentException("word hint " + hints[i] + " out of range at " + i);
                }
                paddedHints[i + PAD] = hints[i];
            }
        }
        int[] paddedClusters = null;
        if (clusters != null) {
            paddedClusters = new int[n + 2 * PAD];
            Arrays.fill(paddedClusters, CLUSTER_BOUNDARY);
            for (int i = 0; i < n; i++) {
                paddedClusters[i + PAD] = clusters.of(normalized[i]);
            }
        }
        return new Prepared(n, ids, classes, lexicon.match(normalized), paddedHints, paddedClusters);
    }

    /**
     * Padded vocabulary ids and classes, lexicon match codes ({@link EntityLexicon#match}) per
     * position, padded word hints (null when there are none) and padded character classes of
     * {@link CharClusters} (null when the model has none).
     */
    record Prepared(int length, int[] ids, int[] classes, int[] lexiconCodes, int[] hints, int[] clusters) {
    }

    /**
     * The n-gram templates, grouped by n-gram length: member {@code m} of a group looks at the
     * n-gram starting {@code m - 3} characters from the tagged one (unigrams l3 … r3, bigrams
     * l3l2 … r2r3, trigrams l3l2l1 … r1r2r3). Grouping lets the tagger look each n-gram of a
     * sentence up once and spread its weights to every character that sees it ({@link FeatureWeights}).
     */
    static final int[][] NGRAM_TEMPLATES = {
        {16, 1, 2, 3, 4, 5, 17},
        {18, 6, 7, 8, 9, 19},
        {20, 11, 12, 13, 21},
    };
    /** Offset of member 0 of every n-gram group from the tagged character. */
    static final int NGRAM_FIRST_OFFSET = -3;
    static final int BIAS_TEMPLATE = 0;
    /** Keys of each position that are not n-grams or the bias ({@link #contextKeys}), hints included. */
    static final int CONTEXT_KEYS = 3 + EntityLexicon.MAX_TYPES + HINT_KEYS + CLUSTER_KEYS;

    /**
     * How many of the {@link #CONTEXT_KEYS} keys of {@link #contextKeys} can be features for
     * {@code s}: all of them with character classes, else all but the {@link #CLUSTER_KEYS}
     * class keys, which come last and are then always {@link #NO_KEY} (as {@link #keysPerPosition}).
     */
    static int contextKeysRead(Prepared s) {
        return s.clusters() == null ? CONTEXT_KEYS - CLUSTER_KEYS : CONTEXT_KEYS;
    }

    /** Writes the {@link #PER_POSITION} feature keys of position {@code i} into {@code out}. */
    static void keys(Prepared s, int i, long[] out) {
        int[] id = s.ids();
        int p = i + PAD;
        int k = 0;
        out[k++] = key(BIAS_TEMPLATE, 0, 0, 0);
        for (int n = 1; n <= NGRAM_TEMPLATES.length; n++) {
            int[] templates = NGRAM_TEMPLATES[n - 1];
            for (int m = 0; m < templates.length; m++) {
                out[k++] = (long) templates[m] << 48 | ngram(id, p + NGRAM_FIRST_OFFSET + m, n) << (16 * (3 - n));
            }
        }
        contextKeys(s, i, out, k);
    }

    /**
     * The n-gram of {@code length} ids starting at padded position {@code start}, packed 16 bits
     * per id (the first id highest), as it sits in the low bits of its feature key.
     */
    static long ngram(int[] paddedIds, int start, int length) {
        long packed = 0;
        for (int j = 0; j < length; j++) {
            packed = packed << 16 | paddedIds[start + j];
        }
        return packed;
    }

    /** Padding before the first character in {@link Prepared#ids()}. */
    static int padding() {
        return PAD;
    }

    /**
     * Writes the {@link #CONTEXT_KEYS} keys of position {@code i} other than n-grams and the
     * bias (skip bigram, class patterns, lexicon matches, word hints, character classes) into
     * {@code out} from {@code from}; the hint slots get {@link #NO_KEY} when the sentence has no
     * hints, the class slots when the model has no classes.
     */
    static void contextKeys(Prepared s, int i, long[] out, int from) {
        int[] id = s.ids();
        int[] cls = s.classes();
        int p = i + PAD;
        out[from] = key(10, id[p - 1], id[p + 1], 0);
        out[from + 1] = key(14, cls[p - 1] << 8 | cls[p] << 4 | cls[p + 1], 0, 0);
        out[from + 2] = key(15, cls[p - 2] << 12 | cls[p - 1] << 8 | cls[p] << 4 | cls[p + 1], cls[p + 2], id[p]);
        for (int t = 0; t < EntityLexicon.MAX_TYPES; t++) {
            out[from + 3 + t] = key(22 + t, s.lexiconCodes()[i * EntityLexicon.MAX_TYPES + t], 0, 0);
        }
        int h = from + 3 + EntityLexicon.MAX_TYPES;
        clusterKeys(s, p, out, h + HINT_KEYS);
        int[] hints = s.hints();
        if (hints == null) {
            Arrays.fill(out, h, h + HINT_KEYS, NO_KEY);
            return;
        }
        int before = hints[p - 1];
        int here = hints[p];
        int after = hints[p + 1];
        out[h] = key(FIRST_HINT_TEMPLATE, 0, 0, here);
        out[h + 1] = key(FIRST_HINT_TEMPLATE + 1, 0, 0, before << 6 | here);
        out[h + 2] = key(FIRST_HINT_TEMPLATE + 2, 0, 0, here << 6 | after);
        out[h + 3] = key(FIRST_HINT_TEMPLATE + 3, 0, before, here << 6 | after);
        out[h + 4] = key(FIRST_HINT_TEMPLATE + 4, 0, here, id[p]);
    }

    /**
     * The {@link #CLUSTER_KEYS} class keys of padded position {@code p}. Every body stays below
     * 2<sup>16</sup>, so the tagger reads all of them by index ({@link FeatureWeights}), not hashed.
     */
    private static void clusterKeys(Prepared s, int p, long[] out, int c) {
        int[] cl = s.clusters();
        if (cl == null) {
            Arrays.fill(out, c, c + CLUSTER_KEYS, NO_KEY);
            return;
        }
        for (int offset = -2; offset <= 2; offset++) {
            out[c + offset + 2] = key(FIRST_CLUSTER_TEMPLATE + offset + 2, 0, 0, cl[p + offset]);
        }
        out[c + 5] = key(FIRST_CLUSTER_TEMPLATE + 5, 0, 0, cl[p - 1] << 8 | cl[p]);
        out[c + 6] = key(FIRST_CLUSTER_TEMPLATE + 6, 0, 0, cl[p] << 8 | cl[p + 1]);
        int[] hints = s.hints();
        out[c + 7] = hints == null ? NO_KEY : key(FIRST_CLUSTER_TEMPLATE + 7, 0, 0, hints[p] << 8 | cl[p]);
    }

    /** Whether a feature key is one of the character-class templates. */
    static boolean isClusterKey(long key) {
        int template = template(key);
        return template >= FIRST_CLUSTER_TEMPLATE && template < FIRST_CLUSTER_TEMPLATE + CLUSTER_KEYS;
    }

    /** Whether a feature key is one of the word-hint templates. */
    static boolean isHintKey(long key) {
        int template = template(key);
        return template >= FIRST_HINT_TEMPLATE && template < FIRST_HINT_TEMPLATE + HINT_KEYS;
    }

    static int template(long key) {
        return (int) (key >>> 48);
    }

    static long key(int template, int a, int b, int c) {
        return (long) template << 48 | (long) a << 32 | (long) b << 16 | c;
    }
}
