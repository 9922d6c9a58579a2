package org.zhextract.claim;

import java.util.ArrayList;
import java.util.List;

/**
 * The outermost quotations of a text, by char indices: {@code start} is the opening mark,
 * {@code end} is just past the closing mark (or the paragraph end when a quotation is left open,
 * as Chinese does for a quotation running over several paragraphs). Quotations never cross a
 * line break. Immutable.
 */
final class Quotations {

    private static final String OPENERS = "“「『";
    private static final String CLOSERS = "”」』";

    /** One quotation; {@code closed} tells whether {@code end - 1} is its closing mark. */
    record Quote(int start, int end, boolean closed) {
        int innerStart() {
            return start + 1;
        }

        int innerEnd() {
            return closed ? end - 1 : end;
        }
    }

    private final List<Quote> quotes;

    Quotations(String text) {
        List<Quote> found = new ArrayList<>();
        int depth = 0;
        int open = -1;
        boolean asciiOpen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '"' && (c < '\u201c' || c > '\u300f')) {
                continue;   // fast path: no quotation mark or line break here
            }
            if (c == '\n') {
                if (depth > 0 || asciiOpen) {
                    found.add(new Quote(open, i, false));
                }
                depth = 0;
                asciiOpen = false;
            } else if (OPENERS.indexOf(c) >= 0 && !asciiOpen && depth == 1 && mistypedCloser(text, i, open)) {
                depth = 0;   // …有何评论？“赵立坚则表示，“…”: an opening mark typed for the closing one
                found.add(new Quote(open, i + 1, true));
            } else if (OPENERS.indexOf(c) >= 0 && !asciiOpen) {
                if (depth++ == 0) {
                    open = i;
                }
            } else if (CLOSERS.indexOf(c) >= 0 && !asciiOpen) {
                if (depth > 0 && --depth == 0) {
                    found.add(new Quote(open, i + 1, true));
                }
            } else if (c == '"' && depth == 0) {
                if (asciiOpen) {
                    found.add(new Quote(open, i + 1, true));
                } else {
                    open = i;
                }
                asciiOpen = !asciiOpen;
            }
        }
        if (depth > 0 || asciiOpen) {
            found.add(new Quote(open, text.length(), false));
        }
        this.quotes = List.copyOf(found);
    }

    /**
     * An opening mark at {@code i}, the same as the one that opened the quotation at {@code open}, right after a
     * sentence end, with no closing mark after it on its line before another opening mark or the line end:
     * it closes the quotation (…有何评论？“赵立坚则表示，“…”; …就会秘密审判。“ at a paragraph end). A nested
     * quotation after a sentence end (“…。“一国两制”是…”) is closed by its own mark and stays nested.
     */
    private static boolean mistypedCloser(String text, int i, int open) {
        if (i == 0 || text.charAt(i) != text.charAt(open) || "。？！?!".indexOf(text.charAt(i - 1)) < 0) {
            return false;
        }
        for (int k = i + 1; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\n' || OPENERS.indexOf(c) >= 0) {
                return true;
            }
            if (CLOSERS.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The quotation whose marks or inside contain {@code index}, or null. */
    Quote around(int index) {
        int lo = 0;
        int hi = quotes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Quote q = quotes.get(mid);
            if (index < q.start()) {
                hi = mid - 1;
            } else if (index >= q.end()) {
                lo = mid + 1;
            } else {
                return q;
            }
        }
        return null;
    }

    /** The quotation starting exactly at {@code index}, or null. */
    Quote startingAt(int index) {
        Quote q = around(index);
        return q != null && q.start() == index ? q : null;
    }

    /** The quotation ending exactly at {@code index} (exclusive end), or null. */
    Quote endingAt(int index) {
        Quote q = index > 0 ? around(index - 1) : null;
        return q != null && q.end() == index ? q : null;
    }

    /** Quotations lying inside {@code [from, to)}. */
    List<Quote> within(int from, int to) {
        List<Quote> out = new ArrayList<>();
        for (Quote q : quotes) {
            if (q.start() >= from && q.end() <= to) {
                out.add(q);
            }
        }
        return out;
    }
}
