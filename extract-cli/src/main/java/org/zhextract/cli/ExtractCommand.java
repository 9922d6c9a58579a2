package org.zhextract.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.zhextract.Extraction;
import org.zhextract.Extractor;
import org.zhextract.json.ExtractionJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zhextract extract PATH... -o DIR}: one zhextract/1 JSON file per input file. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract every file under PATH (folders are walked recursively) into DIR, "
                + "one .json per input, mirroring the input's relative path.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all files extracted", "1:some files failed (see stderr)", "2:usage error"})
final class ExtractCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to extract.")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "Output folder (created if missing).")
    Path output;

    @Option(names = "--reference-date", paramLabel = "DATE",
            description = "Anchor relative dates on this ISO date instead of each article's publication date.")
    LocalDate referenceDate;

    @Option(names = "--dictionary", paramLabel = "FILE",
            description = "User dictionary of entity names, name<TAB>TYPE[<TAB>alias...] per line; "
                    + "overrides the built-in lists. Repeatable.")
    List<Path> dictionaries = new ArrayList<>();

    @Option(names = "--pretty", description = "Indent the JSON output.")
    boolean pretty;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        List<String> problems = new ArrayList<>();
        List<InputFiles.Input> inputs = InputFiles.collect(paths, problems);
        problems.forEach(p -> err.println("error: " + p));
        Files.createDirectories(output);

        Extractor.Builder builder = Extractor.builder();
        if (referenceDate != null) {
            builder.referenceDate(referenceDate);
        }
        dictionaries.forEach(builder::dictionary);
        Extractor extractor;
        try {
            extractor = builder.build();
        } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
            err.println("error: bad --dictionary: " + e.getMessage());
            err.flush();
            return 2;
        }
        ExtractionJson json = new ExtractionJson();
        Path outputRoot = output.toAbsolutePath().normalize();
        Set<Path> written = new HashSet<>();
        int ok = 0;
        int failed = problems.size();
        for (InputFiles.Input input : inputs) {
            Path target = outputRoot.resolve(input.relative() + ".json").normalize();
            try {
                if (!target.startsWith(outputRoot) || !written.add(target)) {
                    throw new IOException("output path " + target + " is outside the output folder or already taken");
                }
                Extraction extraction = extractor.extract(input.file());
                String text = pretty ? json.toPrettyJson(extraction) : json.toJson(extraction);
                writeAtomically(target, text + "\n");
                ok++;
            } catch (IOException | RuntimeException e) {
                failed++;
                err.println("error: " + input.file() + ": " + e);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("%d files extracted, %d failed, %.1f s%n", ok, failed, seconds);
        out.flush();
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    /** Writes to a temporary file beside the target, then renames, so no half-written file is ever seen. */
    private static void writeAtomically(Path target, String content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), ".zhextract-", ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
