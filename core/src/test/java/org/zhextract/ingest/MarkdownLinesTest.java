package org.zhextract.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The loop that splits Markdown into lines gives exactly what {@code split("\\R", -1)} gave. */
class MarkdownLinesTest {

    private static final String ALPHABET = "\r\n\u000B\f\u0085\u2028\u2029甲a ";

    /** Every text of up to five characters over the line breaks and two ordinary characters. */
    @Test
    void splitsWhereTheLineBreakRegexSplit() {
        int checked = 0;
        for (int length = 0; length <= 5; length++) {
            int combinations = (int) Math.pow(ALPHABET.length(), length);
            for (int n = 0; n < combinations; n++) {
                StringBuilder text = new StringBuilder();
                for (int k = 0, rest = n; k < length; k++, rest /= ALPHABET.length()) {
                    text.append(ALPHABET.charAt(rest % ALPHABET.length()));
                }
                String s = text.toString();
                List<String> expected = List.of(s.split("\\R", -1));
                if (!MarkdownText.lines(s).equals(expected)) {
                    assertThat(MarkdownText.lines(s)).as("text %s", s.replace("\r", "\\r").replace("\n", "\\n"))
                            .isEqualTo(expected);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100_000);
    }

    @Test
    void keepsEmptyLinesAtBothEnds() {
        assertThat(MarkdownText.lines("\r\n标题\n\n正文\r")).isEqualTo(List.of("", "标题", "", "正文", ""));
    }
}
