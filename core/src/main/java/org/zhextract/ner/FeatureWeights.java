package org.zhextract.ner;

import java.util.Arrays;

/**
 * The emission weights of a {@link NerModel}, laid out for tagging speed. Tagging is bound by
 * memory reads, so the layout minimises them:
 *
 * <ul>
 * <li>The n-gram features of {@link CharFeatures#NGRAM_TEMPLATES} are stored per n-gram, not per
 *     feature: a bigram has up to six features (it is l3l2, l2l1, … r2r3 of six characters),
 *     and one lookup of the bigram gives all of them. Tagging looks every n-gram of a sentence
 *     up once and adds each of its weight rows to the character that sees it, instead of
 *     looking up 18 n-gram features per character.</li>
 * <li>Unigrams index a dense array by vocabulary id; bigrams, trigrams and the remaining
 *     features ({@link CharFeatures#contextKeys}) go through open-addressing tables whose key
 *     and value share a cache line.</li>
 * <li>A table value packs which group members have weights (a bit each) with the offset of
 *     their rows in one {@code short} pool: only members with a non-zero weight take room.</li>
 * </ul>
 *
 * <p>Scores are summed as integers in {@link NerModel#WEIGHT_UNIT}s, so the result does not
 * depend on the order of the additions: it equals summing the weights of
 * {@link CharFeatures#keys} feature by feature. Immutable once built.
 */
final class FeatureWeights {

    private static final long ABSENT = -1L;

    private final int tags;
    /** Weight rows, {@code tags} units each. */
    private final short[] pool;
    /** Per vocabulary id: value (mask, offset) of its unigram features, or {@link #ABSENT}. */
    private final long[] unigrams;
    private final PackedTable bigrams;
    private final PackedTable trigrams;
    /** Skip bigram, class patterns, lexicon matches: one member each. */
    private final PackedTable context;
    /**
     * Per template, for templates whose keys all have small bodies (class patterns, lexicon
     * codes, character classes): the pool offset by body, -1 when absent, as long as the
     * template's largest body; these are read by index, not hashed.
     */
    private final int[][] denseContext = new int[64][];
    private static final int DENSE_LIMIT = 1 << 16;
    /** The bias row: every character has this feature. */
    private final short[] bias;

    /**
     * @param featureKeys ascending feature keys ({@link CharFeatures#keys})
     * @param weights     {@code featureKeys.length × tags} weights in units, row-major
     * @param idLimit     one more than the largest character id {@link CharFeatures} gives
     */
    FeatureWeights(long[] featureKeys, short[] weights, int tags, int idLimit) {
        this.tags = tags;
        this.bias = new short[tags];
        int[][] memberOfTemplate = memberOfTemplate();
        // first pass: which members each n-gram has; the pool is laid out in the second
        int[] rowsOf = new int[3];
        LongLongMap[] masks = {new LongLongMap(), new LongLongMap(), new LongLongMap()};
        int contextCount = 0;
        for (long key : featureKeys) {
            int template = CharFeatures.template(key);
            if (template == CharFeatures.BIAS_TEMPLATE) {
                continue;
            }
            int[] member = template < memberOfTemplate.length ? memberOfTemplate[template] : null;
            if (member == null) {
                contextCount++;
                continue;
            }
            long gram = ngramOf(key, member[0]);
            masks[member[0] - 1].or(gram, 1L << member[1]);
            rowsOf[member[0] - 1]++;
        }
        this.pool = new short[(rowsOf[0] + rowsOf[1] + rowsOf[2] + contextCount) * tags];
        int[] next = {0};
        long[] largestUnigram = {idLimit - 1};
        masks[0].forEachSorted((gram, mask) -> largestUnigram[0] = Math.max(largestUnigram[0], gram));
        this.unigrams = new long[(int) largestUnigram[0] + 1];
        Arrays.fill(unigrams, ABSENT);
        masks[0].forEachSorted((gram, mask) -> unigrams[(int) gram] = allot(mask, next));
        this.bigrams = new PackedTable(masks[1].size());
        masks[1].forEachSorted((gram, mask) -> bigrams.put(gram, allot(mask, next)));
        this.trigrams = new PackedTable(masks[2].size());
        masks[2].forEachSorted((gram, mask) -> trigrams.put(gram, allot(mask, next)));
        boolean[] small = new boolean[64];
        Arrays.fill(small, true);
        long[] largestBody = new long[64];
        for (long key : featureKeys) {
            long body = key & 0xFFFF_FFFF_FFFFL;
            int template = CharFeatures.template(key);
            largestBody[template] = Math.max(largestBody[template], body);
            if (body >= DENSE_LIMIT) {
                small[template] = false;
            }
        }
        this.context = new PackedTable(contextCount);
        for (int row = 0; row < featureKeys.length; row++) {
            long key = featureKeys[row];
            int template = CharFeatures.template(key);
            int[] member = template < memberOfTemplate.length ? memberOfTemplate[template] : null;
            int offset;
            if (template == CharFeatures.BIAS_TEMPLATE) {
                System.arraycopy(weights, row * tags, bias, 0, tags);
                continue;
            } else if (member == null) {
                offset = next[0];
                next[0] += tags;
                if (small[template]) {
                    if (denseContext[template] == null) {
                        denseContext[template] = new int[(int) largestBody[template] + 1];
                        Arrays.fill(denseContext[template], -1);
                    }
                    denseContext[template][(int) (key & 0xFFFF_FFFF_FFFFL)] = offset;
                } else {
                    context.put(key, 1L << 32 | offset);
                }
            } else {
                offset = rowIn(valueOf(member[0], ngramOf(key, member[0])), member[1]);
            }
            System.arraycopy(weights, row * tags, pool, offset, tags);
        }
    }

    /** Reserves rows for the members in {@code mask}; the value to store. */
    private long allot(long mask, int[] next) {
        long value = mask << 32 | next[0];
        next[0] += Long.bitCount(mask) * tags;
        return value;
    }

    /** For each template number, {n-gram length, member index}, or null for other templates. */
    private static int[][] memberOfTemplate() {
        int[][] member = new int[64][];
        for (int n = 1; n <= CharFeatures.NGRAM_TEMPLATES.length; n++) {
            int[] templates = CharFeatures.NGRAM_TEMPLATES[n - 1];
            for (int m = 0; m < templates.length; m++) {
                member[templates[m]] = new int[] {n, m};
            }
        }
        return member;
    }

    private static long ngramOf(long key, int length) {
        return (key & 0xFFFF_FFFF_FFFFL) >>> (16 * (3 - length));
    }

    private long valueOf(int length, long gram) {
        return switch (length) {
            case 1 -> gram < unigrams.length ? unigrams[(int) gram] : ABSENT;
            case 2 -> bigrams.get(gram);
            default -> trigrams.get(gram);
        };
    }

    /** The weights of one feature key in units ({@code out} gets zeros when it has none). */
    void weightsOf(long key, short[] out) {
        Arrays.fill(out, (short) 0);
        int template = CharFeatures.template(key);
        if (template == CharFeatures.BIAS_TEMPLATE) {
            System.arraycopy(bias, 0, out, 0, tags);
            return;
        }
        int[][] memberOfTemplate = memberOfTemplate();
        int[] member = template < memberOfTemplate.length ? memberOfTemplate[template] : null;
        long value = member == null ? contextValue(key) : valueOf(member[0], ngramOf(key, member[0]));
        int offset = member == null ? rowIn(value, 0) : rowIn(value, member[1]);
        if (offset >= 0) {
            System.arraycopy(pool, offset, out, 0, tags);
        }
    }

    /** The pool offset of member {@code member} under {@code value}, or -1 when it has no row. */
    private int rowIn(long value, int member) {
        if (value == ABSENT) {
            return -1;
        }
        long mask = value >>> 32;
        if ((mask & 1L << member) == 0) {
            return -1;
        }
        return (int) value + Long.bitCount(mask & ((1L << member) - 1)) * tags;
    }

    /**
     * Adds the emission scores of every position of {@code s} to {@code sums}
     * ({@code length × tags}, in units).
     */
    void addEmissions(CharFeatures.Prepared s, int[] sums) {
        int n = s.length();
        int[] ids = s.ids();
        int pad = CharFeatures.padding();
        short[] weights = pool;
        int tagCount = tags;
        for (int i = 0; i < n; i++) {
            int base = i * tagCount;
            for (int tag = 0; tag < tagCount; tag++) {
                sums[base + tag] += bias[tag];
            }
        }
        // n-gram starting at padded position q, member m: the character it serves is q - (FIRST + m) - pad
        for (int length = 1; length <= CharFeatures.NGRAM_TEMPLATES.length; length++) {
            int members = CharFeatures.NGRAM_TEMPLATES[length - 1].length;
            int lastStart = ids.length - length;
            long[] values = new long[lastStart + 1];
            for (int q = 0; q <= lastStart; q++) {
                values[q] = CharFeatures.ngram(ids, q, length);
            }
            if (length == 1) {
                for (int q = 0; q <= lastStart; q++) {
                    values[q] = unigrams[(int) values[q]];
                }
            } else {
                (length == 2 ? bigrams : trigrams).getAll(values, lastStart + 1);
            }
            for (int q = 0; q <= lastStart; q++) {
                long value = values[q];
                if (value == ABSENT) {
                    continue;
                }
                int mask = (int) (value >>> 32);
                int offset = (int) value;
                int first = q - CharFeatures.NGRAM_FIRST_OFFSET - pad;
                for (int m = 0; m < members; m++) {
                    if ((mask & 1 << m) == 0) {
                        continue;
                    }
                    int i = first - m;
                    if (i >= 0 && i < n) {
                        int base = i * tagCount;
                        for (int tag = 0; tag < tagCount; tag++) {
                            sums[base + tag] += weights[offset + tag];
                        }
                    }
                    offset += tagCount;
                }
            }
        }
        addContextEmissions(s, sums);
    }

    /**
     * Adds the rows of every position's {@link CharFeatures#contextKeys}. Keys of the small
     * templates are read by index at once; the hashed ones (skip bigram, the class pattern with
     * the character, word hints with the character) are gathered for the whole sentence and
     * probed together with {@link PackedTable#getAll}, as the n-grams are: probed one at a time,
     * position by position, each waited for its own cache miss, and these probes were a third of
     * the model's time inside the pipeline (a flight recording of {@code extract}, docs/history/speed.md "Where
     * the pipeline's time goes"). The sums are integers, so the order of the additions does not
     * change them.
     */
    private void addContextEmissions(CharFeatures.Prepared s, int[] sums) {
        int n = s.length();
        short[] weights = pool;
        int tagCount = tags;
        long[] keys = new long[CharFeatures.CONTEXT_KEYS];
        // hashed keys and the sums row each serves; about four per position
        long[] hashed = new long[4 * n + 16];
        int[] hashedBase = new int[hashed.length];
        int hashedCount = 0;
        int keyCount = CharFeatures.contextKeysRead(s);
        for (int i = 0; i < n; i++) {
            CharFeatures.contextKeys(s, i, keys, 0);
            int base = i * tagCount;
            for (int q = 0; q < keyCount; q++) {
                long key = keys[q];
                if (key == CharFeatures.NO_KEY) {
                    continue;
                }
                int[] dense = denseContext[CharFeatures.template(key)];
                if (dense != null) {
                    long body = key & 0xFFFF_FFFF_FFFFL;
                    int offset = body < dense.length ? dense[(int) body] : -1;
                    if (offset >= 0) {
                        for (int tag = 0; tag < tagCount; tag++) {
                            sums[base + tag] += weights[offset + tag];
                        }
                    }
                } else {
                    if (hashedCount == hashed.length) {
                        hashed = Arrays.copyOf(hashed, 2 * hashedCount);
                        hashedBase = Arrays.copyOf(hashedBase, 2 * hashedCount);
                    }
                    hashed[hashedCount] = key;
                    hashedBase[hashedCount++] = base;
                }
            }
        }
        context.getAll(hashed, hashedCount);
        for (int h = 0; h < hashedCount; h++) {
            if (hashed[h] != ABSENT) {
                int offset = (int) hashed[h];
                int base = hashedBase[h];
                for (int tag = 0; tag < tagCount; tag++) {
                    sums[base + tag] += weights[offset + tag];
                }
            }
        }
    }

    private int contextOffset(long key) {
        int[] dense = denseContext[CharFeatures.template(key)];
        if (dense != null) {
            long body = key & 0xFFFF_FFFF_FFFFL;
            return body < dense.length ? dense[(int) body] : -1;
        }
        long value = context.get(key);
        return value == ABSENT ? -1 : (int) value;
    }

    private long contextValue(long key) {
        int offset = contextOffset(key);
        return offset < 0 ? ABSENT : 1L << 32 | offset;
    }

    /**
     * Open addressing from non-negative long keys to long values, key and value side by side in
     * one array so that a probe reads one cache line. Filled once, then read-only.
     */
    private static final class PackedTable {
        private final long[] slots;
        private final int mask;

        PackedTable(int expected) {
            // load factor up to 3/4: a miss probes a few neighbours in the same cache lines,
            // cheaper than the cache misses a sparser (larger) table costs
            int capacity = Integer.highestOneBit(Math.max(4, expected + expected / 3));
            capacity = capacity < expected + expected / 3 ? capacity << 1 : capacity;
            slots = new long[capacity * 2];
            Arrays.fill(slots, ABSENT);
            mask = capacity - 1;
        }

        void put(long key, long value) {
            int slot = slot(key);
            while (slots[2 * slot] != ABSENT) {
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = key;
            slots[2 * slot + 1] = value;
        }

        long get(long key) {
            return probeFrom(key, slot(key));
        }

        /** Linear probing for {@code key} from {@code slot} on. */
        private long probeFrom(long key, int slot) {
            while (true) {
                long k = slots[2 * slot];
                if (k == key) {
                    return slots[2 * slot + 1];
                }
                if (k == ABSENT) {
                    return ABSENT;
                }
                slot = (slot + 1) & mask;
            }
        }

        /**
         * Replaces each of the first {@code count} keys in {@code keysThenValues} by its value
         * ({@link #ABSENT} when missing). Same result as {@link #get} key by key, but faster on
         * tables larger than the cache: the first probe of every key is read in a loop whose
         * loads do not depend on each other or on a branch, so the processor overlaps their
         * cache misses instead of waiting for one after another; only keys whose first slot
         * holds another key probe further, one by one.
         */
        void getAll(long[] keysThenValues, int count) {
            long[] firstKeys = new long[count];
            int[] firstSlots = new int[count];
            for (int i = 0; i < count; i++) {
                int slot = slot(keysThenValues[i]);
                firstSlots[i] = slot;
                firstKeys[i] = slots[2 * slot];
            }
            for (int i = 0; i < count; i++) {
                long key = keysThenValues[i];
                long found = firstKeys[i];
                if (found == key) {
                    keysThenValues[i] = slots[2 * firstSlots[i] + 1];
                } else if (found == ABSENT) {
                    keysThenValues[i] = ABSENT;
                } else {
                    keysThenValues[i] = probeFrom(key, (firstSlots[i] + 1) & mask);
                }
            }
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 29) ^ (h >>> 47)) & mask;
        }
    }

    /** A growing map used while building: OR-accumulates member masks per n-gram. */
    private static final class LongLongMap {
        private final LongIntTable index = new LongIntTable(1 << 12);
        private long[] grams = new long[1 << 12];
        private long[] masks = new long[1 << 12];

        void or(long gram, long bits) {
            int at = index.get(gram, -1);
            if (at < 0) {
                at = index.size();
                if (at == grams.length) {
                    grams = Arrays.copyOf(grams, at * 2);
                    masks = Arrays.copyOf(masks, at * 2);
                }
                index.put(gram, at);
                grams[at] = gram;
            }
            masks[at] |= bits;
        }

        int size() {
            return index.size();
        }

        interface Visitor {
            void visit(long gram, long mask);
        }

        /** Visits the entries in ascending n-gram order (a deterministic pool layout). */
        void forEachSorted(Visitor visitor) {
            long[] sorted = Arrays.copyOf(grams, size());
            Arrays.sort(sorted);
            for (long gram : sorted) {
                visitor.visit(gram, masks[index.get(gram, -1)]);
            }
        }
    }
}
