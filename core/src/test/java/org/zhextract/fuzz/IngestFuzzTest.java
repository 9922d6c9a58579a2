package org.zhextract.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import org.zhextract.fuzz.FuzzLoop.NamedBytes;
import org.zhextract.ingest.IngestedDocument;
import org.zhextract.ingest.Ingester;
import org.zhextract.ingest.UnreadableDocumentException;

/**
 * Fuzzes {@link Ingester#read}: random bytes, grammar-made HTML, Chinese text, and mutated seed
 * and corpus files. The contract: it returns a document for every input except binary data
 * (a binary magic number, or zero bytes that are not UTF-16's), for which it throws
 * {@link UnreadableDocumentException}; nothing else escapes.
 */
class IngestFuzzTest {

    private final Ingester ingester = new Ingester();

    @Example
    void ingestNeverFailsOnHostileBytes() {
        Arbitrary<NamedBytes> documents = Combinators.combine(
                        net.jqwik.api.Arbitraries.oneOf(Generators.randomBytes(),
                                Generators.html().map(Generators::utf8),
                                Generators.chineseText().map(Generators::utf8),
                                Generators.mutations(Generators.seedCorpus(60))),
                        Generators.fileName())
                .as((bytes, name) -> new NamedBytes(name, bytes));

        long cases = FuzzLoop.run("ingest", List.of(documents), this::check);

        assertThat(cases).isPositive();
    }

    private void check(NamedBytes input) {
        IngestedDocument doc;
        try {
            doc = ingester.read(input.bytes(), input.name());
        } catch (UnreadableDocumentException refused) {
            assertThat(Invariants.mayBeRefusedAsBinary(input.bytes())).as("refused text input: %s", refused).isTrue();
            return;
        }
        assertThat(doc.source().format()).isIn("html", "markdown", "text");
        assertThat(doc.source().sha256()).isEqualTo(sha256(input.bytes()));
        assertThat(doc.text()).doesNotContain("\r").doesNotContain("\n\n").doesNotStartWith("\n");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
