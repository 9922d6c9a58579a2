package org.zhextract.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.zhextract.entity.EntityLexicon;
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
 *       same canonical name (澳洲 and 澳大利亚), or {@code name-variants.txt} lists them as two
 *       spellings of one person (川普 and 特朗普, also as part of a dotted name);</li>
 *   <li>they carry the same Latin gloss, or one is the other's gloss;</li>
 *   <li>a person's form is the last or the first part of exactly one dotted name (乌沙科夫 →
 *       尤里·乌沙科夫, 希拉里 → 希拉里·克林顿), or two characters that start exactly one
 *       four-character Chinese name (林郑 → 林郑月娥, the Hong Kong double surname); not a family
 *       name with a Latin gloss of its own, nor one that is another member of the family (the
 *       dotted name's person goes by the given name and the family name alone has a title of its
 *       own or another dotted name: 亨特·拜登 … 亨特 … 副总统拜登 is the father);</li>
 *   <li>an organization's or event's form ends exactly one longer form, or any of its surfaces
 *       (国务院 → 美国国务院, 冬奥会 → 北京冬奥会, 人大 → 全国人大), an event's form starts one
 *       (北京冬奥 → 北京冬奥会), a company's short name starts its registered name (科兴 →
 *       科兴中维生物技术有限公司), or an embassy leaves out where it is (美国大使馆 →
 *       美国驻华大使馆);</li>
 *   <li>a place is the same place with an administrative word (江苏 → 江苏省, 香港 →
 *       香港特别行政区, 佛罗里达 → 佛罗里达州, 捷克 → 捷克共和国), unless the bare name fits two
 *       levels (吉林省, 吉林市) or is a known city whose name a state bears (纽约州); a state's
 *       two-character short form is its full name (加州 → 加利福尼亚州, 维州 → 维多利亚州);</li>
 *   <li>two person names have the same length and differ in one character that sounds alike,
 *       one of the two a character of transliterations (普金 → 普京; tones, -n/-ng and z/zh,
 *       c/ch, s/sh are not told apart); Chinese names that sound alike are different people
 *       (林燕, 林妍).</li>
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
    /** Tells which characters write transliterated foreign names (the entity stage's list). */
    private final EntityLexicon lexicon;

    /** A resolver with the built-in entity lexicon (which reads its resources: share the resolver). */
    public EntityResolver(Pronunciation pronunciation) {
        this(pronunciation, EntityLexicon.builtIn());
    }

    /** A resolver reading transliteration characters from {@code lexicon}, the one the entity stage uses. */
    public EntityResolver(Pronunciation pronunciation, EntityLexicon lexicon) {
        this.pronunciation = Objects.requireNonNull(pronunciation, "pronunciation");
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /** Spellings of one person's name, each to the first on its line ({@code name-variants.txt}). */
    private static final Map<String, String> NAME_VARIANTS = nameVariants(resourceLines("/org/zhextract/resolve/name-variants.txt"));

    /** Each spelling of a name to the first spelling on its line. */
    private static Map<String, String> nameVariants(List<String> lines) {
        Map<String, String> variants = new HashMap<>();
        for (String line : lines) {
            String[] spellings = line.strip().split("\\s+");
            for (String spelling : spellings) {
                variants.put(spelling, spellings[0]);
            }
        }
        return Map.copyOf(variants);
    }

    private static List<String> resourceLines(String resource) {
        try (InputStream in = EntityResolver.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String stripped = line.startsWith("\uFEFF") ? line.substring(1) : line;
                    if (!stripped.isBlank() && !stripped.stripLeading().startsWith("#")) {
                        lines.add(stripped);
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One form of a name as written (dots unified), with the mentions that use it. */
    private static final class Form {
        final EntityType type;
        final String key;
        final List<EntityMention> mentions = new ArrayList<>();
        /** The key and every mention's text, dots unified and name variants applied. */
        final Set<String> surfaces = new LinkedHashSet<>();
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

        /** Whether a gazetteer knows this form (its mentions carry a canonical name). */
        boolean known() {
            return mentions.stream().anyMatch(m -> m.canonical().isPresent());
        }

        Set<String> titles() {
            Set<String> titles = new HashSet<>();
            mentions.forEach(m -> titles.addAll(m.titles()));
            return titles;
        }
    }

    public List<Entity> resolve(List<EntityMention> mentions) {
        List<EntityMention> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparing(EntityMention::mention));
        Map<String, Form> forms = new LinkedHashMap<>();
        for (EntityMention m : ordered) {
            String key = variant(m.type(), normalize(m.canonical().orElse(m.text())));
            Form form = forms.computeIfAbsent(m.type() + "\u0000" + key, k -> new Form(m.type(), key));
            form.mentions.add(m);
            form.surfaces.add(key);
            form.surfaces.add(variant(m.type(), normalize(m.text())));
        }
        List<Form> all = new ArrayList<>(forms.values());
        linkByLatin(all);
        linkShortForms(all);
        linkPlaceLevels(all);
        linkStateShortForms(all);
        linkMisspellings(all);
        return entities(all);
    }

    /** A person's name with each dotted part spelt as {@code name-variants.txt} spells it first. */
    private static String variant(EntityType type, String name) {
        if (type != EntityType.PERSON || NAME_VARIANTS.isEmpty()) {
            return name;
        }
        String[] parts = name.split("·", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = NAME_VARIANTS.getOrDefault(parts[i], parts[i]);
        }
        return String.join("·", parts);
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
            Set<Form> owners = new HashSet<>();
            Set<Form> glossedOtherwise = new HashSet<>();
            Form owner = null;
            for (Form longer : forms) {
                if (longer.type != shorter.type || longer == shorter) {
                    continue;
                }
                Optional<String> surface = longer.surfaces.stream().filter(s -> s.length() > shorter.key.length()
                        && isShortForm(shorter.type, shorter.key, s)).findFirst();
                if (surface.isEmpty()
                        || shorter.type == EntityType.PERSON && goesByGivenName(forms, shorter, longer, surface.get())) {
                    continue;
                }
                if (owners.add(longer.root())) {
                    owner = longer;
                }
                if (shorter.type == EntityType.PERSON && glossedOtherwise(shorter, longer)) {
                    glossedOtherwise.add(longer.root());
                }
            }
            if (owners.size() == 1 && !glossedOtherwise.contains(owner.root())) {
                union(owner, shorter);
            }
        }
    }

    /**
     * Whether the two forms carry different Latin glosses (拜登（Joe Biden）and 亨特·拜登（Hunter
     * Biden）): then they are two people, though the longer one still makes the shorter one
     * ambiguous among several.
     */
    private static boolean glossedOtherwise(Form shorter, Form longer) {
        Optional<String> own = shorter.latin().map(EntityResolver::latinKey);
        Optional<String> other = longer.latin().map(EntityResolver::latinKey);
        return own.isPresent() && other.isPresent() && !own.equals(other);
    }

    /**
     * Whether {@code shorter} is the family name of the dotted name {@code longer} while the
     * document also calls that person by the given name alone (亨特·拜登 … 亨特), and something
     * says the family name alone is another member of the family: another dotted name with that
     * family name (乔·拜登), or a title the family name alone carries and the person's forms do
     * not (副总统拜登). Then the family name is not that person's. Without such a sign it is
     * (弗兰克‧加夫尼 … 加夫尼说 … 弗兰克，感谢您; 凯拉·穆勒 … 凯拉 … 穆勒).
     */
    private static boolean goesByGivenName(List<Form> forms, Form shorter, Form longer, String longerSurface) {
        int dot = longerSurface.indexOf('·');
        if (dot <= 0 || !lastDottedPart(longerSurface).equals(shorter.key)) {
            return false;
        }
        String given = longerSurface.substring(0, dot);
        Set<String> personsTitles = new HashSet<>(longer.titles());
        boolean givenAlone = false;
        boolean otherMember = false;
        for (Form f : forms) {
            if (f.type != EntityType.PERSON) {
                continue;
            }
            if (f.key.equals(given)) {
                givenAlone = true;
                personsTitles.addAll(f.titles());
            }
            otherMember |= f.surfaces.stream().anyMatch(s -> s.indexOf('·') > 0
                    && lastDottedPart(s).equals(shorter.key) && !s.substring(0, s.indexOf('·')).equals(given));
        }
        return givenAlone && (otherMember || !personsTitles.containsAll(shorter.titles()));
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
            case ORG -> longer.endsWith(shorter) && isHan(shorter) || longer.startsWith(shorter) && isLatin(shorter)
                    || isCompanyShortName(shorter, longer) || isEmbassyWithoutPlace(shorter, longer);
            case EVENT -> longer.endsWith(shorter) || longer.startsWith(shorter) && shorter.length() >= 3;
            case LOC -> false;
        };
    }

    /** Legal forms that end a company's registered name, longest first. */
    private static final List<String> LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "集团有限公司",
            "控股有限公司", "集团股份公司", "集团公司", "控股集团", "有限公司", "股份公司", "公司", "集团", "控股");
    /** Words for a company's trade that may stand between its short name and its legal form. */
    private static final List<String> TRADE_WORDS = List.of("技术", "科技", "网络科技", "信息技术", "网络", "通信",
            "电子", "软件");

    /**
     * 华为 of 华为技术有限公司, 微软 of 微软公司, 美国瀚德汽车 of 美国瀚德汽车控股有限公司: the longer
     * name is the short one, maybe a word for its trade, and a legal form. Any other word makes
     * another company (中国人寿资产管理有限公司, 维维股份原控股子公司).
     */
    private static boolean isCompanyShortName(String shorter, String longer) {
        if (shorter.length() < 2 || !isHan(shorter) || !longer.startsWith(shorter)) {
            return false;
        }
        String rest = longer.substring(shorter.length());
        for (String trade : TRADE_WORDS) {
            if (rest.startsWith(trade) && LEGAL_FORMS.contains(rest.substring(trade.length()))) {
                return true;
            }
        }
        return LEGAL_FORMS.contains(rest);
    }

    /** 美国大使馆 of 美国驻华大使馆: the longer name has 驻 and one to three characters more. */
    private static boolean isEmbassyWithoutPlace(String shorter, String longer) {
        int gap = longer.length() - shorter.length();
        int at = longer.indexOf('驻');
        return gap >= 2 && gap <= 4 && at >= 2 && at < shorter.length()
                && longer.startsWith(shorter.substring(0, at)) && longer.endsWith(shorter.substring(at));
    }

    /** Administrative words after a place's name, longest first; the value tells levels apart. */
    private static final List<Map.Entry<String, String>> PLACE_LEVELS = List.of(
            Map.entry("特别行政区", "特区"), Map.entry("自治区", "自治区"), Map.entry("共和国", ""),
            Map.entry("地区", ""), Map.entry("特区", "特区"), Map.entry("省", "省"), Map.entry("市", "市"),
            Map.entry("县", "县"), Map.entry("区", "区"), Map.entry("州", "州"), Map.entry("都", "都"));

    /**
     * Ties a place to the same place with an administrative word: 江苏 and 江苏省, 香港 with
     * 香港特区 and 香港特别行政区, 捷克 and 捷克共和国. Words of one level (特区, 特别行政区) tie
     * to each other; the bare name ties to them only when one level is in the text (吉林 stays
     * alone beside 吉林省 and 吉林市), and a known city's name with 州 is a state of its own
     * (纽约州, 华盛顿州). 共和国 and 地区 name no level of their own.
     */
    private static void linkPlaceLevels(List<Form> forms) {
        Map<String, Form> bare = new HashMap<>();
        for (Form f : forms) {
            if (f.type == EntityType.LOC) {
                bare.putIfAbsent(f.key, f);
            }
        }
        Map<String, Map<String, List<Form>>> byBase = new LinkedHashMap<>();
        for (Form f : forms) {
            if (f.type != EntityType.LOC) {
                continue;
            }
            for (Map.Entry<String, String> level : PLACE_LEVELS) {
                if (!f.key.endsWith(level.getKey())) {
                    continue;
                }
                String base = f.key.substring(0, f.key.length() - level.getKey().length());
                if (base.codePointCount(0, base.length()) >= 2 && isHan(base) && base.indexOf('·') < 0) {
                    Form b = bare.get(base);
                    boolean stateOfACity = level.getKey().equals("州") && b != null && b.known();
                    if (!stateOfACity) {
                        byBase.computeIfAbsent(base, k -> new LinkedHashMap<>())
                                .computeIfAbsent(level.getValue(), k -> new ArrayList<>()).add(f);
                    }
                    break;
                }
            }
        }
        byBase.forEach((base, levels) -> {
            Form anchor = bare.get(base);
            for (Form f : levels.getOrDefault("", List.of())) {
                if (anchor == null) {
                    anchor = f;
                }
                union(anchor, f);
            }
            long distinct = levels.keySet().stream().filter(l -> !l.isEmpty()).count();
            for (Map.Entry<String, List<Form>> level : levels.entrySet()) {
                if (level.getKey().isEmpty()) {
                    continue;
                }
                List<Form> same = level.getValue();
                same.forEach(f -> union(same.get(0), f));
                if (distinct == 1 && anchor != null) {
                    union(anchor, same.get(0));
                }
            }
        });
    }

    /**
     * A state's two-character short form (加州, 维州, 德州): a first character and 州, tied to
     * the one place in the text of four or more characters that starts with it and ends in 州.
     * Short forms a gazetteer knows are cities (广州, 杭州) and stay apart.
     */
    private static void linkStateShortForms(List<Form> forms) {
        for (Form shorter : forms) {
            if (shorter.type != EntityType.LOC || shorter.key.length() != 2 || !shorter.key.endsWith("州")
                    || !isHan(shorter.key) || shorter.known()) {
                continue;
            }
            Set<Form> owners = new HashSet<>();
            Form owner = null;
            for (Form longer : forms) {
                if (longer.type == EntityType.LOC && longer.key.length() >= 4 && longer.key.endsWith("州")
                        && longer.key.charAt(0) == shorter.key.charAt(0) && owners.add(longer.root())) {
                    owner = longer;
                }
            }
            if (owners.size() == 1) {
                union(owner, shorter);
            }
        }
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

    /**
     * Same length, exactly one differing Chinese character, the two read alike, and one of them
     * a character of transliterations (金 of 普金): sound-alike Chinese names (林燕, 林妍) are
     * usually two people.
     */
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
        if (differing < 0 || !lexicon.isTransliterationChar(a.charAt(differing)) && !lexicon.isTransliterationChar(b.charAt(differing))) {
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
