package org.zhextract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zhextract.model.EntityType;
import org.zhextract.model.Span;

class CandidateIndexTest {

    /** The index must find exactly what testing every candidate finds, for spans of any length and overlap. */
    @Test
    void findsExactlyTheCandidatesASpanIntersects() {
        Random random = new Random(7);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int start = random.nextInt(1_000);
            int length = random.nextInt(10) == 0 ? 1 + random.nextInt(60) : 1 + random.nextInt(4);
            candidates.add(Candidate.of(EntityType.PERSON, start, start + length, Candidate.Origin.ROLE));
        }
        CandidateIndex index = new CandidateIndex(candidates);

        for (int q = 0; q < 2_000; q++) {
            int start = random.nextInt(1_100);
            Span span = new Span(start, start + 1 + random.nextInt(20));
            List<Candidate> expected = candidates.stream().filter(c -> c.span().intersects(span)).toList();
            assertThat(index.intersecting(span)).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void anEmptyIndexFindsNothing() {
        assertThat(new CandidateIndex(List.of()).intersecting(new Span(0, 5))).isEmpty();
    }
}
