package org.zhextract.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.zhextract.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zhextract extract PATH... -o OUT}: one zhextract/1 JSON file per input file, or one
 * JSON Lines file or stream. Only parses options; {@link BatchExtraction} does the work.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract every file under PATH (folders are walked recursively, in name order).",
                "With --format json (the default) OUT is a folder that gets one .json per input, mirroring "
                        + "the input's relative path, plus errors.jsonl listing failed inputs.",
                "With --format jsonl OUT is one file (or - for standard output) with one document per line, "
                        + "in input order whatever the thread count."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all files extracted", "1:some files failed (see errors.jsonl and stderr)",
                "2:usage error"})
final class ExtractCommand implements Callable<Integer> {

    enum OutputFormat { json, jsonl }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to extract.")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "Output folder (json), or file or - for standard output (jsonl).")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (one file per input) or jsonl (one line per input). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads. Default: all cores.")
    Integer threads;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Only files matching GLOB (repeatable). Without '/' it matches the file name "
                    + "(*.md), with '/' the path relative to the input folder (feedx-2020/**).")
    List<String> includes = List.of();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Leave out files matching GLOB (repeatable).")
    List<String> excludes = List.of();

    @Option(names = "--skip-existing",
            description = "Resume an interrupted run: json leaves inputs whose complete output exists; jsonl "
                    + "keeps the file's complete lines and continues after the last input it recorded.")
    boolean skipExisting;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Where to list failed inputs. Default: OUT/errors.jsonl (json), OUT with "
                    + ".errors.jsonl for .jsonl (jsonl file), none (stdout; stderr still lists them).")
    Path errorsFile;

    @Option(names = "--no-progress", description = "No progress bar or progress lines on stderr.")
    boolean noProgress;

    @Option(names = "--progress-interval", paramLabel = "SECONDS", defaultValue = "10",
            description = "Seconds between progress lines when stderr is not a terminal. Default: ${DEFAULT-VALUE}.")
    double progressInterval;

    @Option(names = "--reference-date", paramLabel = "DATE",
            description = "Anchor relative dates on this ISO date instead of each article's publication date.")
    LocalDate referenceDate;

    @CommandLine.Mixin
    EntityOptions entityOptions = new EntityOptions();

    @Option(names = "--pretty", description = "Indent the JSON output (json format only).")
    boolean pretty;

    @Option(names = "--max-bytes", paramLabel = "SIZE", defaultValue = "20MB",
            converter = ByteSize.class,
            description = "Cut longer inputs to their first SIZE bytes, with a warning in the output, so one huge "
                    + "file cannot stall a run (plain bytes or with KB, MB, GB suffix). Default: ${DEFAULT-VALUE}.")
    long maxBytes;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        validate();
        boolean toStdout = format == OutputFormat.jsonl && output.equals("-");
        Optional<Path> errorsPath = errorsFile != null ? Optional.of(errorsFile) : defaultErrorsFile(toStdout);

        BatchExtraction.ResumePoint resumePoint = BatchExtraction.ResumePoint.none();
        boolean append = false;
        if (skipExisting && format == OutputFormat.jsonl) {
            // Both files only ever grow in input order: resume after whichever got further.
            Set<String> lastPaths = new HashSet<>();
            CompleteLines.keepCompleteLines(Path.of(output))
                    .ifPresent(line -> lastPaths.add(JsonLinesSink.sourcePathOf(line)));
            if (errorsPath.isPresent()) {
                CompleteLines.keepCompleteLines(errorsPath.get())
                        .ifPresent(line -> lastPaths.add(ErrorLog.pathOf(line)));
            }
            resumePoint = BatchExtraction.ResumePoint.after(lastPaths);
            append = true;
        }

        Optional<String> outputProblem = toStdout ? Optional.empty() : outputProblem();
        if (outputProblem.isPresent()) {
            err.println("error: " + outputProblem.get());
            err.flush();
            return 2;
        }
        Extractor.Builder builder = Extractor.builder().maxInputBytes(maxBytes);
        if (referenceDate != null) {
            builder.referenceDate(referenceDate);
        }
        entityOptions.configure(builder);
        Extractor extractor;
        try {
            extractor = builder.build();
        } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
            err.println("error: bad --dictionary or --ner-model: " + e.getMessage());
            err.flush();
            return 2;
        }
        Progress progress = noProgress
                ? Progress.quiet(err)
                : Progress.forStderr(err, System.console() != null, progressInterval);
        BatchStats stats;
        try (OutputSink sink = format == OutputFormat.json
                     ? new JsonFilesSink(Path.of(output))
                     : toStdout ? JsonLinesSink.toStream(spec.commandLine().getOut())
                       : JsonLinesSink.toFile(Path.of(output), append);
             ErrorLog errors = errorsPath.isPresent() ? ErrorLog.to(errorsPath.get(), append) : ErrorLog.none()) {
            BatchExtraction.Run run = new BatchExtraction.Run(paths, new PathFilter(includes, excludes), sink,
                    errors, progress, skipExisting && format == OutputFormat.json, resumePoint, !noProgress);
            stats = new BatchExtraction(extractor, pretty, threads()).run(run);
        } catch (IllegalStateException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 2;
        }
        err.println(stats.summary());
        err.flush();
        return stats.failed() == 0 ? 0 : 1;
    }

    private void validate() {
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        if (format == OutputFormat.jsonl && pretty) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--pretty needs --format json");
        }
        if (skipExisting && output.equals("-")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--skip-existing needs an output file or folder");
        }
        if (format == OutputFormat.json && output.equals("-")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "-o - needs --format jsonl");
        }
        if (format == OutputFormat.json) {
            InputFiles.sharedOutputName(paths).ifPresent(name -> {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "two inputs would write to the same output " + name + "; pass their common folder instead");
            });
        }
    }

    /** Parses 4096, 512KB, 20MB, 1GB (binary multiples) for --max-bytes. */
    static final class ByteSize implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.trim().toUpperCase(java.util.Locale.ROOT);
            long unit = 1;
            for (String[] suffix : new String[][] {{"GB", "1073741824"}, {"MB", "1048576"}, {"KB", "1024"}, {"B", "1"}}) {
                if (v.endsWith(suffix[0])) {
                    unit = Long.parseLong(suffix[1]);
                    v = v.substring(0, v.length() - suffix[0].length()).trim();
                    break;
                }
            }
            long n;
            try {
                n = Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("not a size: '" + value + "' (e.g. 20MB, 512KB, 4096)");
            }
            if (n < 1 || n > Long.MAX_VALUE / unit) {
                throw new CommandLine.TypeConversionException("size out of range: '" + value + "'");
            }
            return n * unit;
        }
    }

    /**
     * Why the output cannot be written at all (a file where the folder should be, a folder that is
     * not writable), found before any work so the run stops with one clear line, not a stack trace.
     */
    private Optional<String> outputProblem() {
        Path out = Path.of(output).toAbsolutePath();
        Path folder = format == OutputFormat.json ? out : out.getParent();
        String what = format == OutputFormat.json ? "output folder " : "output file's folder ";
        if (format == OutputFormat.jsonl && Files.isDirectory(out)) {
            return Optional.of("cannot write to output file " + output + ": it is a folder");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException e) {
            return Optional.of("cannot write to " + what + folder + ": " + BatchExtraction.reason(e));
        }
        if (!Files.isWritable(folder)) {
            return Optional.of("cannot write to " + what + folder + ": permission denied");
        }
        return Optional.empty();
    }

    private int threads() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    private Optional<Path> defaultErrorsFile(boolean toStdout) {
        if (toStdout) {
            return Optional.empty();
        }
        Path out = Path.of(output);
        if (format == OutputFormat.json) {
            return Optional.of(out.resolve("errors.jsonl"));
        }
        String name = out.getFileName().toString();
        String stem = name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name;
        return Optional.of(out.resolveSibling(stem + ".errors.jsonl"));
    }
}
