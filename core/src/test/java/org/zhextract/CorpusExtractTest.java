package org.zhextract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhextract.json.ExtractionJson;
import org.zhextract.json.ExtractionJsonSchemaTest;

/**
 * The whole pipeline over the shared news corpus, read in place: no stage throws on any page,
 * and the output is valid {@code zhextract/1}. Rule changes that pass every case table can still
 * throw on text no table holds (a 2026-12-05 quantity rule indexed past a comma on 22 of 10,423
 * pages), and one exception loses that page's whole result.
 *
 * <p>By default every second file of each folder (over 5,000) runs on all cores, every tenth
 * result is also checked against the schema; {@code -Dzhextract.corpus=full} takes them all:
 * {@code mvn -o -B verify -pl core -Dtest=CorpusExtractTest -Dzhextract.corpus=full}.
 */
class CorpusExtractTest {

    private static final int SAMPLE_EVERY = 2;
    private static final int SCHEMA_CHECK_EVERY = 10;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everyCorpusPageExtractsWithoutAnException() throws Exception {
        boolean full = "full".equals(System.getProperty("zhextract.corpus"));
        List<Path> files = TestFiles.corpusFiles(full ? 1 : SAMPLE_EVERY);
        assertThat(files).as("corpus files").hasSizeGreaterThanOrEqualTo(full ? 10_000 : 5_000);

        Extractor extractor = SharedExtractor.get();
        ExtractionJson json = new ExtractionJson();
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                boolean checkSchema = i % SCHEMA_CHECK_EVERY == 0;
                outcomes.add(pool.submit(() -> {
                    try {
                        Extraction x = extractor.extract(file);
                        if (checkSchema) {
                            ExtractionJsonSchemaTest.assertValidDocument(MAPPER.readTree(json.toJson(x)));
                        }
                        return null;
                    } catch (RuntimeException | AssertionError e) {
                        return file + ": " + e + " at " + whereInOurCode(e);
                    }
                }));
            }
            List<String> problems = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                String problem = outcome.get();
                if (problem != null) {
                    problems.add(problem);
                }
            }
            assertThat(problems).as("pages whose extraction failed").isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    /** The first stack frame in zhextract's own code: where the exception came from. */
    private static String whereInOurCode(Throwable e) {
        return Stream.of(e.getStackTrace())
                .filter(frame -> frame.getClassName().startsWith("org.zhextract."))
                .findFirst().map(StackTraceElement::toString).orElse("?");
    }
}
