package org.zhextract.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhextract.TestFiles;

class HanLpConfinementTest {

    @Test
    void onlyTheSegmentPackageImportsHanLp() throws IOException {
        Path main = TestFiles.root().resolve("core/src/main/java");
        List<Path> importers;
        try (Stream<Path> files = Files.walk(main)) {
            importers = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> read(p).contains("import com.hankcs"))
                    .toList();
        }
        assertThat(importers).isNotEmpty()
                .allSatisfy(p -> assertThat(main.relativize(p).toString().replace('\\', '/'))
                        .startsWith("org/zhextract/segment/"));
    }

    @Test
    void hanLpConfigurationIsWrittenInOnePlaceOnly() throws IOException {
        Path main = TestFiles.root().resolve("core/src/main/java");
        List<Path> writers;
        try (Stream<Path> files = Files.walk(main)) {
            writers = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> read(p).matches("(?s).*HanLP\\.Config\\.\\w+\\s*(=|\\().*"))
                    .toList();
        }
        assertThat(writers).extracting(p -> p.getFileName().toString()).containsExactly("HanLpSetup.java");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
