package org.zhextract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhextract.TestFiles;
import org.zhextract.quantity.NumberScanner;
import org.zhextract.quantity.QuantityRecognizer;

class QuantityBenchmarkTest {

    private static final QuantityBenchmark BENCHMARK =
            new QuantityBenchmark(new QuantityRecognizer(), NumberScanner.withDefaultWords());

    @Test
    void readsEachSuiteFormatAndScoresCasesInScope(@TempDir Path root) throws IOException {
        write(root.resolve("recognizers-text/Number/Chinese/NumberModel.json"), """
                [{"Input": "三千五百", "Results": [{"Text": "三千五百", "Resolution": {"value": "3500"}}]},
                 {"Input": "2^5", "Results": [{"Text": "2^5", "Resolution": {"value": "32"}}]},
                 {"Input": "一百", "Results": [{"Text": "一百", "Resolution": {"value": "999"}}]}]""");
        write(root.resolve("recognizers-text/Number/Chinese/PercentModel.json"), """
                [{"Input": "三成", "Results": [{"Text": "三成", "Resolution": {"value": "30%"}}]},
                 {"Input": "打八折", "Results": [{"Text": "八折", "Resolution": {"value": "80%"}}]}]""");
        for (String model : List.of("Currency", "Dimension", "Temperature", "Age")) {
            write(root.resolve("recognizers-text/NumberWithUnit/Chinese/" + model + "Model.json"), "[]");
        }
        write(root.resolve("recognizers-text/NumberWithUnit/Chinese/DimensionModel.json"), """
                [{"Input": "身高168公分", "Results": [{"Text": "168公分",
                  "Resolution": {"value": "168", "unit": "Centimeter"}}]}]""");
        for (String corpus : List.of("Numeral", "AmountOfMoney", "Distance", "Volume", "Quantity", "Temperature")) {
            write(root.resolve("duckling/" + corpus + "_ZH_Corpus.hs"), "allExamples = concat []");
        }
        write(root.resolve("duckling/Distance_ZH_Corpus.hs"), """
                allExamples = concat
                  [ examples (simple Kilometre 3)
                             [ "3公里"
                             , "三公里"
                             ]
                  , examples (between Metre (1.6, 3.9))
                             [ "1.6~3.9米"
                             ]
                  , examples (above Inch 5)
                             [ "至少5\\""
                             ]
                  ]""");
        write(root.resolve("jionlp/money_parser_cases.jsonl"), """
                {"case": ["约4.287亿美元", {"num": "428700000.00", "case": "美元", "definition": "blur"}]}
                {"case": ["三百万", {"num": "3000000.00", "case": "元", "definition": "accurate"}]}
                {"case": ["1万-5万元", {"num": ["10000.00", "50000.00"], "case": "元", "definition": "blur"}]}
                """);
        write(root.resolve("jionlp/money_extractor_cases.jsonl"), """
                {"case": ["年末结转和结余10.56亿元。", [{"text": "10.56亿元", "offset": [7, 14], "type": "money"}]]}
                """);

        Map<String, QuantityBenchmark.SuiteResult> suites = BENCHMARK.run(root).stream()
                .collect(Collectors.toMap(QuantityBenchmark.SuiteResult::name, Function.identity()));

        QuantityBenchmark.SuiteResult numbers = suites.get("recognizers-text Number");
        assertThat(numbers.inScope()).isEqualTo(2);   // 2^5 is out of scope
        assertThat(numbers.passed()).isEqualTo(1);    // 一百 is not 999
        assertThat(suites.get("recognizers-text Percent").inScope()).isEqualTo(1);
        assertThat(suites.get("recognizers-text Percent").passed()).isEqualTo(1);
        assertThat(suites.get("recognizers-text Dimension").passed()).isEqualTo(1);
        QuantityBenchmark.SuiteResult distance = suites.get("duckling Distance");
        assertThat(distance.cases()).hasSize(4);
        assertThat(distance.inScope()).isEqualTo(3);  // the inch mark 5" is out of scope
        assertThat(distance.passed()).isEqualTo(3);
        QuantityBenchmark.SuiteResult parser = suites.get("jionlp money parser");
        assertThat(parser.inScope()).isEqualTo(2);    // 三百万 has no currency word
        assertThat(parser.passed()).isEqualTo(2);
        assertThat(suites.get("jionlp money extractor").passed()).isEqualTo(1);
    }

    @Test
    void passesAtLeast85PercentOfTheSharedSuites() throws IOException {
        Path timex = TestFiles.shared("eval/timex");
        assumeTrue(Files.isDirectory(timex), "no ../shared/eval/timex beside the repository");
        List<QuantityBenchmark.SuiteResult> suites = BENCHMARK.run(timex);
        long inScope = suites.stream().mapToLong(QuantityBenchmark.SuiteResult::inScope).sum();
        long passed = suites.stream().mapToLong(QuantityBenchmark.SuiteResult::passed).sum();
        assertThat(inScope).isGreaterThan(700);
        assertThat((double) passed / inScope).isGreaterThanOrEqualTo(0.85);
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
