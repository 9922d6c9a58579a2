package org.zhextract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AbbreviationSourceTest {

    private static final EntityRecognizer WITH_ABBREVIATIONS =
            new EntityRecognizer(EntityStage.LEXICON, List.of(new AbbreviationSource()));

    @Test
    void tagsOneCharacterAbbreviationsOnlyWhenAskedTo() {
        String text = "中美关系和印巴两国的局势，他曾多次访华。";

        assertThat(EntityStage.recognize(text)).extracting(EntityMention::text).doesNotContain("中", "美", "华");
        assertThat(EntityStage.recognize(WITH_ABBREVIATIONS, text)).extracting(m -> m.type() + ":" + m.text())
                .contains("LOC:中", "LOC:美", "LOC:印", "LOC:巴", "LOC:华");
    }

    @Test
    void leavesOrdinaryWordsAlone() {
        assertThat(EntityStage.recognize(WITH_ABBREVIATIONS, "中间的美好时光在这里。"))
                .extracting(EntityMention::text).doesNotContain("中", "美");
    }
}
