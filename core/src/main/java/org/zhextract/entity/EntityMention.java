package org.zhextract.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhextract.model.EntityType;
import org.zhextract.model.Mention;

/**
 * A typed mention before resolution, with what the text says about it right there: a Latin
 * gloss in brackets (普赖斯（Ned Price）) and role words before it (发言人).
 */
public record EntityMention(EntityType type, Mention mention, Optional<String> latin, List<String> titles) {

    public EntityMention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(latin, "latin");
        titles = List.copyOf(titles);
    }

    public String text() {
        return mention.text();
    }
}
