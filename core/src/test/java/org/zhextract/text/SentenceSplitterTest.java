package org.zhextract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhextract.model.Sentence;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        DocumentText document = new DocumentText(text);
        return splitter.split(document).stream().map(s -> document.slice(s.start(), s.end())).toList();
    }

    @Test
    void splitsAtChineseTerminatorsAndLineEnds() {
        assertThat(split("他来了。她走了！真的吗？是的；好\n新的一行"))
                .containsExactly("他来了。", "她走了！", "真的吗？", "是的；", "好", "新的一行");
    }

    @Test
    void keepsClosingQuotesWithTheirSentence() {
        assertThat(split("他说：“我们会赢。”然后离开了。"))
                .containsExactly("他说：“我们会赢。”", "然后离开了。");
    }

    @Test
    void treatsRunsOfTerminatorsAsOneEnd() {
        assertThat(split("什么？！不可能……真的")).containsExactly("什么？！", "不可能……", "真的");
    }

    @Test
    void skipsBlankLinesAndTrimsWhitespace() {
        assertThat(split("  第一句。 \n\n\n   第二句  ")).containsExactly("第一句。", "第二句");
    }

    @Test
    void countsOffsetsInCodePoints() {
        DocumentText document = new DocumentText("𠮷好。再见。");
        List<Sentence> sentences = splitter.split(document);
        assertThat(sentences).containsExactly(new Sentence(0, 3), new Sentence(3, 6));
    }
}
