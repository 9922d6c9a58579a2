package org.zhextract.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhextract.model.Token;
import org.zhextract.text.DocumentText;
import org.zhextract.text.SentenceSplitter;

class SegmenterTest {

    private static final Segmenter SEGMENTER = new Segmenter();

    @Test
    void tokensCarryCodePointOffsetsAndRoles() {
        DocumentText text = new DocumentText("𠮷𠮷。俄罗斯总统普京抵达北京。");
        List<Token> tokens = SEGMENTER.segment(text, new SentenceSplitter().split(text));

        for (Token t : tokens) {
            assertThat(text.slice(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(tokens).filteredOn(t -> t.text().equals("普京"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.start()).isEqualTo(8);
                    assertThat(t.pos()).startsWith("nr");
                });
        assertThat(tokens).filteredOn(t -> t.text().equals("北京"))
                .singleElement().satisfies(t -> assertThat(t.pos()).startsWith("ns"));
    }

    @Test
    void aRareCharacterEndingAPersonsNameStaysInTheName() {
        // HanLP tags characters its dictionary lacks (廸) as punctuation, cutting 朱凯廸 to 朱凯
        DocumentText text = new DocumentText("香港立法会议员朱凯廸形容，这是抗命。他说，“，”是标点。");
        List<Token> tokens = SEGMENTER.segment(text, new SentenceSplitter().split(text));

        assertThat(tokens).filteredOn(t -> t.text().equals("朱凯廸"))
                .singleElement().satisfies(t -> assertThat(t.pos()).isEqualTo("nr"));
        assertThat(tokens).extracting(Token::text).contains("，", "“", "”");

        DocumentText traditional = new DocumentText("他們就被施以國安法。");
        assertThat(SEGMENTER.segment(traditional, new SentenceSplitter().split(traditional)))
                .extracting(Token::text).doesNotContain("施以國");
    }

    @Test
    void aRunOnSentenceIsSegmentedInPiecesThatCoverIt() {
        // no sentence end in 6,000 characters: HanLP gets it in pieces, cut after punctuation where there is some
        String clause = "俄罗斯总统普京抵达北京与中国国家主席习近平举行会谈，";
        String runOn = clause.repeat(240);
        DocumentText text = new DocumentText(runOn);
        List<Token> tokens = SEGMENTER.segment(text, new SentenceSplitter().split(text));

        assertThat(tokens).extracting(Token::text).containsSequence("普京", "抵达", "北京");
        assertThat(String.join("", tokens.stream().map(Token::text).toList())).isEqualTo(runOn);
        for (int k = 1; k < tokens.size(); k++) {
            assertThat(tokens.get(k).start()).isEqualTo(tokens.get(k - 1).end());
        }
        assertThat(tokens).filteredOn(t -> t.text().equals("普京")).hasSize(240);
    }

    @Test
    void aPieceEndsAfterTheLastPunctuationInItsSecondHalfOrIsCutHard() {
        String shortSentence = "普京抵达北京。";
        assertThat(Segmenter.pieceEnd(shortSentence, 0, shortSentence.length())).isEqualTo(shortSentence.length());

        String punctuated = "北".repeat(700) + "，" + "京".repeat(700);
        assertThat(Segmenter.pieceEnd(punctuated, 0, punctuated.length())).isEqualTo(701);

        String early = "北".repeat(100) + "，" + "京".repeat(1_300);
        assertThat(Segmenter.pieceEnd(early, 0, early.length())).isEqualTo(Segmenter.LONGEST_PIECE);

        String astral = "北".repeat(Segmenter.LONGEST_PIECE - 1) + "𠮷".repeat(10);
        assertThat(Segmenter.pieceEnd(astral, 0, astral.length())).isEqualTo(Segmenter.LONGEST_PIECE - 1);
    }
}
