package org.zhextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalTimeCommandTest {

    @TempDir
    Path temp;

    private final CapturedCli cli = new CapturedCli();

    @Test
    void printsThePassRateOverTheCasesInScope() throws Exception {
        Path chinese = Files.createDirectories(temp.resolve("recognizers-text/DateTime/Chinese"));
        Files.writeString(chinese.resolve("DateParser.json"), "[{\"Input\": \"1987年1月11日\", \"Context\": "
                + "{\"ReferenceDateTime\": \"2017-03-22T00:00:00\"}, \"Results\": [{\"Text\": \"1987年1月11日\", \"Type\": \"date\", "
                + "\"Value\": {\"Timex\": \"1987-01-11\"}, \"Start\": 0, \"Length\": 10}]},"
                + "{\"Input\": \"29日\", \"NotSupported\": \"java\", \"Results\": []}]");
        Path jionlp = Files.createDirectories(temp.resolve("jionlp"));
        Files.writeString(jionlp.resolve("time_parser_cases.jsonl"), "");
        Files.writeString(jionlp.resolve("time_extractor_cases.jsonl"), "{\"case\": [\"一日之计在于晨。\", []]}\n");
        int code = cli.run("eval", "time", "--data", temp.toString());
        assertThat(code).isZero();
        assertThat(cli.out.toString()).contains("recognizers-text      2 cases,    1 in scope,    1 passed  100.0%")
                .contains("marked NotSupported")
                .contains("overall               2 in scope,    2 passed  100.0%");
    }

    @Test
    void rejectsAFolderWithoutTheSuites() {
        assertThat(cli.run("eval", "time", "--data", temp.toString())).isEqualTo(2);
        assertThat(cli.err.toString()).contains("recognizers-text");
    }
}
