package org.zhextract.ingest;

import java.util.Objects;

/**
 * A line prepared for many prefilter checks ({@link PrefilteredPattern#mayFind(SketchedText)}):
 * which characters it holds, as 1,024 bits indexed by the character's low ten bits, so that a
 * literal with a character the line lacks is ruled out by a few bit tests instead of a search;
 * and the same for its {@link RequiredLiterals#asciiLowerCase ASCII-lowered} form, which
 * case-insensitive patterns search. Worth building when many patterns check one line (the
 * boilerplate rules, Markdown line syntax); for one pattern on a long text, indexOf is cheaper.
 *
 * <p>Immutable.
 */
final class SketchedText {

    private static final int BITS = 1024;

    private final String text;
    private final long[] sketch = new long[BITS / Long.SIZE];
    private final SketchedText lowered;

    private SketchedText(String text, SketchedText lowered) {
        this.text = text;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sketch[(c % BITS) / Long.SIZE] |= 1L << (c % Long.SIZE);
        }
        this.lowered = lowered != null ? lowered : this;
    }

    static SketchedText of(String text) {
        Objects.requireNonNull(text, "text");
        String lower = RequiredLiterals.asciiLowerCase(text);
        return new SketchedText(text, lower.equals(text) ? null : new SketchedText(lower, null));
    }

    String text() {
        return text;
    }

    /** The ASCII-lowered text, sketched (this when lowering changes nothing). */
    SketchedText lowered() {
        return lowered;
    }

    /** {@code text().contains(literal)}, without a search when a character of it is missing. */
    boolean contains(String literal) {
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if ((sketch[(c % BITS) / Long.SIZE] & (1L << (c % Long.SIZE))) == 0) {
                return false;
            }
        }
        return text.contains(literal);
    }

    @Override
    public String toString() {
        return text;
    }
}
