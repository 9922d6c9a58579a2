package org.zhextract.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Example;
import org.zhextract.quantity.QuantityRecognizer;
import org.zhextract.text.DocumentText;

/** Fuzzes {@link QuantityRecognizer} on Chinese text dense in numerals, multipliers and units. */
class QuantityFuzzTest {

    private final QuantityRecognizer recognizer = new QuantityRecognizer();

    @Example
    void quantitiesStayInsideTheTextWhateverItSays() {
        long checked = FuzzLoop.run("quantity", List.of(Generators.chineseText()), text -> {
            DocumentText document = new DocumentText(text);
            Invariants.checkQuantities(document, recognizer.recognize(document));
        });

        assertThat(checked).isPositive();
    }
}
