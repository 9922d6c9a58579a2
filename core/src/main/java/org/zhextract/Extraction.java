package org.zhextract;

import java.util.List;
import java.util.Objects;
import org.zhextract.model.Article;
import org.zhextract.model.Claim;
import org.zhextract.model.Entity;
import org.zhextract.model.Quantity;
import org.zhextract.model.Sentence;
import org.zhextract.model.Source;
import org.zhextract.model.TimeValue;

/**
 * Everything extracted from one document, in the shape of the {@code zhextract/1} JSON
 * contract. All offsets are code points into {@link #text()}.
 */
public record Extraction(Source source, Article article, String text, List<Sentence> sentences,
                         List<Entity> entities, List<TimeValue> times, List<Quantity> quantities,
                         List<Claim> claims, List<String> warnings) {

    /** The schema identifier written in the JSON output. */
    public static final String SCHEMA = "zhextract/1";

    public Extraction {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        quantities = List.copyOf(quantities);
        claims = List.copyOf(claims);
        warnings = List.copyOf(warnings);
    }
}
