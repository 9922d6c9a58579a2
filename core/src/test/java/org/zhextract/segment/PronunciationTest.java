package org.zhextract.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PronunciationTest {

    @Test
    void readsTonelessPinyinFromHanLp() {
        Pronunciation pronunciation = Pronunciation.hanLp();

        assertThat(pronunciation.syllable('京')).contains("jing");
        assertThat(pronunciation.syllable('金')).contains("jin");
        assertThat(pronunciation.syllable('A')).isEmpty();
    }
}
