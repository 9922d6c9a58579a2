package org.zhextract.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseScriptTest {

    @Test
    void readsTraditionalCharactersAsSimplified() {
        assertThat(ChineseScript.simplified("區諾軒")).isEqualTo("区诺轩");
        assertThat(ChineseScript.simplifiedName("臺灣")).isEqualTo("台湾");
        assertThat(ChineseScript.simplifiedName("区诺轩")).isEqualTo("区诺轩");
    }

    @Test
    void keepsSimplifiedNamesWithCharactersTheTableReadsOtherwise() {
        // 乾 is a word of its own in simplified news (HanLP's core dictionary): 王乾 is not 王干 written traditional
        assertThat(ChineseScript.isTraditionalSpelling("王乾", ChineseScript.simplified("王乾"))).isFalse();
        assertThat(ChineseScript.simplifiedName("王乾")).isEqualTo("王乾");
        assertThat(ChineseScript.isTraditionalSpelling("江啟臣", "江启臣")).isTrue();
        assertThat(ChineseScript.isTraditionalSpelling("江启臣", "江启臣")).isFalse();
    }
}
