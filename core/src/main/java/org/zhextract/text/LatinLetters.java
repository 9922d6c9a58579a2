package org.zhextract.text;

/** Letters of the Latin script, as every stage reads them inside Chinese text. */
public final class LatinLetters {

    private LatinLetters() {
    }

    /**
     * Whether {@code cp} is a letter of the Latin script: ASCII, accented (é, Ø) or full-width (Ｂ). The one definition the
     * entity sources, the resolver and the claims' source walk share, so a name in Latin letters has one boundary
     * whichever stage reads it.
     */
    public static boolean isLatinLetter(int cp) {
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }
}
