package org.zhextract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishMonthsTest {

    @Test
    void numbersAMonthByTheFirstThreeLettersOfItsNameInAnyCase() {
        assertThat(EnglishMonths.number("January")).isEqualTo(1);
        assertThat(EnglishMonths.number("Sept.")).isEqualTo(9);
        assertThat(EnglishMonths.number("oct")).isEqualTo(10);
        assertThat(EnglishMonths.number("DECEMBER")).isEqualTo(12);
        assertThat(EnglishMonths.number("Ma")).isZero();
        assertThat(EnglishMonths.number("Monday")).isZero();
    }

    @Test
    void spellsTheAlternationsTheDateReadersUse() {
        assertThat(EnglishMonths.lowerCaseAbbreviations()).isEqualTo("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec");
        assertThat(EnglishMonths.namesAndAbbreviations()).isEqualTo(
                "January|February|March|April|May|June|July|August|September|October|November|December"
                + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?");
    }
}
