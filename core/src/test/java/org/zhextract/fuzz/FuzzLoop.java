package org.zhextract.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;

/**
 * Runs a check on inputs drawn from jqwik generators until a time budget is spent (call it from a
 * jqwik {@code @Example}: generators need jqwik's lifecycle): fuzzing with a
 * fixed wall-clock budget rather than a fixed number of tries, so a target costs the same in CI
 * whatever its inputs cost.
 *
 * <p>The budget per target is {@code -Dzhextract.fuzz.seconds} (default 20). Every input comes from
 * its own seed, derived from the run's seed ({@code -Dzhextract.fuzz.seed}, random by default);
 * a failure names the case's seed and writes the input to {@code target/fuzz-failures/}, so it
 * can be turned into a regression test.
 */
final class FuzzLoop {

    static final String SECONDS_PROPERTY = "zhextract.fuzz.seconds";
    static final String SEED_PROPERTY = "zhextract.fuzz.seed";
    private static final int DEFAULT_SECONDS = 20;
    /** jqwik's size hint: how large collections and strings may grow. */
    private static final int GEN_SIZE = 1000;

    private FuzzLoop() {
    }

    static Duration budget() {
        return Duration.ofSeconds(Long.getLong(SECONDS_PROPERTY, DEFAULT_SECONDS));
    }

    /** The guard against runaway processing of one input of {@code chars} characters or bytes. */
    static Duration perDocumentBound(long size) {
        return Duration.ofSeconds(10 + size / 10_000);
    }

    /**
     * Draws inputs from the arbitraries in turn and checks each; returns the number of inputs
     * checked. A check that throws stops the loop with an error naming the case.
     */
    static <T> long run(String target, List<Arbitrary<? extends T>> sources, Consumer<T> check) {
        long runSeed = Long.getLong(SEED_PROPERTY, new Random().nextLong());
        Random seeds = new Random(runSeed);
        List<RandomGenerator<? extends T>> generators = sources.stream()
                .<RandomGenerator<? extends T>>map(a -> a.generator(GEN_SIZE)).toList();
        long deadline = System.nanoTime() + budget().toNanos();
        long cases = 0;
        while (System.nanoTime() < deadline || cases < generators.size()) {
            long caseSeed = seeds.nextLong();
            RandomGenerator<? extends T> generator = generators.get((int) (cases % generators.size()));
            T input = generator.next(new Random(caseSeed)).value();
            long started = System.nanoTime();
            try {
                check.accept(input);
            } catch (Throwable failure) {
                Path saved = save(target, caseSeed, input);
                throw new AssertionError(target + ": case " + cases + " (run seed " + runSeed + ", case seed "
                        + caseSeed + ") failed; input saved to " + saved + ": " + failure, failure);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            Duration bound = perDocumentBound(sizeOf(input));
            if (took.compareTo(bound) > 0) {
                Path saved = save(target, caseSeed, input);
                throw new AssertionError(target + ": case " + cases + " took " + took.toMillis() + " ms, over the "
                        + bound.toMillis() + " ms bound for " + sizeOf(input) + " units; input saved to " + saved);
            }
            cases++;
        }
        System.out.println("fuzz " + target + ": " + cases + " inputs in " + budget().toSeconds()
                + " s, run seed " + runSeed);
        return cases;
    }

    /** A document as the extractor gets it: bytes and a name whose extension hints at the format. */
    record NamedBytes(String name, byte[] bytes) {
    }

    private static long sizeOf(Object input) {
        if (input instanceof byte[] bytes) {
            return bytes.length;
        }
        if (input instanceof NamedBytes named) {
            return named.bytes().length;
        }
        return input.toString().length();
    }

    private static Path save(String target, long caseSeed, Object input) {
        try {
            Path folder = Path.of("target", "fuzz-failures");
            Files.createDirectories(folder);
            String suffix = input instanceof NamedBytes named
                    ? "-" + named.name().replaceAll("[^A-Za-z0-9.]", "_") : ".bin";
            Path file = folder.resolve(target + "-" + Long.toUnsignedString(caseSeed) + suffix);
            byte[] bytes = input instanceof byte[] b ? b
                    : input instanceof NamedBytes named ? named.bytes()
                    : input.toString().getBytes(StandardCharsets.UTF_8);
            Files.write(file, bytes);
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
