package org.zhextract.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhextract.model.EntityType;
import org.zhextract.model.Mention;

/**
 * A typed mention before resolution, with what the text says about it right there: a Latin
 * gloss in brackets (普赖斯（Ned Price）), role words around it (发言人, 俄罗斯总统) and the
 * canonical name a gazetteer gives its surface (澳洲 → 澳大利亚).
 */
public record EntityMention(EntityType type, Mention mention, Optional<String> latin, List<String> titles,
                            Optional<String> canonical) {

    public EntityMention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(latin, "latin");
        Objects.requireNonNull(canonical, "canonical");
        titles = List.copyOf(titles);
    }

    /** A mention with nothing known about it but its type and place. */
    public EntityMention(EntityType type, Mention mention, Optional<String> latin, List<String> titles) {
        this(type, mention, latin, titles, Optional.empty());
    }

    public String text() {
        return mention.text();
    }
}
