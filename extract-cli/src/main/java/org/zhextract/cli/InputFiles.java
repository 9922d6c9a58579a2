package org.zhextract.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The files to extract, each with the relative path its output mirrors, produced lazily: folders
 * are walked depth first, one folder listing at a time, so memory grows with the largest folder
 * and the depth of the tree, never with the number of files. Entries of each folder are visited
 * in name order, so the order is the same on every run and every machine.
 *
 * <p>A single folder argument maps to paths relative to itself; with several arguments each
 * keeps its own folder name, so same-named files in different folders never collide.
 */
final class InputFiles implements Iterable<InputFiles.Input> {

    /** A file to read, as the user's argument spells it, and the relative path its output mirrors. */
    record Input(Path file, Path relative) {
        Input {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(relative, "relative");
        }
    }

    private final List<Path> arguments;
    private final PathFilter filter;
    private final BiConsumer<Path, String> problems;

    /**
     * @param problems told about folders that cannot be read (a missing file argument is offered
     *                 as an input, whose reading then fails);
     *                 called from the thread that iterates
     */
    InputFiles(List<Path> arguments, PathFilter filter, BiConsumer<Path, String> problems) {
        this.arguments = List.copyOf(arguments);
        this.filter = Objects.requireNonNull(filter, "filter");
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    /** Every input at once; for small runs and tests. */
    static List<Input> collect(List<Path> arguments, List<String> problems) {
        List<Input> inputs = new ArrayList<>();
        new InputFiles(arguments, PathFilter.ALL, (path, reason) -> problems.add(path + ": " + reason))
                .forEach(inputs::add);
        return inputs;
    }

    /**
     * The first output name two arguments would share (two folders or files with the same name
     * given together), which would make one's output overwrite the other's.
     */
    static Optional<String> sharedOutputName(List<Path> arguments) {
        if (arguments.size() < 2) {
            return Optional.empty();
        }
        Set<String> names = new HashSet<>();
        for (Path argument : arguments) {
            Path name = argument.toAbsolutePath().normalize().getFileName();
            String key = name == null ? "/" : name.toString();
            if (!names.add(key)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    @Override
    public Iterator<Input> iterator() {
        return new Walk();
    }

    /** Depth-first walk over all arguments; each call to {@code iterator()} walks afresh. */
    private final class Walk implements Iterator<Input> {

        private final Iterator<Path> remainingArguments = arguments.iterator();
        /** Folders being walked, innermost last; each holds its not yet visited, sorted entries. */
        private final Deque<Iterator<Path>> openFolders = new ArrayDeque<>();
        /** Real paths of the folders in {@code openFolders}, to stop at symbolic-link cycles. */
        private final Deque<Path> openRealPaths = new ArrayDeque<>();
        private Path argument;
        private Path argumentRoot;
        private Path base;
        private Input next;

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (!openFolders.isEmpty()) {
                    Iterator<Path> folder = openFolders.peekLast();
                    if (!folder.hasNext()) {
                        openFolders.removeLast();
                        openRealPaths.removeLast();
                        continue;
                    }
                    visit(folder.next());
                } else if (remainingArguments.hasNext()) {
                    start(remainingArguments.next());
                } else {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Input next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Input result = next;
            next = null;
            return result;
        }

        private void start(Path arg) {
            argument = arg;
            argumentRoot = arg.toAbsolutePath().normalize();
            if (Files.isDirectory(argumentRoot)) {
                boolean single = arguments.size() == 1;
                base = single || argumentRoot.getParent() == null ? argumentRoot : argumentRoot.getParent();
                open(argumentRoot);
            } else {
                // A missing file is offered too: reading it fails, and it is reported in its
                // place in the order like any other failed input.
                Path name = argumentRoot.getFileName();
                offer(arg, name == null ? argumentRoot : name);
            }
        }

        private void visit(Path entry) {
            if (Files.isDirectory(entry)) {
                open(entry);
            } else if (Files.isRegularFile(entry) || Files.isSymbolicLink(entry)) {
                // A broken link is offered too, so that it is reported rather than silently lost.
                offer(argument.resolve(argumentRoot.relativize(entry)), base.relativize(entry));
            }
        }

        private void offer(Path file, Path relative) {
            if (filter.accepts(relative)) {
                next = new Input(file, relative);
            }
        }

        private void open(Path folder) {
            List<Path> entries = new ArrayList<>();
            Path real;
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
                real = folder.toRealPath();
                if (openRealPaths.contains(real)) {
                    problems.accept(folder, "skipped, a symbolic link back to a folder above it");
                    return;
                }
                listing.forEach(entries::add);
            } catch (IOException | RuntimeException e) {
                problems.accept(folder, "cannot read folder: " + e);
                return;
            }
            // Name order, compared as strings so the order does not depend on the file system.
            entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
            openFolders.addLast(entries.iterator());
            openRealPaths.addLast(real);
        }
    }
}
