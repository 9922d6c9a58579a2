package org.zhextract.text;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The English month names, as embedded posts, citations and page metadata in Chinese news write dates with them
 * ({@code October 6, 2020}, {@code Wed, 15 Jul 2020}): the one list the ingest's publication dates and the time stage
 * both read.
 */
public final class EnglishMonths {

    /** The twelve names, January first. */
    public static final List<String> NAMES = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private EnglishMonths() {
    }

    /**
     * The month (1 to 12) whose name starts with the first three letters of {@code word}, in any case (Oct, Sept.,
     * october → 10); 0 when none does.
     */
    public static int number(String word) {
        if (word.length() >= 3) {
            for (int i = 0; i < NAMES.size(); i++) {
                if (NAMES.get(i).regionMatches(true, 0, word, 0, 3)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /** The three-letter abbreviations in lower case, joined as a regular-expression alternation: {@code jan|feb|…|dec}. */
    public static String lowerCaseAbbreviations() {
        return NAMES.stream().map(n -> n.substring(0, 3).toLowerCase(Locale.ROOT)).collect(Collectors.joining("|"));
    }

    /**
     * The full names, then the abbreviations of the longer ones with an optional dot, as a regular-expression alternation:
     * {@code January|…|December|(?:Jan|Feb|…|Sept|Sep|Oct|Nov|Dec)\.?} (May has no abbreviation; Sept before Sep, so
     * that {@code Sept.} keeps its dot).
     */
    public static String namesAndAbbreviations() {
        String abbreviations = NAMES.stream().filter(n -> n.length() > 3)
                .map(n -> n.equals("September") ? "Sept|Sep" : n.substring(0, 3)).collect(Collectors.joining("|"));
        return String.join("|", NAMES) + "|(?:" + abbreviations + ")\\.?";
    }
}
