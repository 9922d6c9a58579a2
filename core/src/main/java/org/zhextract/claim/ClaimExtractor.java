package org.zhextract.claim;

import java.util.List;
import org.zhextract.model.Claim;
import org.zhextract.model.Entity;
import org.zhextract.model.Quantity;
import org.zhextract.model.Sentence;
import org.zhextract.model.TimeValue;
import org.zhextract.text.DocumentText;

/**
 * Finds claims and attaches the entities, times and quantities inside their content.
 *
 * <p>Not yet implemented (the claims issue): it finds nothing, so {@code claims} stays an empty
 * list in the output.
 */
public final class ClaimExtractor {

    public List<Claim> extract(DocumentText document, List<Sentence> sentences, List<Entity> entities,
                               List<TimeValue> times, List<Quantity> quantities) {
        return List.of();
    }
}
