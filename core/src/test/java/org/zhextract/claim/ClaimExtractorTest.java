package org.zhextract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zhextract.model.Claim;
import org.zhextract.model.ClaimForm;
import org.zhextract.model.Entity;
import org.zhextract.model.EntityType;
import org.zhextract.model.Mention;
import org.zhextract.model.Quantity;
import org.zhextract.model.QuantityType;
import org.zhextract.model.TimeType;
import org.zhextract.model.TimeValue;
import org.zhextract.model.Token;
import org.zhextract.segment.Segmenter;
import org.zhextract.text.DocumentText;
import org.zhextract.text.SentenceSplitter;

/**
 * The claim stage on constructed entities, times and quantities, so that what it links does
 * not depend on how well the other stages do.
 */
class ClaimExtractorTest {

    private static final Segmenter SEGMENTER = new Segmenter();
    private final ClaimExtractor extractor = new ClaimExtractor();

    /** Builds inputs for one text; entities are given as type + surface, every occurrence a mention. */
    private static final class Input {
        final DocumentText document;
        final List<Entity> entities = new ArrayList<>();
        final List<TimeValue> times = new ArrayList<>();
        final List<Quantity> quantities = new ArrayList<>();

        Input(String text) {
            document = new DocumentText(text);
        }

        Input entity(EntityType type, String name) {
            List<Mention> mentions = new ArrayList<>();
            String text = document.text();
            for (int k = text.indexOf(name); k >= 0; k = text.indexOf(name, k + name.length())) {
                int start = document.toCodePoint(k);
                mentions.add(new Mention(name, start, start + name.codePointCount(0, name.length())));
            }
            entities.add(new Entity("E" + (entities.size() + 1), type, name, List.of(name), Optional.empty(),
                    List.of(), mentions));
            return this;
        }

        Input time(String surface, String value) {
            int start = document.toCodePoint(document.text().indexOf(surface));
            times.add(new TimeValue("T" + (times.size() + 1), TimeType.DATE, surface, start,
                    start + surface.codePointCount(0, surface.length()), value, Optional.empty()));
            return this;
        }

        Input quantity(String surface, double value, String unit) {
            int start = document.toCodePoint(document.text().indexOf(surface));
            quantities.add(new Quantity("Q" + (quantities.size() + 1), QuantityType.QUANTITY, surface, start,
                    start + surface.codePointCount(0, surface.length()), Optional.of(value), Optional.empty(),
                    Optional.empty(), unit, unit, Optional.empty(), Optional.empty(), Optional.empty()));
            return this;
        }

        List<Token> tokens() {
            return SEGMENTER.segment(document, new SentenceSplitter().split(document));
        }
    }

    private List<Claim> extract(Input in) {
        return extractor.extract(in.document, in.tokens(), in.entities, in.times, in.quantities);
    }

    private static String id(Input in, String name) {
        return in.entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void attachesTheEntitiesTimesAndQuantitiesInsideTheContentOnly() {
        Input in = new Input("周五，乌沙科夫表示，两国领导人将于明天在北京签署10多份合同。")
                .entity(EntityType.PERSON, "乌沙科夫").entity(EntityType.LOC, "北京")
                .time("周五", "2022-02-04").time("明天", "2022-02-05").quantity("10多份", 10, "count");

        List<Claim> claims = extract(in);

        assertThat(claims).hasSize(1);
        Claim claim = claims.get(0);
        assertThat(claim.id()).isEqualTo("C1");
        assertThat(claim.speaker().entity()).contains(id(in, "乌沙科夫"));
        assertThat(claim.content().text()).isEqualTo("两国领导人将于明天在北京签署10多份合同");
        assertThat(claim.entities()).containsExactly(id(in, "北京"));
        assertThat(claim.times()).containsExactly("T2");
        assertThat(claim.quantities()).containsExactly("Q1");
    }

    /**
     * A fuzzer-mutated corpus page hung the claim stage: a run of straight quotation marks inside a
     * name (普"""…"京) made the source walk step onto the same token again and again.
     */
    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aRunOfQuotationMarksInsideASourceEnds() {
        Input in = new Input("周五在北京与习近平会面时，普" + "\"".repeat(70) + "京公布了一项新的俄罗斯天然气协议，承诺增加莫斯科的远东出口。")
                .entity(EntityType.LOC, "北京").entity(EntityType.PERSON, "习近平");

        List<Claim> claims = extract(in);

        String text = in.document.text();
        for (Claim claim : claims) {
            assertThat(claim.content().text()).isNotEmpty();
            assertThat(text).contains(claim.content().text());
        }
    }

    @Test
    void linksThePersonAtTheRightEndOfATitledSource() {
        Input in = new Input("美国国务院发言人普赖斯表示，制裁将会继续。")
                .entity(EntityType.LOC, "美国").entity(EntityType.ORG, "国务院").entity(EntityType.PERSON, "普赖斯");

        Claim claim = extract(in).get(0);

        assertThat(claim.speaker().text()).contains("普赖斯");
        assertThat(claim.speaker().entity()).contains(id(in, "普赖斯"));
        assertThat(claim.speaker().span().orElseThrow().start()).isEqualTo(8);
    }

    @Test
    void linksNoEntityForACoordinationOrADescriptiveSource() {
        Input in = new Input("美国、英国和澳大利亚宣布，将共同研制潜艇。俄罗斯国家媒体报道称，谈判已经开始。")
                .entity(EntityType.LOC, "美国").entity(EntityType.LOC, "英国").entity(EntityType.LOC, "澳大利亚")
                .entity(EntityType.LOC, "俄罗斯");

        List<Claim> claims = extract(in);

        assertThat(claims).extracting(c -> c.speaker().text().orElseThrow())
                .containsExactly("美国、英国和澳大利亚", "俄罗斯国家媒体");
        assertThat(claims).allSatisfy(c -> assertThat(c.speaker().entity()).isEmpty());
    }

    @Test
    void resolvesPronounsToTheLastCompatibleSpeaker() {
        Input in = new Input("俄罗斯天然气公司表示，出口将会增加。\n西方媒体报道称，管道仍未完工。\n"
                + "该公司还说，新合同已经签署。\n外长拉夫罗夫表示，会谈很成功。\n他们认为，制裁无效。\n他还说，合作会继续。")
                .entity(EntityType.ORG, "俄罗斯天然气公司").entity(EntityType.PERSON, "拉夫罗夫");

        List<Claim> claims = extract(in);

        assertThat(claims).extracting(c -> c.speaker().text().orElseThrow())
                .containsExactly("俄罗斯天然气公司", "西方媒体", "该公司", "拉夫罗夫", "他们", "他");
        assertThat(claims.get(2).speaker().entity()).contains(id(in, "俄罗斯天然气公司"));
        assertThat(claims.get(4).speaker().entity()).as("他们 → 西方媒体, no entity").isEmpty();
        assertThat(claims.get(5).speaker().entity()).contains(id(in, "拉夫罗夫"));
    }

    @Test
    void continuesTheSpeakerIntoABareQuotationParagraph() {
        Input in = new Input("教授卢金对记者表示，两国关系正在升温。\n“莫斯科明白这一点。北京也明白。”\n两国将举行会谈。\n“这是另一段话。”")
                .entity(EntityType.PERSON, "卢金");

        List<Claim> claims = extract(in);

        assertThat(claims).hasSize(2);
        Claim continued = claims.get(1);
        assertThat(continued.speaker().text()).isEmpty();
        assertThat(continued.speaker().entity()).contains(id(in, "卢金"));
        assertThat(continued.cue()).isEmpty();
        assertThat(continued.content().text()).isEqualTo("莫斯科明白这一点。北京也明白");
        assertThat(continued.form()).isEqualTo(ClaimForm.DIRECT);
    }

    @Test
    void numbersClaimsInTextOrderWithQuotationsFirst() {
        Input in = new Input("“我们会赢。”教练说。队长表示，大家都很努力。");

        List<Claim> claims = extract(in);

        assertThat(claims).extracting(Claim::id).containsExactly("C1", "C2");
        assertThat(claims).extracting(c -> c.content().text()).containsExactly("我们会赢", "大家都很努力");
        assertThat(claims.get(0).content().start()).isEqualTo(1);
    }

    @Test
    void countsOffsetsInCodePoints() {
        Input in = new Input("𠮷𠮷\n张伟说，𠮷野家将在明年开业。").entity(EntityType.PERSON, "张伟");

        Claim claim = extract(in).get(0);

        assertThat(claim.content().text()).isEqualTo("𠮷野家将在明年开业");
        assertThat(claim.content().start()).as("𠮷𠮷, break, 张伟说， then 𠮷").isEqualTo(7);
        assertThat(claim.content().span().coveredText(in.document.text())).isEqualTo(claim.content().text());
        assertThat(claim.speaker().span().orElseThrow().start()).isEqualTo(3);
    }
}
