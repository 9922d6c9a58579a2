package org.zhextract.eval;

import java.util.List;
import java.util.Objects;

/** A sentence with its gold entity spans (char offsets into {@code text}, end exclusive). */
public record LabeledSentence(String text, List<LabeledSpan> spans) {

    public LabeledSentence {
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
        for (LabeledSpan s : spans) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("span " + s + " outside a sentence of " + text.length() + " chars");
            }
        }
    }

    /** An entity span with its benchmark type, normalized to {@code PER}, {@code LOC} or {@code ORG}. */
    public record LabeledSpan(int start, int end, String type) {

        public LabeledSpan {
            Objects.requireNonNull(type, "type");
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
            }
        }
    }
}
