package org.zhextract.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files and folders for {@code zhextract extract}: every failure is reported for its one
 * input, the other inputs still come out, no partial or temporary output is left, inputs are never
 * modified and nothing is written outside the output folder.
 */
class ExtractFaultTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ARTICLE = "标题\n俄罗斯总统普京4日抵达北京，与习近平举行会谈。";

    @TempDir
    Path temp;

    private final CapturedCli cli = new CapturedCli();

    @Test
    void aSymbolicLinkLoopIsReportedOnceAndTheRestIsExtracted() throws Exception {
        Path input = folderWith("a.txt", "sub/b.txt");
        link(input.resolve("sub/loop"), input);
        Path output = temp.resolve("out");

        int code = cli.run("extract", input.toString(), "-o", output.toString(), "--no-progress");

        assertThat(code).isEqualTo(1);
        assertThat(output.resolve("a.txt.json")).isRegularFile();
        assertThat(output.resolve("sub/b.txt.json")).isRegularFile();
        assertThat(Files.readString(output.resolve("errors.jsonl"))).contains("loop").contains("symbolic link");
        assertThat(output.resolve("sub/loop")).doesNotExist();
    }

    @Test
    void anUnreadableFileFailsAloneAndIsLeftUntouched() throws Exception {
        Path input = folderWith("a.txt", "b.txt", "c.txt");
        Path locked = input.resolve("b.txt");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            // As root permissions are not enforced: there is nothing to test then.
            assumeFalse(Files.isReadable(locked), "running as a user that can read a mode 000 file (root)");
            Path output = temp.resolve("out");

            int code = cli.run("extract", input.toString(), "-o", output.toString(), "--no-progress");

            assertThat(code).isEqualTo(1);
            assertThat(output.resolve("a.txt.json")).isRegularFile();
            assertThat(output.resolve("c.txt.json")).isRegularFile();
            assertThat(output.resolve("b.txt.json")).doesNotExist();
            assertThat(Files.readString(output.resolve("errors.jsonl"))).contains("b.txt").contains("AccessDenied");
            assertThat(Files.getPosixFilePermissions(locked)).isEmpty();
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void aFolderNamedLikeAFileIsWalkedLikeAnyFolder() throws Exception {
        Path input = folderWith("x.html/a.txt", "x.txt");
        Path output = temp.resolve("out");

        int code = cli.run("extract", input.toString(), "-o", output.toString(), "--no-progress");

        assertThat(code).isZero();
        assertThat(output.resolve("x.html/a.txt.json")).isRegularFile();
        assertThat(output.resolve("x.txt.json")).isRegularFile();
    }

    @Test
    void anOutputPathThatIsAFileIsAClearErrorWithoutOutput() throws Exception {
        Path input = folderWith("a.txt");
        Path output = Files.writeString(temp.resolve("out"), "not a folder");

        int code = cli.run("extract", input.toString(), "-o", output.toString(), "--no-progress");

        assertThat(code).isEqualTo(2);
        assertThat(cli.err.toString()).contains("error: cannot write to output folder").contains(output.toString())
                .doesNotContain("\tat ");
        assertThat(Files.readString(output)).isEqualTo("not a folder");
    }

    @Test
    void anOutputFolderBelowAFileIsAClearError() throws Exception {
        Path input = folderWith("a.txt");
        Path file = Files.writeString(temp.resolve("file"), "not a folder");

        int code = cli.run("extract", input.toString(), "-o", file.resolve("out").toString(), "--no-progress");

        assertThat(code).isEqualTo(2);
        assertThat(cli.err.toString()).contains("error: cannot write to output folder").doesNotContain("\tat ");
    }

    @Test
    void aJsonLinesOutputThatIsAFolderIsAClearError() throws Exception {
        Path input = folderWith("a.txt");
        Path folder = Files.createDirectories(temp.resolve("out.jsonl"));

        int code = cli.run("extract", input.toString(), "-o", folder.toString(), "--format", "jsonl", "--no-progress");

        assertThat(code).isEqualTo(2);
        assertThat(cli.err.toString()).contains("error: cannot write to output file").contains("it is a folder");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anOutputFolderThatIsNotWritableIsAClearError() throws Exception {
        Path input = folderWith("a.txt");
        Path output = Files.createDirectories(temp.resolve("out"));
        Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(output), "running as a user that can write a read-only folder (root)");

            int code = cli.run("extract", input.toString(), "-o", output.toString(), "--no-progress");

            assertThat(code).isNotZero();
            assertThat(cli.err.toString()).contains("error:").doesNotContain("\tat ");
            try (Stream<Path> files = Files.list(output)) {
                assertThat(files).isEmpty();
            }
        } finally {
            Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /**
     * A write failure in the middle of a run, simulated by a folder (with something in it) where
     * one input's output file should go: that input fails with a clear reason, the files before
     * and after it come out complete, and no temporary file is left anywhere.
     */
    @Test
    void aWriteFailureMidRunFailsThatFileOnlyAndLeavesNoPartialOutput() throws Exception {
        Path input = folderWith("a.txt", "b.txt", "c.txt");
        Path output = temp.resolve("out");
        Files.createDirectories(output.resolve("b.txt.json"));
        Files.writeString(output.resolve("b.txt.json/keep"), "x");
        Map<String, String> before = hashes(input);

        int code = cli.run("extract", input.toString(), "-o", output.toString(), "--no-progress", "--threads", "2");

        assertThat(code).isEqualTo(1);
        assertThat(MAPPER.readTree(output.resolve("a.txt.json").toFile()).path("schema").asText()).isEqualTo("zhextract/1");
        assertThat(MAPPER.readTree(output.resolve("c.txt.json").toFile()).path("schema").asText()).isEqualTo("zhextract/1");
        assertThat(Files.readString(output.resolve("b.txt.json/keep"))).isEqualTo("x");
        List<String> errors = Files.readAllLines(output.resolve("errors.jsonl"));
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).contains("b.txt").contains("cannot write output");
        assertThat(filesUnder(output)).noneMatch(p -> p.endsWith(JsonFilesSink.TEMPORARY_SUFFIX));
        assertThat(hashes(input)).isEqualTo(before);
    }

    @Test
    void inputsAreNeverModified() throws Exception {
        Path input = folderWith("a.txt", "b.html", "deep/c.md");
        Files.write(input.resolve("binary.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        Map<String, String> before = hashes(input);
        Map<String, Long> timesBefore = modificationTimes(input);

        cli.run("extract", input.toString(), "-o", temp.resolve("out").toString(), "--no-progress");
        cli.run("extract", input.toString(), "-o", temp.resolve("out.jsonl").toString(), "--format", "jsonl",
                "--no-progress");

        assertThat(hashes(input)).isEqualTo(before);
        assertThat(modificationTimes(input)).isEqualTo(timesBefore);
    }

    /**
     * Inputs given with {@code ..}, as absolute paths, through links, or with odd names (spaces,
     * newlines, leading dashes, dots, CJK, emoji) all map to outputs inside the output folder.
     */
    @Test
    void outputPathsStayInsideTheOutputFolder() throws Exception {
        Path input = Files.createDirectories(temp.resolve("work/in"));
        List<String> names = List.of("空 格.txt", "-dash.txt", "...txt", "..a.txt", "a..txt", "new\nline.txt",
                "😀.txt", "tab\tname.txt", "back\\slash.txt", "quote\"'.txt", ".hidden.txt");
        for (String name : names) {
            writeArticle(input.resolve(name));
        }
        writeArticle(Files.createDirectories(input.resolve("..sub")).resolve("x.txt"));
        Path output = temp.resolve("work/out");

        int folderCode = cli.run("extract", input.resolve("../in/.").toString(), "-o", output.toString(), "--no-progress");
        Path outside = Files.createDirectories(temp.resolve("elsewhere"));
        writeArticle(outside.resolve("far.txt"));
        int fileCode = cli.run("extract", input.resolve("../../elsewhere/far.txt").toString(),
                outside.resolve("far.txt").toAbsolutePath().toString().replace("far.txt", "../elsewhere/./far2.txt"),
                "-o", temp.resolve("work/out2").toString(), "--no-progress");

        assertThat(folderCode).isZero();
        for (String name : names) {
            assertThat(output.resolve(name + ".json")).as(name).isRegularFile();
        }
        assertThat(output.resolve("..sub/x.txt.json")).isRegularFile();
        assertThat(fileCode).as("far2.txt does not exist: it fails alone").isEqualTo(1);
        assertThat(temp.resolve("work/out2/far.txt.json")).isRegularFile();
        // Nothing was written beside the input and output folders.
        try (Stream<Path> top = Files.list(temp)) {
            assertThat(top.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("work", "elsewhere");
        }
        try (Stream<Path> work = Files.list(temp.resolve("work"))) {
            assertThat(work.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in", "out", "out2");
        }
        try (Stream<Path> far = Files.list(outside)) {
            assertThat(far.map(p -> p.getFileName().toString())).containsExactly("far.txt");
        }
    }

    @Test
    void maxBytesCutsLongInputsWithAWarning() throws Exception {
        Path input = Files.createDirectories(temp.resolve("in"));
        Files.writeString(input.resolve("long.txt"), "标题\n" + "普京抵达北京。\n".repeat(2000));
        Path output = temp.resolve("out");

        int code = cli.run("extract", input.toString(), "-o", output.toString(), "--no-progress", "--max-bytes", "1KB");

        assertThat(code).isZero();
        JsonNode doc = MAPPER.readTree(output.resolve("long.txt.json").toFile());
        assertThat(doc.path("warnings").toString()).contains("input truncated: read the first 1024 of");
        // The cut may split a character, which then decodes as one replacement character (3 bytes).
        assertThat(doc.path("text").asText().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1024 + 3);
        assertThat(Files.size(input.resolve("long.txt"))).isGreaterThan(40_000);
    }

    @Test
    void maxBytesMustBeAPositiveSize() {
        assertThat(cli.run("extract", "x", "-o", temp.resolve("o").toString(), "--max-bytes", "0")).isEqualTo(2);
        assertThat(cli.run("extract", "x", "-o", temp.resolve("o").toString(), "--max-bytes", "lots")).isEqualTo(2);
        assertThat(cli.err.toString()).contains("not a size: 'lots'");
        assertThat(new ExtractCommand.ByteSize().convert("20MB")).isEqualTo(20L * 1024 * 1024);
        assertThat(new ExtractCommand.ByteSize().convert("512kb")).isEqualTo(512L * 1024);
        assertThat(new ExtractCommand.ByteSize().convert("4096")).isEqualTo(4096L);
    }

    private Path folderWith(String... files) throws IOException {
        Path input = Files.createDirectories(temp.resolve("in"));
        for (String file : files) {
            Path path = input.resolve(file);
            Files.createDirectories(path.getParent());
            writeArticle(path);
        }
        return input;
    }

    private static void writeArticle(Path file) throws IOException {
        Files.writeString(file, ARTICLE);
    }

    private static void link(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | FileSystemException e) {
            assumeTrue(false, "symbolic links not supported here: " + e);
        }
    }

    private static List<String> filesUnder(Path folder) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.forEach(p -> names.add(p.getFileName().toString()));
        }
        return names;
    }

    private static Map<String, String> hashes(Path folder) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                hashes.put(folder.relativize(p).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
            }
        }
        return hashes;
    }

    private static Map<String, Long> modificationTimes(Path folder) throws IOException {
        Map<String, Long> times = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.toList()) {
                times.put(folder.relativize(p).toString(), Files.getLastModifiedTime(p).toMillis());
            }
        }
        return times;
    }
}
