package org.zhextract.ner;

/**
 * An open-addressing map from non-negative {@code long} keys to {@code int} values, without
 * boxing. Grows while filled; once filled and published (for example through a final field) it
 * may be read by many threads.
 */
final class LongIntTable {

    private static final long EMPTY = -1L;

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        java.util.Arrays.fill(keys, EMPTY);
        mask = capacity - 1;
    }

    int size() {
        return size;
    }

    /** The value of {@code key}, or {@code missing}. */
    int get(long key, int missing) {
        int slot = slot(key);
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return values[slot];
            }
            if (k == EMPTY) {
                return missing;
            }
            slot = (slot + 1) & mask;
        }
    }

    void put(long key, int value) {
        if (key < 0) {
            throw new IllegalArgumentException("negative key " + key);
        }
        int slot = slot(key);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            size++;
        }
        values[slot] = value;
        if (size * 2 > keys.length) {
            grow();
        }
    }

    /** Adds one to the value of {@code key} (absent keys count from zero). */
    void increment(long key) {
        put(key, get(key, 0) + 1);
    }

    /** The keys whose value is at least {@code minimum}, in ascending order. */
    long[] keysWithValueAtLeast(int minimum) {
        long[] out = new long[size];
        int n = 0;
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != EMPTY && values[slot] >= minimum) {
                out[n++] = keys[slot];
            }
        }
        long[] result = java.util.Arrays.copyOf(out, n);
        java.util.Arrays.sort(result);
        return result;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        java.util.Arrays.fill(keys, EMPTY);
        mask = keys.length - 1;
        size = 0;
        for (int slot = 0; slot < oldKeys.length; slot++) {
            if (oldKeys[slot] != EMPTY) {
                put(oldKeys[slot], oldValues[slot]);
            }
        }
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47)) & mask;
    }
}
