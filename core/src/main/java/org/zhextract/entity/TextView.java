package org.zhextract.entity;

import java.util.Arrays;
import java.util.List;
import org.zhextract.model.Token;
import org.zhextract.text.DocumentText;

/**
 * A document's text with its tokens indexed by Java char position, so rules can move across the
 * text character by character and still ask where words begin and end. One per document.
 */
final class TextView {

    final DocumentText document;
    final String text;
    final List<Token> tokens;
    private final int[] tokenStartingAt;
    private final int[] tokenEndingAt;
    private final int[] tokenCovering;
    private final int[] charStart;
    private final int[] charEnd;

    TextView(DocumentText document, List<Token> tokens) {
        this.document = document;
        this.text = document.text();
        this.tokens = tokens;
        int n = text.length();
        tokenStartingAt = new int[n + 1];
        tokenEndingAt = new int[n + 1];
        tokenCovering = new int[n + 1];
        Arrays.fill(tokenStartingAt, -1);
        Arrays.fill(tokenEndingAt, -1);
        Arrays.fill(tokenCovering, -1);
        charStart = new int[tokens.size()];
        charEnd = new int[tokens.size()];
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            int from = document.toCharIndex(t.start());
            int to = document.toCharIndex(t.end());
            charStart[k] = from;
            charEnd[k] = to;
            tokenStartingAt[from] = k;
            tokenEndingAt[to] = k;
            for (int i = from; i < to; i++) {
                tokenCovering[i] = k;
            }
        }
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    /** True where a token starts, or where no token covers the char (whitespace, text edges). */
    boolean isWordStart(int i) {
        return i <= 0 || i >= text.length() || tokenStartingAt[i] >= 0 || tokenCovering[i] < 0;
    }

    /** True where a token ends, or at an uncovered position. */
    boolean isWordEnd(int i) {
        return i <= 0 || i >= text.length() || tokenEndingAt[i] >= 0 || tokenCovering[i - 1] < 0;
    }

    /** Index of the token covering char {@code i}, or -1. */
    int tokenAt(int i) {
        return i < 0 || i >= text.length() ? -1 : tokenCovering[i];
    }

    /** Index of the token ending right at char {@code i}, or -1. */
    int tokenEndingAt(int i) {
        return i < 0 || i > text.length() ? -1 : tokenEndingAt[i];
    }

    /** Index of the token starting at char {@code i}, or -1. */
    int tokenStartingAt(int i) {
        return i < 0 || i > text.length() ? -1 : tokenStartingAt[i];
    }

    String pos(int token) {
        return token < 0 ? "" : tokens.get(token).pos();
    }

    int start(int token) {
        return charStart[token];
    }

    int end(int token) {
        return charEnd[token];
    }

    String slice(int from, int to) {
        return text.substring(from, to);
    }

    /** A candidate over chars {@code [from, to)}, converted to code points. */
    Candidate candidate(org.zhextract.model.EntityType type, int from, int to, Candidate.Origin origin) {
        return Candidate.of(type, document.toCodePoint(from), document.toCodePoint(to), origin);
    }
}
