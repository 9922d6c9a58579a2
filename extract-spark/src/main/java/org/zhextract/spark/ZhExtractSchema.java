package org.zhextract.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schemas of zhextract's tables.
 *
 * <p>{@link #DOCUMENT} is {@code zhextract/1} itself as a typed Spark schema: the same field
 * names, nesting and order as the JSON, offsets as {@code int}, quantity values as
 * {@code double}, every field nullable. It is what {@code --format parquet} writes, so DuckDB
 * ({@code SELECT unnest(entities, recursive := true) FROM 'documents/*.parquet'}) and pandas
 * ({@code pd.read_parquet}) see the JSON's structure with proper types. A test round-trips
 * every document through it, so a field added to the JSON and forgotten here fails the build.
 */
public final class ZhExtractSchema {

    private static final DataType STRING = DataTypes.StringType;
    private static final DataType INT = DataTypes.IntegerType;
    private static final DataType DOUBLE = DataTypes.DoubleType;
    private static final ArrayType STRINGS = DataTypes.createArrayType(STRING, true);

    /** One {@code zhextract/1} document. */
    public static final StructType DOCUMENT = struct(
            field("schema", STRING),
            field("source", struct(
                    field("path", STRING),
                    field("format", STRING),
                    field("charset", STRING),
                    field("sha256", STRING))),
            field("article", struct(
                    field("title", STRING),
                    field("url", STRING),
                    field("publisher", STRING),
                    field("published", STRING),
                    field("authors", STRINGS),
                    field("editor", STRING))),
            field("text", STRING),
            field("sentences", arrayOf(struct(
                    field("start", INT),
                    field("end", INT)))),
            field("entities", arrayOf(struct(
                    field("id", STRING),
                    field("type", STRING),
                    field("name", STRING),
                    field("aliases", STRINGS),
                    field("latin", STRING),
                    field("titles", STRINGS),
                    field("mentions", arrayOf(struct(
                            field("start", INT),
                            field("end", INT),
                            field("text", STRING))))))),
            field("times", arrayOf(struct(
                    field("id", STRING),
                    field("type", STRING),
                    field("text", STRING),
                    field("start", INT),
                    field("end", INT),
                    field("value", STRING),
                    field("approx", STRING)))),
            field("quantities", arrayOf(struct(
                    field("id", STRING),
                    field("type", STRING),
                    field("text", STRING),
                    field("start", INT),
                    field("end", INT),
                    field("value", DOUBLE),
                    field("min", DOUBLE),
                    field("max", DOUBLE),
                    field("unit", STRING),
                    field("unitText", STRING),
                    field("classifier", STRING),
                    field("approx", STRING),
                    field("per", STRING)))),
            field("claims", arrayOf(struct(
                    field("id", STRING),
                    field("speaker", struct(
                            field("text", STRING),
                            field("entity", STRING),
                            field("start", INT),
                            field("end", INT))),
                    field("cue", STRING),
                    field("content", struct(
                            field("text", STRING),
                            field("start", INT),
                            field("end", INT))),
                    field("form", STRING),
                    field("via", STRING),
                    field("entities", STRINGS),
                    field("times", STRINGS),
                    field("quantities", STRINGS)))),
            field("warnings", STRINGS));

    /**
     * One row per input file from {@link ZhExtract#extract}: its {@code path}, then either its
     * {@code zhextract/1} {@code json} or its {@code error}, then a few columns to filter and
     * count by without parsing the JSON (null for a failed file).
     */
    public static final StructType RESULT = struct(
            field("path", STRING),
            field("json", STRING),
            field("error", STRING),
            field("title", STRING),
            field("publisher", STRING),
            field("published", STRING),
            field("entityCount", INT),
            field("timeCount", INT),
            field("quantityCount", INT),
            field("claimCount", INT));

    private ZhExtractSchema() {
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static ArrayType arrayOf(DataType element) {
        return DataTypes.createArrayType(element, true);
    }
}
