package org.zhextract.ner;

import java.util.Arrays;
import java.util.List;
import org.zhextract.model.Token;

/**
 * What a word segmenter says about each character, as extra evidence for a {@link NerModel}
 * trained with it: the character's place in its word (begin, middle, end, single) and a coarse
 * class of the word's part of speech (person, transliterated person, place, organization, other
 * proper noun, noun, verb, …). With HanLP's role tags as the part of speech this carries HanLP's
 * own name recognition and its dictionaries into the model as features, which the model weighs
 * against the characters (the tagger still decides, so a name HanLP splits can come out whole).
 *
 * <p>Codes are below {@link #LIMIT}; a model must be given hints from the same segmenter it was
 * trained with.
 */
public final class WordHints {

    /** Every code is below this. */
    static final int LIMIT = 64;
    /** Code of a character no token covers (whitespace the segmenter skipped): class 0. */
    static final int UNCOVERED = 0;
    /** Code of the padding beyond a sentence's ends: class 0 too, which no token has. */
    static final int BOUNDARY = 1;

    private static final int BEGIN = 0;
    private static final int MIDDLE = 1;
    private static final int END = 2;
    private static final int SINGLE = 3;

    private WordHints() {
    }

    /**
     * Hints for the {@code length} code points of a sentence starting at code point
     * {@code sentenceStart} of the text {@code tokens} were cut from (token offsets are code
     * points into that text; tokens outside the sentence are ignored).
     */
    public static int[] of(int length, List<Token> tokens, int sentenceStart) {
        int[] hints = new int[length];
        Arrays.fill(hints, UNCOVERED);
        for (Token token : tokens) {
            int start = token.start() - sentenceStart;
            int end = token.end() - sentenceStart;
            if (end <= 0 || start >= length) {
                continue;
            }
            int posClass = posClass(token.pos());
            for (int i = Math.max(0, start); i < Math.min(length, end); i++) {
                int place = end - start == 1 ? SINGLE : i == start ? BEGIN : i == end - 1 ? END : MIDDLE;
                hints[i] = posClass << 2 | place;
            }
        }
        return hints;
    }

    /** Classes 1-15 (0 is left for {@link #UNCOVERED} and {@link #BOUNDARY}), so a code stays below {@link #LIMIT}. */
    static int posClass(String pos) {
        if (pos.equals("nrf")) {
            return 2;
        }
        if (pos.startsWith("nr")) {
            return 1;
        }
        if (pos.startsWith("ns")) {
            return 3;
        }
        if (pos.startsWith("nt")) {
            return 4;
        }
        if (pos.startsWith("nz") || pos.equals("nx")) {
            return 5;
        }
        if (pos.startsWith("n")) {
            return 6;
        }
        if (pos.startsWith("v")) {
            return 7;
        }
        if (pos.startsWith("a") || pos.startsWith("b")) {
            return 8;
        }
        if (pos.startsWith("m") || pos.startsWith("q")) {
            return 9;
        }
        if (pos.startsWith("t")) {
            return 10;
        }
        if (pos.startsWith("f") || pos.startsWith("s")) {
            return 11;
        }
        if (pos.startsWith("w")) {
            return 13;
        }
        if (pos.startsWith("p") || pos.startsWith("c") || pos.startsWith("u") || pos.startsWith("d")
                || pos.startsWith("r") || pos.startsWith("e") || pos.startsWith("y") || pos.startsWith("o")) {
            return 12;
        }
        if (pos.startsWith("x")) {
            return 14;
        }
        return 15;
    }
}
