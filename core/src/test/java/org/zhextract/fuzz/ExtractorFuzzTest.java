package org.zhextract.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import org.zhextract.Extraction;
import org.zhextract.Extractor;
import org.zhextract.SharedExtractor;
import org.zhextract.fuzz.FuzzLoop.NamedBytes;
import org.zhextract.ingest.UnreadableDocumentException;

/**
 * Fuzzes the whole {@link Extractor}: whatever the bytes, {@code extract} returns an extraction
 * whose offsets agree with its text and whose JSON is valid zhextract/1, or throws
 * {@link UnreadableDocumentException} for binary data; nothing else escapes.
 */
class ExtractorFuzzTest {

    private final Extractor extractor = SharedExtractor.get();

    @Example
    void everyInputGivesAConsistentValidExtractionOrABinaryRefusal() {
        Arbitrary<byte[]> bytes = Arbitraries.oneOf(Generators.randomBytes(),
                Generators.html().map(Generators::utf8),
                Generators.chineseText().map(Generators::utf8),
                Generators.mutations(Generators.seedCorpus(60)));
        Arbitrary<NamedBytes> documents = Combinators.combine(bytes, Generators.fileName())
                .as((b, name) -> new NamedBytes(name, b));

        long checked = FuzzLoop.run("extractor", List.of(documents), this::check);

        assertThat(checked).isPositive();
    }

    private void check(NamedBytes input) {
        Extraction x;
        try {
            x = extractor.extract(input.bytes(), input.name());
        } catch (UnreadableDocumentException refused) {
            assertThat(Invariants.mayBeRefusedAsBinary(input.bytes())).as("refused text input: %s", refused).isTrue();
            return;
        }
        Invariants.checkExtraction(x);
    }
}
