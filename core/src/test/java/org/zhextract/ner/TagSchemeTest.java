package org.zhextract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.api.Test;
import org.zhextract.model.EntityType;

class TagSchemeTest {

    private static final TagScheme SCHEME = new TagScheme(List.of(EntityType.PERSON, EntityType.LOC, EntityType.ORG));

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvFileSource(files = "../testdata/cases/ner/tag-transitions.csv", numLinesToSkip = 2)
    void allowsOnlyWellFormedBioesTransitions(String previous, String next, boolean allowed) {
        assertThat(SCHEME.allowed(tag(previous), tag(next))).isEqualTo(allowed);
    }

    @Test
    void sentenceMayNotEndInsideAnEntity() {
        assertThat(SCHEME.allowedLast(tag("B-PERSON"))).isFalse();
        assertThat(SCHEME.allowedLast(tag("I-ORG"))).isFalse();
        assertThat(SCHEME.allowedLast(tag("E-ORG"))).isTrue();
        assertThat(SCHEME.allowedLast(tag("S-LOC"))).isTrue();
        assertThat(SCHEME.allowedLast(tag("O"))).isTrue();
    }

    @Test
    void encodesSpansAndDecodesThemBack() {
        int[][] spans = {{0, 2, 0}, {3, 4, 1}, {5, 8, 2}};

        int[] tags = SCHEME.encode(9, spans);

        assertThat(tags).containsExactly(tag("B-PERSON"), tag("E-PERSON"), tag("O"), tag("S-LOC"), tag("O"),
                tag("B-ORG"), tag("I-ORG"), tag("E-ORG"), tag("O"));
        assertThat(SCHEME.decode(tags)).containsExactly(new int[] {0, 2, 0}, new int[] {3, 4, 1}, new int[] {5, 8, 2});
    }

    @Test
    void keepsTheFirstOfOverlappingGoldSpans() {
        int[] tags = SCHEME.encode(4, new int[][] {{0, 3, 2}, {1, 2, 1}});

        assertThat(SCHEME.decode(tags)).containsExactly(new int[] {0, 3, 2});
    }

    static int tag(String name) {
        if (name.equals("START")) {
            return SCHEME.boundary();
        }
        for (int t = 0; t < SCHEME.tagCount(); t++) {
            if (SCHEME.name(t).equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
