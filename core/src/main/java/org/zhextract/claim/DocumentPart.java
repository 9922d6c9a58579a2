package org.zhextract.claim;

import java.util.List;
import org.zhextract.claim.AnnotatedText.CharToken;

/**
 * A part of one document's claim finding ({@link Clauses}, {@link SourceWalker}, {@link SpeechPattern}…).
 * Holds the document's {@link ClaimContext} unpacked into fields, because the parts' rules read the
 * text and tokens char by char and token by token, and {@code text.charAt(k)} says that more plainly
 * than {@code context.text().charAt(k)}. Holds no mutable state.
 */
abstract class DocumentPart {

    protected final ClaimLexicon lexicon;
    protected final AnnotatedText doc;
    protected final String text;
    protected final List<CharToken> tokens;
    protected final Quotations quotations;

    protected DocumentPart(ClaimContext context) {
        this.lexicon = context.lexicon();
        this.doc = context.doc();
        this.text = context.text();
        this.tokens = context.tokens();
        this.quotations = context.quotations();
    }
}
