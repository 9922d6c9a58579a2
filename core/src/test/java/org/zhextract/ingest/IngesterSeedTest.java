package org.zhextract.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhextract.TestFiles;

/**
 * The seeds read exactly as the gold says (title, url, publisher, published) and their text is
 * the golden text under testdata/expected/: every paragraph and caption a reader sees, none of
 * the navigation, image credits or footer.
 */
class IngesterSeedTest {

    private static final Ingester INGESTER = new Ingester();

    @ParameterizedTest
    @ValueSource(strings = {"000_bf65dbdb9e137cd9", "002_bc2f8cbaeac80638"})
    void seedMetadataMatchesTheGold(String seed) throws Exception {
        JsonNode gold = new ObjectMapper().readTree(TestFiles.shared("gold/seeds/" + seed + ".json").toFile())
                .get("article");

        IngestedDocument doc = read(seed);

        assertThat(doc.article().title()).contains(gold.get("title").asText());
        assertThat(doc.article().url()).contains(gold.get("url").asText());
        assertThat(doc.article().publisher()).contains(gold.get("publisher").asText());
        assertThat(doc.article().published()).contains(gold.get("published").asText());
        assertThat(doc.warnings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_bf65dbdb9e137cd9", "002_bc2f8cbaeac80638"})
    void seedTextIsTheGoldenText(String seed) throws Exception {
        String expected = Files.readString(TestFiles.testdata("expected/" + seed + ".text.txt"), StandardCharsets.UTF_8);

        IngestedDocument doc = read(seed);

        assertThat(doc.text()).isEqualTo(expected.stripTrailing());
        assertThat(doc.text().split("\n")[0]).isEqualTo(doc.article().title().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_bf65dbdb9e137cd9", "002_bc2f8cbaeac80638"})
    void seedTextHoldsNoMarkupCreditsOrLinks(String seed) throws Exception {
        String text = read(seed).text();

        assertThat(text).doesNotContain("http", "](", "<", "&nbsp;", "图像来源", "Getty Images", "原文链接",
                "翻墙", "首页", "分钟前", "不支持播放");
    }

    @org.junit.jupiter.api.Test
    void sourceLineBreaksBetweenChineseWordsDisappearButTheTitleKeepsItsSpace() throws Exception {
        IngestedDocument doc = read("002_bc2f8cbaeac80638");

        assertThat(doc.text()).startsWith("冬奥会开幕前 习近平与普京会面\n")
                .contains("俄罗斯总统普京和中国领导人习近平在北京冬奥会开幕式之前进行了会晤")
                .contains("（cloud diplomacy）");
        assertThat(doc.article().authors()).containsExactly("张婷");
        assertThat(doc.article().editor()).contains("林妍");
    }

    static IngestedDocument read(String seed) throws Exception {
        Path path = TestFiles.seed(seed);
        return INGESTER.read(Files.readAllBytes(path), path.toString());
    }
}
