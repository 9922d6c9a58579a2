package org.zhextract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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

    /**
     * Every {@code every}-th file, in name order, of each collection of the shared news corpus
     * (all of them for 1), read in place.
     */
    public static List<Path> corpusFiles(int every) throws IOException {
        List<Path> selected = new ArrayList<>();
        try (Stream<Path> folders = Files.list(shared("corpus"))) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(folder)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (int i = 0; i < files.size(); i += every) {
                    selected.add(files.get(i));
                }
            }
        }
        return selected;
    }
}
