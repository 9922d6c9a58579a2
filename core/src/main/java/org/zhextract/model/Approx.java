package org.zhextract.model;

/** How an amount or a duration departs from its stated value (多, 约, 近, 至少 …). */
public enum Approx {
    MORE_THAN("more_than"),
    LESS_THAN("less_than"),
    ABOUT("about"),
    NEARLY("nearly"),
    AT_LEAST("at_least"),
    AT_MOST("at_most");

    private final String code;

    Approx(String code) {
        this.code = code;
    }

    /** The value written in zhextract/1 JSON. */
    public String code() {
        return code;
    }
}
