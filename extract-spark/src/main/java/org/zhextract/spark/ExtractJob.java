package org.zhextract.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The spark-submit job: every file under INPUT to {@code zhextract/1} under OUTPUT.
 *
 * <pre>
 * spark-submit --class org.zhextract.spark.ExtractJob zhextract-spark.jar INPUT OUTPUT \
 *     [--format jsonl|parquet] [--reference-date YYYY-MM-DD] [--no-ner]
 * </pre>
 *
 * <p>Writes {@code OUTPUT/documents/} (JSON Lines {@code part-*.jsonl}, one document per line,
 * exactly as the library's {@code ExtractionJson.toJson}; or Parquet in the
 * {@link ZhExtractSchema#DOCUMENT} schema) and {@code OUTPUT/errors/} (path, error; JSON Lines
 * or Parquet likewise, empty when every file succeeded). OUTPUT must not exist yet. Failed files
 * never fail the job; the driver prints how many documents and errors were written.
 */
public final class ExtractJob {

    private ExtractJob() {
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("zhextract-spark: " + e.getMessage());
            System.err.println(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("zhextract").getOrCreate();
        try {
            Summary summary = run(spark, options);
            System.out.printf("%d documents, %d errors written to %s%n",
                    summary.documents(), summary.errors(), options.output());
        } finally {
            spark.stop();
        }
    }

    /** How many documents and errors a run wrote. */
    record Summary(long documents, long errors) {
    }

    /** Runs the job in an existing session (which it leaves running). */
    static Summary run(SparkSession spark, JobOptions options) {
        Dataset<Row> files = ZhExtract.listFiles(spark, options.input());
        Dataset<Row> results = ZhExtract.extract(files, options.referenceDate(), options.nerModel());
        return write(spark, results, options);
    }

    /** Writes extraction results (rows of {@link ZhExtractSchema#RESULT}) where the options say. */
    static Summary write(SparkSession spark, Dataset<Row> results, JobOptions options) {
        // Documents, errors and the counts are three actions over one extraction.
        results = results.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            String documentsDir = new Path(options.output(), "documents").toString();
            String errorsDir = new Path(options.output(), "errors").toString();
            Dataset<Row> errors = ZhExtract.errors(results);
            if (options.format() == JobOptions.Format.PARQUET) {
                ZhExtract.documents(results).write().parquet(documentsDir);
                errors.write().parquet(errorsDir);
            } else {
                // The text source writes the JSON strings untouched, byte for byte as the library.
                results.where(col("error").isNull()).select("json").write().text(documentsDir);
                renameParts(spark, documentsDir, ".txt", ".jsonl");
                errors.write().option("ignoreNullFields", "false").json(errorsDir);
                renameParts(spark, errorsDir, ".json", ".jsonl");
            }
            long errorCount = errors.count();
            return new Summary(results.count() - errorCount, errorCount);
        } finally {
            results.unpersist();
        }
    }

    /** Gives Spark's part files the extension their content deserves (the text source says .txt). */
    private static void renameParts(SparkSession spark, String dir, String from, String to) {
        Path folder = new Path(dir);
        try {
            FileSystem fs = folder.getFileSystem(spark.sparkContext().hadoopConfiguration());
            for (FileStatus status : fs.listStatus(folder)) {
                String name = status.getPath().getName();
                if (name.startsWith("part-") && name.endsWith(from)) {
                    String renamed = name.substring(0, name.length() - from.length()) + to;
                    if (!fs.rename(status.getPath(), new Path(folder, renamed))) {
                        throw new IOException("cannot rename " + status.getPath() + " to " + renamed);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
