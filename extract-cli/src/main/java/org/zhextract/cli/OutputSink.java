package org.zhextract.cli;

import java.io.Closeable;
import java.io.IOException;
import org.zhextract.cli.InputFiles.Input;

/** Where extracted documents go: one file each, or one JSON Lines stream. */
interface OutputSink extends Closeable {

    /**
     * Whether an earlier run left a complete output for this input, so {@code --skip-existing}
     * may leave it alone. Called from worker threads.
     */
    boolean hasCompleteOutput(Input input);

    /** Writes one document; called from one thread, in input order. */
    void write(Input input, String json) throws IOException;

    /** Pushes everything written so far to the operating system. */
    void flush() throws IOException;
}
