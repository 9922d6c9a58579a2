package org.zhextract.text;

/**
 * 约 before an amount or a date is "about" (约300人, 约1990年), but after some chars it ends a word
 * (纽约, 条约, 签约, 相约): the chars that the time and quantity stages both read that way.
 */
public final class AboutWord {

    /**
     * Chars before 约 that make it the end of a word (纽约, 条约, 签约, 相约, 契约), not "about". Not 合 or 和,
     * which before an amount leave 约 "about" (折合约300万美元, 和约200辆坦克); the time stage adds them
     * and a few more before a date.
     */
    public static final String NOT_ABOUT_AFTER = "纽条签相预节违履邀赴誓婚盟践毁爽契";

    private AboutWord() {
    }
}
