package org.zhextract.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhextract.entity.EntityMention;
import org.zhextract.model.Entity;
import org.zhextract.model.EntityType;
import org.zhextract.model.Mention;

/**
 * Groups mentions into entities: one entity per distinct type and name. Ids ({@code E1}, …)
 * follow the order of first mention.
 *
 * <p>Stateless and thread-safe.
 */
public final class EntityResolver {

    public List<Entity> resolve(List<EntityMention> mentions) {
        Map<String, List<EntityMention>> groups = new LinkedHashMap<>();
        mentions.stream()
                .sorted((a, b) -> a.mention().compareTo(b.mention()))
                .forEach(m -> groups.computeIfAbsent(m.type() + "\u0000" + m.text(), k -> new ArrayList<>()).add(m));
        List<Entity> entities = new ArrayList<>();
        for (List<EntityMention> group : groups.values()) {
            EntityType type = group.get(0).type();
            LinkedHashSet<String> aliases = new LinkedHashSet<>();
            LinkedHashSet<String> titles = new LinkedHashSet<>();
            Optional<String> latin = Optional.empty();
            List<Mention> occurrences = new ArrayList<>();
            for (EntityMention m : group) {
                aliases.add(m.text());
                titles.addAll(m.titles());
                latin = latin.or(m::latin);
                occurrences.add(m.mention());
            }
            latin.ifPresent(aliases::add);
            entities.add(new Entity("E" + (entities.size() + 1), type, group.get(0).text(),
                    List.copyOf(aliases), latin, List.copyOf(titles), occurrences));
        }
        return entities;
    }
}
