package org.zhextract.text;

import java.util.Collection;
import java.util.function.IntPredicate;

/**
 * Whether a match lies inside a longer word that gives its characters another meaning: the 会 ("will") of 记者会, the 价
 * of 评价 (no price), the 将 of 将军. The time and quantity stages each keep lists of such words and ask the same
 * question of them.
 */
public final class HoldingWords {

    private HoldingWords() {
    }

    /** Whether {@code text[at, end)} is part of an occurrence in {@code text} of one of {@code words}. */
    public static boolean inside(String text, int at, int end, Collection<String> words) {
        for (String word : words) {
            if (inside(text, at, end, word, start -> true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text[at, end)} is part of an occurrence in {@code text} of {@code word} whose start
     * {@code acceptStart} accepts (a noun read as the noun only where it stands as one).
     */
    public static boolean inside(String text, int at, int end, String word, IntPredicate acceptStart) {
        String part = text.substring(at, end);
        for (int k = word.indexOf(part); k >= 0; k = word.indexOf(part, k + 1)) {
            if (at - k >= 0 && text.startsWith(word, at - k) && acceptStart.test(at - k)) {
                return true;
            }
        }
        return false;
    }
}
