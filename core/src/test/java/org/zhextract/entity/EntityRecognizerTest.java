package org.zhextract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhextract.TestFiles;
import org.zhextract.model.EntityType;
import org.zhextract.model.Span;
import org.zhextract.text.DocumentText;

class EntityRecognizerTest {

    static Stream<Arguments> cases() throws IOException {
        return Files.readAllLines(TestFiles.testdata("cases/entities.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t", -1))
                .map(f -> Arguments.of(f[0], f[1], f.length > 2 ? f[2] : ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheExpectedMentionsAndNoneOfTheForbiddenOnes(String text, String expected, String forbidden) {
        List<EntityMention> mentions = EntityStage.recognize(text);
        List<String> found = mentions.stream().map(m -> m.type() + ":" + m.text()).toList();

        if (!expected.equals("-")) {
            assertThat(found).containsAll(Arrays.asList(expected.split(";")));
        }
        if (!forbidden.isBlank()) {
            assertThat(mentions).extracting(EntityMention::text).doesNotContainAnyElementsOf(Arrays.asList(forbidden.split(";")));
        }
        for (EntityMention m : mentions) {
            assertThat(new DocumentText(text).slice(m.mention().span())).isEqualTo(m.text());
        }
    }

    @Test
    void recordsTheLatinGlossAndTheTitlesOfAPerson() {
        EntityMention price = single(EntityStage.recognize("美国国务院发言人普赖斯（Ned Price）表示"), "普赖斯");
        assertThat(price.latin()).contains("Ned Price");
        assertThat(price.titles()).containsExactly("美国国务院发言人");

        EntityMention putin = single(EntityStage.recognize("俄罗斯总统普京与中国国家主席习近平今日会晤。"), "普京");
        assertThat(putin.titles()).containsExactly("俄罗斯总统");
        EntityMention xi = single(EntityStage.recognize("习近平主席预计还将设午宴款待普京总统。"), "普京");
        assertThat(xi.titles()).containsExactly("总统");
    }

    @Test
    void recordsTheLatinGlossOfAnOrganization() {
        EntityMention gazprom = single(EntityStage.recognize("俄罗斯天然气公司（Gazprom）周五表示"), "俄罗斯天然气公司");
        assertThat(gazprom.latin()).contains("Gazprom");
    }

    @Test
    void recordsTheLatinGlossOfAPlace() {
        // a place's gloss is an alias of it as a person's is (the news gold lists Friedrichshain-Kreuzberg, Tokyo)
        EntityMention jalisco = single(EntityStage.recognize("洛佩斯在西部的哈利斯科州（Jalisco）被捕。"), "哈利斯科州");
        assertThat(jalisco.latin()).contains("Jalisco");
    }

    @Test
    void recordsAGlossEndingInAnAbbreviationsDotOrFollowedByANote() {
        EntityMention rand = single(EntityStage.recognize("他在兰德公司（RAND Corp.）阐述了新理念。"), "兰德公司");
        assertThat(rand.latin()).contains("RAND Corp.");
        EntityMention hunter = single(EntityStage.recognize("次子亨特·拜登（Hunter Biden，左）出席了仪式。"), "亨特·拜登");
        assertThat(hunter.latin()).contains("Hunter Biden");
    }

    @Test
    void recordsAGlossJoinedByAnAmpersandOrFollowedByItsAcronym() {
        EntityMention tiffany = single(EntityStage.recognize("蒂芙尼公司（Tiffany & Co.）周五表示"), "蒂芙尼公司");
        assertThat(tiffany.latin()).contains("Tiffany & Co.");
        EntityMention nato = single(EntityStage.recognize(
                "美国的北大西洋公约组织（North Atlantic Treaty Organization，简称 NATO）最近也受到关注。"), "北大西洋公约组织");
        assertThat(nato.latin()).contains("North Atlantic Treaty Organization");
    }

    @Test
    void recordsTheLatinGlossAfterAQuotedName() {
        EntityMention spots = single(EntityStage.recognize("推特账号“飞机守望”（Aircraft Spots）9月25日指，两架轰炸机起飞。"), "飞机守望");
        assertThat(spots.latin()).contains("Aircraft Spots");
    }

    @Test
    void recordsAGlossWithAccentedLatinLetters() {
        // a gloss is a name in any Latin alphabet: Müller and André were lost where only ASCII letters counted
        EntityMention muller = single(EntityStage.recognize("联邦发展部长盖德·穆勒（Gerd Müller）愤怒地表示"), "盖德·穆勒");
        assertThat(muller.latin()).contains("Gerd Müller");
        EntityMention gattolin = single(EntityStage.recognize("参议员卡托兰（André Gattolin）向中央社表示"), "卡托兰");
        assertThat(gattolin.latin()).contains("André Gattolin");
    }

    @Test
    void recordsABodysGlossWithAPlaceInBracketsAndAnEventsGloss() {
        EntityMention bank = single(EntityStage.recognize("中资银行，如中银香港(Bank of China (Hong Kong))，也在香港占据主导地位。"), "中银香港");
        assertThat(bank.latin()).contains("Bank of China (Hong Kong)");
        EntityMention shield = single(EntityStage.recognize("美国的“勇敢之盾”（Valiant Shield）大型军事演习在关岛附近举行。"), "勇敢之盾");
        assertThat(shield.latin()).contains("Valiant Shield");
        EntityMention laura = single(EntityStage.recognize("8月份劳拉飓风（Hurricane Laura）登陆时造成的破坏仍然可见。"), "劳拉");
        assertThat(laura.latin()).contains("Hurricane Laura");
    }

    @Test
    void aPeriodicalNamedByACommonWordIsFoundOnlyInTitleMarks() {
        // 《时代》杂志 is Time; 时代 elsewhere is "era", which propagation must not make the magazine
        List<EntityMention> mentions = EntityStage.recognize("他说现代社会的时代精神变了。《时代》（Time）杂志评选他为年度人物。");
        assertThat(mentions).filteredOn(m -> m.text().equals("时代")).hasSize(1);
    }

    @Test
    void recordsTheLatinGlossAfterAPublicationsTitleMark() {
        EntityMention izvestia = single(EntityStage.recognize("俄罗斯《消息报》（Izvestia）报导说"), "消息报");
        assertThat(izvestia.latin()).contains("Izvestia");
    }

    @Test
    void givesTheGazetteerCanonicalNameOfAShortForm() {
        EntityMention australia = single(EntityStage.recognize("英国、澳洲宣布成立联盟"), "澳洲");
        assertThat(australia.canonical()).contains("澳大利亚");
    }

    @Test
    void offsetsAreCodePointsAfterSupplementaryCharacters() {
        String text = "𠮷𠮷。国务院发言人内德‧普赖斯表示";
        EntityMention price = single(EntityStage.recognize(text), "内德‧普赖斯");
        assertThat(price.mention().start()).isEqualTo(9);
        assertThat(new DocumentText(text).slice(price.mention().span())).isEqualTo("内德‧普赖斯");
    }

    @Test
    void userDictionaryOverridesBuiltInListsAndSuppressesSurfaces(@TempDir Path temp) throws IOException {
        Path dictionary = temp.resolve("names.tsv");
        Files.writeString(dictionary, String.join("\n",
                "# test dictionary",
                "克里姆林宫\tLOC",
                "北约\tNONE",
                "星辰科技\tORG\t星辰",
                ""), StandardCharsets.UTF_8);
        EntityRecognizer recognizer = new EntityRecognizer(EntityLexicon.builtIn().withDictionary(dictionary));

        List<EntityMention> mentions = EntityStage.recognize(recognizer, "克里姆林宫表示，北约和星辰科技都在行动，星辰也是。");

        assertThat(mentions).extracting(m -> m.type() + ":" + m.text())
                .contains("LOC:克里姆林宫", "ORG:星辰科技", "ORG:星辰")
                .doesNotContain("ORG:北约", "ORG:克里姆林宫");
        assertThat(single(mentions, "星辰").canonical()).contains("星辰科技");
        // the built-in lexicon is untouched
        assertThat(EntityStage.recognize("克里姆林宫表示")).extracting(m -> m.type() + ":" + m.text())
                .containsExactly("ORG:克里姆林宫");
    }

    @Test
    void placeBodiesAreOrganizationsUnlessTheBenchmarkConventionIsAsked() {
        String text = "美国政府宣布制裁，香港警方拘捕了三人。";
        assertThat(EntityStage.recognize(text)).extracting(m -> m.type() + ":" + m.text())
                .contains("ORG:美国政府", "ORG:香港警方");

        EntityRecognizer benchmark = new EntityRecognizer(EntityLexicon.builtIn().withPlaceBodiesAsPlaces());
        assertThat(EntityStage.recognize(benchmark, text)).extracting(m -> m.type() + ":" + m.text())
                .contains("LOC:美国", "LOC:香港")
                .doesNotContain("ORG:美国政府", "ORG:香港警方");
    }

    @Test
    void malformedDictionaryLinesAreReportedWithFileAndLine(@TempDir Path temp) throws IOException {
        Path dictionary = temp.resolve("bad.tsv");
        Files.writeString(dictionary, "好名字\tORG\n坏名字\tANIMAL\n", StandardCharsets.UTF_8);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EntityLexicon.builtIn().withDictionary(dictionary))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.tsv:2").hasMessageContaining("ANIMAL");
    }

    @Test
    void extraSourcesAreMergedAndLongerSpansWin() {
        MentionSource model = (document, tokens) -> List.of(
                Candidate.of(EntityType.ORG, 0, 4, Candidate.Origin.MODEL),
                Candidate.of(EntityType.PERSON, 5, 7, Candidate.Origin.MODEL));
        EntityRecognizer recognizer = new EntityRecognizer(EntityStage.LEXICON, List.of(model));

        List<EntityMention> mentions = EntityStage.recognize(recognizer, "星辰科技的张三说");

        assertThat(mentions).extracting(m -> m.type() + ":" + m.text()).contains("ORG:星辰科技", "PERSON:张三");
    }

    @Test
    void mergePrefersUserEntriesThenLongerSpansThenStrongerOrigins() {
        Candidate role = Candidate.of(EntityType.LOC, 0, 2, Candidate.Origin.ROLE);
        Candidate event = Candidate.of(EntityType.EVENT, 0, 5, Candidate.Origin.PATTERN);
        Candidate gazetteer = Candidate.of(EntityType.ORG, 6, 9, Candidate.Origin.GAZETTEER);
        Candidate sameSpanRole = Candidate.of(EntityType.LOC, 6, 9, Candidate.Origin.ROLE);
        Candidate user = new Candidate(new Span(10, 11), Optional.of(EntityType.PERSON), Candidate.Origin.USER, Optional.empty());
        Candidate longerRole = Candidate.of(EntityType.ORG, 10, 14, Candidate.Origin.ROLE);
        Candidate suppressed = new Candidate(new Span(15, 17), Optional.empty(), Candidate.Origin.USER, Optional.empty());
        Candidate underSuppressed = Candidate.of(EntityType.LOC, 15, 17, Candidate.Origin.GAZETTEER);

        List<Candidate> kept = EntityRecognizer.merge(List.of(role, event, sameSpanRole, gazetteer, longerRole, user,
                suppressed, underSuppressed));

        assertThat(kept).containsExactly(event, gazetteer, user);
    }

    @Test
    void readsLatinGlossesOnlyWhenTheyLookLikeNames() {
        assertThat(EntityRecognizer.latinGloss("普赖斯（Ned Price）表示", 3)).contains("Ned Price");
        assertThat(EntityRecognizer.latinGloss("公司(Gazprom)表示", 2)).contains("Gazprom");
        assertThat(EntityRecognizer.latinGloss("普赖斯（2月3日）表示", 3)).isEmpty();
        assertThat(EntityRecognizer.latinGloss("外交（cloud diplomacy）", 2)).isEmpty();
        assertThat(EntityRecognizer.latinGloss("普赖斯表示（Ned Price）", 3)).isEmpty();
        // seven words, two of them lower case: 美国国际战略研究中心's gloss
        assertThat(EntityRecognizer.latinGloss("中心(Center for Strategic and International Studies)的", 2))
                .contains("Center for Strategic and International Studies");
    }

    @Test
    void readsTheLatinNameAfterANameFirstInBrackets() {
        // 美国联邦储备委员会(美联储/FED): FED glosses 美联储 too
        assertThat(EntityRecognizer.latinAfterBracketedName("委员会(美联储/FED)、", 4, 7)).contains("FED");
        assertThat(EntityRecognizer.latinAfterBracketedName("哈里斯（贺锦丽，Kamala Harris）说", 4, 7)).contains("Kamala Harris");
        assertThat(EntityRecognizer.latinAfterBracketedName("他说美联储/FED)、", 2, 5)).isEmpty(); // no bracket before the name
        assertThat(EntityRecognizer.latinAfterBracketedName("委员会(美联储/联储局)、", 4, 7)).isEmpty();
    }

    private static EntityMention single(List<EntityMention> mentions, String text) {
        return mentions.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention " + text + " in " + mentions));
    }
}
