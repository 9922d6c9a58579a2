package org.zhextract.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.zhextract.text.ResourceLines;

class BoilerplateTest {

    private static final Boilerplate RULES = Boilerplate.load(ResourceLines.read(Ingester.class, "boilerplate.txt"));

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(files = "../testdata/cases/ingest-boilerplate.tsv", delimiter = '\t', encoding = "UTF-8")
    void removesBoilerplateAndKeepsArticleSentences(String line, String expected) {
        assertThat(RULES.clean(line)).isEqualTo(expected == null ? "" : expected);
    }
}
