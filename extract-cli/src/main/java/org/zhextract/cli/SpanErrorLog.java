package org.zhextract.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.zhextract.eval.LabeledSentence;
import org.zhextract.eval.LabeledSentence.LabeledSpan;

/**
 * The errors behind an NER score, for reading rather than counting: one JSON line per sentence
 * that has a missed or a spurious span, {@code {"file", "sentence", "text", "missed": [[start,
 * end, type, surface]...], "spurious": [...]}}, offsets in UTF-16 chars as the scorer counts them.
 * A span of the right extent but the wrong type is listed on both sides, as the scorer counts it.
 */
final class SpanErrorLog implements Closeable {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Comparator<LabeledSpan> BY_POSITION =
            Comparator.comparingInt(LabeledSpan::start).thenComparingInt(LabeledSpan::end);

    private final BufferedWriter out;

    private SpanErrorLog(BufferedWriter out) {
        this.out = out;
    }

    /** A log writing to {@code file} (replaced), or none when {@code file} is null. */
    static SpanErrorLog toFileOrNone(Path file) throws IOException {
        if (file == null) {
            return new SpanErrorLog(null);
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new SpanErrorLog(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    void record(Path file, int sentenceIndex, LabeledSentence sentence, List<LabeledSpan> predicted) throws IOException {
        if (out == null) {
            return;
        }
        Set<LabeledSpan> gold = new HashSet<>(sentence.spans());
        Set<LabeledSpan> guessed = new HashSet<>(predicted);
        List<LabeledSpan> missed = gold.stream().filter(s -> !guessed.contains(s)).sorted(BY_POSITION).toList();
        List<LabeledSpan> spurious = guessed.stream().filter(s -> !gold.contains(s)).sorted(BY_POSITION).toList();
        if (missed.isEmpty() && spurious.isEmpty()) {
            return;
        }
        ObjectNode line = MAPPER.createObjectNode()
                .put("file", file.toString())
                .put("sentence", sentenceIndex)
                .put("text", sentence.text());
        line.set("missed", spans(sentence.text(), missed));
        line.set("spurious", spans(sentence.text(), spurious));
        out.write(MAPPER.writeValueAsString(line));
        out.write('\n');
    }

    private static ArrayNode spans(String text, List<LabeledSpan> spans) {
        ArrayNode array = MAPPER.createArrayNode();
        for (LabeledSpan s : spans) {
            array.addArray().add(s.start()).add(s.end()).add(s.type()).add(text.substring(s.start(), s.end()));
        }
        return array;
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}
