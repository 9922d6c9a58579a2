package org.zhextract.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collapses source formatting whitespace inside a line, following the CSS Text 3 segment-break
 * rule for Chinese: a run of whitespace holding a line break between two CJK characters (or CJK
 * punctuation) disappears, so {@code 俄罗斯总统\n  普京\n  和} reads {@code 俄罗斯总统普京和}; any
 * other run becomes one space, so Latin words stay apart and a space an author typed between two
 * Chinese phrases (a title's {@code 开幕前 习近平}) stays.
 */
final class Whitespace {

    private static final Pattern RUN = Pattern.compile("[\\s\\u00a0\\u3000\\u200b\\ufeff]+");
    /** Control characters a reader never sees (NUL, escape, C1 controls): dropped, found by fuzzing. */
    private static final Pattern INVISIBLE_CONTROL = Pattern.compile("[\\u0000-\\u0008\\u000E-\\u001F\\u007F-\\u009F]");

    private Whitespace() {
    }

    static String collapse(String text) {
        String line = INVISIBLE_CONTROL.matcher(text).replaceAll("");
        Matcher m = RUN.matcher(line);
        if (!m.find()) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        int last = 0;
        do {
            out.append(line, last, m.start());
            boolean cjkBefore = m.start() > 0 && isWide(line.codePointBefore(m.start()));
            boolean cjkAfter = m.end() < line.length() && isWide(line.codePointAt(m.end()));
            boolean lineBreak = m.group().indexOf('\n') >= 0 || m.group().indexOf('\r') >= 0;
            if (!(lineBreak && cjkBefore && cjkAfter) && m.start() > 0 && m.end() < line.length()) {
                out.append(' ');
            }
            last = m.end();
        } while (m.find());
        out.append(line, last, line.length());
        return out.toString().strip();
    }

    /** Han, kana, hangul, CJK and full-width punctuation: scripts written without spaces. */
    static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && "“”‘’…‧•".indexOf(cp) >= 0;
    }
}
