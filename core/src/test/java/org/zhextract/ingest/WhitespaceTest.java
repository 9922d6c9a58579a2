package org.zhextract.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class WhitespaceTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(files = "../testdata/cases/ingest-whitespace.tsv", delimiter = '\t', encoding = "UTF-8",
            ignoreLeadingAndTrailingWhitespace = false)
    void collapsesSegmentBreaksBetweenChineseCharactersOnly(String source, String expected) {
        assertThat(Whitespace.collapse(source.replace("\\n", "\n"))).isEqualTo(expected.strip());
    }

    @org.junit.jupiter.api.Test
    void dropsInvisibleControlCharacters() {
        assertThat(Whitespace.collapse("普京\u0000抵达\u001b北京\u0085。")).isEqualTo("普京抵达北京。");
        assertThat(Whitespace.collapse("a\tb")).isEqualTo("a b");
    }
}
