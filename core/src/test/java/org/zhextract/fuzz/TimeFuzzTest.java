package org.zhextract.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.Optional;
import org.zhextract.model.TimeValue;
import org.zhextract.text.DocumentText;
import org.zhextract.time.TimeRecognizer;

/** Coverage-guided fuzzing of the time recognizer: any text, any reference date (or none). */
class TimeFuzzTest {

    private static final TimeRecognizer RECOGNIZER = new TimeRecognizer();

    @FuzzTest(maxDuration = "60s")
    void timesAlwaysFitTheText(FuzzedDataProvider data) {
        Optional<LocalDate> reference = data.consumeBoolean()
                ? Optional.of(LocalDate.ofEpochDay(data.consumeLong(-200_000, 200_000)))
                : Optional.empty();
        DocumentText document = new DocumentText(data.consumeRemainingAsString());
        for (TimeValue t : RECOGNIZER.recognize(document, reference)) {
            assertThat(document.slice(t.start(), t.end())).isEqualTo(t.text());
            assertThat(t.value()).isNotBlank();
        }
    }
}
