package org.zhextract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.zhextract.model.TimeValue;
import org.zhextract.text.DocumentText;

/**
 * The expression table {@code testdata/cases/times.tsv}: sentence, reference date ({@code -} for
 * none), expected text, type ({@code NONE} for a text that must not be a time), value, approx.
 */
class TimeRecognizerCasesTest {

    private static TimeRecognizer recognizer;

    @BeforeAll
    static void load() {
        recognizer = new TimeRecognizer();
    }

    @ParameterizedTest(name = "{0} → {2} {3} {4}")
    @CsvFileSource(files = "../testdata/cases/times.tsv", delimiter = '\t', numLinesToSkip = 1,
            quoteCharacter = '\u0000', nullValues = "-", maxCharsPerColumn = 10_000)
    void recognizesAndNormalizes(String sentence, String reference, String text, String type, String value,
                                 String approx) {
        Optional<LocalDate> ref = reference == null ? Optional.empty() : Optional.of(LocalDate.parse(reference));
        List<TimeValue> times = recognizer.recognize(new DocumentText(sentence), ref);
        if (type.equals("NONE")) {
            int at = sentence.indexOf(text);
            assertThat(at).as("the case names a text of its sentence").isGreaterThanOrEqualTo(0);
            int end = sentence.codePointCount(0, at + text.length());
            int start = sentence.codePointCount(0, at);
            assertThat(times).as("no time overlaps '%s'", text)
                    .noneMatch(t -> t.start() < end && start < t.end());
            return;
        }
        assertThat(times).as("times of %s", sentence).extracting(TimeValue::text).contains(text);
        TimeValue t = times.stream().filter(x -> x.text().equals(text)).findFirst().orElseThrow();
        assertThat(t.type().name()).as("type of %s", text).isEqualTo(type);
        assertThat(t.value()).as("value of %s", text).isEqualTo(value);
        assertThat(t.approx().map(a -> a.code()).orElse(null)).as("approx of %s", text).isEqualTo(approx);
    }
}
