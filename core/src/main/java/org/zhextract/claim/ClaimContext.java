package org.zhextract.claim;

import java.util.List;
import java.util.Objects;
import org.zhextract.claim.AnnotatedText.CharToken;

/**
 * What every part of one document's claim finding reads: the lexicon, the annotated document, its
 * text and tokens, and its quotations. Built once per document by {@link DocumentPass}, so that the
 * parts ({@link DocumentPart}) share one text, one token view and one quotation index.
 */
record ClaimContext(ClaimLexicon lexicon, AnnotatedText doc, String text, List<CharToken> tokens, Quotations quotations) {

    ClaimContext {
        Objects.requireNonNull(lexicon, "lexicon");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(quotations, "quotations");
    }

    /** The context of {@code doc}: its text and tokens as the document gives them, its quotations found once. */
    static ClaimContext of(ClaimLexicon lexicon, AnnotatedText doc) {
        String text = doc.text();
        return new ClaimContext(lexicon, doc, text, doc.tokens(), new Quotations(text));
    }
}
