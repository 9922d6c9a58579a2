package org.zhextract.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhextract.TestFiles;
import org.zhextract.entity.EntityMention;
import org.zhextract.model.Entity;
import org.zhextract.model.EntityType;
import org.zhextract.model.Mention;
import org.zhextract.segment.Pronunciation;
import org.zhextract.text.DocumentText;

class EntityResolverTest {

    /** A tiny reading table, so these tests do not depend on HanLP's pinyin data. */
    private static final Pronunciation READINGS = codePoint -> Optional.ofNullable(Map.of(
            "京", "jing", "金", "jin", "平", "ping", "明", "ming", "克", "ke").get(new String(Character.toChars(codePoint))));

    private final EntityResolver resolver = new EntityResolver(READINGS);
    private int position;

    private EntityMention mention(EntityType type, String text) {
        return mention(type, text, Optional.empty(), List.of(), Optional.empty());
    }

    private EntityMention mention(EntityType type, String text, Optional<String> latin, List<String> titles,
                                  Optional<String> canonical) {
        int start = position;
        position += text.length() + 5;
        return new EntityMention(type, new Mention(text, start, start + text.length()), latin, titles, canonical);
    }

    /** HanLP's readings, for the case file (the sound-alike cases need real pinyin). */
    private static final EntityResolver HANLP_RESOLVER = new EntityResolver(Pronunciation.hanLp());

    static Stream<Arguments> cases() throws IOException {
        return Files.readAllLines(TestFiles.testdata("cases/resolution.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t", -1))
                .map(f -> Arguments.of(f[0], f[1]));
    }

    /** TYPE:surface, then optional @canonical, (Latin gloss), /title and >the text right after it. */
    private static final Pattern CASE_MENTION = Pattern.compile(
            "(PERSON|ORG|LOC|EVENT):([^@(/>]+)(?:@([^(/>]+))?(?:\\(([^)]+)\\))?(?:/([^>]+))?(?:>(.+))?");

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void resolvesTheCaseFile(String mentions, String expected) {
        List<EntityMention> input = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String m : mentions.split(";")) {
            Matcher matcher = CASE_MENTION.matcher(m.strip());
            assertThat(matcher.matches()).as("case mention %s", m).isTrue();
            String surface = matcher.group(2);
            int start = text.codePointCount(0, text.length());
            input.add(new EntityMention(EntityType.valueOf(matcher.group(1)),
                    new Mention(surface, start, start + surface.codePointCount(0, surface.length())),
                    Optional.ofNullable(matcher.group(4)), matcher.group(5) == null ? List.of() : List.of(matcher.group(5)),
                    Optional.ofNullable(matcher.group(3))));
            text.append(surface).append(matcher.group(6) == null ? "。" : matcher.group(6));
        }

        List<Entity> entities = HANLP_RESOLVER.resolve(new DocumentText(text.toString()), input);

        assertThat(entities.stream().map(e -> e.name() + "=" + String.join("|", e.aliases()))
                .collect(Collectors.joining(" ; "))).isEqualTo(expected);
    }

    @Test
    void keepsAPeriodicalNamedInTitleMarksApartFromABodyWhoseNameHoldsItsTitle() {
        String text = "《科学》杂志刊登的研究称，波士顿科学公司（Boston Scientific）的新支架效果良好。";
        int company = text.indexOf("波士顿科学公司");
        List<Entity> entities = HANLP_RESOLVER.resolve(new DocumentText(text), List.of(
                new EntityMention(EntityType.ORG, new Mention("科学", 1, 3), Optional.empty(), List.of(), Optional.empty()),
                new EntityMention(EntityType.ORG, new Mention("波士顿科学公司", company, company + 7),
                        Optional.of("Boston Scientific"), List.of(), Optional.empty())));

        assertThat(entities).extracting(Entity::name).containsExactly("科学", "波士顿科学公司");
    }

    @Test
    void tiesTheSurnameOfADottedNameAndItsLatinGlossToTheFullName() {
        List<Entity> entities = resolver.resolve(List.of(
                mention(EntityType.PERSON, "尤里·乌沙科夫", Optional.of("Yury Ushakov"), List.of("克里姆林宫助理"), Optional.empty()),
                mention(EntityType.PERSON, "乌沙科夫"),
                mention(EntityType.PERSON, "瑞安‧哈斯"),
                mention(EntityType.PERSON, "哈斯")));

        assertThat(entities).hasSize(2);
        Entity ushakov = entities.get(0);
        assertThat(ushakov.id()).isEqualTo("E1");
        assertThat(ushakov.name()).isEqualTo("尤里·乌沙科夫");
        assertThat(ushakov.aliases()).containsExactly("尤里·乌沙科夫", "乌沙科夫", "Yury Ushakov");
        assertThat(ushakov.latin()).contains("Yury Ushakov");
        assertThat(ushakov.titles()).containsExactly("克里姆林宫助理");
        assertThat(ushakov.mentions()).hasSize(2);
        assertThat(entities.get(1).name()).isEqualTo("瑞安‧哈斯");
        assertThat(entities.get(1).aliases()).containsExactly("瑞安‧哈斯", "哈斯");
    }

    @Test
    void tiesAGivenNameToTheOneDottedNameItStartsAndAHongKongDoubleSurnameToTheFullName() {
        List<Entity> entities = resolver.resolve(List.of(
                mention(EntityType.PERSON, "希拉里·克林顿"),
                mention(EntityType.PERSON, "希拉里"),
                mention(EntityType.PERSON, "林郑月娥"),
                mention(EntityType.PERSON, "林郑"),
                mention(EntityType.PERSON, "乔治·弗洛伊德"),
                mention(EntityType.PERSON, "乔治·布什"),
                mention(EntityType.PERSON, "乔治")));

        assertThat(entities).extracting(Entity::name)
                .containsExactly("希拉里·克林顿", "林郑月娥", "乔治·弗洛伊德", "乔治·布什", "乔治");
        assertThat(entities.get(0).aliases()).containsExactly("希拉里·克林顿", "希拉里");
        assertThat(entities.get(1).aliases()).containsExactly("林郑月娥", "林郑");
    }

    @Test
    void doesNotGuessWhenASurnameFitsTwoPeople() {
        List<Entity> entities = resolver.resolve(List.of(
                mention(EntityType.PERSON, "约翰·史密斯"),
                mention(EntityType.PERSON, "玛丽·史密斯"),
                mention(EntityType.PERSON, "史密斯")));

        assertThat(entities).hasSize(3);
    }

    @Test
    void leavesTheFamilyNameAloneWhenTheDottedNamesPersonGoesByTheGivenName() {
        // an article about 亨特·拜登 calls him 亨特; 拜登 alone, 副总统拜登, is his father
        List<Entity> entities = resolver.resolve(List.of(
                mention(EntityType.PERSON, "拜登", Optional.empty(), List.of("副总统"), Optional.empty()),
                mention(EntityType.PERSON, "亨特·拜登"),
                mention(EntityType.PERSON, "亨特"),
                mention(EntityType.PERSON, "拜登"),
                mention(EntityType.PERSON, "尤里·乌沙科夫"),
                mention(EntityType.PERSON, "乌沙科夫")));

        assertThat(entities).extracting(Entity::name).containsExactly("拜登", "亨特·拜登", "尤里·乌沙科夫");
        assertThat(entities.get(0).aliases()).containsExactly("拜登");
        assertThat(entities.get(1).aliases()).containsExactly("亨特·拜登", "亨特");
        assertThat(entities.get(2).aliases()).containsExactly("尤里·乌沙科夫", "乌沙科夫");
    }

    @Test
    void unifiesTheFiveInterpunctDots() {
        List<Entity> entities = resolver.resolve(List.of(
                mention(EntityType.PERSON, "内德‧普赖斯"), mention(EntityType.PERSON, "内德·普赖斯")));

        assertThat(entities).singleElement().satisfies(e -> assertThat(e.mentions()).hasSize(2));
    }

    @Test
    void mergesSoundAlikeMisspellingsIntoTheMoreFrequentForm() {
        List<Entity> entities = resolver.resolve(List.of(
                mention(EntityType.PERSON, "普京"), mention(EntityType.PERSON, "普金"), mention(EntityType.PERSON, "普京"),
                mention(EntityType.PERSON, "张平"), mention(EntityType.PERSON, "张明")));

        assertThat(entities).extracting(Entity::name).containsExactly("普京", "张平", "张明");
        assertThat(entities.get(0).aliases()).containsExactly("普京", "普金");
    }

    @Test
    void looseSyllablesIgnoreNasalEndingsAndRetroflexInitials() {
        assertThat(EntityResolver.looseSyllable("jing")).isEqualTo(EntityResolver.looseSyllable("jin"));
        assertThat(EntityResolver.looseSyllable("zhang")).isEqualTo(EntityResolver.looseSyllable("zan"));
        assertThat(EntityResolver.looseSyllable("jing")).isNotEqualTo(EntityResolver.looseSyllable("ping"));
        assertThat(resolver.soundsLikeTypo("普京", "普金")).isTrue();
        assertThat(resolver.soundsLikeTypo("普京", "普克")).isFalse();
        assertThat(resolver.soundsLikeTypo("普京", "普京")).isFalse();
        assertThat(resolver.soundsLikeTypo("普京斯", "普金")).isFalse();
    }

    @Test
    void tiesOrganizationAndEventShortFormsAndGazetteerNames() {
        List<Entity> entities = resolver.resolve(List.of(
                mention(EntityType.ORG, "美国国务院"),
                mention(EntityType.ORG, "国务院"),
                mention(EntityType.EVENT, "北京冬奥会"),
                mention(EntityType.EVENT, "冬奥会"),
                mention(EntityType.LOC, "澳洲", Optional.empty(), List.of(), Optional.of("澳大利亚")),
                mention(EntityType.LOC, "澳大利亚", Optional.empty(), List.of(), Optional.of("澳大利亚")),
                mention(EntityType.ORG, "AUKUS联盟"),
                mention(EntityType.ORG, "AUKUS"),
                mention(EntityType.ORG, "俄罗斯天然气公司", Optional.of("Gazprom"), List.of(), Optional.empty()),
                mention(EntityType.ORG, "Gazprom")));

        assertThat(entities).extracting(Entity::name)
                .containsExactly("美国国务院", "北京冬奥会", "澳大利亚", "AUKUS联盟", "俄罗斯天然气公司");
        assertThat(entities.get(2).aliases()).containsExactly("澳洲", "澳大利亚");
        assertThat(entities.get(4).aliases()).contains("Gazprom");
    }

    @Test
    void keepsTypesApartWithoutEvidenceAndNumbersEntitiesByFirstMention() {
        List<EntityMention> mentions = new ArrayList<>(List.of(
                mention(EntityType.LOC, "肖鲁"), mention(EntityType.PERSON, "肖鲁"), mention(EntityType.LOC, "上海")));
        java.util.Collections.reverse(mentions);

        List<Entity> entities = resolver.resolve(mentions);

        assertThat(entities).extracting(e -> e.id() + ":" + e.type() + ":" + e.name())
                .containsExactly("E1:LOC:肖鲁", "E2:PERSON:肖鲁", "E3:LOC:上海");
    }

    @Test
    void givesOneSurfaceTheTypeTheEvidenceSays() {
        List<Entity> entities = HANLP_RESOLVER.resolve(List.of(
                mention(EntityType.PERSON, "巴尔", Optional.empty(), List.of("司法部长"), Optional.empty()),
                mention(EntityType.LOC, "巴尔"),
                mention(EntityType.ORG, "巴尔"),
                mention(EntityType.PERSON, "刘家村"),
                mention(EntityType.LOC, "刘家村"),
                mention(EntityType.PERSON, "布鲁克林"),
                mention(EntityType.LOC, "布鲁克林")));

        assertThat(entities).extracting(e -> e.type() + " " + e.name() + " " + e.mentions().size())
                .containsExactly("PERSON 巴尔 3", "LOC 刘家村 2", "LOC 布鲁克林 2");
    }

    @Test
    void takesThePlaceOrCompanyTheTextWritesTheSurfaceAsOverHanLpsPersonTag() {
        String text = "拉达克地区局势紧张。安邦保险的吴小晖说，安邦在纽约，安邦很大。习近平说。";
        List<EntityMention> mentions = List.of(
                at(text, EntityType.PERSON, "拉达克", 0),
                at(text, EntityType.PERSON, "安邦", 1),
                at(text, EntityType.LOC, "安邦", 2),
                at(text, EntityType.PERSON, "习近平", 0));

        List<Entity> entities = HANLP_RESOLVER.resolve(new DocumentText(text), mentions);

        assertThat(entities).extracting(e -> e.type() + " " + e.name() + " " + e.mentions().size())
                .containsExactly("LOC 拉达克 1", "ORG 安邦 2", "PERSON 习近平 1");
    }

    /** A mention of the {@code nth} (from 0) occurrence of {@code surface} in {@code text}. */
    private static EntityMention at(String text, EntityType type, String surface, int nth) {
        int start = text.indexOf(surface);
        for (int i = 0; i < nth; i++) {
            start = text.indexOf(surface, start + 1);
        }
        return new EntityMention(type, new Mention(surface, start, start + surface.length()),
                Optional.empty(), List.of(), Optional.empty());
    }
}
