package org.zhextract;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's testdata and the shared folder beside the repository are. */
public final class TestFiles {

    private TestFiles() {
    }

    public static Path root() {
        String configured = System.getProperty("zhextract.root");
        Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("testdata/seeds"))) {
                return p;
            }
        }
        throw new IllegalStateException("no testdata/seeds above " + start);
    }

    public static Path testdata(String relative) {
        return root().resolve("testdata").resolve(relative);
    }

    public static Path shared(String relative) {
        String configured = System.getProperty("zhextract.shared");
        Path shared = configured != null ? Path.of(configured) : root().resolve("../shared");
        return shared.normalize().resolve(relative);
    }

    public static Path seed(String stem) {
        return testdata("seeds/" + stem + ".txt");
    }
}
