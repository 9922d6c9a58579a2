package org.zhextract.spark;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.zhextract.Extraction;
import org.zhextract.Extractor;
import org.zhextract.json.ExtractionJson;

/**
 * Turns a partition of (path, content) rows into rows of {@link ZhExtractSchema#RESULT}, one per
 * file, lazily as Spark pulls them; a null content is read from the path. Only the settings (reference date,
 * NER model on or off) travel with the task; the extractor comes from the executor's
 * {@link ExtractorCache}.
 */
final class ExtractPartitions implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /** {@code null} for each article's own publication date: {@code Optional} is not serializable. */
    private final LocalDate referenceDate;
    private final boolean nerModel;
    private final HadoopFiles files;

    ExtractPartitions(Optional<LocalDate> referenceDate, boolean nerModel, HadoopFiles files) {
        this.referenceDate = referenceDate.orElse(null);
        this.nerModel = nerModel;
        this.files = files;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        Extractor extractor = ExtractorCache.extractor(Optional.ofNullable(referenceDate), nerModel);
        ExtractionJson json = new ExtractionJson();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row row = rows.next();
                return extractOne(extractor, json, row.getString(0), (byte[]) row.get(1));
            }
        };
    }

    /**
     * One result row, from the row's content or else from the file at its path. Whatever goes
     * wrong with one file (reading included) is caught and recorded, so one bad file
     * never fails the task (and, after Spark's retries, the job). StackOverflowError is caught
     * too: a pathological document can exhaust a task thread's stack, and the thread is still
     * usable once the stack unwinds. Other errors (OutOfMemoryError) are left to Spark.
     */
    private Row extractOne(Extractor extractor, ExtractionJson json, String path, byte[] content) {
        try {
            if (content == null) {
                if (path == null) {
                    throw new IllegalArgumentException("neither a path nor a content");
                }
                content = files.read(path);
            }
            Extraction x = extractor.extract(content, path);
            return RowFactory.create(path, json.toJson(x), null,
                    x.article().title().orElse(null),
                    x.article().publisher().orElse(null),
                    x.article().published().orElse(null),
                    x.entities().size(), x.times().size(), x.quantities().size(), x.claims().size());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return RowFactory.create(path, null, e.toString(), null, null, null, null, null, null, null);
        }
    }
}
