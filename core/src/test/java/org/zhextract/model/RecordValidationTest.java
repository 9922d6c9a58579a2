package org.zhextract.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordValidationTest {

    @Test
    void spanRejectsNegativeAndReversedRanges() {
        assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Span(2, 5).intersects(new Span(4, 9))).isTrue();
        assertThat(new Span(2, 5).intersects(new Span(5, 9))).isFalse();
        assertThat(new Span(2, 9).contains(new Span(4, 9))).isTrue();
    }

    @Test
    void mentionTextMustFitItsSpan() {
        assertThatThrownBy(() -> new Mention("普京", 0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Mention("𠮷野", 4, 6).span()).isEqualTo(new Span(4, 6));
    }

    @Test
    void entityCopiesItsListsAndNeedsAMention() {
        List<String> aliases = new ArrayList<>(List.of("普京"));
        Entity e = new Entity("E1", EntityType.PERSON, "普京", aliases, Optional.empty(), List.of(),
                List.of(new Mention("普京", 0, 2)));
        aliases.add("普金");
        assertThat(e.aliases()).containsExactly("普京");
        assertThatThrownBy(() -> new Entity("E1", EntityType.PERSON, "普京", List.of(), Optional.empty(),
                List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quantityNeedsAValueOrARange() {
        assertThatThrownBy(() -> new Quantity("Q1", QuantityType.QUANTITY, "3至5万吨", 0, 5, Optional.empty(),
                Optional.of(3e4), Optional.empty(), "t", "吨", Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void articleChecksItsPublicationDate() {
        assertThatThrownBy(() -> new Article(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("2022-13-40"), List.of(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        Article a = new Article(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("2022-02-04T05:43:03Z"), List.of(), Optional.empty());
        assertThat(a.publishedDate()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2022-02-04"));
    }

    @Test
    void speakerTextAndSpanComeTogether() {
        assertThatThrownBy(() -> new Speaker(Optional.of("他"), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
