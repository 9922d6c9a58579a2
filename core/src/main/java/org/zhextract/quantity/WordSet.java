package org.zhextract.quantity;

import java.util.BitSet;
import java.util.Set;

/** A set of words with longest-match lookup at a position, in time bounded by the longest word. */
final class WordSet {

    private final Set<String> words;
    private final int longest;
    /** First and last chars of the words: most positions are rejected without building a substring. */
    private final BitSet firstChars = new BitSet();
    private final BitSet lastChars = new BitSet();

    WordSet(Set<String> words) {
        this.words = Set.copyOf(words);
        this.longest = words.stream().mapToInt(String::length).max().orElse(0);
        for (String w : this.words) {
            if (!w.isEmpty()) {
                firstChars.set(w.charAt(0));
                lastChars.set(w.charAt(w.length() - 1));
            }
        }
    }

    /** The length of the longest word starting at char index {@code i}, or 0. */
    int longestAt(String text, int i) {
        if (i >= text.length() || !firstChars.get(text.charAt(i))) {
            return 0;
        }
        for (int len = Math.min(longest, text.length() - i); len > 0; len--) {
            if (words.contains(text.substring(i, i + len))) {
                return len;
            }
        }
        return 0;
    }

    /** The length of the longest word ending at char index {@code end} (exclusive), or 0. */
    int longestEndingAt(String text, int end) {
        if (end > 0 && end <= text.length() && !lastChars.get(text.charAt(end - 1))) {
            return 0;
        }
        for (int len = Math.min(longest, end); len > 0; len--) {
            if (words.contains(text.substring(end - len, end))) {
                return len;
            }
        }
        return 0;
    }
}
