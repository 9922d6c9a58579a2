package org.zhextract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a bundled word list or table (a UTF-8 classpath resource) as lines, for every stage that
 * ships one. Each stage keeps its own rules for comments and fields; only the reading is shared.
 */
public final class ResourceLines {

    private ResourceLines() {
    }

    /**
     * Every line of {@code name}, resolved as {@link Class#getResourceAsStream} does against
     * {@code owner} (relative to its package, or absolute with a leading slash).
     *
     * @throws IllegalStateException when the resource is missing: the jar is broken
     */
    public static List<String> read(Class<?> owner, String name) {
        String path = name.startsWith("/") ? name.substring(1) : owner.getPackageName().replace('.', '/') + "/" + name;
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path, e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("reading " + path, e.getCause());
        }
    }
}
