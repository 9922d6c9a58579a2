package org.zhextract.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.zhextract.ingest.IngestedDocument;
import org.zhextract.ingest.Ingester;
import org.zhextract.ingest.UnreadableDocumentException;

/**
 * Coverage-guided fuzzing of ingestion on raw bytes. The only exception allowed out is
 * {@link UnreadableDocumentException} for binary data; the seeds are the seed articles and
 * small HTML, Markdown and GBK pages (under {@code src/test/resources/…/IngestFuzzTestInputs}).
 */
class IngestFuzzTest {

    @org.junit.jupiter.api.BeforeAll
    static void seedFromTheSharedCorpus() throws java.io.IOException {
        CorpusSeeds.addTo(IngestFuzzTest.class, "anyBytesGiveADocumentOrAClearError");
    }

    private static final Ingester INGESTER = new Ingester();

    @FuzzTest(maxDuration = "60s")
    void anyBytesGiveADocumentOrAClearError(byte[] bytes) {
        for (String name : new String[] {"page.html", "page.md", "page.txt"}) {
            try {
                IngestedDocument doc = INGESTER.read(bytes, name);
                assertThat(doc.text()).doesNotContain("\u0000");
                assertThat(doc.source().sha256()).hasSize(64);
                doc.article().title().ifPresent(title -> assertThat(doc.text()).startsWith(title));
            } catch (UnreadableDocumentException expected) {
                assertThat(expected.getMessage()).contains(name);
            }
        }
    }
}
