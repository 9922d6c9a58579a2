package org.zhextract.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.zhextract.TestFiles;

/**
 * Seeds a fuzz target with real pages from {@code ../shared/corpus}, read at test time: an even
 * spread of small files is copied into the target's generated corpus folder
 * ({@code .cifuzz-corpus/<class>/<method>/}, git-ignored, like {@code target/}), where Jazzer
 * reads it beside the seeds kept in test resources. Corpus files never enter the repository.
 */
final class CorpusSeeds {

    private static final int COUNT = 40;
    private static final long MAX_BYTES = 16 * 1024;

    private CorpusSeeds() {
    }

    static void addTo(Class<?> fuzzTest, String method) throws IOException {
        Path corpus = TestFiles.shared("corpus");
        if (!Files.isDirectory(corpus)) {
            return;
        }
        List<Path> small;
        try (Stream<Path> files = Files.walk(corpus)) {
            small = files.filter(Files::isRegularFile)
                    .filter(p -> size(p) <= MAX_BYTES)
                    .sorted()
                    .toList();
        }
        Path target = Path.of(".cifuzz-corpus", fuzzTest.getName(), method);
        Files.createDirectories(target);
        int step = Math.max(1, small.size() / COUNT);
        for (int i = 0, n = 0; i < small.size() && n < COUNT; i += step, n++) {
            Path seed = target.resolve("shared-corpus-" + n);
            if (!Files.exists(seed)) {
                Files.copy(small.get(i), seed);
            }
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
