package org.zhextract.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class DatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(files = "../testdata/cases/ingest-date-lines.tsv", delimiter = '\t', encoding = "UTF-8")
    void recognisesDateLinesAndTheDateTheyState(String line, String expected) {
        boolean dateLine = Dates.isDateLine(line);
        Optional<LocalDate> date = Dates.firstFullDate(line);

        if (expected.equals("-")) {
            assertThat(dateLine && date.isPresent()).as("a date line with a real date").isFalse();
        } else {
            assertThat(dateLine).as("is a date line").isTrue();
            assertThat(date).contains(LocalDate.parse(expected));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(files = "../testdata/cases/ingest-datelines.tsv", delimiter = '\t', encoding = "UTF-8")
    void completesDayOnlyDatelinesFromTheNearestFullDate(String line, String reference, String expected) {
        Optional<LocalDate> date = Dates.partialDateline(line, LocalDate.parse(reference));

        if (expected.equals("-")) {
            assertThat(date).isEmpty();
        } else {
            assertThat(date).contains(LocalDate.parse(expected));
        }
    }

    @Test
    void findsDatesInUrlsAndFileNames() {
        assertThat(Dates.inPath("https://www.epochtimes.com/gb/22/2/4/n13555352.htm")).contains(LocalDate.of(2022, 2, 4));
        assertThat(Dates.inPath("https://cn.nytimes.com/morning-brief/20200720/china-uighurs/")).contains(LocalDate.of(2020, 7, 20));
        assertThat(Dates.inPath("https://www.rfa.org/mandarin/gangtai/ac-07202020080912.html")).contains(LocalDate.of(2020, 7, 20));
        assertThat(Dates.inPath("每日一语 2024.1.17.md")).contains(LocalDate.of(2024, 1, 17));
        assertThat(Dates.inPath("http://www.epochtimes.com/gb/6/9/10/n1449356.htm")).contains(LocalDate.of(2006, 9, 10));
        assertThat(Dates.inPath("https://cn.ft.com/story/001088619?full=y")).isEmpty();
    }

    @Test
    void readsTheCrawlStampAsUtcDate() {
        assertThat(Dates.crawlStamp("<!--1643953383000-->\n[t](u)")).contains(LocalDate.of(2022, 2, 4));
        assertThat(Dates.crawlStamp("no stamp")).isEmpty();
    }
}
