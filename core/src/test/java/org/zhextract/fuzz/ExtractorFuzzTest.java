package org.zhextract.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.zhextract.Extraction;
import org.zhextract.SharedExtractor;
import org.zhextract.ingest.UnreadableDocumentException;
import org.zhextract.json.ExtractionJson;
import org.zhextract.json.ExtractionJsonSchemaTest;

/**
 * Coverage-guided fuzzing of the whole pipeline: every extraction must be valid zhextract/1 with
 * offsets that slice to each item's text (checked by the schema test's validator).
 */
class ExtractorFuzzTest {

    @org.junit.jupiter.api.BeforeAll
    static void seedFromTheSharedCorpus() throws java.io.IOException {
        CorpusSeeds.addTo(ExtractorFuzzTest.class, "everyExtractionIsValidJson");
    }

    private static final ExtractionJson JSON = new ExtractionJson();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @FuzzTest(maxDuration = "60s")
    void everyExtractionIsValidJson(byte[] bytes) throws Exception {
        Extraction x;
        try {
            x = SharedExtractor.get().extract(bytes, "page.html");
        } catch (UnreadableDocumentException binary) {
            return;
        }
        ExtractionJsonSchemaTest.assertValidDocument(MAPPER.readTree(JSON.toJson(x)));
    }
}
