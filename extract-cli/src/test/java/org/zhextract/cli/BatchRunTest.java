package org.zhextract.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Batch behaviour of {@code zhextract extract} over the seeds and a small folder of the shared
 * corpus (read in place, never copied): the same bytes whatever the thread count, JSON Lines,
 * filters, the error log, and resuming a killed run.
 */
class BatchRunTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path shared;

    /** Output of an uninterrupted single-threaded run, the reference every other run must match. */
    private static Map<String, byte[]> referenceFiles;
    private static byte[] referenceLines;
    private static List<String> sample;

    @TempDir
    Path temp;

    @BeforeAll
    static void runReference() throws Exception {
        sample = List.of(ExtractCommandTest.seeds().toString(), corpusSample().toString());
        Path files = shared.resolve("reference");
        assertThat(new CapturedCli().run(args(files, "--threads", "1"))).isZero();
        referenceFiles = tree(files);
        Path lines = shared.resolve("reference.jsonl");
        assertThat(new CapturedCli().run(args(lines, "--format", "jsonl", "--threads", "1"))).isZero();
        referenceLines = Files.readAllBytes(lines);
    }

    static Path corpusSample() {
        String configured = System.getProperty("zhextract.shared");
        Path root = configured != null ? Path.of(configured) : ExtractCommandTest.seeds().resolve("../../../shared");
        Path sample = root.resolve("corpus/cdt-2024/2024-07").normalize();
        assertThat(sample).isDirectory();
        return sample;
    }

    @Test
    void perFileOutputIsByteIdenticalWhateverTheThreadCount() throws Exception {
        Path out = temp.resolve("out");

        assertThat(new CapturedCli().run(args(out, "--threads", "4"))).isZero();

        assertThat(referenceFiles).hasSize(19); // 2 seeds + 16 articles + errors.jsonl
        assertSameTree(tree(out), referenceFiles);
    }

    @Test
    void jsonLinesAreByteIdenticalWhateverTheThreadCountAndFollowTheInputOrder() throws Exception {
        Path out = temp.resolve("all.jsonl");

        assertThat(new CapturedCli().run(args(out, "--format", "jsonl", "--threads", "3"))).isZero();

        assertThat(Files.readAllBytes(out)).isEqualTo(referenceLines);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        List<String> expectedOrder = InputFiles.collect(sample.stream().map(Path::of).toList(), new ArrayList<>())
                .stream().map(i -> i.file().toString()).toList();
        assertThat(lines).extracting(JsonLinesSink::sourcePathOf).containsExactlyElementsOf(expectedOrder);
        // each line is the document the per-file format writes for that input
        for (int i = 0; i < lines.size(); i++) {
            Path relative = Path.of(i < 2 ? "seeds" : "2024-07").resolve(Path.of(expectedOrder.get(i)).getFileName());
            assertThat(lines.get(i) + "\n").isEqualTo(
                    new String(referenceFiles.get(relative + ".json"), StandardCharsets.UTF_8));
        }
        assertThat(temp.resolve("all.errors.jsonl")).isEmptyFile();
    }

    @Test
    void jsonLinesGoToStandardOutputAndTheSummaryToStandardError() {
        CapturedCli cli = new CapturedCli();

        int code = cli.run("extract", sample.get(0), "-o", "-", "--format", "jsonl");

        assertThat(code).isZero();
        assertThat(cli.out.toString().split("\n")).hasSize(2)
                .allSatisfy(line -> assertThat(line).startsWith("{\"schema\":\"zhextract/1\""));
        assertThat(cli.err.toString()).contains("2 files extracted, 0 failed");
    }

    @Test
    void includeAndExcludeGlobsChooseTheFiles() throws Exception {
        Path in = temp.resolve("in");
        Files.createDirectories(in.resolve("keep"));
        Files.createDirectories(in.resolve("drop"));
        Files.writeString(in.resolve("a.md"), "标题一\n普京抵达北京。");
        Files.writeString(in.resolve("b.html"), "<h1>标题二</h1><p>习近平在北京。</p>");
        Files.writeString(in.resolve("keep/c.txt"), "标题三\n王毅访问东京。");
        Files.writeString(in.resolve("drop/d.md"), "标题四\n李强在上海。");
        Path out = temp.resolve("out");

        int code = new CapturedCli().run("extract", in.toString(), "-o", out.toString(),
                "--include", "*.md", "--include", "keep/**", "--exclude", "drop/**");

        assertThat(code).isZero();
        assertThat(tree(out).keySet()).containsExactlyInAnyOrder("a.md.json", "keep/c.txt.json", "errors.jsonl");
    }

    @Test
    void everyFailedFileIsListedInErrorsJsonlAndTheOthersStillComeOut() throws Exception {
        Path in = temp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("good.txt"), "标题\n普京抵达北京。");
        Files.createSymbolicLink(in.resolve("broken.txt"), in.resolve("gone.txt"));
        Path out = temp.resolve("out");
        CapturedCli cli = new CapturedCli();

        int code = cli.run("extract", in.toString(), "-o", out.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.resolve("good.txt.json")).isRegularFile();
        List<String> errors = Files.readAllLines(out.resolve("errors.jsonl"));
        assertThat(errors).hasSize(1);
        assertThat(MAPPER.readTree(errors.get(0)).path("path").asText()).endsWith("broken.txt");
        assertThat(MAPPER.readTree(errors.get(0)).path("error").asText()).isEqualTo("no such file or folder");
        assertThat(cli.err.toString()).contains("1 files extracted, 1 failed");
    }

    @Test
    void skipExistingCompletesAPartialFolderToTheSameBytes() throws Exception {
        Path out = temp.resolve("out");
        // An earlier run that stopped part-way: some outputs written, one cut short by something
        // other than us, one temporary file left over, no error log.
        List<String> names = new ArrayList<>(referenceFiles.keySet());
        names.remove("errors.jsonl");
        for (int i = 0; i < names.size(); i += 2) {
            write(out.resolve(names.get(i)), referenceFiles.get(names.get(i)));
        }
        byte[] full = referenceFiles.get(names.get(2));
        write(out.resolve(names.get(2)), java.util.Arrays.copyOf(full, full.length / 2));
        Path target = out.resolve(names.get(3));
        write(target.resolveSibling("." + target.getFileName() + JsonFilesSink.TEMPORARY_SUFFIX), new byte[] {'{'});
        Path complete = out.resolve(names.get(4));
        write(complete.resolveSibling("." + complete.getFileName() + JsonFilesSink.TEMPORARY_SUFFIX), new byte[] {'{'});
        CapturedCli cli = new CapturedCli();

        int code = cli.run(args(out, "--skip-existing", "--threads", "2"));

        assertThat(code).isZero();
        assertSameTree(tree(out), referenceFiles);
        int skipped = (names.size() + 1) / 2 - 1; // every other output, less the one cut short
        assertThat(cli.err.toString()).contains((names.size() - skipped) + " files extracted")
                .contains(skipped + " skipped");
    }

    @Test
    void skipExistingContinuesJsonLinesAfterTheLastCompleteLine() throws Exception {
        Path out = temp.resolve("all.jsonl");
        // A killed run: the file ends in the middle of a document.
        int cut = indexOfNth(referenceLines, (byte) '\n', 7) + 100;
        write(out, java.util.Arrays.copyOf(referenceLines, cut));
        CapturedCli cli = new CapturedCli();

        int code = cli.run(args(out, "--format", "jsonl", "--skip-existing", "--threads", "2"));

        assertThat(code).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(referenceLines);
        assertThat(cli.err.toString()).contains("11 files extracted").contains("7 skipped");
    }

    @Test
    void skipExistingRefusesToResumeJsonLinesOfOtherInputs() throws Exception {
        Path out = temp.resolve("all.jsonl");
        write(out, referenceLines);
        CapturedCli cli = new CapturedCli();

        int code = cli.run("extract", sample.get(0), "-o", out.toString(), "--format", "jsonl", "--skip-existing");

        assertThat(code).isEqualTo(2);
        assertThat(cli.err.toString()).contains("cannot resume");
    }

    /** Kills a real run in another JVM as soon as it has written something, then resumes it. */
    @ParameterizedTest
    @ValueSource(strings = {"json", "jsonl"})
    void aKilledRunResumedWithSkipExistingEndsByteIdenticalToAnUninterruptedOne(String format) throws Exception {
        Path out = temp.resolve(format.equals("json") ? "out" : "all.jsonl");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args(out, "--format", format, "--threads", "1", "--no-progress")));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("killed.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (process.isAlive() && !hasOutput(out) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        } finally {
            process.destroyForcibly().waitFor();
        }
        assumeTrue(!completeOutput(out, format), "the run finished before it could be killed");

        int code = new CapturedCli().run(args(out, "--format", format, "--threads", "2", "--skip-existing"));

        assertThat(code).isZero();
        if (format.equals("json")) {
            assertSameTree(tree(out), referenceFiles);
        } else {
            assertThat(Files.readAllBytes(out)).isEqualTo(referenceLines);
        }
    }

    private boolean hasOutput(Path out) throws IOException {
        if (Files.isRegularFile(out)) {
            return Files.size(out) > 0;
        }
        return Files.isDirectory(out) && tree(out).keySet().stream().anyMatch(n -> n.endsWith(".json"));
    }

    private boolean completeOutput(Path out, String format) throws IOException {
        return format.equals("json")
                ? tree(out).keySet().stream().filter(n -> n.endsWith(".json")).count() == referenceFiles.size() - 1
                : Files.exists(out) && Files.size(out) == referenceLines.length;
    }

    private static String[] args(Path out, String... options) {
        List<String> args = new ArrayList<>(List.of("extract"));
        args.addAll(sample);
        args.addAll(List.of("-o", out.toString()));
        args.addAll(List.of(options));
        return args.toArray(String[]::new);
    }

    /** Every file under a folder, by relative path with '/' separators. */
    static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void assertSameTree(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        for (String name : expected.keySet()) {
            assertThat(actual.get(name)).as(name).isEqualTo(expected.get(name));
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static int indexOfNth(byte[] bytes, byte b, int n) {
        for (int i = 0, seen = 0; i < bytes.length; i++) {
            if (bytes[i] == b && ++seen == n) {
                return i;
            }
        }
        throw new IllegalArgumentException("fewer than " + n);
    }

    /** One command-line run with captured output. */
}
