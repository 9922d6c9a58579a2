package org.zhextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalNerCommandTest {

    @TempDir
    Path temp;

    private final CapturedCli cli = new CapturedCli();

    /** Writes one BIO line per character of {@code text}, tagging the given [start, end, type] spans. */
    private static String bio(String text, Object... spans) {
        String[] tags = new String[text.length()];
        java.util.Arrays.fill(tags, "O");
        for (int s = 0; s < spans.length; s += 3) {
            int start = (int) spans[s];
            int end = (int) spans[s + 1];
            for (int i = start; i < end; i++) {
                tags[i] = (i == start ? "B-" : "I-") + spans[s + 2];
            }
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            b.append(text.charAt(i)).append(' ').append(tags[i]).append('\n');
        }
        return b.append('\n').toString();
    }

    @Test
    void scoresEntitySpansPerType() throws Exception {
        Path file = temp.resolve("tiny.bio");
        Files.writeString(file, bio("普京抵达北京。", 0, 2, "PER", 4, 6, "LOC")
                + bio("新华社报道，习近平会见了他。", 0, 3, "ORG", 6, 9, "PER", 0, 0, "PER"), StandardCharsets.UTF_8);

        int code = cli.run("eval", "ner", file.toString());

        assertThat(code).isZero();
        assertThat(cli.out.toString())
                .contains("PER  P 1.0000  R 1.0000  F1 1.0000  (tp 2 fp 0 fn 0)")
                .contains("LOC  P 1.0000  R 1.0000  F1 1.0000  (tp 1 fp 0 fn 0)")
                .contains("ORG  P 1.0000  R 1.0000  F1 1.0000  (tp 1 fp 0 fn 0)")
                .contains("ALL");
    }

    @Test
    void countsMissedAndSpuriousSpans() throws Exception {
        Path file = temp.resolve("miss.bio");
        // gold marks 北京 as ORG: the prediction LOC is one false positive and one miss
        Files.writeString(file, bio("普京抵达北京。", 4, 6, "ORG"), StandardCharsets.UTF_8);

        cli.run("eval", "ner", file.toString());

        assertThat(cli.out.toString()).contains("LOC  P 0.0000  R 0.0000  F1 0.0000  (tp 0 fp 1 fn 0)")
                .contains("ORG  P 0.0000  R 0.0000  F1 0.0000  (tp 0 fp 0 fn 1)");
    }

    @Test
    void writesTheMissedAndSpuriousSpansOfEachSentenceWithErrors() throws Exception {
        Path file = temp.resolve("miss.bio");
        Path errors = temp.resolve("out/errors.jsonl");
        Files.writeString(file, bio("普京抵达北京。", 0, 2, "PER", 4, 6, "ORG") + bio("普京抵达北京。", 0, 2, "PER", 4, 6, "LOC"),
                StandardCharsets.UTF_8);

        cli.run("eval", "ner", "--errors", errors.toString(), file.toString());

        java.util.List<String> lines = Files.readAllLines(errors);
        assertThat(lines).hasSize(1); // the second sentence is right
        JsonNode line = new ObjectMapper().readTree(lines.get(0));
        assertThat(line.get("sentence").asInt()).isZero();
        assertThat(line.get("text").asText()).isEqualTo("普京抵达北京。");
        assertThat(line.get("missed").toString()).isEqualTo("[[4,6,\"ORG\",\"北京\"]]");
        assertThat(line.get("spurious").toString()).isEqualTo("[[4,6,\"LOC\",\"北京\"]]");
    }

    @Test
    void countsLatinGlossesAsSpansOfTheirMentionsTypeWhenAsked() throws Exception {
        // news-dev lists a name's Latin spelling as a span of its own; the entity stage keeps it as the mention's gloss
        String text = "美国国务院发言人普赖斯（Ned Price）表示。";
        int price = text.indexOf("普赖斯");
        int gloss = text.indexOf("Ned Price");
        Path file = temp.resolve("gloss.bio");
        Files.writeString(file, bio(text, price, price + 3, "PER", gloss, gloss + 9, "PER"), StandardCharsets.UTF_8);

        cli.run("eval", "ner", file.toString());
        assertThat(cli.out.toString()).contains("PER  P 1.0000  R 0.5000");

        CapturedCli withGlosses = new CapturedCli();
        withGlosses.run("eval", "ner", "--latin-glosses", file.toString());
        assertThat(withGlosses.out.toString()).contains("PER  P 1.0000  R 1.0000  F1 1.0000  (tp 2 fp 0 fn 0)");
    }

    @Test
    void reportsTheThroughputRatio() throws Exception {
        Path file = temp.resolve("speed.bio");
        Files.writeString(file, bio("俄罗斯总统普京抵达北京，与习近平会谈。") + bio("国务院发言人内德‧普赖斯表示。"),
                StandardCharsets.UTF_8);

        int code = cli.run("eval", "ner", "--throughput", "--rounds", "1", file.toString());

        assertThat(code).isZero();
        assertThat(cli.out.toString()).contains("raw HanLP role tagging").contains("entity stage").containsPattern("ratio \\(stage / raw\\)\\s+\\d+\\.\\d{3}");
    }

    @Test
    void extractUsesTheUserDictionary() throws Exception {
        Path input = temp.resolve("in/news.txt");
        Files.createDirectories(input.getParent());
        Files.writeString(input, "标题\n星辰科技宣布，克里姆林宫表示支持。\n", StandardCharsets.UTF_8);
        Path dictionary = temp.resolve("names.tsv");
        Files.writeString(dictionary, "星辰科技\tORG\n克里姆林宫\tLOC\n", StandardCharsets.UTF_8);
        Path output = temp.resolve("out");

        int code = cli.run("extract", input.toString(), "-o", output.toString(), "--dictionary", dictionary.toString());

        assertThat(code).isZero();
        JsonNode doc = new ObjectMapper().readTree(output.resolve("news.txt.json").toFile());
        assertThat(doc.path("entities").findValuesAsText("name")).contains("星辰科技", "克里姆林宫");
        for (JsonNode e : doc.path("entities")) {
            if (e.path("name").asText().equals("克里姆林宫")) {
                assertThat(e.path("type").asText()).isEqualTo("LOC");
            }
            if (e.path("name").asText().equals("星辰科技")) {
                assertThat(e.path("type").asText()).isEqualTo("ORG");
            }
        }
    }

    @Test
    void aMissingDictionaryIsAUsageError() throws Exception {
        Path input = temp.resolve("news.txt");
        Files.writeString(input, "标题\n普京抵达北京。\n", StandardCharsets.UTF_8);

        int code = cli.run("extract", input.toString(), "-o", temp.resolve("out").toString(),
                "--dictionary", temp.resolve("missing.tsv").toString());

        assertThat(code).isEqualTo(2);
    }
}
