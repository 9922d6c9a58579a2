package org.zhextract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhextract.TestFiles;
import org.zhextract.ner.NerModel;

/** The merge policy of {@link EntityRecognizer} when the trained model takes part. */
class ModelMergeTest {

    private static EntityRecognizer withModel;

    @BeforeAll
    static void load() throws IOException {
        // -Dzhextract.test.nerModel=FILE runs the same cases against another model (a candidate for the bundled one)
        String other = System.getProperty("zhextract.test.nerModel");
        NerModel model = other == null || other.isBlank() ? NerModel.bundled() : NerModel.load(java.nio.file.Path.of(other));
        withModel = new EntityRecognizer(EntityStage.LEXICON, List.of(new ModelMentionSource(model)));
    }

    static Stream<Arguments> cases() throws IOException {
        return Files.readAllLines(TestFiles.testdata("cases/ner/entities-with-model.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t", -1))
                .map(f -> Arguments.of(f[0], f[1], f[2], f[3]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mergesModelAndRulesAsThePolicySays(String text, String expected, String forbidden, String rulesAlone) {
        List<String> found = mentions(withModel, text);
        List<String> foundByRules = mentions(EntityStage.RECOGNIZER, text);

        if (!expected.equals("-")) {
            assertThat(found).containsAll(Arrays.asList(expected.split(";")));
        }
        if (!forbidden.equals("-")) {
            assertThat(found).doesNotContainAnyElementsOf(Arrays.asList(forbidden.split(";")));
        }
        if (!rulesAlone.equals("-")) {
            assertThat(foundByRules).as("the case tests a difference from the rules alone")
                    .containsAll(Arrays.asList(rulesAlone.split(";")));
        }
    }

    @Test
    void aNameFoundOnceIsNotPropagatedIntoALawNamedAfterIt() {
        // the model reads 国安 (national security) as an organization once; 国安法 is a law
        String text = "警方可以移除危害国安的信息。港区《国安法》实施细则公布，香港国安法下撑香港。";
        List<String> found = mentions(withModel, text);

        assertThat(found).filteredOn(m -> m.endsWith(":国安")).hasSizeLessThanOrEqualTo(1);
        assertThat(found).contains("LOC:香港");
    }

    @Test
    void aPersonIsNotPropagatedIntoAPrizeNamedAfterHim() {
        // 诺贝尔 is found as a person once; 诺贝尔奖 is the prize (it had been propagated there 20 times in one article)
        String text = "瑞典化学家诺贝尔（Alfred Nobel）设立了这些奖项。今年两位诺贝尔奖得主与李嘉诚基金会密切合作。";
        List<String> found = mentions(withModel, text);

        assertThat(found).filteredOn(m -> m.equals("PERSON:诺贝尔")).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void aModelReadingOnlyInTheHeadlineIsNotPropagatedIntoSentencesTheModelLeftUntagged() {
        // the model reads the terse headline's 情报办公室 (an intelligence office) as a place, and none of the
        // sentences' mentions as anything: the one reading had been copied to all six mentions of an article
        String text = "防中共窃农业技术 美农业部或设情报办公室\n根据该法案，情报办公室将重点关注外国威胁。\n"
                + "如果该法案获得通过，该情报办公室的拨款总额将达97万美元。";
        List<String> found = mentions(withModel, text);

        assertThat(found).filteredOn(m -> m.endsWith(":情报办公室")).hasSizeLessThanOrEqualTo(1);
        assertThat(found).contains("ORG:美农业部");
    }

    @Test
    void aNameTheModelFindsInTheHeadlineAndInASentenceIsPropagated() {
        String text = "中共打压费加罗报 美农业部回应\n费加罗报记者周三表示，报道属实。\n"
                + "美国农业部称，费加罗报的消息有误，费加罗报已更正。";
        List<String> found = mentions(withModel, text);

        assertThat(found).filteredOn(m -> m.endsWith(":费加罗报")).hasSizeGreaterThanOrEqualTo(3);
    }

    private static List<String> mentions(EntityRecognizer recognizer, String text) {
        return EntityStage.recognize(recognizer, text).stream().map(m -> m.type() + ":" + m.text()).toList();
    }
}
