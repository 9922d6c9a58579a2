package org.zhextract.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.zhextract.entity.EntityMention;
import org.zhextract.model.Entity;
import org.zhextract.model.EntityType;
import org.zhextract.model.Mention;
import org.zhextract.segment.Pronunciation;

/**
 * Groups the mentions of one document into entities, one per real-world referent. Two surface
 * forms of one type are the same entity when
 * <ul>
 *   <li>they are equal once the five interpunct dots are unified, or a gazetteer gives them the
 *       same canonical name (澳洲 and 澳大利亚);</li>
 *   <li>they carry the same Latin gloss, or one is the other's gloss;</li>
 *   <li>a person's form is the last or the first part of exactly one dotted name (乌沙科夫 →
 *       尤里·乌沙科夫, 希拉里 → 希拉里·克林顿), or two characters that start exactly one
 *       four-character Chinese name (林郑 → 林郑月娥, the Hong Kong double surname); not the family
 *       name when the document also calls the dotted name's person by the given name (亨特·拜登 …
 *       亨特 … 拜登: 拜登 alone is the father);</li>
 *   <li>an organization's or event's form ends exactly one longer form (国务院 → 美国国务院,
 *       冬奥会 → 北京冬奥会), or an event's form starts one (北京冬奥 → 北京冬奥会);</li>
 *   <li>two person names have the same length and differ in one character that sounds alike
 *       (普金 → 普京; tones, -n/-ng and z/zh, c/ch, s/sh are not told apart).</li>
 * </ul>
 * Each entity's {@code name} is its fullest Chinese form (a gazetteer's canonical name when
 * there is one; among equally long forms the most frequent), {@code aliases} every surface
 * seen plus the Latin gloss, ids {@code E1}, {@code E2}, … in order of first mention.
 *
 * <p>Immutable and thread-safe.
 */
public final class EntityResolver {

    private static final String DOTS = "\u00B7\u2027\u2022\u30FB\uFF0E";

    private final Pronunciation pronunciation;

    public EntityResolver(Pronunciation pronunciation) {
        this.pronunciation = Objects.requireNonNull(pronunciation, "pronunciation");
    }

    /** One form of a name as written (dots unified), with the mentions that use it. */
    private static final class Form {
        final EntityType type;
        final String key;
        final List<EntityMention> mentions = new ArrayList<>();
        Form parent = this;

        Form(EntityType type, String key) {
            this.type = type;
            this.key = key;
        }

        Form root() {
            Form f = this;
            while (f.parent != f) {
                f.parent = f.parent.parent;
                f = f.parent;
            }
            return f;
        }

        Optional<String> latin() {
            return mentions.stream().map(EntityMention::latin).flatMap(Optional::stream).findFirst();
        }
    }

    public List<Entity> resolve(List<EntityMention> mentions) {
        List<EntityMention> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparing(EntityMention::mention));
        Map<String, Form> forms = new LinkedHashMap<>();
        for (EntityMention m : ordered) {
            String key = normalize(m.canonical().orElse(m.text()));
            forms.computeIfAbsent(m.type() + "\u0000" + key, k -> new Form(m.type(), key)).mentions.add(m);
        }
        List<Form> all = new ArrayList<>(forms.values());
        linkByLatin(all);
        linkShortForms(all);
        linkMisspellings(all);
        return entities(all);
    }

    private static void union(Form a, Form b) {
        Form ra = a.root();
        Form rb = b.root();
        if (ra != rb) {
            rb.parent = ra;
        }
    }

    private static void linkByLatin(List<Form> forms) {
        Map<String, Form> byLatin = new HashMap<>();
        for (Form f : forms) {
            Optional<String> latin = f.latin();
            if (latin.isPresent()) {
                Form other = byLatin.putIfAbsent(f.type + latinKey(latin.get()), f);
                if (other != null) {
                    union(other, f);
                }
            }
        }
        if (byLatin.isEmpty()) {
            return;
        }
        for (Form f : forms) {
            if (!f.key.chars().allMatch(c -> c < 0x80)) {
                continue;
            }
            Form glossed = byLatin.get(f.type + latinKey(f.key));
            if (glossed != null) {
                union(glossed, f);
            }
        }
    }

    private static String latinKey(String s) {
        return "\u0000" + LATIN_SEPARATORS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static final java.util.regex.Pattern LATIN_SEPARATORS = java.util.regex.Pattern.compile("[\\s.]+");

    private static void linkShortForms(List<Form> forms) {
        for (Form shorter : forms) {
            if (shorter.key.codePointCount(0, shorter.key.length()) < 2) {
                continue;
            }
            java.util.Set<Form> owners = new java.util.HashSet<>();
            Form owner = null;
            for (Form longer : forms) {
                if (longer.type == shorter.type && longer.key.length() > shorter.key.length()
                        && isShortForm(shorter.type, shorter.key, longer.key)
                        && !(shorter.type == EntityType.PERSON && goesByGivenName(forms, shorter.key, longer.key))
                        && owners.add(longer.root())) {
                    owner = longer;
                }
            }
            if (owners.size() == 1) {
                union(owner, shorter);
            }
        }
    }

    /**
     * Whether {@code shorter} is the family name of the dotted name {@code longer} while the
     * document also calls that person by the given name alone (亨特·拜登 … 亨特): then the family
     * name alone is most likely another member of the family (拜登, the father), so it is not tied
     * to the dotted name (希拉里 for 希拉里·克林顿 and 克林顿 for Bill Clinton likewise).
     */
    private static boolean goesByGivenName(List<Form> forms, String shorter, String longer) {
        int dot = longer.indexOf('·');
        if (dot <= 0 || !lastDottedPart(longer).equals(shorter)) {
            return false;
        }
        String given = longer.substring(0, dot);
        return forms.stream().anyMatch(f -> f.type == EntityType.PERSON && f.key.equals(given));
    }

    /** What follows the last dot of a dotted name (克林顿 of 希拉里·克林顿). */
    private static String lastDottedPart(String name) {
        return name.substring(name.lastIndexOf('·') + 1);
    }

    static boolean isShortForm(EntityType type, String shorter, String longer) {
        return switch (type) {
            case PERSON -> longer.indexOf('·') > 0 && (lastDottedPart(longer).equals(shorter)
                    || longer.substring(0, longer.indexOf('·')).equals(shorter))
                    || shorter.length() == 2 && longer.length() == 4 && longer.startsWith(shorter) && isHan(longer);
            case ORG -> longer.endsWith(shorter) && isHan(shorter) || longer.startsWith(shorter) && isLatin(shorter);
            case EVENT -> longer.endsWith(shorter) || longer.startsWith(shorter) && shorter.length() >= 3;
            case LOC -> false;
        };
    }

    private void linkMisspellings(List<Form> forms) {
        for (int i = 0; i < forms.size(); i++) {
            Form a = forms.get(i);
            for (int j = i + 1; j < forms.size(); j++) {
                Form b = forms.get(j);
                if (a.type == EntityType.PERSON && b.type == EntityType.PERSON && a.root() != b.root()
                        && soundsLikeTypo(a.key, b.key)) {
                    union(a, b);
                }
            }
        }
    }

    /** Same length, exactly one differing Chinese character, and the two read alike. */
    boolean soundsLikeTypo(String a, String b) {
        if (a.length() != b.length() || a.length() < 2 || !isHan(a) || !isHan(b)) {
            return false;
        }
        int differing = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (differing >= 0) {
                    return false;
                }
                differing = i;
            }
        }
        if (differing < 0) {
            return false;
        }
        Optional<String> x = pronunciation.syllable(a.charAt(differing)).map(EntityResolver::looseSyllable);
        Optional<String> y = pronunciation.syllable(b.charAt(differing)).map(EntityResolver::looseSyllable);
        return x.isPresent() && x.equals(y);
    }

    /** A syllable with the distinctions many speakers (and typists) blur removed. */
    static String looseSyllable(String syllable) {
        String s = syllable.replaceAll("[^a-zü]", "");
        if (s.endsWith("ng")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.startsWith("zh") || s.startsWith("ch") || s.startsWith("sh")) {
            s = s.charAt(0) + s.substring(2);
        }
        return s;
    }

    private static boolean isLatin(String s) {
        return s.chars().allMatch(c -> c < 0x80 && Character.isLetter(c));
    }

    private static boolean isHan(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(c -> c == '·' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String normalize(String surface) {
        StringBuilder b = new StringBuilder(surface.length());
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            b.append(DOTS.indexOf(c) >= 0 ? '·' : c);
        }
        return b.toString();
    }

    private static List<Entity> entities(List<Form> forms) {
        Map<Form, List<Form>> groups = new LinkedHashMap<>();
        for (Form f : forms) {
            groups.computeIfAbsent(f.root(), k -> new ArrayList<>()).add(f);
        }
        List<List<EntityMention>> clusters = new ArrayList<>();
        for (List<Form> group : groups.values()) {
            List<EntityMention> ms = new ArrayList<>();
            group.forEach(f -> ms.addAll(f.mentions));
            ms.sort(Comparator.comparing(EntityMention::mention));
            clusters.add(ms);
        }
        clusters.sort(Comparator.comparing(ms -> ms.get(0).mention()));
        List<Entity> entities = new ArrayList<>(clusters.size());
        for (List<EntityMention> ms : clusters) {
            entities.add(entity("E" + (entities.size() + 1), ms));
        }
        return entities;
    }

    private static Entity entity(String id, List<EntityMention> ms) {
        LinkedHashSet<String> aliases = new LinkedHashSet<>();
        LinkedHashSet<String> titles = new LinkedHashSet<>();
        Map<String, Integer> frequency = new HashMap<>();
        Optional<String> latin = Optional.empty();
        List<Mention> occurrences = new ArrayList<>(ms.size());
        for (EntityMention m : ms) {
            aliases.add(m.text());
            titles.addAll(m.titles());
            latin = latin.or(m::latin);
            occurrences.add(m.mention());
            frequency.merge(m.text(), 1, Integer::sum);
            m.canonical().ifPresent(c -> frequency.merge(c, 0, Integer::sum));
        }
        latin.ifPresent(aliases::add);
        String name = frequency.keySet().stream()
                .filter(EntityResolver::hasHan)
                .max(Comparator.<String>comparingInt(s -> s.codePointCount(0, s.length()))
                        .thenComparing(s -> s.indexOf('·') >= 0 || DOTS.chars().anyMatch(d -> s.indexOf(d) >= 0))
                        .thenComparingInt(frequency::get)
                        .thenComparingInt(s -> -aliasOrder(aliases, s)))
                .orElse(ms.get(0).text());
        return new Entity(id, ms.get(0).type(), name, List.copyOf(aliases), latin, List.copyOf(titles), occurrences);
    }

    private static int aliasOrder(LinkedHashSet<String> aliases, String s) {
        int i = 0;
        for (String a : aliases) {
            if (a.equals(s)) {
                return i;
            }
            i++;
        }
        return Integer.MAX_VALUE / 2;
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
