package org.zhextract.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Regression test for a StackOverflowError found by the limit tests: a Markdown line of 10,000
 * {@code >} markers overflowed the stack in the blockquote regex. The loop that replaced it must
 * remove exactly what the regex removed.
 */
class MarkdownQuoteMarkersTest {

    private static final Pattern OLD_BLOCKQUOTE = Pattern.compile("^\\s{0,3}(>\\s?)+");

    @Property(tries = 2000)
    void removesWhatTheBlockquoteRegexRemoved(@ForAll("lines") String line) {
        assertThat(MarkdownText.withoutQuoteMarkers(line)).isEqualTo(OLD_BLOCKQUOTE.matcher(line).replaceFirst(""));
    }

    @Property(tries = 3)
    void tenThousandMarkersDoNotOverflowTheStack(@ForAll("separators") String separator) {
        String line = (">" + separator).repeat(10_000) + "引文";
        assertThat(MarkdownText.withoutQuoteMarkers(line)).isEqualTo("引文");
    }

    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.strings().withChars("> \t\r\f\u000B甲a").ofMaxLength(12);
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("", " ", "\t");
    }
}
