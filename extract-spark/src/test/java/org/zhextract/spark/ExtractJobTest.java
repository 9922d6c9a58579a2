package org.zhextract.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhextract.Extraction;
import org.zhextract.Extractor;
import org.zhextract.json.ExtractionJson;

/** The spark-submit job, run in the test's local[2] session over the seeds. */
class ExtractJobTest {

    private final SparkSession spark = LocalSpark.session();
    private final ExtractionJson json = new ExtractionJson();

    @TempDir
    Path temp;

    @Test
    void writesOneJsonLinePerDocumentAsTheLibraryDoesAndAnEmptyErrorsFolder() throws IOException {
        Path out = temp.resolve("out");
        ExtractJob.Summary summary = ExtractJob.run(spark, JobOptions.parse(SparkTestFiles.seeds().toString(), out.toString()));

        assertThat(summary).isEqualTo(new ExtractJob.Summary(2, 0));
        List<String> lines = lines(out.resolve("documents"), ".jsonl");
        assertThat(lines).hasSize(2);
        Extractor extractor = ExtractorCache.extractor(Optional.empty());
        Map<Path, String> expected = new TreeMap<>();
        for (Path seed : seeds()) {
            expected.put(seed, json.toJson(extractor.extract(seed)));
        }
        Map<Path, String> actual = new TreeMap<>();
        for (String line : lines) {
            String sparkPath = line.substring(line.indexOf("\"path\":\"") + 8, line.indexOf("\",\"format\""));
            actual.put(SparkTestFiles.localFile(sparkPath), SparkTestFiles.withLocalSourcePath(line, sparkPath));
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(out.resolve("errors/_SUCCESS")).exists();
        assertThat(lines(out.resolve("errors"), ".jsonl")).isEmpty();
        try (Stream<Path> parts = Files.list(out.resolve("documents"))) {
            assertThat(parts.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".txt"));
        }
    }

    @Test
    void writesParquetInTheTypedDocumentSchema() throws IOException {
        Path out = temp.resolve("out");
        ExtractJob.Summary summary = ExtractJob.run(spark,
                JobOptions.parse(SparkTestFiles.seeds().toString(), out.toString(), "--format", "parquet"));

        assertThat(summary).isEqualTo(new ExtractJob.Summary(2, 0));
        Dataset<Row> documents = spark.read().parquet(out.resolve("documents").toString());
        assertThat(documents.schema().fieldNames()).containsExactly(ZhExtractSchema.DOCUMENT.fieldNames());
        Extractor extractor = ExtractorCache.extractor(Optional.empty());
        for (Row row : documents.select("source.path", "article.title", "entities.name").collectAsList()) {
            Extraction expected = extractor.extract(SparkTestFiles.localFile(row.getString(0)));
            assertThat(row.getString(1)).isEqualTo(expected.article().title().orElse(null));
            assertThat(row.getList(2)).containsExactlyElementsOf(
                    expected.entities().stream().map(e -> e.name()).toList());
        }
        assertThat(spark.read().parquet(out.resolve("errors").toString()).count()).isZero();
    }

    @Test
    void noNerLeavesTheModelOutAsTheLibrarysWithoutNerModelDoes() {
        byte[] text = "参加人权会的古巴代表团团长发言。".getBytes(StandardCharsets.UTF_8);
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("path", DataTypes.StringType, true),
                DataTypes.createStructField("content", DataTypes.BinaryType, true)));
        Dataset<Row> files = spark.createDataFrame(List.<Row>of(RowFactory.create("a.txt", text)), schema);
        JobOptions options = JobOptions.parse("unused", "unused", "--no-ner");

        String withoutModel = ZhExtract.extract(files, options.referenceDate(), options.nerModel())
                .select("json").first().getString(0);
        String withModel = ZhExtract.extract(files).select("json").first().getString(0);

        assertThat(withoutModel).isEqualTo(json.toJson(Extractor.builder().withoutNerModel().build().extract(text, "a.txt")))
                .isNotEqualTo(withModel);
    }

    @Test
    void failedFilesGoToTheErrorsFolderAndTheOthersToDocuments() throws IOException {
        byte[] seed = Files.readAllBytes(SparkTestFiles.seeds().resolve("002_bc2f8cbaeac80638.txt"));
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("path", DataTypes.StringType, true),
                DataTypes.createStructField("content", DataTypes.BinaryType, true)));
        Dataset<Row> files = spark.createDataFrame(List.of(
                RowFactory.create("good.txt", seed),
                RowFactory.create("file:/nonexistent/missing.txt", null)), schema);
        Path out = temp.resolve("out");

        ExtractJob.Summary summary = ExtractJob.write(spark, ZhExtract.extract(files),
                JobOptions.parse("unused", out.toString()));

        assertThat(summary).isEqualTo(new ExtractJob.Summary(1, 1));
        assertThat(lines(out.resolve("documents"), ".jsonl")).singleElement()
                .satisfies(line -> assertThat(line).startsWith("{\"schema\":\"zhextract/1\",\"source\":{\"path\":\"good.txt\""));
        assertThat(lines(out.resolve("errors"), ".jsonl")).singleElement().satisfies(line -> assertThat(line)
                .startsWith("{\"path\":\"file:/nonexistent/missing.txt\",\"error\":\"java.io.FileNotFoundException"));
    }

    private static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SparkTestFiles.seeds())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static List<String> lines(Path folder, String extension) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                assertThat(part.getFileName().toString()).endsWith(extension);
                Files.readAllLines(part, StandardCharsets.UTF_8).stream().filter(l -> !l.isEmpty()).forEach(lines::add);
            }
        }
        return lines;
    }
}
