package org.zhextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path temp;

    private final CapturedCli cli = new CapturedCli();

    static Path seeds() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("testdata/seeds"))) {
                return p.resolve("testdata/seeds");
            }
        }
        throw new IllegalStateException("testdata/seeds not found");
    }

    @Test
    void extractsEverySeedIntoOneJsonFileEach() throws Exception {
        Path output = temp.resolve("out");

        int code = cli.run("extract", seeds().toString(), "-o", output.toString());

        assertThat(code).isZero();
        assertThat(output.resolve("000_bf65dbdb9e137cd9.txt.json")).isRegularFile();
        assertThat(output.resolve("002_bc2f8cbaeac80638.txt.json")).isRegularFile();
        JsonNode doc = MAPPER.readTree(output.resolve("002_bc2f8cbaeac80638.txt.json").toFile());
        assertThat(doc.path("schema").asText()).isEqualTo("zhextract/1");
        assertThat(doc.path("article").path("publisher").asText()).isEqualTo("大纪元");
        assertThat(doc.path("source").path("path").asText()).endsWith("002_bc2f8cbaeac80638.txt");
        assertThat(doc.path("entities").size()).isGreaterThan(10);
        assertThat(cli.err.toString()).contains("2 files extracted, 0 failed");
        try (Stream<Path> files = Files.list(output)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("000_bf65dbdb9e137cd9.txt.json", "002_bc2f8cbaeac80638.txt.json",
                            "errors.jsonl");
        }
        assertThat(output.resolve("errors.jsonl")).isEmptyFile();
    }

    @Test
    void usesTheNerModelUnlessNoNerIsGiven() throws Exception {
        Path input = Files.writeString(temp.resolve("page.txt"), "标题\n港澳办副主任张晓明在北京说，人大法工委发布了报告。");

        int withModel = cli.run("extract", input.toString(), "-o", temp.resolve("default").toString());
        int without = cli.run("extract", input.toString(), "--no-ner", "-o", temp.resolve("no-ner").toString());

        assertThat(withModel).isZero();
        assertThat(without).isZero();
        // 港澳办 is listed in the gazetteer under its full name, so --no-ner finds it too; 人大法工委 needs the model
        assertThat(entityNames(temp.resolve("default/page.txt.json"))).contains("国务院港澳事务办公室", "人大法工委", "张晓明");
        assertThat(entityNames(temp.resolve("no-ner/page.txt.json"))).contains("张晓明", "国务院港澳事务办公室")
                .doesNotContain("人大法工委");
    }

    private static java.util.List<String> entityNames(Path json) throws Exception {
        java.util.List<String> names = new java.util.ArrayList<>();
        MAPPER.readTree(json.toFile()).path("entities").forEach(e -> names.add(e.path("name").asText()));
        return names;
    }

    @Test
    void mirrorsFolderStructureSoSameNamesNeverCollide() throws Exception {
        Path input = temp.resolve("in");
        Files.createDirectories(input.resolve("a"));
        Files.createDirectories(input.resolve("b"));
        Files.writeString(input.resolve("a/page.txt"), "甲标题\n普京抵达北京。");
        Files.writeString(input.resolve("b/page.txt"), "乙标题\n习近平在北京。");
        Path output = temp.resolve("out");

        int code = cli.run("extract", input.toString(), "-o", output.toString());

        assertThat(code).isZero();
        assertThat(MAPPER.readTree(output.resolve("a/page.txt.json").toFile()).at("/article/title").asText())
                .isEqualTo("甲标题");
        assertThat(MAPPER.readTree(output.resolve("b/page.txt.json").toFile()).at("/article/title").asText())
                .isEqualTo("乙标题");
    }

    @Test
    void aMissingInputFailsAloneAndExitsWithOne() throws Exception {
        Path output = temp.resolve("out");
        Path missing = temp.resolve("no-such-file.html");

        int code = cli.run("extract", seeds().resolve("000_bf65dbdb9e137cd9.txt").toString(), missing.toString(),
                "-o", output.toString());

        assertThat(code).isEqualTo(1);
        assertThat(cli.err.toString()).contains("no-such-file.html");
        assertThat(output.resolve("000_bf65dbdb9e137cd9.txt.json")).isRegularFile();
        assertThat(cli.err.toString()).contains("1 files extracted, 1 failed");
        assertThat(Files.readString(output.resolve("errors.jsonl"))).contains("no-such-file.html")
                .contains("no such file");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(cli.run("extract")).isEqualTo(2);
        assertThat(cli.run("extract", "x", "-o", temp.toString(), "--no-such-option")).isEqualTo(2);
        assertThat(cli.run()).isEqualTo(2);
        assertThat(cli.run("extract", "x", "-o", temp.toString(), "--threads", "0")).isEqualTo(2);
        assertThat(cli.run("extract", "x", "-o", "-")).isEqualTo(2);
        assertThat(cli.run("extract", "x", "-o", "-", "--format", "jsonl", "--pretty")).isEqualTo(2);
        assertThat(cli.run("extract", "x", "-o", temp.toString(), "--format", "xml")).isEqualTo(2);
        assertThat(cli.run("extract", "x", "-o", "-", "--format", "jsonl", "--skip-existing")).isEqualTo(2);
    }

    @Test
    void twoInputsWithTheSameNameAreAUsageError() throws Exception {
        Files.createDirectories(temp.resolve("a/in"));
        Files.createDirectories(temp.resolve("b/in"));

        int code = cli.run("extract", temp.resolve("a/in").toString(), temp.resolve("b/in").toString(),
                "-o", temp.resolve("out").toString());

        assertThat(code).isEqualTo(2);
        assertThat(cli.err.toString()).contains("same output in");
    }

    @Test
    void printsVersionAndHelp() {
        assertThat(cli.run("--version")).isZero();
        assertThat(cli.out.toString()).contains("zhextract").contains("zhextract/1");
        assertThat(cli.run("extract", "--help")).isZero();
        assertThat(cli.out.toString()).contains("--output").contains("Exit codes");
        assertThat(List.of(cli.out.toString().split("\n"))).isNotEmpty();
    }
}
