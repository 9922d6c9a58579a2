package org.zhextract.quantity;

import java.util.List;
import org.zhextract.model.Quantity;
import org.zhextract.text.DocumentText;

/**
 * Finds quantities, money and percentages.
 *
 * <p>Not yet implemented (the quantities issue): it finds nothing, so {@code quantities} stays
 * an empty list in the output.
 */
public final class QuantityRecognizer {

    public List<Quantity> recognize(DocumentText document) {
        return List.of();
    }
}
