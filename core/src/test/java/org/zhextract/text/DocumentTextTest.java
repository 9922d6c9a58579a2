package org.zhextract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhextract.model.Span;

class DocumentTextTest {

    @Test
    void mapsCharIndicesToCodePointsAroundSurrogatePairs() {
        DocumentText text = new DocumentText("a𠮷b𠮷");

        assertThat(text.length()).isEqualTo(4);
        assertThat(text.toCodePoint(3)).isEqualTo(2);
        assertThat(text.toCharIndex(2)).isEqualTo(3);
        assertThat(text.toCharIndex(4)).isEqualTo(6);
        assertThat(text.slice(new Span(1, 3))).isEqualTo("𠮷b");
        assertThat(text.spanOfChars(1, 4)).isEqualTo(new Span(1, 3));
    }

    @Test
    void isIdentityForBasicPlaneText() {
        DocumentText text = new DocumentText("普京与习近平");
        assertThat(text.toCodePoint(3)).isEqualTo(3);
        assertThat(text.slice(3, 6)).isEqualTo("习近平");
    }
}
