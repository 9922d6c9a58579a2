package org.zhextract.entity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import org.zhextract.model.EntityType;
import org.zhextract.text.ResourceLines;
import org.zhextract.text.Surnames;

/**
 * The word lists of the entity stage: gazetteers (built-in and user dictionaries), title words,
 * organization and event suffixes, transliteration characters, surnames and filters. Loaded
 * once from {@code org/zhextract/entity/*.txt}; immutable and thread-safe.
 *
 * <pre>{@code
 * EntityLexicon lexicon = EntityLexicon.builtIn().withDictionary(Path.of("names.tsv"));
 * }</pre>
 */
public final class EntityLexicon {

    /** A surface with the entry it names and whether a user dictionary supplied it. */
    record Surface(LexiconEntry entry, boolean user) {
    }

    private static final List<String> GAZETTEERS = List.of(
            "gazetteer-places.txt", "gazetteer-organizations.txt", "gazetteer-events.txt", "gazetteer-phrases.txt",
            "gazetteer-persons.txt");

    private final Map<String, Surface> surfaces;
    private final PhraseTrie<Surface> gazetteer;
    private final PhraseTrie<String> titlesBefore;
    private final PhraseTrie<String> titlesAfter;
    private final PhraseTrie<String> orgSuffixes;
    private final PhraseTrie<String> eventSuffixes;
    private final PhraseTrie<String> facilitySuffixes;
    private final BitSet transliterationChars;
    private final BitSet dottedNameChars;
    private final Set<String> surnames;
    private final BitSet functionChars;
    private final BitSet placeAbbreviationChars;
    private final BitSet givenNameStops;
    private final BitSet ambiguousSurnames;
    private final Set<String> genericWords;
    private final Set<String> looseTitles;
    private final Set<String> namesAfterTitles;
    private final Set<String> genericOrgHeads;
    private final Set<String> placeBodyHeads;
    private final Set<String> nonNameHeads;
    private final Set<String> lawHeads;
    private final Set<String> fieldAbbreviations;
    /** Determiners that open a noun phrase (整个, 那家, 本届), longest first: determiner-words.txt. */
    private final List<String> determiners;
    private final Set<String> determinerSet;
    private final Set<String> descriptionWords;

    private EntityLexicon(Map<String, Surface> surfaces, EntityLexicon base, Set<String> placeBodyHeads) {
        this.surfaces = Map.copyOf(surfaces);
        this.gazetteer = PhraseTrie.forwards(this.surfaces);
        this.titlesBefore = base.titlesBefore;
        this.titlesAfter = base.titlesAfter;
        this.orgSuffixes = base.orgSuffixes;
        this.eventSuffixes = base.eventSuffixes;
        this.facilitySuffixes = base.facilitySuffixes;
        this.transliterationChars = base.transliterationChars;
        this.dottedNameChars = base.dottedNameChars;
        this.surnames = base.surnames;
        this.functionChars = base.functionChars;
        this.placeAbbreviationChars = base.placeAbbreviationChars;
        this.givenNameStops = base.givenNameStops;
        this.ambiguousSurnames = base.ambiguousSurnames;
        this.genericWords = base.genericWords;
        this.looseTitles = base.looseTitles;
        this.namesAfterTitles = base.namesAfterTitles;
        this.genericOrgHeads = base.genericOrgHeads;
        this.placeBodyHeads = placeBodyHeads;
        this.nonNameHeads = base.nonNameHeads;
        this.lawHeads = base.lawHeads;
        this.fieldAbbreviations = base.fieldAbbreviations;
        this.determiners = base.determiners;
        this.determinerSet = base.determinerSet;
        this.descriptionWords = base.descriptionWords;
    }

    private EntityLexicon() {
        Map<String, Surface> builtIn = new LinkedHashMap<>();
        for (String file : GAZETTEERS) {
            for (String line : resourceLines(file)) {
                add(builtIn, LexiconEntry.parse(line), false);
            }
        }
        this.surfaces = Map.copyOf(builtIn);
        this.gazetteer = PhraseTrie.forwards(surfaces);
        Map<String, String> titles = asMap(words("title-words.txt"));
        this.titlesBefore = PhraseTrie.backwards(titles);
        this.titlesAfter = PhraseTrie.forwards(titles);
        this.orgSuffixes = PhraseTrie.backwards(asMap(words("org-suffixes.txt")));
        this.eventSuffixes = PhraseTrie.backwards(asMap(words("event-suffixes.txt")));
        this.facilitySuffixes = PhraseTrie.backwards(asMap(words("facility-suffixes.txt")));
        this.transliterationChars = charSet("transliteration-chars.txt");
        this.dottedNameChars = charSet("dotted-name-chars.txt");
        this.dottedNameChars.or(transliterationChars);
        this.functionChars = charSet("function-chars.txt");
        this.placeAbbreviationChars = charSet("place-abbreviation-chars.txt");
        this.givenNameStops = charSet("given-name-stops.txt");
        this.ambiguousSurnames = charSet("ambiguous-surnames.txt");
        this.surnames = Surnames.parse(ResourceLines.read(EntityLexicon.class, "surnames.txt"));
        this.genericWords = Set.copyOf(words("generic-words.txt"));
        this.looseTitles = Set.copyOf(words("loose-title-words.txt"));
        this.namesAfterTitles = Set.copyOf(words("generic-names-after-titles.txt"));
        this.genericOrgHeads = Set.copyOf(words("generic-org-heads.txt"));
        this.placeBodyHeads = Set.copyOf(words("place-body-heads.txt"));
        this.nonNameHeads = Set.copyOf(words("non-name-heads.txt"));
        this.lawHeads = Set.copyOf(words("law-heads.txt"));
        this.fieldAbbreviations = Set.copyOf(words("field-abbreviations.txt"));
        this.determiners = words("determiner-words.txt").stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList(); // 同一个 before 同一
        this.determinerSet = Set.copyOf(determiners);
        this.descriptionWords = Set.copyOf(words("description-words.txt"));
    }

    /** The built-in lists only. Reads the resources; call once and share the result. */
    public static EntityLexicon builtIn() {
        return new EntityLexicon();
    }

    /**
     * A lexicon whose gazetteer also holds the entries of a user dictionary file
     * ({@code name<TAB>TYPE[<TAB>alias…]} per line, {@code #} comments); user entries override
     * built-in entries with the same surface and win over every other rule on the same text.
     *
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException naming the file and line if a line is malformed
     */
    public EntityLexicon withDictionary(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, Surface> merged = new LinkedHashMap<>(surfaces);
        for (int i = 0; i < lines.size(); i++) {
            String line = stripComment(lines.get(i));
            if (line.isBlank()) {
                continue;
            }
            try {
                add(merged, LexiconEntry.parse(line), true);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new EntityLexicon(merged, this, placeBodyHeads);
    }

    /**
     * This lexicon with the convention of the People's Daily and MSRA NER sets that a place's government or
     * police (中国政府, 北京警方) is the place alone plus a common noun, for scoring on those sets. zhextract's own
     * convention, as in the news gold, makes them organizations (an actor that says and does things).
     */
    public EntityLexicon withPlaceBodiesAsPlaces() {
        return new EntityLexicon(surfaces, this, Set.of());
    }

    private static void add(Map<String, Surface> into, LexiconEntry entry, boolean user) {
        Surface surface = new Surface(entry, user);
        into.put(entry.name(), surface);
        for (String alias : entry.aliases()) {
            // one-character short forms (澳, 美) are for resolution only: inside compounds they
            // are not annotated
            if (alias.codePointCount(0, alias.length()) > 1) {
                into.put(alias, surface);
            }
        }
    }

    PhraseTrie<Surface> gazetteer() {
        return gazetteer;
    }

    /** The entry a surface names in the gazetteer, if any. */
    java.util.Optional<Surface> surface(String text) {
        return java.util.Optional.ofNullable(surfaces.get(text));
    }

    PhraseTrie<String> titlesBefore() {
        return titlesBefore;
    }

    PhraseTrie<String> titlesAfter() {
        return titlesAfter;
    }

    PhraseTrie<String> orgSuffixes() {
        return orgSuffixes;
    }

    PhraseTrie<String> eventSuffixes() {
        return eventSuffixes;
    }

    PhraseTrie<String> facilitySuffixes() {
        return facilitySuffixes;
    }

    /** Whether the gazetteer (or a user dictionary) lists {@code text} as a place (中国, 美国, 北京). */
    public boolean isPlace(String text) {
        Surface surface = surfaces.get(text);
        return surface != null && surface.entry().type().filter(t -> t == EntityType.LOC).isPresent();
    }

    /** The type the gazetteer (or a user dictionary) gives {@code text}, if it lists it with one (特朗普 → PERSON). */
    public Optional<EntityType> typeOf(String text) {
        Surface surface = surfaces.get(text);
        return surface == null ? Optional.empty() : surface.entry().type();
    }

    /** The gazetteer's name of the place {@code text} names (中国 → 中华人民共和国), if it lists {@code text} as a place. */
    public Optional<String> placeName(String text) {
        return isPlace(text) ? Optional.of(surfaces.get(text).entry().name()) : Optional.empty();
    }

    /**
     * Whether {@code c} can stand in a part of a transliterated name joined by a dot: a
     * transliteration character or one of the common characters of dotted-name-chars.txt (露丝,
     * 安东宁, 凯末尔), which do not mark a word as a transliteration on their own.
     */
    boolean isDottedNameChar(char c) {
        return dottedNameChars.get(c);
    }

    /** Whether {@code c} is one of the characters used to transliterate foreign names (transliteration-chars.txt). */
    public boolean isTransliterationChar(char c) {
        return transliterationChars.get(c);
    }

    /** Whether every character of {@code word} is one used to transliterate foreign names. */
    boolean isTransliteration(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!isTransliterationChar(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code c} alone names a country or place (德, 法, 瑞, 金: place-abbreviation-chars.txt). */
    boolean isPlaceAbbreviationChar(char c) {
        return placeAbbreviationChars.get(c);
    }

    boolean isFunctionChar(char c) {
        return functionChars.get(c);
    }

    /** True for characters that never form a one-character given name on their own. */
    boolean isGivenNameStop(char c) {
        return givenNameStops.get(c);
    }

    /** Surnames that start a two-character name too rarely to trust role tagging (何, 向, 于). */
    boolean isAmbiguousSurname(char c) {
        return ambiguousSurnames.get(c);
    }

    boolean isSurname(String s) {
        return surnames.contains(s);
    }

    /** Whether a title word says what a person does more than names a post (高管, 策略师: loose-title-words.txt). */
    boolean isLooseTitle(String title) {
        return looseTitles.contains(title);
    }

    /** Whether a generic word is a person's name right after a title (参议员萨斯: generic-names-after-titles.txt). */
    boolean isNameAfterTitle(String word) {
        return namesAfterTitles.contains(word);
    }

    boolean isGeneric(String word) {
        return genericWords.contains(word);
    }

    /** Last words of laws and diseases named after a place or party (国安法, 中共病毒). */
    boolean isNonNameHead(String word) {
        return nonNameHeads.contains(word);
    }

    /** Last words of law names (国安法, 立法会条例). */
    boolean isLawHead(String word) {
        return lawHeads.contains(word);
    }

    /** Whether a word is a determiner that opens a noun phrase (整个, 所有, 那家: determiner-words.txt). */
    boolean isDeterminer(String word) {
        return determinerSet.contains(word);
    }

    /** The determiners (determiner-words.txt), longest first. */
    List<String> determiners() {
        return determiners;
    }

    /** Abbreviations that are a body alone but a field before a noun (国安: field-abbreviations.txt). */
    boolean isFieldAbbreviation(String word) {
        return fieldAbbreviations.contains(word);
    }

    /**
     * Words that say what kind of body the name after them is (美国智库卡托研究所, 科技巨头京东,
     * 中共官媒环球电视网): a description, no part of the name.
     */
    boolean isDescriptionWord(String word) {
        return descriptionWords.contains(word);
    }

    /** Organization suffixes that name nothing after a bare place name (公司, 政府). */
    Set<String> genericOrgHeads() {
        return genericOrgHeads;
    }

    /**
     * Whether a generic head after places alone still names no particular body (中国公司, 外国媒体), as
     * every generic head does but a place's government or police (美国政府, 香港警方: place-body-heads.txt).
     */
    boolean namesNoBodyAfterPlaces(String head) {
        return genericOrgHeads.contains(head) && !placeBodyHeads.contains(head);
    }

    /** Whether a head makes an organization after a place's name alone (政府, 警方: place-body-heads.txt). */
    boolean isPlaceBodyHead(String head) {
        return placeBodyHeads.contains(head);
    }

    /** Each word mapped to itself: the value a {@link PhraseTrie} of plain words returns. */
    static Map<String, String> asMap(List<String> words) {
        Map<String, String> map = new LinkedHashMap<>();
        words.forEach(w -> map.put(w, w));
        return map;
    }

    /** The characters of one of this package's lists, whitespace left out. */
    static BitSet charSet(String resource) {
        BitSet set = new BitSet(0x10000);
        for (String line : resourceLines(resource)) {
            line.chars().filter(c -> !Character.isWhitespace(c)).forEach(set::set);
        }
        return set;
    }

    /**
     * Non-comment entries of one of this package's word lists, splitting lines on whitespace (for
     * lists of single words).
     */
    static List<String> words(String resource) {
        List<String> words = new ArrayList<>();
        for (String line : resourceLines(resource)) {
            for (String w : line.split("\\s+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    /** A resource's lines without comments, each a phrase of words separated by spaces (Retirement System). */
    static List<String> linesAsPhrases(String resource) {
        return resourceLines(resource).stream().map(String::strip).toList();
    }

    private static List<String> resourceLines(String resource) {
        return ResourceLines.read(EntityLexicon.class, resource).stream()
                .map(EntityLexicon::stripComment)
                .filter(line -> !line.isBlank())
                .toList();
    }

    private static String stripComment(String line) {
        String stripped = line.startsWith("\uFEFF") ? line.substring(1) : line;
        return stripped.stripLeading().startsWith("#") ? "" : stripped.stripTrailing();
    }
}
