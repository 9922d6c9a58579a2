package org.zhextract.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a document came from: its path or name as given, the detected format ({@code html},
 * {@code markdown}, {@code text}), the charset it was decoded with, and the SHA-256 of its bytes.
 */
public record Source(Optional<String> path, String format, String charset, String sha256) {

    public Source {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(sha256, "sha256");
    }
}
