package org.zhextract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StartFilteredScanTest {

    /** Capitalized Latin words with lookbehinds and lookaheads on both sides, as LatinNameSource's runs have. */
    private static final Pattern RUN = Pattern.compile("(?<![\\p{IsLatin}\\d.])(?<![\\p{IsLatin}\\d,] )"
            + "[\\p{Lu}&&\\p{IsLatin}][\\p{Ll}&&\\p{IsLatin}]+(?: [\\p{Lu}&&\\p{IsLatin}][\\p{Ll}&&\\p{IsLatin}]+)*(?![\\p{IsLatin}\\d.])");

    private static final String PIECES = "张三 说, 美国.,Tom Ozimek Jr.ab AB 1 Ève Élan (Drew/AFP) ；x  记者Phil Flynn表示";

    /** Over random texts the scan gives exactly find()'s matches, groups and positions. */
    @Test
    void findsWhatFindFinds() {
        Random random = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                int at = random.nextInt(PIECES.length());
                text.append(PIECES, at, Math.min(PIECES.length(), at + 1 + random.nextInt(6)));
            }
            String s = text.toString();
            assertThat(scanned(s)).as(s).isEqualTo(found(s));
        }
    }

    @Test
    void findsRunsBetweenHanText() {
        assertThat(scanned("分析师Phil Flynn说，Fox News报道")).containsExactly("3-13", "15-23");
    }

    private static List<String> scanned(String text) {
        StartFilteredScan scan = new StartFilteredScan(RUN, text, at -> Character.isUpperCase(text.codePointAt(at)));
        List<String> matches = new ArrayList<>();
        while (scan.find()) {
            matches.add(scan.matcher().start() + "-" + scan.matcher().end());
        }
        return matches;
    }

    private static List<String> found(String text) {
        Matcher m = RUN.matcher(text);
        List<String> matches = new ArrayList<>();
        while (m.find()) {
            matches.add(m.start() + "-" + m.end());
        }
        return matches;
    }
}
