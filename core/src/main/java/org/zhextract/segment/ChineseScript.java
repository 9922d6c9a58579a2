package org.zhextract.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import org.zhextract.text.ResourceLines;

/**
 * Traditional characters read as simplified ones, by HanLP's conversion table (區諾軒 → 区诺轩, 臺灣 → 台湾). The news is
 * written in simplified characters, but Hong Kong and Taiwan names are often quoted as written there (區諾軒 beside
 * 区诺轩 in one article). HanLP loads its table on the first call (about 0.35 s, once per process); a call then takes
 * some microseconds.
 */
public final class ChineseScript {

    private ChineseScript() {
    }

    /**
     * {@code text} with its traditional characters written simplified, by HanLP's table of words and characters. The
     * table also reads a few characters simplified text keeps as traditional (乾 → 干 outside the words that keep it,
     * 乾隆): {@link #isTraditionalSpelling} tells a name written traditional from one that merely has such a character.
     */
    public static String simplified(String text) {
        return text.isEmpty() ? text : HanLP.convertToSimplifiedChinese(text);
    }

    /**
     * Characters simplified names keep though HanLP's table reads them as others and its dictionary has no word of them
     * alone (昇 of 王昇, not 王升; 甯 of 宫甯, not 宫宁): {@code kept-in-simplified-names.txt}.
     */
    private static final String KEPT_IN_SIMPLIFIED_NAMES = String.join("",
            ResourceLines.read(ChineseScript.class, "kept-in-simplified-names.txt").stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList());

    /**
     * Whether {@code written} is {@code simplified} written in traditional characters: as long, not the same, and every
     * character they differ in is one HanLP's core dictionary (simplified news) has no word of alone (區 of 區諾軒, 臺 of
     * 臺灣; not 乾, a word there, which 王乾 keeps in simplified text: 王乾 is not 王干; not 昇, which names keep: {@link
     * #KEPT_IN_SIMPLIFIED_NAMES}).
     */
    public static boolean isTraditionalSpelling(String written, String simplified) {
        if (written.length() != simplified.length() || written.equals(simplified)) {
            return false;
        }
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c != simplified.charAt(i) && (CoreDictionary.get(String.valueOf(c)) != null || KEPT_IN_SIMPLIFIED_NAMES.indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** {@code name} written simplified when it is written in traditional characters ({@link #isTraditionalSpelling}), else itself. */
    public static String simplifiedName(String name) {
        String simplified = simplified(name);
        return isTraditionalSpelling(name, simplified) ? simplified : name;
    }
}
