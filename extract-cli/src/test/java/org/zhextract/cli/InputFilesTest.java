package org.zhextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class InputFilesTest {

    @TempDir
    Path temp;

    @Test
    void walksDepthFirstWithNamesSortedInEachFolder() throws Exception {
        for (String name : List.of("c.md", "a.txt", "a/y.txt", "a/x.txt", "b/z/1.txt", "B.txt")) {
            Files.createDirectories(temp.resolve(name).getParent());
            Files.writeString(temp.resolve(name), "x");
        }

        List<String> relative = InputFiles.collect(List.of(temp), new ArrayList<>()).stream()
                .map(i -> i.relative().toString().replace('\\', '/')).toList();

        assertThat(relative).containsExactly("B.txt", "a/x.txt", "a/y.txt", "a.txt", "b/z/1.txt", "c.md");
    }

    @Test
    void listsOneFolderAtATime() throws Exception {
        Files.createDirectories(temp.resolve("first"));
        Files.writeString(temp.resolve("first/1.txt"), "x");
        Files.createDirectories(temp.resolve("second"));
        Iterator<InputFiles.Input> walk = new InputFiles(List.of(temp), PathFilter.ALL, (p, r) -> { }).iterator();

        assertThat(walk.next().relative().toString()).isEqualTo("first/1.txt".replace('/', java.io.File.separatorChar));
        // A file added to a folder the walk has not reached yet is still found: nothing was listed ahead.
        Files.writeString(temp.resolve("second/2.txt"), "x");
        assertThat(walk.next().relative().getFileName().toString()).isEqualTo("2.txt");
        assertThat(walk.hasNext()).isFalse();
    }

    @Test
    void severalArgumentsKeepTheirFolderNames() throws Exception {
        Files.createDirectories(temp.resolve("one"));
        Files.writeString(temp.resolve("one/a.txt"), "x");
        Files.writeString(temp.resolve("b.txt"), "x");

        List<InputFiles.Input> inputs = InputFiles.collect(List.of(temp.resolve("one"), temp.resolve("b.txt"),
                temp.resolve("missing.txt")), new ArrayList<>());

        assertThat(inputs).extracting(i -> i.relative().toString().replace('\\', '/'))
                .containsExactly("one/a.txt", "b.txt", "missing.txt");
        assertThat(InputFiles.sharedOutputName(List.of(temp.resolve("one"), temp.resolve("x/one")))).contains("one");
        assertThat(InputFiles.sharedOutputName(List.of(temp.resolve("one"), temp.resolve("two")))).isEmpty();
    }

    @ParameterizedTest(name = "include {0} exclude {1}: {2} → {3}")
    @CsvFileSource(files = "../testdata/cases/path-filter.csv")
    void globsChooseFilesByNameOrRelativePath(String includes, String excludes, String path, boolean taken) {
        PathFilter filter = new PathFilter(split(includes), split(excludes));

        assertThat(filter.accepts(Path.of(path))).isEqualTo(taken);
    }

    private static List<String> split(String globs) {
        return globs == null ? List.of() : Arrays.asList(globs.split(";"));
    }
}
