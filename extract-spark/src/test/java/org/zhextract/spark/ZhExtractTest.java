package org.zhextract.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.zhextract.Extraction;
import org.zhextract.Extractor;
import org.zhextract.json.ExtractionJson;

/**
 * Spark in local mode ({@code local[2]}) against the library on the same files: the seeds and a
 * fixed 200-file sample of ../shared/corpus.
 *
 * <p>"Identical" means: for every file, the JSON line Spark produces is byte-identical to
 * {@code new ExtractionJson().toJson(extractor.extract(Path.of(file)))}, once its
 * {@code source.path} is written in the local form. Spark's binaryFile source names the file
 * {@code file:/abs/dir/x.md}, the library records the path it was given, {@code /abs/dir/x.md};
 * the test checks that this is the only difference and rewrites that one value.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZhExtractTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final ExtractionJson json = new ExtractionJson();
    private SparkSession spark;
    /** Built here, independently of the Spark side's per-JVM extractor. */
    private Extractor extractor;
    /** Spark's results for the seeds and the corpus sample, cached, and their rows by Spark path. */
    private Dataset<Row> results;
    private Map<String, Row> sparkResults;
    /** The library's extractions of the same files, by local path. */
    private Map<Path, Extraction> libraryResults;

    @BeforeAll
    void extractWithSparkAndWithTheLibrary() throws IOException {
        spark = LocalSpark.session();
        extractor = Extractor.builder().build();
        List<String> arguments = new ArrayList<>();
        arguments.add(SparkTestFiles.seeds().toString());
        SparkTestFiles.corpusSample().forEach(f -> arguments.add(SparkTestFiles.sparkArgument(f)));
        results = ZhExtract.extract(ZhExtract.listFiles(spark, arguments.toArray(String[]::new))).cache();
        sparkResults = new HashMap<>();
        for (Row row : results.collectAsList()) {
            sparkResults.put(row.getAs("path"), row);
        }
        // The library side on two threads too: the extractor is thread-safe.
        libraryResults = new ConcurrentSkipListMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (Future<?> done : threads.invokeAll(inputFiles().stream()
                    .map(file -> (Callable<Extraction>) () -> libraryResults.put(file, extractor.extract(file)))
                    .toList())) {
                done.get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        } finally {
            threads.shutdown();
        }
    }

    private List<Path> inputFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(SparkTestFiles.seeds())) {
            seeds.filter(Files::isRegularFile).forEach(files::add);
        }
        files.addAll(SparkTestFiles.corpusSample());
        return files;
    }

    @Test
    void readsEverySeedAndEverySampledFileOnceWithoutErrors() {
        assertThat(libraryResults).hasSize(202);
        assertThat(sparkResults.keySet())
                .extracting(SparkTestFiles::localFile)
                .containsExactlyInAnyOrderElementsOf(libraryResults.keySet());
        assertThat(sparkResults.values()).allSatisfy(row -> assertThat(row.<String>getAs("error")).isNull());
    }

    @Test
    void sourcePathIsTheHadoopFileUriOfTheLocalPath() {
        assertThat(sparkResults.keySet()).allSatisfy(path ->
                assertThat(path).isEqualTo("file:" + SparkTestFiles.localFile(path)));
    }

    @Test
    void everyDocumentIsTheLibrarysJsonExceptForTheSourcePathForm() {
        assertThat(sparkResults).hasSize(libraryResults.size());
        for (Map.Entry<String, Row> entry : sparkResults.entrySet()) {
            Path file = SparkTestFiles.localFile(entry.getKey());
            String expected = json.toJson(libraryResults.get(file));
            String actual = SparkTestFiles.withLocalSourcePath(entry.getValue().getAs("json"), entry.getKey());
            assertThat(actual).as("%s", file).isEqualTo(expected);
        }
    }

    @Test
    void keyColumnsAgreeWithTheDocument() {
        for (Map.Entry<String, Row> entry : sparkResults.entrySet()) {
            Extraction x = libraryResults.get(SparkTestFiles.localFile(entry.getKey()));
            Row row = entry.getValue();
            assertThat((String) row.getAs("title")).isEqualTo(x.article().title().orElse(null));
            assertThat((String) row.getAs("published")).isEqualTo(x.article().published().orElse(null));
            assertThat((String) row.getAs("publisher")).isEqualTo(x.article().publisher().orElse(null));
            assertThat((Integer) row.getAs("entityCount")).isEqualTo(x.entities().size());
            assertThat((Integer) row.getAs("timeCount")).isEqualTo(x.times().size());
            assertThat((Integer) row.getAs("quantityCount")).isEqualTo(x.quantities().size());
            assertThat((Integer) row.getAs("claimCount")).isEqualTo(x.claims().size());
        }
    }

    @Test
    void theTypedDocumentSchemaHoldsEveryFieldOfTheJson() throws IOException {
        List<Row> roundTripped = ZhExtract.documents(results)
                .select(col("source.path").as("path"),
                        to_json(org.apache.spark.sql.functions.struct(col("*")), Map.of("ignoreNullFields", "false")).as("json"))
                .collectAsList();
        assertThat(roundTripped).hasSize(sparkResults.size());
        for (Row row : roundTripped) {
            JsonNode original = mapper.readTree(sparkResults.get(row.getString(0)).<String>getAs("json"));
            assertThat(mapper.readTree(row.getString(1))).as("%s", row.getString(0)).isEqualTo(original);
        }
    }

    @Test
    void explodedTablesHaveOneRowPerItemWithItsDocumentsPath() {
        assertThat(assertItems(ZhExtract.entities(results), Extraction::entities, "name", "mentions"))
                .isNotEmpty();
        // Empty until the time, quantity and claim stages find something; then compared the same way.
        assertItems(ZhExtract.times(results), Extraction::times, "value", "text");
        assertItems(ZhExtract.quantities(results), Extraction::quantities, "unit", "value");
        assertItems(ZhExtract.claims(results), Extraction::claims, "speaker", "content");
    }

    /** Asserts one row per item of each document, returns the item count per file. */
    private Map<Path, Integer> assertItems(Dataset<Row> items, Function<Extraction, List<?>> list, String... columns) {
        assertThat(items.columns()).startsWith("path", "id").contains(columns);
        Map<Path, Integer> expected = new TreeMap<>();
        libraryResults.forEach((file, x) -> {
            if (!list.apply(x).isEmpty()) {
                expected.put(file, list.apply(x).size());
            }
        });
        Map<Path, Integer> actual = new TreeMap<>();
        for (String path : items.select("path").as(Encoders.STRING()).collectAsList()) {
            actual.merge(SparkTestFiles.localFile(path), 1, Integer::sum);
        }
        assertThat(actual).isEqualTo(expected);
        return actual;
    }

    @Test
    void aReferenceDateAnchorsRelativeDatesAsInTheLibrary() {
        LocalDate date = LocalDate.of(2030, 6, 15);
        Extractor anchored = Extractor.builder().referenceDate(date).build();
        List<Row> rows = ZhExtract.extract(ZhExtract.listFiles(spark, SparkTestFiles.seeds().toString()), date)
                .collectAsList();
        assertThat(rows).hasSize(2);
        for (Row row : rows) {
            Path file = SparkTestFiles.localFile(row.getAs("path"));
            String actual = SparkTestFiles.withLocalSourcePath(row.getAs("json"), row.getAs("path"));
            assertThat(actual).isEqualTo(json.toJson(anchoredExtract(anchored, file)));
        }
    }

    private static Extraction anchoredExtract(Extractor anchored, Path file) {
        try {
            return anchored.extract(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aFileThatFailsBecomesAnErrorRowAndTheOthersGoOn() throws IOException {
        byte[] seed = Files.readAllBytes(SparkTestFiles.seeds().resolve("002_bc2f8cbaeac80638.txt"));
        StructType files = DataTypes.createStructType(List.of(
                DataTypes.createStructField("path", DataTypes.StringType, true),
                DataTypes.createStructField("content", DataTypes.BinaryType, true)));
        Dataset<Row> input = spark.createDataFrame(List.of(
                RowFactory.create("good.txt", seed),
                RowFactory.create(null, seed),
                RowFactory.create("file:/nonexistent/missing.txt", null)), files);

        Dataset<Row> results = ZhExtract.extract(input).cache();

        assertThat(ZhExtract.documents(results).select("source.path").as(Encoders.STRING()).collectAsList())
                .containsExactly("good.txt");
        List<Row> errors = ZhExtract.errors(results).orderBy("error").collectAsList();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).getString(1)).startsWith("java.io.FileNotFoundException");
        assertThat(errors.get(0).getString(0)).isEqualTo("file:/nonexistent/missing.txt");
        assertThat(errors.get(1).getString(1)).startsWith("java.lang.NullPointerException").contains("name");
        assertThat(errors.get(1).isNullAt(0)).isTrue();
        results.unpersist();
    }

    @Test
    void readsNamesThatHadoopsChecksumLookupRejects(@TempDir Path folder) throws IOException {
        // Real archive names: a colon (美司法部长: 企业短视….md), spaces, % and brackets.
        Path file = folder.resolve("美司法部长: 企业 8.7% [RFI].md");
        Files.copy(SparkTestFiles.seeds().resolve("002_bc2f8cbaeac80638.txt"), file);

        List<Row> rows = ZhExtract.extract(ZhExtract.listFiles(spark, folder.toString())).collectAsList();

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.<String>getAs("error")).isNull();
            assertThat(SparkTestFiles.localFile(row.getAs("path"))).isEqualTo(file);
            assertThat(SparkTestFiles.withLocalSourcePath(row.getAs("json"), row.getAs("path")))
                    .isEqualTo(json.toJson(extractor.extract(file)));
        });
    }

    @Test
    void tasksOfOneJvmShareOneExtractorAcrossPartitions() {
        MapPartitionsFunction<Long, Integer> extractorIdentity = ids ->
                List.of(System.identityHashCode(ExtractorCache.extractor(Optional.empty()))).iterator();
        List<Integer> identities = spark.range(0, 64, 1, 16).as(Encoders.LONG())
                .mapPartitions(extractorIdentity, Encoders.INT())
                .collectAsList();
        assertThat(identities).hasSize(16).containsOnly(identities.get(0));
        assertThat(ExtractorCache.extractor(Optional.of(LocalDate.of(2022, 2, 4))))
                .isNotSameAs(ExtractorCache.extractor(Optional.empty()))
                .isSameAs(ExtractorCache.extractor(Optional.of(LocalDate.of(2022, 2, 4))));
    }

}
