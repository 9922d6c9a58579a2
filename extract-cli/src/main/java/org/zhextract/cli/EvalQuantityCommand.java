package org.zhextract.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.zhextract.eval.QuantityBenchmark;
import org.zhextract.eval.QuantityBenchmark.CaseResult;
import org.zhextract.eval.QuantityBenchmark.SuiteResult;
import org.zhextract.quantity.NumberScanner;
import org.zhextract.quantity.QuantityRecognizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zhextract eval quantity}: pass rates of the quantity stage on the Recognizers-Text,
 * Duckling and JioNLP number, unit and money suites, over the cases in scope.
 */
@Command(name = "quantity", mixinStandardHelpOptions = true,
        description = "Run the quantity stage on the Recognizers-Text, Duckling and JioNLP number, unit and "
                + "money test suites and print pass rates over in-scope cases.")
final class EvalQuantityCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/eval/timex",
            description = "Folder with recognizers-text/, duckling/ and jionlp/ (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = {"-v", "--verbose"}, description = "List every failing in-scope case.")
    boolean verbose;

    @Option(names = "--scope", description = "Also list the out-of-scope cases with their reason.")
    boolean listScope;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(data)) {
            spec.commandLine().getErr().println("no benchmark folder " + data + " (use --data DIR)");
            return 2;
        }
        List<SuiteResult> suites = new QuantityBenchmark(new QuantityRecognizer(), NumberScanner.withDefaultWords())
                .run(data);
        long total = 0;
        long inScope = 0;
        long passed = 0;
        out.printf(Locale.ROOT, "%-32s %6s %8s %7s %7s%n", "suite", "cases", "in scope", "passed", "rate");
        for (SuiteResult s : suites) {
            total += s.cases().size();
            inScope += s.inScope();
            passed += s.passed();
            out.printf(Locale.ROOT, "%-32s %6d %8d %7d %6.1f%%%n", s.name(), s.cases().size(), s.inScope(), s.passed(),
                    rate(s.passed(), s.inScope()));
        }
        out.printf(Locale.ROOT, "%-32s %6d %8d %7d %6.1f%%%n", "overall", total, inScope, passed, rate(passed, inScope));
        Map<String, Integer> reasons = new TreeMap<>();
        suites.stream().flatMap(s -> s.cases().stream()).filter(c -> !c.inScope())
                .forEach(c -> reasons.merge(c.scopeNote(), 1, Integer::sum));
        out.println("out of scope:");
        reasons.forEach((reason, n) -> out.printf(Locale.ROOT, "  %4d  %s%n", n, reason));
        for (SuiteResult s : suites) {
            for (CaseResult c : s.cases()) {
                if (verbose && c.inScope() && !c.passed()) {
                    out.printf("FAIL %s | %s | want %s | got %s%n", s.name(), c.input(), c.expected(), c.actual());
                }
                if (listScope && !c.inScope()) {
                    out.printf("SKIP %s | %s | %s%n", s.name(), c.input(), c.scopeNote());
                }
            }
        }
        out.flush();
        return 0;
    }

    private static double rate(long passed, long of) {
        return of == 0 ? 0 : 100.0 * passed / of;
    }
}
