package org.zhextract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads NER benchmark and training files into {@link LabeledSentence}s with types normalized to
 * PER, LOC and ORG:
 * <ul>
 *   <li>character-per-line BIO or BMES(O) files ({@code 中 B-NT}), blank line between sentences,
 *       tags NR/PER → PER, NS/LOC → LOC, NT/ORG → ORG;</li>
 *   <li>JSON lines with {@code text} and {@code spans} = [[start, end_exclusive, TYPE]];</li>
 *   <li>CLUENER JSON lines ({@code label} → type → surface → [[start, end_inclusive]]), with
 *       name → PER, organization/company/government → ORG, address/scene → LOC and the other
 *       fine types dropped.</li>
 * </ul>
 */
public final class NerCorpus {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("NR", "PER"), Map.entry("PER", "PER"), Map.entry("PERSON", "PER"), Map.entry("NAME", "PER"),
            Map.entry("NS", "LOC"), Map.entry("LOC", "LOC"), Map.entry("ADDRESS", "LOC"), Map.entry("SCENE", "LOC"),
            Map.entry("NT", "ORG"), Map.entry("ORG", "ORG"), Map.entry("ORGANIZATION", "ORG"),
            Map.entry("COMPANY", "ORG"), Map.entry("GOVERNMENT", "ORG"));

    private NerCorpus() {
    }

    /** Reads a file, choosing the format by its content: JSON lines or tagged characters. */
    public static List<LabeledSentence> read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.mark(4096);
            String first = in.readLine();
            in.reset();
            return first != null && first.stripLeading().startsWith("{") ? readJsonLines(in) : readTagged(in);
        }
    }

    /** The normalized type of a benchmark type name, or empty for types outside PER/LOC/ORG. */
    public static Optional<String> normalizeType(String type) {
        return Optional.ofNullable(TYPES.get(type.toUpperCase(Locale.ROOT)));
    }

    private static List<LabeledSentence> readTagged(BufferedReader in) throws IOException {
        List<LabeledSentence> sentences = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<String> tags = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                flush(text, tags, sentences);
                continue;
            }
            int space = line.lastIndexOf(' ') >= 0 ? line.lastIndexOf(' ') : line.lastIndexOf('\t');
            if (space <= 0) {
                continue;
            }
            text.append(line, 0, space);
            // a "character" column is one code point; keep tags aligned with chars for BMP text
            for (int i = 1; i < space; i++) {
                tags.add("O");
            }
            tags.add(line.substring(space + 1).strip());
        }
        flush(text, tags, sentences);
        return sentences;
    }

    private static void flush(StringBuilder text, List<String> tags, List<LabeledSentence> out) {
        if (text.length() == 0) {
            return;
        }
        out.add(new LabeledSentence(text.toString(), spansOf(tags)));
        text.setLength(0);
        tags.clear();
    }

    /** Spans from BIO or BMES/BIOES tags; a stray I/M/E without B starts a span of its own. */
    static List<LabeledSentence.LabeledSpan> spansOf(List<String> tags) {
        List<LabeledSentence.LabeledSpan> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String prefix = tag.length() > 1 && tag.charAt(1) == '-' ? tag.substring(0, 1) : tag;
            String tagType = tag.length() > 2 ? tag.substring(2) : null;
            boolean continues = type != null && (prefix.equals("I") || prefix.equals("M") || prefix.equals("E"))
                    && type.equals(tagType);
            if (!continues && type != null) {
                add(spans, start, i, type);
                type = null;
            }
            if (prefix.equals("S")) {
                add(spans, i, i + 1, tagType);
            } else if (prefix.equals("B") || (!continues && (prefix.equals("I") || prefix.equals("M") || prefix.equals("E")))) {
                start = i;
                type = tagType;
            }
            if (prefix.equals("E") && type != null) {
                add(spans, start, i + 1, type);
                type = null;
            }
        }
        return spans;
    }

    private static void add(List<LabeledSentence.LabeledSpan> spans, int start, int end, String type) {
        normalizeType(type).ifPresent(t -> spans.add(new LabeledSentence.LabeledSpan(start, end, t)));
    }

    private static List<LabeledSentence> readJsonLines(BufferedReader in) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<LabeledSentence> sentences = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = mapper.readTree(line);
            String text = node.path("text").asText();
            List<LabeledSentence.LabeledSpan> spans = new ArrayList<>();
            for (JsonNode s : node.path("spans")) {
                add(spans, s.get(0).asInt(), s.get(1).asInt(), s.get(2).asText());
            }
            for (Iterator<Map.Entry<String, JsonNode>> types = node.path("label").fields(); types.hasNext(); ) {
                Map.Entry<String, JsonNode> type = types.next();
                for (Iterator<JsonNode> surfaces = type.getValue().elements(); surfaces.hasNext(); ) {
                    for (JsonNode range : surfaces.next()) {
                        add(spans, range.get(0).asInt(), range.get(1).asInt() + 1, type.getKey());
                    }
                }
            }
            spans.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
            sentences.add(new LabeledSentence(text, spans));
        }
        return sentences;
    }
}
