package org.zhextract.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Exact-match span precision, recall and F1, per type and overall (the CoNLL convention: a
 * predicted span counts only when start, end and type all equal a gold span's).
 *
 * <p>Not thread-safe: one instance accumulates one evaluation.
 */
public final class SpanScore {

    private final Map<String, int[]> counts = new TreeMap<>();

    /** Adds one sentence's gold and predicted spans. */
    public void add(List<LabeledSentence.LabeledSpan> gold, List<LabeledSentence.LabeledSpan> predicted) {
        Set<LabeledSentence.LabeledSpan> goldSet = new HashSet<>(gold);
        for (LabeledSentence.LabeledSpan p : new HashSet<>(predicted)) {
            int[] c = counts.computeIfAbsent(p.type(), k -> new int[3]);
            if (goldSet.remove(p)) {
                c[0]++;
            } else {
                c[1]++;
            }
        }
        for (LabeledSentence.LabeledSpan missed : goldSet) {
            counts.computeIfAbsent(missed.type(), k -> new int[3])[2]++;
        }
    }

    public double precision() {
        int[] t = total();
        return t[0] + t[1] == 0 ? 0 : (double) t[0] / (t[0] + t[1]);
    }

    public double recall() {
        int[] t = total();
        return t[0] + t[2] == 0 ? 0 : (double) t[0] / (t[0] + t[2]);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** One line per type and a total line: P, R, F1 and the counts behind them. */
    public String report() {
        StringBuilder out = new StringBuilder();
        counts.forEach((type, c) -> out.append(row(type, c)).append('\n'));
        out.append(row("ALL", total()));
        return out.toString();
    }

    private int[] total() {
        int[] t = new int[3];
        for (int[] c : counts.values()) {
            t[0] += c[0];
            t[1] += c[1];
            t[2] += c[2];
        }
        return t;
    }

    private static String row(String type, int[] c) {
        double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return String.format(Locale.ROOT, "%-4s P %.4f  R %.4f  F1 %.4f  (tp %d fp %d fn %d)", type, p, r, f, c[0], c[1], c[2]);
    }
}
