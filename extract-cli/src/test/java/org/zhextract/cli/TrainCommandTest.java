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
    void turnsEntityAnnotationsOfCorpusArticlesIntoTrainingSentences() throws Exception {
        Path corpus = Files.createDirectories(temp.resolve("corpus/outlet"));
        Files.writeString(corpus.resolve("a.md"), "# 拜登会见习近平\n\n美国总统拜登在白宫会见中国国家主席习近平。\n\n世卫组织说，疫情仍在蔓延。\n");
        Path annotations = Files.createDirectories(temp.resolve("annotations"));
        Files.writeString(annotations.resolve("a.json"), "{\"document\": \"outlet/a.md\", \"entities\": ["
                + "{\"type\": \"PERSON\", \"name\": \"拜登\", \"aliases\": [\"拜登\"]},"
                + "{\"type\": \"PERSON\", \"name\": \"习近平\", \"aliases\": [\"习近平\"]},"
                + "{\"type\": \"LOC\", \"name\": \"美国\", \"aliases\": [\"美国\"]},"
                + "{\"type\": \"LOC\", \"name\": \"中国\", \"aliases\": [\"中国\"]},"
                + "{\"type\": \"LOC\", \"name\": \"白宫\", \"aliases\": [\"白宫\"], \"optional\": true},"
                + "{\"type\": \"ORG\", \"name\": \"世界卫生组织\", \"aliases\": [\"世卫组织\", \"WHO\"]}]}");
        Path out = temp.resolve("news.jsonl");

        int converted = cli.run("train", "news-spans", "--annotations", annotations.toString(),
                "--corpus", temp.resolve("corpus").toString(), "--out", out.toString());
        int trained = cli.run("train", "ner", "--train", out.toString(), "--out", temp.resolve("m.bin.gz").toString(),
                "--epochs", "1", "--prune", "0");

        assertThat(converted).isZero();
        assertThat(trained).isZero();
        // the title and the WHO sentence; the body's first sentence holds the optional 白宫 and is left out
        assertThat(Files.readAllLines(out)).containsExactly(
                "{\"text\":\"拜登会见习近平\",\"spans\":[[0,2,\"PER\"],[4,7,\"PER\"]]}",
                "{\"text\":\"世卫组织说，疫情仍在蔓延。\",\"spans\":[[0,4,\"ORG\"]]}");
        assertThat(cli.out.toString()).contains("1 annotation files, 2 sentences written, 1 left out");
        assertThat(cli.err.toString()).contains("not in the ingested text: 世界卫生组织", "not in the ingested text: WHO");
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
