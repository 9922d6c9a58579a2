package org.zhextract.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhextract.model.EntityType;

class LexiconTest {

    @Test
    void parsesDictionaryLinesWithTypesAndAliases() {
        LexiconEntry nato = LexiconEntry.parse("北大西洋公约组织\tORG\t北约\tNATO");
        assertThat(nato.name()).isEqualTo("北大西洋公约组织");
        assertThat(nato.type()).contains(EntityType.ORG);
        assertThat(nato.aliases()).containsExactly("北约", "NATO");
        assertThat(LexiconEntry.parse("两国\tnone").type()).isEmpty();
        assertThat(LexiconEntry.parse("张三\tPER").type()).contains(EntityType.PERSON);
        assertThatThrownBy(() -> LexiconEntry.parse("只有名字")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trieFindsTheLongestPhraseForwardsAndBackwards() {
        Map<String, String> phrases = Map.of("北京", "a", "北京冬奥会", "b", "冬奥会", "c");
        PhraseTrie<String> forwards = PhraseTrie.forwards(phrases);
        PhraseTrie<String> backwards = PhraseTrie.backwards(phrases);
        String text = "在北京冬奥会开幕";

        assertThat(forwards.longestAt(text, 1)).get().extracting(PhraseTrie.Match::value).isEqualTo("b");
        assertThat(forwards.longestAt(text, 0)).isEmpty();
        assertThat(backwards.longestEndingAt(text, 6, 0)).get().extracting(PhraseTrie.Match::start).isEqualTo(1);
        assertThat(backwards.longestEndingAt(text, 6, 3)).get().extracting(PhraseTrie.Match::value).isEqualTo("c");
        assertThat(backwards.allEndingAt(text, 6)).extracting(PhraseTrie.Match::value).containsExactly("c", "b");
    }

    @Test
    void builtInListsAreLoaded() {
        EntityLexicon lexicon = EntityStage.LEXICON;
        assertThat(lexicon.surface("澳洲")).get().extracting(s -> s.entry().name()).isEqualTo("澳大利亚");
        assertThat(lexicon.surface("北约")).get().extracting(s -> s.entry().type()).isEqualTo(java.util.Optional.of(EntityType.ORG));
        assertThat(lexicon.isTransliterationChar('斯')).isTrue();
        assertThat(lexicon.isTransliterationChar('说')).isFalse();
        assertThat(lexicon.isSurname("欧阳")).isTrue();
        assertThat(lexicon.isSurname("习")).isTrue();
        assertThat(lexicon.isFunctionChar('在')).isTrue();
        assertThat(lexicon.isGeneric("外国")).isTrue();
        assertThat(lexicon.surface("澳")).isEmpty(); // one-character short forms are never matched
    }
}
