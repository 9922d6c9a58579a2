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
    void learnsCharacterClassesAndTrainsAModelThatReadsThem() throws Exception {
        Path train = corpus("train.jsonl", 0);
        Path dev = corpus("dev.jsonl", 1);
        Path text = Files.createDirectories(temp.resolve("text"));
        Files.writeString(text.resolve("a.md"), "<p>王小明在北京工作。</p>\n李华在上海工作。\n");
        Path clusters = temp.resolve("clusters.tsv");
        Path model = temp.resolve("classes.bin.gz");
        Path names = temp.resolve("names.jsonl");
        Files.writeString(names, "{\"text\": \"欧阳修在滁州。\", \"spans\": [[0, 3, \"PER\"], [4, 6, \"LOC\"]]}\n"
                + "{\"text\": \"李华在广州工作。\", \"spans\": [[0, 2, \"PER\"], [3, 5, \"LOC\"]]}\n");

        int learned = cli.run("train", "clusters", "--text", text.toString(), train.toString(),
                "--out", clusters.toString(), "--classes", "4", "--passes", "2", "--min-count", "1");
        int trained = cli.run("train", "ner", "--clusters", clusters.toString(), "--lexicon-names", names.toString(),
                "--train", train.toString(), "--dev", dev.toString(), "--out", model.toString(), "--epochs", "3", "--prune", "0");

        assertThat(learned).isZero();
        assertThat(trained).isZero();
        assertThat(Files.readString(clusters)).contains("北\t", "工\t").doesNotContain("<", "p\t");
        assertThat(org.zhextract.ner.NerModel.load(model).usesClusters()).isTrue();
        // dev sentences are shorter than the 12 characters that would make a names sentence overlap one
        assertThat(cli.out.toString()).contains("2 sentences give lexicon names", "epoch 3:");
    }

    @Test
    void learnsTheSameClassesFromAFolderAsFromItsFilesInAnyOrder() throws Exception {
        Path text = Files.createDirectories(temp.resolve("text"));
        Files.writeString(text.resolve("b.md"), "<p>王小明在北京工作。</p>\n李华在上海工作。\n");
        Files.writeString(Files.createDirectories(text.resolve("a")).resolve("c.txt"), "张伟在北京上学，李华在上海上班。\n");
        Path fromFolder = temp.resolve("folder.tsv");
        Path fromFiles = temp.resolve("files.tsv");

        int folder = cli.run("train", "clusters", "--text", text.toString(),
                "--out", fromFolder.toString(), "--classes", "3", "--passes", "2", "--min-count", "1");
        int files = cli.run("train", "clusters", "--text", text.resolve("b.md").toString(), text.resolve("a/c.txt").toString(),
                "--out", fromFiles.toString(), "--classes", "3", "--passes", "2", "--min-count", "1");

        assertThat(folder).isZero();
        assertThat(files).isZero();
        assertThat(cli.out.toString()).contains("read 2 files");
        assertThat(Files.readString(fromFolder)).isEqualTo(Files.readString(fromFiles)).contains("北\t");
    }

    @Test
    void reportsALinkBackToAFolderAboveAndLearnsNothing() throws Exception {
        Path text = Files.createDirectories(temp.resolve("text"));
        Files.writeString(text.resolve("b.md"), "李华在上海工作。\n");
        Path loop = text.resolve("loop");
        Files.createSymbolicLink(loop, text);
        Path out = temp.resolve("classes.tsv");

        int learned = cli.run("train", "clusters", "--text", text.toString(), "--out", out.toString(),
                "--classes", "3", "--min-count", "1");

        // the link back to the folder above is reported, not walked forever nor skipped silently
        assertThat(learned).isNotZero();
        assertThat(cli.err.toString()).contains("loop");
        assertThat(out).doesNotExist();
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
