package org.zhextract.cli;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Repairs a line-oriented file that a killed run may have left with a partial last line: cuts
 * the partial line off and returns the last complete one, so a resumed run can append after it.
 */
final class CompleteLines {

    private static final int CHUNK = 64 * 1024;

    private CompleteLines() {
    }

    /**
     * Truncates {@code file} after its last line break and returns the line before that break;
     * empty when the file is missing or holds no complete line (it is then emptied).
     */
    static Optional<String> keepCompleteLines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (RandomAccessFile access = new RandomAccessFile(file.toFile(), "rw")) {
            long end = lastLineBreakBefore(access, access.length());
            if (end < 0) {
                access.setLength(0);
                return Optional.empty();
            }
            access.setLength(end + 1);
            long start = lastLineBreakBefore(access, end) + 1;
            byte[] line = new byte[Math.toIntExact(end - start)];
            access.seek(start);
            access.readFully(line);
            return Optional.of(new String(line, StandardCharsets.UTF_8));
        }
    }

    /** Position of the last '\n' before {@code limit}, or -1. */
    private static long lastLineBreakBefore(RandomAccessFile access, long limit) throws IOException {
        byte[] buffer = new byte[CHUNK];
        long chunkEnd = limit;
        while (chunkEnd > 0) {
            long chunkStart = Math.max(0, chunkEnd - CHUNK);
            int length = (int) (chunkEnd - chunkStart);
            access.seek(chunkStart);
            access.readFully(buffer, 0, length);
            for (int i = length - 1; i >= 0; i--) {
                if (buffer[i] == '\n') {
                    return chunkStart + i;
                }
            }
            chunkEnd = chunkStart;
        }
        return -1;
    }
}
