package org.zhextract.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class WhitespaceTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(files = "../testdata/cases/ingest-whitespace.tsv", delimiter = '\t', encoding = "UTF-8",
            ignoreLeadingAndTrailingWhitespace = false)
    void collapsesSegmentBreaksBetweenChineseCharactersOnly(String source, String expected) {
        assertThat(Whitespace.collapse(source.replace("\\n", "\n"))).isEqualTo(expected.strip());
    }

    @Test
    void dropsInvisibleControlCharacters() {
        assertThat(Whitespace.collapse("普京\u0000抵达\u001b北京\u0085。")).isEqualTo("普京抵达北京。");
        assertThat(Whitespace.collapse("a\tb")).isEqualTo("a b");
    }

    @Test
    void onePassGivesWhatTheTwoRegexStepsGave() throws IOException {
        List<String> lines = new ArrayList<>();
        Random random = new Random(11);
        String alphabet = "a中。“ \t\n\r\u000B\f\u00a0\u3000\u200b\ufeff\u2003\u0000\u001b\u0085\ud840\udc00Zé，";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder line = new StringBuilder();
            for (int j = random.nextInt(12); j > 0; j--) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            lines.add(line.toString());
        }
        try (Stream<Path> seeds = Files.list(org.zhextract.TestFiles.testdata("seeds"))) {
            for (Path seed : seeds.toList()) {
                lines.add(Files.readString(seed));
                lines.addAll(List.of(Files.readString(seed).split("。")));
            }
        }
        for (String line : lines) {
            assertThat(Whitespace.collapse(line)).as("collapse(%s)", line).isEqualTo(regexCollapse(line));
        }
    }

    private static final Pattern RUN = Pattern.compile("[\\s\\u00a0\\u3000\\u200b\\ufeff]+");
    private static final Pattern INVISIBLE_CONTROL = Pattern.compile("[\\u0000-\\u0008\\u000E-\\u001F\\u007F-\\u009F]");

    /** The regex formulation Whitespace.collapse replaced: the reference it must agree with. */
    private static String regexCollapse(String text) {
        String line = INVISIBLE_CONTROL.matcher(text).replaceAll("");
        Matcher m = RUN.matcher(line);
        if (!m.find()) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        int last = 0;
        do {
            out.append(line, last, m.start());
            boolean cjkBefore = m.start() > 0 && Whitespace.isWide(line.codePointBefore(m.start()));
            boolean cjkAfter = m.end() < line.length() && Whitespace.isWide(line.codePointAt(m.end()));
            boolean lineBreak = m.group().indexOf('\n') >= 0 || m.group().indexOf('\r') >= 0;
            if (!(lineBreak && cjkBefore && cjkAfter) && m.start() > 0 && m.end() < line.length()) {
                out.append(' ');
            }
            last = m.end();
        } while (m.find());
        out.append(line, last, line.length());
        return out.toString().strip();
    }
}
