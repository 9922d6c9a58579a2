package org.zhextract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhextract.eval.LabeledSentence.LabeledSpan;

class NerCorpusTest {

    @TempDir
    Path temp;

    @Test
    void readsBmesWithSingleCharacterEntities() throws Exception {
        Path file = temp.resolve("a.bmes");
        Files.writeString(file, "中 B-NT\n共 E-NT\n致 O\n京 S-NS\n\n张 B-NR\n三 E-NR\n");

        List<LabeledSentence> sentences = NerCorpus.read(file);

        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(0).text()).isEqualTo("中共致京");
        assertThat(sentences.get(0).spans()).containsExactly(new LabeledSpan(0, 2, "ORG"), new LabeledSpan(3, 4, "LOC"));
        assertThat(sentences.get(1).spans()).containsExactly(new LabeledSpan(0, 2, "PER"));
    }

    @Test
    void readsBioAndSpanJsonLinesAndCluener() throws Exception {
        Path bio = temp.resolve("a.bio");
        Files.writeString(bio, "在 O\n北 B-LOC\n京 I-LOC\n见 O\n王 B-PER\n");
        Path spans = temp.resolve("b.jsonl");
        Files.writeString(spans, "{\"text\": \"王五在上海\", \"spans\": [[0, 2, \"PER\"], [3, 5, \"LOC\"]]}\n");
        Path cluener = temp.resolve("c.jsonl");
        Files.writeString(cluener, "{\"text\": \"彭小军去台湾玩游戏\", \"label\": {\"address\": {\"台湾\": [[4, 5]]},"
                + " \"name\": {\"彭小军\": [[0, 2]]}, \"game\": {\"游戏\": [[7, 8]]}}}\n");

        assertThat(NerCorpus.read(bio).get(0).spans())
                .containsExactly(new LabeledSpan(1, 3, "LOC"), new LabeledSpan(4, 5, "PER"));
        assertThat(NerCorpus.read(spans).get(0).spans())
                .containsExactly(new LabeledSpan(0, 2, "PER"), new LabeledSpan(3, 5, "LOC"));
        assertThat(NerCorpus.read(cluener).get(0).spans())
                .containsExactly(new LabeledSpan(0, 3, "PER"), new LabeledSpan(4, 6, "LOC"));
    }

    @Test
    void scoresExactSpansPerType() {
        SpanScore score = new SpanScore();
        score.add(List.of(new LabeledSpan(0, 2, "PER"), new LabeledSpan(3, 5, "LOC")),
                List.of(new LabeledSpan(0, 2, "PER"), new LabeledSpan(3, 6, "LOC")));

        assertThat(score.precision()).isEqualTo(0.5);
        assertThat(score.recall()).isEqualTo(0.5);
        assertThat(score.report()).contains("PER  P 1.0000").contains("ALL  P 0.5000");
    }
}
