package org.zhextract.segment;

import java.util.Optional;

/**
 * How a Chinese character is read, for matching names that are spelled differently but sound
 * alike (普金 and 普京). Implementations are immutable and thread-safe.
 */
public interface Pronunciation {

    /** The toneless pinyin syllable of a character ({@code 京 → jing}), or empty when unknown. */
    Optional<String> syllable(int codePoint);

    /** Readings from HanLP's pinyin dictionary (loaded on first use, shared read-only). */
    static Pronunciation hanLp() {
        return new HanLpPronunciation();
    }
}
