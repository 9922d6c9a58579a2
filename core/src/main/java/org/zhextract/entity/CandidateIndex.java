package org.zhextract.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.zhextract.model.Span;

/**
 * Candidates sorted by start, for finding the ones a span intersects without testing them all.
 * A page can hold tens of thousands of candidates, and testing every pair of them made a page of
 * a million characters take minutes. Immutable.
 */
final class CandidateIndex {

    private final Candidate[] byStart;
    private final int[] starts;
    private final int longest;

    CandidateIndex(Collection<Candidate> candidates) {
        this.byStart = candidates.toArray(new Candidate[0]);
        Arrays.sort(byStart, Comparator.comparingInt(c -> c.span().start()));
        this.starts = new int[byStart.length];
        int longestSpan = 0;
        for (int i = 0; i < byStart.length; i++) {
            starts[i] = byStart[i].span().start();
            longestSpan = Math.max(longestSpan, byStart[i].span().length());
        }
        this.longest = longestSpan;
    }

    /** The candidates whose span intersects {@code span}, in order of their start. */
    List<Candidate> intersecting(Span span) {
        List<Candidate> found = new ArrayList<>();
        // a candidate that starts more than the longest length before the span ends before it
        for (int i = firstStartingAtOrAfter(span.start() - longest + 1); i < byStart.length && starts[i] < span.end(); i++) {
            if (byStart[i].span().intersects(span)) {
                found.add(byStart[i]);
            }
        }
        return found;
    }

    private int firstStartingAtOrAfter(int position) {
        int low = 0;
        int high = starts.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (starts[middle] < position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
