package org.zhextract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhextract.model.EntityType;
import org.zhextract.model.Token;
import org.zhextract.ner.NerModel;
import org.zhextract.segment.Segmenter;
import org.zhextract.text.DocumentText;
import org.zhextract.text.SentenceSplitter;

class ModelMentionSourceTest {

    private static NerModel model;
    private static ModelMentionSource source;
    private static Segmenter segmenter;

    @BeforeAll
    static void load() throws Exception {
        model = NerModel.bundled();
        source = new ModelMentionSource(model);
        segmenter = new Segmenter();
    }

    private static List<String> find(String text) {
        DocumentText document = new DocumentText(text);
        List<Token> tokens = segmenter.segment(document, new SentenceSplitter().split(document));
        return source.find(document, tokens).stream()
                .map(c -> c.type().orElseThrow() + ":" + document.slice(c.span()))
                .toList();
    }

    @Test
    void proposesModelNamesWithOffsetsIntoTheDocument() {
        assertThat(find("第一句。新华社记者在上海报道。"))
                .contains("ORG:新华社", "LOC:上海");
    }

    @Test
    void dropsOneCharacterAbbreviationsAndProposesLatinNamesOnlyWhole() {
        // a Latin span is proposed only over the whole run of Latin words (never Annette or Bohr alone)
        assertThat(find("中俄两国领导人会晤，Annette Bohr表示支持。"))
                .noneMatch(s -> s.endsWith(":中") || s.endsWith(":俄"))
                .allMatch(s -> !s.contains("Annette") && !s.contains("Bohr") || s.equals("PERSON:Annette Bohr"));
    }

    @Test
    void dropsLatinProductsAndCommonNouns() {
        assertThat(find("华为高管多次宣传问界的AEB功能遥遥领先，AEB是华为重点宣传的技术之一，送进ICU的人很少。"))
                .noneMatch(s -> s.contains("AEB") || s.contains("ICU"));
    }

    @Test
    void keepsCompaniesBeforeTechnologyAndChips() {
        // 技术 and 芯片 follow companies as often as products: one mention before them keeps the name everywhere
        assertThat(find("华为公司发表声明，Huawei技术领先。Huawei将继续投资。"))
                .contains("ORG:Huawei");
    }

    @Test
    void aProductHeadOpeningABodysNameMakesNoProduct() {
        // 测试中心 and 病毒研究所 are bodies' names, 测试 and 病毒 alone product heads
        assertThat(source.isProduct("Verily测试中心发布报告。", "Verily")).isFalse();
        assertThat(source.isProduct("Vero病毒研究所发布报告。", "Vero")).isFalse();
        assertThat(source.isProduct("Vero病毒在全球扩散。", "Vero")).isTrue();
    }

    @Test
    void aLatinWordInsideALongerLatinRunIsNoProduct() {
        // Mobile of T-Mobile功能 is not the name Mobile before 功能
        assertThat(source.isProduct("T-Mobile功能强大。", "Mobile")).isFalse();
        assertThat(source.isProduct("TMobile功能强大。", "Mobile")).isFalse();
        assertThat(source.isProduct("Mobile功能强大。", "Mobile")).isTrue();
    }

    @Test
    void cutsAnEnglishTitleOffAPerson() {
        assertThat(find("美国参议员表示，Senator John Cornyn出席了会议。")).contains("PERSON:John Cornyn");
        assertThat(find("美国总统President Joe Biden出席会议并发表讲话。")).contains("PERSON:Joe Biden");
        assertThat(find("美国导演Mike Judge出席了首映式。")).contains("PERSON:Mike Judge");
        assertThat(find("美国海军少将(Rear Admiral James Kirk)说，只有美国海军能够这样做。")).contains("PERSON:James Kirk");
        assertThat(find("他即将拿到名校的法学博士（Juris Doctor）学位。")).noneMatch(s -> s.contains("Doctor"));
        assertThat(find("国家情报总监（Director of National Intelligence）发表声明。")).noneMatch(s -> s.contains("Director"));
    }

    @Test
    void proposesOneCharacterNamesOnlyUnderBenchmarkConventions() {
        String text = "中俄两国领导人会晤。";
        DocumentText document = new DocumentText(text);
        List<Token> tokens = segmenter.segment(document, new SentenceSplitter().split(document));
        ModelMentionSource benchmark = new ModelMentionSource(model, true);

        assertThat(benchmark.find(document, tokens)).anySatisfy(c -> assertThat(c.span().length()).isEqualTo(1));
        assertThat(source.find(document, tokens)).allSatisfy(c -> assertThat(c.span().length()).isGreaterThan(1));
    }

    @Test
    void everyCandidateIsAModelCandidateOnWordBoundaries() {
        String text = "周五（2月4日），俄罗斯总统普京抵达北京。";
        DocumentText document = new DocumentText(text);
        List<Token> tokens = segmenter.segment(document, new SentenceSplitter().split(document));
        assertThat(source.find(document, tokens)).allSatisfy(c -> {
            assertThat(c.origin()).isEqualTo(Candidate.Origin.MODEL);
            assertThat(tokens).anyMatch(t -> t.start() == c.span().start());
            assertThat(tokens).anyMatch(t -> t.end() == c.span().end());
            assertThat(c.type()).isPresent().get().isNotEqualTo(EntityType.EVENT);
        });
    }
}
