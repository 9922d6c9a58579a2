package org.zhextract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhextract.text.DocumentText;
import org.zhextract.time.TimeRecognizer;

class TimexBenchmarkTest {

    @Test
    void matchesTimexResolutionsAndUnresolvedForms() {
        assertThat(TimexBenchmark.valueMatches("2017-03-22T20:00", "T20", "")).isTrue();
        assertThat(TimexBenchmark.valueMatches("2019-07-25TMO", "XXXX-07-25TMO", "")).isTrue();
        assertThat(TimexBenchmark.valueMatches("2017-01-19", "", "2017-01-19")).isTrue();
        assertThat(TimexBenchmark.valueMatches("2017-01-20", "XXXX-01-19", "2017-01-19")).isFalse();
        // the same length in other units: zhextract writes fractions in the next smaller unit
        assertThat(TimexBenchmark.valueMatches("PT30M", "PT0.5H", "")).isTrue();
        assertThat(TimexBenchmark.valueMatches("P3Y6M", "P3.5Y", "")).isTrue();
        assertThat(TimexBenchmark.valueMatches("P30D", "P1M", "")).isFalse();
        assertThat(TimexBenchmark.valueMatches("PT20M", "PT0.5H", "")).isFalse();
    }

    @Test
    void convertsValuesToIntervalsAndDurationsToDays() {
        assertThat(TimexBenchmark.interval("2022-W05").orElseThrow())
                .containsExactly(LocalDateTime.of(2022, 1, 31, 0, 0), LocalDateTime.of(2022, 2, 6, 23, 59, 59));
        assertThat(TimexBenchmark.interval("2021-Q2").orElseThrow()[1]).isEqualTo(LocalDateTime.of(2021, 6, 30, 23, 59, 59));
        assertThat(TimexBenchmark.interval("PRESENT_REF")).isEmpty();
        assertThat(TimexBenchmark.durationDays("P4W")).isEqualTo(28.0);
        assertThat(TimexBenchmark.durationDays("P36DT12H")).isEqualTo(36.5);
        assertThat(TimexBenchmark.durationDays("PXY")).isNaN();
    }

    @Test
    void countsPassesAndStatesWhyCasesAreOutOfScope(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("time_parser_cases.jsonl"), String.join("\n",
                "{\"text\": \"2015年8月12日\", \"time_base\": \"2021-06-14 01:06:40\", \"expected\": {\"type\": \"time_point\", "
                        + "\"definition\": \"accurate\", \"time\": [\"2015-08-12 00:00:00\", \"2015-08-12 23:59:59\"]}}",
                "{\"text\": \"270天\", \"time_base\": null, \"expected\": {\"type\": \"time_delta\", \"definition\": \"accurate\", "
                        + "\"time\": {\"day\": 270.0}}}",
                "{\"text\": \"明天\", \"time_base\": \"2021-06-14 01:06:40\", \"expected\": {\"type\": \"time_point\", "
                        + "\"definition\": \"accurate\", \"time\": [\"2021-06-16 00:00:00\", \"2021-06-16 23:59:59\"]}}",
                "{\"text\": \"年底前\", \"time_base\": \"2021-06-14 01:06:40\", \"expected\": {\"type\": \"time_span\", "
                        + "\"definition\": \"blur\", \"time\": [\"2021-06-14 01:06:40\", \"2021-12-31 23:59:59\"]}}"),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("time_extractor_cases.jsonl"),
                "{\"case\": [\"这个玩具一点都不好玩。\", []]}\n", StandardCharsets.UTF_8);
        TimeRecognizer recognizer = new TimeRecognizer();
        TimexBenchmark benchmark = new TimexBenchmark((t, ref) -> recognizer.recognize(new DocumentText(t), ref));
        TimexBenchmark.Report report = benchmark.runJioNlp(dir);
        assertThat(report.cases()).hasSize(5);
        assertThat(report.inScope()).isEqualTo(4);
        assertThat(report.passed()).isEqualTo(3); // 明天 is 06-15, not the 06-16 of this made-up case
        assertThat(report.excluded()).containsEntry("JioNLP blur reading", 1L);
    }
}
