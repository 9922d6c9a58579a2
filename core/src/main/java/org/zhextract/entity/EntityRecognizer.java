package org.zhextract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhextract.model.EntityType;
import org.zhextract.model.Mention;
import org.zhextract.model.Token;

/**
 * Finds entity mentions from the roles HanLP's recognizers put on tokens: {@code nr*} persons,
 * {@code ns*} places, {@code nt*} organizations.
 *
 * <p>Stateless and thread-safe.
 */
public final class EntityRecognizer {

    public List<EntityMention> recognize(List<Token> tokens) {
        List<EntityMention> mentions = new ArrayList<>();
        for (Token token : tokens) {
            typeOf(token.pos()).ifPresent(type -> mentions.add(new EntityMention(type,
                    new Mention(token.text(), token.start(), token.end()), Optional.empty(), List.of())));
        }
        return mentions;
    }

    static Optional<EntityType> typeOf(String pos) {
        if (pos.equals("nr") || pos.equals("nrf") || pos.equals("nrj")) {
            return Optional.of(EntityType.PERSON);
        }
        if (pos.equals("ns") || pos.equals("nsf")) {
            return Optional.of(EntityType.LOC);
        }
        if (pos.startsWith("nt")) {
            return Optional.of(EntityType.ORG);
        }
        return Optional.empty();
    }
}
