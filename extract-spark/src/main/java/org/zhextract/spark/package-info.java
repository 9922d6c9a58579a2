/**
 * zhextract on Apache Spark: {@link org.zhextract.spark.ExtractJob}, a {@code spark-submit} job
 * from files to {@code zhextract/1} JSON Lines or Parquet, and {@link org.zhextract.spark.ZhExtract},
 * the same extraction as functions over {@code Dataset<Row>}.
 *
 * <p>Each executor JVM builds one {@link org.zhextract.Extractor} the first time one of its tasks
 * needs it and reuses it for every later partition; nothing but a few bytes of settings is
 * shipped with the tasks. A file that fails becomes a row with an error, never a failed job.
 */
package org.zhextract.spark;
