package org.zhextract.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.zhextract.cli.InputFiles.Input;

/**
 * One {@code .json} file per input under an output folder, mirroring the input's relative path
 * with the input's extension kept ({@code a/page.html} → {@code a/page.html.json}).
 *
 * <p>Each file is written to a temporary file beside it, then renamed, so a file that exists is
 * complete, even after a killed run. The temporary file's name is fixed per target
 * ({@code .page.html.json.zhextract-tmp}), so a re-run replaces or removes what a killed run left.
 */
final class JsonFilesSink implements OutputSink {

    static final String TEMPORARY_SUFFIX = ".zhextract-tmp";

    private final Path root;

    JsonFilesSink(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        Files.createDirectories(this.root);
    }

    Path targetOf(Input input) {
        Path target = root.resolve(input.relative().toString() + ".json").normalize();
        if (!target.startsWith(root)) {
            throw new IllegalArgumentException("output path " + target + " is outside the output folder");
        }
        return target;
    }

    private static Path temporaryOf(Path target) {
        return target.resolveSibling("." + target.getFileName() + TEMPORARY_SUFFIX);
    }

    /**
     * True when the target exists and ends with the line break every output ends with; a
     * leftover temporary file of a complete target is removed on the way.
     */
    @Override
    public boolean hasCompleteOutput(Input input) {
        Path target = targetOf(input);
        try (SeekableByteChannel channel = Files.newByteChannel(target, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size == 0) {
                return false;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.position(size - 1).read(last);
            if (last.get(0) != '\n') {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        try {
            Files.deleteIfExists(temporaryOf(target));
        } catch (IOException e) {
            // the leftover stays; the output itself is complete
        }
        return true;
    }

    @Override
    public void write(Input input, String json) throws IOException {
        Path target = targetOf(input);
        Files.createDirectories(target.getParent());
        Path temporary = temporaryOf(target);
        try {
            Files.writeString(temporary, json + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public void flush() {
        // every file is complete when write returns
    }

    @Override
    public void close() {
        // nothing held open
    }
}
