package org.zhextract.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
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
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.zhextract.entity.EntityLexicon;
import org.zhextract.entity.EntityMention;
import org.zhextract.model.Entity;
import org.zhextract.model.EntityType;
import org.zhextract.model.Mention;
import org.zhextract.segment.ChineseScript;
import org.zhextract.segment.CoreWords;
import org.zhextract.segment.Pronunciation;
import org.zhextract.text.DocumentText;
import org.zhextract.text.LatinLetters;
import org.zhextract.text.ResourceLines;

/**
 * Groups the mentions of one document into entities, one per real-world referent. Two surface
 * forms of one type are the same entity when
 * <ul>
 *   <li>they are equal once the five interpunct dots are unified, or a gazetteer gives them the
 *       same canonical name (澳洲 and 澳大利亚), or {@code name-variants.txt} lists them as two
 *       spellings of one person (川普 and 特朗普, also as part of a dotted name);</li>
 *   <li>they carry the same Latin gloss, or one is the other's gloss;</li>
 *   <li>a person's form is the last or the first part of exactly one dotted name (乌沙科夫 →
 *       尤里·乌沙科夫, 希拉里 → 希拉里·克林顿), or its last parts (德鲁蒙德·弗雷斯特 →
 *       卡米拉·德鲁蒙德·弗雷斯特), or the last word of exactly one name in Latin letters (Navalny →
 *       Alexei Navalny), or two characters that start exactly one
 *       four-character Chinese name (林郑 → 林郑月娥, the Hong Kong double surname); not a family
 *       name with a Latin gloss of its own, nor one that is another member of the family (the
 *       dotted name's person goes by the given name and the family name alone has a title of its
 *       own or another dotted name: 亨特·拜登 … 亨特 … 副总统拜登 is the father), nor one right
 *       before a kinship word and that person (拜登之子亨特·拜登, {@code kin-words.txt}), nor the
 *       family name of a dotted name written right after a kinship word (川普和第一夫人梅拉尼娅·川普:
 *       川普 is not she);</li>
 *   <li>a dotted name is the same with and without middle initials (黛博拉·L·伯克斯), with a
 *       familiar given name ({@code given-name-forms.txt}: 乔·拜登, 约瑟夫·R·拜登) and without 小
 *       (Jr.), unless two forms have different initials (乔治·H·W·布什, 乔治·W·布什);</li>
 *   <li>every mention of a form is written inside another form of the same type (沃尔特·里 of
 *       沃尔特·里德: a span cut short);</li>
 *   <li>an organization's or event's form ends exactly one longer form, or any of its surfaces
 *       (国务院 → 美国国务院, 冬奥会 → 北京冬奥会, 人大 → 全国人大), an event's form starts one
 *       (北京冬奥 → 北京冬奥会), a company's short name starts its registered name, maybe after
 *       a place (华为 → 中国华为技术有限公司, 哈佛 → 哈佛大学), an embassy leaves out where it is
 *       (美国大使馆 → 美国驻华大使馆), or a country's one-character abbreviation stands for its
 *       name (美众院 → 美国众院), or a country before a gazetteer's short form names the
 *       gazetteer's body of that country (中国央行 → 中国人民银行); a party is not its members in a legislature (共和党,
 *       美国参议院共和党);</li>
 *   <li>a place is the same place with an administrative word (江苏 → 江苏省, 香港 →
 *       香港特别行政区, 佛罗里达 → 佛罗里达州, 捷克 → 捷克共和国), unless the bare name fits two
 *       levels (吉林省, 吉林市) or is a known city whose name a state bears (纽约州); a state's
 *       two-character short form is its full name (加州 → 加利福尼亚州, 维州 → 维多利亚州); a
 *       place after the places it lies in is that place (云南瑞丽市 → 瑞丽市, 前苏联 → 苏联), an
 *       autonomous region its place (凉山彝族自治州 → 凉山);</li>
 *   <li>an organization's abbreviation takes one character from each of consecutive words of
 *       one longer name (一汽 of 中国第一汽车集团), when no longer form ends with it;</li>
 *   <li>two person names have the same length and differ in one character that sounds alike,
 *       one of the two a character of transliterations (普金 → 普京; tones, -n/-ng and z/zh,
 *       c/ch, s/sh are not told apart); Chinese names that sound alike are different people
 *       (林燕, 林妍).</li>
 * </ul>
 * Each entity's {@code name} is its fullest Chinese form (a gazetteer's canonical name when
 * there is one; among equally long forms the most frequent, a name variant counting as long as
 * the spelling it stands for: 川普 names the entity where the article uses it most), {@code aliases} every surface
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

    /** Kinship words after a family name alone (拜登之子, 拜登的儿子), longest first ({@code kin-words.txt}). */
    private static final List<String> KIN_WORDS = resourceLines("/org/zhextract/resolve/kin-words.txt").stream()
            .map(String::strip).sorted(Comparator.comparingInt(String::length).reversed()).toList();

    /**
     * Kinship words right before a dotted name that make it a relative of someone (第一夫人梅拉尼娅·川普,
     * 侄女玛丽·L·特朗普): the kinship words, and 夫人 and 夫婿, which before a name say whose spouse
     * she or he is. Longest first.
     */
    private static final List<String> KIN_WORDS_BEFORE_A_NAME = Stream.concat(KIN_WORDS.stream(),
                    Stream.of("夫人", "夫婿"))
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    /** Outlets whose name after a place names an edition or another paper (香港大纪元; {@code outlet-editions.txt}). */
    private static final Set<String> OUTLET_EDITIONS = Set.copyOf(resourceLines("/org/zhextract/resolve/outlet-editions.txt")
            .stream().map(String::strip).toList());

    /** Organization words that alone name no particular body (联盟, 委员会; {@code generic-heads.txt}). */
    private static final Set<String> GENERIC_HEADS = Set.copyOf(resourceLines("/org/zhextract/resolve/generic-heads.txt")
            .stream().map(String::strip).toList());

    /** Words for a kind of body written before its name as a description (执政党 of 台湾执政党民进党; {@code kind-words.txt}). */
    private static final List<String> KIND_WORDS = resourceLines("/org/zhextract/resolve/kind-words.txt").stream()
            .map(String::strip).toList();

    /** Names of one place written side by side (南海, 南中国海), each to the first on its line ({@code place-variants.txt}). */
    private static final Map<String, String> PLACE_VARIANTS = nameVariants(resourceLines("/org/zhextract/resolve/place-variants.txt"));

    /** Familiar forms of Western given names, each to the full form first on its line ({@code given-name-forms.txt}). */
    private static final Map<String, String> GIVEN_NAME_FORMS = nameVariants(resourceLines("/org/zhextract/resolve/given-name-forms.txt"));

    /**
     * Full forms of words inside organizations' names, longest first, each with its short form
     * ({@code word-forms.txt}); a full form starting with ^ only at the start of a name.
     */
    private static final List<Map.Entry<String, String>> WORD_FORMS = resourceLines("/org/zhextract/resolve/word-forms.txt")
            .stream().flatMap(line -> {
                String[] words = line.strip().split("\\s+");
                return Arrays.stream(words, 1, words.length).map(full -> Map.entry(full, words[0]));
            })
            .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
            .toList();

    /**
     * Words written after a surname instead of the given name (胡女士, 潘博士), each to m, f or "" (whose word it
     * is; {@code address-words.txt}), longest first so that a word ending in another (老师, 师) is tried first; a
     * word listed twice keeps its first line.
     */
    private static final Map<String, String> ADDRESS_WORDS = Collections.unmodifiableMap(
            resourceLines("/org/zhextract/resolve/address-words.txt").stream().map(line -> line.strip().split("\\s+"))
                    .sorted(Comparator.comparingInt((String[] w) -> w[0].length()).reversed())
                    .collect(Collectors.toMap(w -> w[0], w -> w.length > 1 ? w[1] : "", (first, again) -> first,
                            LinkedHashMap::new)));

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
        return ResourceLines.read(EntityResolver.class, resource).stream()
                .map(line -> line.startsWith("\uFEFF") ? line.substring(1) : line)
                .filter(line -> !line.isBlank() && !line.stripLeading().startsWith("#"))
                .toList();
    }

    /** One form of a name as written (dots unified), with the mentions that use it. */
    private static final class Form {
        final EntityType type;
        final String key;
        final List<EntityMention> mentions = new ArrayList<>();
        /** The key and every mention's text, dots unified and name variants applied. */
        final Set<String> surfaces = new LinkedHashSet<>();
        /** Every mention's text as written (dots unified, name variants applied), without a gazetteer's name. */
        final Set<String> written = new LinkedHashSet<>();
        /** Surfaces that are only the name with {@code word-forms.txt}'s words written short (联合国安理会 of 联合国安全理事会). */
        final Set<String> shortened = new HashSet<>();
        Form parent = this;
        /** Forms of persons named right after this family name and a kinship word (拜登之子亨特·拜登). */
        final Set<Form> kinNamedNext = new HashSet<>();
        /** Whether the text writes this dotted name right after a kinship word (第一夫人梅拉尼娅·川普). */
        boolean namedAsKin;
        /** … and the family name alone before that word, in the same clause (川普和第一夫人梅拉尼娅·川普). */
        boolean kinOfTheFamilyName;
        /** Whether every mention of this form is a whole title in 《》 (《科学》杂志): a periodical's own name. */
        boolean onlyAsWholeTitle;
        /** The key with its words written short ({@link #keyWrittenShort()}), once asked for; null before. */
        private String keyWrittenShort;
        /** Mentions whose title the text writes after a word of another time (时任总统: {@link #PAST_TITLE_WORDS}). */
        final Set<EntityMention> titledInThePast = new HashSet<>();

        Form(EntityType type, String key) {
            this.type = type;
            this.key = key;
        }

        /**
         * {@link EntityResolver#shortWords} of the key, worked out once: {@link EntityResolver#endsOnceWrittenShort} asks
         * for it with every longer form, {@link EntityResolver#linkMissionAbbreviations} for every form.
         */
        String keyWrittenShort() {
            if (keyWrittenShort == null) {
                keyWrittenShort = shortWords(key);
            }
            return keyWrittenShort;
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

        /**
         * The titles of {@code m} (one of this form's mentions), each with whether the text writes a word of another
         * time before it (时任总统: the entity stage keeps 总统).
         */
        List<HeldTitle> heldTitles(EntityMention m) {
            boolean past = titledInThePast.contains(m);
            return m.titles().stream().map(t -> new HeldTitle(t, past)).toList();
        }

        /** {@link #heldTitles(EntityMention)} of every mention. */
        Set<HeldTitle> heldTitles() {
            Set<HeldTitle> titles = new HashSet<>();
            mentions.forEach(m -> titles.addAll(heldTitles(m)));
            return titles;
        }
    }

    /**
     * A title of a mention and whether the text writes a word of another time before it (时任总统, 已故总统, 前总统:
     * {@link #PAST_TITLE_WORDS}): a title held before is not the office held now (时任总理皮埃尔·特鲁多 … 总理特鲁多, his son),
     * while two held before may be (前美国总统乔治·W·布什 … 前总统布什).
     */
    private record HeldTitle(String title, boolean past) {

        boolean sameOfficeAs(HeldTitle other) {
            return past == other.past && sameTitle(title, other.title);
        }
    }

    /** Groups mentions without looking at the text around them (no kinship words are seen). */
    public List<Entity> resolve(List<EntityMention> mentions) {
        return resolve(null, mentions);
    }

    /**
     * Groups the mentions of {@code document} (code-point offsets into it); the text between
     * mentions tells family members apart (拜登之子亨特·拜登). A null document is read as no text.
     */
    public List<Entity> resolve(DocumentText document, List<EntityMention> mentions) {
        List<EntityMention> ordered = unifyTypes(document, mentions);
        ordered.sort(Comparator.comparing(EntityMention::mention));
        Map<String, Form> forms = new LinkedHashMap<>();
        List<Form> formOfMention = new ArrayList<>(ordered.size());
        for (EntityMention m : ordered) {
            String key = variant(m.type(), normalize(m.canonical().orElse(m.text())));
            Form form = forms.computeIfAbsent(m.type() + "\u0000" + key, k -> new Form(m.type(), key));
            form.mentions.add(m);
            form.surfaces.add(key);
            form.surfaces.add(variant(m.type(), normalize(m.text())));
            form.written.add(variant(m.type(), normalize(m.text())));
            formOfMention.add(form);
        }
        if (document != null) {
            findKinNamedNext(document, ordered, formOfMention);
            findNamedAsKin(document, ordered, formOfMention);
            findFormsOnlyAsWholeTitles(document, forms.values());
            findTitlesInThePast(document, ordered, formOfMention);
        }
        List<Form> all = new ArrayList<>(forms.values());
        linkTraditionalSpellings(all);
        linkByLatin(all);
        linkAcronyms(all);
        if (document != null) {
            Map<Integer, Integer> endingAt = firstMentionEndingAt(ordered);
            linkBracketGlosses(document, ordered, formOfMention, endingAt);
            linkBracketNames(document, ordered, formOfMention, endingAt);
        }
        linkWordForms(all);
        linkMiddleInitials(all);
        linkCountryAbbreviations(all);
        linkMissionAbbreviations(all, document, ordered);
        linkCountryBeforeKnownShortForms(all);
        linkBodiesOfOnePlace(all);
        Set<String> junk = linkJunkPrefixes(all, document);
        if (document != null) {
            linkFragments(all, document, junk);
        }
        linkOrganizationsByPlaceWords(all);
        linkShortForms(all);
        linkPlaceLevels(all, junk);
        linkStateShortForms(all);
        linkPlaceVariants(all);
        linkMisspellings(all);
        linkAddressForms(all);
        linkGivenNames(all);
        linkSurnamesAlone(all);
        return entities(all, junk);
    }

    /**
     * Gives every mention of one surface the one type the evidence says, when the entity stage
     * found it as several (巴尔 as PERSON, LOC and ORG in one article): a gazetteer's name, a
     * person's title or the surface being the last part of a dotted person's name, a place's
     * administrative word (刘家村, 奇姆肯特市; or the same place written with one, 帕洛阿尔托市) are
     * evidence; when no type has such evidence, the word the text writes after the surface
     * (拉达克地区, 安邦保险) is, then the part of speech HanLP's dictionaries give the word
     * (布鲁克林/nsf, 默克尔/nrf). A person's surface without a title or gazetteer entry that the
     * text writes before 地区 or an administrative word is a place (拉达克地区, 乔治亚州). With
     * evidence for two types, or none, the mentions keep the types they were found with.
     */
    private List<EntityMention> unifyTypes(DocumentText document, List<EntityMention> mentions) {
        Map<String, Set<EntityType>> typesOf = new HashMap<>();
        Set<String> lastDottedParts = new HashSet<>();
        Set<String> firstDottedParts = new HashSet<>();
        Set<String> places = new HashSet<>();
        // surfaces a gazetteer or a title vouches for: their type is no word's after them to change
        Set<String> vouched = new HashSet<>();
        for (EntityMention m : mentions) {
            String key = normalize(m.text());
            typesOf.computeIfAbsent(key, k -> new HashSet<>()).add(m.type());
            if (m.canonical().isPresent() || !m.titles().isEmpty()) {
                vouched.add(key);
            }
            if (m.type() == EntityType.PERSON && key.indexOf('·') > 0) {
                lastDottedParts.add(lastDottedPart(key));
                firstDottedParts.add(key.substring(0, key.indexOf('·')));
            }
            if (m.type() == EntityType.LOC) {
                places.add(key);
            }
        }

        Map<String, EntityType> winners = new HashMap<>();
        String text = document == null ? null : document.text();
        typesOf.forEach((key, types) -> {
            if (types.size() > 1) {
                typeByEvidence(key, types, mentions, lastDottedParts, places, text).ifPresent(t -> winners.put(key, t));
            } else if (text != null && types.contains(EntityType.PERSON) && !lastDottedParts.contains(key)
                    && isHan(key) && key.indexOf('·') < 0 && key.length() >= 2 && !vouched.contains(key)
                    && typeInText(key, text).filter(t -> t == EntityType.LOC).isPresent()) {
                winners.put(key, EntityType.LOC);   // 拉达克地区: a place whatever HanLP's dictionary says
            } else if (text != null && types.contains(EntityType.PERSON) && !lastDottedParts.contains(key)
                    && !vouched.contains(key) && isHan(key) && (key.length() == 2 || isTransliteration(key))
                    && writtenMostlyAsCompany(key, text)) {
                winners.put(key, EntityType.ORG);   // 安邦保险, 安邦建立…: the company HanLP's dictionary calls a person
            } else if (firstDottedParts.contains(key) && !vouched.contains(key) && isHan(key)
                    && (text == null || typeInText(key, text).isEmpty())
                    && (types.equals(Set.of(EntityType.ORG))
                        || types.equals(Set.of(EntityType.LOC)) && key.length() >= 2 && !lexicon.isPlace(key)
                           && CoreWords.tags(key).stream().noneMatch(t -> t.startsWith("ns")))) {
                // a person's given name (瑞秋 beside 瑞秋·贝利) found as an organization (companies take family names:
                // 福特 beside 亨利·福特, so only the first part), or as a place (安吉拉 beside 安吉拉·桂) that neither
                // the gazetteer nor HanLP's dictionary knows and the text never writes before an administrative word
                winners.put(key, EntityType.PERSON);
            }
        });
        // a transliterated name found only as a person that sounds like a place of the text but for
        // one character is that place spelt otherwise (阿克赛钦 beside 阿克塞钦地区)
        if (!places.isEmpty()) {
            typesOf.forEach((key, types) -> {
                if (types.size() == 1 && types.contains(EntityType.PERSON) && !winners.containsKey(key)
                        && !vouched.contains(key) && !lastDottedParts.contains(key) && isSpeltOtherwise(key, places)) {
                    winners.put(key, EntityType.LOC);
                }
            });
        }
        winners.putAll(shortFormsOfOtherTypes(typesOf, winners, vouched, lastDottedParts, places, text));
        List<EntityMention> unified = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            EntityType winner = winners.get(normalize(m.text()));
            unified.add(winner == null || winner == m.type() ? m
                    : new EntityMention(winner, m.mention(), m.latin(), m.titles(), m.canonical()));
        }
        return unified;
    }

    /**
     * The types of surfaces found with one type that this resolver's own rules make the short form of the one
     * longer surface of another type, when the entity stage often confuses the two: a university's or shop's name
     * found as a place (哈佛 of 哈佛大学, 天梯书店 of 香港天梯书店: {@link #isShortForm} of an organization), a
     * state's or province's short form found as a person or organization (安省 of 安大略省, {@link #isStateShortForm};
     * 麻州 beside 马萨诸塞州, {@code place-variants.txt}). The short form takes the longer one's type, so the rules
     * for one type join them. A place the gazetteer or HanLP's dictionary knows, or that ends with an
     * administrative word, is no organization's short form (北京 of 北京大学: a city is not its university), a
     * common word of HanLP's names nothing, and surfaces a gazetteer, a title or a dotted name vouches for keep their
     * type; with two longer surfaces of other types the short one stays as found.
     */
    private Map<String, EntityType> shortFormsOfOtherTypes(Map<String, Set<EntityType>> typesOf, Map<String, EntityType> winners,
                                                         Set<String> vouched, Set<String> lastDottedParts,
                                                         Set<String> places, String text) {
        // each surface's types: the one the evidence chose, else those it was found with (安省 as LOC and PERSON)
        Map<String, Set<EntityType>> typesNow = new HashMap<>();
        typesOf.forEach((key, types) -> typesNow.put(key, winners.containsKey(key) ? Set.of(winners.get(key)) : types));
        Map<String, EntityType> retyped = new HashMap<>();
        typesNow.forEach((key, types) -> {
            if (vouched.contains(key) || lastDottedParts.contains(key) || !isHan(key) || key.indexOf('·') >= 0
                    || key.length() < 2 || types.contains(EntityType.EVENT)) {
                return;
            }
            Set<EntityType> longerTypes = new HashSet<>();
            Set<String> owners = new HashSet<>();
            for (EntityType type : types) {
                for (Map.Entry<String, Set<EntityType>> e : typesNow.entrySet()) {
                    if (e.getValue().size() != 1 || e.getValue().contains(type) || e.getKey().length() <= key.length()
                            || !isHan(e.getKey())) {
                        continue;
                    }
                    EntityType longerType = e.getValue().iterator().next();
                    if (isShortFormOfOtherType(key, type, e.getKey(), longerType, places, text)) {
                        owners.add(e.getKey());
                        longerTypes.add(longerType);
                    }
                }
            }
            if (owners.size() == 1) {
                retyped.put(key, longerTypes.iterator().next());
            }
        });
        return retyped;
    }

    private boolean isShortFormOfOtherType(String shorter, EntityType type, String longer, EntityType longerType,
                                           Set<String> places, String text) {
        if (longerType == EntityType.ORG && type == EntityType.LOC) {
            // HanLP's dictionary tags some universities' names places (哈佛/ns, also 剑桥, 牛津: towns
            // too); such a word counts only before 大学 (not 大陆 of 大陆银行: the mainland is no bank) and
            // where the text never writes it as a place: after another place (英国剑桥) or before an
            // administrative word (剑桥郡, 剑桥地区)
            boolean word = CoreWords.isDictionaryWord(shorter);
            // an administrative word before a head (县医院) is a description of whichever county's body
            // the text means, not a short name
            return !lexicon.isPlace(shorter) && PLACE_ENDS.indexOf(shorter.charAt(shorter.length() - 1)) < 0
                    && PLACE_ENDS.indexOf(shorter.charAt(0)) < 0 && !GENERIC_HEADS.contains(shorter)
                    && (!word || longer.equals(shorter + "大学")
                        && CoreWords.tags(shorter).stream().allMatch(t -> t.startsWith("ns") || t.equals("n"))
                        && CoreWords.tags(shorter).stream().anyMatch(t -> t.startsWith("ns"))
                        && text != null && !writtenAsPlace(shorter, text, places))
                    && isShortForm(EntityType.ORG, shorter, longer) && !longer.startsWith(shorter + SUBSIDIARY_TRADE_WORD);
        }
        if (longerType == EntityType.ORG && type == EntityType.PERSON) {
            // a company or outlet HanLP's dictionary calls a person (福克斯/nrf beside 福克斯新闻): a short name
            // of two characters or transliteration characters, before trade words (a legal form alone, as in
            // 特朗普集团, is a person's company); not a town's name (鲁镇 of 鲁镇银行)
            return (shorter.length() == 2 || isTransliteration(shorter)) && PLACE_ENDS.indexOf(shorter.charAt(shorter.length() - 1)) < 0
                    && isCompanyShortName(shorter, longer)
                    && TRADE_WORDS.stream().anyMatch(longer.substring(shorter.length())::startsWith)
                    && !longer.startsWith(shorter + SUBSIDIARY_TRADE_WORD);
        }
        if (longerType == EntityType.LOC && (type == EntityType.PERSON || type == EntityType.ORG)) {
            return !lexicon.isPlace(shorter) && (isStateShortForm(shorter, longer)
                    || PLACE_VARIANTS.containsKey(shorter) && PLACE_VARIANTS.get(shorter).equals(PLACE_VARIANTS.get(longer)));
        }
        return false;
    }

    /** Whether the text writes {@code key} right after a place of the text (英国剑桥) or before an administrative word (剑桥郡). */
    private static boolean writtenAsPlace(String key, String text, Set<String> places) {
        if (typeInText(key, text).filter(t -> t == EntityType.LOC).isPresent()) {
            return true;
        }
        for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
            String before = text.substring(Math.max(0, at - 8), at);
            String after = text.substring(at + key.length(), Math.min(text.length(), at + key.length() + 1));
            if ("郡镇村".contains(after) && !after.isEmpty()
                    || places.stream().anyMatch(p -> p.length() >= 2 && !p.equals(key) && before.endsWith(p))) {
                return true;
            }
        }
        return false;
    }

    private Optional<EntityType> typeByEvidence(String key, Set<EntityType> types, List<EntityMention> mentions,
                                                Set<String> lastDottedParts, Set<String> places, String text) {
        Set<EntityType> strong = new HashSet<>();
        for (EntityMention m : mentions) {
            if (!normalize(m.text()).equals(key)) {
                continue;
            }
            // a gazetteer's name vouches only for the gazetteer's type: the entity stage may have
            // typed it otherwise from the words around it (特朗普(Trump)政府 found as an organization)
            boolean listedOtherwise = lexicon.typeOf(key).filter(t -> t != m.type()).isPresent();
            if (m.canonical().isPresent() && !listedOtherwise || m.type() == EntityType.PERSON && !m.titles().isEmpty()) {
                strong.add(m.type());
            }
        }
        if (types.contains(EntityType.PERSON) && lastDottedParts.contains(key)) {
            strong.add(EntityType.PERSON);
        }
        // a place of the gazetteer, one with an administrative word, or one the text also writes with
        // it (帕洛阿尔托 beside 帕洛阿尔托市)
        if (types.contains(EntityType.LOC) && (lexicon.isPlace(key)
                || key.length() >= 3 && isHan(key) && PLACE_ENDS.indexOf(key.charAt(key.length() - 1)) >= 0
                || places.stream().anyMatch(p -> p.length() == key.length() + 1 && p.startsWith(key)
                        && PLACE_ENDS.indexOf(p.charAt(key.length())) >= 0))) {
            strong.add(EntityType.LOC);
        }
        if (strong.size() == 1) {
            return Optional.of(strong.iterator().next());
        }
        if (!strong.isEmpty() || !isHan(key)) {
            return Optional.empty();
        }
        // what the text writes right after the surface (拉达克地区, 安邦保险) goes before HanLP's
        // dictionary, whose person tags take some places and companies (拉达克/nrf, 安邦/nrf)
        Optional<EntityType> written = text == null || key.indexOf('·') >= 0 ? Optional.empty() : typeInText(key, text);
        if (written.isPresent()) {
            return written;
        }
        Set<EntityType> tagged = new HashSet<>();
        for (String tag : CoreWords.tags(key)) {
            if (tag.startsWith("ns") && types.contains(EntityType.LOC)) {
                tagged.add(EntityType.LOC);
            } else if (tag.startsWith("nr") && types.contains(EntityType.PERSON)) {
                tagged.add(EntityType.PERSON);
            } else if (tag.startsWith("nt") && types.contains(EntityType.ORG)) {
                tagged.add(EntityType.ORG);
            }
        }
        return tagged.size() == 1 ? Optional.of(tagged.iterator().next()) : Optional.empty();
    }

    /** Words after a company's or institution's name that make it one (安邦保险, 华信集团). */
    private static final List<String> ORG_WORDS = List.of("集团", "公司", "保险", "银行", "控股", "证券", "基金会");

    /**
     * The type the text gives a surface by the word right after it somewhere: a place before
     * 地区 or an administrative word that starts no word with what follows (拉达克地区, 乔治亚州;
     * not 州长, 市委), an organization before a word for a company (安邦保险). Empty when the
     * text says neither or both.
     */
    private static Optional<EntityType> typeInText(String key, String text) {
        Set<EntityType> found = new HashSet<>();
        for (int at = text.indexOf(key); at >= 0 && found.size() < 2; at = text.indexOf(key, at + 1)) {
            String after = text.substring(at + key.length(), Math.min(text.length(), at + key.length() + 3));
            if (after.startsWith("地区") || !after.isEmpty() && "省市县州".indexOf(after.charAt(0)) >= 0
                    && (after.length() < 2 || !CoreWords.isDictionaryWord(after.substring(0, 2)))) {
                found.add(EntityType.LOC);
            } else if (ORG_WORDS.stream().anyMatch(after::startsWith)) {
                found.add(EntityType.ORG);
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /**
     * Whether the text writes {@code key} right before a company word ({@link #ORG_WORDS}: 安邦保险,
     * 软银集团) at least as often as not, and never before an administrative word. Only for a
     * surface of two characters or a transliteration: a Chinese full name before such a word is
     * the person's company (吴小晖控股, 李嘉诚基金会), not the person.
     */
    private static boolean writtenMostlyAsCompany(String key, String text) {
        int all = 0;
        int company = 0;
        for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
            all++;
            String after = text.substring(at + key.length(), Math.min(text.length(), at + key.length() + 3));
            if (ORG_WORDS.stream().anyMatch(after::startsWith)) {
                company++;
            }
        }
        return company > 0 && 2 * company >= all && typeInText(key, text).filter(t -> t == EntityType.ORG).isPresent();
    }

    /** Words of quantity that start no name (整个教育局, 所有中共附属组织); pronouns (某, 该) go by HanLP's tag. */
    private static final Set<String> DETERMINERS = Set.of("整个", "所有", "全部", "全体", "各个", "各家");
    /** Number tags for the session of a body or an event, which belong to its name (第七届立法会选举). */
    private static final Set<String> ORDINAL_WORDS = Set.of("届", "期", "次", "代", "任", "第", "号");
    /** Measure words of a body's session or term, cut from the word they end (下届, 本届, 前任). */
    private static final Set<String> SESSION_WORDS = Set.of("届", "任", "期");
    private static final String NUMERALS = "0123456789０１２３４５６７８９一二三四五六七八九十两几数";
    /** Administrative words whose place is a place, whatever else the surface could be (刘家村, 奇姆肯特市). */
    private static final String PLACE_ENDS = "市县省州村镇乡区";

    /**
     * Ties each form that is another form of the text after a word no name starts with to that
     * form, and returns these forms (type, NUL, key), which never name an entity while another
     * form can: a pronoun, preposition, conjunction (若民主党), particle, number, time word or determiner (某哈佛大学,
     * 图为哈佛大学, 经众议院, 上星期公司, 整个教育局), a verb before anything but an organization
     * word alone (控制立法会, 中国释放联邦快递公司; not 选举委员会), the 日 of a date (28日巴黎大区工商会),
     * and for persons only such a word before a transliterated name (比希拉里·克林顿); not 驻, which builds
     * names (中共驻休斯顿总领馆), nor a form used more often than the other (蓬佩奥, 佩奥), nor after
     * a transliterated name (马拉巴尔海军), nor when a word runs across the seam (抗日救国军 is not
     * 国军), the one character is a country's abbreviation (朝韩联络办公室) or the form is a title
     * (《九评共产党》). A word for the organization's kind before its name ({@code kind-words.txt}:
     * 台湾执政党民进党, 美国智库外交关系理事会) is such a word too. A number or measure word needs a numeral (十六条, not 旺角警署). The word is
     * the longest word of HanLP's core dictionary that ends the part before the other form.
     */
    private Set<String> linkJunkPrefixes(List<Form> forms, DocumentText document) {
        Map<String, List<Form>> byKey = new HashMap<>();
        Set<String> places = new HashSet<>();
        for (Form f : forms) {
            if (f.type == EntityType.LOC && f.key.length() >= 2 && isHan(f.key)) {
                places.add(f.key);
            }
            if (f.key.codePointCount(0, f.key.length()) >= 2) {
                byKey.computeIfAbsent(f.type + "\u0000" + f.key, k -> new ArrayList<>()).add(f);
            }
        }
        Set<String> junk = new HashSet<>();
        for (Form longer : forms) {
            for (int at = 1; at < longer.key.length() - 1; at++) {
                List<Form> shorter = byKey.get(longer.type + "\u0000" + longer.key.substring(at));
                if (shorter != null && isJunkPrefix(longer.key.substring(0, at), shorter.get(0), longer, document, places)) {
                    union(shorter.get(0), longer);
                    junk.add(longer.type + "\u0000" + longer.key);
                    break;
                }
            }
        }
        return junk;
    }

    /**
     * Ties a form each of whose mentions the text writes as part of one other form of the same
     * type (沃尔特·里 always in 沃尔特·里德, 台湾陆委 in 台湾陆委会: a span cut short) to that form;
     * the fragment never names the entity (it goes into {@code junk}).
     */
    private static void linkFragments(List<Form> forms, DocumentText document, Set<String> junk) {
        for (Form part : forms) {
            if (part.key.codePointCount(0, part.key.length()) < 2 || part.mentions.stream().anyMatch(m -> m.canonical().isPresent())) {
                continue;
            }
            Form owner = null;
            boolean alone = false;
            for (EntityMention m : part.mentions) {
                Form around = null;
                for (Form whole : forms) {
                    if (whole.type == part.type && whole != part && whole.key.length() > part.key.length()
                            && writtenAround(whole.key, part.key, m.mention(), document)) {
                        around = whole;
                        break;
                    }
                }
                if (around == null || owner != null && around.root() != owner.root()) {
                    alone = true;
                    break;
                }
                owner = around;
            }
            if (!alone && owner != null) {
                union(owner, part);
                part.written.forEach(w -> junk.add(part.type + "\u0000" + w));
            }
        }
    }

    /** Whether {@code part} stands inside {@code whole} with other characters both before and after it (科学 of 波士顿科学公司). */
    private static boolean isInsideAfterAndBefore(String part, String whole) {
        int at = whole.indexOf(part, 1);
        return at > 0 && at + part.length() < whole.length();
    }

    /** Marks the forms every mention of which stands alone in title marks 《》 (《科学》杂志, 《自然》). */
    private static void findFormsOnlyAsWholeTitles(DocumentText document, Collection<Form> forms) {
        for (Form f : forms) {
            f.onlyAsWholeTitle = !f.mentions.isEmpty() && f.mentions.stream().map(EntityMention::mention).allMatch(m ->
                    m.start() > 0 && m.end() < document.length() && document.slice(m.start() - 1, m.start()).equals("《")
                    && document.slice(m.end(), m.end() + 1).equals("》"));
        }
    }

    /** Whether the text around {@code mention} (code points) spells {@code whole}, of which {@code part} is a piece. */
    private static boolean writtenAround(String whole, String part, Mention mention, DocumentText document) {
        String text = normalize(mention.text());
        if (!text.equals(part)) {
            return false;
        }
        for (int at = whole.indexOf(part); at >= 0; at = whole.indexOf(part, at + 1)) {
            int before = whole.codePointCount(0, at);
            int after = whole.codePointCount(at + part.length(), whole.length());
            int start = mention.start() - before;
            int end = mention.end() + after;
            if (start >= 0 && end <= document.length() && normalize(document.slice(start, end)).equals(whole)) {
                return true;
            }
        }
        return false;
    }

    private boolean isTransliteration(String name) {
        return name.chars().allMatch(c -> c == '·' || lexicon.isTransliterationChar((char) c));
    }

    private boolean isJunkPrefix(String prefix, Form shorter, Form longer, DocumentText document, Set<String> places) {
        if (document != null && prefix.length() == 1 && SESSION_WORDS.contains(prefix) && longer.mentions.stream()
                .allMatch(m -> m.mention().start() > 0 && CoreWords.isDictionaryWord(
                        document.slice(m.mention().start() - 1, m.mention().start()) + prefix))) {
            return true;   // the end of a word for which session (下|届立法会, 本|届政府), however often written
        }
        if (prefix.length() >= 3 && prefix.endsWith("党籍")) {
            return true;   // a party membership before the body (社民党籍|德国联邦议会议员), however often written
        }
        // a bad span is rarer than the name it spoils (not 蓬佩奥 ×10 beside a fragment 佩奥 ×2), and
        // a transliterated name before another name is a name (马拉巴尔海军: 尔 is no pronoun there)
        if (!isHan(prefix) || prefix.indexOf('·') >= 0 || longer.mentions.size() > shorter.mentions.size()
                || prefix.length() >= 2 && isTransliteration(prefix.substring(prefix.length() - 2))) {
            return false;
        }
        if (document != null && longer.mentions.stream().map(m -> m.mention().start())
                .anyMatch(start -> start > 0 && document.slice(start - 1, start).equals("《"))) {
            return false;   // a title (《九评共产党》) is no spoilt name
        }
        if (shorter.type == EntityType.PERSON && document != null && isTransliteration(shorter.key)
                && longer.mentions.stream().allMatch(m -> endsKinWord(prefix, m.mention().start(), document))) {
            return true;   // the end of a kinship word run into the name (拜登儿|子亨特, 拜登之|子亨特)
        }
        if (prefix.equals("日") || prefix.equals("号") || prefix.equals("月")) {
            return document != null && longer.mentions.stream().map(m -> m.mention().start())
                    .anyMatch(start -> start > 0 && NUMERALS.indexOf(document.slice(start - 1, start)) >= 0);
        }
        char last = prefix.charAt(prefix.length() - 1);
        if (document != null && shorter.mentions.stream().map(m -> m.mention().start())
                .allMatch(start -> start > 0 && document.slice(start - 1, start).charAt(0) == last)) {
            return false;   // the other form is always cut from this one (临|沭县看守所 of 山东临沭县看守所)
        }
        if (CoreWords.isDictionaryWord(prefix.substring(prefix.length() - 1) + shorter.key.charAt(0))
                || prefix.length() == 1 && places.stream().anyMatch(p -> p.charAt(0) == prefix.charAt(0))) {
            return false;   // a word across the seam (抗日救|国军, 山东临|沭县) or a country's abbreviation (朝韩联络办公室)
        }
        if (shorter.type == EntityType.ORG && !GENERIC_HEADS.contains(shorter.key) && KIND_WORDS.stream().anyMatch(prefix::endsWith)) {
            return true;   // a description of its kind before the name (台湾执政党民进党, 美国智库外交关系理事会)
        }
        String word = null;
        for (int length = Math.min(4, prefix.length()); length >= 1 && word == null; length--) {
            String tail = prefix.substring(prefix.length() - length);
            if (CoreWords.frequency(tail) > 0 || DETERMINERS.contains(tail)) {
                word = tail;
            }
        }
        if (word == null) {
            return false;
        }
        String tag = CoreWords.mainTag(word);
        boolean functionWord = DETERMINERS.contains(word) || tag.startsWith("p") || tag.startsWith("r") || tag.startsWith("u")
                || tag.equals("c")
                || tag.startsWith("z") || tag.equals("t")
                || (tag.startsWith("m") || tag.startsWith("q")) && NUMERALS.indexOf(prefix.charAt(0)) >= 0
                    && ORDINAL_WORDS.stream().noneMatch(prefix::contains);
        boolean verb = tag.equals("v") && !word.endsWith("驻") && !GENERIC_HEADS.contains(shorter.key);
        return switch (shorter.type) {
            case PERSON -> (functionWord || verb) && isTransliteration(shorter.key);
            default -> functionWord || verb;
        };
    }

    /** Whether {@code prefix}, written at {@code start}, ends a kinship word begun just before it (儿|子, 之|子). */
    private static boolean endsKinWord(String prefix, int start, DocumentText document) {
        for (int before = 1; before <= 2 && before <= start; before++) {
            String word = document.slice(start - before, start) + prefix;
            if (KIN_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Marks each person's name right before a kinship word (maybe after 的) that is followed, at
     * once or after one character, by another person's mention: 拜登之子亨特·拜登 says 拜登 there is
     * not 亨特·拜登.
     */
    private static void findKinNamedNext(DocumentText document, List<EntityMention> ordered, List<Form> formOfMention) {
        for (int i = 0; i + 1 < ordered.size(); i++) {
            EntityMention m = ordered.get(i);
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            int end = m.mention().end();
            String after = document.slice(end, Math.min(document.length(), end + 5));
            int at = after.startsWith("的") ? 1 : 0;
            String kin = KIN_WORDS.stream().filter(w -> after.startsWith(w, at)).findFirst().orElse(null);
            if (kin == null) {
                continue;
            }
            int next = end + at + kin.length();
            for (int j = i + 1; j < ordered.size(); j++) {
                EntityMention n = ordered.get(j);
                int start = n.mention().start();
                if (start > next + 1) {
                    break;
                }
                if (start >= next && n.type() == EntityType.PERSON && formOfMention.get(j) != formOfMention.get(i)) {
                    formOfMention.get(i).kinNamedNext.add(formOfMention.get(j));
                    break;
                }
            }
        }
    }

    /**
     * Whether the clause before a dotted name at {@code start} says whose relative it is with a description
     * between the kinship word and the name: 彭斯的哥哥，印第安纳州的共和党众议员格雷格·彭斯 (the family name alone,
     * 的, a kinship word and a comma, then up to 30 characters without a sentence's end): 彭斯 alone is the other one.
     */
    private static boolean kinInApposition(DocumentText document, int start, String family) {
        String window = document.slice(Math.max(0, start - 30), start);
        int cut = -1;
        for (char c : "。！？；\n".toCharArray()) {
            cut = Math.max(cut, window.lastIndexOf(c));
        }
        window = normalize(window.substring(cut + 1));
        for (String kin : KIN_WORDS_BEFORE_A_NAME) {
            String phrase = family + "的" + kin;
            for (int at = window.indexOf(phrase); at >= 0; at = window.indexOf(phrase, at + 1)) {
                int after = at + phrase.length();
                if ((at == 0 || window.charAt(at - 1) != '·') && after < window.length() && "，,、".indexOf(window.charAt(after)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Marks each dotted person's name that the text writes right after a kinship word (总统和第一夫人梅拉尼娅·川普,
     * 副总统夫人凯伦・彭斯, 总理的妻子苏菲·杜鲁多): the family name alone is then the relative (川普, 彭斯,
     * 杜鲁多), not this person. Not when a person of another family name stands right before the
     * kinship word, maybe with a gloss in brackets and 的 (胡玛·阿贝丁（Huma Abedin）的前夫安东尼·韦纳:
     * 韦纳 alone is he).
     */
    private static void findNamedAsKin(DocumentText document, List<EntityMention> ordered, List<Form> formOfMention) {
        Map<Integer, EntityMention> personEndingAt = new HashMap<>();
        for (EntityMention m : ordered) {
            if (m.type() == EntityType.PERSON) {
                personEndingAt.put(m.mention().end(), m);
            }
        }
        for (int i = 0; i < ordered.size(); i++) {
            EntityMention m = ordered.get(i);
            String name = normalize(m.text());
            int start = m.mention().start();
            if (m.type() != EntityType.PERSON || name.indexOf('·') <= 0) {
                continue;
            }
            String before = document.slice(Math.max(0, start - 4), start);
            String kin = KIN_WORDS_BEFORE_A_NAME.stream().filter(before::endsWith).findFirst().orElse(null);
            if (kin == null) {
                if (kinInApposition(document, start, lastDottedPart(name))) {
                    Form form = formOfMention.get(i);
                    form.namedAsKin = true;
                    form.kinOfTheFamilyName = true;
                }
                continue;
            }
            int end = start - kin.length();
            if (end > 0 && document.slice(end - 1, end).equals("的")) {
                end--;
            }
            if (end > 0 && "）)".contains(document.slice(end - 1, end))) {
                String upTo = document.slice(Math.max(0, end - 40), end);
                int open = Math.max(upTo.lastIndexOf('（'), upTo.lastIndexOf('('));
                if (open >= 0) {
                    end -= upTo.length() - open;
                }
            }
            EntityMention relative = personEndingAt.get(end);
            if (relative != null && !lastDottedPart(variant(EntityType.PERSON, normalize(relative.text())))
                    .equals(lastDottedPart(variant(EntityType.PERSON, name)))) {
                continue;   // 胡玛·阿贝丁的前夫安东尼·韦纳: the relative of another family
            }
            Form form = formOfMention.get(i);
            form.namedAsKin = true;
            // the family name alone in the clause before the kinship word is whose relative this is
            String family = lastDottedPart(name);
            String clause = document.slice(Math.max(0, start - kin.length() - 20), start - kin.length());
            int cut = -1;
            for (char c : "。！？；，\n".toCharArray()) {
                cut = Math.max(cut, clause.lastIndexOf(c));
            }
            clause = normalize(clause.substring(cut + 1));
            for (int at = clause.indexOf(family); at >= 0 && !form.kinOfTheFamilyName; at = clause.indexOf(family, at + 1)) {
                form.kinOfTheFamilyName = at == 0 || clause.charAt(at - 1) != '·';
            }
        }
    }

    /** The longest of {@code m}'s titles the text writes right before its name at {@code start}, or "". */
    private static String titleRightBefore(DocumentText document, EntityMention m, int start) {
        return m.titles().stream().filter(t -> t.length() <= start && document.slice(start - t.length(), start).equals(t))
                .max(Comparator.comparingInt(String::length)).orElse("");
    }

    /** Words before a title that put its holding in another time (时任, 已故, 首任; {@code past-title-words.txt}). */
    private static final List<String> PAST_TITLE_WORDS = resourceLines("/org/zhextract/resolve/past-title-words.txt").stream()
            .map(String::strip).sorted(Comparator.comparingInt(String::length).reversed()).toList();

    /** The word of another time ({@link #PAST_TITLE_WORDS}) the text writes right before {@code at}, or "". */
    private static String pastWordBefore(DocumentText document, int at) {
        String before = document.slice(Math.max(0, at - 4), at);
        String past = PAST_TITLE_WORDS.stream().filter(before::endsWith).findFirst().orElse("");
        // a one-character word ending a word of the text is not that word (前 of 目前, 此前; 原 of 中原)
        boolean endsWord = past.length() == 1 && before.length() >= 2
                && CoreWords.isCommonWord(before.substring(before.length() - 2));
        return endsWord ? "" : past;
    }

    /**
     * Notes the word of another time the text writes before a mention's title right before the name (时任总统哈菲兹·阿萨德,
     * 已故总统, 首任总统, 前总统): the entity stage keeps the title without that word, and such a person held the office before,
     * so a family name alone with the plain title (总统阿萨德) is not theirs by that title ({@link #onlyOwnerWithTheTitleOf};
     * 前副总统拜登 still is 前副总统乔·拜登's).
     */
    private static void findTitlesInThePast(DocumentText document, List<EntityMention> ordered, List<Form> formOfMention) {
        for (int i = 0; i < ordered.size(); i++) {
            EntityMention m = ordered.get(i);
            if (m.type() != EntityType.PERSON || m.titles().isEmpty()) {
                continue;
            }
            int start = m.mention().start();
            String title = titleRightBefore(document, m, start);
            if (!title.isEmpty() && !pastWordBefore(document, start - title.length()).isEmpty()) {
                formOfMention.get(i).titledInThePast.add(m);
            }
        }
    }

    /**
     * Ties a dotted name with middle initials to the same name without them (黛博拉·L·伯克斯,
     * 黛博拉·伯克斯) when the text has one set of initials for that name: 乔治·H·W·布什 and
     * 乔治·W·布什 are two people, and 乔治·布什 could be either. A familiar given name is its full
     * form ({@code given-name-forms.txt}: 乔·拜登 is 约瑟夫·R·拜登), and 小 (Jr.) before the given
     * name is left out (小约瑟夫·R·拜登). A middle name written in full is like an initial
     * (约翰·罗伯特·博尔顿 and 约翰·博尔顿 are one person), when the text writes one middle name for
     * that first and family name: 乔治·赫伯特·布什 and 乔治·沃克·布什 leave 乔治·布什 apart.
     */
    private static void linkMiddleInitials(List<Form> forms) {
        Map<String, List<Form>> byBareName = new LinkedHashMap<>();
        for (Form f : forms) {
            if (f.type == EntityType.PERSON && f.key.indexOf('·') > 0) {
                byBareName.computeIfAbsent(bareName(f.key), k -> new ArrayList<>()).add(f);
            }
        }
        Map<String, List<Form>> byFirstAndLast = new LinkedHashMap<>();
        for (Map.Entry<String, List<Form>> e : byBareName.entrySet()) {
            List<Form> same = e.getValue();
            long initials = same.stream().map(f -> initials(f.key)).filter(i -> !i.isEmpty()).distinct().count();
            if (same.size() > 1 && initials <= 1) {
                same.forEach(f -> union(same.get(0), f));
            }
            String[] parts = e.getKey().split("·", -1);
            if (parts.length <= 3 && parts[0].length() >= 2 && parts[parts.length - 1].length() >= 2) {
                byFirstAndLast.computeIfAbsent(parts[0] + "·" + parts[parts.length - 1], k -> new ArrayList<>()).addAll(same);
            }
        }
        for (Map.Entry<String, List<Form>> e : byFirstAndLast.entrySet()) {
            List<Form> same = e.getValue();
            long middles = same.stream().map(f -> bareName(f.key)).filter(b -> !b.equals(e.getKey())).distinct().count();
            long initials = same.stream().map(f -> initials(f.key)).filter(i -> !i.isEmpty()).distinct().count();
            boolean written = same.stream().anyMatch(f -> bareName(f.key).equals(e.getKey()));
            if (middles == 1 && written && initials <= 1) {
                same.forEach(f -> union(same.get(0), f));
            }
        }
    }

    /** A dotted name without middle initials and 小, its given name in full (小约瑟夫·R·拜登, 乔·拜登 → 约瑟夫·拜登). */
    private static String bareName(String name) {
        String bare = withoutInitials(name);
        int dot = bare.indexOf('·');
        String given = bare.substring(0, dot);
        if (given.length() >= 3 && given.startsWith("小")) {
            given = given.substring(1);
        }
        return GIVEN_NAME_FORMS.getOrDefault(given, given) + bare.substring(dot);
    }

    /** The middle initials of a dotted name, in order (R of 约瑟夫·R·拜登; empty without any). */
    private static String initials(String name) {
        StringBuilder b = new StringBuilder();
        Matcher m = INITIAL.matcher(name);
        while (m.find()) {
            b.append(Character.toUpperCase(m.group().charAt(1)));
        }
        return b.toString();
    }

    private static final Pattern INITIAL = Pattern.compile("·[A-Za-z]\\.?(?=·)");

    /** A dotted name without its Latin middle initials (黛博拉·L·伯克斯 → 黛博拉·伯克斯). */
    private static String withoutInitials(String name) {
        String previous;
        String current = name;
        do {
            previous = current;
            current = INITIAL.matcher(previous).replaceAll("");
        } while (!current.equals(previous));
        return current;
    }

    /**
     * Ties an organization written with a country's one-character abbreviation (美国会, 美众院)
     * to the same organization with a place of the text in full (美国国会, 美国众院): the place
     * starts with that character and the rest is at least two characters. When the form starts
     * with the place itself the rest must be three characters or more (美国土安全部 →
     * 美国国土安全部): 美国会 is as often 美国 + 会 (美国会怎么想) as 美国国会. A gazetteer's
     * place counts too when the text writes it only inside the full name (美最高法院, 美国最高法院).
     */
    private void linkCountryAbbreviations(List<Form> forms) {
        Set<String> places = new LinkedHashSet<>();
        Map<String, Form> organizations = new HashMap<>();
        for (Form f : forms) {
            if (f.type == EntityType.LOC) {
                f.surfaces.stream().filter(s -> s.length() >= 2 && isHan(s)).forEach(places::add);
            } else if (f.type == EntityType.ORG) {
                f.surfaces.forEach(s -> organizations.putIfAbsent(s, f));
            }
        }
        for (Form f : forms) {
            if (f.type != EntityType.ORG || f.key.length() < 3 || !isHan(f.key)) {
                continue;
            }
            String rest = f.key.substring(1);
            for (String place : places) {
                Form full = place.charAt(0) == f.key.charAt(0) && (!f.key.startsWith(place) || rest.length() >= 3)
                        ? organizations.get(place + rest) : null;
                if (full != null && full != f) {
                    union(full, f);
                }
            }
            // the country may be written only inside the organization's name (美最高法院 beside
            // 美国最高法院, no 美国 alone): a gazetteer's place then
            organizations.forEach((surface, full) -> {
                String place = surface.length() >= rest.length() + 2 && surface.endsWith(rest)
                        ? surface.substring(0, surface.length() - rest.length()) : null;
                if (place != null && full != f && place.charAt(0) == f.key.charAt(0) && isHan(place)
                        && (!f.key.startsWith(place) || rest.length() >= 3) && lexicon.isPlace(place)) {
                    union(full, f);
                }
            });
        }
    }

    /** Each country's one-character abbreviation to the country's names ({@code country-abbreviations.txt}). */
    private static final Map<Character, Set<String>> COUNTRY_ABBREVIATIONS = resourceLines(
            "/org/zhextract/resolve/country-abbreviations.txt").stream().map(line -> line.strip().split("\\s+"))
            .collect(Collectors.toUnmodifiableMap(w -> w[0].charAt(0),
                    w -> Set.of(Arrays.copyOfRange(w, 1, w.length))));

    /** Heads of a country's missions abroad, as {@code word-forms.txt} writes them short (大使馆 → 使馆). */
    private static final List<String> MISSION_HEADS = resourceLines("/org/zhextract/resolve/mission-heads.txt").stream()
            .flatMap(line -> Arrays.stream(line.strip().split("\\s+"))).toList();

    /**
     * Ties a mission written with its country's one-character abbreviation (中使馆, 俄使馆, 中领馆) to
     * the one mission of that head the text names in full with the place it is in after 驻 (中国驻加拿大大使馆,
     * 俄罗斯驻华使馆): the full name's country is one the character stands for ({@code country-abbreviations.txt}:
     * 印使馆 is not 印尼驻华大使馆). 美使馆 is not 中国驻美使馆 (the country after 驻 is where it is), and with two
     * embassies of that country in the text (驻美, 驻英) the short one names neither for sure.
     */
    private static void linkMissionAbbreviations(List<Form> forms, DocumentText document, List<EntityMention> ordered) {
        for (Form f : forms) {
            String key = f.keyWrittenShort();
            String head = key.length() >= 3 ? key.substring(1) : "";
            if (f.type != EntityType.ORG || !MISSION_HEADS.contains(head) || !isHan(key)) {
                continue;
            }
            // each mission of that country by the place it is in (加拿大, 华)
            Map<String, Form> missions = new HashMap<>();
            Map<String, Form> placedShortForms = new HashMap<>();
            Map<Form, String> hosts = new HashMap<>();
            for (Form full : forms) {
                if (full.type != EntityType.ORG || full.root() == f.root()) {
                    continue;
                }
                for (String s : full.surfaces) {
                    if (s.length() > key.length() && s.endsWith(key) && s.charAt(s.length() - key.length() - 1) != '驻') {
                        // 休斯顿中领馆, 广州美领馆: the text says which one it is
                        placedShortForms.put(s.substring(0, s.length() - key.length()), full.root());
                    }
                    int at = s.indexOf('驻');
                    String country = at >= 2 ? s.substring(0, at) : "";
                    // the place after 驻 (华, 加拿大), then the head itself: 驻加拿大总领馆 is no 领馆's
                    String hosted = at >= 2 && s.endsWith(head) ? s.substring(at + 1, s.length() - head.length()) : "";
                    if (COUNTRY_ABBREVIATIONS.getOrDefault(key.charAt(0), Set.of()).contains(country) && isHan(s)
                            && hosted.length() >= 1 && hosted.length() <= 5 && !hosted.endsWith("总")) {
                        missions.putIfAbsent(hosted, full.root());
                        hosts.putIfAbsent(full.root(), hosted);
                    }
                }
            }
            // 广州美领馆 is 美国驻广州领事馆: one mission; 休斯顿中领馆 beside 中国驻纽约领事馆 is another
            Set<Form> distinct = new HashSet<>(missions.values());
            placedShortForms.forEach((place, root) -> distinct.add(missions.getOrDefault(place, root)));
            if (distinct.size() == 1) {
                Form mission = distinct.iterator().next();
                if (!movedElsewhere(f, hosts.get(mission), document, ordered)) {
                    union(mission, f);
                }
            }
        }
    }

    /** Verbs that move a body from one place to another (迁往, 迁至): move-verbs.txt. */
    private static final List<String> MOVE_VERBS = resourceLines("/org/zhextract/resolve/move-verbs.txt").stream()
            .flatMap(line -> Arrays.stream(line.strip().split("\\s+"))).filter(w -> !w.isEmpty()).toList();

    /** What ends the clause after a mission's mention. */
    private static final Pattern CLAUSE_END = Pattern.compile("[。！？；\n]");

    /**
     * Whether a clause with a mention of the short mission {@code f} moves it (迁往, 迁至: move-verbs.txt) and names a
     * place other than the host of the full name's mission ({@code host}, the place after 驻, or the country it stands
     * for): 特朗普决定将美使馆从特拉维夫迁往耶路撒冷 is about the embassy in Israel, not 美国驻华大使馆.
     */
    private static boolean movedElsewhere(Form f, String host, DocumentText document, List<EntityMention> ordered) {
        if (document == null || host == null) {
            return false;
        }
        // 驻英国大使馆 keeps 大 of 大使馆 in the host (英国大); 驻华 is China's abbreviation
        String place = host.endsWith("大") && host.length() > 1 ? host.substring(0, host.length() - 1) : host;
        Set<String> hostNames = new HashSet<>(Set.of(place));
        if (place.length() == 1) {
            hostNames.addAll(COUNTRY_ABBREVIATIONS.getOrDefault(place.equals("华") ? '中' : place.charAt(0), Set.of()));
        }
        for (EntityMention m : f.mentions) {
            int end = m.mention().end();
            String after = CLAUSE_END.split(document.slice(end, Math.min(document.length(), end + 40)), 2)[0];
            int clauseEnd = end + after.codePointCount(0, after.length());
            if (MOVE_VERBS.stream().noneMatch(after::contains)) {
                continue;
            }
            boolean otherPlace = ordered.stream().anyMatch(o -> o.type() == EntityType.LOC && o.mention().start() >= end
                    && o.mention().end() <= clauseEnd && !hostNames.contains(o.text()));
            if (otherPlace) {
                return true;
            }
        }
        return false;
    }

    /**
     * Ties an organization written as a place and a gazetteer's short form (中国央行, 英国BBC) to
     * the gazetteer's body when its full name starts with that place (央行 → 中国人民银行, BBC →
     * 英国广播公司): 欧洲央行 is another bank. The place is one of the text or the gazetteer.
     */
    private void linkCountryBeforeKnownShortForms(List<Form> forms) {
        Set<String> places = new HashSet<>();
        List<Form> known = new ArrayList<>();
        for (Form f : forms) {
            if (f.type == EntityType.LOC) {
                f.surfaces.stream().filter(s -> s.length() >= 2 && isHan(s)).forEach(places::add);
            } else if (f.type == EntityType.ORG && f.known()) {
                known.add(f);
            }
        }
        if (known.isEmpty()) {
            return;
        }
        for (Form f : forms) {
            if (f.type != EntityType.ORG || f.known() || f.key.length() < 4) {
                continue;
            }
            for (Form body : known) {
                for (String shortForm : body.written) {
                    int placeLength = f.key.length() - shortForm.length();
                    if (placeLength >= 2 && !shortForm.equals(body.key) && f.key.endsWith(shortForm)) {
                        String place = f.key.substring(0, placeLength);
                        if (body.key.startsWith(place) && (places.contains(place) || lexicon.isPlace(place))) {
                            union(body, f);
                        }
                    }
                }
            }
        }
    }

    /**
     * Ties two organizations that are one body after two names of one place of the text
     * (中国外交部 and 中华人民共和国外交部, 澳洲联邦 and 澳大利亚联邦): the two names are the surfaces of
     * one place of the text or have one gazetteer name, and the body is two characters or more.
     */
    private void linkBodiesOfOnePlace(List<Form> forms) {
        Map<String, String> placeOf = new HashMap<>();
        for (Form f : forms) {
            if (f.type == EntityType.LOC) {
                f.surfaces.stream().filter(s -> s.length() >= 2 && isHan(s)).forEach(s -> placeOf.putIfAbsent(s, f.key));
            }
        }
        // (place, body) → the organizations written so, and the names of the place they were written with
        Map<String, Form> first = new HashMap<>();
        Map<String, Set<String>> placeNames = new HashMap<>();
        for (Form f : forms) {
            if (f.type != EntityType.ORG) {
                continue;
            }
            for (String written : f.written) {
                for (int cut = 2; cut <= written.length() - 2 && cut <= 8; cut++) {
                    String name = written.substring(0, cut);
                    String place = placeOf.containsKey(name) ? placeOf.get(name) : lexicon.placeName(name).orElse(null);
                    if (place == null || !isHan(written)) {
                        continue;
                    }
                    String key = place + "\u0000" + written.substring(cut);
                    Form other = first.putIfAbsent(key, f);
                    Set<String> names = placeNames.computeIfAbsent(key, k -> new HashSet<>());
                    if (other != null && other != f && !names.contains(name)) {
                        union(other, f);
                    }
                    names.add(name);
                }
            }
        }
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

    /**
     * Ties forms of one type that are one name written in traditional and in simplified characters (區諾軒, 区诺轩; 鄭州,
     * 郑州): Hong Kong and Taiwan names are often quoted as written there. Only forms the text writes both ways are
     * tied, and not a simplified name with a character the table reads otherwise (王乾 is not 王干; {@link
     * ChineseScript#isTraditionalSpelling}).
     */
    private static void linkTraditionalSpellings(List<Form> forms) {
        Map<String, Form> bySimplified = new HashMap<>();
        for (Form f : forms) {
            if (f.key.length() < 2 || !isHan(f.key)) {
                continue;
            }
            Form other = bySimplified.putIfAbsent(f.type + "\u0000" + ChineseScript.simplifiedName(f.key), f);
            if (other != null) {
                union(other, f);
            }
        }
    }

    /** Company words written after a Latin company name (AstraZeneca公司). */
    private static final List<String> LATIN_COMPANY_WORDS = List.of("公司", "集团");

    /** Legal words written after a Latin company name (Facebook Inc, Chevron Corp.), lower case without the dot. */
    private static final Set<String> LATIN_LEGAL_WORDS = Set.of("inc", "corp", "corporation", "ltd", "limited", "plc", "llc", "co");
    /** How a Latin company name is cut into words, a legal word's dot, and what is left before the legal word (Chevron Corp.). */
    private static final Pattern SPACES_OR_COMMAS = Pattern.compile("[\\s,]+");
    private static final Pattern FINAL_DOT = Pattern.compile("\\.$");
    private static final Pattern TRAILING_SPACES_OR_COMMAS = Pattern.compile("[\\s,]+$");

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
        // Latin names written alone, for one before a company word (AstraZeneca公司 beside AstraZeneca)
        Map<String, Form> writtenLatin = new HashMap<>();
        for (Form f : forms) {
            if (f.type == EntityType.ORG) {
                f.written.stream().filter(EntityResolver::isAscii)
                        .forEach(w -> writtenLatin.putIfAbsent(latinKey(w), f));
            }
        }
        if (byLatin.isEmpty() && writtenLatin.isEmpty()) {
            return;
        }
        for (Form f : forms) {
            // a Latin name written alone is the glossed one's, also where a gazetteer gave it a
            // Chinese name of its own (IMF → 国际货币基金组织 beside 国际货币基金（IMF）, GRU → 格鲁乌
            // beside 俄罗斯军事情报局（GRU）): the text's gloss says which body it is
            for (String s : f.written) {
                // … and one before a company word (AstraZeneca公司 beside 阿斯利康（AstraZeneca）)
                String company = f.type != EntityType.ORG ? null
                        : LATIN_COMPANY_WORDS.stream().filter(w -> s.endsWith(w) && s.length() > w.length()).findFirst().orElse(null);
                String name = company == null ? s : s.substring(0, s.length() - company.length()).strip();
                if (company == null && f.type == EntityType.ORG && isAscii(s)) {
                    // … and one with its legal word (Facebook Inc, Chevron Corp. beside Facebook)
                    String[] words = SPACES_OR_COMMAS.split(s.strip());
                    if (words.length >= 2 && LATIN_LEGAL_WORDS.contains(FINAL_DOT.matcher(words[words.length - 1]).replaceAll("").toLowerCase(Locale.ROOT))) {
                        company = words[words.length - 1];
                        name = TRAILING_SPACES_OR_COMMAS.matcher(s.substring(0, s.lastIndexOf(company))).replaceAll("");
                    }
                }
                if (!isAscii(name)) {
                    continue;
                }
                Form glossed = byLatin.get(f.type + latinKey(name));
                if (glossed == null && company != null) {
                    glossed = writtenLatin.get(latinKey(name));
                }
                if (glossed != null && glossed != f) {
                    union(glossed, f);
                    break;
                }
            }
            if (!isAscii(f.key)) {
                continue;
            }
            Form glossed = byLatin.get(f.type + latinKey(f.key));
            if (glossed != null) {
                union(glossed, f);
            }
        }
    }

    /** An acronym written alone: two to six capital letters (SEC, NASA). */
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");

    /** Small words a Latin name leaves out of its acronym (Securities and Exchange Commission → SEC). */
    private static final Set<String> ACRONYM_SKIPPED_WORDS = Set.of("and", "of", "the", "for", "on", "in", "&", "&amp;");

    /**
     * Ties an organization's acronym written alone (SEC) to the one organization of the text whose
     * Latin gloss it is the initials of (美国证券交易委员会（Securities and Exchange Commission）): every
     * word of the gloss is capitalised, or a small word the acronym leaves out (and, of, the), and
     * gives its first letter in order. With two such glosses, or a gloss that is no name (a word in
     * lower case), the acronym stays apart; so does one a gazetteer already names (its key is no acronym).
     */
    private static void linkAcronyms(List<Form> forms) {
        for (Form acronym : forms) {
            if (acronym.type != EntityType.ORG || !ACRONYM.matcher(acronym.key).matches()
                    || forms.stream().anyMatch(f -> f != acronym && f.root() == acronym.root() && hasHan(f.key))) {
                continue;
            }
            Set<Form> owners = new HashSet<>();
            Form owner = null;
            for (Form f : forms) {
                if (f.type != EntityType.ORG || f.root() == acronym.root()) {
                    continue;
                }
                Optional<String> latin = f.latin();
                if (latin.isPresent() && acronym.key.equals(acronymOf(latin.get())) && owners.add(f.root())) {
                    owner = f;
                }
            }
            if (owners.size() == 1) {
                union(owner, acronym);
            }
        }
    }

    private static final Pattern SPACES_OR_HYPHENS = Pattern.compile("[\\s-]+");

    /** The first letters of a Latin name's capitalised words (small words left out), or "" when a word is neither. */
    private static String acronymOf(String latin) {
        StringBuilder letters = new StringBuilder();
        String[] words = SPACES_OR_HYPHENS.split(latin.strip());
        if (words.length < 2) {
            return "";
        }
        for (String word : words) {
            if (ACRONYM_SKIPPED_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || word.charAt(0) > 0x7F) {
                return "";
            }
            letters.append(word.charAt(0));
        }
        return letters.toString();
    }

    /** The index of the first mention (in text order) ending at each offset: what the bracket rules look up. */
    private static Map<Integer, Integer> firstMentionEndingAt(List<EntityMention> ordered) {
        Map<Integer, Integer> endingAt = new HashMap<>();
        for (int k = 0; k < ordered.size(); k++) {
            endingAt.putIfAbsent(ordered.get(k).mention().end(), k);
        }
        return endingAt;
    }

    /** Where a person stands in a picture (王百羽（左二）), which the entity stage may take for a name. */
    private static final Pattern PICTURE_POSITION = Pattern.compile("[左右中前后][一二三四五六七八九十0-9０-９]");

    /**
     * A person's or organization's name written alone in brackets right after a name of the same type is
     * another name of it: another outlet's spelling or the Chinese name it goes by (贺锦丽（哈里斯）,
     * 哈里斯（贺锦丽，Kamala Harris）, 世界卫生组织（世卫）). The bracket holds the name alone, or the name,
     * a comma or slash and a Latin gloss (美联储/FED); not a name followed by other words (张三（李四译）), nor a place in a
     * picture (王百羽（左二）).
     */
    private static void linkBracketNames(DocumentText document, List<EntityMention> ordered, List<Form> formOfMention,
            Map<Integer, Integer> endingAt) {
        for (int k = 0; k < ordered.size(); k++) {
            EntityMention inner = ordered.get(k);
            Mention m = inner.mention();
            int open = m.start() - aliasNoteBefore(document, m.start());
            if (!hasHan(m.text()) || open < 2 || m.end() >= document.length()
                    || !"(（".contains(document.slice(open - 1, open))
                    || open == m.start() && (inner.type() != EntityType.PERSON && inner.type() != EntityType.ORG
                        || PICTURE_POSITION.matcher(m.text()).matches())) {
                continue;
            }
            String after = document.slice(m.end(), m.end() + 1);
            boolean alone = ")）".contains(after);
            if (!alone && "，,/／".contains(after)) { // 美国联邦储备委员会(美联储/FED)
                int close = m.end() + 1;
                while (close < document.length() && isLatinFiller(document.slice(close, close + 1))) {
                    close++;
                }
                alone = close > m.end() + 1 && close < document.length() && ")）".contains(document.slice(close, close + 1))
                        && document.slice(m.end() + 1, close).chars().anyMatch(Character::isLetter);
            }
            Integer named = endingAt.get(open - 1);
            if (alone && named != null && named != k && ordered.get(named).type() == inner.type()
                    && !ownerNote(ordered.get(named), inner)) {
                union(formOfMention.get(named), formOfMention.get(k));
            }
        }
    }

    /**
     * Whether an organization a gazetteer knows, in brackets after another Chinese name that the gazetteer
     * does not give the same full name, says whose body that is (教育部（中国共产党）党组) rather than naming it
     * again; a Latin name before the bracket (Communist Party（共产党）) is glossed by it.
     */
    private static boolean ownerNote(EntityMention named, EntityMention inner) {
        return inner.type() == EntityType.ORG && inner.canonical().isPresent() && hasHan(named.mention().text())
                && !named.canonical().equals(inner.canonical());
    }

    /**
     * Words in brackets before another name of the one named before them (福坦莫大学（又译福德姆大学…）, 阿克托别州（又称阿克纠宾…）,
     * 美国联邦储备委员会（简称美联储）), any type.
     */
    private static final Pattern ALIAS_NOTE = Pattern.compile(
            "(?:又|或|亦|也|另)(?:译|称|名|作)|(?:又|或|亦|也|另)?(?:译作|译为|称为)|简称|全称|原名|本名|俗称|旧称|原称|中文名");

    /** How many characters of an {@link #ALIAS_NOTE} right after an opening bracket end at {@code at}; 0 without one. */
    private static int aliasNoteBefore(DocumentText document, int at) {
        for (int length = 4; length >= 1; length--) {
            if (at - length >= 1 && "(（".contains(document.slice(at - length - 1, at - length))
                    && ALIAS_NOTE.matcher(document.slice(at - length, at)).matches()) {
                return length;
            }
        }
        return 0;
    }

    /** What a bracket may say before a Latin name of the name before it, then a comma or colon (音译，Cho Ju-bin; 英文：…). */
    private static final Pattern LATIN_NOTE = Pattern.compile(
            "(?:音译|英译|英文|英语|英文名|英文名称|原文|原名|全名|全称)|(?:(?:又|或|亦|也|另)(?:译|称|名)|(?:又|或|亦|也|另)?(?:译作|译为|称为)|简称)\\p{IsHan}{2,12}");

    /**
     * {@code at}, the start of a Latin name in a bracket, or, when a {@link #LATIN_NOTE} and a comma or colon stand
     * between the opening bracket and it (（音译，Cho Ju-bin）, （又译福德姆大学，Fordham University）), the start of that note,
     * right after the bracket.
     */
    private static int afterBracketNote(DocumentText document, int at) {
        if (at < 3 || !"，,、:：".contains(document.slice(at - 1, at))) {
            return at;
        }
        // the longest note LATIN_NOTE allows is 15 characters (也译作 and twelve), so its bracket is at most at - 17
        for (int open = at - 2; open >= Math.max(0, at - 17); open--) {
            String c = document.slice(open, open + 1);
            if ("(（".contains(c)) {
                return LATIN_NOTE.matcher(document.slice(open + 1, at - 1)).matches() ? open + 1 : at;
            }
            if (")）。".contains(c)) {
                return at;
            }
        }
        return at;
    }

    /**
     * Ties a Latin name the entity stage found on its own inside brackets right after a name of
     * the same type to that name: the bracket glosses it, though the gloss did not fit the span
     * (梅林达•盖茨基金会(Bill & Melinda Gates Foundation), found as Melinda Gates Foundation beside
     * the span 梅林达•盖茨基金会 of 比尔和梅林达•盖茨基金会). Only Latin letters, digits, spaces and &amp; . - '
     * may stand between the brackets and the Latin name ({@link #isLatinFiller}).
     */
    private static void linkBracketGlosses(DocumentText document, List<EntityMention> ordered, List<Form> formOfMention,
            Map<Integer, Integer> endingAt) {
        for (int k = 0; k < ordered.size(); k++) {
            Mention m = ordered.get(k).mention();
            if (!isAscii(m.text()) || m.text().chars().noneMatch(Character::isLetter)) {
                continue;
            }
            int open = m.start();
            while (open > 0 && isLatinFiller(document.slice(open - 1, open))) {
                open--;
            }
            int close = m.end();
            while (close < document.length() && isLatinFiller(document.slice(close, close + 1))) {
                close++;
            }
            open = afterBracketNote(document, open);
            if (open == 0 || close >= document.length() || !"(（".contains(document.slice(open - 1, open))
                    || !")）".contains(document.slice(close, close + 1))) {
                continue;
            }
            Integer named = endingAt.get(beforeClosingQuote(document, open - 1));
            if (named != null && named != k && ordered.get(named).type() == ordered.get(k).type()) {
                union(formOfMention.get(named), formOfMention.get(k));
            }
        }
    }

    /**
     * Where a name before a bracket ends: at the bracket, or before a closing quote right before it
     * (“国际危机小组”（International Crisis Group）).
     */
    private static int beforeClosingQuote(DocumentText document, int bracket) {
        return bracket > 0 && "”」』\"'’".contains(document.slice(bracket - 1, bracket)) ? bracket - 1 : bracket;
    }

    /** A Latin letter, digit, space, &amp; or dot around a Latin name inside a gloss's brackets. */
    private static boolean isLatinFiller(String c) {
        if (c.length() != 1) {
            return false;
        }
        char ch = c.charAt(0);
        return ch < 0x80 && (Character.isLetterOrDigit(ch) || " &.-'".indexOf(ch) >= 0);
    }

    /**
     * Ties organizations whose names are the same once the words of {@code word-forms.txt} are
     * written short (上海科学技术出版社 and 上海科技出版社, 美国证券交易委员会 and 美国证监会, 港区国安委
     * and 香港国安委). Only whole names are compared: a short form that a longer name merely ends
     * with is the short-name rules' business.
     */
    private static void linkWordForms(List<Form> forms) {
        Map<String, Form> byShortWords = new HashMap<>();
        for (Form f : forms) {
            if (f.type == EntityType.ORG && isHan(f.key)) {
                // a whole name that is a short form of the start of names (港府) also has their full
                // forms (香港特区政府), so that a shorter name ending one (特区政府) finds it
                for (Map.Entry<String, String> form : WORD_FORMS) {
                    if (form.getKey().startsWith("^") && form.getValue().equals(f.key) && form.getKey().length() - 1 > f.key.length()) {
                        f.surfaces.add(form.getKey().substring(1));
                    }
                }
                // a dot between an organization's words is style (中国·舆情战略研究中心, 中国舆情战略研究中心)
                String shortened = shortWords(f.key.replace("·", ""));
                // the name written short is a surface too, so that a short name ending it (安理会 of 联合国安理会,
                // 外管局 of 国家外管局) finds the name written in full
                if (!shortened.equals(f.key.replace("·", "")) && f.surfaces.add(shortened)) {
                    f.shortened.add(shortened);
                }
                Form other = byShortWords.putIfAbsent(shortened, f);
                if (other != null) {
                    union(other, f);
                }
            }
        }
    }

    /**
     * Whether {@code word-forms.txt} writes {@code longer} short as another word than {@code shorter}:
     * 中央银行 is 央行 written short, so 中银 (中国银行's) is no abbreviation of it.
     */
    private static boolean writtenShortOtherwise(String shorter, String longer) {
        return WORD_FORMS.stream().anyMatch(form -> form.getKey().equals(longer) && !form.getValue().equals(shorter));
    }

    /** {@code name} with its words written short when it still starts with {@code place} then, else as it is. */
    private static String shortWordsAfter(String place, String name) {
        String shortened = shortWords(name);
        return shortened.startsWith(place) ? shortened : name;
    }

    /** {@code name} with every full form of {@code word-forms.txt} written short. */
    private static String shortWords(String name) {
        for (Map.Entry<String, String> form : WORD_FORMS) {
            String full = form.getKey();
            if (full.startsWith("^")) {
                if (name.startsWith(full.substring(1))) {
                    name = form.getValue() + name.substring(full.length() - 1);
                }
            } else {
                name = name.replace(full, form.getValue());
            }
        }
        return name;
    }

    /** A Latin name (letters, digits, spaces, &amp; . -) and the Han words after it (Prognos咨询公司). */
    private static final Pattern LATIN_BEFORE_HAN =
            Pattern.compile("([A-Za-z][A-Za-z0-9 &.\\-]*)(\\p{IsHan}+)");

    private static String latinKey(String s) {
        return "\u0000" + LATIN_SEPARATORS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static final Pattern LATIN_SEPARATORS = Pattern.compile("[\\s.]+");

    private void linkShortForms(List<Form> forms) {
        Set<String> places = new HashSet<>();
        for (Form f : forms) {
            if (f.type == EntityType.LOC) {
                f.surfaces.stream().filter(s -> s.length() >= 2 && isHan(s)).forEach(places::add);
            }
        }
        NameCuts placeTestAndNameCutsCache = new NameCuts(s -> places.contains(s) || lexicon.isPlace(s));
        linkCompanyNames(forms, placeTestAndNameCutsCache);
        linkAbbreviatedOwners(forms, placeTestAndNameCutsCache);
        // a relative named after a kinship word is so in every form of her name (玛丽·L·特朗普, 玛丽·特朗普)
        Set<Form> kinRoots = new HashSet<>();
        Set<Form> familyNameKinRoots = new HashSet<>();
        forms.stream().filter(f -> f.namedAsKin).forEach(f -> kinRoots.add(f.root()));
        forms.stream().filter(f -> f.kinOfTheFamilyName).forEach(f -> familyNameKinRoots.add(f.root()));
        for (Form f : forms) {
            f.namedAsKin |= kinRoots.contains(f.root());
            f.kinOfTheFamilyName |= familyNameKinRoots.contains(f.root());
        }
        // longer forms first: a middle form (全国人大常委会) joins its longest form (中国全国人大常委会)
        // before a shorter one (人大常委会) counts both as owners and, finding two, joins neither
        List<Form> longestFirst = new ArrayList<>(forms);
        longestFirst.sort(Comparator.comparingInt((Form f) -> f.key.codePointCount(0, f.key.length())).reversed());
        for (Form shorter : longestFirst) {
            if (shorter.key.codePointCount(0, shorter.key.length()) < 2) {
                continue;
            }
            // an organization word alone (联盟) ends only names the text writes, not a gazetteer's full name (欧洲联盟 of 欧盟)
            boolean generic = shorter.type == EntityType.ORG && GENERIC_HEADS.contains(shorter.key);
            // abbreviations of words (一汽) only when no longer form ends with or starts with the short one (国安委, 香港国安委)
            if (!linkToOneLongerForm(forms, shorter, generic, false, placeTestAndNameCutsCache) && shorter.type == EntityType.ORG) {
                linkToOneLongerForm(forms, shorter, generic, true, placeTestAndNameCutsCache);
            }
        }
        linkOwnWordAndHead(forms, placeTestAndNameCutsCache);
    }

    /**
     * Whether an earlier rule tied {@code form} to a longer Chinese name (a Latin gloss does not count) that is
     * not written inside {@code surface}, character by character: 美驻华使馆, already 美国驻华大使馆's, is no
     * abbreviation of 美国驻华使领馆 too; 信阳公安, tied to 信阳市公安, may still be 信阳市公安局's.
     */
    private static boolean tiedToAnotherName(List<Form> forms, Form form, String surface) {
        return forms.stream().anyMatch(f -> f != form && f.root() == form.root() && hasHan(f.key)
                && f.key.length() > form.key.length() && !isSubsequence(f.key, surface));
    }

    /** Whether the characters of {@code part} are in {@code whole} in that order. */
    private static boolean isSubsequence(String part, String whole) {
        int at = 0;
        for (int i = 0; i < whole.length() && at < part.length(); i++) {
            if (whole.charAt(i) == part.charAt(at)) {
                at++;
            }
        }
        return at == part.length();
    }

    /**
     * Ties an organization named by its own word and its head alone (青苗学校 of 北京青苗国际双语学校, 鸿达集团
     * of 长春鸿达高新技术集团, 墨卡托研究中心 of 柏林墨卡托中国研究中心, 抖音有限公司 of 北京抖音信息服务有限公司) to
     * the one longer name the text writes with that word somewhere before that head and more between them.
     * A place's site likewise (拉什莫尔纪念公园 of 拉什莫尔山国家纪念公园), only with status words between
     * ({@link #isSiteStatus}) and a site's head ({@link #isSiteHead}).
     * The word and the head are two characters or more and the word no place (中国科学院 is not 中国社会科学院);
     * a form already tied to another stays as it is (协和医院 ends 北京协和医院, so 上海协和国际医院 does not
     * take it), and with two such longer names the short one names neither for sure. Nor a longer name whose
     * words between make it another body ({@link #namesAnotherBody}: 中国科学院高能物理研究所, not 中国科学院物理研究所).
     */
    private static void linkOwnWordAndHead(List<Form> forms, Predicate<String> isPlace) {
        Map<Form, Integer> rootSizes = new HashMap<>();
        forms.forEach(f -> rootSizes.merge(f.root(), 1, Integer::sum));
        for (Form shorter : forms) {
            if (shorter.type != EntityType.ORG && shorter.type != EntityType.LOC || shorter.key.length() < 4 || !isHan(shorter.key)
                    || shorter.key.indexOf('·') >= 0 || rootSizes.get(shorter.root()) != 1 || GENERIC_HEADS.contains(shorter.key)) {
                continue;
            }
            Set<Form> owners = new HashSet<>();
            Form owner = null;
            for (Form longer : forms) {
                if (longer.type != shorter.type || longer == shorter || !isHan(longer.key)) {
                    continue;
                }
                for (String surface : longer.written) {
                    if (hasOwnWordAndHead(shorter.key, surface, isPlace, shorter.type)) {
                        if (owners.add(longer.root())) {
                            owner = longer;
                        }
                        break;
                    }
                }
            }
            if (owners.size() == 1) {
                union(owner, shorter);
            }
        }
    }

    /**
     * Whether {@code s} starts with a place of two or more characters ending in an administrative word (吉林省 of
     * 吉林省政府): a local body's; not a country (柏林墨卡托中国研究中心 studies China).
     */
    private static boolean startsWithPlace(String s, Predicate<String> isPlace) {
        for (int end = 2; end <= s.length(); end++) {
            if (PLACE_ENDS.indexOf(s.charAt(end - 1)) >= 0
                    && (isPlace.test(s.substring(0, end)) || end >= 3 && isPlace.test(s.substring(0, end - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code shorter} is a word of {@code longer} and its head, with more of {@code longer} between them. */
    private static boolean hasOwnWordAndHead(String shorter, String longer, Predicate<String> isPlace,
                                             EntityType type) {
        if (longer.length() < shorter.length() + 2 || longer.contains(shorter)) {
            return false;
        }
        for (int cut = 2; cut <= shorter.length() - 2; cut++) {
            String word = shorter.substring(0, cut);
            String head = shorter.substring(cut);
            if (!longer.endsWith(head) || isPlace.test(word) || type == EntityType.LOC && !isSiteHead(head)) {
                continue;
            }
            int at = longer.indexOf(word);
            if (at >= 0 && at + word.length() < longer.length() - head.length()
                    && !startsWithPlace(longer.substring(at + word.length(), longer.length() - head.length()), isPlace)
                    && !namesAnotherBody(word, longer.substring(at + word.length(), longer.length() - head.length()), head, at, isPlace)
                    && (type != EntityType.LOC || at == 0 && isSiteStatus(longer.substring(word.length(), longer.length() - head.length())))) {
                return true;   // not a place's body between them (中共吉林省政府 beside 中共政府)
            }
        }
        return false;
    }

    /** Organization words of units named after a field of study (研究所 of 物理研究所; {@code field-unit-heads.txt}). */
    private static final List<String> FIELD_UNIT_HEADS = resourceLines("/org/zhextract/resolve/field-unit-heads.txt").stream()
            .map(String::strip).toList();

    /** Words that say a unit belongs to the organization before them (复旦大学附属华山医院; {@code affiliation-words.txt}). */
    private static final List<String> AFFILIATION_WORDS = resourceLines("/org/zhextract/resolve/affiliation-words.txt").stream()
            .map(String::strip).toList();

    /** Last characters of a body of its own written between an organization and its unit (上海医学院; {@code body-ends.txt}). */
    private static final String BODY_ENDS = String.join("", resourceLines("/org/zhextract/resolve/body-ends.txt").stream()
            .map(String::strip).toList());

    /** Last characters of a lower administrative unit (高新区, 金水区, 本溪市; {@code lower-unit-ends.txt}). */
    private static final String LOWER_UNIT_ENDS = String.join("", resourceLines("/org/zhextract/resolve/lower-unit-ends.txt").stream()
            .map(String::strip).toList());

    /** HanLP's tags of proper nouns (肯尼迪/nr, 光华/nz, 五道口/nz): a word with one may be a unit's own name. */
    private static final List<String> PROPER_NOUN_TAGS = List.of("nr", "ns", "nt", "nz", "nx");

    /**
     * Whether the words {@code between} that a longer name writes between {@code word} and the head make it
     * another body than the short name, not the same one written in full:
     * - a word that is only places and words of scope (郑州市), with a lower administrative unit between
     *   (郑州市高新区民族宗教局 is a district's bureau, 郑州市宗教局 the city's; 辽宁省本溪市检察院 a city's); other
     *   words inserted there are the same body's full name (郑州市民族宗教局, 美国国家交通运输安全委员会,
     *   中央人民广播电台);
     * - a word that starts with an organization's whole name, written from the longer name's start (中国科学院,
     *   北京大学), whose unit is a field and an organization word (物理研究所; 化学研究所 after 中国科学院化学), with a
     *   modifier of that field between written in plain dictionary words (高能, 国际, 物理 of 化学物理研究所):
     *   中国科学院高能物理研究所 is another institute than 中国科学院物理研究所, after a place or not (上海有机 of
     *   中国科学院上海有机化学研究所, not 中国科学院化学研究所). A unit's own name between (肯尼迪,
     *   光华, 安泰 of 上海交通大学安泰经济与管理学院) is the same school's, and so is a parent body between
     *   (复旦大学上海医学院公共卫生学院, 复旦大学公共卫生学院).
     * A first field joined by a conjunction (联合国粮食及农业组织, 杭州市规划和自然资源局) counts as neither: such
     * names are written short with the last field alone.
     */
    private static boolean namesAnotherBody(String word, String between, String head, int at,
                                            Predicate<String> isPlace) {
        if (placesAndScopeOnly(word, isPlace)) {
            return startsWithLowerUnit(between);
        }
        if (at != 0) {
            return false;
        }
        // the parent is the longest front of the word that is an organization's whole name (中国科学院 of
        // 中国科学院化学); the rest of the word is the start of the unit's own name (化学 of 化学研究所)
        int parentEnd = 0;
        for (int end = word.length(); end >= 2; end--) {
            String front = word.substring(0, end);
            if (GENERIC_HEADS.stream().anyMatch(front::endsWith)) {
                parentEnd = end;
                break;
            }
        }
        if (parentEnd == 0) {
            return false;
        }
        String unit = word.substring(parentEnd) + head;
        // a unit named after a field (物理 of 物理研究所): the words between narrow that field; a bare organization
        // word (委员会 of 国家留学基金委员会) has none to narrow, nor a unit named otherwise (文化遗产委员会)
        boolean unitNamedByField = FIELD_UNIT_HEADS.stream().anyMatch(h -> unit.endsWith(h) && unit.length() > h.length());
        // a place before the modifier says where the other unit is (上海有机 of 中国科学院上海有机化学研究所, not
        // 中国科学院化学研究所); a place alone between is the same unit's (中国科学院武汉病毒研究所)
        return unitNamedByField && isPlainWords(withoutPlace(between, isPlace)) && !tiesTheUnitToTheWord(between, isPlace);
    }

    /**
     * Whether {@code shorter} is {@code longer} with one run of words left out whose presence makes {@code longer}
     * another body ({@link #namesAnotherBody}): 中国科学院生物研究所 is no word abbreviation of
     * 中国科学院生物物理研究所 though its words are that name's, in order.
     */
    private static boolean leavesOutWordsOfAnotherBody(String shorter, String longer, Predicate<String> isPlace) {
        int inserted = longer.length() - shorter.length();
        for (int cut = 2; cut <= shorter.length() - 2 && inserted > 0; cut++) {
            if (longer.startsWith(shorter.substring(0, cut)) && longer.endsWith(shorter.substring(cut))
                    && namesAnotherBody(shorter.substring(0, cut), longer.substring(cut, cut + inserted), shorter.substring(cut), 0, isPlace)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code between} starts with a lower administrative unit of three characters or more (高新区, 本溪市). */
    private static boolean startsWithLowerUnit(String between) {
        for (int end = 3; end <= between.length(); end++) {
            if (LOWER_UNIT_ENDS.indexOf(between.charAt(end - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code s} cuts, longest word first, into HanLP dictionary words of two characters or more, none
     * tagged as a proper noun: a modifier (高能, 国际, 物理), not a unit's own name (肯尼迪/nr, 光华/nz, 五道口/nz, or
     * 安泰, 凯原, 高瓴, which the dictionary lacks) nor a field joined by a conjunction (亚太与).
     */
    private static boolean isPlainWords(String s) {
        if (s.isEmpty()) {
            return true;
        }
        for (int end = Math.min(s.length(), 4); end >= 2; end--) {
            List<String> tags = CoreWords.tags(s.substring(0, end));
            if (!tags.isEmpty()) {
                boolean proper = tags.stream().anyMatch(t -> PROPER_NOUN_TAGS.stream().anyMatch(t::startsWith));
                return !proper && isPlainWords(s.substring(end));
            }
        }
        return false;
    }

    /**
     * Whether {@code between}, written between an organization and its unit, only says where the unit lies
     * or whose it is, after an affiliation word or not: a parent body (上海医学院 of 复旦大学上海医学院公共卫生学院),
     * a place (江西 of 中国安能集团江西南昌分公司) or an affiliation word alone (附属 of 复旦大学附属华山医院).
     */
    private static boolean tiesTheUnitToTheWord(String between, Predicate<String> isPlace) {
        String rest = AFFILIATION_WORDS.stream().filter(between::endsWith).findFirst()
                .map(w -> between.substring(0, between.length() - w.length())).orElse(between);
        return rest.isEmpty() || GENERIC_HEADS.stream().anyMatch(rest::endsWith)
                || BODY_ENDS.indexOf(rest.charAt(rest.length() - 1)) >= 0 || placesAndScopeOnly(rest, isPlace);
    }

    /**
     * Whether {@code word} is made of places, with their administrative words or not (郑州市 of 郑州市宗教局, not
     * 郑州市高新区民族宗教局), and {@link #SCOPE_WORDS} only (美国国家, 中国中央).
     */
    private static boolean placesAndScopeOnly(String word, Predicate<String> isPlace) {
        if (word.isEmpty()) {
            return true;
        }
        for (int end = word.length(); end >= 2; end--) {
            String front = word.substring(0, end);
            boolean place = isPlace.test(front)
                    || end >= 3 && PLACE_ENDS.indexOf(front.charAt(end - 1)) >= 0 && isPlace.test(front.substring(0, end - 1));
            if ((SCOPE_WORDS.contains(front) || place) && placesAndScopeOnly(word.substring(end), isPlace)) {
                return true;
            }
        }
        return false;
    }

    /** Words between a site's own word and its head that its short name leaves out ({@code site-status-words.txt}). */
    private static final List<String> SITE_STATUS_WORDS = resourceLines("/org/zhextract/resolve/site-status-words.txt").stream()
            .map(String::strip).sorted(Comparator.comparingInt(String::length).reversed()).toList();

    /** Whether {@code between} is made of {@link #SITE_STATUS_WORDS} only (山国家 of 拉什莫尔山国家纪念公园). */
    private static boolean isSiteStatus(String between) {
        if (between.isEmpty()) {
            return true;
        }
        return SITE_STATUS_WORDS.stream().anyMatch(w -> between.startsWith(w) && isSiteStatus(between.substring(w.length())));
    }

    /**
     * Whether a place's head names a site (纪念碑, 纪念公园, 机场), not a country, region or subdivision: 刚果共和国
     * is not 刚果民主共和国, nor 中东地区 中东北非地区.
     */
    private static boolean isSiteHead(String head) {
        char last = head.charAt(head.length() - 1);
        return last != '国' && PLACE_ENDS.indexOf(last) < 0 && !head.endsWith("地区") && !head.endsWith("地带")
                && !head.endsWith("一带") && !head.endsWith("特区");
    }

    /**
     * Ties a unit named after its body's abbreviation to the one named after the body's full name
     * (浙大社会学系 and 浙江大学社会学系, 工行北京分行 and 中国工商银行北京分行): the same unit name
     * after a short name that {@link #isWordAbbreviation} takes for the longer one, or after two names
     * that already name one body (世卫驻华代表处 and 世卫组织驻华代表处: 世卫 and 世卫组织 are both the gazetteer's
     * 世界卫生组织). Otherwise a bare 驻华代表处 in a headline finds the two units as two owners and joins neither.
     */
    private static void linkAbbreviatedOwners(List<Form> forms, NameCuts isPlace) {
        // each organization's surface to its form, so that two names of one body (世卫 and 世卫组织, both the
        // gazetteer's 世界卫生组织) own one unit (世卫驻华代表处, 世卫组织驻华代表处)
        Map<String, Form> bodyOf = new HashMap<>();
        for (Form f : forms) {
            if (f.type == EntityType.ORG) {
                f.surfaces.stream().filter(EntityResolver::isHan).forEach(surface -> bodyOf.putIfAbsent(surface, f));
            }
        }
        for (Form a : forms) {
            if (a.type != EntityType.ORG || !isHan(a.key) || a.key.length() < 4) {
                continue;
            }
            // only one owner: 华师心理学院 beside 华东师范大学心理学院 and 华南师范大学心理学院 names neither for sure
            Set<Form> owners = new LinkedHashSet<>();
            for (Form b : forms) {
                if (b.type != EntityType.ORG || b.root() == a.root() || b.key.length() <= a.key.length() || !isHan(b.key)) {
                    continue;
                }
                for (int cut = 2; a.key.length() - cut >= 2; cut++) {
                    String unit = a.key.substring(cut);
                    if (!b.key.endsWith(unit) || GENERIC_HEADS.contains(unit)) {
                        continue;
                    }
                    String own = a.key.substring(0, cut);
                    String longerOwn = b.key.substring(0, b.key.length() - unit.length());
                    Form body = bodyOf.get(own);
                    Form longerBody = bodyOf.get(longerOwn);
                    if (cut <= 3 && isWordAbbreviation(own, longerOwn, isPlace)
                            || body != null && longerBody != null && body.root() == longerBody.root()) {
                        owners.add(b.root());
                        break;
                    }
                }
            }
            if (owners.size() == 1) {
                union(owners.iterator().next(), a);
            }
        }
    }

    /** A trade word that ties a company's short name alone to its name but no two names together (中信国际, 中信集团). */
    private static final String SUBSIDIARY_TRADE_WORD = "国际";

    /**
     * Ties organizations that are one short name before trade words and legal forms only, maybe
     * after a place (安邦集团, 安邦保险集团, 中国安邦保险集团, 安邦保险集团股份有限公司; 华为公司 and
     * 华为技术有限公司): one company, so the short name alone (安邦) has one owner. Another word
     * after the short name makes another company (华为终端有限公司, 安邦人寿), and a common word is
     * no short name (国际航空公司, 国际电子公司). 国际 after the short name ({@link #SUBSIDIARY_TRADE_WORD}) ends a
     * subsidiary's name as often as the company's (中信国际 beside 中信集团, 中银国际): it ties the short name
     * alone to the one name it fits (中芯 of 中芯国际), never two names together.
     */
    private static void linkCompanyNames(List<Form> forms, Predicate<String> isPlace) {
        Map<String, Form> byShortName = new HashMap<>();
        // Han names: short name, then the place written before it ("" for none), then the forms
        Map<String, Map<String, List<Form>>> byShortNameAndPlace = new LinkedHashMap<>();
        for (Form f : forms) {
            if (f.type == EntityType.ORG) {
                // a Latin name before trade words and a legal form (Prognos咨询公司, Prognos公司): the name is the company's
                Matcher latin = LATIN_BEFORE_HAN.matcher(f.key);
                if (latin.matches() && isTradeAndLegalForm(latin.group(2), 2)) {
                    Form other = byShortName.putIfAbsent(latinKey(latin.group(1)), f);
                    if (other != null) {
                        union(other, f);
                    }
                    continue;
                }
            }
            if (f.type != EntityType.ORG || !isHan(f.key)) {
                continue;
            }
            String name = withoutPlace(f.key, isPlace);
            // the place the name starts with tells companies apart (重庆燃气集团, 成都燃气集团)
            String place = f.key.substring(0, f.key.length() - name.length());
            for (int end = 2; end < name.length(); end++) {
                String shortName = name.substring(0, end);
                // a common word (国际, 平安) starts many companies' names (国际航空公司, 国际电子公司;
                // 平安保险, 平安银行): a short name is no word of HanLP's or one it tags a name (华为/nt, 安邦/nrf)
                if (!GENERIC_HEADS.contains(shortName) && !isPlace.test(shortName)
                        && (!CoreWords.isDictionaryWord(shortName) || CoreWords.tags(shortName).stream().anyMatch(
                                t -> t.startsWith("nt") || t.startsWith("nz") || t.startsWith("nr") || t.equals("j")))
                        && isCompanyShortName(shortName, name) && !name.startsWith(shortName + SUBSIDIARY_TRADE_WORD)) {
                    byShortNameAndPlace.computeIfAbsent(shortName, k -> new LinkedHashMap<>())
                            .computeIfAbsent(place, k -> new ArrayList<>()).add(f);
                    break;
                }
            }
        }
        // one company when one place or none is written before the short name; with two places
        // (重庆燃气集团股份有限公司, 成都燃气集团股份有限公司) each place's forms are a company and a form
        // without a place names neither for sure
        for (Map<String, List<Form>> byPlace : byShortNameAndPlace.values()) {
            long places = byPlace.keySet().stream().filter(p -> !p.isEmpty()).count();
            List<List<Form>> companies = places <= 1 ? List.of(byPlace.values().stream().flatMap(List::stream).toList())
                    : byPlace.entrySet().stream().filter(e -> !e.getKey().isEmpty()).map(Map.Entry::getValue).toList();
            for (List<Form> company : companies) {
                company.forEach(f -> union(company.get(0), f));
            }
        }
    }

    /**
     * Ties {@code shorter} to the one longer form whose surface it is a short form of (or, with
     * {@code abbreviations}, a word abbreviation of), unless the text glosses it otherwise;
     * whether any longer form fits at all.
     */
    private boolean linkToOneLongerForm(List<Form> forms, Form shorter, boolean generic, boolean abbreviations,
                                        NameCuts isPlace) {
        Set<Form> owners = new HashSet<>();
        Set<Form> glossedOtherwise = new HashSet<>();
        // owners the text writes with the short name at its end (锦州社保局; not 中国共产党 known only as 中共's full name)
        Set<Form> writtenOwners = new HashSet<>();
        // owners found only by their name written short (美国证监会 of 美国证券交易委员会) or by a company's name
        // with 国际 (中信国际): they yield to another owner (中国证监会 takes 证监会, 中信集团 takes 中信)
        Set<Form> weakOwners = new HashSet<>();
        Set<Form> strongOwners = new HashSet<>();
        Form owner = null;
        String ownerSurface = null;
        Map<Form, String> surfaceOfOwner = new HashMap<>();
        // a relative named after a kinship word (第一夫人梅拉尼娅·川普) is no owner of the family name, but
        // leaves it to another dotted name only (no bad span such as 拜登若当 takes 拜登 instead)
        boolean relative = false;
        for (Form longer : forms) {
            if (longer.type != shorter.type || longer == shorter || longer.root() == shorter.root()) {
                continue;
            }
            Optional<String> surface = (generic ? longer.written : longer.surfaces).stream()
                    .filter(s -> s.length() > shorter.key.length()
                    // a periodical named in 《》 alone (《科学》杂志) is no short form of a body whose name holds its
                    // title between other words (波士顿科学公司: Boston Scientific); an outlet's name ending in it
                    // (纽约邮报 of 《邮报》) or an abbreviation (环时) still is
                    && !(shorter.onlyAsWholeTitle && isInsideAfterAndBefore(shorter.key, s))
                    && !(shorter.type == EntityType.ORG && (isEdition(shorter.key, s) || isPartyOfSubdivision(shorter.key, s)))
                    && (abbreviations ? (isWordAbbreviation(shorter.key, s, isPlace) || isWordByWordAbbreviation(shorter.key, s, isPlace))
                                        && !writtenShortOtherwise(shorter.key, s) && !tiedToAnotherName(forms, shorter, s)
                                        && !(shorter.type == EntityType.ORG && leavesOutWordsOfAnotherBody(shorter.key, s, isPlace))
                        : longer.shortened.contains(s)
                        // a name written short is one only a shorter name ends (not 中国政府 of 中国人民政府网 → 中国政府网)
                        ? s.endsWith(shorter.key) && isHan(shorter.key) && !isHostedIn(shorter.key, s)
                          && s.charAt(s.length() - shorter.key.length() - 1) != '驻'
                          && (!isPlace.test(s.substring(0, s.length() - shorter.key.length()))
                              || PLACE_ENDS.indexOf(shorter.key.charAt(0)) >= 0)
                        : (isShortForm(shorter.type, shorter.key, s)
                        || shorter.type == EntityType.ORG && isCompanyShortName(shorter.key, isPlace.withoutPlace(s)))
                        && !(shorter.key.length() > 3 && s.contains(shorter.key + SUBSIDIARY_TRADE_WORD) && !s.endsWith(shorter.key))
                        || endsOnceWrittenShort(shorter, s)))
                    .findFirst();
            if (surface.isEmpty()
                    || shorter.type == EntityType.PERSON && goesByGivenName(forms, shorter, longer, surface.get())
                    || shorter.type == EntityType.PERSON && isJuniorWithoutTheTitle(forms, shorter, longer, surface.get())
                    || !abbreviations && describedOnce(forms, shorter, longer, surface.get(), isPlace)) {
                continue;
            }
            boolean kin = shorter.type == EntityType.PERSON && longer.namedAsKin && surface.get().indexOf('·') > 0
                    && lastDottedPart(surface.get()).equals(shorter.key);
            if (kin && longer.kinOfTheFamilyName) {
                relative = true;   // 川普和第一夫人梅拉尼娅·川普: 川普 is not she
                continue;
            }
            boolean weak = longer.shortened.contains(surface.get()) || endsOnceWrittenShort(shorter, surface.get())
                    || shorter.type == EntityType.ORG
                    && surface.get().contains(shorter.key + SUBSIDIARY_TRADE_WORD) && !surface.get().endsWith(shorter.key);
            (weak ? weakOwners : strongOwners).add(longer.root());
            if (owners.add(longer.root())) {
                owner = longer;
                ownerSurface = surface.get();
                surfaceOfOwner.put(longer.root(), surface.get());
            }
            if (longer.written.contains(surface.get())) {
                writtenOwners.add(longer.root());
            }
            if (kin || shorter.type == EntityType.PERSON && (glossedOtherwise(shorter, longer) || kinOf(shorter, longer, surface.get()))
                    || shorter.type == EntityType.ORG && isPartyInLegislature(shorter.key, surface.get())) {
                glossedOtherwise.add(longer.root());
            }
        }
        weakOwners.removeAll(strongOwners);   // one of its forms fits the short name as written
        if (owners.size() > 1 && !weakOwners.isEmpty() && !weakOwners.containsAll(owners)) {
            owners.removeAll(weakOwners);
            if (weakOwners.contains(owner.root())) {
                owner = owners.iterator().next();
                ownerSurface = "";   // only organizations have shortened surfaces: no kinship check needs it
            }
        }
        if (owners.size() > 1 && shorter.type == EntityType.PERSON) {
            Form titled = onlyOwnerWithTheTitleOf(forms, shorter, owners, glossedOtherwise);
            if (titled != null) {
                owners = Set.of(titled);
                owner = titled;
                ownerSurface = surfaceOfOwner.get(titled);
            }
        }
        if (owners.size() > 1 && shorter.type == EntityType.ORG) {
            owner = leadingOwner(forms, owners);
            owner = owner != null && writtenOwners.contains(owner) ? owner : null;
            ownerSurface = "";
        }
        if (owner != null && (owners.size() == 1 || shorter.type == EntityType.ORG) && !glossedOtherwise.contains(owner.root())
                && (!relative || ownerSurface.indexOf('·') > 0)) {
            union(owner, shorter);
        }
        return !owners.isEmpty() || relative;
    }

    /**
     * Whether the organization {@code shorter}, written with its words short ({@code word-forms.txt}), ends {@code longer}
     * as a short name ends its full name while it does not as written: 驻港国家安全公署 is 驻港国安公署, the end of
     * 中央政府驻港国安公署. Such an owner is weak: it yields to one the name as written fits.
     */
    private static boolean endsOnceWrittenShort(Form shorter, String longer) {
        if (shorter.type != EntityType.ORG || !isHan(shorter.key) || longer.endsWith(shorter.key)) {
            return false;
        }
        // a name of one word written short (参议院 → 参院) ends spoilt spans as well (好奇参院): only longer names
        String shortened = shorter.keyWrittenShort();
        return !shortened.equals(shorter.key) && shortened.length() >= 4 && longer.length() > shortened.length() && isHan(longer)
                && longer.endsWith(shortened) && !isHostedIn(shortened, longer)
                && longer.charAt(longer.length() - shortened.length() - 1) != '驻';
    }

    /**
     * Of several persons whose dotted names a family name alone ends (特朗普 of 玛丽·特朗普, 唐纳德·特朗普, 弗雷德·特朗普 in an
     * article on the family), the one the text gives the same title as the family name (总统特朗普 … 总统唐纳德·特朗普); null
     * when none or more than one does, or the text glosses that one otherwise. A title is the same when one ends the
     * other (美国总统, 总统): two persons of one family rarely hold one office in one article, and when they do (前总统布什,
     * 前总统乔治·H·W·布什, 前总统乔治·W·布什) both share it and neither is chosen. A title held before is not one held now
     * ({@link HeldTitle}: 时任总统哈菲兹·阿萨德 … 总统阿萨德), and the one sharing it must share the title of most of the family
     * name's titled mentions ({@link #mostTitledMentionsShare}).
     */
    private static Form onlyOwnerWithTheTitleOf(List<Form> forms, Form shorter, Set<Form> owners, Set<Form> glossedOtherwise) {
        // titles held before (时任总统哈菲兹·阿萨德) are not the office the family name alone holds now (总统阿萨德)
        Set<HeldTitle> titles = shorter.heldTitles();
        if (titles.isEmpty()) {
            return null;
        }
        Form titled = null;
        boolean titledByMost = false;
        for (Form candidate : owners) {
            Set<HeldTitle> candidateTitles = new HashSet<>();
            forms.stream().filter(f -> f.root() == candidate).forEach(f -> candidateTitles.addAll(f.heldTitles()));
            if (sharesTitle(candidateTitles, titles)) {
                if (titled != null) {
                    return null;
                }
                titled = candidate;
                titledByMost = mostTitledMentionsShare(shorter, candidateTitles);
            }
        }
        return titled == null || !titledByMost || glossedOtherwise.contains(titled) ? null : titled;
    }

    /** Whether a title of {@code these} names the office of one of {@code those} ({@link #sameTitle}). */
    private static boolean sharesTitle(Collection<HeldTitle> these, Collection<HeldTitle> those) {
        return these.stream().anyMatch(t -> those.stream().anyMatch(t::sameOfficeAs));
    }

    /**
     * Whether most of the titled mentions of {@code shorter} (a family name alone) have a title of {@code personsTitles}:
     * one shared title among others is not enough (美国总统特朗普 … 顾问特朗普 … 顾问伊万卡·特朗普: the president is not the
     * adviser; 肯尼迪总统 … 主编肯尼迪 beside 总统约翰·肯尼迪 and his son the editor). Held before or now alike: an article
     * writes one person 时任副总统拜登 and 副总统拜登 ({@link #sharesTitle} has told the times apart already).
     */
    private static boolean mostTitledMentionsShare(Form shorter, Set<HeldTitle> personsTitles) {
        long titled = shorter.mentions.stream().filter(m -> !m.titles().isEmpty()).count();
        long sharing = shorter.mentions.stream().filter(m -> m.titles().stream()
                .anyMatch(own -> personsTitles.stream().anyMatch(t -> sameTitle(t.title(), own)))).count();
        return 2 * sharing > titled;
    }

    /**
     * Whether {@code longer} is a junior's dotted name (小唐纳德·川普, Donald Trump Jr.) of which {@code shorter} is the family
     * name, and the family name alone has titles none of the junior's forms shares (总统川普): then it is the father, not
     * the son. A junior with the title (总统小约瑟夫·R·拜登), or a family name without any, keeps it.
     */
    private static boolean isJuniorWithoutTheTitle(List<Form> forms, Form shorter, Form longer, String longerSurface) {
        Set<String> titles = shorter.titles();
        if (titles.isEmpty() || !longerSurface.startsWith("小") || longerSurface.indexOf('·') < 0
                || !lastDottedPart(longerSurface).equals(shorter.key)) {
            return false;
        }
        Form person = longer.root();
        Set<HeldTitle> personsTitles = new HashSet<>();
        forms.stream().filter(f -> f.root() == person).forEach(f -> personsTitles.addAll(f.heldTitles()));
        return !sharesTitle(personsTitles, shorter.heldTitles());
    }

    /** Words before a title that make it another office or another time of it (副, 前, 代理; {@code title-modifiers.txt}). */
    private static final List<String> TITLE_MODIFIERS = resourceLines("/org/zhextract/resolve/title-modifiers.txt").stream()
            .map(String::strip).toList();

    /**
     * Whether two titles name one office: equal, or one ends the other after words of place or body only (美国总统,
     * 总统); not after a modifier (副总统, 美国前总统 are not 总统: {@link #TITLE_MODIFIERS}). A one-character title is too loose.
     */
    private static boolean sameTitle(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return false;
        }
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (!longer.endsWith(shorter)) {
            return false;
        }
        String before = longer.substring(0, longer.length() - shorter.length());
        // at either end of the words between, not inside a word of them (代 of 现代汽车总裁)
        return TITLE_MODIFIERS.stream().noneMatch(w -> before.startsWith(w) || before.endsWith(w));
    }

    /** How many more mentions the leading owner of an organization's short name needs than all the others together. */
    private static final int LEAD = 3;

    /**
     * Of several organizations a short name fits, the one the text names at least {@link #LEAD}
     * times, and {@link #LEAD} times as often as all the others together (锦州社保局 ×9 against
     * 凌海社保局 ×1: the article is about it, and its 社保局 ×10 are that one); null without such a
     * lead. The caller also wants the text to write the leader's name with the short name at its
     * end: 共产党 beside 中共 ×5 (whose full name only the gazetteer gives) and 法国共产党 ×1 is
     * more often any communist party (共产党员, 共产党国家) than the one the text abbreviates.
     */
    private static Form leadingOwner(List<Form> forms, Set<Form> owners) {
        Map<Form, Integer> mentions = new HashMap<>();
        for (Form f : forms) {
            if (owners.contains(f.root())) {
                mentions.merge(f.root(), f.mentions.size(), Integer::sum);
            }
        }
        Form lead = null;
        int total = 0;
        for (Map.Entry<Form, Integer> e : mentions.entrySet()) {
            total += e.getValue();
            if (lead == null || e.getValue() > mentions.get(lead)) {
                lead = e.getKey();
            }
        }
        int others = total - mentions.get(lead);
        return mentions.get(lead) >= LEAD && mentions.get(lead) >= LEAD * others ? lead : null;
    }

    /** How often a short organization name must stand alone for a once-written longer name not to take it. */
    private static final int OFTEN_ALONE = 5;

    /** Words of scope before an organization's name that belong to it (国家卫健委, 全国人大; {@code scope-words.txt}). */
    private static final Set<String> SCOPE_WORDS = Set.copyOf(resourceLines("/org/zhextract/resolve/scope-words.txt")
            .stream().map(String::strip).toList());

    /**
     * Whether {@code longer}, written once, is {@code shorter} after a common noun or adjective of
     * HanLP's dictionary that is no place, no organization and no word of scope, while the text writes {@code shorter} alone at least
     * {@link #OFTEN_ALONE} times: 网络孔子学院 (a WeChat account) beside 孔子学院 ×11 is
     * something else of that name, not the one the text keeps naming. A place (美国国务院), an
     * organization (北大中文系) or a scope word (国家卫健委, 全国人大) before it is its name.
     */
    private boolean describedOnce(List<Form> forms, Form shorter, Form longer, String surface,
                                  Predicate<String> isPlace) {
        if (shorter.type != EntityType.ORG || longer.mentions.size() != 1 || shorter.mentions.size() < OFTEN_ALONE
                || !surface.endsWith(shorter.key) || !longer.written.contains(surface)) {
            return false;
        }
        String prefix = surface.substring(0, surface.length() - shorter.key.length());
        // one common noun or adjective (网络): a verb before the name spoils its span (判决虹亚公司), and
        // a word HanLP does not know may be a place it lacks (佛州优步)
        String tag = CoreWords.isDictionaryWord(prefix) ? CoreWords.mainTag(prefix) : "";
        if (!(tag.equals("n") || tag.equals("a") || tag.equals("b"))) {
            return false;
        }
        if (prefix.length() < 2 || !isHan(prefix) || isPlace.test(prefix) || lexicon.isPlace(prefix)
                || SCOPE_WORDS.stream().anyMatch(prefix::endsWith)
                || ORGANIZATION_PLACE_ENDS.indexOf(prefix.charAt(prefix.length() - 1)) >= 0 && isPlace.test(prefix.substring(0, prefix.length() - 1))
                || CoreWords.tags(prefix).stream().anyMatch(t -> t.startsWith("ns") || t.startsWith("nt") || t.equals("j"))) {
            return false;
        }
        for (Form f : forms) {
            if (f.type == EntityType.ORG && f.surfaces.stream().anyMatch(prefix::startsWith)) {
                return false;   // 北大中文系: an organization's part
            }
        }
        return true;
    }

    /**
     * An abbreviation HanLP's core dictionary saw this often stands for a national body of its
     * own (人大 138, 政协 307), not for whichever longer name fits it (中国人民大学); 一汽 3,
     * 工行 9, 中科院 18.
     */
    private static final int FREQUENT_ABBREVIATION = 50;

    /**
     * 一汽 of 中国第一汽车集团, 工行 of 中国工商银行: an abbreviation of two or three characters,
     * HanLP's dictionary tags it one (j) or does not know it (or tags it a proper name only, 中大/nz,
     * and the text writes it after the longer name's place: 香港中大), and its characters come one each
     * from words one after another of the longer name, from its first word after any places
     * (第一|汽车 of 中国|第一|汽车|集团; 工商|银行 of 中国工商银行, not 中行 of 中国人民银行 nor
     * 立委 of 立法院外交及国防委员会); not the start of the name (印军 of 印军边境部队). Not a word of its own (国会 is no short form of 国家安全会议),
     * a frequent abbreviation (人大 is not 中国人民大学) nor an organization word alone. A short form
     * HanLP knows as a proper name only or not at all may also take its first character from the
     * place before those words ({@link #placeAbbreviation}: 亚航 of 亚洲航空), and a place before
     * the abbreviation is the longer name's own (香港会展 of 香港|会议|展览|中心).
     */
    private static boolean isWordAbbreviation(String shorter, String longer, NameCuts isPlace) {
        return isWordAbbreviation(shorter, longer, isPlace, false);
    }

    /** With {@code afterPlace}, the text wrote the short form after the longer name's place (香港中大). */
    private static boolean isWordAbbreviation(String shorter, String longer, NameCuts isPlace,
                                              boolean afterPlace) {
        String shortName = isPlace.withoutPlace(shorter);
        if (shortName.length() < shorter.length()) {
            String place = shorter.substring(0, shorter.length() - shortName.length());
            return longer.startsWith(place) && isWordAbbreviation(shortName, longer.substring(place.length()), isPlace, true);
        }
        if (shorter.length() < 2 || shorter.length() > 3 || !isHan(shorter) || !isHan(longer) || longer.indexOf('·') >= 0
                || longer.length() < shorter.length() + 2 || GENERIC_HEADS.contains(shorter)) {
            return false;
        }
        // HanLP's dictionary knows it as a proper name only (港铁/nz, 中大/nz, 陆委会/nt) or not at all;
        // such a name of words taken one character each is one only after the longer name's place
        // (香港中大 of 香港中文大学; 国安/nz in 基于国安考量 is no 国家安全委员会)
        boolean properName = !CoreWords.isDictionaryWord(shorter)
                || CoreWords.tags(shorter).stream().allMatch(t -> t.startsWith("nz") || t.startsWith("nt"));
        if (CoreWords.isDictionaryWord(shorter) && CoreWords.frequency(shorter) >= FREQUENT_ABBREVIATION) {
            return false;
        }
        if (CoreWords.isDictionaryWord(shorter) && !CoreWords.tags(shorter).contains("j") && !(properName && afterPlace)) {
            return properName && (placeAbbreviation(shorter, longer, isPlace) || firstCharacters(shorter, longer, isPlace, true));
        }
        // a name's first characters are the short-name rules' business (印军 of 印军边境部队)
        NameWords name = NameWords.of(shorter, longer, isPlace, 4);
        return name != null && (consecutiveWords(shorter, name.words(), name.first())
                || firstCharacters(shorter, longer, isPlace, false)
                || properName && placeAbbreviation(shorter, longer, isPlace));
    }

    /**
     * 福彩发行管理中心 of 福利彩票发行管理中心, 基民盟 of 基督教|民主|联盟, 农商行 of 农商|银行, 驻港国安公署 of
     * (中国)驻港|国家|安全|公署, 石油出口组织 of 石油|出口国|组织: a short form of three characters or more that every
     * word of the longer name (cut into dictionary words of at most four characters) gives something, in order
     * ({@link #shortWordForms}). A short form that starts with a place is compared after the longer name's place,
     * which must start with it (北京疾控中心 of 北京市…, 中国广电总局 of 中国大陆…); one that does not may also take its
     * first characters from the longer name's place. No word may be left out: 中科院 is not 中国|社会|科学院's, 美国会
     * not 美国|国家|委员会's, 卫生部 not 卫生|福利部's. A word HanLP's dictionary knows as anything but an
     * abbreviation (j) is a name of its own: 民主党 is not 民主派政党, 社会民主党 not 瑞典社会民主工党.
     */
    private static boolean isWordByWordAbbreviation(String shorter, String longer, NameCuts isPlace) {
        if (shorter.length() < 3 || !isHan(shorter) || !isHan(longer) || longer.length() <= shorter.length()
                || longer.contains(shorter) || GENERIC_HEADS.contains(shorter)
                || CoreWords.isDictionaryWord(shorter) && (CoreWords.frequency(shorter) >= FREQUENT_ABBREVIATION
                    || !CoreWords.tags(shorter).contains("j"))) {
            return false;
        }
        String shortPlace = isPlace.leadingPlace(shorter);
        String longPlace = isPlace.leadingPlace(longer);
        if (!shortPlace.isEmpty()) {
            String shortName = shorter.substring(shortPlace.length());
            return longPlace.startsWith(shortPlace) && shortName.length() >= 2
                    && givesEveryWord(shortName, 0, isPlace.dictionaryWords(longer.substring(longPlace.length()), 4), 0);
        }
        return givesEveryWord(shorter, 0, isPlace.dictionaryWords(longer, 4), 0)
                || !longPlace.isEmpty() && givesEveryWord(shorter, 0, isPlace.dictionaryWords(longer.substring(longPlace.length()), 4), 0);
    }

    /** The longest place {@code name} starts with, short of the whole name; "" without one. */
    private static String leadingPlace(String name, Predicate<String> isPlace) {
        for (int end = name.length() - 1; end >= 2; end--) {
            if (isPlace.test(name.substring(0, end))) {
                return name.substring(0, end);
            }
        }
        return "";
    }

    /** Whether {@code shorter} from {@code at} is one of {@link #shortWordForms} of every word from {@code word} on. */
    private static boolean givesEveryWord(String shorter, int at, List<String> words, int word) {
        if (word == words.size()) {
            return at == shorter.length();
        }
        for (String form : shortWordForms(words.get(word), word == words.size() - 1)) {
            if (shorter.startsWith(form, at) && givesEveryWord(shorter, at + form.length(), words, word + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What one word of a name gives its short form: the word whole or its first character; of a word of three
     * characters its first two or its first and last too (出口国 → 出口, 共产党 → 共党); of a last word of two characters its last one too, the head
     * (银行 → 行, 法院 → 院), but not of a longer last word (福利部 → 部 leaves 福利 out). A word of four characters
     * is two words of two, each giving something (公共卫生 → 公卫, 民主联盟 → 民盟).
     */
    private static List<String> shortWordForms(String word, boolean last) {
        if (word.length() == 4) {
            List<String> forms = new ArrayList<>();
            for (String first : shortWordForms(word.substring(0, 2), false)) {
                for (String second : shortWordForms(word.substring(2), last)) {
                    forms.add(first + second);
                }
            }
            return forms;
        }
        List<String> forms = new ArrayList<>(List.of(word, word.substring(0, 1)));
        if (word.length() == 3) {
            forms.add(word.substring(0, 2));
            forms.add(word.substring(0, 1) + word.charAt(2));
        } else if (word.length() == 2 && last) {
            forms.add(word.substring(1));
        }
        return forms;
    }

    /**
     * A longer name without its leading place ({@link #withoutPlace}), cut into dictionary words of at
     * most {@code longest} characters, and the index of its first word that is no place: the opening
     * the abbreviation tests share.
     */
    private record NameWords(String name, List<String> words, int first) {

        /** Null when the name without its place starts with {@code shorter} (the short-name rules' case). */
        static NameWords of(String shorter, String longer, NameCuts isPlace, int longest) {
            String name = isPlace.withoutPlace(longer);
            if (name.startsWith(shorter)) {
                return null;
            }
            List<String> words = isPlace.dictionaryWords(name, longest);
            int first = 0;
            while (first < words.size() - 1 && isPlace.test(words.get(first))) {
                first++;
            }
            return new NameWords(name, words, first);
        }
    }

    /**
     * Whether {@code shorter} is the first characters of consecutive words of {@code longer} after its
     * places, the name cut into words of at most two characters (中|情|局 of 中央|情报|局, 欧|委|会 of
     * 欧盟|委员|会, whose longest words 情报局 and 委员会 would give one character too few); with {@code whole},
     * of every word (a proper name of HanLP's, 中情局/nz, is the whole name's, but 国安/nz leaves 委员会 of
     * 国家|安全|委员|会 out).
     */
    private static boolean firstCharacters(String shorter, String longer, NameCuts isPlace,
                                           boolean whole) {
        NameWords nameWords = NameWords.of(shorter, longer, isPlace, 2);
        if (nameWords == null) {
            return false;
        }
        List<String> words = nameWords.words();
        int first = nameWords.first();
        if (words.size() - first < shorter.length() || whole && words.size() - first != shorter.length()) {
            return false;
        }
        for (int i = 0; i < shorter.length(); i++) {
            if (words.get(first + i).charAt(0) != shorter.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * 亚航 of 亚洲航空, 港铁 of 香港铁路有限公司: an abbreviation whose first character comes from the
     * place before the name's words and whose others are those words' first characters.
     */
    private static boolean placeAbbreviation(String shorter, String longer, NameCuts isPlace) {
        NameWords nameWords = NameWords.of(shorter, longer, isPlace, 4);
        if (nameWords == null) {
            return false;
        }
        String name = nameWords.name();
        List<String> words = nameWords.words();
        int first = nameWords.first();
        // the place right before the name's words gives the first character (亚洲|航空, 中国|香港|大学),
        // the rest the first characters of the next words of at most two characters (美军 is not
        // 美国|空军's, 国航 not 中国|民航局's), leaving at most a head such as 公司 or 有限公司 (not
        // 亚洲航空与中国国有金融公司, a coordination); the caller wants HanLP to know the short form as a
        // proper name or not at all: its common nouns and abbreviations stand for more than one name
        // (美军/j,n, 俄军 beside the spoilt span 俄罗斯军事)
        String placeBefore = first > 0 ? words.get(first - 1) : longer.substring(0, longer.length() - name.length());
        if (placeBefore.isEmpty() || placeBefore.indexOf(shorter.charAt(0)) < 0) {
            return false;
        }
        List<String> rest = isPlace.dictionaryWords(String.join("", words.subList(first, words.size())), 2);
        if (rest.size() < shorter.length() - 1
                || String.join("", rest.subList(shorter.length() - 1, rest.size())).length() > ABBREVIATED_NAME_HEAD) {
            return false;
        }
        for (int i = 1; i < shorter.length(); i++) {
            if (rest.get(i - 1).charAt(0) != shorter.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** How many characters of a name may follow the words an abbreviation after a place takes (有限公司 of 香港铁路有限公司). */
    private static final int ABBREVIATED_NAME_HEAD = 4;

    /** Whether the characters of {@code shorter} come one each from {@code words} from {@code first} on. */
    private static boolean consecutiveWords(String shorter, List<String> words, int first) {
        if (words.size() - first < shorter.length()) {
            return false;
        }
        for (int i = 0; i < shorter.length(); i++) {
            if (words.get(first + i).indexOf(shorter.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code name} cut into the longest words of HanLP's core dictionary of at most {@code longest} characters,
     * from the left (中国|第一|汽车|集团 with 4).
     */
    private static List<String> dictionaryWords(String name, int longest) {
        List<String> words = new ArrayList<>();
        for (int at = 0; at < name.length(); ) {
            int length = Math.min(longest, name.length() - at);
            while (length > 1 && !CoreWords.isDictionaryWord(name.substring(at, at + length))) {
                length--;
            }
            words.add(name.substring(at, at + length));
            at += length;
        }
        return words;
    }

    /** A name without a place it starts with, of the text or the gazetteer (中国华为技术有限公司 → 华为技术有限公司). */
    private static String withoutPlace(String name, Predicate<String> isPlace) {
        for (int end = 2; end < name.length() - 1; end++) {
            if (isPlace.test(name.substring(0, end))) {
                return name.substring(end);
            }
        }
        return name;
    }

    /**
     * One document's test of places (the text's and the gazetteer's), with the cuts of names the short-form tests make
     * remembered: they test every shorter form against every longer one, and would otherwise cut each longer name
     * into its place and its dictionary words again for every shorter form. One per resolution of a document (the
     * text's places differ between documents); the cuts are pure functions of the name, so remembering them changes
     * no result.
     */
    private static final class NameCuts implements Predicate<String> {
        private final Predicate<String> isPlace;
        private final Map<String, String> withoutPlace = new HashMap<>();
        private final Map<String, String> leadingPlace = new HashMap<>();
        private final Map<Cut, List<String>> dictionaryWords = new HashMap<>();

        /** A name and the longest word it is cut into. */
        private record Cut(String name, int longest) {
        }

        NameCuts(Predicate<String> isPlace) {
            this.isPlace = isPlace;
        }

        @Override
        public boolean test(String name) {
            return isPlace.test(name);
        }

        /** {@link EntityResolver#withoutPlace}, remembered. */
        String withoutPlace(String name) {
            return withoutPlace.computeIfAbsent(name, n -> EntityResolver.withoutPlace(n, isPlace));
        }

        /** {@link EntityResolver#leadingPlace}, remembered. */
        String leadingPlace(String name) {
            return leadingPlace.computeIfAbsent(name, n -> EntityResolver.leadingPlace(n, isPlace));
        }

        /** {@link EntityResolver#dictionaryWords}, remembered; the list is shared, so callers only read it. */
        List<String> dictionaryWords(String name, int longest) {
            return dictionaryWords.computeIfAbsent(new Cut(name, longest),
                    cut -> Collections.unmodifiableList(EntityResolver.dictionaryWords(cut.name(), cut.longest())));
        }
    }

    /**
     * Whether the two forms carry different Latin glosses (拜登（Joe Biden）and 亨特·拜登（Hunter
     * Biden）): then they are two people, though the longer one still makes the shorter one
     * ambiguous among several.
     */
    private static boolean glossedOtherwise(Form shorter, Form longer) {
        Optional<String> own = shorter.latin();
        Optional<String> other = longer.latin();
        return own.isPresent() && other.isPresent() && !sameGlossedPerson(own.get(), other.get());
    }

    /**
     * Whether two Latin glosses can name one person: the same family name (the last word), and
     * every other word of one, middle initials aside, in the other (Jennifer A. Doudna and
     * Jennifer Doudna, Grevle and Knut Grevle; not Joe Biden and Hunter Biden).
     */
    private static boolean sameGlossedPerson(String a, String b) {
        List<String> x = glossWords(a);
        List<String> y = glossWords(b);
        if (x.isEmpty() || y.isEmpty() || !x.get(x.size() - 1).equals(y.get(y.size() - 1))) {
            return false;
        }
        return y.containsAll(x) || x.containsAll(y);
    }

    /** A gloss's words in lower case, without one-letter initials. */
    private static List<String> glossWords(String gloss) {
        return Arrays.stream(LATIN_SEPARATORS.matcher(gloss.toLowerCase(Locale.ROOT)).replaceAll(" ").strip().split(" "))
                .filter(w -> w.codePointCount(0, w.length()) > 1).toList();
    }

    /**
     * Whether {@code shorter} is the family name of the dotted name {@code longer} while the
     * document also calls that person by the given name alone (亨特·拜登 … 亨特), and something
     * says the family name alone is another member of the family: another dotted name with that
     * family name (乔·拜登), or a title the family name alone carries and the person's forms do
     * not (副总统拜登). Then the family name is not that person's. Without such a sign it is
     * (弗兰克‧加夫尼 … 加夫尼说 … 弗兰克，感谢您; 凯拉·穆勒 … 凯拉 … 穆勒), nor when the family name alone has a title
     * the person has too (总统特朗普, 总统唐纳德·特朗普 … 唐纳德).
     */
    private static boolean goesByGivenName(List<Form> forms, Form shorter, Form longer, String longerSurface) {
        int dot = longerSurface.indexOf('·');
        if (dot <= 0 || !lastDottedPart(longerSurface).equals(shorter.key)) {
            return false;
        }
        String given = longerSurface.substring(0, dot);
        Set<HeldTitle> personsTitles = new HashSet<>(longer.heldTitles());
        boolean givenAlone = false;
        boolean otherMember = false;
        for (Form f : forms) {
            if (f.type != EntityType.PERSON) {
                continue;
            }
            if (f.key.equals(given)) {
                givenAlone = true;
                personsTitles.addAll(f.heldTitles());
            }
            otherMember |= f.surfaces.stream().anyMatch(s -> s.indexOf('·') > 0
                    && lastDottedPart(s).equals(shorter.key) && !s.substring(0, s.indexOf('·')).equals(given));
        }
        // the family name alone with a title the person holds too is that person whatever else the family is called
        // (总统特朗普 … 总统唐纳德·特朗普 … 唐纳德, beside 玛丽·特朗普)
        // … when most of its titled mentions have it (肯尼迪总统 … 主编肯尼迪: the editor is the son, not the president)
        boolean sameTitle = sharesTitle(personsTitles, shorter.heldTitles()) && mostTitledMentionsShare(shorter, personsTitles);
        return givenAlone && !sameTitle && (otherMember || !personsTitles.containsAll(shorter.heldTitles()));
    }

    /**
     * Whether {@code shorter}, the family name of the dotted name {@code longer}, stands right
     * before a kinship word and that person (拜登之子亨特·拜登, 拜登的儿子亨特): then it is another
     * member of the family. The dotted name still makes the family name ambiguous: the text says
     * who 拜登 is not, not who he is.
     */
    private static boolean kinOf(Form shorter, Form longer, String longerSurface) {
        int dot = longerSurface.indexOf('·');
        if (dot <= 0 || !lastDottedPart(longerSurface).equals(shorter.key)) {
            return false;
        }
        String given = longerSurface.substring(0, dot);
        for (Form kin : shorter.kinNamedNext) {
            if (kin == longer || kin.root() == longer.root() || kin.key.equals(given)) {
                return true;
            }
        }
        return false;
    }

    /** What follows the last dot of a dotted name (克林顿 of 希拉里·克林顿). */
    private static String lastDottedPart(String name) {
        return name.substring(name.lastIndexOf('·') + 1);
    }

    /** What joins a Latin name's words (Alexei Navalny, J.R.R. Tolkien, O'Brien, Lilge-Stodieck). */
    private static final Pattern NAME_PUNCTUATION = Pattern.compile("[ .'’-]");

    static boolean isShortForm(EntityType type, String shorter, String longer) {
        return switch (type) {
            case PERSON -> longer.indexOf('·') > 0 && (lastDottedPart(longer).equals(shorter)
                    || longer.substring(0, longer.indexOf('·')).equals(shorter)
                    || shorter.indexOf('·') > 0 && longer.endsWith("·" + shorter))
                    || shorter.length() == 2 && longer.length() == 4 && longer.startsWith(shorter) && isHan(longer)
                    || isLatinWord(shorter) && longer.endsWith(" " + shorter) && isLatinWord(NAME_PUNCTUATION.matcher(longer).replaceAll(""));
            case ORG -> longer.endsWith(shorter) && isHan(shorter) && !isHostedIn(shorter, longer)
                    || isLatin(shorter) && (longer.startsWith(shorter)
                        || longer.endsWith(shorter) && isHan(longer.substring(0, longer.length() - shorter.length())))
                    || isCompanyShortName(shorter, longer) || isEmbassyWithoutPlace(shorter, longer);
            case EVENT -> longer.endsWith(shorter) || longer.startsWith(shorter) && shorter.length() >= 3;
            case LOC -> false;
        };
    }

    /**
     * 法国大使馆 of 中国驻法国大使馆: the embassy of the country after 驻 is another embassy (a
     * consulate goes by the city it is in: 休斯顿使馆 of 中共驻休斯顿使馆 is the same).
     */
    private static boolean isHostedIn(String shorter, String longer) {
        return shorter.endsWith("大使馆") && longer.length() > shorter.length()
                && longer.charAt(longer.length() - shorter.length() - 1) == '驻';
    }

    /** Legislatures whose members of a party are not the party (美国参议院共和党 is not 共和党). */
    private static final List<String> LEGISLATURES = List.of("参议院", "众议院", "参院", "众院", "国会", "议会", "立法会");

    /**
     * 共和党 of 美国参议院共和党, 民主党 of 参议院民主党: a party's members in a legislature. The
     * longer name still makes the party's name ambiguous (a bad span such as 资深共和党 beside it
     * is no better an owner).
     */
    private static boolean isPartyInLegislature(String shorter, String longer) {
        if (!shorter.endsWith("党") || !longer.endsWith(shorter)) {
            return false;
        }
        String before = longer.substring(0, longer.length() - shorter.length());
        return LEGISLATURES.stream().anyMatch(before::endsWith);
    }

    /** Administrative words that end a state, province, city or county (加州, 亚利桑那州, 广东省). */
    private static final String SUBDIVISION_ENDS = "州省市县区";

    /**
     * 共和党 of 加州共和党, 亚利桑那州共和党: a party's branch in a state, province or city, not
     * the party. No owner of the party's name at all (美国共和党 beside it still is).
     */
    private static boolean isPartyOfSubdivision(String shorter, String longer) {
        if (!shorter.endsWith("党") || !longer.endsWith(shorter) || longer.length() - shorter.length() < 2) {
            return false;
        }
        String before = longer.substring(0, longer.length() - shorter.length());
        return isHan(before) && SUBDIVISION_ENDS.indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    /**
     * 大纪元 of 香港大纪元: an outlet's name after a place or another word is a regional edition
     * or another paper ({@code outlet-editions.txt}), not the outlet's full name.
     */
    private static boolean isEdition(String shorter, String longer) {
        return OUTLET_EDITIONS.contains(shorter) && longer.endsWith(shorter) && longer.length() > shorter.length();
    }

    /** Legal forms that end a company's registered name, longest first. */
    private static final List<String> LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "集团有限公司",
            "控股有限公司", "集团股份有限公司", "集团股份公司", "集团公司", "控股集团", "有限公司", "股份公司", "公司", "集团", "控股", "大学");
    /**
     * Words for a company's trade that may stand between its short name and its legal form or end
     * its name ({@code trade-words.txt}: 技术, 制药, 网), longest first.
     */
    private static final List<String> TRADE_WORDS = resourceLines("/org/zhextract/resolve/trade-words.txt").stream()
            .map(String::strip).sorted(Comparator.comparingInt(String::length).reversed()).toList();

    /**
     * 华为 of 华为技术有限公司, 微软 of 微软公司, 美国瀚德汽车 of 美国瀚德汽车控股有限公司, 哈佛 of
     * 哈佛大学, 辉瑞 of 辉瑞制药, 育碧 of 育碧软体娱乐公司, 新浪 of 新浪网: the longer name is the short
     * one, at most two words for its trade and a legal form (or 大学), or one or two trade words
     * alone. Any other word makes another company (中国人寿资产管理有限公司, 维维股份原控股子公司).
     */
    private static boolean isCompanyShortName(String shorter, String longer) {
        // a party is no company: 中国共产党新闻网 is the party's outlet
        if (shorter.length() < 2 || !isHan(shorter) || !longer.startsWith(shorter) || shorter.endsWith("党")) {
            return false;
        }
        return isTradeAndLegalForm(longer.substring(shorter.length()), 2);
    }

    /** Whether {@code rest} is up to {@code trades} trade words and maybe a legal form, and not empty. */
    private static boolean isTradeAndLegalForm(String rest, int trades) {
        if (LEGAL_FORMS.contains(rest)) {
            return true;
        }
        for (String trade : TRADE_WORDS) {
            if (trades > 0 && rest.startsWith(trade)
                    && (rest.length() == trade.length() || isTradeAndLegalForm(rest.substring(trade.length()), trades - 1))) {
                return true;
            }
        }
        return false;
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
            Map.entry("县", "县"), Map.entry("区", "区"), Map.entry("州", "州"), Map.entry("都", "都"),
            Map.entry("盟", "盟"), Map.entry("镇", "镇"), Map.entry("乡", "乡"));

    /**
     * Ties a place to the same place with an administrative word: 江苏 and 江苏省, 香港 with
     * 香港特区 and 香港特别行政区, 捷克 and 捷克共和国. Words of one level (特区, 特别行政区) tie
     * to each other; the bare name ties to them only when one level is in the text (吉林 stays
     * alone beside 吉林省 and 吉林市), and a known city's name with 州 is a state of its own
     * (纽约州, 华盛顿州). 共和国 and 地区 name no level of their own; an autonomous region,
     * prefecture or county is its place without the people's name (凉山彝族自治州 of 凉山,
     * 新疆维吾尔自治区 of 新疆). A place written after the places it lies in (云南瑞丽市,
     * 广东省深圳市, 吉林省吉林市) or after 前 (前苏联) counts as the rest of it, and neither names
     * the entity (it goes into {@code junk}); not a gazetteer's place (沙特阿拉伯, 阿拉伯).
     */
    private void linkPlaceLevels(List<Form> forms, Set<String> junk) {
        Map<String, Form> bare = new HashMap<>();
        for (Form f : forms) {
            if (f.type == EntityType.LOC) {
                bare.putIfAbsent(f.key, f);
            }
        }
        // each place with the key it counts as: its own, and the rest after the places it lies in
        List<Map.Entry<Form, String>> keys = new ArrayList<>();
        for (Form f : forms) {
            if (f.type != EntityType.LOC) {
                continue;
            }
            keys.add(Map.entry(f, f.key));
            // a gazetteer's place is one name (沙特阿拉伯 is not 阿拉伯 in 沙特)
            String inner = f.known() || lexicon.isPlace(f.key) ? null : withoutEnclosingPlaces(f.key, bare);
            if (inner != null) {
                keys.add(Map.entry(f, inner));
                if (!isCommonNoun(inner)) {
                    // the place names itself without those it lies in (瑞丽市 of 云南瑞丽市); a common
                    // noun (动物园 of 奥克兰动物园) names it only with them
                    f.written.forEach(w -> junk.add(EntityType.LOC + "\u0000" + w));
                }
                Form same = bare.get(inner);
                if (same != null) {
                    union(same, f);
                } else {
                    bare.putIfAbsent(inner, f);
                }
            }
        }
        Map<String, Map<String, List<Form>>> byBase = new LinkedHashMap<>();
        for (Map.Entry<Form, String> entry : keys) {
            Form f = entry.getKey();
            String key = entry.getValue();
            String autonomous = autonomousBase(key, bare);
            if (autonomous != null) {
                String word = key.substring(key.lastIndexOf("自治"));
                byBase.computeIfAbsent(autonomous, k -> new LinkedHashMap<>())
                        .computeIfAbsent(word.equals("自治区") ? "自治区" : word.substring(2), k -> new ArrayList<>()).add(f);
                continue;
            }
            for (Map.Entry<String, String> level : PLACE_LEVELS) {
                if (!key.endsWith(level.getKey())) {
                    continue;
                }
                String base = key.substring(0, key.length() - level.getKey().length());
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

    /** Administrative words that a place inside an organization's name may go without (宜兴市法院, 宜兴法院). */
    private static final String ORGANIZATION_PLACE_ENDS = "省市县";

    /**
     * Ties organizations whose names differ only in the administrative words of the places they
     * start with (宜兴市法院 and 宜兴法院, 江苏省宜兴市法院 and 江苏宜兴法院, 纽约市卫生局 and
     * 纽约卫生局), and an organization after the places it lies in to the one after more of them
     * (青岛市胸科医院, 山东青岛胸科医院) when that one is the only such. Not a place the text writes
     * with two administrative words (吉林省法院, 吉林市法院), and never 州 (纽约州卫生局 is the state's)
     * nor 区 (香港区议会 is the District Council).
     */
    private void linkOrganizationsByPlaceWords(List<Form> forms) {
        Map<String, Form> bare = new HashMap<>();
        for (Form f : forms) {
            if (f.type == EntityType.LOC) {
                bare.putIfAbsent(f.key, f);
            }
        }
        // the administrative words the text writes after each place, in places and organizations
        Map<String, Set<Character>> levels = new HashMap<>();
        Map<Form, List<String[]>> chains = new HashMap<>();
        for (Form f : forms) {
            if (f.type == EntityType.LOC && f.key.length() >= 3 && isHan(f.key)
                    && ORGANIZATION_PLACE_ENDS.indexOf(f.key.charAt(f.key.length() - 1)) >= 0) {
                levels.computeIfAbsent(f.key.substring(0, f.key.length() - 1), k -> new HashSet<>())
                        .add(f.key.charAt(f.key.length() - 1));
            } else if (f.type == EntityType.ORG && isHan(f.key) && f.key.indexOf('·') < 0) {
                List<String[]> chain = leadingPlaces(f.key, bare);
                if (!chain.isEmpty()) {
                    chains.put(f, chain);
                    for (String[] place : chain) {
                        if (!place[1].isEmpty()) {
                            levels.computeIfAbsent(place[0], k -> new HashSet<>()).add(place[1].charAt(0));
                        }
                    }
                }
            }
        }
        if (chains.isEmpty()) {
            return;
        }
        // each organization without the administrative words of its places (江苏宜兴法院 of 江苏省宜兴市法院)
        Map<Form, String> plain = new LinkedHashMap<>();
        Map<Form, String> inner = new HashMap<>();
        chains.forEach((f, chain) -> {
            StringBuilder b = new StringBuilder();
            int length = 0;
            for (String[] place : chain) {
                if (levels.getOrDefault(place[0], Set.of()).size() > 1) {
                    return;   // 吉林省 and 吉林市 both in the text: which one 吉林法院 is, is unknown
                }
                b.append(place[0]);
                length += place[0].length() + place[1].length();
            }
            String rest = f.key.substring(length);
            String[] last = chain.get(chain.size() - 1);
            // words written short are the same words (武汉卫健委, 武汉市卫生健康委员会), unless the short
            // form takes the place in (香港政府 → 港府), which the rules below read off the front
            plain.put(f, shortWordsAfter(chain.get(0)[0], b + rest));
            inner.put(f, shortWordsAfter(last[0], last[0] + rest));
        });
        Map<String, Form> byPlain = new HashMap<>();
        plain.forEach((f, p) -> {
            Form same = byPlain.putIfAbsent(p, f);
            if (same != null) {
                union(same, f);
            }
        });
        // 青岛胸科医院 (of 青岛市胸科医院) is 山东青岛胸科医院 when no other organization ends with it
        plain.forEach((f, p) -> {
            String own = inner.get(f);
            if (!own.equals(p)) {
                return;   // f is the one after more places
            }
            Set<Form> owners = new HashSet<>();
            Form owner = null;
            for (Map.Entry<Form, String> other : plain.entrySet()) {
                if (other.getValue().length() > own.length() && other.getValue().endsWith(own)
                        && placesOnly(chains.get(other.getKey()), other.getValue().substring(0, other.getValue().length() - own.length()))
                        && owners.add(other.getKey().root())) {
                    owner = other.getKey();
                }
            }
            if (owners.size() == 1 && owner.root() != f.root()) {
                union(owner, f);
            }
        });
        // a unit named after its place without the parent bureau between them (北京海淀分局 of
        // 北京市公安局海淀分局, 北京羊坊店派出所 of 北京市公安局海淀分局羊坊店派出所): the same unit
        plain.forEach((f, p) -> {
            String place = chains.get(f).get(0)[0];
            String unit = p.substring(place.length());
            if (unit.length() < 3 || GENERIC_HEADS.contains(unit)) {
                return;
            }
            Set<Form> owners = new HashSet<>();
            Form owner = null;
            for (Map.Entry<Form, String> other : plain.entrySet()) {
                String o = other.getValue();
                if (o.length() > p.length() && o.startsWith(place) && o.endsWith(unit)) {
                    String parent = o.substring(place.length(), o.length() - unit.length());
                    if (parent.length() >= 2 && PARENT_BODY_ENDS.indexOf(parent.charAt(parent.length() - 1)) >= 0
                            && owners.add(other.getKey().root())) {
                        owner = other.getKey();
                    }
                }
            }
            if (owners.size() == 1 && owner.root() != f.root()) {
                union(owner, f);
            }
        });
    }

    /** Last characters of a parent body that a unit's name may leave out after its place (公安局, 教育厅). */
    private static final String PARENT_BODY_ENDS = "局厅";

    /** Whether {@code prefix} is the first places of {@code chain}, without administrative words (山东 of 山东青岛胸科医院; not 中国驻). */
    private static boolean placesOnly(List<String[]> chain, String prefix) {
        StringBuilder b = new StringBuilder();
        for (String[] place : chain) {
            b.append(place[0]);
            if (b.toString().equals(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The places a name starts with, each as {place, its administrative word or ""} (江苏省宜兴市法院:
     * {江苏, 省}, {宜兴, 市}), leaving at least two characters of the name; empty when it starts with
     * none. A place is one of the text, the gazetteer or HanLP's dictionary.
     */
    private List<String[]> leadingPlaces(String key, Map<String, Form> bare) {
        List<String[]> chain = new ArrayList<>();
        int at = 0;
        while (true) {
            String[] found = null;
            for (int end = Math.min(key.length() - 2, at + 6); end >= at + 2 && found == null; end--) {
                String s = key.substring(at, end);
                char last = s.charAt(s.length() - 1);
                if (ORGANIZATION_PLACE_ENDS.indexOf(last) >= 0 && s.length() >= 3 && isKnownPlace(s.substring(0, s.length() - 1), bare)) {
                    found = new String[] {s.substring(0, s.length() - 1), String.valueOf(last)};
                } else if (isKnownPlace(s, bare) && !(ORGANIZATION_PLACE_ENDS.indexOf(last) >= 0
                        && isKnownPlace(s.substring(0, s.length() - 1), bare))) {
                    found = new String[] {s, ""};
                }
            }
            if (found == null) {
                return chain;
            }
            chain.add(found);
            at += found[0].length() + found[1].length();
        }
    }

    /** Peoples' names without 族 that stand before 自治区, 自治州 or 自治县 (新疆维吾尔自治区). */
    private static final List<String> PEOPLES = List.of("维吾尔", "哈萨克", "蒙古", "柯尔克孜", "塔吉克", "锡伯");

    /**
     * The place of an autonomous region, prefecture, county or banner (凉山 of 凉山彝族自治州,
     * 新疆 of 新疆维吾尔自治区) when the text names it alone, else null.
     */
    private static String autonomousBase(String key, Map<String, Form> bare) {
        int at = key.lastIndexOf("自治");
        if (at < 2 || key.length() != at + 3 || "区州县旗".indexOf(key.charAt(at + 2)) < 0 || !isHan(key)) {
            return null;
        }
        for (int end = at - 1; end >= 2; end--) {
            if (bare.containsKey(key.substring(0, end)) && isPeople(key.substring(end, at))) {
                return key.substring(0, end);
            }
        }
        return null;
    }

    /** 彝族, 维吾尔: the name of a people, as it stands before 自治区. */
    private static boolean isPeople(String name) {
        return name.endsWith("族") || PEOPLES.contains(name);
    }

    /** Whether {@code key} is a place, a people and 自治区, 自治州, 自治县 or 自治旗 (新疆维吾尔自治区, 凉山彝族自治州). */
    private static boolean isAutonomousOfAPeople(String key) {
        int at = key.lastIndexOf("自治");
        if (at < 3 || key.length() != at + 3) {
            return false;
        }
        for (int end = at - 1; end >= 2; end--) {
            if (isPeople(key.substring(end, at))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A place written after the places it lies in, without them, when the text names it so
     * (瑞丽市 of 云南瑞丽市, 岷县 of 甘肃岷县; 深圳市 of 广东省深圳市 beside 深圳): the places
     * before it are places of the text, the gazetteer or HanLP's dictionary (maybe with an
     * administrative word: 广东省), and what is left is two characters or more that the text
     * writes as a place, maybe with an administrative word. 前苏联 is 苏联. Null when none.
     */
    /** A common noun of HanLP's core dictionary that is never a place's name there (动物园, 广场; not 瑞丽). */
    private static boolean isCommonNoun(String word) {
        return CoreWords.isDictionaryWord(word) && CoreWords.mainTag(word).equals("n")
                && CoreWords.tags(word).stream().noneMatch(t -> t.startsWith("ns") || t.startsWith("nr"));
    }

    private String withoutEnclosingPlaces(String key, Map<String, Form> bare) {
        if (!isHan(key) || key.indexOf('·') >= 0) {
            return null;
        }
        if (key.startsWith("前") && key.length() >= 3 && bare.containsKey(key.substring(1))) {
            return key.substring(1);
        }
        if (isAutonomousOfAPeople(key)) {
            return null;   // 新疆维吾尔自治区 is not 维吾尔自治区 in 新疆
        }
        for (int end = 2; end <= key.length() - 2; end++) {
            String rest = key.substring(end);
            if (!isPlaceChain(key.substring(0, end), bare) || !namedPlace(rest, bare)) {
                continue;
            }
            return rest;
        }
        return null;
    }

    /** Whether {@code rest} is a place of the text, or one with an administrative word (深圳市 beside 深圳). */
    private static boolean namedPlace(String rest, Map<String, Form> bare) {
        if (bare.containsKey(rest)) {
            return true;
        }
        for (Map.Entry<String, String> level : PLACE_LEVELS) {
            if (rest.endsWith(level.getKey()) && rest.length() - level.getKey().length() >= 2
                    && bare.containsKey(rest.substring(0, rest.length() - level.getKey().length()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} is one or more places one after another (云南, 广东省, 英国伦敦). */
    private boolean isPlaceChain(String s, Map<String, Form> bare) {
        if (isEnclosingPlace(s, bare)) {
            return true;
        }
        for (int end = 2; end <= s.length() - 2; end++) {
            if (isEnclosingPlace(s.substring(0, end), bare) && isPlaceChain(s.substring(end), bare)) {
                return true;
            }
        }
        return false;
    }

    private boolean isEnclosingPlace(String s, Map<String, Form> bare) {
        if (s.length() < 2) {
            return false;
        }
        if (isKnownPlace(s, bare)) {
            return true;
        }
        char last = s.charAt(s.length() - 1);
        String base = s.substring(0, s.length() - 1);
        return "省市县州区".indexOf(last) >= 0 && base.length() >= 2 && isKnownPlace(base, bare);
    }

    /** A place of the text, the gazetteer or HanLP's dictionary (any of its tags a place's). */
    private boolean isKnownPlace(String s, Map<String, Form> bare) {
        return bare.containsKey(s) || lexicon.isPlace(s) || CoreWords.tags(s).stream().anyMatch(t -> t.startsWith("ns"));
    }

    /**
     * A state's or province's two-character short form (加州, 维州, 德州, 安省): a first character and 州 or 省
     * ({@link #isStateShortForm}), tied to the one place in the text of four or more characters that starts with it
     * and ends in that word, or
     * that a gazetteer or HanLP's dictionary knows with 州 after it (加利福尼亚, 宾夕法尼亚: news writes the state's name
     * without its 州 as often as with it; 俄罗斯联邦 is no 俄罗斯联邦州, so 俄州 stays apart).
     * Short forms a gazetteer knows are cities (广州, 杭州) and stay apart.
     */
    private void linkStateShortForms(List<Form> forms) {
        for (Form shorter : forms) {
            if (shorter.type != EntityType.LOC || shorter.known()) {
                continue;
            }
            Set<Form> owners = new HashSet<>();
            Form owner = null;
            for (Form longer : forms) {
                if (longer.type == EntityType.LOC && isStateShortForm(shorter.key, longer.key) && owners.add(longer.root())) {
                    owner = longer;
                }
            }
            if (owners.size() == 1) {
                union(owner, shorter);
            }
        }
    }

    /**
     * Whether {@code shorter} is a state's or province's two-character short form (加州, 安省: a first character and
     * 州 or 省) of {@code longer}, a name of four or more characters with that first character that ends with the
     * same word or that the gazetteer or HanLP's dictionary knows with it (加利福尼亚).
     */
    private boolean isStateShortForm(String shorter, String longer) {
        if (shorter.length() != 2 || !isHan(shorter) || "州省".indexOf(shorter.charAt(1)) < 0) {
            return false;
        }
        String level = shorter.substring(1);
        return longer.length() >= 4 && isHan(longer) && longer.charAt(0) == shorter.charAt(0)
                && (longer.endsWith(level) || isKnownPlaceName(longer + level));
    }

    /** Whether the gazetteer or HanLP's dictionary (加利福尼亚州/ns) knows {@code name} as a place. */
    private boolean isKnownPlaceName(String name) {
        return lexicon.isPlace(name) || CoreWords.tags(name).stream().anyMatch(t -> t.startsWith("ns"));
    }

    /**
     * Ties person names that sound alike but for one character ({@link #soundsLikeTypo}: 普金,
     * 普京), and places of three or more transliteration characters that do (阿克赛钦, 阿克塞钦).
     */
    private void linkMisspellings(List<Form> forms) {
        for (int i = 0; i < forms.size(); i++) {
            Form a = forms.get(i);
            for (int j = i + 1; j < forms.size(); j++) {
                Form b = forms.get(j);
                if (a.type == b.type && a.root() != b.root()
                        && (a.type == EntityType.PERSON && soundsLikeTypo(a.key, b.key)
                            || a.type == EntityType.LOC && isTransliteratedPlace(a.key) && isSpeltOtherwise(b.key, Set.of(a.key)))) {
                    union(a, b);
                }
            }
        }
    }

    /**
     * A surname with an address word (胡女士, 蒋先生, 潘博士; {@code address-words.txt}) is the person of the one
     * Chinese full name of that surname in the document (胡友平): news names a person in full once and by
     * surname and address word after, or before. Not when two full names share the surname (陈水扁, 陈菊), nor
     * when the surname is written with a man's word and a woman's (陈先生, 陈女士: a second person). Full
     * names are two to four Han characters without a dot, not themselves an address form; surnames one or
     * two characters (欧阳女士).
     */
    private static void linkAddressForms(List<Form> forms) {
        Map<String, List<Form>> bySurname = new LinkedHashMap<>();
        Map<String, Set<String>> genders = new HashMap<>();
        Set<Form> addressForms = new HashSet<>();
        for (Form f : forms) {
            if (f.type != EntityType.PERSON) {
                continue;
            }
            addressSurname(f.key).ifPresent(s -> {
                addressForms.add(f);
                bySurname.computeIfAbsent(s, k -> new ArrayList<>()).add(f);
                genders.computeIfAbsent(s, k -> new HashSet<>()).add(ADDRESS_WORDS.get(f.key.substring(s.length())));
            });
        }
        for (Map.Entry<String, List<Form>> e : bySurname.entrySet()) {
            String surname = e.getKey();
            Set<String> g = genders.get(surname);
            if (g.contains("m") && g.contains("f")) {
                continue;
            }
            Set<Form> full = new LinkedHashSet<>();
            for (Form f : forms) {
                if (f.type == EntityType.PERSON && !addressForms.contains(f)
                        && f.written.stream().anyMatch(w -> isFullNameOf(w, surname))) {
                    full.add(f.root());
                }
            }
            if (full.size() == 1) {
                Form person = full.iterator().next();
                e.getValue().forEach(a -> union(person, a));
            }
        }
    }

    /**
     * Ties places written with two names of one line of {@code place-variants.txt} (南海 and 南中国海,
     * 维园 and 维多利亚公园): with both in the text, the short name is that place.
     */
    private static void linkPlaceVariants(List<Form> forms) {
        Map<String, Form> byPlace = new HashMap<>();
        for (Form f : forms) {
            String place = f.type == EntityType.LOC ? PLACE_VARIANTS.get(f.key) : null;
            if (place != null) {
                Form other = byPlace.putIfAbsent(place, f);
                if (other != null) {
                    union(other, f);
                }
            }
        }
    }

    /** Below this share of surname uses in HanLP's person-name dictionary a character starts no full name (晓 0.001, 文 0.08; 王 0.98). */
    private static final double RARE_SURNAME = 0.2;

    /**
     * A Chinese given name alone (晓宏, 晓波, 文亮) is the person of the one three-character full name of
     * the document that ends with it (徐晓宏, 刘晓波, 李文亮): essays and obituaries name a person in full and
     * then familiarly. Only a two-character form on its own (no other form joined it yet) whose first
     * character is seldom a surname ({@link #RARE_SURNAME}: 王毅 beside the spoilt span 王王毅 is a full name
     * itself), and a full name the text writes more than once (杨仁波 once, of 秋杨仁波切, beside 仁波 of 仁波切);
     * two such full names (刘晓波, 陈晓波) leave it apart.
     */
    private static void linkGivenNames(List<Form> forms) {
        Map<Form, Integer> rootSizes = new HashMap<>();
        forms.forEach(f -> rootSizes.merge(f.root(), 1, Integer::sum));
        // three-character full names by their given name (刘晓波 under 晓波), in text order: one look-up per given name
        Map<String, List<Form>> fullNamesByGivenName = new HashMap<>();
        for (Form full : forms) {
            if (full.type == EntityType.PERSON && full.key.length() == 3 && isHan(full.key) && addressSurname(full.key).isEmpty()
                    && CoreWords.surnameShare(full.key.charAt(0)) >= 1 - RARE_SURNAME) {
                fullNamesByGivenName.computeIfAbsent(full.key.substring(1), k -> new ArrayList<>()).add(full);
            }
        }
        for (Form given : forms) {
            if (given.type != EntityType.PERSON || given.key.length() != 2 || !isHan(given.key) || given.known()
                    || given.latin().isPresent() || rootSizes.get(given.root()) != 1
                    || CoreWords.surnameShare(given.key.charAt(0)) >= RARE_SURNAME) {
                continue;
            }
            Set<Form> owners = new HashSet<>();
            Form owner = null;
            for (Form full : fullNamesByGivenName.getOrDefault(given.key, List.of())) {
                if (owners.add(full.root())) {
                    owner = full;
                }
            }
            if (owners.size() == 1 && owner.mentions.size() >= 2) {
                union(owner, given);
            }
        }
    }

    /**
     * A person named by one Han character, a surname alone (the entity stage proposes one only opening a clause before a
     * speech verb or adverb: 赵表示, 区指, 江也), is the person of the one Chinese full name of that surname in the
     * document (赵家贤, 区诺轩): Hong Kong and overseas news name a person in full once and by surname after. Two full
     * names of that surname (陈水扁, 陈菊) leave it apart.
     */
    private static void linkSurnamesAlone(List<Form> forms) {
        for (Form alone : forms) {
            if (alone.type != EntityType.PERSON || alone.key.length() != 1 || !isHan(alone.key)) {
                continue;
            }
            Set<Form> full = new LinkedHashSet<>();
            for (Form f : forms) {
                if (f.type == EntityType.PERSON && f != alone && addressSurname(f.key).isEmpty()
                        && f.written.stream().anyMatch(w -> isFullNameOf(w, alone.key))) {
                    full.add(f.root());
                }
            }
            if (full.size() == 1) {
                union(full.iterator().next(), alone);
            }
        }
    }

    /** The surname of an address form (胡 of 胡女士, 欧阳 of 欧阳女士), if the key is one. */
    private static Optional<String> addressSurname(String key) {
        if (!isHan(key)) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> w : ADDRESS_WORDS.entrySet()) {
            int surname = key.length() - w.getKey().length();
            if (key.endsWith(w.getKey()) && (surname == 1 || surname == 2)) {
                return Optional.of(key.substring(0, surname));
            }
        }
        return Optional.empty();
    }

    private static boolean isFullNameOf(String name, String surname) {
        return isHan(name) && name.indexOf('·') < 0 && name.length() >= Math.max(2, surname.length() + 1) && name.length() <= 4
                && name.startsWith(surname);
    }

    /**
     * Three or more characters, all but at most one of transliterations, no dot (阿克塞钦, whose 钦
     * is none; not 福州市 beside 抚州市).
     */
    private boolean isTransliteratedPlace(String key) {
        return key.length() >= 3 && key.indexOf('·') < 0 && isHan(key)
                && key.chars().filter(c -> !lexicon.isTransliterationChar((char) c)).count() <= 1;
    }

    /** Whether {@code key} is a transliterated name that sounds like one of {@code places} but for one character. */
    private boolean isSpeltOtherwise(String key, Set<String> places) {
        return isTransliteratedPlace(key)
                && places.stream().anyMatch(p -> !p.equals(key) && isTransliteratedPlace(p) && soundsLikeTypo(key, p));
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

    private static final Pattern NOT_PINYIN_LETTER = Pattern.compile("[^a-zü]");

    /** A syllable with the distinctions many speakers (and typists) blur removed. */
    static String looseSyllable(String syllable) {
        String s = NOT_PINYIN_LETTER.matcher(syllable).replaceAll("");
        if (s.endsWith("ng")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.startsWith("zh") || s.startsWith("ch") || s.startsWith("sh")) {
            s = s.charAt(0) + s.substring(2);
        }
        return s;
    }

    /** One Latin word (Navalny, the family name of Alexei Navalny). */
    private static boolean isLatinWord(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(LatinLetters::isLatinLetter);
    }

    // The character tests below are plain loops, not streams: they run for every pair of forms the resolver compares,
    // and as streams (a pipeline and a lambda per call) they were about 1 % of the pipeline's CPU.

    /** Whether every character of {@code s} is ASCII (a name written in Latin letters, digits and signs). */
    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || !Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s} is not empty and every code point is a Han character or the interpunct (·). */
    private static boolean isHan(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (c != '·' && !isHanCodePoint(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** The first and last of the common CJK ideographs (U+4E00–U+9FFC), all of Unicode script HAN in Java 17. */
    private static final int COMMON_HAN_FIRST = 0x4E00;
    private static final int COMMON_HAN_LAST = 0x9FFC;

    /** {@code UnicodeScript.of(c) == HAN}, without its table search for the common ideographs most names are written in. */
    private static boolean isHanCodePoint(int c) {
        return c >= COMMON_HAN_FIRST && c <= COMMON_HAN_LAST || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static String normalize(String surface) {
        StringBuilder b = new StringBuilder(surface.length());
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            boolean spaceBesideDot = Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000';
            if (spaceBesideDot && (i > 0 && DOTS.indexOf(surface.charAt(i - 1)) >= 0
                    || i + 1 < surface.length() && DOTS.indexOf(surface.charAt(i + 1)) >= 0)) {
                continue; // 露丝·巴德· 金斯伯格 is 露丝·巴德·金斯伯格
            }
            b.append(DOTS.indexOf(c) >= 0 ? '·' : c);
        }
        return b.toString();
    }

    private static List<Entity> entities(List<Form> forms, Set<String> junk) {
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
            entities.add(entity("E" + (entities.size() + 1), ms, junk));
        }
        return entities;
    }

    private static Entity entity(String id, List<EntityMention> ms, Set<String> junk) {
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
        EntityType type = ms.get(0).type();
        // a form that is another after a word no name starts with (某哈佛大学) never names the entity
        boolean clean = frequency.keySet().stream().anyMatch(s -> hasHan(s) && !junk.contains(type + "\u0000" + variant(type, normalize(s))));
        String name = frequency.keySet().stream()
                .filter(EntityResolver::hasHan)
                .filter(s -> !clean || !junk.contains(type + "\u0000" + variant(type, normalize(s))))
                // a Chinese form before a Latin name with a Chinese word after it (阿斯利康, AstraZeneca公司)
                .max(Comparator.<String, Boolean>comparing(s -> !(s.charAt(0) < 0x80 && Character.isLetter(s.charAt(0))))
                        .thenComparingInt(s -> fullness(ms.get(0).type(), s))
                        .thenComparing(s -> s.indexOf('·') >= 0 || DOTS.chars().anyMatch(d -> s.indexOf(d) >= 0))
                        // the simplified spelling of a name written both ways (区诺轩, 區諾軒): the news is simplified
                        .thenComparing(s -> aliases.size() == 1 || ChineseScript.simplifiedName(s).equals(s))
                        .thenComparingInt(frequency::get)
                        .thenComparingInt(s -> -aliasOrder(aliases, s)))
                .orElse(ms.get(0).text());
        return new Entity(id, ms.get(0).type(), name, List.copyOf(aliases), latin, List.copyOf(titles), occurrences);
    }

    /**
     * How full a form is: its length, a name variant counted as the spelling it stands for (川普
     * is as full as 特朗普, so the one the article uses most names the entity).
     */
    private static int fullness(EntityType type, String form) {
        String spelt = variant(type, normalize(form));
        int length = spelt.codePointCount(0, spelt.length());
        // 胡女士 is no fuller than its surname: the full name 胡友平 names the entity
        return type == EntityType.PERSON ? addressSurname(spelt).map(String::length).orElse(length) : length;
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
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (isHanCodePoint(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
