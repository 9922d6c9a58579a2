package org.zhextract.ingest;

/**
 * Collapses source formatting whitespace inside a line, following the CSS Text 3 segment-break
 * rule for Chinese: a run of whitespace holding a line break between two CJK characters (or CJK
 * punctuation) disappears, so {@code 俄罗斯总统\n  普京\n  和} reads {@code 俄罗斯总统普京和}; any
 * other run becomes one space, so Latin words stay apart and a space an author typed between two
 * Chinese phrases (a title's {@code 开幕前 习近平}) stays.
 */
final class Whitespace {

    private Whitespace() {
    }

    /**
     * Drops invisible controls, then treats each maximal run of whitespace ({@code \s}, no-break,
     * ideographic and zero-width spaces, BOM) by the rule above; runs at either end go. One pass
     * over the line, where regexes for the two steps cost a scan and a copy each.
     */
    static String collapse(String text) {
        String line = withoutInvisibleControls(text);
        int n = line.length();
        int run = 0;
        while (run < n && !isRunCharacter(line.charAt(run))) {
            run++;
        }
        if (run == n) {
            return line;
        }
        StringBuilder out = new StringBuilder(n).append(line, 0, run);
        while (run < n) {
            int end = run;
            boolean lineBreak = false;
            while (end < n && isRunCharacter(line.charAt(end))) {
                lineBreak |= line.charAt(end) == '\n' || line.charAt(end) == '\r';
                end++;
            }
            boolean inside = run > 0 && end < n;
            boolean betweenWide = inside && isWide(line.codePointBefore(run)) && isWide(line.codePointAt(end));
            if (inside && !(lineBreak && betweenWide)) {
                out.append(' ');
            }
            run = end;
            while (run < n && !isRunCharacter(line.charAt(run))) {
                run++;
            }
            out.append(line, end, run);
        }
        return out.toString().strip();
    }

    /** {@code [\s\u00a0\u3000\u200b\ufeff]}: Java's {@code \s} is the six ASCII spaces. */
    private static boolean isRunCharacter(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00a0' || c == '\u3000' || c == '\u200b' || c == '\ufeff';
    }

    /** NUL to backspace, shift-out to unit separator, DEL and the C1 controls. */
    private static boolean isInvisibleControl(char c) {
        return c <= '\u0008' || (c >= '\u000E' && c <= '\u001F') || (c >= '\u007F' && c <= '\u009F');
    }

    private static String withoutInvisibleControls(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isInvisibleControl(text.charAt(i))) {
                StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
                for (int j = i + 1; j < text.length(); j++) {
                    if (!isInvisibleControl(text.charAt(j))) {
                        out.append(text.charAt(j));
                    }
                }
                return out.toString();
            }
        }
        return text;
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
