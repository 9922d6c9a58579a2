package org.zhextract.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test inputs, and the one way a Spark document may differ from the library's. */
final class SparkTestFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern GLOB_CHARACTERS = Pattern.compile("[\\\\\\[\\]{}*?]");

    private SparkTestFiles() {
    }

    static Path root() {
        return Path.of(System.getProperty("zhextract.root", "..")).toAbsolutePath().normalize();
    }

    static Path seeds() {
        return root().resolve("testdata/seeds");
    }

    static Path corpus() {
        Path shared = Path.of(System.getProperty("zhextract.shared", root().resolve("../shared").toString()));
        return shared.toAbsolutePath().normalize().resolve("corpus");
    }

    /** The fixed 200-file corpus sample, as absolute paths. */
    static List<Path> corpusSample() {
        try {
            return Files.readAllLines(root().resolve("testdata/cases/spark/corpus-sample-200.txt")).stream()
                    .filter(line -> !line.isBlank())
                    .map(line -> corpus().resolve(line))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file path as a Spark path argument: Spark globs its paths, and corpus names hold [, { or ?. */
    static String sparkArgument(Path file) {
        return GLOB_CHARACTERS.matcher(file.toString()).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
    }

    /** The local file behind a path of Spark's binaryFile source ({@code file:/abs/path}). */
    static Path localFile(String sparkPath) {
        return Path.of(new org.apache.hadoop.fs.Path(sparkPath).toUri().getPath());
    }

    /**
     * A Spark document's JSON with its {@code source.path} (Hadoop's {@code file:/abs/x.md}) in the
     * form the library records for {@code extract(Path.of("/abs/x.md"))}. The path is the JSON's
     * first field value after {@code "source":{"path":}, so this replaces exactly that value and
     * leaves every other byte alone.
     */
    static String withLocalSourcePath(String json, String sparkPath) {
        String sparkField = "\"source\":{\"path\":" + quoted(sparkPath);
        if (!json.contains(sparkField)) {
            throw new AssertionError("source.path is not " + sparkPath + " in " + json.substring(0, Math.min(300, json.length())));
        }
        return json.replace(sparkField, "\"source\":{\"path\":" + quoted(localFile(sparkPath).toString()));
    }

    private static String quoted(String value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
