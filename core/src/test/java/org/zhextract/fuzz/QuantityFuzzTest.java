package org.zhextract.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.zhextract.model.Quantity;
import org.zhextract.quantity.QuantityRecognizer;
import org.zhextract.text.DocumentText;

class QuantityFuzzTest {

    private static final QuantityRecognizer RECOGNIZER = new QuantityRecognizer();

    @FuzzTest(maxDuration = "60s")
    void quantitiesAlwaysFitTheText(FuzzedDataProvider data) {
        DocumentText document = new DocumentText(data.consumeRemainingAsString());
        for (Quantity q : RECOGNIZER.recognize(document)) {
            assertThat(document.slice(q.start(), q.end())).isEqualTo(q.text());
        }
    }
}
