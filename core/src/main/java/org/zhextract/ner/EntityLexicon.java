package org.zhextract.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Entity names known from training data (or a user list), matched in a sentence to give the
 * tagger features such as "a known organization of 6 characters starts here". Names are matched
 * on normalized characters ({@link CharFeatures#normalize}) through 64-bit rolling hashes, so
 * matching costs a few table probes per character. Immutable once built.
 */
final class EntityLexicon {

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 12;
    /** Only the first types get lexicon features; the feature layout has room for this many. */
    static final int MAX_TYPES = 3;

    private static final EntityLexicon EMPTY = new EntityLexicon(List.of());

    /** A name and the index of its type. */
    record Entry(String name, int type) {
        Entry {
            Objects.requireNonNull(name, "name");
        }
    }

    private final List<Entry> entries;
    private final LongIntTable typesOfHash;
    /**
     * A bit per hashed pair of first two characters of some name: most positions start no
     * name, and this lets matching skip them without probing the table for every length.
     */
    private final long[] startPairs = new long[1 << (PAIR_BITS - 6)];
    private static final int PAIR_BITS = 16;
    /**
     * Bit of a hash's value (beside the type bits) saying some longer name starts with this
     * prefix: matching stops extending a candidate as soon as no name continues it.
     */
    private static final int CONTINUES = 1 << MAX_TYPES;

    /** @param entries names of {@code MIN_LENGTH..MAX_LENGTH} code points; others are ignored */
    EntityLexicon(List<Entry> entries) {
        List<Entry> kept = new ArrayList<>();
        for (Entry e : entries) {
            int length = e.name().codePointCount(0, e.name().length());
            if (length >= MIN_LENGTH && length <= MAX_LENGTH && e.type() >= 0 && e.type() < MAX_TYPES) {
                kept.add(e);
            }
        }
        kept.sort(Comparator.comparingInt(Entry::type).thenComparing(Entry::name));
        List<Entry> distinct = new ArrayList<>();
        for (Entry e : kept) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(e)) {
                distinct.add(e);
            }
        }
        this.entries = List.copyOf(distinct);
        this.typesOfHash = new LongIntTable(Math.max(16, distinct.size()));
        for (Entry e : distinct) {
            int[] normalized = e.name().codePoints().map(CharFeatures::normalize).toArray();
            long prefix = 0;
            for (int k = 0; k < normalized.length; k++) {
                prefix = step(prefix, normalized[k]);
                if (k + 1 >= MIN_LENGTH) {
                    long hash = finish(prefix);
                    int bits = k + 1 == normalized.length ? 1 << e.type() : CONTINUES;
                    typesOfHash.put(hash, typesOfHash.get(hash, 0) | bits);
                }
            }
            int pair = pair(normalized[0], normalized[1]);
            startPairs[pair >>> 6] |= 1L << pair;
        }
    }

    static EntityLexicon empty() {
        return EMPTY;
    }

    /** The entries, sorted by type and name, without duplicates. */
    List<Entry> entries() {
        return entries;
    }

    int size() {
        return entries.size();
    }

    /**
     * Feature codes per position and type ({@code length × MAX_TYPES}): the length of the longest
     * name of that type starting at the position, the longest ending there (each capped at 7)
     * and whether a name covers it strictly inside, packed as {@code start << 4 | end << 1 | inside}.
     */
    int[] match(int[] normalized) {
        int n = normalized.length;
        int[] codes = new int[n * MAX_TYPES];
        if (entries.isEmpty()) {
            return codes;
        }
        int[] longestStart = new int[n * MAX_TYPES];
        int[] longestEnd = new int[n * MAX_TYPES];
        int[] insideUntil = new int[MAX_TYPES];
        for (int i = 0; i + 1 < n; i++) {
            int pair = pair(normalized[i], normalized[i + 1]);
            if ((startPairs[pair >>> 6] & 1L << pair) == 0) {
                continue;
            }
            long hash = 0;
            for (int j = i; j < n && j - i < MAX_LENGTH; j++) {
                hash = step(hash, normalized[j]);
                int length = j - i + 1;
                if (length < MIN_LENGTH) {
                    continue;
                }
                int found = typesOfHash.get(finish(hash), 0);
                int types = found & (CONTINUES - 1);
                for (int t = 0; types != 0 && t < MAX_TYPES; t++) {
                    if ((types & 1 << t) != 0) {
                        longestStart[i * MAX_TYPES + t] = length;
                        longestEnd[j * MAX_TYPES + t] = Math.max(longestEnd[j * MAX_TYPES + t], length);
                    }
                }
                if ((found & CONTINUES) == 0) {
                    break;
                }
            }
        }
        for (int t = 0; t < MAX_TYPES; t++) {
            insideUntil[t] = -1;
        }
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < MAX_TYPES; t++) {
                int index = i * MAX_TYPES + t;
                boolean inside = i < insideUntil[t] && longestStart[index] == 0 && longestEnd[index] == 0;
                codes[index] = Math.min(longestStart[index], 7) << 4 | Math.min(longestEnd[index], 7) << 1 | (inside ? 1 : 0);
                if (longestStart[index] > 0) {
                    insideUntil[t] = Math.max(insideUntil[t], i + longestStart[index] - 1);
                }
            }
        }
        return codes;
    }

    private static int pair(int first, int second) {
        return (first * 31 + second) & ((1 << PAIR_BITS) - 1);
    }

    private static long step(long hash, int c) {
        return (hash + c + 1) * 0x9E3779B97F4A7C15L;
    }

    private static long finish(long hash) {
        return (hash ^ (hash >>> 29)) & Long.MAX_VALUE;
    }
}
