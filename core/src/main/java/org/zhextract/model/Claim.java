package org.zhextract.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A statement the text attributes to a source: who ({@code speaker}) said, announced, warned or
 * believes ({@code cue}) what ({@code content}), and the ids of the entities, times and
 * quantities inside the content.
 */
public record Claim(String id, Speaker speaker, String cue, Content content, ClaimForm form,
                    Optional<String> via, List<String> entities, List<String> times,
                    List<String> quantities) {

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(via, "via");
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        quantities = List.copyOf(quantities);
    }

    /** The reported proposition and where it stands in the text. */
    public record Content(String text, int start, int end) {

        public Content {
            Objects.requireNonNull(text, "text");
            Span.checkRange(start, end);
            if (text.isEmpty() || text.codePointCount(0, text.length()) != end - start) {
                throw new IllegalArgumentException("content '" + text + "' does not fit [" + start + ", " + end + ")");
            }
        }

        public Span span() {
            return new Span(start, end);
        }
    }
}
