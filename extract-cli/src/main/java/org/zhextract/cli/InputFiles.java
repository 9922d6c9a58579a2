package org.zhextract.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files to extract, each with the relative path its output mirrors. A single folder argument
 * maps to paths relative to itself; with several arguments each keeps its own folder name, so
 * same-named files in different folders never collide.
 */
final class InputFiles {

    /** A file to read, as the user's argument spells it, and the relative path its output mirrors. */
    record Input(Path file, Path relative) {
    }

    private InputFiles() {
    }

    static List<Input> collect(List<Path> arguments, List<String> problems) {
        List<Input> inputs = new ArrayList<>();
        boolean single = arguments.size() == 1;
        for (Path argument : arguments) {
            Path normalized = argument.toAbsolutePath().normalize();
            if (Files.isDirectory(normalized)) {
                Path base = single || normalized.getParent() == null ? normalized : normalized.getParent();
                try (Stream<Path> walk = Files.walk(normalized, FileVisitOption.FOLLOW_LINKS)) {
                    walk.filter(Files::isRegularFile)
                            .sorted()
                            .forEach(f -> inputs.add(new Input(argument.resolve(normalized.relativize(f)),
                                    base.relativize(f))));
                } catch (IOException | UncheckedIOException e) {
                    problems.add(argument + ": cannot walk folder: " + e.getMessage());
                }
            } else if (Files.exists(normalized)) {
                inputs.add(new Input(argument, normalized.getFileName()));
            } else {
                problems.add(argument + ": no such file or folder");
            }
        }
        return inputs;
    }
}
