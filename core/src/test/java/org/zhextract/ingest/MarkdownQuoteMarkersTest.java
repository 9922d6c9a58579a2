package org.zhextract.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression test for a StackOverflowError found by the limit tests: a Markdown line of 10,000
 * {@code >} markers overflowed the stack in the blockquote regex. The loop that replaced it must
 * remove exactly what the regex removed.
 */
class MarkdownQuoteMarkersTest {

    private static final Pattern OLD_BLOCKQUOTE = Pattern.compile("^\\s{0,3}(>\\s?)+");
    private static final String ALPHABET = "> \t\r\f\u000B甲a";

    /** Every line of up to five characters over the alphabet that matters to the rule. */
    @Test
    void removesWhatTheBlockquoteRegexRemoved() {
        int checked = 0;
        for (int length = 0; length <= 5; length++) {
            int combinations = (int) Math.pow(ALPHABET.length(), length);
            for (int n = 0; n < combinations; n++) {
                StringBuilder line = new StringBuilder();
                for (int k = 0, rest = n; k < length; k++, rest /= ALPHABET.length()) {
                    line.append(ALPHABET.charAt(rest % ALPHABET.length()));
                }
                String s = line.toString();
                assertThat(MarkdownText.withoutQuoteMarkers(s)).as("line %s", s.replace("\t", "\\t"))
                        .isEqualTo(OLD_BLOCKQUOTE.matcher(s).replaceFirst(""));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(30_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void tenThousandMarkersDoNotOverflowTheStack(String separator) {
        String line = (">" + separator).repeat(10_000) + "引文";
        assertThat(MarkdownText.withoutQuoteMarkers(line)).isEqualTo("引文");
    }
}
