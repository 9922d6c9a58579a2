package org.zhextract.cli;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Which input files to take, from {@code --include} and {@code --exclude} globs. A glob without
 * a {@code /} matches the file name ({@code *.md}); a glob with one matches the path relative to
 * the input folder ({@code feedx-2020/**}). A file is taken when it matches some include (or
 * there are none) and no exclude.
 *
 * <p>Immutable and thread-safe.
 */
final class PathFilter {

    static final PathFilter ALL = new PathFilter(List.of(), List.of());

    private final List<Glob> includes;
    private final List<Glob> excludes;

    PathFilter(List<String> includes, List<String> excludes) {
        this.includes = includes.stream().map(Glob::new).toList();
        this.excludes = excludes.stream().map(Glob::new).toList();
    }

    boolean accepts(Path relative) {
        return (includes.isEmpty() || includes.stream().anyMatch(g -> g.matches(relative)))
                && excludes.stream().noneMatch(g -> g.matches(relative));
    }

    private static final class Glob {
        private final PathMatcher matcher;
        private final boolean wholePath;

        Glob(String pattern) {
            // Globs are written with '/', whatever the platform's separator.
            this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            this.wholePath = pattern.contains("/");
        }

        boolean matches(Path relative) {
            Path name = relative.getFileName();
            return wholePath ? matcher.matches(relative) : name != null && matcher.matches(name);
        }
    }
}
