package org.zhextract.ner;

/**
 * Best tag sequence under emission and transition scores, searching only sequences the
 * {@link TagScheme} allows. Stateless; arrays are allocated per call so one instance serves
 * many threads.
 */
final class ViterbiDecoder {

    private final TagScheme scheme;

    ViterbiDecoder(TagScheme scheme) {
        this.scheme = scheme;
    }

    /**
     * @param emissions   {@code length × tagCount} scores, row-major
     * @param transitions {@code (tagCount + 1)²} scores from row tag to column tag; index
     *                    {@code tagCount} is the sentence boundary (start as row, end as column)
     */
    int[] decode(float[] emissions, int length, float[] transitions) {
        int tags = scheme.tagCount();
        int stride = tags + 1;
        int boundary = scheme.boundary();
        int[] best = new int[length];
        if (length == 0) {
            return best;
        }
        float[] score = new float[length * tags];
        int[] back = new int[length * tags];
        for (int tag = 0; tag < tags; tag++) {
            score[tag] = scheme.allowed(boundary, tag)
                    ? transitions[boundary * stride + tag] + emissions[tag]
                    : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < length; i++) {
            int row = i * tags;
            int previousRow = row - tags;
            for (int tag = 0; tag < tags; tag++) {
                float bestScore = Float.NEGATIVE_INFINITY;
                int bestPrevious = 0;
                for (int previous : scheme.allowedPrevious(tag)) {
                    if (previous == boundary) {
                        continue;
                    }
                    float s = score[previousRow + previous] + transitions[previous * stride + tag];
                    if (s > bestScore) {
                        bestScore = s;
                        bestPrevious = previous;
                    }
                }
                score[row + tag] = bestScore + emissions[row + tag];
                back[row + tag] = bestPrevious;
            }
        }
        int lastRow = (length - 1) * tags;
        float bestScore = Float.NEGATIVE_INFINITY;
        int bestLast = TagScheme.OUTSIDE;
        for (int tag = 0; tag < tags; tag++) {
            if (!scheme.allowedLast(tag)) {
                continue;
            }
            float s = score[lastRow + tag] + transitions[tag * stride + boundary];
            if (s > bestScore) {
                bestScore = s;
                bestLast = tag;
            }
        }
        best[length - 1] = bestLast;
        for (int i = length - 1; i > 0; i--) {
            best[i - 1] = back[i * tags + best[i]];
        }
        return best;
    }
}
