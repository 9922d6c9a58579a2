package org.zhextract.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about the article as a publication. {@code published} is ISO 8601, a date
 * ({@code 2022-02-04}) or a date-time ({@code 2022-02-04T05:43:03Z}). Unknown values are empty,
 * never invented.
 */
public record Article(Optional<String> title, Optional<String> url, Optional<String> publisher,
                      Optional<String> published, List<String> authors, Optional<String> editor) {

    public Article {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(editor, "editor");
        authors = List.copyOf(authors);
        published.ifPresent(Article::checkIsoDate);
    }

    public static Article empty() {
        return new Article(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), Optional.empty());
    }

    /** The calendar day of {@code published}, the anchor of relative dates. */
    public Optional<LocalDate> publishedDate() {
        return published.map(p -> LocalDate.parse(p.substring(0, 10)));
    }

    public Article withTitle(Optional<String> newTitle) {
        return new Article(newTitle, url, publisher, published, authors, editor);
    }

    private static void checkIsoDate(String value) {
        try {
            if (value.length() == 10) {
                LocalDate.parse(value);
            } else {
                OffsetDateTime.parse(value);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("published is not ISO 8601: " + value, e);
        }
    }
}
