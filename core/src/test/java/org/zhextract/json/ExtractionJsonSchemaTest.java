package org.zhextract.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhextract.Extraction;
import org.zhextract.SharedExtractor;
import org.zhextract.TestFiles;
import org.zhextract.model.Approx;
import org.zhextract.model.Article;
import org.zhextract.model.Claim;
import org.zhextract.model.ClaimForm;
import org.zhextract.model.Quantity;
import org.zhextract.model.QuantityType;
import org.zhextract.model.Sentence;
import org.zhextract.model.Source;
import org.zhextract.model.Span;
import org.zhextract.model.Speaker;
import org.zhextract.model.TimeType;
import org.zhextract.model.TimeValue;

/** Checks the JSON against every required field of SCHEMA.md. */
public class ExtractionJsonSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final ExtractionJson json = new ExtractionJson();

    @ParameterizedTest
    @ValueSource(strings = {"000_bf65dbdb9e137cd9", "002_bc2f8cbaeac80638"})
    void seedOutputHasEverySchemaField(String seed) throws Exception {
        Extraction x = SharedExtractor.get().extract(TestFiles.seed(seed));
        JsonNode root = MAPPER.readTree(json.toJson(x));
        assertValidDocument(root);
        assertThat(root.path("entities").size()).isGreaterThan(10);
        assertThat(root.path("article").path("title").asText()).isNotBlank();
    }

    @Test
    void writesTimesQuantitiesAndClaimsWithAllTheirFields() throws Exception {
        String text = "标题\n乌沙科夫表示，两国将在400多天内签署10多份协议。";
        int speaker = text.indexOf("乌沙科夫");
        int content = text.indexOf("两国");
        int time = text.indexOf("400多天");
        int quantity = text.indexOf("10多份");
        Extraction x = new Extraction(
                new Source(Optional.of("a.txt"), "text", "UTF-8", "0".repeat(64)),
                Article.empty(), text, List.of(new Sentence(0, 2), new Sentence(3, text.length())),
                List.of(),
                List.of(new TimeValue("T1", TimeType.DURATION, "400多天", time, time + 5, "P400D", Optional.of(Approx.MORE_THAN))),
                List.of(new Quantity("Q1", QuantityType.QUANTITY, "10多份", quantity, quantity + 4, Optional.of(10.0),
                        Optional.empty(), Optional.empty(), "count", "份", Optional.of("份"),
                        Optional.of(Approx.MORE_THAN), Optional.empty())),
                List.of(new Claim("C1", new Speaker(Optional.of("乌沙科夫"), Optional.of(new Span(speaker, speaker + 4)), Optional.empty()),
                        "表示", new Claim.Content("两国将在400多天内签署10多份协议", content, text.length() - 1), ClaimForm.INDIRECT,
                        Optional.empty(), List.of(), List.of(), List.of("Q1"))),
                List.of("a warning"));

        JsonNode root = MAPPER.readTree(json.toJson(x));

        assertValidDocument(root);
        assertThat(root.at("/times/0/approx").asText()).isEqualTo("more_than");
        assertThat(root.at("/quantities/0/value").asDouble()).isEqualTo(10.0);
        assertThat(root.at("/quantities/0/min").isNull()).isTrue();
        assertThat(root.at("/claims/0/form").asText()).isEqualTo("indirect");
        assertThat(root.at("/claims/0/quantities/0").asText()).isEqualTo("Q1");
        assertThat(root.at("/warnings/0").asText()).isEqualTo("a warning");
    }

    @Test
    void equalExtractionsGiveIdenticalBytes() throws Exception {
        Extraction a = SharedExtractor.get().extract(TestFiles.seed("002_bc2f8cbaeac80638"));
        Extraction b = SharedExtractor.get().extract(TestFiles.seed("002_bc2f8cbaeac80638"));
        assertThat(json.toJson(a)).isEqualTo(json.toJson(b));
    }

    /** Every field SCHEMA.md requires, with its JSON type; shared with the CLI's output test. */
    public static void assertValidDocument(JsonNode root) {
        assertThat(root.path("schema").asText()).isEqualTo("zhextract/1");
        assertFields(root, Map.of("source", "object", "article", "object", "text", "string",
                "sentences", "array", "entities", "array", "times", "array", "quantities", "array",
                "claims", "array", "warnings", "array"));
        assertFields(root.path("source"), Map.of("path", "string|null", "format", "string",
                "charset", "string", "sha256", "string"));
        assertFields(root.path("article"), Map.of("title", "string|null", "url", "string|null",
                "publisher", "string|null", "published", "string|null", "authors", "array"));
        String text = root.path("text").asText();
        int length = text.codePointCount(0, text.length());
        for (JsonNode s : root.path("sentences")) {
            assertFields(s, Map.of("start", "number", "end", "number"));
            assertThat(s.path("end").asInt()).isBetween(s.path("start").asInt(), length);
        }
        for (JsonNode e : root.path("entities")) {
            assertFields(e, Map.of("id", "string", "type", "string", "name", "string", "aliases", "array",
                    "latin", "string|null", "titles", "array", "mentions", "array"));
            assertThat(e.path("type").asText()).isIn("PERSON", "ORG", "LOC", "EVENT");
            for (JsonNode m : e.path("mentions")) {
                assertFields(m, Map.of("start", "number", "end", "number", "text", "string"));
                assertThat(slice(text, m)).isEqualTo(m.path("text").asText());
            }
        }
        for (JsonNode t : root.path("times")) {
            assertFields(t, Map.of("id", "string", "type", "string", "text", "string", "start", "number",
                    "end", "number", "value", "string", "approx", "string|null"));
            assertThat(t.path("type").asText()).isIn("DATE", "TIME", "DURATION", "SET");
            assertThat(slice(text, t)).isEqualTo(t.path("text").asText());
        }
        for (JsonNode q : root.path("quantities")) {
            assertFields(q, Map.of("id", "string", "type", "string", "text", "string", "start", "number",
                    "end", "number", "value", "number|null", "unit", "string", "unitText", "string",
                    "approx", "string|null", "per", "string|null"));
            assertThat(q.path("type").asText()).isIn("QUANTITY", "MONEY", "PERCENT");
            assertThat(slice(text, q)).isEqualTo(q.path("text").asText());
        }
        for (JsonNode c : root.path("claims")) {
            assertFields(c, Map.of("id", "string", "speaker", "object", "cue", "string", "content", "object",
                    "form", "string", "via", "string|null", "entities", "array", "times", "array",
                    "quantities", "array"));
            assertFields(c.path("speaker"), Map.of("text", "string|null", "entity", "string|null"));
            assertFields(c.path("content"), Map.of("text", "string", "start", "number", "end", "number"));
            assertThat(c.path("form").asText()).isIn("direct", "indirect", "mixed");
        }
        for (JsonNode w : root.path("warnings")) {
            assertThat(w.isTextual()).isTrue();
        }
    }

    private static String slice(String text, JsonNode item) {
        int from = text.offsetByCodePoints(0, item.path("start").asInt());
        int to = text.offsetByCodePoints(0, item.path("end").asInt());
        return text.substring(from, to);
    }

    private static void assertFields(JsonNode node, Map<String, String> fields) {
        assertThat(node.isObject()).as("object expected: %s", node).isTrue();
        fields.forEach((name, types) -> {
            assertThat(node.has(name)).as("field '%s' in %s", name, node).isTrue();
            JsonNode value = node.get(name);
            String actual = value.isNull() ? "null" : value.isTextual() ? "string" : value.isNumber() ? "number"
                    : value.isArray() ? "array" : value.isObject() ? "object" : value.getNodeType().toString();
            assertThat(List.of(types.split("\\|"))).as("type of '%s' in %s", name, node).contains(actual);
        });
    }
}
