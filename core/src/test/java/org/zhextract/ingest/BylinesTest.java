package org.zhextract.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class BylinesTest {

    private static final Metadata METADATA = new Ingester().metadata();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(files = "../testdata/cases/ingest-bylines.tsv", delimiter = '\t', encoding = "UTF-8")
    void readsReportersAndNotRoleWordsInProse(String line, String authors) {
        assertThat(METADATA.authors(List.of(line)))
                .isEqualTo(authors == null ? List.of() : List.of(authors.split("、")));
    }
}
