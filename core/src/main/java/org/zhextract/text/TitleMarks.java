package org.zhextract.text;

/**
 * Book-title marks 《…》: the name of a book, film, law or report. Words inside one name the
 * work, so its numbers and time words are not amounts or dates of the article (《百元之恋》,
 * 《我俩没有明天》, 《后宫甄嬛传教我的80件事》).
 */
public final class TitleMarks {

    /** How far a title mark may stand from a span inside the title. */
    public static final int REACH = 40;

    private TitleMarks() {
    }

    /**
     * Whether {@code [start, end)} stands between 《 and 》 on one line, each within
     * {@link #REACH} chars of it, with no other title mark between.
     */
    public static boolean encloses(CharSequence text, int start, int end) {
        boolean open = false;
        for (int i = start - 1; i >= Math.max(0, start - REACH); i--) {
            char c = text.charAt(i);
            if (c == '《') {
                open = true;
                break;
            }
            if (c == '》' || c == '\n') {
                return false;
            }
        }
        if (!open) {
            return false;
        }
        for (int i = end; i < Math.min(text.length(), end + REACH); i++) {
            char c = text.charAt(i);
            if (c == '》') {
                return true;
            }
            if (c == '《' || c == '\n') {
                return false;
            }
        }
        return false;
    }
}
