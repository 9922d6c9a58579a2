package org.zhextract.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhextract.eval.LabeledSentence;
import org.zhextract.eval.LabeledSentence.LabeledSpan;
import org.zhextract.model.EntityType;

class NerTrainerTest {

    private static final String[] PEOPLE = {"王小明", "李华", "张伟", "刘洋", "陈静", "赵磊", "孙丽", "周杰"};
    private static final String[] PLACES = {"北京", "上海", "广州", "深圳", "杭州", "南京"};
    private static final String[] ORGS = {"新华社", "人民银行", "清华大学", "外交部", "中国银行"};
    private static final NerTrainer.Options FAST = new NerTrainer.Options(4, 7L, 1, 0, true);

    @TempDir
    Path temp;

    /** Sentences "P在L会见了O代表。" and "O总部设在L。" over every combination, in a fixed order. */
    static List<LabeledSentence> syntheticCorpus(int everyNth, int offset) {
        List<LabeledSentence> sentences = new ArrayList<>();
        int n = 0;
        for (String person : PEOPLE) {
            for (String place : PLACES) {
                for (String org : ORGS) {
                    if (n++ % everyNth != offset) {
                        continue;
                    }
                    String text = person + "在" + place + "会见了" + org + "代表。" + org + "总部设在" + place + "。";
                    int p = 0;
                    int l = person.length() + 1;
                    int o = l + place.length() + 3;
                    int o2 = o + org.length() + 3;
                    int l2 = o2 + org.length() + 4;
                    sentences.add(new LabeledSentence(text, List.of(
                            new LabeledSpan(p, p + person.length(), "PER"),
                            new LabeledSpan(l, l + place.length(), "LOC"),
                            new LabeledSpan(o, o + org.length(), "ORG"),
                            new LabeledSpan(o2, o2 + org.length(), "ORG"),
                            new LabeledSpan(l2, l2 + place.length(), "LOC"))));
                }
            }
        }
        return sentences;
    }

    /** Word hints marking {@code person} in {@code sentence} as {@code nr}, every other character a one-character noun. */
    private static int[] personHints(String sentence, String person) {
        int[] hints = new int[sentence.length()];
        Arrays.fill(hints, WordHints.posClass("n") << 2 | 3);
        int at = sentence.indexOf(person);
        for (int i = at; i < at + person.length(); i++) {
            hints[i] = WordHints.posClass("nr") << 2 | (i == at ? 0 : i == at + person.length() - 1 ? 2 : 1);
        }
        return hints;
    }

    @Test
    void usesWordHintsWhereCharactersCannotTell() throws IOException {
        // "A在B。": which of A and B is the person (the other a place) follows a rule the
        // characters do not show (parity of the pair), and only the hints say it
        List<String> names = List.of("北京", "上海", "广州", "深圳", "杭州", "南京", "李华", "张伟", "刘洋", "陈静");
        List<LabeledSentence> training = new ArrayList<>();
        List<String> heldOut = new ArrayList<>();
        Map<String, String> personOf = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            for (int j = 0; j < names.size(); j++) {
                if (i == j) {
                    continue;
                }
                String text = names.get(i) + "在" + names.get(j) + "。";
                if ((i * 7 + j) % 5 == 0) {
                    heldOut.add(text);
                    continue;
                }
                boolean personFirst = (i + j) % 2 == 0;
                personOf.put(text, personFirst ? names.get(i) : names.get(j));
                training.add(new LabeledSentence(text, List.of(
                        new LabeledSpan(0, 2, personFirst ? "PER" : "LOC"), new LabeledSpan(3, 5, personFirst ? "LOC" : "PER"))));
            }
        }
        Function<String, int[]> hints = text -> personHints(text, personOf.get(text));
        NerModel model = new NerTrainer(new NerTrainer.Options(8, 7L, 1, 0, false), hints).train(training, Map.of(), line -> { });

        assertThat(model.usesWordHints()).isTrue();
        assertThat(new NerTrainer(FAST).train(training, Map.of(), line -> { }).usesWordHints()).isFalse();
        for (String text : heldOut) {
            assertThat(model.tag(text, personHints(text, text.substring(0, 2))))
                    .containsExactly(new NerSpan(0, 2, EntityType.PERSON), new NerSpan(3, 5, EntityType.LOC));
            assertThat(model.tag(text, personHints(text, text.substring(3, 5))))
                    .containsExactly(new NerSpan(0, 2, EntityType.LOC), new NerSpan(3, 5, EntityType.PERSON));
        }
        NerModel loaded = NerModel.load(new ByteArrayInputStream(bytes(model)));
        assertThat(loaded.usesWordHints()).isTrue();
        assertThat(bytes(loaded)).isEqualTo(bytes(model));
    }

    @Test
    void usesCharacterClassesForCharactersItNeverSaw() throws IOException {
        // "A在B。" with a person and a place in either order; the held-out sentences use characters
        // the training text never has, so only their classes (person-like, place-like) tell them apart
        String people = "甲乙丙丁";
        String places = "子丑寅卯";
        String newPeople = "戊己";
        String newPlaces = "辰巳";
        CharClusters clusters = CharClusters.read(write("甲\t1\n乙\t1\n丙\t1\n丁\t1\n戊\t1\n己\t1\n"
                + "子\t2\n丑\t2\n寅\t2\n卯\t2\n辰\t2\n巳\t2\n"));
        List<LabeledSentence> training = new ArrayList<>();
        for (int i = 0; i < people.length(); i++) {
            for (int j = 0; j < places.length(); j++) {
                String person = people.substring(i, i + 1) + people.charAt((i + j + 1) % people.length());
                String place = places.substring(j, j + 1) + places.charAt((i + j + 1) % places.length());
                training.add(new LabeledSentence(person + "在" + place + "。",
                        List.of(new LabeledSpan(0, 2, "PER"), new LabeledSpan(3, 5, "LOC"))));
                training.add(new LabeledSentence(place + "在" + person + "。",
                        List.of(new LabeledSpan(0, 2, "LOC"), new LabeledSpan(3, 5, "PER"))));
            }
        }
        NerModel model = new NerTrainer(new NerTrainer.Options(8, 7L, 1, 0, false), null, clusters)
                .train(training, Map.of(), line -> { });

        assertThat(model.usesClusters()).isTrue();
        assertThat(model.tag(newPeople + "在" + newPlaces + "。"))
                .containsExactly(new NerSpan(0, 2, EntityType.PERSON), new NerSpan(3, 5, EntityType.LOC));
        assertThat(model.tag(newPlaces + "在" + newPeople + "。"))
                .containsExactly(new NerSpan(0, 2, EntityType.LOC), new NerSpan(3, 5, EntityType.PERSON));
        byte[] bytes = bytes(model);
        DataInputStream data = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(bytes)));
        data.readFully(new byte[5]);
        data.readInt();
        assertThat(data.readInt()).isEqualTo(CharFeatures.VERSION);
        NerModel loaded = NerModel.load(new ByteArrayInputStream(bytes));
        assertThat(loaded.usesClusters()).isTrue();
        assertThat(loaded.tag(newPlaces + "在" + newPeople + "。")).isEqualTo(model.tag(newPlaces + "在" + newPeople + "。"));
        assertThat(bytes(loaded)).isEqualTo(bytes);
        assertThat(bytes(new NerTrainer(new NerTrainer.Options(8, 7L, 1, 0, false), null, clusters)
                .train(training, Map.of(), line -> { }))).isEqualTo(bytes);
    }

    @Test
    void namesOfLexiconSentencesJoinTheLexiconWithoutBeingTrainedOn() throws IOException {
        List<LabeledSentence> names = List.of(new LabeledSentence("欧阳修在滁州。",
                List.of(new LabeledSpan(0, 3, "PER"), new LabeledSpan(4, 6, "LOC"))));
        NerModel plain = new NerTrainer(FAST).train(syntheticCorpus(2, 0), Map.of(), line -> { });

        NerModel withNames = new NerTrainer(FAST, null, null, names).train(syntheticCorpus(2, 0), Map.of(), line -> { });

        assertThat(withNames.lexiconSize()).isEqualTo(plain.lexiconSize() + 2);
        assertThat(bytes(NerModel.load(new ByteArrayInputStream(bytes(withNames))))).isEqualTo(bytes(withNames));
        assertThat(bytes(new NerTrainer(FAST, null, null, names).train(syntheticCorpus(2, 0), Map.of(), line -> { })))
                .isEqualTo(bytes(withNames));
    }

    private Path write(String text) throws IOException {
        Path file = temp.resolve("clusters.tsv");
        java.nio.file.Files.writeString(file, text);
        return file;
    }

    @Test
    void aModelWithoutWordHintsIsWrittenAsTheOlderFeatureVersion() throws IOException {
        byte[] bytes = bytes(new NerTrainer(FAST).train(syntheticCorpus(2, 0), Map.of(), line -> { }));
        DataInputStream data = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(bytes)));
        data.readFully(new byte[5]);
        data.readInt();

        assertThat(data.readInt()).isEqualTo(CharFeatures.VERSION_WITHOUT_HINTS);
    }

    @Test
    void trainingTwiceOnTheSameDataGivesIdenticalBytes() throws IOException {
        List<LabeledSentence> corpus = syntheticCorpus(2, 0);

        byte[] first = bytes(new NerTrainer(FAST).train(corpus, Map.of(), line -> { }));
        byte[] second = bytes(new NerTrainer(FAST).train(corpus, Map.of(), line -> { }));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesAnotherModel() throws IOException {
        List<LabeledSentence> corpus = syntheticCorpus(2, 0);

        byte[] first = bytes(new NerTrainer(FAST).train(corpus, Map.of(), line -> { }));
        byte[] other = bytes(new NerTrainer(new NerTrainer.Options(4, 8L, 1, 0, true)).train(corpus, Map.of(), line -> { }));

        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void learnsEntitiesInHeldOutCombinations() {
        NerModel model = new NerTrainer(FAST).train(syntheticCorpus(2, 0), Map.of(), line -> { });

        double f1 = NerTrainer.evaluate(model, syntheticCorpus(2, 1)).f1();

        assertThat(f1).isGreaterThan(0.95);
    }

    @Test
    void reportsDevScoreAfterEveryEpoch() {
        List<String> log = new ArrayList<>();

        new NerTrainer(FAST).train(syntheticCorpus(2, 0), Map.of("synthetic", syntheticCorpus(4, 1)), log::add);

        assertThat(log).filteredOn(line -> line.startsWith("epoch ")).hasSize(4)
                .allSatisfy(line -> assertThat(line).contains("synthetic F1 "));
    }

    @Test
    void savedModelLoadsBackWithTheSameOutputAndBytes() throws IOException {
        NerModel model = new NerTrainer(FAST).train(syntheticCorpus(2, 0), Map.of(), line -> { });
        Path file = temp.resolve("model.bin.gz");
        model.save(file);

        NerModel loaded = NerModel.load(file);

        assertThat(loaded.types()).containsExactly(EntityType.PERSON, EntityType.LOC, EntityType.ORG);
        assertThat(loaded.featureCount()).isEqualTo(model.featureCount());
        for (LabeledSentence s : syntheticCorpus(3, 2)) {
            assertThat(loaded.tag(s.text())).isEqualTo(model.tag(s.text()));
        }
        assertThat(bytes(loaded)).isEqualTo(bytes(model));
    }

    @Test
    void pruningKeepsFewerFeatures() {
        NerModel full = new NerTrainer(FAST).train(syntheticCorpus(2, 0), Map.of(), line -> { });
        NerModel pruned = new NerTrainer(new NerTrainer.Options(4, 7L, 1, 48, true)).train(syntheticCorpus(2, 0), Map.of(), line -> { });

        assertThat(pruned.featureCount()).isPositive().isLessThan(full.featureCount());
    }

    @Test
    void refusesFilesThatAreNotModels() throws IOException {
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(gzipped)) {
            gzip.write("not a model".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> NerModel.load(new ByteArrayInputStream(gzipped.toByteArray())))
                .isInstanceOf(IOException.class).hasMessageContaining("not a zhextract NER model");
    }

    @Test
    void offsetsCountCodePointsBeyondTheBasicPlane() {
        NerModel model = new NerTrainer(FAST).train(syntheticCorpus(2, 0), Map.of(), line -> { });
        String sentence = syntheticCorpus(2, 0).get(0).text();
        String text = sentence + "𠀀。" + sentence; // U+20000 is two UTF-16 chars, one code point
        int[] codePoints = text.codePoints().toArray();

        List<NerSpan> spans = model.tag(text);
        List<LabeledSpan> utf16 = NerTrainer.predict(model, text);

        assertThat(spans).anySatisfy(span -> assertThat(span.start()).isGreaterThan(sentence.length()));
        assertThat(utf16).hasSameSizeAs(spans);
        for (int i = 0; i < spans.size(); i++) {
            NerSpan span = spans.get(i);
            String byCodePoints = new String(codePoints, span.start(), span.end() - span.start());
            assertThat(text.substring(utf16.get(i).start(), utf16.get(i).end())).isEqualTo(byCodePoints);
            int shift = span.start() > sentence.length() ? 1 : 0;
            assertThat(utf16.get(i).start()).isEqualTo(span.start() + shift);
        }
    }

    private static byte[] bytes(NerModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.save(out);
        return out.toByteArray();
    }
}
