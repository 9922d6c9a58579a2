package org.zhextract.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhextract.eval.TimexBenchmark;
import org.zhextract.text.DocumentText;
import org.zhextract.time.TimeRecognizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zhextract eval time}: the time recognizer on the Recognizers-Text Chinese DateTime
 * specs and the JioNLP time cases; prints the pass rate over the cases in scope.
 */
@Command(name = "time", mixinStandardHelpOptions = true,
        description = "Pass rate of the time recognizer on the Recognizers-Text and JioNLP time cases.")
final class EvalTimeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/eval/timex",
            description = "The timex folder holding recognizers-text/ and jionlp/ (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = {"-v", "--verbose"}, description = "List every failed case.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path recognizers = data.resolve("recognizers-text/DateTime/Chinese");
        Path jionlp = data.resolve("jionlp");
        if (!Files.isDirectory(recognizers) || !Files.isDirectory(jionlp)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "no recognizers-text/DateTime/Chinese and jionlp/ under " + data);
        }
        TimeRecognizer recognizer = new TimeRecognizer();
        TimexBenchmark benchmark = new TimexBenchmark((text, ref) -> recognizer.recognize(new DocumentText(text), ref));
        List<TimexBenchmark.Report> reports = List.of(benchmark.runRecognizersText(recognizers), benchmark.runJioNlp(jionlp));
        long inScope = 0;
        long passed = 0;
        for (TimexBenchmark.Report r : reports) {
            out.printf("%-18s %4d cases, %4d in scope, %4d passed  %5.1f%%%n", r.suite(), r.cases().size(), r.inScope(),
                    r.passed(), 100.0 * r.passed() / Math.max(1, r.inScope()));
            r.excluded().forEach((reason, n) -> out.printf("  out of scope: %4d  %s%n", n, reason));
            inScope += r.inScope();
            passed += r.passed();
            if (verbose) {
                r.cases().stream().filter(c -> c.outOfScope().isEmpty() && !c.passed())
                        .forEach(c -> out.printf("  FAIL %s  %s  %s%n", c.suite(), c.input(), c.detail()));
            }
        }
        out.printf("overall            %4d in scope, %4d passed  %5.1f%%%n", inScope, passed, 100.0 * passed / Math.max(1, inScope));
        out.println("scope:");
        TimexBenchmark.scopeNotes().forEach(n -> out.println("  - " + n));
        out.flush();
        return 0;
    }
}
