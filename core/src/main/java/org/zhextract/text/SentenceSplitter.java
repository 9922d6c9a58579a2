package org.zhextract.text;

import java.util.ArrayList;
import java.util.List;
import org.zhextract.model.Sentence;

/**
 * Splits text into sentences at 。！？；… (and their ASCII forms) and at line ends. Closing
 * quotation marks and brackets right after a terminator stay with the sentence they close
 * (“……。” is one sentence), and a run of terminators (？！, ……) ends one sentence only.
 * Sentences never include surrounding whitespace, and blank lines yield none.
 *
 * <p>Stateless and thread-safe.
 */
public final class SentenceSplitter {

    private static final String TERMINATORS = "。！？；!?;…";
    private static final String CLOSERS = "”’」』）)】》\"'";

    public List<Sentence> split(DocumentText document) {
        String text = document.text();
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(document, start, i, sentences);
                start = ++i;
            } else if (TERMINATORS.indexOf(c) >= 0) {
                int end = i + 1;
                while (end < text.length() && TERMINATORS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                add(document, start, end, sentences);
                start = i = end;
            } else {
                i++;
            }
        }
        add(document, start, text.length(), sentences);
        return List.copyOf(sentences);
    }

    private static void add(DocumentText document, int from, int to, List<Sentence> out) {
        String text = document.text();
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        if (from < to) {
            out.add(new Sentence(document.toCodePoint(from), document.toCodePoint(to)));
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000';
    }
}
