package org.zhextract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class ChineseNumberTest {

    /** testdata/cases/chinese-numbers.tsv: a numeral and its value, or "-" when it is none. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvFileSource(files = "../testdata/cases/chinese-numbers.tsv", delimiter = '\t', numLinesToSkip = 1,
            nullValues = "-")
    void parsesNumeral(String numeral, String expected) {
        if (expected == null) {
            assertThat(ChineseNumber.parse(numeral)).isEmpty();
            return;
        }
        double want = Double.parseDouble(expected);
        assertThat(ChineseNumber.parse(numeral)).isPresent();
        assertThat(ChineseNumber.parse(numeral).getAsDouble()).isCloseTo(want, within(Math.max(Math.abs(want), 1) * 1e-9));
    }
}
