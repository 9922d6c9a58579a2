package org.zhextract.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhextract.Extractor;

/** A quick check that the baseline measures what it says; the benchmarks themselves never run in mvn verify. */
class RawHanLpBaselineTest {

    @Test
    void tagsEveryIngestedTextOnEveryThreadCountAlike() throws Exception {
        List<String> texts = RawHanLpBaseline.articleTexts(List.of(StageBenchmarks.seeds()));

        RawHanLpBaseline.Result one = RawHanLpBaseline.run(texts, 1);
        RawHanLpBaseline.Result two = RawHanLpBaseline.run(texts, 2);

        long characters = texts.stream().mapToLong(t -> t.codePointCount(0, t.length())).sum();
        assertThat(texts).hasSize(2);
        assertThat(one.characters()).isEqualTo(characters).isGreaterThan(2000);
        assertThat(one.terms()).isGreaterThan(one.characters() / 4);
        assertThat(two.characters()).isEqualTo(one.characters());
        assertThat(two.terms()).isEqualTo(one.terms());
        assertThat(one.charactersPerSecond()).isPositive();
    }

    @Test
    void theWarmPipelinePassExtractsTheSameTextsAsTheBaselineTags() throws Exception {
        List<Path> files = RawHanLpBaseline.files(List.of(StageBenchmarks.seeds()));
        List<byte[]> inputs = new ArrayList<>();
        for (Path file : files) {
            inputs.add(Files.readAllBytes(file));
        }
        long characters = RawHanLpBaseline.articleTexts(files).stream().mapToLong(t -> t.codePointCount(0, t.length())).sum();
        Extractor extractor = Extractor.builder().withoutNerModel().build();

        assertThat(WarmScaling.pipeline(extractor, files, inputs, 1).characters()).isEqualTo(characters);
        assertThat(WarmScaling.pipeline(extractor, files, inputs, 2).characters()).isEqualTo(characters);
    }
}
