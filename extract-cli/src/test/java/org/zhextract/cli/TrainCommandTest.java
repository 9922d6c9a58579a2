package org.zhextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

    @TempDir
    Path temp;

    private final CapturedCli cli = new CapturedCli();

    /** Span JSON lines "P在L工作。" over a few names and places. */
    private Path corpus(String name, int offset) throws Exception {
        String[] people = {"王小明", "李华", "张伟", "刘洋", "陈静", "赵磊"};
        String[] places = {"北京", "上海", "广州", "深圳"};
        List<String> lines = new ArrayList<>();
        int n = 0;
        for (String p : people) {
            for (String l : places) {
                if (n++ % 2 == offset) {
                    int ls = p.length() + 1;
                    lines.add("{\"text\": \"" + p + "在" + l + "工作。\", \"spans\": [[0, " + p.length() + ", \"PER\"], ["
                            + ls + ", " + (ls + l.length()) + ", \"LOC\"]]}");
                }
            }
        }
        return Files.write(temp.resolve(name), lines);
    }

    @Test
    void trainsAModelAndScoresItWithTheEvalCommand() throws Exception {
        Path train = corpus("train.jsonl", 0);
        Path dev = corpus("dev.jsonl", 1);
        Path model = temp.resolve("model.bin.gz");

        int trained = cli.run("train", "ner", "--train", train.toString(), "--dev", dev.toString(),
                "--out", model.toString(), "--epochs", "3", "--prune", "0");
        int evaluated = cli.run("eval", "ner-model", dev.toString(), "--model", model.toString());

        assertThat(trained).isZero();
        assertThat(evaluated).isZero();
        assertThat(model).isRegularFile();
        assertThat(cli.out.toString()).contains("epoch 3:", "dev.jsonl F1 ", "wrote " + model).contains("ALL  P ");
    }

    @Test
    void trainsWithWordHintsAndEveryToolFeedsTheModelHints() throws Exception {
        Path train = corpus("train.jsonl", 0);
        Path dev = corpus("dev.jsonl", 1);
        Path model = temp.resolve("hints.bin.gz");
        Path errors = temp.resolve("errors.jsonl");

        int trained = cli.run("train", "ner", "--word-hints", "--train", train.toString(), "--dev", dev.toString(),
                "--out", model.toString(), "--epochs", "3", "--prune", "0");
        int evaluated = cli.run("eval", "ner-model", dev.toString(), "--model", model.toString(), "--errors", errors.toString());

        assertThat(trained).isZero();
        assertThat(evaluated).isZero();
        assertThat(org.zhextract.ner.NerModel.load(model).usesWordHints()).isTrue();
        // the held-out names are all found, with the segmenter's hints as in training
        assertThat(cli.out.toString()).contains("ALL  P 1.0000  R 1.0000  F1 1.0000");
        assertThat(errors).isRegularFile().isEmptyFile();
    }

    @Test
    void retrainingWritesTheSameBytes() throws Exception {
        Path train = corpus("train.jsonl", 0);
        Path first = temp.resolve("a.bin.gz");
        Path second = temp.resolve("b.bin.gz");

        cli.run("train", "ner", "--train", train.toString(), "--out", first.toString(), "--epochs", "2");
        cli.run("train", "ner", "--train", train.toString(), "--out", second.toString(), "--epochs", "2");

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }
}
