package org.zhextract.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhextract.ner.TagSchemeTest.tag;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhextract.model.EntityType;

class ViterbiDecoderTest {

    private static final TagScheme SCHEME = new TagScheme(List.of(EntityType.PERSON, EntityType.LOC, EntityType.ORG));
    private static final int TAGS = SCHEME.tagCount();
    private final ViterbiDecoder decoder = new ViterbiDecoder(SCHEME);
    private final float[] noTransitions = new float[(TAGS + 1) * (TAGS + 1)];

    @Test
    void followsEmissionsWhenTheyFormAValidSequence() {
        float[] emissions = favour("B-PERSON", "E-PERSON", "O", "S-LOC");

        assertThat(decoder.decode(emissions, 4, noTransitions))
                .containsExactly(tag("B-PERSON"), tag("E-PERSON"), tag("O"), tag("S-LOC"));
    }

    @Test
    void neverContinuesAnEntityThatWasNotBegun() {
        float[] emissions = favour("O", "I-PERSON", "E-PERSON");

        int[] tags = decoder.decode(emissions, 3, noTransitions);

        assertValid(tags);
        assertThat(tags[1]).isNotEqualTo(tag("I-PERSON"));
    }

    @Test
    void neverSwitchesTypeInsideAnEntity() {
        float[] emissions = favour("B-ORG", "I-LOC", "E-ORG");

        int[] tags = decoder.decode(emissions, 3, noTransitions);

        assertValid(tags);
        assertThat(tags).containsExactly(tag("B-ORG"), tag("I-ORG"), tag("E-ORG"));
    }

    @Test
    void neverEndsTheSentenceInsideAnEntity() {
        float[] emissions = favour("O", "B-LOC");

        int[] tags = decoder.decode(emissions, 2, noTransitions);

        assertValid(tags);
        assertThat(tags[1]).isNotEqualTo(tag("B-LOC"));
    }

    @Test
    void transitionScoresCanOutweighEmissions() {
        float[] emissions = favour("S-PERSON", "S-PERSON");
        float[] transitions = noTransitions.clone();
        transitions[tag("S-PERSON") * (TAGS + 1) + tag("S-PERSON")] = -100;

        int[] tags = decoder.decode(emissions, 2, transitions);

        assertThat(tags[0] == tag("S-PERSON") && tags[1] == tag("S-PERSON")).isFalse();
    }

    @Test
    void decodesTheEmptySentence() {
        assertThat(decoder.decode(new float[0], 0, noTransitions)).isEmpty();
    }

    /** Emissions giving each position's named tag 10 and every other tag 0. */
    private static float[] favour(String... names) {
        float[] emissions = new float[names.length * TAGS];
        for (int i = 0; i < names.length; i++) {
            emissions[i * TAGS + tag(names[i])] = 10;
        }
        return emissions;
    }

    private static void assertValid(int[] tags) {
        int previous = SCHEME.boundary();
        for (int t : tags) {
            assertThat(SCHEME.allowed(previous, t)).as("%s after %s", SCHEME.name(t), previous).isTrue();
            previous = t;
        }
        assertThat(SCHEME.allowedLast(previous)).isTrue();
    }
}
