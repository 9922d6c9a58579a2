package org.zhextract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One {@link Extractor} shared by 8 threads gives exactly what sequential use gives, over the
 * seeds and a sample of the shared corpus (read in place).
 */
class ExtractorConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 2;

    private final Extractor extractor = SharedExtractor.get();

    @Test
    void eightThreadsSharingOneExtractorGetTheSequentialResults() throws Exception {
        List<Path> documents = new ArrayList<>(List.of(TestFiles.seed("000_bf65dbdb9e137cd9"),
                TestFiles.seed("002_bc2f8cbaeac80638")));
        documents.addAll(corpusSample(5));
        List<Extraction> sequential = new ArrayList<>();
        for (Path document : documents) {
            sequential.add(extractor.extract(document));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Extraction>> futures = new ArrayList<>();
            // Every document twice, in an order that puts different documents side by side.
            for (int round = 0; round < ROUNDS; round++) {
                for (int i = 0; i < documents.size(); i++) {
                    Path document = documents.get(round == 0 ? i : documents.size() - 1 - i);
                    Callable<Extraction> task = () -> {
                        start.await();
                        return extractor.extract(document);
                    };
                    futures.add(pool.submit(task));
                }
            }
            start.countDown();
            for (int round = 0; round < ROUNDS; round++) {
                for (int i = 0; i < documents.size(); i++) {
                    int index = round == 0 ? i : documents.size() - 1 - i;
                    assertThat(futures.get(round * documents.size() + i).get())
                            .as(documents.get(index).toString())
                            .isEqualTo(sequential.get(index));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sequential).hasSize(22)
                .anySatisfy(x -> assertThat(x.entities()).isNotEmpty());
    }

    /** The first {@code perFolder} files, in name order, of each corpus collection. */
    private static List<Path> corpusSample(int perFolder) throws IOException {
        Path corpus = TestFiles.shared("corpus");
        List<Path> sample = new ArrayList<>();
        try (Stream<Path> collections = Files.list(corpus)) {
            for (Path collection : collections.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.walk(collection)) {
                    files.filter(Files::isRegularFile).sorted().limit(perFolder).forEach(sample::add);
                }
            }
        }
        assertThat(sample).hasSize(4 * perFolder);
        return sample;
    }
}
