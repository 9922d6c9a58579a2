package org.zhextract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhextract.model.Entity;
import org.zhextract.model.EntityType;
import org.zhextract.model.Mention;
import org.zhextract.model.Span;

class ExtractorTest {

    private final Extractor extractor = SharedExtractor.get();

    @ParameterizedTest
    @ValueSource(strings = {"000_bf65dbdb9e137cd9", "002_bc2f8cbaeac80638"})
    void everyMentionOfTheSeedsSlicesToItsOwnText(String seed) throws Exception {
        Extraction x = extractor.extract(TestFiles.seed(seed));

        List<Mention> mentions = x.entities().stream().flatMap(e -> e.mentions().stream()).toList();
        assertThat(mentions).hasSizeGreaterThan(20);
        for (Mention m : mentions) {
            assertThat(m.span().coveredText(x.text())).isEqualTo(m.text());
        }
        assertThat(x.sentences()).allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(
                x.text().codePointCount(0, x.text().length())));
    }

    @Test
    void offsetsCountCodePointsAcrossSupplementaryCharacters() {
        String text = "𠮷野家新闻\n𠮷𠮷俄罗斯总统普京与中国国家主席习近平在北京会晤。";

        Extraction x = extractor.extractText(text);

        List<Mention> mentions = x.entities().stream().flatMap(e -> e.mentions().stream()).toList();
        assertThat(mentions).extracting(Mention::text).contains("普京", "习近平", "北京");
        for (Mention m : mentions) {
            assertThat(m.span().coveredText(x.text())).isEqualTo(m.text());
            int from = x.text().offsetByCodePoints(0, m.start());
            int to = x.text().offsetByCodePoints(0, m.end());
            assertThat(x.text().substring(from, to)).isEqualTo(m.text());
        }
        Mention putin = mentions.stream().filter(m -> m.text().equals("普京")).findFirst().orElseThrow();
        // 𠮷野家新闻 (5) + line break (1) + 𠮷𠮷 (2) + 俄罗斯总统 (5): code points, not UTF-16 units
        assertThat(putin.start()).isEqualTo(13);
    }

    @Test
    void oneEntityPerDistinctName() {
        Extraction x = extractor.extractText("标题\n普京抵达北京。习近平在北京与普京会谈。");

        List<Entity> persons = x.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertThat(persons).extracting(Entity::name).containsExactlyInAnyOrder("普京", "习近平");
        Entity putin = persons.stream().filter(e -> e.name().equals("普京")).findFirst().orElseThrow();
        assertThat(putin.mentions()).hasSize(2);
        assertThat(x.entities()).extracting(Entity::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("E\\d+"));
    }

    @Test
    void readsBytesAndRecordsTheSource() {
        byte[] bytes = "### 标题\n\n<p>普京抵达北京。</p>".getBytes(StandardCharsets.UTF_8);

        Extraction x = extractor.extract(bytes, "folder/page.md");

        assertThat(x.source().path()).contains("folder/page.md");
        assertThat(x.source().format()).isEqualTo("markdown");
        assertThat(x.source().sha256()).hasSize(64);
        assertThat(x.article().title()).contains("标题");
        assertThat(x.text()).isEqualTo("标题\n普京抵达北京。");
    }

    @Test
    void isSharedSafelyAcrossThreads() throws Exception {
        String text = "标题\n俄罗斯总统普京与中国国家主席习近平在北京会晤。";
        Extraction expected = extractor.extractText(text);

        List<Extraction> results = Stream.generate(() -> text).limit(16).parallel()
                .map(extractor::extractText).toList();

        assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }

    @Test
    void rejectsNullArguments() {
        assertThatThrownBy(() -> extractor.extractText(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("text");
        assertThatThrownBy(() -> new Span(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
