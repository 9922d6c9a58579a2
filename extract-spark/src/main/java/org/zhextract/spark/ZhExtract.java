package org.zhextract.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * zhextract as functions over Spark Datasets.
 *
 * <pre>{@code
 * Dataset<Row> files = ZhExtract.listFiles(spark, "hdfs:///news/2024");   // path, length, ...
 * Dataset<Row> results = ZhExtract.extract(files).persist();              // path, json, error, ...
 * ZhExtract.documents(results).write().parquet("out/documents");          // typed zhextract/1
 * ZhExtract.entities(results).groupBy("type", "name").count().show();     // one row per entity
 * ZhExtract.errors(results).show();                                       // path, error
 * }</pre>
 *
 * <p>{@link #extract} is lazy like every transformation; each table derived from its result
 * re-runs the extraction unless the result is persisted, as above. Each executor JVM builds one
 * {@link org.zhextract.Extractor} per reference date and reuses it for every partition.
 */
public final class ZhExtract {

    private ZhExtract() {
    }

    /**
     * Every file under the given paths (any Hadoop file system: {@code file:}, {@code hdfs:},
     * {@code s3a:}, ...; folders are walked recursively; globs allowed), listed by Spark's
     * {@code binaryFile} source: {@code path}, {@code modificationTime}, {@code length}. The
     * content is left out on purpose: {@link #extract} then reads each file inside its own
     * error handling, so an unreadable file becomes an error row instead of a failed job. Like
     * every Spark file source the listing skips names starting with {@code _} or {@code .}.
     */
    public static Dataset<Row> listFiles(SparkSession spark, String... paths) {
        Objects.requireNonNull(spark, "spark");
        return spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(paths)
                .select("path", "modificationTime", "length");
    }

    /**
     * Extracts every file of a Dataset with a string column {@code path} and optionally a binary
     * column {@code content} (other columns are ignored): a row's content when it has one, else
     * the file at its path, read through Hadoop. Relative dates are anchored on each article's
     * publication date. Returns one row per input row in the {@link ZhExtractSchema#RESULT}
     * schema; a file that fails, to read or to extract, has its {@code error} set instead of its
     * {@code json}.
     */
    public static Dataset<Row> extract(Dataset<Row> files) {
        return extract(files, Optional.empty(), true);
    }

    /** As {@link #extract(Dataset)}, anchoring relative dates on {@code referenceDate}. */
    public static Dataset<Row> extract(Dataset<Row> files, LocalDate referenceDate) {
        return extract(files, Optional.of(Objects.requireNonNull(referenceDate, "referenceDate")), true);
    }

    /**
     * As {@link #extract(Dataset)}, anchoring relative dates on {@code referenceDate} when given,
     * and finding entities without the trained NER model when {@code nerModel} is false (the
     * library's {@code withoutNerModel()}: about 1.8× the throughput, fewer names).
     */
    public static Dataset<Row> extract(Dataset<Row> files, Optional<LocalDate> referenceDate, boolean nerModel) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(referenceDate, "referenceDate");
        Column content = Arrays.asList(files.columns()).contains("content")
                ? col("content")
                : lit(null).cast(DataTypes.BinaryType);
        HadoopFiles reader = new HadoopFiles(files.sparkSession().sparkContext().hadoopConfiguration());
        return files.select(col("path"), content.as("content"))
                .mapPartitions(new ExtractPartitions(referenceDate, nerModel, reader), Encoders.row(ZhExtractSchema.RESULT));
    }

    /** The extracted documents as typed {@code zhextract/1} rows ({@link ZhExtractSchema#DOCUMENT}). */
    public static Dataset<Row> documents(Dataset<Row> results) {
        return parsed(results).select("document.*");
    }

    /** The files that failed: {@code path}, {@code error}. */
    public static Dataset<Row> errors(Dataset<Row> results) {
        return results.where(col("error").isNotNull()).select("path", "error");
    }

    /** One row per entity: {@code path}, then the fields of a {@code zhextract/1} entity. */
    public static Dataset<Row> entities(Dataset<Row> results) {
        return items(results, "entities");
    }

    /** One row per time expression: {@code path}, then the fields of a {@code zhextract/1} time. */
    public static Dataset<Row> times(Dataset<Row> results) {
        return items(results, "times");
    }

    /** One row per quantity: {@code path}, then the fields of a {@code zhextract/1} quantity. */
    public static Dataset<Row> quantities(Dataset<Row> results) {
        return items(results, "quantities");
    }

    /** One row per claim: {@code path}, then the fields of a {@code zhextract/1} claim. */
    public static Dataset<Row> claims(Dataset<Row> results) {
        return items(results, "claims");
    }

    private static Dataset<Row> items(Dataset<Row> results, String list) {
        return parsed(results)
                .select(col("path"), explode(col("document." + list)).as("item"))
                .select("path", "item.*");
    }

    /** The successful rows with their JSON parsed into a {@code document} struct column. */
    private static Dataset<Row> parsed(Dataset<Row> results) {
        Objects.requireNonNull(results, "results");
        return results.where(col("error").isNull())
                .select(col("path"), from_json(col("json"), ZhExtractSchema.DOCUMENT).as("document"));
    }
}
