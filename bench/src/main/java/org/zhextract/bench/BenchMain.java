package org.zhextract.bench;

import java.util.Arrays;

/**
 * Entry point of {@code zhextract-bench.jar}:
 * {@code jmh [JMH options]} runs the per-stage JMH benchmarks ({@link StageBenchmarks});
 * {@code raw-hanlp [--threads N] PATH...} runs the raw HanLP baseline ({@link RawHanLpBaseline});
 * {@code startup FILE} times start-up to the first result ({@link StartupTime});
 * {@code stages [--rounds R] [--limit N] PATH...} times each stage over corpus files ({@link StageProfile});
 * {@code warm [--rounds R] [--threads N] [--limit N] PATH...} measures warm throughput and scaling ({@link WarmScaling}).
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "jmh" -> org.openjdk.jmh.Main.main(rest);
            case "raw-hanlp" -> RawHanLpBaseline.main(rest);
            case "startup" -> StartupTime.main(rest);
            case "stages" -> StageProfile.main(rest);
            case "warm" -> WarmScaling.main(rest);
            default -> {
                System.err.println("usage: zhextract-bench.jar jmh [JMH options] | raw-hanlp [--threads N] PATH... | startup FILE | stages [--rounds R] [--limit N] PATH... | warm [--rounds R] [--threads N] [--limit N] PATH...");
                System.exit(2);
            }
        }
    }
}
