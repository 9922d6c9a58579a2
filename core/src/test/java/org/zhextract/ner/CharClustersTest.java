package org.zhextract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CharClustersTest {

    @TempDir
    Path temp;

    /** Text where 甲乙丙 always stand before 在 and 子丑寅 after it, each pair of them equally often. */
    private static CharClusters.Counts counts() {
        CharClusters.Counts counts = new CharClusters.Counts();
        for (char a : "甲乙丙".toCharArray()) {
            for (char b : "子丑寅".toCharArray()) {
                for (int k = 0; k < 5; k++) {
                    counts.add(a + "在" + b + "。");
                }
            }
        }
        return counts;
    }

    @Test
    void charactersInTheSameContextsShareAClass() {
        CharClusters clusters = CharClusters.learn(counts(), 4, 5, 1, line -> { });

        // characters with the same neighbours may share a class or not (the likelihood is the
        // same), but one that only ever stands before 在 never shares one with one that stands after it
        assertThat(clusters.size()).isEqualTo(8);
        assertThat(clusters.of('丑')).isEqualTo(clusters.of('子')).isEqualTo(clusters.of('寅'));
        for (char a : "甲乙丙".toCharArray()) {
            assertThat(clusters.of(a)).isPositive().isNotEqualTo(clusters.of('子')).isNotEqualTo(clusters.of('在'));
        }
        assertThat(clusters.of('国')).isZero();
    }

    @Test
    void rareCharactersGetNoClassAndTheTableReadsBack() throws IOException {
        CharClusters.Counts counts = counts();
        counts.add("卯");
        CharClusters clusters = CharClusters.learn(counts, 4, 5, 2, line -> { });
        Path file = temp.resolve("clusters.tsv");
        clusters.write(file);

        CharClusters read = CharClusters.read(file);

        assertThat(clusters.of('卯')).isZero();
        assertThat(read.count()).isEqualTo(clusters.count());
        assertThat(read.characters()).isEqualTo(clusters.characters());
        assertThat(read.clusters()).isEqualTo(clusters.clusters());
        assertThat(CharClusters.learn(counts, 4, 5, 2, line -> { }).clusters()).isEqualTo(clusters.clusters());
    }
}
