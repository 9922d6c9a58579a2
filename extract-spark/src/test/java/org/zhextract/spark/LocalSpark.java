package org.zhextract.spark;

import org.apache.spark.sql.SparkSession;

/** The test JVM's Spark: local mode on two threads, as the issue asks. */
final class LocalSpark {

    private LocalSpark() {
    }

    /** The session shared by every test class (Spark allows one per JVM; starting one takes seconds). */
    static SparkSession session() {
        return SparkSession.builder()
                .master("local[2]")
                .appName("zhextract-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }
}
