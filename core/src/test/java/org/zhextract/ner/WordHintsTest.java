package org.zhextract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhextract.model.Token;

class WordHintsTest {

    @Test
    void givesEachCharacterItsPlaceInItsWordAndTheWordsClass() {
        // 普京/nr 在/p 北京/ns 发言/v ，/w at code points 10.. of some text
        List<Token> tokens = List.of(
                new Token("普京", 10, 12, "nr"), new Token("在", 12, 13, "p"),
                new Token("北京市", 13, 16, "ns"), new Token("，", 16, 17, "w"));

        int[] hints = WordHints.of(7, tokens, 10);

        int nr = WordHints.posClass("nr");
        int ns = WordHints.posClass("ns");
        assertThat(hints).containsExactly(
                nr << 2, nr << 2 | 2,                  // 普 begins, 京 ends a person
                WordHints.posClass("p") << 2 | 3,      // 在 is a word alone
                ns << 2, ns << 2 | 1, ns << 2 | 2,     // 北 begins, 京 inside, 市 ends a place
                WordHints.posClass("w") << 2 | 3);
    }

    @Test
    void leavesCharactersNoTokenCoversUncoveredAndIgnoresTokensOutsideTheSentence() {
        List<Token> tokens = List.of(new Token("前文", 0, 2, "n"), new Token("中国", 3, 5, "ns"),
                new Token("后文", 5, 7, "n"));

        int[] hints = WordHints.of(3, tokens, 2);

        assertThat(hints).containsExactly(WordHints.UNCOVERED,
                WordHints.posClass("ns") << 2, WordHints.posClass("ns") << 2 | 2);
    }

    @Test
    void keepsPersonsTransliterationsPlacesAndOrganizationsApartAndEveryCodeInRange() {
        List<String> tags = List.of("nr", "nrf", "ns", "nt", "nz", "n", "v", "a", "m", "t", "f", "w", "p", "x", "??");
        assertThat(tags.stream().map(WordHints::posClass).distinct()).hasSize(tags.size());
        for (String tag : tags) {
            assertThat(WordHints.posClass(tag) << 2).isGreaterThan(WordHints.BOUNDARY);
            assertThat(WordHints.posClass(tag) << 2 | 3).isLessThan(WordHints.LIMIT);
        }
    }
}
