package org.zhextract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhextract.Extraction;
import org.zhextract.SharedExtractor;
import org.zhextract.TestFiles;
import org.zhextract.model.Claim;
import org.zhextract.model.Entity;

/**
 * Runs testdata/cases/claims.tsv through the whole pipeline: how many claims a text has, and the
 * speaker, entity, cue, content, form and via of its last one.
 */
class ClaimCasesTest {

    private static final String NONE = "∅";
    private static final String ANY = "*";

    static Stream<Arguments> cases() throws IOException {
        List<String> lines = Files.readAllLines(TestFiles.testdata("cases/claims.tsv"), StandardCharsets.UTF_8);
        return lines.stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("construction\t"))
                .map(line -> line.split("\t", -1))
                .map(f -> Arguments.of(f[0], f[1].replace("⏎", "\n"), Integer.parseInt(f[2]), f[3], f[4], f[5], f[6], f[7], f[8]));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void findsTheClaimOfEachConstruction(String construction, String text, int count, String speaker, String entity,
                                          String cue, String content, String form, String via) {
        Extraction x = SharedExtractor.get().extractText(text);
        List<Claim> claims = x.claims();

        assertThat(claims).as("claims of %s", text).hasSize(count);
        if (count == 0) {
            return;
        }
        Claim last = claims.get(claims.size() - 1);
        if (!speaker.equals(ANY)) {
            assertThat(last.speaker().text()).as("speaker").isEqualTo(optional(speaker));
        }
        if (entity.equals(NONE)) {
            assertThat(last.speaker().entity()).as("speaker entity").isEmpty();
        } else if (entity.equals("=prev")) {
            assertThat(last.speaker().entity()).as("speaker entity").isPresent()
                    .isEqualTo(claims.get(claims.size() - 2).speaker().entity());
        } else if (!entity.equals(ANY)) {
            Entity linked = x.entities().stream()
                    .filter(e -> last.speaker().entity().equals(Optional.of(e.id()))).findFirst().orElse(null);
            assertThat(linked).as("speaker entity").isNotNull();
            assertThat(linked.aliases()).as("speaker entity's names").contains(entity);
        }
        if (!cue.equals(ANY)) {
            assertThat(last.cue()).as("cue").isEqualTo(cue.equals(NONE) ? "" : cue);
        }
        assertThat(last.content().text()).as("content").isEqualTo(content);
        assertThat(last.form().code()).as("form").isEqualTo(form);
        if (!via.equals(ANY)) {
            assertThat(last.via()).as("via").isEqualTo(optional(via));
        }
        assertThat(last.content().span().coveredText(x.text())).isEqualTo(last.content().text());
        last.speaker().span().ifPresent(s -> assertThat(s.coveredText(x.text())).isEqualTo(last.speaker().text().get()));
    }

    private static Optional<String> optional(String value) {
        return value.equals(NONE) ? Optional.empty() : Optional.of(value);
    }
}
