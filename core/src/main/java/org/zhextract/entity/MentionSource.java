package org.zhextract.entity;

import java.util.List;
import org.zhextract.model.Token;
import org.zhextract.text.DocumentText;

/**
 * Proposes candidate mentions for a document. {@link EntityRecognizer} merges the candidates of
 * all its sources (see its merge policy), so a new recognizer, such as a trained tagger, plugs in
 * as one more source. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface MentionSource {

    /**
     * Candidates with code-point spans into {@code document}.
     *
     * @param tokens the document's tokens in text order, with HanLP roles as part of speech
     */
    List<Candidate> find(DocumentText document, List<Token> tokens);

    /**
     * Whether this source tags the whole text, so that a short role-tag name it does not
     * propose is doubtful (a trained tagger: true; a word list: false).
     */
    default boolean tagsWholeText() {
        return false;
    }
}
