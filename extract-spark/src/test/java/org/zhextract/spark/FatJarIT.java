package org.zhextract.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhextract.Extractor;
import org.zhextract.json.ExtractionJson;

/**
 * The fat jar as spark-submit users get it (runs after {@code package}): zhextract and its
 * dependencies with Jackson relocated, no Spark; run in a fresh JVM whose classpath is Spark's
 * (including Spark's own Jackson) plus that jar and nothing of zhextract's.
 */
class FatJarIT {

    private static final List<String> ZHEXTRACT_DEPENDENCIES = List.of(
            "/target/classes", "/target/test-classes", "zhextract-core", "/hanlp", "/jsoup", "surefire");

    @TempDir
    Path temp;

    private Path jar;

    @BeforeEach
    void findTheJar() {
        String configured = System.getProperty("zhextract.spark.jar");
        // Set by the pom's fat-jar-test execution; absent only when -Dtest picks this class for
        // the ordinary test phase, before the jar exists.
        assumeTrue(configured != null, "runs in the fat-jar-test execution, after package");
        jar = Path.of(configured);
    }

    @Test
    void holdsZhextractAndItsDependenciesWithJacksonRelocatedButNoSpark() throws IOException {
        List<String> entries;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            entries = zip.stream().map(ZipEntry::getName).toList();
        }
        assertThat(entries).contains(
                "org/zhextract/spark/ExtractJob.class",
                "org/zhextract/Extractor.class",
                "org/zhextract/spark/shaded/jackson/databind/ObjectMapper.class",
                "org/jsoup/Jsoup.class",
                "com/hankcs/hanlp/HanLP.class");
        assertThat(entries).noneMatch(e -> e.startsWith("com/fasterxml/"))
                .noneMatch(e -> e.startsWith("org/apache/spark/"))
                .noneMatch(e -> e.startsWith("scala/"));
    }

    @Test
    void runsTheJobOnSparksClasspathAndWritesTheLibrarysJson() throws Exception {
        Path out = temp.resolve("out");
        Path log = temp.resolve("job.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xss4m");
        command.addAll(Arrays.asList(System.getProperty("zhextract.spark.jvm.options").trim().split("\\s+")));
        command.addAll(List.of("-Dspark.master=local[2]", "-Dspark.ui.enabled=false",
                "-cp", sparkClasspath() + File.pathSeparator + jar,
                "org.zhextract.spark.ExtractJob", SparkTestFiles.seeds().toString(), out.toString()));
        // stdout and stderr apart: Spark logs on stderr from its own threads, which could cut
        // into the summary line if both went to one file
        Path errors = temp.resolve("job.err");
        Process job = new ProcessBuilder(command).redirectOutput(log.toFile()).redirectError(errors.toFile()).start();

        assertThat(job.waitFor(5, TimeUnit.MINUTES)).as("job finished").isTrue();
        String output = Files.readString(log);
        assertThat(job.exitValue()).as(output + Files.readString(errors)).isZero();
        assertThat(output).contains("2 documents, 0 errors written to " + out);

        Extractor extractor = ExtractorCache.extractor(java.util.Optional.empty());
        ExtractionJson json = new ExtractionJson();
        Map<Path, String> actual = new TreeMap<>();
        Map<Path, String> expected = new TreeMap<>();
        try (Stream<Path> parts = Files.list(out.resolve("documents"))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().endsWith(".jsonl")).toList()) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    String sparkPath = line.substring(line.indexOf("\"path\":\"") + 8, line.indexOf("\",\"format\""));
                    Path file = SparkTestFiles.localFile(sparkPath);
                    actual.put(file, SparkTestFiles.withLocalSourcePath(line, sparkPath));
                    expected.put(file, json.toJson(extractor.extract(file)));
                }
            }
        }
        assertThat(actual).hasSize(2).isEqualTo(expected);
    }

    /** This test's classpath minus zhextract and its own dependencies: what a Spark cluster provides. */
    private static String sparkClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> ZHEXTRACT_DEPENDENCIES.stream().noneMatch(entry::contains))
                .reduce((a, b) -> a + File.pathSeparator + b)
                .orElseThrow();
    }
}
