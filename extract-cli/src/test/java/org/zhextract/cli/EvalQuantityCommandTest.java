package org.zhextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalQuantityCommandTest {

    @TempDir
    Path temp;

    private final CapturedCli cli = new CapturedCli();

    @Test
    void printsPassRatesPerSuiteAndOverall() throws Exception {
        Path data = temp.resolve("timex");
        write(data.resolve("recognizers-text/Number/Chinese/NumberModel.json"),
                "[{\"Input\": \"一百零五\", \"Results\": [{\"Text\": \"一百零五\", \"Resolution\": {\"value\": \"105\"}}]}]");
        write(data.resolve("recognizers-text/Number/Chinese/PercentModel.json"), "[]");
        for (String model : List.of("Currency", "Dimension", "Temperature", "Age")) {
            write(data.resolve("recognizers-text/NumberWithUnit/Chinese/" + model + "Model.json"), "[]");
        }
        for (String corpus : List.of("Numeral", "AmountOfMoney", "Distance", "Volume", "Quantity", "Temperature")) {
            write(data.resolve("duckling/" + corpus + "_ZH_Corpus.hs"), "allExamples = concat []");
        }
        write(data.resolve("duckling/Volume_ZH_Corpus.hs"),
                "allExamples = concat [ examples (simple Litre 2) [ \"2升\", \"两升\" ] ]");
        write(data.resolve("jionlp/money_parser_cases.jsonl"), "");
        write(data.resolve("jionlp/money_extractor_cases.jsonl"), "");

        int code = cli.run("eval", "quantity", "--data", data.toString());

        assertThat(code).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString())
                .containsPattern("recognizers-text Number\\s+1\\s+1\\s+1\\s+100\\.0%")
                .containsPattern("duckling Volume\\s+2\\s+2\\s+2\\s+100\\.0%")
                .containsPattern("overall\\s+3\\s+3\\s+3\\s+100\\.0%");
    }

    @Test
    void reportsAMissingBenchmarkFolderAsUsageError() {
        int code = cli.run("eval", "quantity", "--data", temp.resolve("nowhere").toString());
        assertThat(code).isEqualTo(2);
        assertThat(cli.err.toString()).contains("no benchmark folder");
    }

    private static void write(Path file, String content) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
