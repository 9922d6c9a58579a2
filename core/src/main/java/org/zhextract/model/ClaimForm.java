package org.zhextract.model;

/** How a claim reports its content: quoted, paraphrased, or a paraphrase with quoted parts. */
public enum ClaimForm {
    DIRECT, INDIRECT, MIXED;

    /** The value written in zhextract/1 JSON. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
