package org.zhextract.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * {@code errors.jsonl}: one line per failed input, {@code {"path": "...", "error": "..."}}, in
 * input order. Each line is flushed as it is written, so after a killed run the file lists every
 * failure up to the point where the run stopped.
 */
final class ErrorLog implements Closeable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Optional<BufferedWriter> out;

    private ErrorLog(Optional<BufferedWriter> out) {
        this.out = out;
    }

    /** Failures go to stderr only. */
    static ErrorLog none() {
        return new ErrorLog(Optional.empty());
    }

    /** Writes to {@code file}, replacing it, or appending to it when resuming. */
    static ErrorLog to(Path file, boolean append) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new ErrorLog(Optional.of(append
                ? Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND)
                : Files.newBufferedWriter(file, StandardCharsets.UTF_8)));
    }

    void record(String path, String reason) throws IOException {
        if (out.isEmpty()) {
            return;
        }
        ObjectNode line = MAPPER.createObjectNode().put("path", path).put("error", reason);
        out.get().write(MAPPER.writeValueAsString(line));
        out.get().write('\n');
        out.get().flush();
    }

    /** The {@code path} of an error line. */
    static String pathOf(String line) {
        try {
            return MAPPER.readTree(line).path("path").asText();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("not an errors.jsonl line: " + line, e);
        }
    }

    @Override
    public void close() throws IOException {
        if (out.isPresent()) {
            out.get().close();
        }
    }
}
