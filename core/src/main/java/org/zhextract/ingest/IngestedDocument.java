package org.zhextract.ingest;

import java.util.List;
import java.util.Objects;
import org.zhextract.model.Article;
import org.zhextract.model.Source;

/**
 * The result of reading one input: where it came from, its article metadata, the clean article
 * text (title first, then one paragraph per line) and what was noticed on the way.
 */
public record IngestedDocument(Source source, Article article, String text, List<String> warnings) {

    public IngestedDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        warnings = List.copyOf(warnings);
    }
}
