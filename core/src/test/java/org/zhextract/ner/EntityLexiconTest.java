package org.zhextract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityLexiconTest {

    private static final int PERSON = 0;
    private static final int LOC = 1;
    private static final int ORG = 2;

    private final EntityLexicon lexicon = new EntityLexicon(List.of(
            new EntityLexicon.Entry("北京", LOC),
            new EntityLexicon.Entry("北京大学", ORG),
            new EntityLexicon.Entry("北京", LOC),
            new EntityLexicon.Entry("京", LOC),
            new EntityLexicon.Entry("ＩＢＭ", ORG)));

    @Test
    void marksLongestStartAndEndAndInsidePerType() {
        int[] codes = lexicon.match(normalized("在北京大学读书"));

        assertThat(code(codes, 1, LOC)).isEqualTo(2 << 4);          // 北: LOC of 2 starts
        assertThat(code(codes, 2, LOC)).isEqualTo(2 << 1);          // 京: LOC of 2 ends
        assertThat(code(codes, 1, ORG)).isEqualTo(4 << 4);          // 北: ORG of 4 starts
        assertThat(code(codes, 2, ORG)).isEqualTo(1);               // 京: inside the ORG
        assertThat(code(codes, 3, ORG)).isEqualTo(1);               // 大: inside the ORG
        assertThat(code(codes, 4, ORG)).isEqualTo(4 << 1);          // 学: ORG of 4 ends
        assertThat(code(codes, 0, LOC)).isZero();
        assertThat(code(codes, 1, PERSON)).isZero();
    }

    @Test
    void keepsDistinctNamesOfTwoOrMoreCharactersOnly() {
        assertThat(lexicon.entries()).extracting(EntityLexicon.Entry::name).containsExactly("北京", "北京大学", "ＩＢＭ");
    }

    @Test
    void matchesNormalizedCharacters() {
        int[] codes = lexicon.match(normalized("ibm公司"));

        assertThat(code(codes, 0, ORG)).isEqualTo(3 << 4);
    }

    @Test
    void emptyLexiconMatchesNothing() {
        assertThat(EntityLexicon.empty().match(normalized("北京"))).containsOnly(0);
    }

    private static int code(int[] codes, int position, int type) {
        return codes[position * EntityLexicon.MAX_TYPES + type];
    }

    private static int[] normalized(String text) {
        return text.codePoints().map(CharFeatures::normalize).toArray();
    }
}
