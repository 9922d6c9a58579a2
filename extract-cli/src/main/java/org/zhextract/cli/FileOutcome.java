package org.zhextract.cli;

import java.util.Objects;
import org.zhextract.cli.InputFiles.Input;

/** What became of one input file in a batch. */
sealed interface FileOutcome {

    Input input();

    /** Extracted; {@code json} is the serialized document without a line break. */
    record Extracted(Input input, String json, long characters) implements FileOutcome {
        public Extracted {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(json, "json");
        }
    }

    /** Left alone because an earlier run already wrote its complete output. */
    record Skipped(Input input) implements FileOutcome {
        public Skipped {
            Objects.requireNonNull(input, "input");
        }
    }

    /** Could not be read or extracted; {@code reason} says why, on one line. */
    record Failed(Input input, String reason) implements FileOutcome {
        public Failed {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
