package org.zhextract.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.zhextract.Extraction;
import org.zhextract.model.Article;
import org.zhextract.model.Claim;
import org.zhextract.model.Entity;
import org.zhextract.model.Mention;
import org.zhextract.model.Quantity;
import org.zhextract.model.Sentence;
import org.zhextract.model.Source;
import org.zhextract.model.Speaker;
import org.zhextract.model.TimeValue;

/**
 * Writes an {@link Extraction} as a {@code zhextract/1} JSON object. Every field of the schema is
 * always present, with {@code null} for unknown values and {@code []} for empty lists, so that
 * every document loads into the same columns. Field order is fixed, so equal extractions give
 * byte-identical output.
 *
 * <p>Immutable and thread-safe.
 */
public final class ExtractionJson {

    private final ObjectMapper mapper = new ObjectMapper();

    /** The extraction as a tree, for callers that add fields or embed it. */
    public ObjectNode toTree(Extraction x) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schema", Extraction.SCHEMA);
        root.set("source", source(x.source()));
        root.set("article", article(x.article()));
        root.put("text", x.text());
        ArrayNode sentences = root.putArray("sentences");
        for (Sentence s : x.sentences()) {
            sentences.addObject().put("start", s.start()).put("end", s.end());
        }
        ArrayNode entities = root.putArray("entities");
        x.entities().forEach(e -> entities.add(entity(e)));
        ArrayNode times = root.putArray("times");
        x.times().forEach(t -> times.add(time(t)));
        ArrayNode quantities = root.putArray("quantities");
        x.quantities().forEach(q -> quantities.add(quantity(q)));
        ArrayNode claims = root.putArray("claims");
        x.claims().forEach(c -> claims.add(claim(c)));
        strings(root.putArray("warnings"), x.warnings());
        return root;
    }

    /** One-line JSON, as in JSON Lines. */
    public String toJson(Extraction x) {
        return write(toTree(x), false);
    }

    /** Indented JSON. */
    public String toPrettyJson(Extraction x) {
        return write(toTree(x), true);
    }

    private String write(ObjectNode tree, boolean pretty) {
        try {
            return pretty
                    ? mapper.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree)
                    : mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private ObjectNode source(Source s) {
        ObjectNode node = mapper.createObjectNode();
        put(node, "path", s.path());
        node.put("format", s.format());
        node.put("charset", s.charset());
        node.put("sha256", s.sha256());
        return node;
    }

    private ObjectNode article(Article a) {
        ObjectNode node = mapper.createObjectNode();
        put(node, "title", a.title());
        put(node, "url", a.url());
        put(node, "publisher", a.publisher());
        put(node, "published", a.published());
        strings(node.putArray("authors"), a.authors());
        put(node, "editor", a.editor());
        return node;
    }

    private ObjectNode entity(Entity e) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", e.id());
        node.put("type", e.type().name());
        node.put("name", e.name());
        strings(node.putArray("aliases"), e.aliases());
        put(node, "latin", e.latin());
        strings(node.putArray("titles"), e.titles());
        ArrayNode mentions = node.putArray("mentions");
        for (Mention m : e.mentions()) {
            mentions.addObject().put("start", m.start()).put("end", m.end()).put("text", m.text());
        }
        return node;
    }

    private ObjectNode time(TimeValue t) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", t.id());
        node.put("type", t.type().name());
        node.put("text", t.text());
        node.put("start", t.start());
        node.put("end", t.end());
        node.put("value", t.value());
        put(node, "approx", t.approx().map(a -> a.code()));
        return node;
    }

    private ObjectNode quantity(Quantity q) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", q.id());
        node.put("type", q.type().name());
        node.put("text", q.text());
        node.put("start", q.start());
        node.put("end", q.end());
        putNumber(node, "value", q.value());
        putNumber(node, "min", q.min());
        putNumber(node, "max", q.max());
        node.put("unit", q.unit());
        node.put("unitText", q.unitText());
        put(node, "classifier", q.classifier());
        put(node, "approx", q.approx().map(a -> a.code()));
        put(node, "per", q.per());
        return node;
    }

    private ObjectNode claim(Claim c) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", c.id());
        Speaker s = c.speaker();
        ObjectNode speaker = node.putObject("speaker");
        put(speaker, "text", s.text());
        put(speaker, "entity", s.entity());
        if (s.span().isPresent()) {
            speaker.put("start", s.span().get().start()).put("end", s.span().get().end());
        } else {
            speaker.putNull("start");
            speaker.putNull("end");
        }
        node.put("cue", c.cue());
        node.putObject("content")
                .put("text", c.content().text())
                .put("start", c.content().start())
                .put("end", c.content().end());
        node.put("form", c.form().code());
        put(node, "via", c.via());
        strings(node.putArray("entities"), c.entities());
        strings(node.putArray("times"), c.times());
        strings(node.putArray("quantities"), c.quantities());
        return node;
    }

    private static void put(ObjectNode node, String field, Optional<String> value) {
        if (value.isPresent()) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }

    private static void putNumber(ObjectNode node, String field, Optional<Double> value) {
        if (value.isPresent()) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
