package org.zhextract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhextract.eval.EntityAnnotationProjection.AnnotatedEntity;
import org.zhextract.eval.EntityAnnotationProjection.Projection;
import org.zhextract.eval.LabeledSentence.LabeledSpan;

class EntityAnnotationProjectionTest {

    private final EntityAnnotationProjection projection = new EntityAnnotationProjection();

    @Test
    void findsEveryMentionOfEverySurfaceLongestFirst() {
        Projection result = projection.project("美国总统拜登会见乔·拜登的支持者。\n美国国务院说，拜登将访华。", List.of(
                AnnotatedEntity.of("LOC", "美国", List.of("美国"), false),
                AnnotatedEntity.of("ORG", "美国国务院", List.of("美国国务院"), false),
                AnnotatedEntity.of("PERSON", "乔·拜登", List.of("乔·拜登", "拜登"), false)));

        assertThat(result.sentences()).hasSize(2);
        assertThat(result.sentences().get(0).spans()).containsExactly(
                new LabeledSpan(0, 2, "LOC"), new LabeledSpan(4, 6, "PER"), new LabeledSpan(8, 12, "PER"));
        // 美国国务院 is taken whole before 美国 is looked for
        assertThat(result.sentences().get(1).spans()).containsExactly(
                new LabeledSpan(0, 5, "ORG"), new LabeledSpan(7, 9, "PER"));
        assertThat(result.surfacesNotFound()).isEmpty();
    }

    @Test
    void alternativesSplitAtBarAndUnfoundSurfacesAreReported() {
        Projection result = projection.project("马塞洛·克劳雷说。", List.of(
                AnnotatedEntity.of("PERSON", "马塞洛•克劳雷", List.of("马塞洛•克劳雷|马塞洛·克劳雷"), false)));

        assertThat(result.sentences().get(0).spans()).containsExactly(new LabeledSpan(0, 7, "PER"));
        assertThat(result.surfacesNotFound()).containsExactly("马塞洛•克劳雷");
    }

    @Test
    void sentencesWithAnOptionalOrAmbiguousNameAreLeftOut() {
        Projection result = projection.project("新华社报道。\n疾控中心说。\n华盛顿表示。\n美国国防部长说。\n北京下雨。", List.of(
                AnnotatedEntity.of("ORG", "美国国防部", List.of("美国国防部"), false),
                AnnotatedEntity.of("ORG", "新华社", List.of("新华社"), false),
                AnnotatedEntity.of("ORG", "疾控中心", List.of("疾控中心"), true),
                AnnotatedEntity.of("LOC", "华盛顿", List.of("华盛顿"), false),
                AnnotatedEntity.of("ORG", "华盛顿", List.of("华盛顿"), false)));

        assertThat(result.sentences()).extracting(LabeledSentence::text).containsExactly("新华社报道。", "北京下雨。");
        assertThat(result.sentences().get(1).spans()).isEmpty();
        assertThat(result.sentencesLeftOut()).isEqualTo(3);
    }

    @Test
    void eventsStayOutsideTheLabelsAndHideTheNamesInsideThem() {
        Projection result = projection.project("北京冬奥会在北京开幕。", List.of(
                AnnotatedEntity.of("EVENT", "北京冬奥会", List.of("北京冬奥会"), false),
                AnnotatedEntity.of("LOC", "北京", List.of("北京"), false)));

        assertThat(result.sentences().get(0).spans()).containsExactly(new LabeledSpan(6, 8, "LOC"));
    }

    @Test
    void latinSurfacesDoNotMatchInsideWordsAndSingleCharactersAreIgnored() {
        Projection result = projection.project("WHO说WHOLE美方。", List.of(
                AnnotatedEntity.of("ORG", "世界卫生组织", List.of("WHO"), false),
                AnnotatedEntity.of("LOC", "美", List.of("美"), false)));

        assertThat(result.sentences().get(0).spans()).containsExactly(new LabeledSpan(0, 3, "ORG"));
        assertThat(result.surfacesNotFound()).containsExactly("世界卫生组织");
    }
}
