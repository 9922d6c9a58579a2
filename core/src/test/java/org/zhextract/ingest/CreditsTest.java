package org.zhextract.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class CreditsTest {

    private static final ReportPlaces PLACES = new Ingester().metadata().places();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(files = "../testdata/cases/ingest-credit-lines.tsv", delimiter = '\t', encoding = "UTF-8")
    void readsCreditLinesAndOnlyThem(String line, String credits, String authors, String editor) {
        Optional<Credits.Line> read = Credits.of(line, PLACES);

        assertThat(read.isPresent()).as("a credit line").isEqualTo("yes".equals(credits));
        read.ifPresent(r -> {
            assertThat(r.authors()).isEqualTo(authors == null ? List.of() : List.of(authors.split("、")));
            assertThat(r.editor()).isEqualTo(Optional.ofNullable(editor));
        });
    }
}
