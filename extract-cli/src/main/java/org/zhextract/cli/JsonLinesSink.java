package org.zhextract.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import org.zhextract.cli.InputFiles.Input;

/**
 * All documents as JSON Lines, one document per line, in input order, into one file or a
 * stream such as standard output.
 */
final class JsonLinesSink implements OutputSink {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Writer out;
    private final boolean ownsWriter;

    private JsonLinesSink(Writer out, boolean ownsWriter) {
        this.out = Objects.requireNonNull(out, "out");
        this.ownsWriter = ownsWriter;
    }

    /** Writes to a stream the caller owns and closes (standard output). */
    static JsonLinesSink toStream(Writer out) {
        return new JsonLinesSink(out, false);
    }

    /**
     * Writes to a file, replacing it, or appending to it when resuming a run whose complete
     * lines {@link CompleteLines#keepCompleteLines} has kept.
     */
    static JsonLinesSink toFile(Path file, boolean append) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        BufferedWriter writer = append
                ? Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND)
                : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new JsonLinesSink(writer, true);
    }

    /** Never: a JSON Lines run resumes after its last complete line instead. */
    @Override
    public boolean hasCompleteOutput(Input input) {
        return false;
    }

    @Override
    public void write(Input input, String json) throws IOException {
        out.write(json);
        out.write('\n');
    }

    /** The {@code source.path} of a zhextract/1 line: the input it was extracted from. */
    static String sourcePathOf(String line) {
        try {
            return MAPPER.readTree(line).path("source").path("path").asText();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("not a zhextract/1 line: " + line.substring(0, Math.min(80, line.length())), e);
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (ownsWriter) {
            out.close();
        } else {
            out.flush();
        }
    }
}
