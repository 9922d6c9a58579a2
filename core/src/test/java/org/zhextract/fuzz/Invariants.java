package org.zhextract.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.zhextract.Extraction;
import org.zhextract.json.ExtractionJson;
import org.zhextract.json.ExtractionJsonSchemaTest;
import org.zhextract.model.Claim;
import org.zhextract.model.Entity;
import org.zhextract.model.Mention;
import org.zhextract.model.Quantity;
import org.zhextract.model.Sentence;
import org.zhextract.model.TimeValue;
import org.zhextract.text.DocumentText;

/** What must hold for every output, whatever the input. */
final class Invariants {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ExtractionJson JSON = new ExtractionJson();

    /**
     * The bytes are "binary" in the ingest contract: they start with a known binary magic number,
     * or hold a zero byte in their first 4 KB that is not the one-sided zero pattern of UTF-16.
     * A loose superset check: only inputs meeting it may be refused.
     */
    static boolean mayBeRefusedAsBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        List<byte[]> magics = List.of(new byte[] {(byte) 0x89, 'P', 'N', 'G'},
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, new byte[] {'G', 'I', 'F', '8'},
                new byte[] {'R', 'I', 'F', 'F'}, new byte[] {'%', 'P', 'D', 'F'}, new byte[] {'P', 'K', 3, 4},
                new byte[] {0x1F, (byte) 0x8B}, new byte[] {0x7F, 'E', 'L', 'F'});
        for (byte[] magic : magics) {
            if (bytes.length >= magic.length && java.util.Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length)) {
                return true;
            }
        }
        return false;
    }

    static void checkTimes(DocumentText document, List<TimeValue> times) {
        for (TimeValue t : times) {
            assertThat(t.end()).as("end of %s", t).isLessThanOrEqualTo(document.length());
            assertThat(document.slice(t.start(), t.end())).as("slice of %s", t).isEqualTo(t.text());
            assertThat(t.text()).as("text of %s", t).isNotEmpty();
        }
    }

    static void checkQuantities(DocumentText document, List<Quantity> quantities) {
        for (Quantity q : quantities) {
            assertThat(q.end()).as("end of %s", q).isLessThanOrEqualTo(document.length());
            assertThat(document.slice(q.start(), q.end())).as("slice of %s", q).isEqualTo(q.text());
            assertThat(q.text()).as("text of %s", q).isNotEmpty();
            q.value().ifPresent(v -> assertThat(Double.isFinite(v)).as("value of %s", q).isTrue());
        }
    }

    /** Offsets in range and consistent with the text, references resolvable, JSON valid zhextract/1. */
    static void checkExtraction(Extraction x) {
        DocumentText document = new DocumentText(x.text());
        int length = document.length();
        for (Sentence s : x.sentences()) {
            assertThat(s.end()).as("sentence %s", s).isLessThanOrEqualTo(length);
        }
        Set<String> ids = new HashSet<>();
        for (Entity e : x.entities()) {
            assertThat(ids.add(e.id())).as("unique id %s", e.id()).isTrue();
            for (Mention m : e.mentions()) {
                assertThat(m.end()).as("mention %s", m).isLessThanOrEqualTo(length);
                assertThat(document.slice(m.start(), m.end())).as("slice of %s", m).isEqualTo(m.text());
            }
        }
        checkTimes(document, x.times());
        checkQuantities(document, x.quantities());
        x.times().forEach(t -> assertThat(ids.add(t.id())).as("unique id %s", t.id()).isTrue());
        x.quantities().forEach(q -> assertThat(ids.add(q.id())).as("unique id %s", q.id()).isTrue());
        for (Claim c : x.claims()) {
            Claim.Content content = c.content();
            assertThat(content.end()).as("claim %s", c.id()).isLessThanOrEqualTo(length);
            assertThat(document.slice(content.start(), content.end())).as("content of %s", c.id())
                    .isEqualTo(content.text());
            c.speaker().span().ifPresent(span -> {
                assertThat(span.end()).as("speaker of %s", c.id()).isLessThanOrEqualTo(length);
                assertThat(document.slice(span)).as("speaker of %s", c.id()).isEqualTo(c.speaker().text().orElseThrow());
            });
            c.speaker().entity().ifPresent(id -> assertThat(ids).as("speaker entity of %s", c.id()).contains(id));
            assertThat(ids).as("references of %s", c.id()).containsAll(c.entities()).containsAll(c.times())
                    .containsAll(c.quantities());
        }
        try {
            ExtractionJsonSchemaTest.assertValidDocument(MAPPER.readTree(JSON.toJson(x)));
        } catch (JsonProcessingException e) {
            throw new AssertionError("output is not JSON", e);
        }
    }
}
