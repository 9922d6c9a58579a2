package org.zhextract.entity;

import org.zhextract.text.LatinLetters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.zhextract.model.EntityType;
import org.zhextract.model.Mention;
import org.zhextract.model.Span;
import org.zhextract.model.Token;
import org.zhextract.segment.ChineseScript;
import org.zhextract.segment.CoreWords;
import org.zhextract.segment.Pronunciation;
import org.zhextract.text.DocumentText;

/**
 * Finds PERSON, ORG, LOC and EVENT mentions (ANNOTATION.md) by merging candidates from several
 * sources: user dictionaries and gazetteers, name shapes (interpunct names, title + name),
 * HanLP's role tags, any extra {@link MentionSource} (such as a trained tagger), and then
 * organization and event suffix rules that build on those names.
 *
 * <p><b>Merge policy.</b> Candidates are taken greedily, never overlapping: user-dictionary
 * candidates first, then longer spans before shorter ones (only the outermost name is
 * annotated: 北京冬奥会, not also 北京), then by origin (gazetteer, pattern, model, role tags)
 * and position. A dictionary entry of type NONE takes its span and yields nothing.
 *
 * <p><b>With the trained model</b> ({@link ModelMentionSource}, the default; off
 * with {@code Extractor.Builder.withoutNerModel()}), its spans rank above HanLP's role tags and above
 * the gazetteer and pattern names they contain, but below user dictionaries and below the
 * gazetteer and pattern names they cross or end on:
 * <ul>
 * <li>a model span overlapping a user-dictionary entry is dropped;</li>
 * <li>one crossing a gazetteer or pattern name, or inside one, or ending on one (中共官媒新华社
 *     ends on 新华社), is dropped: the rule decides;</li>
 * <li>otherwise it replaces every role-tag candidate it overlaps and every gazetteer or pattern
 *     name strictly inside it (古巴代表团 over 古巴; only the outermost name is annotated);</li>
 * </ul>
 * The suffix rules may extend the model's spans, and the Latin-gloss, title and propagation
 * rules apply to them as to any other. Chosen by measurement on the dev data (pd98-dev.bio):
 * the model as a mere gap filler gave span F1 0.805, ranking it above the role tags 0.822,
 * also above contained gazetteer names 0.833 (seeds 0.98: 中共官媒新华社, hence the exception for
 * names that end the span: 0.832, seeds 1.0). Also dropping role-tag candidates no model span
 * overlaps gave 0.841 on dev but lost names the 1990s training text lacks (拜登) and names the
 * model runs into the next word (普京周五): left out. Ranking the model above every rule gave
 * 0.835 but seeds 0.91
 * (the model follows the 1990s benchmark conventions: one-character abbreviations 中/俄 as
 * places, and compounds such as 中共官媒新华社 as one name, which are not this project's).
 *
 * <p>Each kept PERSON or ORG mention gets the Latin gloss in brackets right after it, and each
 * PERSON the role words right before it (with the place or organization before those:
 * 俄罗斯总统) or right after it (普京总统).
 *
 * <p>Immutable and thread-safe.
 */
public final class EntityRecognizer {

    /** Runs of whitespace, compiled once rather than by String.replaceAll per gloss. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A Latin capital, accented ones too (Émilie, Östlund): a gloss is a name in any Latin alphabet. */
    private static final String LATIN_CAPITAL = "[\\p{Lu}&&\\p{IsLatin}]";
    /** The rest of a word of a Latin name: letters of any Latin alphabet (Müller, André), apostrophes and hyphens. */
    private static final String LATIN_WORD_REST = "[\\p{IsLatin}'’\\-]*";
    /**
     * A place in brackets that closes a body's Latin name (Bank of China (Hong Kong)): one to four capitalized words, part
     * of the name (the bank's Hong Kong company), so the gloss reads on over it. Words, not acronyms (WHO, US: a note
     * on the name, no part of it).
     */
    private static final String GLOSS_PLACE_NOTE = "(?:\\s?[（(]" + LATIN_CAPITAL + "\\p{Ll}" + LATIN_WORD_REST + "(?: " + LATIN_CAPITAL
            + "\\p{Ll}" + LATIN_WORD_REST + "){0,3}[）)](?=\\s*[）)]))?";
    /**
     * A Latin name in brackets: up to seven words, maybe joined by & (Tiffany & Co., S&P Global Ratings) and ending in an
     * abbreviation's dot (RAND Corp., Royal KPN N.V.),
     * closed by the bracket or by a comma before a note (亨特·拜登（Hunter Biden，左）, a photo's caption; （California Public
     * Employees’ Retirement System，简称CalPERS）, the name's acronym; not before Jr.:
     * Chas Freeman, Jr.).
     */
    private static final Pattern LATIN_GLOSS = Pattern.compile(
            "\\s?[（(]\\s*(" + LATIN_CAPITAL + LATIN_WORD_REST + "(?:(?:[ .]+|\\s?&\\s?)\\p{IsLatin}" + LATIN_WORD_REST + "){0,6}\\.?"
            + GLOSS_PLACE_NOTE + ")\\s*(?:[）)]|[，,](?!\\s*[JS]r\\b)(?:[^（()）]{1,6}|\\s*简称\\s*[A-Za-z]{2,10})[）)])");
    /** The Latin name after a name in brackets and a comma or slash: (美联储/FED), (贺锦丽，Kamala Harris). */
    private static final Pattern LATIN_AFTER_BRACKETED_NAME = Pattern.compile(
            "[，,/／]\\s*(" + LATIN_CAPITAL + LATIN_WORD_REST + "(?:[ .]+\\p{IsLatin}" + LATIN_WORD_REST + "){0,6})\\s*[）)]");

    private final EntityLexicon lexicon;
    /** Descriptions of a company's kind (国有, 低成本): model organizations made only of them name nothing. */
    private final CompanyDescriptions descriptions;
    private final GazetteerSource gazetteer;
    private final NamePatternSource names;
    private final RoleSource roles;
    private final SuffixPatternSource suffixes;
    private final LatinNameSource latinNames;
    /** Words after a listed company's short name that make it the company (强生疫苗): company-followers.txt. */
    private final PhraseTrie<String> companyFollowers;
    private final List<MentionSource> extraSources;
    /** Words that say where in or around a place (南岸, 北部): position-words.txt. */
    private final Set<String> positionWords;
    /** Last words of newspaper names (日报, 商业报): publication-heads.txt. */
    private final List<String> publicationHeads;
    /** Last words of documents and journals that end in 报 (公报, 学报): report-heads.txt. */
    private final List<String> reportHeads;
    /** Last characters of village names (坪, 畈, 场): settlement-chars.txt. */
    private final Set<Character> settlementChars;
    /** Words for a given name the text leaves out (女士, 某某): address-words.txt. */
    private final Set<String> addressWords;
    /** Last words of HanLP's institution words that alone name a kind of body (咨询公司, 新闻学院): institution-kinds.txt. */
    private final List<String> institutionKinds;
    /** Member and officer words after a quoted organization's name (“香港众志”常委): member-words.txt. */
    private final Set<String> memberWords;
    /** Words for a kind of body that after common words alone describe one (中国互联网公司): described-body-heads.txt. */
    private final List<String> describedBodyHeads;
    /** Words for a kind of body that after common words alone describe one (家庭办公室): common-word-body-heads.txt, longest first. */
    private final List<String> commonWordBodyHeads;
    /** Such words that in the model's bodies do so after one common word only (中介机构, not 国际原子能机构): the list's "*". */
    private final Set<String> modelBodyHeadsAfterOneWord;
    /** Such words that do so after one common word only (家庭办公室, not 互联网信息办公室): the list's ":1". */
    private final Set<String> commonWordBodyHeadsAfterOneWord;
    /** Words for a kind of body that, after common words and right before a body's name, describe it: kinds-before-names.txt. */
    private final List<String> kindsBeforeNames;
    /** Words for a body's unit (工作组, 分会): a name ending in one after a body is its unit, no name it describes. */
    private final List<String> bodyUnitHeads;
    /** Words that make a body the state's own rather than a kind (中央巡视组, 国家…办公室): state-level-words.txt. */
    private final Set<String> stateLevelWords;
    /** Title and member words: what an organization's former officer is called (前主席, 前议员, 前成员). */
    private final Set<String> officeWords;
    /** Last words of a quoted name that is no body (“千人计划”): quoted-non-body-endings.txt. */
    private final List<String> quotedNonBodyEndings;
    /** Last words of companies' names the names also go without (集团, 有限公司): company-heads.txt. */
    private final List<String> companyHeads;
    /** Words of reporting that make a title in 《》 before them an outlet (报道, 记者): outlet-followers.txt. */
    private final List<String> outletFollowers;
    /** An editor's titles after a title in 《》 (主编, 总编): outlet-followers.txt's "^", outlets' only for no work's title. */
    private final List<String> editorTitles;
    /** Last words of a book's title (词典, 通史): editor-title-works.txt. */
    private final List<String> editedWorkEndings;
    /** Words right before a title in 《》 that make it a book or a programme (教材, 央视): editor-title-works.txt's "<". */
    private final List<String> editedWorkKindsBefore;
    /** Words for a kind of outlet that make a quoted name right after them the outlet (公众号, 网络媒体): outlet-kinds.txt. */
    private final List<String> outletKinds;
    /** Words that make a person's name before them an affair's (事件, 案): person-event-words.txt. */
    private final List<String> personEventWords;
    /** Characters that make a storm word part of another word (飓风般, 台风季): storm-word-compounds.txt. */
    private final Set<String> stormWordCompounds;
    /** Speech verbs and adverbs after which a surname alone opening a clause is a person (赵表示): surname-followers.txt. */
    private final List<String> surnameFollowers;
    /** Words a subject's name goes on with (表示, 也, 在, 宣布): speech-verbs, surname-followers and subject-followers. */
    private final List<String> subjectFollowers;
    /** Markets and trades a place's name goes before without naming a body (房地产, 楼市): sector-words.txt. */
    private final Set<String> sectorWords;
    /** Kinship words a relative's name follows (外孙女卓芮): kin-words.txt. */
    private final List<String> kinWords;
    /** Verbs of saying that show the subject of their clause is a person (罗援表示): speech-verbs.txt. */
    private final List<String> speechVerbs;
    /** Words that make the noun after them many bodies (各国, 等, 主要): plural-words.txt. */
    private final List<String> pluralWords;
    /** A city's role in the world (金融中心, 航运中心): place-role-heads.txt. */
    private final List<String> placeRoleHeads;
    /** Last words of a Latin gloss that make the Chinese name before it a body's (Project, Lab): gloss-body-words.txt. */
    private final Set<String> glossBodyWords;
    /** Such words that do so only where the Chinese name ends in an organization's suffix (System): gloss-body-words.txt's "+" and "*". */
    private final Set<String> glossBodyWordsWithSuffix;
    /** Of those, the ones a university's or research body's unit ends in (Initiative): gloss-body-words.txt's "*". */
    private final Set<String> glossResearchUnitWords;
    /** Latin words for a company's legal form (Inc., Limited): after common words too the Chinese names a company. */
    private final Set<String> glossCompanyForms;
    /** Last words of a Latin gloss, two or more, that make the Chinese name before it a body's (Retirement System): gloss-body-phrases.txt. */
    private final List<String[]> glossBodyPhrases;
    /** First words of a body's Latin name before of, for or on (Bank of China, Institute for …): gloss-leading-body-words.txt. */
    private final Set<String> glossLeadingBodyWords;
    /** Prepositions between a body's kind and its field or place (Bank of China, Council on …): gloss-leading-body-words.txt's "~". */
    private final Set<String> glossFieldPrepositions;
    /** Conjunctions a body's Chinese name may hold (经济发展与合作组织): gloss-leading-body-words.txt's "&". */
    private final Set<String> conjunctionsInBodyNames;
    /** Words for a military exercise (演习, 军演): exercise-words.txt. */
    private final List<String> exerciseWords;
    /** Words of an exercise's size or kind between its name and the exercise word (大型, 联合): exercise-words.txt's "~". */
    private final List<String> exerciseModifiers;
    /** Last words of a quoted name that make it a body or an alliance, no exercise (组织, 对话): exercise-words.txt's "!". */
    private final List<String> exerciseBodyEndings;
    /** Last words of a mission's name, named with 驻 and its host (大使馆, 代表处, 公署): mission-heads.txt. */
    private final List<String> missionHeads;
    /** Words right before 驻 that make it the clause's verb (派, 曾经, 记者): stationed-verb-words.txt. */
    private final List<String> stationedVerbWords;
    /** Words after which 驻 still opens a mission's name though tagged as adverbs or pronouns (将, 其): stationed-verb-words.txt's "!". */
    private final List<String> stationedMissionOpeners;
    /** One-character hosts of a mission right after 驻 besides the place abbreviations (华, 京): mission-host-chars.txt. */
    private final String missionHostChars;
    /** Last words of a Chinese name that name a programme, work, product or policy whatever its gloss (计划, 工程): gloss-non-body-heads.txt. */
    private final List<String> glossNonBodyHeads;
    /** Such words that do so only after common words alone (银行业联盟, Banking Union): gloss-non-body-heads.txt's "+". */
    private final List<String> glossNonBodyHeadsAfterCommonWords;

    /** A recognizer with the built-in lists and rules only. */
    public EntityRecognizer(EntityLexicon lexicon) {
        this(lexicon, List.of());
    }

    /**
     * A recognizer that also merges the candidates of {@code extraSources} (with the origin
     * each candidate states) before the suffix rules run.
     */
    public EntityRecognizer(EntityLexicon lexicon, List<MentionSource> extraSources) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.descriptions = new CompanyDescriptions(lexicon);
        this.extraSources = List.copyOf(extraSources);
        this.gazetteer = new GazetteerSource(lexicon);
        this.names = new NamePatternSource(lexicon);
        this.roles = new RoleSource(lexicon);
        this.suffixes = new SuffixPatternSource(lexicon);
        this.latinNames = new LatinNameSource(lexicon);
        this.positionWords = Set.copyOf(EntityLexicon.words("position-words.txt"));
        this.publicationHeads = List.copyOf(EntityLexicon.words("publication-heads.txt"));
        this.reportHeads = List.copyOf(EntityLexicon.words("report-heads.txt"));
        Map<String, String> companyWords = new HashMap<>();
        EntityLexicon.words("company-followers.txt").forEach(w -> companyWords.put(w, w));
        this.companyFollowers = PhraseTrie.forwards(companyWords);
        Set<Character> settlements = new HashSet<>();
        EntityLexicon.words("settlement-chars.txt").forEach(w -> settlements.add(w.charAt(0)));
        this.settlementChars = Set.copyOf(settlements);
        this.addressWords = Set.copyOf(EntityLexicon.words("address-words.txt"));
        this.institutionKinds = List.copyOf(EntityLexicon.words("institution-kinds.txt"));
        this.memberWords = Set.copyOf(EntityLexicon.words("member-words.txt"));
        this.describedBodyHeads = List.copyOf(EntityLexicon.words("described-body-heads.txt"));
        List<String> commonWordHeads = EntityLexicon.words("common-word-body-heads.txt");
        this.modelBodyHeadsAfterOneWord = commonWordHeads.stream().filter(w -> w.startsWith("*")).map(w -> w.substring(1))
                .collect(Collectors.toUnmodifiableSet());
        this.commonWordBodyHeadsAfterOneWord = commonWordHeads.stream().filter(w -> w.endsWith(":1"))
                .map(w -> w.substring(0, w.length() - 2)).collect(Collectors.toUnmodifiableSet());
        this.commonWordBodyHeads = commonWordHeads.stream().map(w -> w.startsWith("*") ? w.substring(1) : w)
                .map(w -> w.endsWith(":1") ? w.substring(0, w.length() - 2) : w)
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())).toList();
        this.stateLevelWords = Set.copyOf(EntityLexicon.words("state-level-words.txt"));
        this.kindsBeforeNames = List.copyOf(EntityLexicon.words("kinds-before-names.txt"));
        this.bodyUnitHeads = List.copyOf(EntityLexicon.words("body-unit-heads.txt"));
        Set<String> offices = new HashSet<>(memberWords);
        offices.addAll(EntityLexicon.words("title-words.txt"));
        this.officeWords = Set.copyOf(offices);
        this.quotedNonBodyEndings = List.copyOf(EntityLexicon.words("quoted-non-body-endings.txt"));
        this.companyHeads = List.copyOf(EntityLexicon.words("company-heads.txt"));
        List<String> followerWords = EntityLexicon.words("outlet-followers.txt");
        this.outletFollowers = followerWords.stream().filter(w -> !w.startsWith("^")).toList();
        this.editorTitles = followerWords.stream().filter(w -> w.startsWith("^")).map(w -> w.substring(1)).toList();
        List<String> works = EntityLexicon.words("editor-title-works.txt");
        this.editedWorkEndings = works.stream().filter(w -> !w.startsWith("<")).toList();
        this.editedWorkKindsBefore = works.stream().filter(w -> w.startsWith("<")).map(w -> w.substring(1)).toList();
        this.outletKinds = List.copyOf(EntityLexicon.words("outlet-kinds.txt"));
        this.personEventWords = List.copyOf(EntityLexicon.words("person-event-words.txt"));
        List<String> glossWords = EntityLexicon.words("gloss-body-words.txt");
        this.glossBodyWords = glossWords.stream().filter(w -> !w.startsWith("+") && !w.startsWith("*")).map(w -> w.startsWith("=") ? w.substring(1) : w)
                .collect(Collectors.toUnmodifiableSet());
        this.glossCompanyForms = glossWords.stream().filter(w -> w.startsWith("=")).map(w -> w.substring(1))
                .collect(Collectors.toUnmodifiableSet());
        this.glossBodyWordsWithSuffix = glossWords.stream().filter(w -> w.startsWith("+") || w.startsWith("*")).map(w -> w.substring(1))
                .collect(Collectors.toUnmodifiableSet());
        this.glossResearchUnitWords = glossWords.stream().filter(w -> w.startsWith("*")).map(w -> w.substring(1))
                .collect(Collectors.toUnmodifiableSet());
        this.glossBodyPhrases = EntityLexicon.linesAsPhrases("gloss-body-phrases.txt").stream().map(p -> p.split("\\s+")).toList();
        List<String> leading = EntityLexicon.words("gloss-leading-body-words.txt");
        this.glossLeadingBodyWords = leading.stream().filter(w -> !w.startsWith("~") && !w.startsWith("&")).collect(Collectors.toUnmodifiableSet());
        this.glossFieldPrepositions = leading.stream().filter(w -> w.startsWith("~")).map(w -> w.substring(1)).collect(Collectors.toUnmodifiableSet());
        this.conjunctionsInBodyNames = leading.stream().filter(w -> w.startsWith("&")).map(w -> w.substring(1)).collect(Collectors.toUnmodifiableSet());
        List<String> exercise = EntityLexicon.words("exercise-words.txt");
        this.exerciseWords = exercise.stream().filter(w -> !w.startsWith("~") && !w.startsWith("!")).toList();
        this.exerciseBodyEndings = exercise.stream().filter(w -> w.startsWith("!")).map(w -> w.substring(1)).toList();
        this.exerciseModifiers = exercise.stream().filter(w -> w.startsWith("~")).map(w -> w.substring(1)).toList();
        List<String> nonBodyHeads = EntityLexicon.words("gloss-non-body-heads.txt");
        this.glossNonBodyHeads = nonBodyHeads.stream().filter(w -> !w.startsWith("+")).toList();
        this.glossNonBodyHeadsAfterCommonWords = nonBodyHeads.stream().filter(w -> w.startsWith("+")).map(w -> w.substring(1)).toList();
        this.stormWordCompounds = Set.copyOf(EntityLexicon.words("storm-word-compounds.txt"));
        this.surnameFollowers = List.copyOf(EntityLexicon.words("surname-followers.txt"));
        Set<String> followers = new HashSet<>(EntityLexicon.words("subject-followers.txt"));
        followers.addAll(EntityLexicon.words("surname-followers.txt"));
        followers.addAll(EntityLexicon.words("speech-verbs.txt"));
        this.subjectFollowers = followers.stream().sorted().toList();   // a fixed order, whatever the set's
        this.sectorWords = Set.copyOf(EntityLexicon.words("sector-words.txt"));
        this.kinWords = List.copyOf(EntityLexicon.words("kin-words.txt"));
        this.speechVerbs = List.copyOf(EntityLexicon.words("speech-verbs.txt"));
        this.pluralWords = List.copyOf(EntityLexicon.words("plural-words.txt"));
        this.placeRoleHeads = List.copyOf(EntityLexicon.words("place-role-heads.txt"));
        this.missionHeads = List.copyOf(EntityLexicon.words("mission-heads.txt"));
        List<String> stationedWords = EntityLexicon.words("stationed-verb-words.txt");
        this.stationedVerbWords = stationedWords.stream().filter(w -> !w.startsWith("!")).toList();
        this.stationedMissionOpeners = stationedWords.stream().filter(w -> w.startsWith("!")).map(w -> w.substring(1)).toList();
        this.missionHostChars = String.join("", EntityLexicon.words("mission-host-chars.txt"));
    }

    /**
     * HanLP glues the 会 that ends an organization's name to a following 前 ("before the meeting", 会前/t) when a
     * former officer follows (立法/会前/t 议员, 宗教自由委员/会前/t 主席, 大律师公/会前/t 主席): no rule and no model span
     * can end the name inside that word, so it loses the name or cuts it at 公. Split into 会/n 前/f where a word
     * comes before it and a title or member word after it (not 在/会前/表示, 立法会/会前/会议).
     */
    private List<Token> withBodyEndsApart(List<Token> tokens) {
        List<Token> split = null;
        for (int k = 1; k + 1 < tokens.size(); k++) {
            Token word = tokens.get(k);
            Token before = tokens.get(k - 1);
            if (word.text().equals("会前") && before.end() == word.start() && word.end() == tokens.get(k + 1).start()
                    && officeWords.contains(tokens.get(k + 1).text()) && isContentTag(before.pos())) {
                if (split == null) {
                    split = new ArrayList<>(tokens.subList(0, k));
                }
                split.add(new Token("会", word.start(), word.start() + 1, "n"));
                split.add(new Token("前", word.start() + 1, word.end(), "f"));
            } else if (split != null) {
                split.add(word);
            }
        }
        if (split == null) {
            return tokens;
        }
        split.add(tokens.get(tokens.size() - 1));
        return List.copyOf(split);
    }

    /** A noun's, verb's or abbreviation's tag, no function word's (在/p 会前, 这/r 会前). */
    private static boolean isContentTag(String pos) {
        return pos.startsWith("n") || pos.startsWith("v") || pos.equals("j") || pos.equals("g") || pos.startsWith("a");
    }

    /** Mentions in text order, with code-point offsets into {@code document}. */
    public List<EntityMention> recognize(DocumentText document, List<Token> segmented) {
        Objects.requireNonNull(document, "document");
        List<Token> tokens = withBodyEndsApart(segmented);
        TextView view = new TextView(document, tokens);
        List<Candidate> candidates = withPlacesReadAcrossBearings(view, gazetteer.find(view));
        CandidateIndex listed = new CandidateIndex(candidates);
        candidates.addAll(names.find(view));
        for (Candidate found : roles.find(view)) {
            Candidate role = withListedPersonEnd(view, withoutAdverbDou(view, found));
            if (listed.intersecting(role.span()).stream().noneMatch(g -> crosses(g.span(), role.span()))) {
                candidates.add(role); // a role tag across a listed name's edge is a fragment (川/普周五: 普周五)
            }
        }
        CandidateIndex ruleCandidates = new CandidateIndex(candidates);
        List<Candidate> modelCandidates = new ArrayList<>();
        for (MentionSource source : extraSources) {
            List<Candidate> models = new ArrayList<>();
            for (Candidate found : partiesApartFromLegislatures(view, source.find(document, tokens))) {
                Candidate c = found.origin() == Candidate.Origin.MODEL ? mended(view, found, ruleCandidates) : found;
                if (c.origin() == Candidate.Origin.MODEL) {
                    modelCandidates.add(c);
                }
                if (c.origin() != Candidate.Origin.MODEL) {
                    candidates.add(c);
                } else if (namesSomething(view, c) && !isNamePlusGenericHead(view, c, ruleCandidates)
                        && !isDescriptionPlusGenericHead(view, c, ruleCandidates) && !isCommonWordsAndKind(view, c, ruleCandidates)
                        && !isNamePlusVerb(view, c, ruleCandidates) && !joinsTwoOrganizations(view, c)
                        && !isSubjectVerbAndGenericHead(view, c) && !isMarkedPlaceRole(view, c)
                        && ruleCandidates.intersecting(c.span()).stream().noneMatch(r -> keepsOutModel(view, r, c)
                                && !isBodyOfListedOrganization(view, r, c, ruleCandidates))) {
                    models.add(c);
                }
            }
            // a model span replaces everything it overlaps but user-dictionary entries (a tagger's
            // spans do not overlap each other, so all of them can be placed at once)
            CandidateIndex replacing = new CandidateIndex(models);
            candidates.removeIf(r -> r.origin() != Candidate.Origin.USER && !replacing.intersecting(r.span()).isEmpty());
            candidates.addAll(models);
        }
        if (extraSources.stream().anyMatch(MentionSource::tagsWholeText)) { // with the model off, role tags are all there is
            CandidateIndex modelIndex = new CandidateIndex(modelCandidates);
            List<String> modelSurfaces = modelCandidates.stream().map(m -> view.document.slice(m.span())).toList();
            candidates.removeIf(c -> isUnconfirmedShortName(view, c, modelIndex) || isUnconfirmedPlace(view, c, modelIndex)
                    || isUnconfirmedThreeCharacterName(view, c, modelSurfaces));
        }
        // after the models: a tagger trained on Chinese text may tag part of a Latin name, never all of it
        candidates.addAll(latinNames.find(view, listed));
        List<Candidate> suffixBodies = suffixes.find(view, candidates);
        suffixBodies.removeIf(c -> isPlaceRole(view, c));
        candidates.removeIf(c -> isPlaceAndBearing(view, c)); // the model's 湖北部 of 伊赛克湖北部
        suffixBodies.removeIf(c -> isPlaceAndBearing(view, c)); // 喜马拉雅山 + 西部: 部 read as a department
        if (extraSources.stream().anyMatch(MentionSource::tagsWholeText)) {
            CandidateIndex modelIndex = new CandidateIndex(modelCandidates);
            CandidateIndex known = new CandidateIndex(candidates);
            suffixBodies.removeIf(c -> isUnconfirmedDescribedBody(view, c, modelIndex, known));
        }
        candidates.addAll(suffixBodies);
        candidates.addAll(publicationTitles(view, candidates));
        candidates.addAll(outletsAfterTheirKind(view, candidates));
        candidates.addAll(quotedOrganizations(view, candidates));
        candidates.addAll(quotedExercisesWithGloss(view, candidates));
        candidates.addAll(fieldAbbreviationsAsBodies(view, candidates));
        candidates = withoutBylinePlaces(view, withoutDirectionBeforePosition(view, candidates));
        candidates = withoutMarkedModifiers(view, withoutCaseWord(view, withoutDateUnits(view, candidates)));
        candidates = withoutTotalWord(view, withRegnalNumbers(view, withoutTitleOpenings(view, withoutTitleTails(view, candidates))));
        candidates = withoutLawTitlePersons(view, withoutCitizenWord(view, candidates));
        candidates = withoutContinentMainland(view, withoutPluralShortNames(view, candidates));
        candidates = legislaturesApartFromParties(view, candidates); // the suffix rule's bodies too (众议院共和党/党鞭)
        candidates = withoutDescriptionsBeforeNames(view, candidates);
        candidates = withoutPositionCharacter(view, candidates);
        candidates = withoutMinistersTitleBodies(view, candidates);
        candidates.removeIf(c -> c.hasType(EntityType.PERSON) && c.origin() != Candidate.Origin.USER
                && CAPTION_POSITION.matcher(view.document.slice(c.span())).matches());
        candidates.removeIf(c -> c.hasType(EntityType.PERSON) && c.origin() != Candidate.Origin.USER && namesVessel(view, c));
        candidates = candidates.stream().map(c -> withoutPartyCommittee(view, c)).collect(Collectors.toCollection(ArrayList::new));
        // mended() makes these two cuts on the model's spans already; they run again here for the suffix rule's bodies,
        // found only above (without this, 美国犹他州共和党籍众议员 kept the body 犹他州共和党)
        candidates = candidates.stream().map(c -> partyApartFromConstituency(view, withoutFormerBeforePlace(view, c)))
                .collect(Collectors.toCollection(ArrayList::new));
        candidates = withStormNames(view, withoutPrizesAndKinAddresses(view, candidates));
        candidates = candidates.stream().map(c -> asDistrict(view, asNamedHighway(view, asListedSettlement(view, c))))
                .collect(Collectors.toCollection(ArrayList::new));
        candidates = withHighwaysApart(view, candidates, abbreviatedHighways(view));
        candidates = withPlaceChainsApart(view, candidates);
        candidates = withStationedMissions(view, candidates);
        candidates = withoutUnnamedSettlements(view, withTownsAfterStates(view, candidates));
        candidates = withBodiesBeforeBodyGlosses(view, candidates);
        candidates = withNamesFromGlossStart(view,
                withNamesUpToGloss(view, withPersonsNamedLikeListedBodies(view, withBodiesGlossedAsBodies(view, candidates))));
        List<Candidate> kept = withPersonsOpeningLists(view, merge(candidates));
        List<Candidate> propagated = withoutStationedVerbCopies(view, propagate(view, kept), kept);
        if (!propagated.isEmpty()) {
            List<Candidate> shortened = new ArrayList<>();
            Set<Span> crossingSpans = new HashSet<>();
            List<Candidate> fragments = fragmentsOfKnownNames(view, kept, propagated, shortened, crossingSpans);
            // a fragment crossing a known name loses its own copy from propagation too (何特鲁 of 为何特鲁多 is a name
            // of the document once found, and its copy at the same place would win the merge over 特鲁多 again); a
            // known name with one character before it keeps its copy (弗利曼 beside 利曼 read elsewhere stays whole)
            propagated.removeIf(p -> p.hasType(EntityType.PERSON) && crossingSpans.contains(p.span()));
            propagated.addAll(kept);
            propagated.removeAll(fragments);
            // a name plus a word goes with its propagated copy (a model span's copy has the role tags' origin)
            Set<Span> longer = new HashSet<>();
            Set<Integer> shortenedStarts = new HashSet<>();
            shortened.forEach(c -> shortenedStarts.add(c.span().start()));
            for (Candidate c : fragments) {
                if (shortenedStarts.contains(c.span().start())) {
                    longer.add(c.span());
                }
            }
            propagated.removeIf(p -> longer.contains(p.span()));
            propagated.addAll(shortened);
            kept = merge(propagated);
        }
        return describe(view, withSurnamesAlone(view, withPersonsOpeningClauses(view, oneTypePerSurface(view, kept))));
    }

    /**
     * Whether a suffix-rule organization is made of nothing but places and common words before a word for a kind of body
     * (described-body-heads.txt: 中国互联网公司, 民营商业航天公司, 香港学校, 苏州工厂, 病毒学实验室, 高端餐厅) and the
     * model tags no organization over any of it: a description of a kind of body (ANNOTATION.md's 外国公司), not a name. Names with any word the dictionary knows as a name or abbreviation
     * (中国银行/nt, 蚂蚁/集团 after a listed name), any name the rules found but a place, or that the model confirms stay.
     */
    private boolean isUnconfirmedDescribedBody(TextView view, Candidate c, CandidateIndex modelCandidates, CandidateIndex known) {
        if (!c.hasType(EntityType.ORG) || c.origin() != Candidate.Origin.PATTERN
                || modelCandidates.intersecting(c.span()).stream().anyMatch(m -> m.hasType(EntityType.ORG))) {
            return false;
        }
        if (known.intersecting(c.span()).stream().anyMatch(k -> k.type().isPresent() && !k.hasType(EntityType.LOC)
                && k.origin() != Candidate.Origin.ROLE)) {
            return false;
        }
        int start = view.document.toCharIndex(c.span().start());
        int end = view.document.toCharIndex(c.span().end());
        String surface = view.text.substring(start, end);
        Optional<String> describedHead = describedBodyHeads.stream()
                .filter(head -> surface.length() > head.length() && surface.endsWith(head)).findFirst();
        if (describedHead.isEmpty() && isCommonWordsAndKind(view, c, known)) {
            return true; // 家庭办公室, 自行车零售店, 专项整治工作组: common words alone before a kind that describes after them
        }
        if (describedHead.isEmpty() || LEGAL_COMPANY_FORMS.stream().anyMatch(surface::endsWith)) {
            return false; // 国家电力投资集团有限公司: a company's registered name, however common its words
        }
        int headStart = end - describedHead.get().length();
        boolean headIsWord = view.tokenStartingAt(headStart) >= 0;
        if (headIsWord && !CoreWords.isPlainCommonWord(describedHead.get(), 1) && placeEndingFrom(view, start, end, known) <= start) {
            return false; // a kind word HanLP also reads as a name (智库/nz) describes only after a place (华盛顿保守派智库,
                          // 中国官方智库); after common words alone it may end a name (经济学人智库, the EIU)
        }
        for (int at = start; at < (headIsWord ? headStart : end); ) { // the head itself may carry any tag (智库/nz)
            int place = placeEndingFrom(view, at, end, known);
            if (place > at) {
                at = place;
                continue;
            }
            int k = view.tokenStartingAt(at);
            if (k < 0 || view.end(k) > end) {
                return false;
            }
            String word = view.tokens.get(k).text();
            if (!CoreWords.isPlainCommonWord(word, 1) && !view.pos(k).startsWith("m") && !view.pos(k).startsWith("q")) {
                return false;
            }
            at = view.end(k);
        }
        return true;
    }

    /**
     * Whether an organization is nothing but common words before a kind of body that after common words alone describes
     * one (common-word-body-heads.txt): 家庭办公室, 卫星办公室, 自行车零售店, 专项整治工作组, 联合调查组, 国安部门 (a field
     * abbreviation counts as a common word here). Any word HanLP tags as a name, place or abbreviation, a word it does not
     * know (the body's own name: 拼多多旗舰店), a Latin letter, a listed name or any name the rules found in it keeps the body;
     * so does a whole surface HanLP knows as a name (nt). Called for the suffix rule's unconfirmed bodies and for the
     * model's organizations, which tag such descriptions as often as the rule builds them.
     */
    private boolean isCommonWordsAndKind(TextView view, Candidate c, CandidateIndex known) {
        if (!c.hasType(EntityType.ORG) || c.origin() == Candidate.Origin.USER || c.origin() == Candidate.Origin.GAZETTEER) {
            return false;
        }
        int start = view.document.toCharIndex(c.span().start());
        int end = view.document.toCharIndex(c.span().end());
        String surface = view.text.substring(start, end);
        Optional<String> head = commonWordBodyHeads.stream()
                .filter(h -> surface.length() > h.length() && surface.endsWith(h)).findFirst();
        if (head.isEmpty() || !CoreWords.isPlainCommonWord(surface, 1) && CoreWords.isDictionaryWord(surface)) {
            return false; // not a kind listed, or a word HanLP knows as a name (a whole nt word)
        }
        if (startsAcronym(view.text, end) || latinGloss(view.text, end).filter(g -> startsAcronym(g, 0)).isPresent()) {
            return false; // 国际原子能机构（IAEA）: a description carries no acronym of its own
        }
        if (known.intersecting(c.span()).stream().anyMatch(k -> k != c && k.type().isPresent() && k.origin() != Candidate.Origin.ROLE
                && !k.span().equals(c.span()))) {
            return false; // a place or name the rules found inside (香港办公室 is another rule's)
        }
        if (start > 0 && end < view.text.length() && OPENING_QUOTES.indexOf(view.text.charAt(start - 1)) >= 0
                && CLOSING_QUOTES.indexOf(view.text.charAt(end)) >= 0) {
            return false; // “新华书店”: a name set in quotes
        }
        int headStart = end - head.get().length();
        int words = 0;
        for (int k = view.tokenStartingAt(start); k >= 0 && k < view.tokens.size() && view.start(k) < headStart; k++) {
            String word = view.tokens.get(k).text();
            String pos = view.pos(k);
            boolean common = CoreWords.isPlainCommonWord(word, 1) || lexicon.isFieldAbbreviation(word)
                    || pos.startsWith("m") || pos.startsWith("q");
            if (!common || view.end(k) > end || stateLevelWords.contains(word)) {
                return false; // a name, a word HanLP does not know, a token beyond the span, the state's own (中央巡视组)
            }
            if (view.end(k) <= headStart && (lexicon.titlesBefore().longestEndingAt(word, word.length(), 0)
                    .filter(t -> t.start() == 0).isPresent() || lexicon.orgSuffixes().longestEndingAt(word, word.length(), 0)
                    .filter(t -> t.start() == 0 || t.end() - t.start() >= 2).isPresent())) {
                return false; // a post's or a body's office (国家情报总监办公室, 区人民政府新闻办公室)
            }
            if (view.end(k) == headStart && pos.startsWith("v") && BODIES_NAMED_BY_THEIR_TASK.contains(head.get())) {
                return false; // a verb names the office's task (外国资产管制办公室), as for 选举委员会
            }
            words++;
        }
        // 国际/原子能/机构: the model's body with two or more common words before 机构 is a name (中介/机构 is not)
        int most = commonWordBodyHeadsAfterOneWord.contains(head.get())
                || c.origin() == Candidate.Origin.MODEL && modelBodyHeadsAfterOneWord.contains(head.get()) ? 1 : MAX_DESCRIPTION_WORDS;
        return words > 0 && words <= most && view.tokenStartingAt(start) >= 0;
    }

    /**
     * Most common words a description before a kind of body has (专项/整治/工作组, 疫情/原因/小吃店): longer runs of them are
     * how official bodies are named (外汇/市场/自律/机制/汇率/工作组, 防治/重大/动物/疫病/办公室).
     */
    private static final int MAX_DESCRIPTION_WORDS = 3;

    /** Whether two or more capital Latin letters and no small one start at char {@code at} (OECD, WHO). */
    private static boolean startsAcronym(String text, int at) {
        int capitals = 0;
        while (at + capitals < text.length() && text.charAt(at + capitals) >= 'A' && text.charAt(at + capitals) <= 'Z') {
            capitals++;
        }
        return capitals >= 2 && (at + capitals == text.length() || !LatinLetters.isLatinLetter(text.charAt(at + capitals)));
    }

    /** Quotation marks that set a name apart (“新华书店”, 「…」). */
    private static final String OPENING_QUOTES = "“「『\"‘《";
    private static final String CLOSING_QUOTES = "”」』\"’》";

    /**
     * Whether an organization is a city's role in the world (place-role-heads.txt) after nothing but places and
     * dictionary words with no name tag: 香港的国际金融中心地位, 世界最大离岸金融中心, 香港世界金融中心, 国际航运中心 name no body (the suffix
     * rule reads 中心/nis as one, the model sometimes too); the place before it stays. A name or abbreviation in front
     * (a body's or a person's) keeps it.
     */
    private boolean isPlaceRole(TextView view, Candidate c) {
        if (!c.hasType(EntityType.ORG) || c.origin() == Candidate.Origin.USER) {
            return false;
        }
        String surface = view.document.slice(c.span());
        Optional<String> head = placeRoleHeads.stream().filter(surface::endsWith).findFirst();
        if (head.isEmpty()) {
            return false;
        }
        int start = view.document.toCharIndex(c.span().start());
        int headStart = view.document.toCharIndex(c.span().end()) - head.get().length();
        for (int k = view.tokenAt(start); k >= 0 && k < view.tokens.size() && view.start(k) < headStart; k++) {
            String pos = view.pos(k);
            boolean place = pos.startsWith("ns") || lexicon.isPlace(view.tokens.get(k).text());
            if (!place && (pos.startsWith("nr") || pos.startsWith("nt") || pos.startsWith("nz") || pos.startsWith("j")
                    || pos.startsWith("nx") || pos.equals("nis") || pos.equals("nit")
                    || !CoreWords.isDictionaryWord(view.tokens.get(k).text()) && !pos.startsWith("m") && !pos.startsWith("w"))) {
                return false; // a name, an abbreviation, an institution word or a word HanLP does not know
            }
        }
        return true;
    }

    /** Words right after a city's role that mark it as one (香港的国际金融中心地位, 最大离岸金融中心之一). */
    private static final List<String> ROLE_MARKERS_AFTER = List.of("地位", "的地位", "之一", "功能", "的功能", "角色");
    /** Words in the clause before a city's role that make it the predicate (香港作为世界贸易中心, 成为亚洲金融中心). */
    private static final List<String> ROLE_MARKERS_BEFORE = List.of("作为", "成为", "是");
    private static final int ROLE_MARKER_REACH = 8;

    /**
     * Whether the model's organization is a city's role (isPlaceRole) that the text also marks as one: 地位 or 之一 after
     * it, 作为, 成为 or 是 shortly before it in its clause. A span the model names as a whole without such a mark is a
     * body's or a building's name (纽约世界贸易中心遭到恐怖袭击, 他曾在世界贸易中心工作); the suffix rule's spans need no mark.
     */
    private boolean isMarkedPlaceRole(TextView view, Candidate c) {
        if (!isPlaceRole(view, c)) {
            return false;
        }
        int start = view.document.toCharIndex(c.span().start());
        int end = view.document.toCharIndex(c.span().end());
        if (ROLE_MARKERS_AFTER.stream().anyMatch(w -> view.text.startsWith(w, end))) {
            return true;
        }
        int from = start;
        while (from > 0 && start - from < ROLE_MARKER_REACH && "，。；！？、：\n".indexOf(view.text.charAt(from - 1)) < 0) {
            from--;
        }
        String before = view.text.substring(from, start);
        return ROLE_MARKERS_BEFORE.stream().anyMatch(before::contains);
    }

    /** Legal forms that end a company's registered name (股份有限公司 ends in the first). */
    private static final List<String> LEGAL_COMPANY_FORMS = List.of("有限公司", "有限责任公司");

    /** The end of the longest place candidate starting at char {@code at} and ending by {@code end}, or {@code at}. */
    private static int placeEndingFrom(TextView view, int at, int end, CandidateIndex known) {
        int best = at;
        for (Candidate k : known.intersecting(new Span(view.document.toCodePoint(at), view.document.toCodePoint(at) + 1))) {
            int kStart = view.document.toCharIndex(k.span().start());
            int kEnd = view.document.toCharIndex(k.span().end());
            if (k.hasType(EntityType.LOC) && kStart == at && kEnd <= end && kEnd > best) {
                best = kEnd;
            }
        }
        return best;
    }

    /**
     * Whether a candidate is a two-character person name only HanLP's role tags propose, where
     * the model sees no name, whose "given name" is a function character on its own: a
     * preposition, conjunction, particle, direction, number or pronoun (周后, 车后, 原为, 包而,
     * 成多, 满地, 花么): a surname-like character run into the next word. Names the core
     * dictionary knows as names stay, and transliterations (亨特, 巴尔), and names whose given
     * name is an adverb (韩正: 正 is mostly one), a noun, adjective or verb character (苟晶,
     * 金淳, 王超: the model misses many such names). Also a two- or three-character one whose
     * first character is seldom a surname ({@link #RARE_SURNAME_SHARE}): 成迷, 平权, 都满得; a
     * two-character one whose second character is seldom a given name's
     * ({@link #RARE_GIVEN_NAME_USES}): 颜值, 连系; and a two-character one written once with nothing
     * around it that names a person ({@link #isWrittenOnceAlone}): 修满, 蓝旗, 齐平.
     */
    private boolean isUnconfirmedShortName(TextView view, Candidate c, CandidateIndex modelCandidates) {
        int length = c.span().length();
        if (c.origin() != Candidate.Origin.ROLE || !c.hasType(EntityType.PERSON) || length < 2 || length > 3) {
            return false;
        }
        String surface = view.document.slice(c.span());
        String tag = CoreWords.mainTag(surface.substring(1));
        boolean functionGiven = length == 2 && (tag.startsWith("p") || tag.startsWith("c") || tag.startsWith("u")
                || tag.startsWith("f") || tag.startsWith("y") || tag.startsWith("m") || tag.startsWith("r"));
        // not a transliteration's first character (普 of 普京: foreign names are no surname and a given name)
        boolean rareSurname = CoreWords.surnameShare(surface.charAt(0)) < RARE_SURNAME_SHARE
                && !lexicon.isTransliterationChar(surface.charAt(0)) && !followsTitle(view, c);
        // a second character the person-name dictionary seldom saw in a given name (颜值, 连系, 万单, 全域);
        // not in three-character names, where it may open a rare given name (孟晚舟)
        int givenUses = length == 2 ? CoreWords.givenNameUses(surface.charAt(1)) : -1;
        boolean rareGiven = givenUses >= 0 && givenUses < RARE_GIVEN_NAME_USES && !followsTitle(view, c);
        boolean knownName = CoreWords.frequency(surface) > 0 && !CoreWords.isWordWithoutNameTag(surface);
        if (knownName || lexicon.isTransliteration(surface) || !modelCandidates.intersecting(c.span()).isEmpty()) {
            return false;
        }
        // the text search of isWrittenOnceAlone last, after the cheap tests
        return functionGiven || rareSurname || rareGiven || length == 2 && isWrittenOnceAlone(view, c, surface);
    }

    /**
     * Marks next to a name that show it stands as a name: lists (、, ／), brackets, a speaker's or a byline's colon,
     * the dash of an attribution (——冷山时评).
     */
    private static final String NAME_MARKS = "、／/（）()：:—";

    /**
     * Whether a role-tag name is written once in the document with nothing around it that names a person: no title
     * before it, no list mark, bracket or colon next to it, no space around it (bylines: 发稿 沈燕 ；), no 叫 before
     * it (画家叫孟煌), no kinship word right before it (外孙女卓芮: kin-words.txt), no speech verb after it (舒立说) or
     * later in its clause (罗援表示, 闫淮随后说: speech-verbs.txt), and not a word of HanLP's dictionaries (普京). The
     * model sees no name there either, and such "names" are mostly a surname-like character run into a word (万马军中,
     * 持金量, 修满学分, 举起蓝旗, 齐平); a real person the model misses is mostly named again, or titled, or listed.
     */
    private boolean isWrittenOnceAlone(TextView view, Candidate c, String surface) {
        int start = view.document.toCharIndex(c.span().start());
        int end = view.document.toCharIndex(c.span().end());
        if (view.text.indexOf(surface) != start || view.text.indexOf(surface, end) >= 0 || followsTitle(view, c)
                || CoreWords.isDictionaryWord(surface)
                || start > 0 && view.text.charAt(start - 1) == '叫'
                || end < view.text.length() && SPEECH_VERB_CHARS.indexOf(view.text.charAt(end)) >= 0
                || afterKinWord(view, start) || speechVerbInClause(view, end)) {
            return false;
        }
        // isWhitespace covers the ideographic space U+3000 of bylines too
        boolean markBefore = start == 0 || NAME_MARKS.indexOf(view.text.charAt(start - 1)) >= 0
                || Character.isWhitespace(view.text.charAt(start - 1));
        boolean markAfter = end == view.text.length() || NAME_MARKS.indexOf(view.text.charAt(end)) >= 0
                || Character.isWhitespace(view.text.charAt(end));
        return !markBefore && !markAfter;
    }

    /**
     * Whether a kinship word of kin-words.txt ends right before {@code start}; not a word boundary of the
     * segmentation, which often runs the word into the name it does not know (外孙/女卓芮).
     */
    private boolean afterKinWord(TextView view, int start) {
        return kinWords.stream().anyMatch(w -> start >= w.length() && view.text.startsWith(w, start - w.length()));
    }

    /** How far after a name its clause may go on before a verb of saying that makes the name its subject. */
    private static final int SPEECH_VERB_REACH = 8;

    /**
     * Whether a verb of saying (speech-verbs.txt), a whole word of the segmentation, follows {@code end} within
     * {@link #SPEECH_VERB_REACH} characters of the same clause, with no bracket or 的 between: 罗援表示, 闫淮随后说.
     */
    private boolean speechVerbInClause(TextView view, int end) {
        int limit = Math.min(view.text.length(), end + SPEECH_VERB_REACH);
        for (int i = end; i < limit; i++) {
            // a bracket closes what the name began (霍氏新闻）表示: the speaker is the whole bracketed name), and after
            // 的 the name only describes the speaker (仇美恨日的义和团说)
            if (BEFORE_SURNAME_ALONE.indexOf(view.text.charAt(i)) >= 0 || "（）()《》的".indexOf(view.text.charAt(i)) >= 0) {
                return false;
            }
            int at = i;
            if (view.isWordStart(at) && speechVerbs.stream().anyMatch(
                    w -> view.text.startsWith(w, at) && view.isWordEnd(at + w.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a candidate is a three-character Chinese person only HanLP's role tags propose and the
     * model reads nowhere in the document, not even inside a longer span: a word run into the next
     * (关键一 of 关键一步, 叶子会 of 叶子会出现, 方式大 of 方式大受, 曾有一 of 曾有一段, 高得多, 易用性). The
     * model reads HanLP's words and its nr tag as hints and still sees no name there; a real name it
     * misses in one place it mostly tags in another. Kept: names HanLP's dictionary knows (习近平,
     * 特朗普/nrf), transliterations (杜德纳), a name after a title (编译 高思佳) or next to a 、 (lists of
     * victims, written once each), and a surname plus a word for the given name the text leaves out
     * (黄女士, 吴某某: address-words.txt), which the model, trained on full names, seldom tags.
     */
    private boolean isUnconfirmedThreeCharacterName(TextView view, Candidate c, List<String> modelSurfaces) {
        if (c.origin() != Candidate.Origin.ROLE || !c.hasType(EntityType.PERSON) || c.span().length() != 3) {
            return false;
        }
        String surface = view.document.slice(c.span());
        if (!surface.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                || lexicon.isTransliteration(surface) || CoreWords.frequency(surface) > 0 && !CoreWords.isWordWithoutNameTag(surface)
                || addressWords.contains(surface.substring(1)) || followsTitle(view, c)
                || modelSurfaces.stream().anyMatch(m -> m.contains(surface))) {
            return false;
        }
        int start = view.document.toCharIndex(c.span().start());
        int end = view.document.toCharIndex(c.span().end());
        if (start > 0 && view.text.charAt(start - 1) == '、') {
            return false;
        }
        // a surname and a first given character that make a word the dictionary holds only as a common one
        // (方式/为, 关键/点, 黄金/高, 周日/新; not 高峰, 白云, 黄河, which it also holds as names), in a name written
        // once with nothing around it: 王国 is such a word too, and 王国华 named twice or after a title is a person
        if (CoreWords.isPlainCommonWord(surface.substring(0, 2)) && isWrittenOnceAlone(view, c, surface)) {
            return true;
        }
        // a last character the dictionary saw more often as a word of its own than in given names (何用/更, 位公/投,
        // 方式/为; not 芮, 舟, 峰, which are mostly name characters), in a name written once with nothing around it
        int lastAsWord = CoreWords.frequency(surface.substring(2));
        if (lastAsWord > 0 && CoreWords.givenNameUses(surface.charAt(2)) < lastAsWord && isWrittenOnceAlone(view, c, surface)) {
            return true;
        }
        if (surface.charAt(1) == '得' && "多很".indexOf(surface.charAt(2)) >= 0) {
            return true; // 高得多, 那得多: an adjective or pronoun and the complement "much (more)"
        }
        if (end >= view.text.length()) {
            return false;
        }
        // a word run on ends inside the next word (关键一/步, 叶子会/出现); a name the text goes on from with a
        // punctuation mark, a conjunction or an event word (许家印和, 孟晚舟事件, 周远案) ends where the name ends
        char next = view.text.charAt(end);
        boolean nameEnds = !Character.isLetterOrDigit(next) || NAME_FOLLOWERS.indexOf(next) >= 0
                || SPEECH_VERB_CHARS.indexOf(next) >= 0 && !CoreWords.isDictionaryWord(view.text.substring(end - 1, end + 1))
                || IntStream.rangeClosed(end + 2, Math.min(view.text.length(), end + 4))
                        .anyMatch(to -> lexicon.eventSuffixes().longestEndingAt(view.text, to, end)
                                .filter(m -> m.start() == end).isPresent());
        return !nameEnds;
    }

    /** Speech verbs a subject's name ends before (柯文哲称, 柯文哲说), unless they end a word with its last character. */
    private static final String SPEECH_VERB_CHARS = "说称讲";

    /** Conjunctions and 案 (a case) that follow a name with nothing run into it (许家印和张近东, 周远案). */
    private static final String NAME_FOLLOWERS = "和与及跟同案";

    /**
     * A person's name that HanLP split into a preposition and a word (向/p 华强/nz), opening a list of
     * persons right after a title (演员向华强、于丹丹、何振梁): the model reading HanLP's words sees no name
     * there. A one-character word that is a surname (surnames.txt; 向, 于 are also ambiguous-surnames.txt,
     * so only three-character names, as there) plus a two-character word, together no dictionary word,
     * between a title (or 、) and a 、 that a person's name follows, is a person too. Not 向华为、… (华为
     * is a name of its own: any candidate over the item keeps it out, but the model's place or organization
     * over the given name alone, {@link #isModelBodyOverGivenName}).
     */
    private List<Candidate> withPersonsOpeningLists(TextView view, List<Candidate> kept) {
        Set<Integer> personStarts = new HashSet<>();
        for (Candidate c : kept) {
            if (c.hasType(EntityType.PERSON)) {
                personStarts.add(view.document.toCharIndex(c.span().start()));
            }
        }
        CandidateIndex index = new CandidateIndex(kept);
        List<Candidate> added = new ArrayList<>();
        List<Candidate> displaced = new ArrayList<>();
        for (int k = 3; k < view.tokens.size(); k++) {
            if (!view.tokens.get(k).text().equals("、") || !personStarts.contains(view.end(k))) {
                continue;
            }
            Token surname = view.tokens.get(k - 2);
            Token given = view.tokens.get(k - 1);
            Token before = view.tokens.get(k - 3);
            String item = surname.text() + given.text();
            boolean opens = before.pos().equals("nnt") || before.text().equals("、");
            if (!opens || surname.text().length() != 1 || given.text().length() != 2 || given.pos().startsWith("w")
                    || view.end(k - 2) != view.start(k - 1) || view.end(k - 1) != view.start(k)
                    || !lexicon.isSurname(surname.text())
                    || !item.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                    || CoreWords.isDictionaryWord(item)) {
                continue;
            }
            Candidate person = view.candidate(EntityType.PERSON, view.start(k - 2), view.end(k - 1), Candidate.Origin.PATTERN);
            List<Candidate> over = index.intersecting(person.span());
            if (over.isEmpty()) {
                added.add(person);
            } else if (over.stream().allMatch(c -> isModelBodyOverGivenName(view, c, person))) {
                added.add(person);
                displaced.addAll(over);
            }
        }
        if (added.isEmpty()) {
            return kept;
        }
        List<Candidate> all = new ArrayList<>(kept);
        all.removeAll(displaced);
        all.addAll(added);
        return merge(all);
    }

    /**
     * Whether a candidate over a list item is the model's place or organization over exactly the item's given name
     * (向/p 华强/nz: the retrained model reads 华强 as a company once 向 is a preposition), which the list of persons
     * outweighs; not a name the gazetteer holds (向华为、…: 华为 stays a company).
     */
    private boolean isModelBodyOverGivenName(TextView view, Candidate c, Candidate person) {
        int start = view.document.toCharIndex(c.span().start());
        int end = view.document.toCharIndex(c.span().end());
        return c.origin() == Candidate.Origin.MODEL && !c.hasType(EntityType.PERSON)
                && start == view.document.toCharIndex(person.span().start()) + 1 && c.span().end() == person.span().end()
                && lexicon.gazetteer().longestAt(view.text, start).filter(m -> m.end() >= end).isEmpty();
    }

    /** Whether a title word ends right before the candidate, maybe with a colon or spaces between (责任编辑：文婧, 编译 高思佳). */
    private boolean followsTitle(TextView view, Candidate c) {
        int start = view.document.toCharIndex(c.span().start());
        while (start > 0 && (view.text.charAt(start - 1) == '：' || view.text.charAt(start - 1) == ':'
                || Character.isWhitespace(view.text.charAt(start - 1)) || view.text.charAt(start - 1) == '\u3000')) {
            start--;
        }
        return lexicon.titlesBefore().longestEndingAt(view.text, start, Math.max(0, start - 6)).isPresent();
    }

    /**
     * Below this share of surname uses in HanLP's person-name dictionary (都 0.33, 成 0.25, 公 0.11,
     * 平 0.00; 曾 0.57, 何 0.98), a first character makes a role-tag name the model does not see
     * a word, not a name (成迷, 平权, 都满得, 公号). Real names with such a surname (华春莹, 景俊海)
     * are mostly found by the model or a title somewhere in the document and propagated back.
     */
    private static final double RARE_SURNAME_SHARE = 0.35;

    /**
     * Below this many given-name uses in HanLP's person-name dictionary (值 1, 系 2, 单 5, 域 5; 缘 14,
     * 律 22, 荻 24), the second character makes a two-character role-tag name the model does not see
     * a word, not a name (颜值, 连系, 万单, 全域, 严控, 储粮), unless a title precedes it (责任编辑：李缘).
     */
    private static final int RARE_GIVEN_NAME_USES = 10;

    /**
     * Whether a model organization is two joined by 和 or 与, the first ending in an organization
     * suffix (航空公司和工业公司, 劳工部和国土安全部): two names, which the rules find. Names join
     * with 及 (美国国会及行政当局中国委员会, 联合国粮食及农业组织), so 及 is left alone.
     */
    private boolean joinsTwoOrganizations(TextView view, Candidate model) {
        if (!model.hasType(EntityType.ORG)) {
            return false;
        }
        int start = view.document.toCharIndex(model.span().start());
        int end = view.document.toCharIndex(model.span().end());
        for (int k = view.tokenStartingAt(start); k >= 0 && k < view.tokens.size() && view.end(k) < end; k++) {
            String word = view.tokens.get(k).text();
            if (view.start(k) > start && !word.equals("及") && SuffixPatternSource.isConnector(word, view.pos(k))
                    && suffixes.endsInOrganizationSuffix(view, view.start(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a candidate is a place only HanLP's place recognition proposes: a role-tagged
     * place that neither HanLP's core nor its custom dictionary holds as a word (群里, 美台, 驻港),
     * that no model span, even a filtered-out one, overlaps but from inside it to its end or past it (a model name
     * that starts inside the word cuts it: 前白宫/ns), and that is no name plus a place suffix ({@link #isNameWithPlaceSuffix}).
     */
    private boolean isUnconfirmedPlace(TextView view, Candidate c, CandidateIndex modelCandidates) {
        if (c.origin() != Candidate.Origin.ROLE || !c.hasType(EntityType.LOC)) {
            return false;
        }
        String surface = view.document.slice(c.span());
        // a model span that starts inside the place and runs to its end or past it confirms no place there: it cuts the
        // glued word (前白宫/ns: the model's 白宫 after 前)
        return !CoreWords.isDictionaryWord(surface) && modelCandidates.intersecting(c.span()).stream()
                .allMatch(m -> m.span().start() > c.span().start() && m.span().end() >= c.span().end())
                && !isNameWithPlaceSuffix(surface);
    }

    /**
     * Whether a word is a name plus an administrative or geographic suffix (天元区, 登嘉楼州,
     * 马石村, 菲律宾海, 澧县): a stem of two or more characters that is no common word unless a
     * place (not 高发区, 老城区, 进村), or one character before 县; also a country abbreviation
     * plus 国 (加国, 澳国) and a name plus 帝国 (阿拉伯帝国).
     */
    private boolean isNameWithPlaceSuffix(String surface) {
        if (surface.length() == 2 && surface.charAt(1) == '国' && SuffixPatternSource.isCountryAbbreviation(surface.charAt(0))) {
            return true;
        }
        if (surface.length() >= 4 && surface.endsWith("帝国")) {
            return true;
        }
        char last = surface.charAt(surface.length() - 1);
        if (PLACE_SUFFIXES.indexOf(last) < 0 || endsInGenericPlaceWord(surface)) {
            return false;
        }
        String stem = surface.substring(0, surface.length() - 1);
        if (stem.length() == 1) {
            return last == '县';
        }
        return !CoreWords.isCommonWord(stem) || CoreWords.mainTag(stem).startsWith("ns");
    }

    /**
     * Whether a word ends in a generic place word (城市, 城区, 山区, …: generic-words.txt) after
     * something that is no place (万人城市, 绝大多数城市, 小城市): a description, not a name.
     */
    private boolean endsInGenericPlaceWord(String surface) {
        for (int i = 1; i <= surface.length() - 2; i++) {
            if (lexicon.isGeneric(surface.substring(i))) {
                String before = surface.substring(0, i);
                return !isKnownPlace(before);
            }
        }
        return false;
    }

    /** Last characters of place names: administrative units, then waters and islands. */
    private static final String PLACE_SUFFIXES = "省市县区州旗邦乡镇村庄岛湖海";

    /** Whether two spans overlap without one containing the other. */
    private static boolean crosses(Span a, Span b) {
        return a.intersects(b) && !(a.start() <= b.start() && b.end() <= a.end())
                && !(b.start() <= a.start() && a.end() <= b.end());
    }

    /** Whether HanLP's core dictionary tags {@code word} a place or the gazetteers list it as one. */
    private boolean isKnownPlace(String word) {
        return CoreWords.mainTag(word).startsWith("ns") || lexicon.isPlace(word);
    }

    /** Legislatures whose members the news names after their party (民主党立法会议员, 民主党众议院议长). */
    private static final List<String> LEGISLATURES = List.of("立法会", "立法院", "区议会", "议会", "国会", "参议院", "众议院");

    /**
     * The model's organizations that are a party or faction before a legislature, mostly before a
     * member's title or name or the primaries (民主党立法会议员胡志伟, 民主党立法会黄碧云,
     * 民主派立法会初选, 民主党众议院议长): two names, the party (not a faction: 民主派 names no
     * body) and the legislature, not one body; otherwise propagation spreads the joined form over
     * the split ones. So is a party after the legislature (参议院民主党: {@link #legislatureBeforeParty}).
     */
    private List<Candidate> partiesApartFromLegislatures(TextView view, List<Candidate> found) {
        List<Candidate> result = new ArrayList<>(found.size());
        for (Candidate c : found) {
            if (c.origin() != Candidate.Origin.MODEL || !c.hasType(EntityType.ORG)) {
                result.add(c);
                continue;
            }
            int start = view.document.toCharIndex(c.span().start());
            int end = view.document.toCharIndex(c.span().end());
            String surface = view.text.substring(start, end);
            Optional<Integer> caucus = legislatureBeforeParty(surface);
            if (caucus.isPresent()) {
                int partyStart = view.document.toCodePoint(start + caucus.get());
                result.add(new Candidate(new Span(c.span().start(), partyStart), c.type(), c.origin(), Optional.empty()));
                result.add(new Candidate(new Span(partyStart, c.span().end()), c.type(), c.origin(), Optional.empty()));
                continue;
            }
            String legislature = LEGISLATURES.stream().filter(surface::endsWith).findFirst().orElse("");
            int partyEnd = end - legislature.length();
            if (legislature.isEmpty() || partyEnd - start < 2 || !view.isWordStart(partyEnd)
                    || "党派".indexOf(view.text.charAt(partyEnd - 1)) < 0) {
                result.add(c);
                continue;
            }
            int legislatureStart = view.document.toCodePoint(partyEnd);
            int partyStart = c.span().start();
            for (int k = view.tokenStartingAt(start); k >= 0 && k < view.tokens.size() && partyEnd - view.end(k) >= 2; k++) {
                if (view.pos(k).startsWith("v")) {
                    partyStart = view.document.toCodePoint(view.end(k)); // 警方/n 拘捕/v 民主党: after the last verb
                }
            }
            if (view.text.charAt(partyEnd - 1) == '党') {
                result.add(new Candidate(new Span(partyStart, legislatureStart), c.type(), c.origin(), Optional.empty()));
            }
            result.add(new Candidate(new Span(legislatureStart, c.span().end()), c.type(), c.origin(), Optional.empty()));
        }
        return result;
    }

    /**
     * The candidates without the suffix rule's or the model's bodies that hold no name and run straight into an
     * organization's name
     * of the gazetteer, the model or a user's dictionary (视频监控公司/海康威视, 国家广播公司/越南电视台): words of two or more
     * words ending in 公司 for the kind of company the name after them is, which ANNOTATION.md leaves out as generic,
     * not a body of their own. Bodies with a name or a proper noun inside (美国国务院, 华为公司) stay, as do legal names
     * before a unit (中牧实业股份有限公司/兰州生物药厂) and bodies of other words before a name (自由党/立法会, 英超/切尔西).
     * The kind words are those of kinds-before-names.txt (公司, 组织, 机构: 国际人权组织“人权观察”), and the name may
     * follow in quotes.
     */
    private List<Candidate> withoutDescriptionsBeforeNames(TextView view, List<Candidate> candidates) {
        Map<Integer, Integer> organizationEnds = new HashMap<>(); // start → end of the longest body starting there
        for (Candidate c : candidates) {
            if (c.hasType(EntityType.ORG) && c.origin() != Candidate.Origin.ROLE && c.origin() != Candidate.Origin.PATTERN) {
                organizationEnds.merge(view.document.toCharIndex(c.span().start()), view.document.toCharIndex(c.span().end()),
                        Math::max);
            }
        }
        return without(view, candidates, (c, start, end) -> {
            Optional<String> kind = kindsBeforeNames.stream().filter(w -> view.text.startsWith(w, end - w.length())).findFirst();
            // not an acronym right after, the body's own (经济合作与发展组织OECD; 资产管理公司Invesco is a description)
            int nameStart = organizationEnds.containsKey(end) && !startsAcronym(view.text, end) ? end
                    : end + 1 < view.text.length() && OPENING_QUOTES.indexOf(view.text.charAt(end)) >= 0
                    && organizationEnds.containsKey(end + 1) ? end + 1 : -1;
            if (c.origin() != Candidate.Origin.PATTERN && c.origin() != Candidate.Origin.MODEL || !c.hasType(EntityType.ORG)
                    || nameStart < 0 || kind.isEmpty()
                    || isOwnShortNameOrUnit(view.text.substring(start, end),
                            view.text.substring(nameStart, organizationEnds.get(nameStart)))
                    || view.tokenStartingAt(start) < 0 || view.end(view.tokenStartingAt(start)) >= end - kind.get().length()
                    || view.text.substring(start, end).contains("有限") || view.text.substring(start, end).contains("股份")) {
                return false;
            }
            for (Candidate inside : candidates) {
                if (inside != c && inside.type().isPresent() && c.span().start() <= inside.span().start()
                        && inside.span().end() <= c.span().end()) {
                    return false;
                }
            }
            for (int at = start; at < end; ) {
                int k = view.tokenAt(at);
                if (k < 0) {
                    return false;
                }
                String pos = view.pos(k);
                if (pos.startsWith("nr") || pos.startsWith("ns") || pos.startsWith("nt") || pos.startsWith("nz")
                        || pos.startsWith("nx")) {
                    return false;
                }
                at = view.end(k);
            }
            return true;
        });
    }

    /**
     * Whether the name after a body is that body's own short name or one of its units, not the name a description
     * before it describes: its characters are all the body's, in order (经济合作与发展组织“经合组织”, 伊斯兰合作组织“伊合
     * 组织”: an abbreviation), or it ends in a word for a unit (body-unit-heads.txt: 国际原子能机构/福岛核污水评估工作组,
     * 国际特赦组织/香港分会). Ending in the same kind word is not enough: 国际人权组织/国际特赦组织 is a description.
     */
    private boolean isOwnShortNameOrUnit(String body, String name) {
        if (bodyUnitHeads.stream().anyMatch(name::endsWith)) {
            return true;
        }
        int at = 0;
        for (int i = 0; i < name.length() && at >= 0; i++) {
            at = body.indexOf(name.charAt(i), at);
            at = at < 0 ? -1 : at + 1;
        }
        return name.length() >= 2 && at >= 0;
    }

    /** One-character position words a tagger's place runs on into (南中国海里的岛礁, 长江中下游, 黑龙江上). */
    private static final String POSITION_CHARACTERS = "里内上中外边";

    /**
     * The candidates with a tagger's place that is a listed place of two or more characters plus one position character
     * ended before that character: HanLP's place recognition glues them into one word (南中国海里/ns) and the model follows.
     * Only listed places, so transliterations ending in 里 (索马里, 密苏里) stay whole.
     */
    private List<Candidate> withoutPositionCharacter(TextView view, List<Candidate> candidates) {
        return withLastCharacterCutWhere(view, candidates, (c, start, end) ->
                c.hasType(EntityType.LOC) && c.fromTagger() && end - start >= 3
                        && POSITION_CHARACTERS.indexOf(view.text.charAt(end - 1)) >= 0
                        && lexicon.isPlace(view.text.substring(start, end - 1)));
    }

    /**
     * A place in a photo caption's row (左二, 右一, 左三为, 左起): a side and a count, read by the role tags as a surname (左,
     * 右) and a given name, never a name (王百羽（左二）, 左一为胡庆祥副会长).
     */
    private static final Pattern CAPTION_POSITION = Pattern.compile("[左右][一二三四五六七八九十起]{1,2}[为起]?");

    /** Words for a body's party committee or party group (成都大学党委, 广州市商务委员会党组). */
    private static final List<String> PARTY_COMMITTEES = List.of("党委", "党组");

    /**
     * A rule's or tagger's organization that is a body and its party committee (成都大学党委书记, 广州市商务委员会党组书记,
     * 省国资委党委副书记) cut to the body, as the news annotations mark it: the committee is the body's own, its secretary
     * the body's officer; and one that ran a word for "former" into it (司法部原党组成员, 公安厅原党委委员) cut to the body
     * too. A place's party committee stays whole (新疆党委, 建华镇党委: the annotations mark these as bodies of their own).
     */
    private Candidate withoutPartyCommittee(TextView view, Candidate c) {
        if (!c.hasType(EntityType.ORG) || c.origin() == Candidate.Origin.USER || c.origin() == Candidate.Origin.GAZETTEER) {
            return c;
        }
        String surface = view.document.slice(c.span());
        Optional<String> committee = PARTY_COMMITTEES.stream().filter(surface::endsWith).findFirst();
        if (committee.isEmpty()) {
            return c;
        }
        int bodyEnd = surface.length() - committee.get().length();
        boolean former = bodyEnd > 0 && "原前".indexOf(surface.charAt(bodyEnd - 1)) >= 0;
        if (former) {
            bodyEnd--;
        }
        String body = surface.substring(0, bodyEnd);
        boolean endsInBody = body.length() >= 2 && (body.endsWith("委") || lexicon.orgSuffixes()
                .longestEndingAt(body, body.length(), Math.max(0, body.length() - 6)).isPresent());
        if (!endsInBody) {
            return c;
        }
        return c.withSpan(c.span().start(), c.span().start() + body.codePointCount(0, body.length()));
    }

    /**
     * Whether a person's name stands right before 号 or 级 as a word of its own (尼米兹/号 航母, 米利厄斯/号 神盾驱逐舰,
     * 伯克/级 驱逐舰, 提康德罗加/级): a ship or a ship class named after the person, no mention of anyone. Not 号称, 号召
     * or 级别, words of their own after a name.
     */
    private static boolean namesVessel(TextView view, Candidate c) {
        int end = view.document.toCharIndex(c.span().end());
        int k = view.tokenStartingAt(end);
        return k >= 0 && view.end(k) == end + 1 && (view.charAt(end) == '号' || view.charAt(end) == '级');
    }

    /**
     * The candidates without each organization ending in 部 whose 部 opens the title 部长 right after it (中国外交部长王毅,
     * 美国国防部长马蒂斯, 希腊外交部长, 财政部长): the minister's title, ANNOTATION.md's title before a person, no
     * mention of the ministry (the news annotations mark the place alone). A place before the ministry stays a place
     * through its own candidate. Not where 长 opens a word of its own (外交部长期关注: the ministry, 长期 "long").
     */
    private List<Candidate> withoutMinistersTitleBodies(TextView view, List<Candidate> candidates) {
        return candidates.stream().filter(c -> !(c.hasType(EntityType.ORG) && c.origin() != Candidate.Origin.USER
                && opensMinistersTitle(view.text, view.document.toCharIndex(c.span().end()))))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /**
     * Whether the 部 that ends a name at char {@code end} and the 长 after it read 部长, not 部 + a word 长X (长期, 长远):
     * 长 opens a word of its own only where that word is longer than the word 部长 would leave after it (外交部 长期
     * 关注, 外交部 长期以来; but 外交部长 期间, 外交部长 期待, where both read as words of two characters).
     */
    private static boolean opensMinistersTitle(String text, int end) {
        if (end < 1 || end >= text.length() || text.charAt(end - 1) != '部' || text.charAt(end) != '长') {
            return false;
        }
        return longestDictionaryWordAt(text, end) <= Math.max(1, longestDictionaryWordAt(text, end + 1));
    }

    /** The length of the longest dictionary word of two to four characters at char {@code start}, 0 if none. */
    private static int longestDictionaryWordAt(String text, int start) {
        for (int length = 4; length >= 2; length--) {
            if (start + length <= text.length() && CoreWords.isDictionaryWord(text.substring(start, start + length))) {
                return length;
            }
        }
        return 0;
    }

    /** The candidates with each tagger's or rule's body that is a legislature and a party split in two ({@link #legislatureBeforeParty}). */
    private List<Candidate> legislaturesApartFromParties(TextView view, List<Candidate> candidates) {
        List<Candidate> result = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            int start = view.document.toCharIndex(c.span().start());
            Optional<Integer> caucus = c.hasType(EntityType.ORG) && c.origin() != Candidate.Origin.USER
                    && c.origin() != Candidate.Origin.GAZETTEER
                    ? legislatureBeforeParty(view.document.slice(c.span())) : Optional.empty();
            if (caucus.isEmpty()) {
                result.add(c);
                continue;
            }
            int partyStart = view.document.toCodePoint(start + caucus.get());
            result.add(c.withSpan(c.span().start(), partyStart));
            result.add(c.withSpan(partyStart, c.span().end()));
        }
        return result;
    }

    /**
     * Where a legislature's name (with a country or city before it or not) is followed by a party's, the party's
     * start in {@code surface}: 美国参议院民主党 (领袖舒默), 国会共和党 (参议员) are the legislature and the party, two
     * bodies the news names on their own; the caucus is no third body of its own name. The party is a word of two to
     * four characters ending in 党 (民主党, 共和党, 工党), not a word for any party in opposition or power
     * (国会反对党: description-words.txt).
     */
    private Optional<Integer> legislatureBeforeParty(String surface) {
        if (!surface.endsWith("党")) {
            return Optional.empty();
        }
        for (String legislature : LEGISLATURES) {
            int at = surface.lastIndexOf(legislature);
            int partyStart = at + legislature.length();
            if (at >= 0 && surface.length() - partyStart >= 2 && surface.length() - partyStart <= 4
                    && surface.indexOf('党', partyStart) == surface.length() - 1
                    && !lexicon.isDescriptionWord(surface.substring(partyStart))) {
                return Optional.of(partyStart);
            }
        }
        return Optional.empty();
    }

    /**
     * A model person that is a person the rules found plus one more character is that person when the
     * character is an adverb of function-chars.txt (张赞宁曾指出: 曾, once; 还, 也, 都) or a word of its own that
     * HanLP's person-name dictionary lacks altogether (罗翔/nr 噼/n 里啪啦: 噼 of the onomatopoeia): the model
     * ran the name into the next word, which the rules' name (role tags, a title before it) ends before.
     */
    private Candidate withoutRunOnCharacter(TextView view, Candidate c, CandidateIndex ruleCandidates) {
        if (!c.hasType(EntityType.PERSON) || c.span().length() < 3) {
            return c;
        }
        int end = view.document.toCharIndex(c.span().end());
        char last = view.text.charAt(end - 1);
        // not a character a given name merely seldom holds (赵柱帮: 帮 was seen 0 times, yet the model is right)
        int lastWord = view.tokenStartingAt(end - 1);
        boolean unknownAlone = CoreWords.givenNameUses(last) < 0 && lastWord >= 0 && view.end(lastWord) == end;
        // adverbs only: 之 and 所 end names and names of bodies (胡适之, Hu Shih's style name; 陆金所)
        boolean adverb = lexicon.isFunctionChar(last) && CoreWords.mainTag(String.valueOf(last)).startsWith("d");
        if (!adverb && !unknownAlone) {
            return c;
        }
        for (Candidate r : ruleCandidates.intersecting(c.span())) {
            if (r.hasType(EntityType.PERSON) && r.span().start() == c.span().start()
                    && r.span().end() == c.span().end() - 1) {
                return c.withSpan(c.span().start(), r.span().end());
            }
        }
        return c;
    }

    /**
     * A place that HanLP or the model ran into the adverb 都 after it (济宁都超过, 巴基斯坦都声称) is the
     * place alone: the place without 都 is a known place and a verb or adverb follows (not
     * 东京都知事, nor 成都).
     */
    private Candidate withoutAdverbDou(TextView view, Candidate c) {
        String surface = view.document.slice(c.span());
        if (!c.hasType(EntityType.LOC) || surface.length() < 3 || !surface.endsWith("都")) {
            return c;
        }
        int next = view.tokenStartingAt(view.document.toCharIndex(c.span().end()));
        if (next < 0 || !(view.pos(next).startsWith("v") || view.pos(next).startsWith("d"))) {
            return c;
        }
        String place = surface.substring(0, surface.length() - 1);
        return isKnownPlace(place) ? c.withSpan(c.span().start(), c.span().end() - 1) : c;
    }

    /**
     * A model place or organization that is a verb and an institution word (nis) the verb takes as
     * its object is the institution word alone: after a one-character verb (吃/v 共产党, 退/v 共青团),
     * or when the word ends in no organization suffix (控制/vn 立法会) or is a generic word (建立/v
     * 研究所, which then names nothing). Not 进口/v 公司, 预防/vn 中心, 处置/vn 指挥部: a verb before a
     * word its suffix makes generic describes the body (ModelMentionSource already cuts a verb
     * before a proper noun).
     */
    /**
     * Generic words for bodies that a verb before them names by their task (选举委员会, 管理委员会, 保护协会, 防护中心,
     * 退党中心, 严重诈骗办公室): the verb is part of the body's name, not a clause taking the word as its object, though the word alone
     * names nothing.
     */
    static final Set<String> BODIES_NAMED_BY_THEIR_TASK = Set.of("委员会", "管理委员会", "协会", "组委会", "领导小组", "中心", "办公室");

    private Candidate withoutVerbBeforeInstitution(TextView view, Candidate model) {
        if (model.hasType(EntityType.PERSON)) {
            return model;
        }
        int start = view.document.toCharIndex(model.span().start());
        int verb = view.tokenStartingAt(start);
        if (verb < 0 || verb + 1 >= view.tokens.size() || view.end(verb + 1) != view.document.toCharIndex(model.span().end())) {
            return model;
        }
        String verbPos = view.pos(verb);
        String verbText = view.tokens.get(verb).text();
        String word = view.tokens.get(verb + 1).text();
        boolean isVerb = verbPos.equals("v") || verbPos.equals("vn") && CoreWords.isMostlyVerb(verbText);
        if (!isVerb || !view.pos(verb + 1).equals("nis") || word.length() < 2) {
            return model;
        }
        boolean object = verbText.length() == 1 && verbPos.equals("v")
                || lexicon.isGeneric(word) && !BODIES_NAMED_BY_THEIR_TASK.contains(word)
                || lexicon.orgSuffixes().longestEndingAt(word, word.length(), 0).isEmpty();
        return object ? model.withSpan(view.document.toCodePoint(view.start(verb + 1)), model.span().end()) : model;
    }

    /**
     * A model organization that runs a description into the name after it (日本投资银行野村证券,
     * 中国电信巨头华为公司, 美国智库卡托研究所) is the name: the span starts after the last word for
     * the body's kind ({@code description-words.txt}) that stands as a word of its own with two or more
     * characters after it. One that ends in such a word (台湾智库, a name) is left alone.
     */
    private Candidate withoutDescription(TextView view, Candidate model) {
        if (!model.hasType(EntityType.ORG)) {
            return model;
        }
        int start = view.document.toCharIndex(model.span().start());
        int end = view.document.toCharIndex(model.span().end());
        int cut = -1;
        for (int at = start; at + 2 <= end - 2; at++) {
            for (int to = at + 2; to <= end - 2; to++) {
                boolean word = view.isWordStart(at) || view.tokenAt(at) == view.tokenEndingAt(to); // 电信巨头: the word's end
                if (word && view.isWordEnd(to) && lexicon.isDescriptionWord(view.text.substring(at, to))) {
                    cut = Math.max(cut, to);
                }
            }
        }
        // a description with a descriptor that ends in a generic company word (中国/国有/金融公司 光大/集团): the
        // name follows it (not 地方/政府 永续发展理事会, the name of a body of local governments: no descriptor)
        boolean descriptor = false;
        for (int k = view.tokenStartingAt(start); cut < 0 && k >= 0 && k < view.tokens.size() && view.end(k) <= end - 2; k++) {
            descriptor |= descriptions.isDescriptor(view.tokens.get(k).text());
            if (descriptor && describesCompanyOnly(view, start, view.end(k))) {
                cut = view.end(k);
            }
        }
        return cut < 0 ? model : model.withSpan(view.document.toCodePoint(cut), model.span().end());
    }

    /** A model span with the cuts and types the steps below mend, in this order (each says what it mends). */
    private Candidate mended(TextView view, Candidate model, CandidateIndex ruleCandidates) {
        Candidate c = withoutDeterminer(view, model);
        c = withoutDescription(view, c);
        c = withoutVerbBeforeInstitution(view, c);
        c = asDictionaryType(view, c);
        c = asPersonCalledAfterTitle(view, c);
        c = asPlaceBody(view, c);
        c = asState(view, c);
        c = withoutAdverbDou(view, c);
        c = withoutRunOnCharacter(view, c, ruleCandidates);
        c = withoutGluedVerb(view, c);
        c = withSurnameBefore(view, c);
        c = withoutContinentLandmassWord(view, c);
        // cut here as well as for every candidate later: the checks between here and there see the model's body whole
        // otherwise (without this, 美国犹他州共和党籍众议员 lost 美国 and 犹他州)
        c = partyApartFromConstituency(view, withoutFormerBeforePlace(view, c));
        return asFacility(view, c, ruleCandidates);
    }

    /**
     * A two-character model person right after a surname that HanLP tagged a name on its own is the surname and
     * that given name (美国之音/锺/nr 辰芳: the model, which learned simplified text, knows no 锺 and took the given
     * name alone). Not after an ambiguous surname or a function character.
     */
    private Candidate withSurnameBefore(TextView view, Candidate c) {
        int start = view.document.toCharIndex(c.span().start());
        int end = view.document.toCharIndex(c.span().end());
        int before = view.tokenEndingAt(start);
        if (!c.hasType(EntityType.PERSON) || end - start != 2 || before < 0 || view.end(before) - view.start(before) != 1
                || !view.pos(before).equals("nr")) {
            return c;
        }
        char surname = view.text.charAt(start - 1);
        boolean plainSurname = lexicon.isSurname(String.valueOf(surname)) && !lexicon.isAmbiguousSurname(surname)
                && !lexicon.isFunctionChar(surname);
        return plainSurname ? c.withSpan(c.span().start() - 1, c.span().end()) : c;
    }

    /** Characters after a speech verb that show it opens the clause the person said (马斯称，, 说：“). */
    private static final String CLAUSE_OPENERS = "，,：:“\"「";

    /**
     * A person of three or more characters that ends in a speech verb before punctuation (德国外长马斯称，) or in
     * 现 before 为/任/年/居 (巴雷特现为, now is; 现年, now aged) is the name without it: HanLP and the model ran
     * the name into the verb. Given names seldom end in 称 or 说 and never do so before a comma; two-character
     * names (李现) stay.
     */
    private Candidate withoutGluedVerb(TextView view, Candidate c) {
        if (!c.hasType(EntityType.PERSON) || c.span().length() < 3) {
            return c;
        }
        int end = view.document.toCharIndex(c.span().end());
        if (end >= view.text.length()) {
            return c;
        }
        char last = view.text.charAt(end - 1);
        char next = view.text.charAt(end);
        boolean speech = (last == '称' || last == '说') && CLAUSE_OPENERS.indexOf(next) >= 0;
        boolean now = last == '现' && "为任年居".indexOf(next) >= 0;
        return speech || now ? c.withSpan(c.span().start(), c.span().end() - 1) : c;
    }

    /**
     * A model place or organization that opens with a determiner (那家研究所, 今届立法会, 本届政府) without it: the
     * determiner opens the noun phrase, the name (if any) follows. What is left is judged like any model span (研究所
     * alone is an institution word, no name).
     */
    private Candidate withoutDeterminer(TextView view, Candidate model) {
        if (!model.hasType(EntityType.ORG, EntityType.LOC)) {
            return model;
        }
        int start = view.document.toCharIndex(model.span().start());
        int end = view.document.toCharIndex(model.span().end());
        for (String determiner : lexicon.determiners()) {
            int cut = start + determiner.length();
            if (cut + 2 <= end && view.text.startsWith(determiner, start) && view.isWordStart(cut)) {
                return model.withSpan(view.document.toCodePoint(cut), model.span().end());
            }
        }
        return model;
    }

    /**
     * A mission's name runs from 驻 ("stationed in") or from its sender before 驻: 中国驻美大使馆, 台湾驻美代表处,
     * 驻加拿大台北经济文化代表处, 中央政府驻香港维护国家安全公署 (ANNOTATION.md: the outermost name). The model and the
     * suffix rule often start such a body at its host (加拿大台北经济文化代表处, 香港维护国家安全公署, 美代表处) or after
     * it (台北经济文化代表处 with 加拿大 a place of its own), leaving 驻 and the sender out. An organization ending in
     * a mission's head (mission-heads.txt) whose host, a place (a place candidate, a word the dictionaries know as a
     * place, or a one-character host: 美, 港, 华, 京, also when the body starts right after it) or a body (常驻联合国代表团),
     * comes right after 驻, inside it or right before it, is moved to start at 驻, or at a place or organization that
     * ends right before 驻 (the sender). Not where 驻 is the clause's verb ({@link #stationedAsVerb}: 派驻纽约办事处,
     * 李明驻北京办事处期间, 员工曾驻伦敦办事处), nor a body that names no host after 驻.
     */
    private List<Candidate> withStationedMissions(TextView view, List<Candidate> candidates) {
        Map<Integer, Candidate> namesByEnd = new HashMap<>();
        Set<Integer> hostStarts = new HashSet<>(); // where a place or a body other than a mission starts
        Set<Integer> personsByEnd = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.hasType(EntityType.PERSON)) {
                personsByEnd.add(view.document.toCharIndex(c.span().end()));
            }
            if (c.hasType(EntityType.LOC, EntityType.ORG)) {
                namesByEnd.merge(view.document.toCharIndex(c.span().end()), c, (a, b) -> a.span().length() >= b.span().length() ? a : b);
                if (!endsInMissionHead(view, c)) {
                    hostStarts.add(view.document.toCharIndex(c.span().start()));
                }
            }
        }
        List<Candidate> result = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            result.add(c.hasType(EntityType.ORG) && c.origin() != Candidate.Origin.USER ? fromStationedWord(view, c, namesByEnd, hostStarts, personsByEnd) : c);
        }
        return result;
    }

    /** Whether a place the dictionaries know starts at char {@code at} (香港 of 香港特别行政区/n, 休斯敦). */
    private boolean startsWithKnownPlace(TextView view, int at) {
        for (int length = 2; length <= 4 && at + length <= view.text.length(); length++) {
            if (isKnownPlace(view.text.substring(at, at + length))) {
                return true;
            }
        }
        return false;
    }

    private boolean endsInMissionHead(TextView view, Candidate c) {
        String surface = view.document.slice(c.span());
        return missionHeads.stream().anyMatch(surface::endsWith);
    }

    private Candidate fromStationedWord(TextView view, Candidate c, Map<Integer, Candidate> namesByEnd, Set<Integer> hostStarts,
            Set<Integer> personsByEnd) {
        if (!endsInMissionHead(view, c)) {
            return c;
        }
        int hostStart = view.document.toCharIndex(c.span().start());
        for (Candidate place = namesByEnd.get(hostStart); (hostStart == 0 || view.text.charAt(hostStart - 1) != '驻')
                && place != null && place.hasType(EntityType.LOC); place = namesByEnd.get(hostStart)) {
            hostStart = view.document.toCharIndex(place.span().start()); // 驻/加拿大/ + 台北经济文化代表处
        }
        if (hostStart >= 2 && view.text.charAt(hostStart - 2) == '驻' && isOneCharacterHost(view.text.charAt(hostStart - 1))) {
            hostStart--; // 驻京 + 办事处: the body was found without its one-character host
        }
        if (hostStart == 0 || view.text.charAt(hostStart - 1) != '驻') {
            return c;
        }
        int hostWord = view.tokenStartingAt(hostStart); // a model body has replaced the place candidates inside it
        boolean namedHost = hostStarts.contains(hostStart) || isOneCharacterHost(view.text.charAt(hostStart))
                || hostWord >= 0 && view.pos(hostWord).startsWith("ns") || startsWithKnownPlace(view, hostStart);
        if (!namedHost || stationedAsVerb(view, hostStart - 1, personsByEnd, namesByEnd.keySet())) {
            return c;
        }
        int start = hostStart - 1;
        if (start >= 1 && view.text.charAt(start - 1) == '常') {
            start--; // 常驻: permanently stationed, with a sender (stationedAsVerb)
        }
        Candidate sender = namesByEnd.get(start);
        if (sender != null) {
            start = view.document.toCharIndex(sender.span().start());
        }
        return c.withSpan(view.document.toCodePoint(start), c.span().end());
    }

    /** Whether a character alone names a mission's host right after 驻: a place abbreviation (美, 港) or mission-host-chars.txt (华, 京). */
    private boolean isOneCharacterHost(char c) {
        return lexicon.isPlaceAbbreviationChar(c) || missionHostChars.indexOf(c) >= 0;
    }

    /**
     * Whether 驻 at char {@code zhu} is the clause's verb, "to be stationed at", so that no mission's name starts there:
     * after a word of stationed-verb-words.txt starting a word of the text (派驻, 留驻, 长/驻, 曾经, 记者), a person
     * candidate ending right before, or a word tagged as a pronoun, personal name, person noun, adverb or time morpheme
     * (他, 李明, 外交官, 长期, 轮流, 现) unless it is one of that file's "!" words (将驻以色列大使馆, 其驻渥太华大使馆)
     * or an adverb opening its clause (甚至驻美大使馆也发表了声明);
     * and 常驻 with no name ending right before it (记者常驻香港办事处; 中国常驻联合国代表团 is a mission). One guard
     * for {@link #withStationedMissions} and for the copies {@link #propagate} makes of a mission's name (派驻香港办事处
     * must not take 驻 from 驻香港办事处 found in another sentence).
     */
    private boolean stationedAsVerb(TextView view, int zhu, Set<Integer> personEnds, Set<Integer> nameEnds) {
        int before = zhu;
        if (zhu >= 1 && view.text.charAt(zhu - 1) == '常') {
            before = zhu - 1;
            if (!nameEnds.contains(before)) {
                return true;
            }
        }
        for (String word : stationedMissionOpeners) {
            if (endsWithWordAt(view, word, before)) {
                return false;
            }
        }
        for (String word : stationedVerbWords) {
            if (endsWithWordAt(view, word, before)) {
                return true;
            }
        }
        if (personEnds.contains(before)) {
            return true;
        }
        int token = view.tokenEndingAt(before);
        if (token < 0) {
            return false;
        }
        String pos = view.pos(token);
        if (pos.startsWith("d") || pos.equals("vd") || pos.equals("tg")) {
            // an adverb opening its clause says something of the whole clause, whose subject the mission is
            // (甚至驻美大使馆也发表了声明, 随后驻美大使馆表示); after a subject it is the verb's (员工曾驻伦敦办事处)
            int previous = view.tokenEndingAt(view.start(token));
            return previous >= 0 && !view.pos(previous).startsWith("w");
        }
        return pos.startsWith("r") || pos.startsWith("nr") || pos.startsWith("nnt");
    }

    /** Whether {@code word} ends at char {@code end} and starts a word of the text there (留 of 留驻, not of 保留). */
    private static boolean endsWithWordAt(TextView view, String word, int end) {
        int from = end - word.length();
        return from >= 0 && view.text.startsWith(word, from) && view.isWordStart(from);
    }

    /**
     * The propagated copies without a mission's name copied over a place where 驻 is the clause's verb ({@link
     * #stationedAsVerb}): 驻香港办事处 found in one sentence is no name in 他被派驻香港办事处工作 of another, where the
     * name found on the spot (香港办事处) stays.
     */
    private List<Candidate> withoutStationedVerbCopies(TextView view, List<Candidate> propagated, List<Candidate> kept) {
        Set<Integer> personEnds = new HashSet<>();
        Set<Integer> nameEnds = new HashSet<>();
        for (Candidate c : kept) {
            int end = view.document.toCharIndex(c.span().end());
            if (c.hasType(EntityType.PERSON)) {
                personEnds.add(end);
            } else if (c.hasType(EntityType.LOC, EntityType.ORG)) {
                nameEnds.add(end);
            }
        }
        List<Candidate> result = new ArrayList<>(propagated.size());
        for (Candidate p : propagated) {
            int start = view.document.toCharIndex(p.span().start());
            if (!(p.hasType(EntityType.ORG) && view.text.charAt(start) == '驻' && endsInMissionHead(view, p)
                    && stationedAsVerb(view, start, personEnds, nameEnds))) {
                result.add(p);
            }
        }
        return result;
    }

    /**
     * The candidates with an unnamed place inside a named one cut off (麦积镇某村: the town of 麦积镇 and "a village"):
     * 某 ("some") before a settlement word is the text's way of not naming the place, as 白某 does not name a person.
     * A place that is left with fewer than two characters is dropped.
     */
    private static List<Candidate> withoutUnnamedSettlements(TextView view, List<Candidate> candidates) {
        List<Candidate> result = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            int start = view.document.toCharIndex(c.span().start());
            int end = view.document.toCharIndex(c.span().end());
            int unnamed = view.text.indexOf('某', start);
            if (!c.hasType(EntityType.LOC) || c.origin() == Candidate.Origin.USER || unnamed < 0 || unnamed >= end - 1
                    || UNNAMED_SETTLEMENT_WORDS.indexOf(view.text.charAt(unnamed + 1)) < 0) {
                result.add(c);
            } else if (unnamed - start >= 2) {
                result.add(c.withSpan(c.span().start(), view.document.toCodePoint(unnamed)));
            }
        }
        return result;
    }

    /** Words for a settlement or an administrative unit that 某 before them leaves unnamed (某村, 某镇, 某县). */
    private static final String UNNAMED_SETTLEMENT_WORDS = "村镇乡县市区州省屯庄寨社街";

    /** Units that end a date (5日, 9月份, 80年代), longest first. */
    private static final List<String> DATE_UNITS = List.of("年代", "月份", "年", "月", "日", "号");
    private static final String CHINESE_DIGITS = "〇零一二三四五六七八九十两廿卅";

    /** A test of a candidate that also gets its span as char indexes of the view's text, {@code [start, end)}. */
    private interface SpanTest {
        boolean test(Candidate c, int start, int end);
    }

    /** A step that gives a candidate, with its span as char indexes of the view's text, the candidate to keep instead. */
    private interface SpanStep {
        Candidate apply(Candidate c, int start, int end);
    }

    /** The candidates, each replaced by what {@code step} makes of it, in their order. */
    private static List<Candidate> eachAtItsSpan(TextView view, List<Candidate> candidates, SpanStep step) {
        List<Candidate> result = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            result.add(step.apply(c, view.document.toCharIndex(c.span().start()), view.document.toCharIndex(c.span().end())));
        }
        return result;
    }

    /** The candidates without those {@code drop} is true of, in their order. */
    private static List<Candidate> without(TextView view, List<Candidate> candidates, SpanTest drop) {
        List<Candidate> result = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if (!drop.test(c, view.document.toCharIndex(c.span().start()), view.document.toCharIndex(c.span().end()))) {
                result.add(c);
            }
        }
        return result;
    }

    /** The candidates with the last character cut off those {@code cut} is true of, in their order. */
    private static List<Candidate> withLastCharacterCutWhere(TextView view, List<Candidate> candidates, SpanTest cut) {
        return eachAtItsSpan(view, candidates,
                (c, start, end) -> cut.test(c, start, end) ? c.withSpan(c.span().start(), c.span().end() - 1) : c);
    }

    /**
     * The candidates with the unit of a date before them cut off (5日/美国政府, 12日/日本政府,
     * 9月份/英国外交智库): the model and the suffix rules run a name on from the date's last
     * character. Only after digits, or two Chinese numerals, or 十/廿/卅 (十二日, 三十日): after one
     * numeral the character is as often a word's (统一/日本). Listed names keep their span (the
     * gazetteer's 日本 is right in 12日日本政府); a cut that leaves one character drops the candidate.
     */
    private static List<Candidate> withoutDateUnits(TextView view, List<Candidate> candidates) {
        List<Candidate> result = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            int start = view.document.toCharIndex(c.span().start());
            int end = view.document.toCharIndex(c.span().end());
            String unit = c.origin() == Candidate.Origin.USER || c.origin() == Candidate.Origin.GAZETTEER || !afterNumber(view.text, start)
                    ? null : DATE_UNITS.stream().filter(u -> view.text.startsWith(u, start)).findFirst().orElse(null);
            if (unit == null) {
                result.add(c);
            } else if (end - start - unit.length() >= 2) {
                result.add(c.withSpan(view.document.toCodePoint(start + unit.length()), c.span().end()));
            }
        }
        return result;
    }

    /**
     * A role-tag or model person of two characters right before 高速公路 or 高速 (a highway: 梅大高速, 沪昆高速公路) is
     * the highway's name, a place: HanLP and the model read the two places' abbreviations (梅州, 大埔) as a surname and
     * a given name. Not before 高速 and a verb (X高速发展, 高速行驶: "at high speed").
     */
    private Candidate asNamedHighway(TextView view, Candidate c) {
        if (!c.hasType(EntityType.PERSON) || c.span().length() != 2 || !c.fromTagger()) {
            return c;
        }
        int end = view.document.toCharIndex(c.span().end());
        String word = HIGHWAY_WORDS.stream().filter(w -> view.text.startsWith(w, end)).findFirst().orElse("");
        if (word.isEmpty()) {
            return c;
        }
        int after = end + word.length();
        int next = view.tokenStartingAt(after);
        if (word.equals("高速") && (next < 0 || view.pos(next).startsWith("v") && !view.pos(next).equals("vshi"))) {
            return c;
        }
        int start = view.document.toCharIndex(c.span().start());
        return view.candidate(EntityType.LOC, start, after, c.origin());
    }

    /**
     * A place that is a chain of places, each a name of its own (西太平洋关岛, 鄠邑区草堂镇环山路, 湖北省武汉市江汉区,
     * 美国加州): the model tags an address or a place and the larger place before it as one span, but the chain is no
     * name, and each part is (ANNOTATION.md annotates 北京 and 俄罗斯, not an address). Split only when every part is a
     * place: a listed or dictionary place, a name with an administrative suffix, a compass character before a listed
     * place (西太平洋), or a road that ends the chain. Listed places (撒哈拉以南非洲) and anything with a word between the
     * parts (长江三峡大坝, 广东省内公路) stay as they are.
     */
    private List<Candidate> withPlaceChainsApart(TextView view, List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            String surface = view.document.slice(c.span());
            List<Integer> cuts = c.hasType(EntityType.LOC) && c.fromTagger() && surface.length() >= 4
                    && !lexicon.isPlace(surface) && ONE_PLACE_WORDS.stream().noneMatch(surface::contains)
                    ? placeChainCuts(surface, 0) : List.of();
            if (cuts.stream().anyMatch(cut -> cut < surface.length() && isInsideLongerWord(surface, cut))) {
                cuts = List.of(); // 马里兰州 is no 马里 + 兰州: the dictionary's 马里兰 runs across the cut
            }
            if (cuts.size() >= 2 && "江河湖海山".indexOf(surface.charAt(cuts.get(0) - 1)) >= 0) {
                cuts = List.of(); // 长江三峡, 黄河壶口: a feature named with its river or mountain, not two places
            }
            int length = surface.length();
            if (cuts.isEmpty() && c.hasType(EntityType.LOC) && c.fromTagger() && length >= 5 && surface.endsWith("路")
                    && !isRoadsName(surface.substring(length - 3))) {
                // 四川省盘山路: the places before a kind of road are the chain, the road is no name
                List<Integer> placeCuts = placeChainCuts(surface.substring(0, length - 3), 0);
                if (!placeCuts.isEmpty()) {
                    cuts = placeCuts;
                }
            }
            if (cuts.size() < 2 && !(cuts.size() == 1 && cuts.get(0) < length)) {
                out.add(c);
                continue;
            }
            int start = view.document.toCharIndex(c.span().start());
            int from = 0;
            for (int cut : cuts) {
                out.add(view.candidate(EntityType.LOC, start + from, start + cut, c.origin()));
                from = cut;
            }
        }
        return out;
    }

    /** Whether a dictionary word or listed place of three characters or more runs across char {@code cut} of {@code surface}. */
    private boolean isInsideLongerWord(String surface, int cut) {
        for (int i = Math.max(0, cut - 4); i < cut; i++) {
            for (int j = cut + 1; j <= Math.min(surface.length(), cut + 4); j++) {
                String word = surface.substring(i, j);
                if (word.length() >= 3 && (CoreWords.isDictionaryWord(word) || lexicon.isPlace(word))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The ends of the places that make up {@code surface} from {@code at} on, longest part first; empty if none fits. */
    private List<Integer> placeChainCuts(String surface, int at) {
        for (int end = surface.length(); end >= at + 2; end--) {
            if (!isChainPart(surface.substring(at, end), end == surface.length())) {
                continue;
            }
            if (end == surface.length()) {
                return List.of(end);
            }
            List<Integer> rest = placeChainCuts(surface, end);
            if (!rest.isEmpty()) {
                List<Integer> cuts = new ArrayList<>();
                cuts.add(end);
                cuts.addAll(rest);
                return cuts;
            }
        }
        return List.of();
    }

    /** Words that make a region's one official name of a place before them (新疆维吾尔自治区, 香港特别行政区): one-place-words.txt. */
    private static final List<String> ONE_PLACE_WORDS = List.copyOf(EntityLexicon.words("one-place-words.txt"));

    /** Administrative suffixes a part of a place chain may end in (chain-suffixes.txt; no 岛湖海: 关岛 is listed). */
    private static final String CHAIN_SUFFIXES = String.join("", EntityLexicon.words("chain-suffixes.txt"));

    /**
     * Whether a stem before an administrative suffix names one place: no administrative suffix inside it and no place
     * opening it (鄠邑区草堂 and 纽约哈林 are two places, so 鄠邑区草堂镇 and 纽约哈林区 are chains, not one name).
     */
    private boolean isOnePlacesStem(String stem) {
        for (int i = 2; i < stem.length(); i++) {
            if (isKnownPlace(stem.substring(0, i))) {
                return false;
            }
        }
        return stem.chars().noneMatch(ch -> CHAIN_SUFFIXES.indexOf(ch) >= 0);
    }

    private boolean isChainPart(String part, boolean last) {
        if (lexicon.isGeneric(part) || CoreWords.isCommonWord(part) && !isKnownPlace(part)) {
            return false; // 特区, 内地, 西岸: words, not names
        }
        if (part.length() == 2 && "东西南北".indexOf(part.charAt(0)) >= 0 && !lexicon.isPlace(part)) {
            return false; // 菏泽南站, 武昌南站: a station or quarter named by its bearing belongs to the place before it
        }
        String stem = part.substring(0, part.length() - 1);
        if (part.length() >= 3 && isKnownPlace(stem) && CoreWords.isCommonWord(part.substring(part.length() - 2))) {
            return false; // 加勒比海地区: 海地 + 区 would read Haiti into 海 + 地区
        }
        if (lexicon.isPlace(part) || isKnownPlace(part) && part.length() >= 2) {
            return true;
        }
        char end = part.charAt(part.length() - 1);
        if (part.length() >= 3 && CHAIN_SUFFIXES.indexOf(end) >= 0 && isNameWithPlaceSuffix(part)
                && isOnePlacesStem(stem)) {
            return true;
        }
        if (part.length() >= 4 && "东西南北".indexOf(part.charAt(0)) >= 0 && lexicon.isPlace(part.substring(1))) {
            return true; // 西太平洋
        }
        return last && part.length() == 3 && end == '路' && CHAIN_SUFFIXES.indexOf(part.charAt(0)) < 0
                && isRoadsName(part)
                && POSITION_CHARACTERS.indexOf(part.charAt(0)) < 0 // 广东省内公路: 省内 (in the province) and a road
                && part.chars().allMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN);
    }

    /**
     * Whether a road of a place chain is named, not a kind of road: HanLP's dictionary has 盘山路 as a common noun (a
     * mountain road; named roads it has are ns or nz: 长江路, 环山路), and a locative stem (山间路) places a road, it
     * names none.
     */
    private static boolean isRoadsName(String road) {
        List<String> tags = CoreWords.tags(road);
        if (tags.contains("n") && tags.stream().noneMatch(t -> t.startsWith("ns"))) {
            return false;
        }
        String stemTag = CoreWords.mainTag(road.substring(0, road.length() - 1));
        return !stemTag.equals("s") && !stemTag.startsWith("f");
    }

    /**
     * A tagger's person of three characters or more that ends in 区 (潘科区, 叶集区: HanLP reads 潘科区/nr, the model
     * a surname and a given name) is a district, a place: 区 ends no given name in the corpus's persons. So is one of
     * four characters or more that ends in 州 or 市 (德拉华州, 罗利港市), longer than a Chinese name with its place
     * word (陈柏州, 陈俊村 are persons). Not after a verb of one character (封小区): that is a verb and a noun.
     */
    private Candidate asDistrict(TextView view, Candidate c) {
        if (!c.hasType(EntityType.PERSON) || !c.fromTagger() || c.span().length() < 3) {
            return c;
        }
        int start = view.document.toCharIndex(c.span().start());
        int end = view.document.toCharIndex(c.span().end());
        char last = view.text.charAt(end - 1);
        boolean district = last == '区' || (last == '州' || last == '市') && end - start >= 4;
        int first = view.tokenStartingAt(start);
        if (!district || first >= 0 && view.end(first) == start + 1 && view.pos(first).startsWith("v")) {
            return c;
        }
        return c.withType(EntityType.LOC);
    }

    /**
     * Highways named by two one-character abbreviations of the places they join, each a word of its own for HanLP
     * (大/a 广/a 高速: 大庆–广州, 二/m 广/a 高速: 二连浩特–广州), where no tagger finds a name: places. Not after another
     * noun or adjective character of its own (a third abbreviation would make the two a fragment), not where a measure word, verb,
     * adverb, preposition or particle is one of the two (一条高速, 新修高速), and not before a verb (高速发展).
     */
    private List<Candidate> abbreviatedHighways(TextView view) {
        List<Candidate> found = new ArrayList<>();
        for (int k = 2; k < view.tokens.size(); k++) {
            String word = view.tokens.get(k).text();
            if (!HIGHWAY_WORDS.contains(word) && !(word.equals("高速") && k + 1 < view.tokens.size()
                    && view.tokens.get(k + 1).text().equals("公路"))) {
                continue;
            }
            int after = word.equals("高速") && k + 1 < view.tokens.size() && view.tokens.get(k + 1).text().equals("公路")
                    ? view.end(k + 1) : view.end(k);
            int next = view.tokenStartingAt(after);
            if (next >= 0 && view.pos(next).startsWith("v") && !view.pos(next).equals("vshi")) {
                continue;
            }
            boolean abbreviations = true;
            for (int j = k - 2; j < k; j++) {
                String piece = view.tokens.get(j).text();
                String pos = view.pos(j);
                abbreviations &= piece.length() == 1 && Character.isIdeographic(piece.charAt(0)) && view.end(j) == view.start(j + 1)
                        && !lexicon.isFunctionChar(piece.charAt(0))
                        && !(pos.startsWith("q") || pos.startsWith("v") || pos.startsWith("d") || pos.startsWith("p")
                        || pos.startsWith("u") || pos.startsWith("c") || pos.startsWith("r") || pos.startsWith("f")
                        || pos.equals("ng")); // 州/际/高速公路: 际 is no word of its own, interstate
            }
            if (!abbreviations || CoreWords.isPlainCommonWord(view.text.substring(view.start(k - 2), view.start(k)))) {
                continue; // 州际/高速公路: interstate, a common word
            }
            int before = k - 3;
            if (before >= 0 && view.end(before) == view.start(k - 2) && view.tokens.get(before).text().length() == 1
                    && Character.isIdeographic(view.tokens.get(before).text().charAt(0))
                    && !lexicon.isFunctionChar(view.tokens.get(before).text().charAt(0))
                    && (view.pos(before).startsWith("n") || view.pos(before).startsWith("j") || view.pos(before).startsWith("a")
                    || view.pos(before).startsWith("b"))) {
                continue;
            }
            found.add(view.candidate(EntityType.LOC, view.start(k - 2), after, Candidate.Origin.PATTERN));
        }
        return found;
    }

    /**
     * The candidates with the highways added and a tagger's place that runs from a highway into the place after it
     * (大广高速河南新县 for 大广高速/河南新县省界段, the model's span) split into the highway and the rest.
     */
    private static List<Candidate> withHighwaysApart(TextView view, List<Candidate> candidates, List<Candidate> highways) {
        if (highways.isEmpty()) {
            return candidates;
        }
        Map<Integer, Candidate> byStart = new HashMap<>();
        highways.forEach(h -> byStart.put(h.span().start(), h));
        List<Candidate> result = new ArrayList<>(candidates.size() + highways.size());
        for (Candidate c : candidates) {
            Candidate highway = byStart.get(c.span().start());
            if (highway != null && c.hasType(EntityType.LOC) && c.fromTagger() && c.span().end() - highway.span().end() >= 2) {
                result.add(c.withSpan(highway.span().end(), c.span().end()));
            } else {
                result.add(c);
            }
        }
        result.addAll(highways);
        return result;
    }

    /** Words for a highway after its name, longest first. */
    private static final List<String> HIGHWAY_WORDS = List.of("高速公路", "高速");

    /**
     * A role-tag or model person of three characters that ends in a village name's last character
     * (settlement-chars.txt: 坪, 畈, 场) and stands next to the 、 of a list is a place: 抵达黎家坪、王家畈、
     * 仁和坪或邻近各处 and 撤退至刘家场、桃树、王家畈等地 list villages, which HanLP's role tags read as
     * surname plus given name (黎/家坪). The list keeps a name plus 场 of 场上 (梅西场上) out.
     */
    private Candidate asListedSettlement(TextView view, Candidate c) {
        if (!c.hasType(EntityType.PERSON) || c.span().length() != 3 || !c.fromTagger()) {
            return c;
        }
        int start = view.document.toCharIndex(c.span().start());
        int end = view.document.toCharIndex(c.span().end());
        boolean listed = (start > 0 && view.text.charAt(start - 1) == '、')
                || (end < view.text.length() && view.text.charAt(end) == '、');
        if (!listed || !settlementChars.contains(view.text.charAt(end - 1))) {
            return c;
        }
        return c.withType(EntityType.LOC);
    }

    /** Pinyin readings, to match a transliterated name's first character to its Latin gloss's first letter. */
    private static final Pronunciation PINYIN = Pronunciation.hanLp();

    /**
     * The candidates with a tagger's person or place that a Latin gloss in brackets follows taken back to
     * where the gloss shows the name starts (的纳/v 许维尔/nr（Nashville）, 富/vg 布/n 赖特/nrf（Fulbright）: HanLP broke the
     * name's first characters off as one-character words). Only for a gloss of one word (a person's gloss of two words
     * opens with a given name the Chinese often leaves out: 拜登（Joe Biden）), and only when the name's first character's
     * pinyin does not open with the gloss's first letter, and one or two one-character words of transliteration
     * characters before it, no function character, make the name start with a character whose pinyin does (纳 na for N,
     * 富 fu for F).
     */
    private List<Candidate> withNamesFromGlossStart(TextView view, List<Candidate> candidates) {
        Set<Integer> ends = new HashSet<>();
        candidates.forEach(c -> ends.add(view.document.toCharIndex(c.span().end())));
        List<Candidate> result = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            int start = view.document.toCharIndex(c.span().start());
            int end = view.document.toCharIndex(c.span().end());
            Optional<String> gloss = c.hasType(EntityType.PERSON, EntityType.LOC) && c.fromTagger() && end - start >= 2
                    ? latinGloss(view.text, end).filter(g -> g.indexOf(' ') < 0) : Optional.empty();
            char initial = gloss.map(g -> Character.toLowerCase(g.charAt(0))).orElse(' ');
            int from = start;
            if (gloss.isPresent() && !opensLike(view.text.charAt(start), initial) && !isKnownWhole(view.slice(start, end))) {
                for (int back = 1; back <= 2 && start - back >= 0; back++) {
                    int at = start - back;
                    char ch = view.text.charAt(at);
                    int k = view.tokenAt(at);
                    if (k < 0 || view.start(k) != at || view.end(k) != at + 1 || !lexicon.isTransliterationChar(ch)
                            || lexicon.isFunctionChar(ch) || ends.contains(at + 1) && back == 1
                            || isFunctionWordTag(view.pos(k)) || lexicon.isPlaceAbbreviationChar(ch)) {
                        break;
                    }
                    if (opensWith(ch, initial)) {
                        from = at;
                        break;
                    }
                }
            }
            result.add(from == start ? c : view.candidate(c.type().orElseThrow(), from, end, c.origin()));
        }
        return result;
    }

    private static boolean opensWith(char c, char latinInitial) {
        return PINYIN.syllable(c).filter(p -> !p.isEmpty() && p.charAt(0) == latinInitial).isPresent();
    }

    /**
     * Whether {@code c} can transliterate a name opening with {@code latinInitial}: its pinyin opens with that letter, or
     * with the one Chinese writes for it (罗姆尼 Romney, 卢比奥 Rubio: l for r; 克林顿 Clinton: k for c).
     */
    private static boolean opensLike(char c, char latinInitial) {
        return opensWith(c, latinInitial) || latinInitial == 'r' && opensWith(c, 'l') || latinInitial == 'c' && opensWith(c, 'k');
    }

    /** Whether HanLP's dictionary or the gazetteer knows {@code surface} whole as a name (俄罗斯/nsf, 克林顿/nrf). */
    private boolean isKnownWhole(String surface) {
        return lexicon.typeOf(surface).isPresent()
                || CoreWords.tags(surface).stream().anyMatch(t -> t.startsWith("nr") || t.startsWith("ns"));
    }

    /** Whether HanLP's tag is a conjunction's, preposition's, adverb's or pronoun's (若/c, 因/p, 都/d, 其/r): no name part. */
    private static boolean isFunctionWordTag(String pos) {
        return pos.startsWith("c") || pos.startsWith("p") || pos.startsWith("d") || pos.startsWith("r");
    }

    /**
     * The candidates with a tagger's person that ends one Chinese character before a Latin gloss of two or more words
     * in brackets taken up to the gloss (茂木敏/充（Toshimitsu Motegi）, 杉崎浩/一（Koichi Sugisaki）): a gloss follows
     * the whole name, and four-character Japanese names are what the taggers, trained on Chinese names of two or three
     * characters, cut short. Not over a function or speech character (普京说（Putin said）) or a character another
     * candidate starts with, and only when the person then has at most four characters.
     */
    private List<Candidate> withNamesUpToGloss(TextView view, List<Candidate> candidates) {
        Set<Integer> starts = new HashSet<>();
        candidates.forEach(c -> starts.add(view.document.toCharIndex(c.span().start())));
        List<Candidate> result = null;
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            int start = view.document.toCharIndex(c.span().start());
            int end = view.document.toCharIndex(c.span().end());
            if (!c.hasType(EntityType.PERSON) || !c.fromTagger() || end - start < 2 || end - start > 3
                    || end >= view.text.length() || starts.contains(end)) {
                continue;
            }
            char next = view.text.charAt(end);
            if (Character.UnicodeScript.of(next) != Character.UnicodeScript.HAN || lexicon.isFunctionChar(next)
                    || SPEECH_VERB_CHARS.indexOf(next) >= 0
                    || latinGloss(view.text, end + 1).filter(EntityRecognizer::isGivenAndFamilyName).isEmpty()) {
                continue;
            }
            if (result == null) {
                result = new ArrayList<>(candidates);
            }
            result.set(k, view.candidate(EntityType.PERSON, start, end + 1, c.origin()));
        }
        return result == null ? candidates : result;
    }

    /**
     * The candidates with a tagger's person in Chinese script and without a name dot made an organization where a company's
     * Latin name glosses it: two or more words ending in a word that ends only organizations' names (科林（Lam Research）,
     * 东京威力（Tokyo Electron Limited）: latin-org-words.txt's "anywhere" words), or one acronym of three or more capitals
     * (艾斯摩尔（ASML）) with fewer than two vowels (艾伦（ALAN） is a name in capitals) that is no photo credit (（AFP）). The taggers, trained on text where such transliterations named
     * people, read them so; a person's gloss is his names (拜登（Joe Biden）), and a person written with a dot
     * (亚历山德里娅·奥卡西奥-科尔特斯（AOC）) is left alone.
     */
    private List<Candidate> withBodiesGlossedAsBodies(TextView view, List<Candidate> candidates) {
        List<Candidate> result = null;
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            if (!c.hasType(EntityType.PERSON) || !c.fromTagger()) {
                continue;
            }
            String surface = view.document.slice(c.span());
            if (!surface.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                continue;
            }
            Optional<String> gloss = latinGloss(view.text, view.document.toCharIndex(c.span().end()));
            if (gloss.isEmpty() || !namesBody(gloss.get())
                    || isTitledPerson(view, c) || gloss.get().indexOf(' ') < 0 && isPersonsName(surface)) {
                continue;
            }
            if (result == null) {
                result = new ArrayList<>(candidates);
            }
            result.set(k, c.withType(EntityType.ORG));
        }
        return result == null ? candidates : result;
    }

    /**
     * Whether a person's title or occupation stands right before {@code c}, maybe with a 小 or 老 between: a title word
     * (大法官金斯伯格（RBG）, 王储小萨勒曼（MBS）) or a word HanLP tags as an occupation, nnt (作家凯利（Kelly Post）, 歌手).
     */
    private boolean isTitledPerson(TextView view, Candidate c) {
        int start = view.document.toCharIndex(c.span().start());
        if (start > 0 && "小老".indexOf(view.text.charAt(start - 1)) >= 0) {
            start--;
        }
        if (start <= 0) {
            return false;
        }
        int k = view.tokenAt(start - 1);
        return lexicon.titlesBefore().longestEndingAt(view.text, start, Math.max(0, start - 6)).isPresent()
                || k >= 0 && view.end(k) == start && view.pos(k).equals("nnt");
    }

    /**
     * Whether {@code surface} reads as a person's name whatever acronym follows it (initials, a stage name, a byline's
     * outlet: 罗斯福（FDR）, 周杰伦（JAY）, 陈刚（NYT）): a person in HanLP's dictionary (nr, nrf) or the gazetteer, or a
     * Chinese name's shape, a listed surname and one or two characters that do not start a dictionary word with it
     * (丁香园: 丁香 is a word).
     */
    private boolean isPersonsName(String surface) {
        if (CoreWords.tags(surface).stream().anyMatch(t -> t.equals("nr") || t.equals("nrf"))
                || lexicon.typeOf(surface).filter(t -> t == EntityType.PERSON).isPresent()) {
            return true;
        }
        return (surface.length() == 2 || surface.length() == 3) && lexicon.isSurname(surface.substring(0, 1))
                && !CoreWords.isPlainCommonWord(surface.substring(0, 2), 1) && !CoreWords.isPlainCommonWord(surface, 1);
    }

    /** Whether a Latin gloss is a body's name: see {@link #withBodiesGlossedAsBodies}. */
    private boolean namesBody(String gloss) {
        String[] words = gloss.split(" ");
        if (words.length == 1) {
            // read letter by letter: fewer than two vowels (ASML, MSCI, DXY); a name in capitals reads as a word (ALAN)
            return gloss.length() >= 3 && gloss.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z') && !latinNames.isCreditWord(gloss)
                    && gloss.chars().filter(ch -> "AEIOU".indexOf(ch) >= 0).count() < 2;
        }
        return latinNames.isOnlyOrganizationWord(withoutDot(words[words.length - 1]));
    }

    /** A word without its abbreviation's dot (Co. → Co). */
    private static String withoutDot(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    /**
     * Whether a gloss's words end in a word that ends bodies' names: one of latin-org-words.txt's "anywhere" words
     * (Foundation, Limited, Co.) or of gloss-body-words.txt (Project, Lab), which end a body's name where a gloss
     * follows a Chinese name (维吾尔人权项目（Uyghur Human Rights Project）) though they end programs or products alone.
     */
    private boolean endsInBodyWord(String[] words) {
        String last = withoutDot(words[words.length - 1]);
        return latinNames.isOnlyOrganizationWord(last) || glossBodyWords.contains(last) || glossBodyWordsWithSuffix.contains(last);
    }

    /**
     * Whether a gloss's last words are a phrase of gloss-body-phrases.txt (Wisconsin Retirement System): a body's name,
     * though its last word alone ends other things' names too.
     */
    private boolean endsInBodyPhrase(String[] words) {
        for (String[] phrase : glossBodyPhrases) {
            int from = words.length - phrase.length;
            boolean all = from >= 1; // a word of the body's own before the phrase (Wisconsin)
            for (int i = 0; all && i < phrase.length; i++) {
                all = withoutDot(words[from + i]).equalsIgnoreCase(phrase[i]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a gloss opens with a word of gloss-leading-body-words.txt, capitalized, and "of", "for" or "on" follows it
     * with a capitalized word after that (Bank of China (Hong Kong), Institute for Strategic Dialogue): the body's kind
     * first, then what or where it serves.
     */
    private boolean opensWithBodyWordBeforeItsField(String[] words) {
        return words.length >= 3 && glossLeadingBodyWords.contains(words[0]) && glossFieldPrepositions.contains(words[1])
                && Character.isUpperCase(words[2].charAt(0));
    }


    /**
     * Whether 与, 和 or 及 stands right before char {@code start} after a Chinese word: a body's name may go on over it
     * (经济发展与合作组织), so the start found there is no edge to trust.
     */
    private boolean afterConjunctionInName(TextView view, int start) {
        int k = view.tokenEndingAt(start);
        if (k < 0 || !conjunctionsInBodyNames.contains(view.slice(view.start(k), view.end(k)))) {
            return false;
        }
        int before = view.tokenEndingAt(view.start(k));
        return before >= 0 && isHan(view.slice(view.start(before), view.end(before)));
    }

    /**
     * Whether a word HanLP tags as an institution (nis: 约翰霍普金斯大学, 研究院) ends right before char {@code start}: a
     * programme named right after a university or research body is that body's unit (约翰霍普金斯大学中非研究倡议), while a
     * policy's initiative follows a state or nothing (中方参与暂停债务倡议).
     */
    private static boolean afterResearchBody(TextView view, int start) {
        int k = view.tokenEndingAt(start);
        return k >= 0 && view.pos(k).equals("nis");
    }

    /**
     * The candidates with the organizations named in Chinese right before a body's Latin name in brackets that no list,
     * rule or tagger found (美国的应用材料（Applied Materials Inc.）, 和维吾尔人权项目(Uyghur Human Rights Project), 日本的东京威力（Tokyo
     * Electron Limited）): the gloss has two or more words and ends in a body's word ({@link #endsInBodyWord}), so the
     * Chinese before it is that body's name. The name runs left from the bracket over nouns (and places: 威斯康星州退休系统)
     * up to a clear edge, a word of another kind (的, 和, a verb, punctuation) or an organization found before it
     * (约翰霍普金斯大学 + 中非研究倡议); at most twelve characters, for a longer run has no edge we can trust. Not a
     * generic head alone or after places (该基金, 中国公司: descriptions, no names), not where a mention already ends at
     * the bracket (its span stands; it takes the gloss anyway).
     */
    private List<Candidate> withBodiesBeforeBodyGlosses(TextView view, List<Candidate> candidates) {
        String text = view.text;
        List<Candidate> found = new ArrayList<>();
        Set<Integer> typedEnds = new HashSet<>();
        Set<Integer> placeOnlyEnds = new HashSet<>();
        Set<Integer> orgEnds = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.type().isPresent()) {
                int end = view.document.toCharIndex(c.span().end());
                if (c.hasType(EntityType.LOC) && !typedEnds.contains(end)) {
                    placeOnlyEnds.add(end);
                } else if (!c.hasType(EntityType.LOC)) {
                    placeOnlyEnds.remove(end);
                }
                typedEnds.add(end);
                if (c.hasType(EntityType.ORG) && isListed(c)) {
                    orgEnds.add(end); // a tagger's or a rule's may run into the name (美国约翰霍普金斯大学中非): cut below
                }
            }
        }
        for (int b = 1; b < text.length(); b++) {
            char ch = text.charAt(b);
            if (ch != '（' && ch != '(') {
                continue;
            }
            int end = text.charAt(b - 1) == ' ' ? b - 1 : b;
            if (end <= 0 || Character.UnicodeScript.of(text.charAt(end - 1)) != Character.UnicodeScript.HAN) {
                continue;
            }
            Optional<String> gloss = latinGloss(text, end);
            if (gloss.isEmpty() || gloss.get().indexOf(' ') < 0) {
                continue;
            }
            String[] words = gloss.get().split(" ");
            boolean bodyPhrase = endsInBodyPhrase(words) || opensWithBodyWordBeforeItsField(words);
            boolean byLeadingWordOnly = opensWithBodyWordBeforeItsField(words) && !endsInBodyPhrase(words) && !endsInBodyWord(words);
            if (!bodyPhrase && !endsInBodyWord(words)
                    || typedEnds.contains(end) && !(bodyPhrase && placeOnlyEnds.contains(end))) {
                continue; // a mention ending at the bracket stands, but for a place glossed as a body (中银香港（Bank of China
                          // (Hong Kong)）: the place ends the bank's name)
            }
            int head = view.tokenEndingAt(end);
            int start = nameStartBeforeGloss(view, head, end, orgEnds);
            if (start < 0 || end - start < 2 || view.end(view.tokenStartingAt(start)) - start < 2
                    || lexicon.isFunctionChar(text.charAt(start)) || afterLoneCharacter(view, start)) {
                continue; // no name, or one cut from a word before it (选举/人团, 任职/于思科系统, 群/联/电子公司)
            }
            if (describedBefore(view, start)) {
                continue; // 他的研究团队（Smith Lab）, 一项全球复苏倡议（Global Recovery Initiative）: a description
            }
            String surface = view.slice(start, end);
            String headWord = view.slice(view.start(head), end);
            if (!bodyPhrase && glossBodyWordsWithSuffix.contains(withoutDot(words[words.length - 1]))
                    && lexicon.orgSuffixes().longestEndingAt(surface, surface.length(), 0).isEmpty()
                    && !(glossResearchUnitWords.contains(withoutDot(words[words.length - 1])) && afterResearchBody(view, start))) {
                continue; // 全球导航卫星系统（Global Navigation Satellite System）: a system; but 加州公务员退休基金 (…Retirement
                          // System) is a fund, 约翰霍普金斯大学中非研究倡议（…Research Initiative） a university's unit
            }
            if (bodyPhrase && afterConjunctionInName(view, start)) {
                continue; // 经济发展与合作组织(Organization for Economic Co-operation and Development): the name runs on over 与
            }
            if (typedEnds.contains(end) && onlyPlacesBefore(view, candidates, start, end)) {
                continue; // 英国伦敦（University of London）: places alone, the gloss names the body by its place's name
            }
            if (typedEnds.contains(end) && !nameBeforePlaceEndingAt(view, candidates, end)) {
                continue; // 母校密歇根（University of Michigan）, 香港地标中银大厦（Bank of China Tower）: a description, then the
                          // place that names the body; only a name before the place makes the place part of the body's (中银香港)
            }
            if (byLeadingWordOnly && !typedEnds.contains(end)
                    && lexicon.orgSuffixes().longestEndingAt(surface, surface.length(), 0).isEmpty()) {
                continue; // 缅甸联邦（Union of Myanmar）, 美银全球基金经理调查（Bank of America … Survey）, 全球总决赛（League of
                          // Legends World Championship）: a gloss read by its first word alone names a body only where the
                          // Chinese ends in a body's word (外交关系委员会) or in a place (中银香港)
            }
            if (start == view.start(head) && !isProperNounTag(view.pos(head))
                    || lexicon.namesNoBodyAfterPlaces(headWord) && onlyPlacesBefore(view, candidates, start, view.start(head))) {
                continue; // 该基金（…Foundation）, 创新计划（…Initiative）, 中国公司（…Co.）: a description
            }
            if (glossNonBodyHeads.stream().anyMatch(surface::endsWith)) {
                continue; // 曼哈顿计划（Manhattan Project）, 三峡工程（…Project）, 国情咨文（State of the Union）: no body
            }
            if (isConceptOfCommonWords(view, start, end)
                    && !glossCompanyForms.contains(withoutDot(words[words.length - 1]))
                    && (glossNonBodyHeadsAfterCommonWords.stream().anyMatch(surface::endsWith)
                    || lexicon.orgSuffixes().longestEndingAt(surface, surface.length(), 0).isEmpty()
                    && !describedBodyHeads.stream().anyMatch(surface::endsWith))) {
                continue; // 社交媒体（Social Media）, 风险资本（Venture Capital）, 银行业联盟（Banking Union）: the gloss
                          // translates a concept; a body's kind ends a name of common words (人权调查实验室, …Lab), as
                          // does a company's legal form in the gloss (应用材料（Applied Materials Inc.）)
            }
            found.add(view.candidate(EntityType.ORG, start, end, Candidate.Origin.PATTERN));
        }
        if (found.isEmpty()) {
            return candidates;
        }
        // a tagger's or a rule's span that runs into the name from the left ends where the name starts (美国约翰霍普金斯大学中非 +
        // 中非研究倡议（China-Africa Research Initiative）: the university, then the unit)
        List<Candidate> result = new ArrayList<>(candidates.size() + found.size());
        for (Candidate c : candidates) {
            Candidate kept = c;
            for (Candidate f : found) {
                Span s = c.span();
                Span n = f.span();
                if (!isListed(c) && s.start() < n.start() && s.end() > n.start() && s.end() < n.end()) {
                    kept = n.start() - s.start() >= 2 ? c.withSpan(s.start(), n.start()) : null;
                    break;
                }
            }
            if (kept != null) {
                result.add(kept);
            }
        }
        result.addAll(found);
        return result;
    }

    /**
     * Whether chars {@code start} to {@code end} are nothing but words HanLP knows as plain common words (numerals and
     * measure words too), not one word of two characters alone: that is how a brand or a firm is called short (浑水
     * for Muddy Waters Research), where a concept the gloss translates takes four or more (社交媒体, 风险资本).
     */
    private static boolean isConceptOfCommonWords(TextView view, int start, int end) {
        int k = view.tokenStartingAt(start);
        if (k < 0 || view.end(k) == end && end - start <= 2) {
            return false;
        }
        for (; k < view.tokens.size() && view.start(k) < end; k++) {
            String pos = view.pos(k);
            if (view.end(k) > end || !CoreWords.isPlainCommonWord(view.tokens.get(k).text(), 1)
                    && !pos.startsWith("m") && !pos.startsWith("q")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isListed(Candidate c) {
        return c.origin() == Candidate.Origin.USER || c.origin() == Candidate.Origin.GAZETTEER;
    }

    /**
     * Where a body's name before its gloss starts: token {@code head} ends at the bracket, and the name runs left over
     * nouns and places (Chinese letters only) and over a verb between nouns (威斯康星州退休系统, 加州公务员退休基金),
     * stopping at a word of another kind (的, 和, 负责, punctuation), after a word HanLP tags as an institution (nis:
     * 大学, 分校) or a body (nt) or at the end of a listed organization (世界银行 + …项目). -1 for no name or one
     * longer than twelve characters, whose left edge no word marks.
     */
    private int nameStartBeforeGloss(TextView view, int head, int end, Set<Integer> orgEnds) {
        int start = end;
        int k = head;
        while (k >= 0) {
            if (k != head && orgEnds.contains(start)) {
                return -1; // a listed body before: its service or unit (亚马逊网络服务（Amazon Web Services）), no edge to trust
            }
            String word = view.slice(view.start(k), view.end(k));
            if (k != head && (view.pos(k).equals("nis") || view.pos(k).startsWith("nt")
                    || lexicon.isDescriptionWord(word) || lexicon.genericOrgHeads().contains(word))) {
                // a body before the name, its parent (约翰霍普金斯大学中非研究倡议), or a word for its kind (人权组织维吾尔人权项目)
                return start;
            }
            boolean nameWord = isNameWord(view, k) || k != head && isVerbInName(view, k);
            if (!nameWord) {
                return start == end ? -1 : start;
            }
            if (end - view.start(k) > 12) {
                return -1;
            }
            start = view.start(k);
            k = view.tokenEndingAt(start);
        }
        return start == end ? -1 : start;
    }

    /**
     * Whether a Chinese character standing alone as a word, no function character (的, 和, 与), ends right before
     * {@code start}: HanLP's split of a name it does not know (群/联/电子公司（Phison Electronics Corp）), whose start
     * lies further left.
     */
    private boolean afterLoneCharacter(TextView view, int start) {
        int k = view.tokenEndingAt(start);
        return k >= 0 && view.end(k) - view.start(k) == 1 && isHan(view.slice(view.start(k), view.end(k)))
                && !lexicon.isFunctionChar(view.text.charAt(view.start(k))) && !opensClauseAsVerb(view, k);
    }

    /**
     * Whether token {@code k} is a verb of one character right after punctuation (，如中银香港, ，即…): a word of its own
     * that opens the clause, not a piece of a name HanLP split.
     */
    private static boolean opensClauseAsVerb(TextView view, int k) {
        int before = view.tokenEndingAt(view.start(k));
        return view.pos(k).equals("v") && before >= 0 && view.pos(before).equals("w");
    }

    /**
     * Whether a pronoun (他的, 该, 这家) or a numeral or measure word (一项, 一个) stands right before char {@code start}, or
     * before a 的 there: what follows describes a thing the gloss names, as a common noun would.
     */
    private static boolean describedBefore(TextView view, int start) {
        int k = view.tokenEndingAt(start);
        if (k >= 0 && view.pos(k).startsWith("ude")) {
            k = view.tokenEndingAt(view.start(k));
        }
        String pos = view.pos(k);
        return pos.startsWith("r") || pos.startsWith("m") || pos.startsWith("q");
    }

    /** Whether token {@code k} may stand in a body's name before its gloss: Chinese letters tagged as a noun or place. */
    private static boolean isNameWord(TextView view, int k) {
        String pos = view.pos(k);
        return (pos.startsWith("n") || pos.startsWith("g") || pos.equals("vn") || pos.equals("j") || pos.equals("b"))
                && !pos.equals("nx") && isHan(view.slice(view.start(k), view.end(k)));
    }

    /**
     * Whether token {@code k} is a verb of two characters inside a body's name (退休 of 威斯康星州退休系统): a noun
     * or a place stands right before it, not a verbal noun (研究发现, 调查显示: the clause's verbs), and it is no
     * speech verb (报告指出).
     */
    private boolean isVerbInName(TextView view, int k) {
        String word = view.slice(view.start(k), view.end(k));
        int before = view.tokenEndingAt(view.start(k));
        return view.pos(k).startsWith("v") && word.length() == 2 && isHan(word) && !speechVerbs.contains(word)
                && before >= 0 && isNameWord(view, before) && !view.pos(before).equals("vn");
    }

    /** Whether a HanLP tag is a proper noun's (a place, person, body, other name, or an abbreviation: 中银/j). */
    private static boolean isProperNounTag(String pos) {
        return pos.startsWith("ns") || pos.startsWith("nr") || pos.startsWith("nt") || pos.startsWith("nz") || pos.equals("j");
    }

    private static boolean isHan(String word) {
        return word.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /**
     * Whether a word HanLP tags as a proper noun or an abbreviation (中银/j) stands right before the place candidate
     * ending at char {@code end}: the place ends a body's name (中银香港), where a common noun before it (母校, 城市, 地标)
     * describes the place.
     */
    private static boolean nameBeforePlaceEndingAt(TextView view, List<Candidate> candidates, int end) {
        int placeStart = -1;
        for (Candidate c : candidates) {
            if (c.hasType(EntityType.LOC) && view.document.toCharIndex(c.span().end()) == end) {
                int s = view.document.toCharIndex(c.span().start());
                placeStart = placeStart < 0 ? s : Math.min(placeStart, s);
            }
        }
        if (placeStart < 0) {
            return true; // no place ends there: another kind of mention, whose own guards stand
        }
        int k = view.tokenEndingAt(placeStart);
        return k >= 0 && isProperNounTag(view.pos(k));
    }

    /** Whether the chars {@code [from, to)} hold nothing but place candidates (中国 before 公司). */
    private static boolean onlyPlacesBefore(TextView view, List<Candidate> candidates, int from, int to) {
        int at = from;
        while (at < to) {
            int next = -1;
            for (Candidate c : candidates) {
                if (c.hasType(EntityType.LOC) && view.document.toCharIndex(c.span().start()) == at) {
                    next = Math.max(next, view.document.toCharIndex(c.span().end()));
                }
            }
            if (next <= at || next > to) {
                return false;
            }
            at = next;
        }
        return true;
    }

    /**
     * The candidates with a gazetteer organization made a person where the text names a person by the same word: right
     * after a person's title (英国首相强生: Boris Johnson, whom Taiwanese and Hong Kong text call as Johnson & Johnson's
     * short name), or glossed by a given and family name that is none of the entry's own names (强生（Boris Johnson））.
     * Only a short name, neither the entry's full name nor one ending in an organization's suffix: 兰德公司（RAND Corp.）,
     * 非洲联盟(African Union) stay bodies; and after a title only where another source reads a person there too (not
     * 作者脸书, the author's Facebook page). The document's other mentions of that word then name the person too, but
     * not one right before a company's product or stock word or an organization's suffix (强生疫苗, 强生股价), and none
     * where the document names the company in full (强生公司的疫苗 … 首相强生 … 强生股价): there only the mention the
     * person reading rests on is retyped. A gloss that is the body's own Latin name (特斯拉（Tesla Motors）) is no person's.
     */
    private List<Candidate> withPersonsNamedLikeListedBodies(TextView view, List<Candidate> candidates) {
        Set<String> persons = new HashSet<>();
        Set<String> namedInFull = new HashSet<>();
        Set<Span> evidence = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.origin() != Candidate.Origin.GAZETTEER || !c.hasType(EntityType.ORG)) {
                continue;
            }
            int start = view.document.toCharIndex(c.span().start());
            int end = view.document.toCharIndex(c.span().end());
            String surface = view.slice(start, end);
            Optional<LexiconEntry> entry = lexicon.surface(surface).map(EntityLexicon.Surface::entry);
            if (entry.isEmpty() || entry.get().name().equals(surface)
                    || lexicon.orgSuffixes().longestEndingAt(surface, surface.length(), 0).isPresent()) {
                continue; // only a short name can be a person's too (强生 of 强生公司; not 兰德公司（RAND Corp.）)
            }
            Optional<String> gloss = latinGloss(view.text, end).filter(EntityRecognizer::isGivenAndFamilyName);
            boolean afterTitle = start > 0 && lexicon.titlesBefore().longestEndingAt(view.text, start, Math.max(0, start - 6)).isPresent()
                    && candidates.stream().anyMatch(p -> p.span().equals(c.span()) && p.hasType(EntityType.PERSON)
                            && p.origin() != Candidate.Origin.GAZETTEER);
            boolean glossedAsPerson = gloss.isPresent() && !entry.get().aliases().contains(gloss.get())
                    && !isBodysOwnGloss(gloss.get(), entry.get());
            if (afterTitle || glossedAsPerson) {
                persons.add(surface);
                evidence.add(c.span());
                if (view.text.contains(entry.get().name())) {
                    namedInFull.add(surface); // 强生公司 … 英国首相强生 … 强生股价: the other mentions may be the company's
                }
            }
        }
        if (persons.isEmpty()) {
            return candidates;
        }
        // the whole document's mentions of that word (强生还提及, 他对强生的言论) name the person
        List<Candidate> result = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            String surface = view.document.slice(c.span());
            boolean person = c.origin() == Candidate.Origin.GAZETTEER && c.hasType(EntityType.ORG) && persons.contains(surface)
                    && (evidence.contains(c.span())
                            || !namedInFull.contains(surface) && !beforeCompanyWord(view, view.document.toCharIndex(c.span().end())));
            result.add(person ? Candidate.of(EntityType.PERSON, c.span().start(), c.span().end(), Candidate.Origin.PATTERN) : c);
        }
        return result;
    }

    /** Whether a company's product or stock word (company-followers.txt: 强生疫苗, 特斯拉股价) or an organization's suffix starts at {@code end}. */
    private boolean beforeCompanyWord(TextView view, int end) {
        if (companyFollowers.longestAt(view.text, end).isPresent()) {
            return true;
        }
        for (int e = end + 1; e <= Math.min(view.text.length(), end + 6); e++) {
            if (lexicon.orgSuffixes().longestEndingAt(view.text, e, end).filter(m -> m.start() == end).isPresent()) {
                return true; // an organization's suffix (the trie is read backwards, so try each end)
            }
        }
        return false;
    }

    /**
     * Whether a two-word gloss names the listed body itself rather than a person: it opens with a word of one of the
     * entry's Latin aliases (特斯拉（Tesla Motors）), ends in an organization word (波音（Boeing Company）) or holds an
     * acronym (汇丰（HSBC Holdings）). 强生（Boris Johnson） is none of these: Boris is no word of "Johnson & Johnson".
     */
    private boolean isBodysOwnGloss(String gloss, LexiconEntry entry) {
        String[] words = gloss.split(" ");
        boolean aliasWord = entry.aliases().stream().anyMatch(a -> Arrays.asList(a.split(" ")).contains(words[0]));
        return aliasWord || latinNames.isOrganizationWord(words[words.length - 1])
                || Arrays.stream(words).anyMatch(w -> w.length() >= 2 && w.chars().allMatch(Character::isUpperCase));
    }

    /** Whether a Latin gloss is two capitalized words without a hyphen (Toshimitsu Motegi, Koichi Sugisaki). */
    private static boolean isGivenAndFamilyName(String gloss) {
        String[] words = gloss.split(" ");
        return words.length == 2 && gloss.indexOf('-') < 0
                && Character.isUpperCase(words[0].charAt(0)) && Character.isUpperCase(words[1].charAt(0));
    }

    /**
     * The candidates with a tagger's or a suffix rule's organization or place that opens with a person named on his own elsewhere in the
     * document and goes on with a word that follows a subject (speech-verbs.txt, surname-followers.txt,
     * subject-followers.txt: 川普在医院, 川普会在白宫, 格雷厄姆宣布司法委员会, 川普和民主党, 董宇辉逛公园) cut to that
     * person: the model ran the subject into its predicate. Not where the word only opens a longer one (孙中山会馆: 会馆),
     * and bodies named after a person go on with a noun (李嘉诚基金会, 特朗普政府) and stay.
     */
    private List<Candidate> withPersonsOpeningClauses(TextView view, List<Candidate> kept) {
        Set<String> persons = new HashSet<>();
        for (Candidate c : kept) {
            String surface = view.document.slice(c.span());
            if (c.hasType(EntityType.PERSON) && surface.length() >= 2) {
                persons.add(surface);
            }
        }
        if (persons.isEmpty()) {
            return kept;
        }
        List<Candidate> result = new ArrayList<>(kept.size());
        Map<Candidate, Integer> cutBodies = new LinkedHashMap<>();   // each body cut to its person → where its rest starts
        for (Candidate c : kept) {
            // a suffix rule's too (朱海仑和自治区公安厅), not a listed name
            if ((c.fromTagger() || c.origin() == Candidate.Origin.PATTERN) && c.hasType(EntityType.ORG, EntityType.LOC)) {
                int start = view.document.toCharIndex(c.span().start());
                int end = view.document.toCharIndex(c.span().end());
                String surface = view.text.substring(start, end);
                String person = persons.stream().filter(p -> surface.length() > p.length() && surface.startsWith(p))
                        .max(Comparator.comparingInt(String::length)).orElse(null);
                // not where the name and the word make a word of their own (居委/会: a wrong "person" 居委 elsewhere)
                int predicate = person == null ? -1 : predicateWordEnd(view, start + person.length(), end);
                if (predicate > 0
                        && !CoreWords.isDictionaryWord(view.text.substring(start, Math.min(end, start + person.length() + 2)))
                        && !CoreWords.isDictionaryWord(view.text.substring(start, Math.min(end, start + person.length() + 1)))) {
                    result.add(view.candidate(EntityType.PERSON, start, start + person.length(), Candidate.Origin.PATTERN));
                    cutBodies.put(c, predicate);
                    continue;
                }
            }
            result.add(c);
        }
        if (cutBodies.isEmpty()) {
            return kept;
        }
        result.addAll(bodiesAfterPredicates(view, kept, cutBodies));
        return merge(result);
    }

    /**
     * Where the word that follows a subject (subjectFollowers) and opens the text at {@code at} ends, or -1 where none
     * does, or one only as the first character of a longer dictionary word (会/馆).
     */
    private int predicateWordEnd(TextView view, int at, int end) {
        for (String w : subjectFollowers) {
            if (at + w.length() <= end && view.text.startsWith(w, at)
                    && (at + w.length() + 1 > view.text.length()
                        || !CoreWords.isDictionaryWord(view.text.substring(at, at + w.length() + 1)))) {
                return at + w.length();
            }
        }
        return -1;
    }

    /**
     * The organizations the suffix rules find in the rest of bodies cut to the person opening them, after the word that
     * follows the subject: 司法委员会 of 格雷厄姆宣布司法委员会. The rules run again without the cut bodies, so that
     * they judge the rest as they judge any words: 大型科技公司 of 拜登和大型科技公司 names nothing, and 民主党 of
     * 川普和民主党 is a party word with no name before it, which they never take alone. One run of the rules serves
     * every cut body of the document (a page may repeat 川普和民主党 many times).
     */
    private List<Candidate> bodiesAfterPredicates(TextView view, List<Candidate> kept, Map<Candidate, Integer> cutBodies) {
        List<Candidate> others = new ArrayList<>(kept);
        others.removeAll(cutBodies.keySet());
        List<Candidate> found = suffixes.find(view, others);
        List<Candidate> rests = new ArrayList<>();
        cutBodies.forEach((body, restStart) -> {
            int end = view.document.toCharIndex(body.span().end());
            if (end - restStart >= 2) {
                found.stream()
                        .filter(c -> c.hasType(EntityType.ORG) && view.document.toCharIndex(c.span().end()) == end
                                && view.document.toCharIndex(c.span().start()) >= restStart)
                        .min(Comparator.comparingInt(c -> c.span().start()))
                        .ifPresent(rests::add);
            }
        });
        return rests;
    }

    /** What a clause a surname alone opens may follow: a sentence's or clause's end, a colon, a quotation mark, a line's end. */
    private static final String BEFORE_SURNAME_ALONE = "，。！？；：“”「」\n";

    /**
     * The mentions with a surname written alone added where it opens a clause before a speech verb or an adverb of
     * surname-followers.txt (。赵表示, ，区指, ，江也不敢), after the one two- or three-character Chinese person of that surname
     * the document names (赵家贤, 区诺轩, 江泽民): Hong Kong and overseas news name a person in full once and by the
     * surname after, and no tagger reads one character as a name. Not where two persons share the surname, nor for a
     * surname that is mostly a function word (向, 应: ambiguous-surnames.txt) or one of function-chars.txt, nor where
     * the segmentation makes the surname or the verb part of a longer word (应/说明), nor where the text also writes
     * the surname with 氏 (妻田氏: a woman named by her family name, another person).
     */
    private List<Candidate> withSurnamesAlone(TextView view, List<Candidate> kept) {
        Map<Character, Set<String>> fullNames = new HashMap<>();
        Map<Character, Integer> firstMentions = new HashMap<>();
        List<Candidate> surnameAndVerbs = new ArrayList<>();
        List<Candidate> persons = new ArrayList<>();
        for (Candidate c : kept) {
            if (isSurnameAndFollower(view, c)) {
                surnameAndVerbs.add(c); // 赵指 of 。赵指首日…: no full name of its own; replaced below where 赵 is the person
            } else {
                persons.add(c);
            }
        }
        addFullNames(view, persons, fullNames, firstMentions);
        // a surname and verb written before any other full name of that surname is a name after all (张说, the Tang
        // chancellor: 宰相张说。张说…, 张说告诫): the surname alone only follows the person named in full
        Set<String> namesAfterAll = new HashSet<>();
        for (Candidate c : surnameAndVerbs) {
            Integer first = firstMentions.get(view.text.charAt(view.document.toCharIndex(c.span().start())));
            if (first == null || view.document.toCharIndex(c.span().start()) < first) {
                namesAfterAll.add(view.document.slice(c.span()));
            }
        }
        List<Candidate> namesAfterAllSpans = surnameAndVerbs.stream()
                .filter(c -> namesAfterAll.contains(view.document.slice(c.span()))).toList();
        surnameAndVerbs.removeAll(namesAfterAllSpans);
        addFullNames(view, namesAfterAllSpans, fullNames, firstMentions);
        if (fullNames.isEmpty()) {
            return kept;
        }
        Set<Integer> covered = new HashSet<>();
        for (Candidate c : kept) {
            if (surnameAndVerbs.contains(c)) {
                continue;
            }
            for (int i = view.document.toCharIndex(c.span().start()); i < view.document.toCharIndex(c.span().end()); i++) {
                covered.add(i);
            }
        }
        List<Candidate> added = new ArrayList<>();
        for (Map.Entry<Character, Set<String>> e : fullNames.entrySet()) {
            char surname = e.getKey();
            if (e.getValue().size() != 1 || !lexicon.isSurname(String.valueOf(surname)) || lexicon.isAmbiguousSurname(surname)
                    || lexicon.isFunctionChar(surname) || view.text.contains(surname + "氏")) {
                continue; // 妻田氏…田亦未尝著意: a woman named by her family name alone is a second person of that surname
            }
            for (int i = view.text.indexOf(surname, firstMentions.get(surname)); i > 0; i = view.text.indexOf(surname, i + 1)) {
                // HanLP also reads the surname and a one-character adverb as a name (江也/nr, 江还/nr), which the
                // filters then drop: the surname ends a word there too
                boolean gluedAdverb = view.isWordEnd(i + 2) && view.tokenAt(i) == view.tokenAt(i + 1)
                        && view.tokenAt(i) >= 0 && view.start(view.tokenAt(i)) == i
                        && surnameFollowers.contains(String.valueOf(view.text.charAt(i + 1)));
                if (covered.contains(i) || BEFORE_SURNAME_ALONE.indexOf(view.text.charAt(i - 1)) < 0
                        || !view.isWordStart(i) || !view.isWordEnd(i + 1) && !gluedAdverb) {
                    continue;
                }
                int at = i + 1;
                if (surnameFollowers.stream().anyMatch(w -> view.text.startsWith(w, at) && view.isWordEnd(at + w.length()))) {
                    added.add(view.candidate(EntityType.PERSON, i, i + 1, Candidate.Origin.PATTERN));
                }
            }
        }
        if (added.isEmpty()) {
            return kept;
        }
        Set<Integer> addedStarts = new HashSet<>();
        added.forEach(a -> addedStarts.add(a.span().start()));
        List<Candidate> result = new ArrayList<>(kept);
        result.removeIf(c -> surnameAndVerbs.contains(c) && addedStarts.contains(c.span().start()));
        result.addAll(added);
        result.sort(Comparator.comparingInt(c -> c.span().start()));
        return result;
    }

    /** Adds the two- or three-character Chinese persons among {@code candidates} by surname, with where each surname's first ends. */
    private void addFullNames(TextView view, List<Candidate> candidates, Map<Character, Set<String>> fullNames,
            Map<Character, Integer> firstMentions) {
        for (Candidate c : candidates) {
            String surface = view.document.slice(c.span());
            if (c.hasType(EntityType.PERSON) && (surface.length() == 2 || surface.length() == 3) && surface.codePoints().allMatch(
                    cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) && !lexicon.isTransliteration(surface)) {
                char surname = surface.charAt(0);
                fullNames.computeIfAbsent(surname, k -> new HashSet<>()).add(surface);
                firstMentions.merge(surname, view.document.toCharIndex(c.span().end()), Math::min);
            }
        }
    }

    /**
     * Whether a tagger's two-character person is a surname and the first character of a word of surname-followers.txt
     * (赵指 of 。赵指首日没有投诉, 赵表 of 赵表示): the model reads the surname written alone, which the 1990s text seldom
     * had, as a name with the verb after it. {@link #withSurnamesAlone} puts the surname alone in its place only where
     * it opens a clause after the one full name of that surname (赵家贤); elsewhere the span stays, and where the text
     * writes it before that full name it is a name itself (张说, a Tang chancellor's).
     */
    private boolean isSurnameAndFollower(TextView view, Candidate c) {
        if (!c.hasType(EntityType.PERSON) || !c.fromTagger()) {
            return false;
        }
        int start = view.document.toCharIndex(c.span().start());
        int end = view.document.toCharIndex(c.span().end());
        return end - start == 2 && lexicon.isSurname(String.valueOf(view.text.charAt(start)))
                && surnameFollowers.stream().anyMatch(w -> view.text.startsWith(w, start + 1));
    }

    /** Last characters of the places a town's name may follow right away: a state, province, county or prefecture. */
    private static final String ADMINISTRATIVE_UNIT_ENDINGS = "州省县郡";

    /**
     * The candidates with a tagger's transliterated "person" right after a state, province or county retyped as a
     * place, the town there (马里兰州格伦伯尼, 明尼苏达州德卢斯, 佛州桑福德): a person's name follows a place only after a
     * title or a word (马里兰州州长霍根). A name in Chinese characters (潮州饶平) stays, since a surname may follow a
     * place in a list or a byline.
     */
    private List<Candidate> withTownsAfterStates(TextView view, List<Candidate> candidates) {
        Set<Integer> unitEnds = new HashSet<>();
        for (Candidate c : candidates) {
            int end = view.document.toCharIndex(c.span().end());
            if (c.hasType(EntityType.LOC) && ADMINISTRATIVE_UNIT_ENDINGS.indexOf(view.text.charAt(end - 1)) >= 0) {
                unitEnds.add(end);
            }
        }
        List<Candidate> result = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            int start = view.document.toCharIndex(c.span().start());
            boolean transliterated = c.hasType(EntityType.PERSON) && c.fromTagger()
                    && lexicon.isTransliteration(view.document.slice(c.span()));
            if (transliterated && unitEnds.contains(start)) {
                result.add(c.withType(EntityType.LOC));
                continue;
            }
            int townStart = transliterated ? afterSettlementWord(view, start) : -1;
            result.add(townStart < 0 ? c : view.candidate(EntityType.LOC, townStart,
                    view.document.toCharIndex(c.span().end()), c.origin()));
        }
        return result;
    }

    /**
     * Words for a town or city a person's name never follows right away (乌克兰城市赫尔松, 港口城市勒阿弗尔, 小镇佩苏达雷):
     * what follows is the town's name, as after a state in {@link #withTownsAfterStates}.
     */
    private static final List<String> SETTLEMENT_WORDS = List.of("城市", "城镇", "小镇", "小城", "港口", "港市", "首都", "首府",
            "省会", "村庄", "小村");

    /**
     * Where a town's name that a transliterated "person" at {@code start} belongs to starts, when a settlement word
     * ends right before it or one transliteration character before it (城市勒/阿弗尔: the tagger left 勒 out), else -1.
     */
    private int afterSettlementWord(TextView view, int start) {
        for (int back = 0; back <= 1 && start - back >= 2; back++) {
            int wordEnd = start - back;
            if (back == 1 && !lexicon.isTransliterationChar(view.text.charAt(wordEnd))) {
                break;
            }
            for (String word : SETTLEMENT_WORDS) {
                if (view.text.startsWith(word, wordEnd - word.length())) {
                    return wordEnd;
                }
            }
        }
        return -1;
    }

    /**
     * The candidates with 案 (case) cut off a person's name it follows: the role tags and the model
     * read 李彦案, 张展案 and 陈菊案 (the case of Li Yan, …) as one name. Only after two or more
     * name characters, not for listed names, not where 案 ends a word of HanLP's dictionary, and not
     * where the rest is a dictionary word never tagged as a name (公共安全案事件: 安全 is no person).
     */
    private static List<Candidate> withoutCaseWord(TextView view, List<Candidate> candidates) {
        return withLastCharacterCutWhere(view, candidates, (c, start, end) ->
                // not the 案 of a word (斯蒂尔档案, the Steele dossier; 方案, 草案)
                c.hasType(EntityType.PERSON) && end - start >= 3 && view.text.charAt(end - 1) == '案'
                        && c.fromTagger()
                        && CoreWords.frequency(view.text.substring(end - 2, end)) == 0
                        && !CoreWords.isWordWithoutNameTag(view.text.substring(start, end - 1)));
    }

    /**
     * Without a model person right before a prize (诺贝尔化学奖), and without a tagger's person ending in 妈
     * or 爸, a kinship address, the mother or father of someone (树德妈 of
     * 张树德, 小明爸), not a name: the model reads 树德妈 as a person, and propagation spread it (30 times in one
     * article).
     */
    private static List<Candidate> withoutPrizesAndKinAddresses(TextView view, List<Candidate> candidates) {
        return without(view, candidates, (c, start, end) -> {
            boolean kin = c.hasType(EntityType.PERSON) && c.fromTagger() && c.span().length() >= 2
                    && (view.text.charAt(end - 1) == '妈' || view.text.charAt(end - 1) == '爸');
            // the model's person before a prize is the prize (诺贝尔化学奖), as RoleSource has it for the role tags
            boolean prize = c.hasType(EntityType.PERSON) && c.origin() == Candidate.Origin.MODEL
                    && (view.text.startsWith("奖", end) || RoleSource.namesPrize(view, end));
            // a "person" that ends in 奖 is the prize itself or a piece of it (金熊奖得主, 17次艾米奖, 摘得金/熊奖): given
            // names almost never end so
            boolean prizeItself = c.hasType(EntityType.PERSON) && c.fromTagger() && c.span().length() >= 2
                    && view.text.charAt(end - 1) == '奖';
            return kin || prize || prizeItself;
        });
    }

    /** The words for a storm that a storm's name follows. */
    /** Words for a storm (台风, 飓风, 热带风暴, 热带气旋). */
    private static final List<String> STORM_WORD_LIST = List.of("台风", "飓风", "热带风暴", "热带气旋");
    private static final String STORM_WORDS = "(?:" + String.join("|", STORM_WORD_LIST) + ")";
    /** A name in quotes right after a word for a storm (台风“山竹”, 飓风“劳拉”): the storm's name. */
    private static final Pattern STORM_NAME = Pattern.compile(STORM_WORDS + "[“\"「『]([^”\"」』，。\\s]{1,8})[”\"」』]");
    /** A word for a storm with no quotes after it (台风山竹将, 强台风百里嘉形成): the name is read from the words after it. */
    private static final Pattern STORM_WORD = Pattern.compile(STORM_WORDS + "(?=[\\p{IsHan}])");
    private static final int MAX_STORM_NAME = 4;
    /** A word for a storm wherever it stands: a storm's name may also come right before it (劳拉飓风, 佛罗伦斯飓风). */
    private static final Pattern STORM_WORD_ANYWHERE = Pattern.compile(STORM_WORDS);

    /**
     * Whether the text holds a word for a storm, without which no storm pattern can match: most texts have none, and a
     * plain search spares the regexes' attempts at every char (about half a percent of the pipeline's CPU).
     */
    private static boolean mayNameStorm(String text) {
        return STORM_WORD_LIST.stream().anyMatch(text::contains);
    }

    /**
     * Names a text gives a storm are named events (ANNOTATION.md's EVENT; the news gold types typhoons so), wherever
     * the document writes them (“山竹”云系庞大, 山竹将严重影响粤西): HanLP's role tags read 山竹/nr, the model 台风山 or
     * 劳拉 ORG, and no name of a candidate there is the storm's. A name in quotes after a storm word is one; so is an
     * unquoted one ({@link #unquotedStormName}). Candidates of user dictionaries stay.
     */
    private List<Candidate> withStormNames(TextView view, List<Candidate> candidates) {
        if (!mayNameStorm(view.text)) {
            return candidates;
        }
        Set<String> storms = new HashSet<>();
        Matcher m = STORM_NAME.matcher(view.text);
        while (m.find()) {
            storms.add(m.group(1));
        }
        Matcher w = STORM_WORD.matcher(view.text);
        while (w.find()) {
            unquotedStormName(view, candidates, w.end()).ifPresent(storms::add);
        }
        Matcher before = STORM_WORD_ANYWHERE.matcher(view.text);
        while (before.find()) {
            int after = before.end();
            boolean compound = stormWordCompounds.stream().anyMatch(word -> view.text.startsWith(word, after));
            if (!compound) {
                stormNameBefore(view, candidates, before.start()).ifPresent(storms::add);
            }
        }
        storms.removeIf(name -> name.length() < 2);
        if (storms.isEmpty()) {
            return candidates;
        }
        List<Candidate> events = new ArrayList<>();
        boolean[] taken = new boolean[view.text.length()];
        for (String name : storms.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            for (int at = view.text.indexOf(name); at >= 0; at = view.text.indexOf(name, at + name.length())) {
                boolean free = true;
                for (int i = at; i < at + name.length(); i++) {
                    free &= !taken[i];
                }
                if (free) {
                    java.util.Arrays.fill(taken, at, at + name.length(), true);
                    events.add(view.candidate(EntityType.EVENT, at, at + name.length(), Candidate.Origin.PATTERN));
                }
            }
        }
        List<Candidate> result = without(view, candidates, (c, start, end) -> {
            if (c.origin() == Candidate.Origin.USER) {
                return false;
            }
            for (int i = start; i < end; i++) {
                if (taken[i]) {
                    return true;
                }
            }
            return false;
        });
        result.addAll(events);
        return result;
    }

    /**
     * The storm's name a storm word without quotes is followed by (台风山竹将成, 飓风佛罗伦萨登陆, 台风百里嘉形成): the
     * characters up to a function character, punctuation or a word HanLP tags as a verb, adverb, preposition, direction,
     * numeral or pronoun, two to four of them, when they read as a name: a candidate of some source or HanLP's name tag
     * starts there (劳拉/nrf, 佛罗伦萨/nsf; not nz, which HanLP gives 来袭 and 可能会), or the text writes them elsewhere as one word HanLP tags as a name
     * (山竹/nr 将登陆 beside 台风/山/竹将). The common words after a storm word (台风季节, 飓风中心, 台风影响) are none of
     * these.
     */
    private Optional<String> unquotedStormName(TextView view, List<Candidate> candidates, int start) {
        int end = start;
        while (end < view.text.length() && end - start <= MAX_STORM_NAME) {
            char c = view.text.charAt(end);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN || lexicon.isFunctionChar(c)) {
                break;
            }
            int k = view.tokenStartingAt(end);
            if (end > start && k >= 0 && endsStormName(view.pos(k))) {
                break;
            }
            end++;
        }
        if (end - start < 2 || end - start > MAX_STORM_NAME) {
            return Optional.empty();
        }
        int first = view.tokenStartingAt(start);
        if (first < 0 || endsStormName(view.pos(first))) {
            return Optional.empty();
        }
        String name = view.text.substring(start, end);
        int nameEnd = end;
        boolean nameTagged = isNameTag(view.pos(first)) && view.end(first) <= end;
        boolean candidateThere = candidates.stream().anyMatch(c -> c.type().isPresent()
                && view.document.toCharIndex(c.span().start()) == start && view.document.toCharIndex(c.span().end()) <= nameEnd);
        boolean writtenAsName = false;
        for (int k = 0; k < view.tokens.size() && !writtenAsName; k++) {
            writtenAsName = view.tokens.get(k).text().equals(name) && isNameTag(view.pos(k));
        }
        return nameTagged || candidateThere || writtenAsName ? Optional.of(name) : Optional.empty();
    }

    /**
     * The storm's name written right before a storm word (劳拉飓风（Hurricane Laura）, 佛罗伦斯飓风, 艾玛飓风): the longest
     * person or organization some source reads there, in Chinese script, of two to four characters. News writes a storm's name so
     * as often as after the word; a place there (地中海飓风, 美国飓风中心) is where the storm is, and a common word (交火飓风,
     * 超级台风) is no candidate.
     */
    private Optional<String> stormNameBefore(TextView view, List<Candidate> candidates, int stormWordStart) {
        return candidates.stream()
                .filter(c -> (c.hasType(EntityType.PERSON) || c.hasType(EntityType.ORG)) && c.origin() != Candidate.Origin.USER)
                .filter(c -> view.document.toCharIndex(c.span().end()) == stormWordStart)
                .map(c -> stormNameStart(view, view.document.toCharIndex(c.span().start()), stormWordStart))
                .filter(start -> start >= 0)
                .map(start -> view.text.substring(start, stormWordStart))
                .filter(name -> name.length() >= 2 && name.length() <= MAX_STORM_NAME
                        && name.codePoints().allMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN))
                .filter(name -> readsAsStormName(view, name))
                .max(Comparator.comparingInt(String::length)); // 佛罗伦斯飓风: the whole name, not a person 罗伦斯 in it
    }

    /**
     * Whether a name before a storm word can be the storm's: storms that reach Chinese news before their word are foreign
     * ones, written in transliteration characters (劳拉, 卡特里娜, 德尔塔); a body or a person before the word is the topic
     * of a clause about the storm (民政部台风灾害救助, 新华社台风前线记者, 华为台风后恢复营业, 特朗普飓风过后首次访问). So
     * not a name with a character no transliteration uses, a person or organization of the gazetteer, nor a name the text
     * makes the subject of a verb of saying (布什飓风后访问…布什承认).
     */
    private boolean readsAsStormName(TextView view, String name) {
        for (int i = 0; i < name.length(); i++) {
            if (!lexicon.isTransliterationChar(name.charAt(i)) && !lexicon.isDottedNameChar(name.charAt(i))) {
                return false;
            }
        }
        if (lexicon.typeOf(name).filter(t -> t == EntityType.PERSON || t == EntityType.ORG).isPresent()) {
            return false;
        }
        for (int at = view.text.indexOf(name); at >= 0; at = view.text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (speechVerbs.stream().anyMatch(verb -> view.text.startsWith(verb, end))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the storm's name read by a candidate starting at {@code start} begins, or -1: a transliteration character
     * the candidate left out belongs to it (有关弗/洛伦斯飓风: 弗洛伦斯); a name that starts inside a word, or after a lone
     * character HanLP cut off it, is a piece of a longer name (佛/罗伦斯 of 佛罗伦斯飓风 read as a person 罗伦斯).
     */
    private int stormNameStart(TextView view, int start, int stormWordStart) {
        int from = start;
        while (from > 0 && stormWordStart - from < MAX_STORM_NAME && lexicon.isTransliterationChar(view.text.charAt(from - 1))) {
            from--;
        }
        if (from < start) {
            return from;
        }
        return startsAfterWholeWord(view, start) ? start : -1;
    }

    private boolean startsAfterWholeWord(TextView view, int start) {
        if (!view.isWordStart(start) || start == 0) {
            return view.isWordStart(start);
        }
        char before = view.text.charAt(start - 1);
        int k = view.tokenAt(start - 1);
        boolean loneCharacter = k >= 0 && view.end(k) - view.start(k) == 1 && !view.pos(k).startsWith("m")
                && !view.pos(k).startsWith("q") && !view.pos(k).startsWith("t") && !view.pos(k).startsWith("f");
        return Character.UnicodeScript.of(before) != Character.UnicodeScript.HAN || lexicon.isFunctionChar(before)
                || !loneCharacter;
    }

    private static boolean endsStormName(String pos) {
        return pos.startsWith("v") || pos.startsWith("d") || pos.startsWith("p") || pos.startsWith("c") || pos.startsWith("u")
                || pos.startsWith("f") || pos.startsWith("m") || pos.startsWith("q") || pos.startsWith("r") || pos.startsWith("t")
                || pos.startsWith("w") || pos.startsWith("a");
    }

    private static boolean isNameTag(String pos) {
        return pos.startsWith("nr") || pos.startsWith("ns"); // not nz: HanLP tags 来袭, 可能会, 范围内 so
    }

    /**
     * An organization whose last character opens a title word after it, where the name without that character still
     * ends in an organization suffix, ends one character sooner: 联邦保守党/党魁 and 共和党/党鞭 (HanLP reads 党/党魁 as
     * 党党/魁 or 党/党/领, and the suffix rule takes the second 党 as the suffix), 伊顿公学/校长 (公/学校/长: 学校 is the
     * institution word). A name whose own suffix is the whole of it (党, 学校) is not cut.
     */
    private List<Candidate> withoutTitleOpenings(TextView view, List<Candidate> candidates) {
        return withLastCharacterCutWhere(view, candidates, (c, start, end) ->
                c.hasType(EntityType.ORG) && end - start >= 3 && end < view.text.length()
                        && lexicon.titlesAfter().longestAt(view.text, end - 1).filter(t -> t.end() > end).isPresent()
                        && lexicon.orgSuffixes().longestEndingAt(view.text, end - 1, start + 1).isPresent());
    }

    /**
     * A person whose first characters end a title word that starts before it starts after that title: 保守党党领熙尔 is
     * 熙尔 (HanLP reads 党/领熙尔/nr and the model follows), the title's last character being no part of the name. Only
     * where two characters of the name are left; names from the user's dictionary stay as written.
     */
    private List<Candidate> withoutTitleTails(TextView view, List<Candidate> candidates) {
        return eachAtItsSpan(view, candidates, (c, start, end) -> {
            if (!c.hasType(EntityType.PERSON) || c.origin() == Candidate.Origin.USER) {
                return c;
            }
            for (int titleStart = start - 1; titleStart >= Math.max(0, start - 3); titleStart--) {
                int titleEnd = lexicon.titlesAfter().longestAt(view.text, titleStart).map(t -> t.end()).orElse(titleStart);
                if (titleEnd > start && titleEnd <= end - 2) {
                    return c.withSpan(view.document.toCodePoint(titleEnd), c.span().end());
                }
            }
            return c;
        });
    }

    /**
     * A city before 民 is the city without 市, 市民 being its citizens: 广州市民 is 广州 (HanLP reads 广州市/民). Not
     * where 民 opens a word of its own (北京市/民政局).
     */
    private static List<Candidate> withoutCitizenWord(TextView view, List<Candidate> candidates) {
        return withLastCharacterCutWhere(view, candidates, (c, start, end) ->
                c.hasType(EntityType.LOC) && end - start >= 3 && view.text.charAt(end - 1) == '市'
                        && end < view.text.length() && view.text.charAt(end) == '民'
                        && !(end + 2 <= view.text.length() && CoreWords.isDictionaryWord(view.text.substring(end, end + 2))));
    }

    /**
     * A "person" that is the whole title of a law in book-title marks is the law: 《马格尼茨基法》 (HanLP tags
     * 马格尼茨基法/nrf). Laws are no entities.
     */
    private static List<Candidate> withoutLawTitlePersons(TextView view, List<Candidate> candidates) {
        return without(view, candidates, (c, start, end) ->
                c.hasType(EntityType.PERSON) && start > 0 && end < view.text.length()
                        && "《『".indexOf(view.text.charAt(start - 1)) >= 0 && "》』".indexOf(view.text.charAt(end)) >= 0
                        && (view.text.charAt(end - 1) == '法' || view.text.startsWith("法案", end - 2)));
    }

    /**
     * 大陆 right after a continent (非洲大陆, 欧洲大陆) is that continent's landmass, no place of its own: the gazetteer's
     * 大陆 is mainland China, and the continent before it is found already.
     */
    private static List<Candidate> withoutContinentMainland(TextView view, List<Candidate> candidates) {
        return without(view, candidates, (c, start, end) ->
                c.hasType(EntityType.LOC) && isContinentLandmass(view.text, start, end));
    }

    /**
     * A model place that is a continent and 大陆 (欧洲大陆, 南美洲大陆) is the continent: 大陆 there is its landmass,
     * which the news gold writes as an alias of the continent (非洲|非洲大陆), and the continent's mention is its name
     * (as the rules find it). 中国大陆, the mainland, is no continent and stays whole.
     */
    private Candidate withoutContinentLandmassWord(TextView view, Candidate model) {
        int start = view.document.toCharIndex(model.span().start());
        int end = view.document.toCharIndex(model.span().end());
        if (!model.hasType(EntityType.LOC) || end - start < 4 || !isContinentLandmass(view.text, end - 2, end)
                || !lexicon.isPlace(view.text.substring(start, end - 2))) {
            return model;
        }
        return model.withSpan(model.span().start(), view.document.toCodePoint(end - 2));
    }

    private static boolean isContinentLandmass(String text, int start, int end) {
        return start >= 2 && end == start + 2 && text.startsWith("大陆", start) && text.charAt(start - 1) == '洲';
    }

    /**
     * A two-character short name that the gazetteer gives one body, right after a word that makes the noun many
     * bodies or a kind (plural-words.txt), names none: 央行 of 各国央行, 欧洲央行和日本央行等央行, 全球主要央行 is not
     * 中国人民银行. A name inside a longer word (欧洲央行) is not affected, nor one before a noun, which the plural word
     * may govern instead (其他东盟国家).
     */
    private List<Candidate> withoutPluralShortNames(TextView view, List<Candidate> candidates) {
        return without(view, candidates, (c, start, end) ->
                c.origin() == Candidate.Origin.GAZETTEER && end - start == 2 && c.canonical().isPresent()
                        && !c.canonical().get().equals(view.text.substring(start, end))
                        && pluralWords.stream().anyMatch(w -> view.text.startsWith(w, start - w.length()))
                        && !view.pos(view.tokenStartingAt(end)).startsWith("n")); // 其他东盟国家: 其他 goes with 国家
    }

    /** Last characters of a state, province, city or county: the constituency before a party's name. */
    private static final String CONSTITUENCY_ENDINGS = "州省市县";

    /** Legislators' titles after which a state's party is the legislator's constituency and party (宾夕法尼亚州共和党参议员). */
    private static final List<String> LEGISLATOR_TITLES = List.of("参议员", "众议员", "议员");

    /**
     * A party before 籍 (party membership) or a legislator's title after a state or city is the party alone, the place
     * being the member's constituency: 美国犹他州共和党籍众议员 is 美国, 犹他州 and 共和党, as 众议院犹他州共和党籍 and
     * 宾夕法尼亚州共和党参议员 are (the suffix rule and the model took all of it as one body). A state's party as a body
     * stays whole (德州共和党主席, 德州共和党表示). The party must be one word of HanLP's ending in 党 (共和党/nis) right
     * after the place's word; the places stay found by their own sources.
     */
    private static Candidate partyApartFromConstituency(TextView view, Candidate c) {
        int start = view.document.toCharIndex(c.span().start());
        int end = view.document.toCharIndex(c.span().end());
        int party = view.tokenEndingAt(end);
        boolean member = end < view.text.length()
                && (view.text.charAt(end) == '籍' || LEGISLATOR_TITLES.stream().anyMatch(t -> view.text.startsWith(t, end)));
        boolean apart = c.hasType(EntityType.ORG) && member
                && party > 0 && view.start(party) > start && view.end(party) - view.start(party) >= 2
                && view.text.charAt(end - 1) == '党'
                && view.tokenEndingAt(view.start(party)) == party - 1
                && CONSTITUENCY_ENDINGS.indexOf(view.text.charAt(view.start(party) - 1)) >= 0;
        return apart ? c.withSpan(view.document.toCodePoint(view.start(party)), c.span().end()) : c;
    }

    /**
     * A body opening with 前 ("former") before a place and followed by a title is the place's body, 前 belonging to
     * the title: 前江西省委书记 (HanLP reads 前江西/ns, and the suffix rule and the model take 前江西省委). A body
     * followed by no title keeps it (前苏联国家安全委员会 stays as found).
     */
    private Candidate withoutFormerBeforePlace(TextView view, Candidate c) {
        int start = view.document.toCharIndex(c.span().start());
        int end = view.document.toCharIndex(c.span().end());
        boolean former = c.hasType(EntityType.ORG) && end - start >= 4 && view.text.charAt(start) == '前'
                && lexicon.titlesAfter().longestAt(view.text, end).isPresent()
                && startsKnownPlace(view.text, start + 1, end);
        return former ? c.withSpan(c.span().start() + 1, c.span().end()) : c;
    }

    private boolean startsKnownPlace(String text, int from, int to) {
        for (int k = from + 2; k <= to && k - from <= 6; k++) {
            if (isKnownPlace(text.substring(from, k))) {
                return true;
            }
        }
        return false;
    }

    /** Numerals that 共 ("in all") goes before when it closes a list (…韩正共六人, …共5人). */
    private static final String COUNT_NUMERALS = "一二两三四五六七八九十百千几0123456789０１２３４５６７８９";

    /**
     * A three-character person ending in 共 before a numeral is a two-character name and 共 "in all" closing a list
     * (副总理韩正共六人: HanLP reads 韩正共/nr, and the model follows).
     */
    private static List<Candidate> withoutTotalWord(TextView view, List<Candidate> candidates) {
        return withLastCharacterCutWhere(view, candidates, (c, start, end) ->
                c.hasType(EntityType.PERSON) && end - start == 3 && view.text.charAt(end - 1) == '共'
                        && end < view.text.length() && COUNT_NUMERALS.indexOf(view.text.charAt(end)) >= 0);
    }

    /** Whether 世 at {@code at} opens a two-character dictionary word with the next char: 世纪, 世界, 世袭. */
    private static boolean startsDictionaryWord(String text, int at) {
        return at + 2 <= text.length() && CoreWords.isDictionaryWord(text.substring(at, at + 2));
    }

    /**
     * Whether the numeral and 世 at {@code [from, to)} are a dictionary word (一世, a lifetime) with a noun right after
     * it: 王健林一世英名 is his lifetime's fame, where 彼得一世的雕像 and 伊丽莎白一世在位 are monarchs.
     */
    private static boolean lifetimeBeforeNoun(TextView view, int from, int to) {
        return CoreWords.isDictionaryWord(view.text.substring(from, to)) && view.pos(view.tokenStartingAt(to)).startsWith("n");
    }

    /** Numerals of a monarch's or pope's ordinal (亨利六世, 本笃十六世). */
    private static final String REGNAL_NUMERALS = "一二三四五六七八九十";

    /**
     * A person right before a numeral and 世 is the monarch of that number (亨利六世, 伊丽莎白二世): the taggers stop
     * at the name. Not where 世 opens a word with what follows (世纪, 世界, 世袭: 亨利二十世纪 is no king) or the numeral
     * opens an idiom (王健林一世英名: 一世 is a lifetime).
     */
    private static List<Candidate> withRegnalNumbers(TextView view, List<Candidate> candidates) {
        return eachAtItsSpan(view, candidates, (c, start, end) -> {
            int k = end;
            while (k < view.text.length() && k - end < 3 && REGNAL_NUMERALS.indexOf(view.text.charAt(k)) >= 0) {
                k++;
            }
            boolean regnal = c.hasType(EntityType.PERSON) && k > end && k < view.text.length() && view.text.charAt(k) == '世'
                    && !startsDictionaryWord(view.text, k) && !lifetimeBeforeNoun(view, end, k + 1);
            return regnal ? c.withSpan(c.span().start(), c.span().end() + k + 1 - end) : c;
        });
    }

    /**
     * The candidates without role-tag or model "persons" that are a word of HanLP's dictionary never
     * tagged as a name plus the adverb marker 地 or the complement marker 得 (安全地重返校园: safely;
     * 高兴得泪下: so glad that): an adjective or verb made a modifier, which no name ends with.
     */
    private static List<Candidate> withoutMarkedModifiers(TextView view, List<Candidate> candidates) {
        return without(view, candidates, (c, start, end) ->
                c.hasType(EntityType.PERSON) && end - start >= 3
                        && c.fromTagger()
                        && (view.text.charAt(end - 1) == '地' || view.text.charAt(end - 1) == '得')
                        && CoreWords.isWordWithoutNameTag(view.text.substring(start, end - 1)));
    }

    /**
     * A role-tag person that is a listed person plus one more character is the listed person
     * (特朗普多/nrf of 总统特朗普多番强调: HanLP glues 多 of 多番 to the name).
     */
    private Candidate withListedPersonEnd(TextView view, Candidate c) {
        if (!c.hasType(EntityType.PERSON)) {
            return c;
        }
        int start = view.document.toCharIndex(c.span().start());
        int end = view.document.toCharIndex(c.span().end());
        int listed = names.listedPersonEnd(view, start, end);
        return listed == end - 1 ? c.withSpan(c.span().start(), view.document.toCodePoint(listed)) : c;
    }

    /** Directions that a place name runs into before a position word (长江南 of 长江南岸). */
    private static final String DIRECTIONS = "东南西北";

    /**
     * The candidates with a direction cut off a place that it turns into "that side of": 长江南岸
     * (the south bank of 长江) gave the place 长江南, and so did 长江南、北两岸; HanLP's word 江南
     * hides the boundary. Only where the direction begins a position word (南岸, 北部, 以东 is not
     * one) or a list of directions (南、北), and the rest is a place of two or more characters of
     * HanLP's dictionary or the gazetteers (not 河南北部 or 山西南部: 河, 山 are no places).
     */
    private List<Candidate> withoutDirectionBeforePosition(TextView view, List<Candidate> candidates) {
        return withLastCharacterCutWhere(view, candidates, (c, start, end) ->
                c.hasType(EntityType.LOC) && end - start >= 3
                        && c.fromTagger()
                        && DIRECTIONS.indexOf(view.text.charAt(end - 1)) >= 0
                        && isKnownPlace(view.text.substring(start, end - 1))
                        && (startsPositionWord(view.text, end - 1)
                        || end + 1 < view.text.length() && view.text.charAt(end) == '、' && DIRECTIONS.indexOf(view.text.charAt(end + 1)) >= 0));
    }

    private boolean startsPositionWord(String text, int at) {
        for (int length = 2; length <= 3 && at + length <= text.length(); length++) {
            if (positionWords.contains(text.substring(at, at + length))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Newspapers named in title brackets: 《X》 where X ends in a newspaper's last word (《迦纳商业报》,
     * 《长春日报》) is an organization, which as the longer span keeps the place inside it (迦纳) from
     * being a mention of its own; so is any other title ending in 报 but a document's (公报) or a journal's
     * (学报) last word; and any title right before a word of reporting ({@code outlet-followers.txt}: 《香港01》报导,
     * 《中央社》记者). Only letters and digits inside, and something before the last word.
     */
    private List<Candidate> publicationTitles(TextView view, List<Candidate> found) {
        List<Candidate> titles = new ArrayList<>();
        String text = view.text;
        for (int open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
            int close = text.indexOf('》', open + 1);
            if (close < 0) {
                break;
            }
            String title = text.substring(open + 1, close);
            if (title.isEmpty() || title.length() > 16 || !title.codePoints().allMatch(Character::isLetterOrDigit)) {
                continue;
            }
            // a listed last word (《长春日报》), or any 报 that ends no document's or journal's word (《泰晤士报》,
            // 《中国国防报》, 《明报》; not 《上海公报》, 《香港年报》); the word after the title may follow its Latin name
            // (《科学进展》（Science Advances）杂志, 《台湾公报》(Taiwan Communique)主编)
            int after = endOfLatinGlossAt(text, close + 1);
            boolean paper = publicationHeads.stream().anyMatch(h -> title.length() > h.length() && title.endsWith(h))
                    || title.length() >= 2 && title.endsWith("报") && reportHeads.stream().noneMatch(title::endsWith)
                    // a title that reports (《香港01》报导, 《中央社》记者): an outlet, whatever its last word
                    || title.length() >= 2 && outletFollowers.stream().anyMatch(w -> text.startsWith(w, after))
                    || title.length() >= 2 && editorOfPeriodicalAt(view, title, open, after);
            if (paper) {
                Candidate c = view.candidate(EntityType.ORG, open + 1, close, Candidate.Origin.PATTERN);
                if (found.stream().noneMatch(f -> f.span().equals(c.span()))) {
                    titles.add(c);
                }
            }
        }
        return titles;
    }

    /**
     * Whether an editor's title (主编, 总编辑) stands at char {@code after}, right after a title in 《》 opened at
     * {@code open}, as a word of its own (总编 of 总编纂官 is not), and the title names no book or programme: no book's
     * last word (《中国通史》主编) and no word for a book or a programme right before it (央视《焦点访谈》主编).
     */
    private boolean editorOfPeriodicalAt(TextView view, String title, int open, int after) {
        String text = view.text;
        Optional<String> editor = editorTitles.stream().filter(w -> text.startsWith(w, after))
                .max(Comparator.comparingInt(String::length)); // 总编辑, not its 总编
        if (editor.isEmpty()) {
            return false;
        }
        int wordEnd = after + editor.get().length();
        boolean endsThere = wordEnd >= text.length() || !isHan(String.valueOf(text.charAt(wordEnd)))
                || text.charAt(wordEnd) == '的' || view.isWordEnd(wordEnd);
        return endsThere && editedWorkEndings.stream().noneMatch(title::endsWith)
                && editedWorkKindsBefore.stream().noneMatch(k -> text.startsWith(k, open - k.length()));
    }

    /** A name of two to twelve letters or digits (a space between Latin words) in quotes or title marks. */
    private static final Pattern MARKED_NAME = Pattern.compile("[“「《\"]([\\p{L}\\p{N}](?:[\\p{L}\\p{N}]| (?=[A-Za-z0-9])){1,11})[”」》\"]");

    /**
     * The outlet kind 频道 alone: a channel of a platform after the platform's Latin name (YouTube频道“昨天”,
     * Telegram频道「612 Reminder」), but a broadcaster's channel after anything else (央视综合频道《新闻联播》, 旗下国际频道
     * “世界新闻一手掌握”), where the marked words are a programme or a slogan. 电报频道 is a kind of its own.
     */
    private static final String BARE_CHANNEL = "频道";

    /** Whether Latin letters (and at most one space) end the text right before {@code at}: YouTube频道, YOUTUBE 频道. */
    private static boolean afterLatinName(String text, int at) {
        int i = at - 1;
        if (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && text.charAt(i) < 128 && Character.isLetter(text.charAt(i));
    }

    /**
     * Outlets named in quotes or title marks right after the word for their kind ({@code outlet-kinds.txt}: 微信公众号“基本常识”,
     * 推特账号“飞机守望”, 网络媒体《外交家》): the name is the outlet's, an ORG, and as the longer span it keeps a place
     * inside it (“香港懒人包”) from being a mention of its own. After a list's 等 (美国之音等新闻网站“没有影响”) the quotes
     * are someone's words.
     */
    private List<Candidate> outletsAfterTheirKind(TextView view, List<Candidate> found) {
        List<Candidate> outlets = new ArrayList<>();
        Matcher m = MARKED_NAME.matcher(view.text);
        while (m.find()) {
            int open = m.start();
            String kind = outletKinds.stream().filter(k -> view.text.startsWith(k, open - k.length()))
                    .max(Comparator.comparingInt(String::length)).orElse(null); // 电报频道, not its 频道
            if (kind == null || view.text.startsWith("等", open - kind.length() - 1)
                    || kind.equals(BARE_CHANNEL) && !afterLatinName(view.text, open - kind.length())) {
                continue;
            }
            // a verb or adjective in quotes is a word quoted (某公众号“震惊”一词, 官方账号“致歉”声明), not a name
            String mainTag = CoreWords.mainTag(m.group(1));
            if (mainTag.startsWith("v") || mainTag.startsWith("a") || mainTag.startsWith("d")) {
                continue;
            }
            Candidate c = view.candidate(EntityType.ORG, m.start(1), m.end(1), Candidate.Origin.PATTERN);
            if (found.stream().noneMatch(f -> f.span().equals(c.span()) && f.hasType(EntityType.ORG))) {
                outlets.add(c);
            }
        }
        return outlets;
    }

    /** Two to eight letters or digits in double quotes, then 的 or not, then up to four characters to test. */
    private static final Pattern QUOTED_NAME = Pattern.compile("“([\\p{L}\\p{N}]{2,8})”(的?)");

    /** Words before a listed field abbreviation that make it the agent or the one present: 被国安骚扰, 有国安到场. */
    private static final Set<String> BEFORE_AGENT = Set.of("被", "有", "由", "遭", "遭到");
    /** Words that end an item of a list: 公安、国安和武警, 警察、国安们, 国安等. */
    private static final Set<String> LIST_ITEM_ENDS = Set.of("、", "和", "及", "与", "等", "们", "或");

    /**
     * A listed field abbreviation (国安: field-abbreviations.txt) that stands as a word where only a body can:
     * the agent of a passive (被国安骚扰), what is there (有国安到场), an item of a list (公安、国安、军队), or the
     * subject of a verb after a clause mark (，国安到场). The model tags it so seldom that propagation from its
     * spans, which used to find these, finds few; before a noun or after a verb it is the field
     * ({@link #readsAsField}), and after a preposition too (为国安构筑, 以国安为由: for national security).
     */
    private List<Candidate> fieldAbbreviationsAsBodies(TextView view, List<Candidate> found) {
        List<Candidate> bodies = new ArrayList<>();
        CandidateIndex index = null;
        for (int k = 0; k < view.tokens.size(); k++) {
            if (!lexicon.isFieldAbbreviation(view.tokens.get(k).text())) {
                continue;
            }
            int start = view.start(k);
            int end = view.end(k);
            if (readsAsField(view, start, end)) {
                continue;
            }
            String before = k > 0 && view.end(k - 1) == start ? view.tokens.get(k - 1).text() : "";
            String after = k + 1 < view.tokens.size() && view.start(k + 1) == end ? view.tokens.get(k + 1).text() : "";
            String afterPos = after.isEmpty() ? "" : view.pos(k + 1);
            // an item of a list stands between list marks or before 和, 等 or punctuation (、国安和武警; not 、国安恶法)
            boolean listItem = (before.equals("、") || after.equals("、"))
                    && (after.isEmpty() || LIST_ITEM_ENDS.contains(after) || afterPos.startsWith("w"));
            boolean agent = listItem || BEFORE_AGENT.contains(before)
                    || (before.isEmpty() || "，,；;：:。".contains(before)) && afterPos.startsWith("v")
                    && !afterPos.equals("vn") && !afterPos.equals("vshi");
            if (!agent) {
                continue;
            }
            if (index == null) {
                index = new CandidateIndex(found);
            }
            Candidate body = view.candidate(EntityType.ORG, start, end, Candidate.Origin.PATTERN);
            if (index.intersecting(body.span()).isEmpty()) {
                bodies.add(body);
            }
        }
        return bodies;
    }

    /** A name of two to eight letters or digits in quotes, its Latin gloss after it: “勇敢之盾”（Valiant Shield）. */
    private static final Pattern QUOTED_NAME_BEFORE_GLOSS = Pattern.compile("“([\\p{L}\\p{N}]{2,8})”(?=\\s?[（(])");

    /**
     * Military exercises named in quotes with their Latin gloss, right before a word for an exercise (exercise-words.txt:
     * “勇敢之盾”（Valiant Shield）大型军事演习, “利剑”（Keen Sword）联合军演): EVENTs, as the news gold types them; propagation then
     * finds the name's other mentions (“勇敢之盾”的演习). Only words of the list's size or kind stand between the gloss and
     * the exercise word (not 进行: a ship taking part). The gloss is what makes the quotes a name: without it a quoted
     * exercise is as often a kind of drill (“大规模伤亡”演习, “双航母”演习).
     */
    private List<Candidate> quotedExercisesWithGloss(TextView view, List<Candidate> found) {
        List<Candidate> events = new ArrayList<>();
        Matcher m = QUOTED_NAME_BEFORE_GLOSS.matcher(view.text);
        while (m.find()) {
            int after = endOfLatinGlossAt(view.text, m.end());
            String gloss = latinGloss(view.text, m.end()).orElse("");
            String name = m.group(1);
            if (after == m.end() || !isCodeName(gloss) || isAcronymGloss(gloss)
                    || exerciseBodyEndings.stream().anyMatch(name::endsWith)
                    || lexicon.orgSuffixes().longestEndingAt(name, name.length(), 0).isPresent()) {
                continue; // “海马斯”（HIMARS）, “奥库斯”（AUKUS）: a weapon's or a pact's acronym; “集安组织”（CSTO）: a body
            }
            boolean more = true;
            while (more) {
                more = false;
                for (String w : exerciseModifiers) {
                    if (view.text.startsWith(w, after)) {
                        after += w.length();
                        more = true;
                        break;
                    }
                }
            }
            int at = after;
            if (exerciseWords.stream().noneMatch(w -> view.text.startsWith(w, at))) {
                continue;
            }
            Candidate c = view.candidate(EntityType.EVENT, m.start(1), m.end(1), Candidate.Origin.PATTERN);
            // a name found already as a person, place or body (“里根”（Ronald Reagan）: the carrier named after him) is
            // the exercise's participant, not the exercise
            if (found.stream().noneMatch(f -> f.span().equals(c.span()))) {
                events.add(c);
            }
        }
        return events;
    }

    /** Whether a gloss is one word of capitals alone (HIMARS, AUKUS, CSTO): an acronym names a weapon or a pact. */
    private static boolean isAcronymGloss(String gloss) {
        return gloss.length() >= 2 && gloss.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z');
    }

    /**
     * Whether a Latin gloss reads as an exercise's code name: every word capitalized or a number (Valiant Shield, Keen
     * Sword, Vostok-18), not a phrase with "of" or "and" (Freedom of Navigation: operations of a kind, no named exercise).
     */
    private static boolean isCodeName(String gloss) {
        return !gloss.isEmpty() && Arrays.stream(gloss.split(" ")).allMatch(w -> Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)));
    }

    /**
     * A name in quotes right before a member's or officer's word (“香港众志”常委, “香港众志”的秘书长,
     * “学生动源”召集人) is an organization: groups and parties named with coined words are written in quotes,
     * and neither the model nor the role tags find a name in them. Not where a person or place of that span
     * is already found; propagation then finds the name's other mentions.
     */
    private List<Candidate> quotedOrganizations(TextView view, List<Candidate> found) {
        List<Candidate> result = new ArrayList<>();
        Matcher m = QUOTED_NAME.matcher(view.text);
        while (m.find()) {
            String after = view.text.substring(m.end(), Math.min(view.text.length(), m.end() + 4));
            boolean member = false;
            for (int n = 2; n <= after.length(); n++) {
                member |= memberWords.contains(after.substring(0, n));
            }
            String name = m.group(1);
            // a phrase with 的 (“垮掉的一代”的成员: a generation) or a programme's word (“千人计划”成员) names no body
            if (!member || name.indexOf('的') >= 0 || quotedNonBodyEndings.stream().anyMatch(name::endsWith)) {
                continue;
            }
            Candidate c = view.candidate(EntityType.ORG, m.start(1), m.end(1), Candidate.Origin.PATTERN);
            if (found.stream().noneMatch(f -> f.span().equals(c.span()) && !f.hasType(EntityType.ORG))) {
                result.add(c);
            }
        }
        return result;
    }

    /** What follows a reporter's name and place in a byline (记者林丹纽约报导). */
    private static final List<String> BYLINE_ENDS = List.of("报导", "报道", "综合报导", "综合报道", "电");

    /**
     * A byline's place after the reporter's name (大纪元记者林丹纽约报导): a person candidate that ends
     * in a gazetteer place of two or more characters right before 报导, 报道 or 电, after a name of
     * two or three characters, is the name and the place; one of three characters ending in the 编 of
     * 编译报导 is the name of two (徐简编/译报导).
     */
    private List<Candidate> withoutBylinePlaces(TextView view, List<Candidate> candidates) {
        List<Candidate> result = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            int start = view.document.toCharIndex(c.span().start());
            int end = view.document.toCharIndex(c.span().end());
            boolean split = false;
            if (c.hasType(EntityType.PERSON) && c.origin() != Candidate.Origin.USER && c.origin() != Candidate.Origin.GAZETTEER
                    && BYLINE_ENDS.stream().anyMatch(e -> view.text.startsWith(e, end))) {
                for (int cut = start + 2; cut <= start + 3 && end - cut >= 2; cut++) {
                    String place = view.text.substring(cut, end);
                    if (lexicon.isPlace(place) && lexicon.isSurname(view.text.substring(start, start + 1))) {
                        result.add(view.candidate(EntityType.PERSON, start, cut, c.origin()));
                        result.add(view.candidate(EntityType.LOC, cut, end, Candidate.Origin.GAZETTEER));
                        split = true;
                        break;
                    }
                }
            }
            if (!split && c.hasType(EntityType.PERSON) && c.origin() != Candidate.Origin.USER && c.origin() != Candidate.Origin.GAZETTEER
                    && end - start == 3 && view.text.charAt(end - 1) == '编' && (view.text.startsWith("译报导", end)
                    || view.text.startsWith("译报道", end)) && lexicon.isSurname(view.text.substring(start, start + 1))) {
                // 记者徐简编译报导: the first character of 编译 run into a name of two characters
                result.add(view.candidate(EntityType.PERSON, start, end - 1, c.origin()));
                split = true;
            }
            if (!split) {
                result.add(c);
            }
        }
        return result;
    }

    private static boolean afterNumber(String text, int at) {
        if (at == 0) {
            return false;
        }
        char last = text.charAt(at - 1);
        if (Character.isDigit(last)) {
            return true;
        }
        return CHINESE_DIGITS.indexOf(last) >= 0
                && ("十廿卅".indexOf(last) >= 0 || at >= 2 && CHINESE_DIGITS.indexOf(text.charAt(at - 2)) >= 0);
    }

    /**
     * A model organization over exactly one word that HanLP's dictionaries hold only as a place (斯图加特/ns in
     * 杜塞尔多夫，慕尼黑，斯图加特等, a list of cities) is that place: the model, trained on 1990s text, took a city it
     * did not know for a body. Words the dictionaries also hold as an organization or anything else keep the
     * model's type.
     */
    private Candidate asDictionaryPlace(TextView view, Candidate model) {
        int start = view.document.toCharIndex(model.span().start());
        int k = view.tokenStartingAt(start);
        if (k < 0 || view.end(k) != view.document.toCharIndex(model.span().end())) {
            return model;
        }
        List<String> tags = CoreWords.tags(view.tokens.get(k).text());
        return !tags.isEmpty() && tags.stream().allMatch(t -> t.startsWith("ns")) ? model.withType(EntityType.LOC) : model;
    }

    /**
     * A model person over exactly one word that HanLP's dictionary holds as an organization and never
     * as a person (阿里/nt, Alibaba; {@link CoreWords#isWordNeverPersonName}) is that organization: the
     * model found the name and the dictionary knows its type. Dropping it, as a person that is no
     * name, lost every mention of the company.
     */
    private Candidate asDictionaryType(TextView view, Candidate model) {
        if (model.hasType(EntityType.ORG)) {
            return asDictionaryPlace(view, model);
        }
        if (!model.hasType(EntityType.PERSON)) {
            return model;
        }
        int start = view.document.toCharIndex(model.span().start());
        int k = view.tokenStartingAt(start);
        if (k < 0 || view.end(k) != view.document.toCharIndex(model.span().end())
                || !CoreWords.isWordNeverPersonName(view.tokens.get(k).text())) {
            return model;
        }
        // organizations only: the dictionary's places include transliterations that are persons too (沃尔特/ns)
        return view.pos(k).startsWith("nt") ? model.withType(EntityType.ORG) : model;
    }

    /** Words that give the name someone is called by (画家叫孟煌, 一名记者名叫…). */
    private static final Set<String> CALLED_WORDS = Set.of("叫", "名叫", "叫做");

    /**
     * A model place or organization over exactly one word HanLP's role tags read as a person's name, given as what a
     * person is called (这个画家叫孟煌: a title word or HanLP's nnt, then 叫), is that person: the retrained model read
     * 孟煌 as a place, while what the sentence says of it leaves only a person.
     */
    private Candidate asPersonCalledAfterTitle(TextView view, Candidate model) {
        if (!model.hasType(EntityType.LOC, EntityType.ORG)) {
            return model;
        }
        int start = view.document.toCharIndex(model.span().start());
        int k = view.tokenStartingAt(start);
        if (k < 2 || view.end(k) != view.document.toCharIndex(model.span().end()) || !view.pos(k).startsWith("nr")
                || !CALLED_WORDS.contains(view.tokens.get(k - 1).text())) {
            return model;
        }
        int calledStart = view.start(k - 1);
        boolean afterTitle = view.pos(k - 2).equals("nnt")
                || lexicon.titlesBefore().longestEndingAt(view.text, calledStart, Math.max(0, calledStart - 6)).isPresent();
        return afterTitle ? model.withType(EntityType.PERSON) : model;
    }

    /**
     * A model "place" that ends in a place-body head after more words is that place's government or police, an
     * organization (绍兴市柯桥区公安, 河南省政府: place-body-heads.txt).
     */
    private Candidate asPlaceBody(TextView view, Candidate model) {
        int end = view.document.toCharIndex(model.span().end());
        int head = view.tokenEndingAt(end);
        if (!model.hasType(EntityType.LOC) || head < 0 || view.start(head) <= view.document.toCharIndex(model.span().start())
                || !lexicon.isPlaceBodyHead(view.tokens.get(head).text())) {
            return model;
        }
        return model.withType(EntityType.ORG);
    }

    /** A model "person" that is a transliterated name plus 州 or 邦 is a state (乔治亚州, 马哈拉施特拉邦). */
    private Candidate asState(TextView view, Candidate model) {
        String surface = view.document.slice(model.span());
        if (!model.hasType(EntityType.PERSON) || surface.length() < 3 || !surface.endsWith("州") && !surface.endsWith("邦")) {
            return model;
        }
        int start = view.document.toCharIndex(model.span().start());
        int k = view.tokenStartingAt(start);
        boolean foreignName = k >= 0 && view.end(k) == start + surface.length() - 1 && view.pos(k).equals("nrf")
                || lexicon.isTransliteration(surface.substring(0, surface.length() - 1));
        if (!foreignName) {
            return model;
        }
        return model.withType(EntityType.LOC);
    }

    /**
     * A model organization that is a name and a facility's word (香港/ns 会议展览中心: the model says ORG,
     * as 中心 ends many organizations) is the named facility, a place by ANNOTATION.md; the model span
     * replaces the rules' candidates inside it, so the suffix rule would never see the name before the word.
     */
    private Candidate asFacility(TextView view, Candidate model, CandidateIndex rules) {
        if (model.origin() != Candidate.Origin.MODEL || !model.hasType(EntityType.ORG)) {
            return model;
        }
        int start = view.document.toCharIndex(model.span().start());
        int end = view.document.toCharIndex(model.span().end());
        for (int facilityWord : SuffixPatternSource.facilityWordStarts(lexicon, view, start, end)) {
            for (Candidate name : rules.intersecting(model.span())) {
                if (name.span().start() == model.span().start() && name.hasType(EntityType.LOC, EntityType.ORG)
                        && view.document.toCharIndex(name.span().end()) == facilityWord) {
                    return model.withType(EntityType.LOC);
                }
            }
        }
        return model;
    }

    /** Whether a model organization is words that only describe a company before a company word (see {@link CompanyDescriptions}). */
    private boolean describesCompanyOnly(TextView view, int start, int end) {
        List<String> words = new ArrayList<>();
        List<Boolean> places = new ArrayList<>();
        int k = view.tokenStartingAt(start);
        if (k < 0) {
            return false;
        }
        for (; k < view.tokens.size() && view.end(k) < end; k++) {
            words.add(view.tokens.get(k).text());
            places.add(view.pos(k).startsWith("ns"));
        }
        return k < view.tokens.size() && view.end(k) == end
                && descriptions.describesOnly(words, places, view.tokens.get(k).text(), lexicon);
    }

    /**
     * Whether a model span can be a name at all: not a generic word on its own (法院, 东南部),
     * not a person that HanLP's core dictionary knows only as an ordinary word (雷达, 黄金), nor
     * a law or disease named after a place or party (香港国安法, 中共病毒; nor an organization
     * right before such a head: 国安 of 国安法), which the 1990s training text hardly had.
     */
    private boolean namesSomething(TextView view, Candidate model) {
        int start = view.document.toCharIndex(model.span().start());
        int end = view.document.toCharIndex(model.span().end());
        String surface = view.text.substring(start, end);
        if (lexicon.isGeneric(surface) || isOnlyInterjections(view, start, end)) {
            return false;
        }
        if (model.hasType(EntityType.PERSON) && CoreWords.isWordNeverPersonName(surface)) {
            return false; // 雷达, 黄金: a common word the dictionary never saw as a name
        }
        if (model.hasType(EntityType.PERSON) && RoleSource.isRunOnName(lexicon, surface) && !isSurnamePlusPlaceNamedByHanLp(view, start, end)) {
            return false; // 那一年, 于社会: a function word or verb run into the next word
        }
        if (model.hasType(EntityType.PERSON)
                && (RoleSource.isUnitAfterNumber(view.text, start) || RoleSource.isCommonWordPlusNonNameHead(lexicon, surface)
                || isOneNonNameWord(view, start, end) || RoleSource.namesPrize(view, end))) {
            return false; // 6万才有, 国家安全法, 探雷达站/nis, 首长周五/t: a number's unit, a law, an institution or time word
        }
        if (model.hasType(EntityType.ORG) && lexicon.isNonNameHead(wordStartingAt(view, end))) {
            return false; // 国安 of 国安法: the law's name cut short
        }
        if (model.hasType(EntityType.ORG, EntityType.LOC) && holdsLawWord(view, start, end)) {
            return false; // 香港国安法第(38条): a law's name with what follows it
        }
        if (model.hasType(EntityType.ORG) && readsAsField(view, start, end)) {
            return false; // 国安风险, 危害国安: national security, not the state security police
        }
        if (model.hasType(EntityType.ORG) && describesCompanyOnly(view, start, end)) {
            return false; // 国际航空公司, 中国国有金融公司: what kind of company, not which
        }
        if (model.hasType(EntityType.ORG, EntityType.LOC) && lexicon.titlesBefore().longestEndingAt(surface, surface.length(), 0)
                .filter(m -> m.start() == 0).isPresent()) {
            return false; // 46名立委: a title word alone is a role (titles of persons), not a body
        }
        if (model.hasType(EntityType.ORG) && surface.indexOf('驻') > 0 && lexicon.titlesBefore()
                .longestEndingAt(surface, surface.length(), 0).filter(m -> m.start() > 0).isPresent()) {
            return false; // 美国驻香港总领事, 中国驻美大使: an envoy's post, the title of the person after it, not the mission
        }
        if (model.hasType(EntityType.ORG) && isPlaceAndSector(view, start, end)) {
            return false; // 中国房地产, 日本房地产: a country's market or trade, not a body (中国房地产协会 goes on)
        }
        if (model.hasType(EntityType.ORG, EntityType.LOC) && isBareInstitutionWord(surface)) {
            return false; // 咨询公司, 新闻学院, 检测中心: one of HanLP's institution words alone, a kind of body
        }
        int last = view.tokenEndingAt(end);
        return last < 0 || !lexicon.isNonNameHead(view.text.substring(view.start(last), end));
    }

    /**
     * Whether a model span is a known place and then one word of sector-words.txt (中国/房地产, 日本/房地产,
     * 香港/楼市): the market or trade of a place, which the model reads as a body because bodies are so named
     * (中国房地产协会, 中国房地产报: longer spans, kept).
     */
    private boolean isPlaceAndSector(TextView view, int start, int end) {
        int last = view.tokenEndingAt(end);
        return last >= 0 && view.start(last) > start && sectorWords.contains(view.tokens.get(last).text())
                && isKnownPlace(view.text.substring(start, view.start(last)));
    }

    /**
     * Whether a surface is one of HanLP's institution words (nis, nit: 咨询公司, 新闻学院, 检测中心, 救援队)
     * ending in a kind of body (institution-kinds.txt) and known as nothing that names (no nt, ns, nr, nz or
     * abbreviation tag): the model reads such a word as a name where the text speaks of any consulting firm or
     * testing centre. Names the dictionary tags nt (北京大学, 中央银行) and words the kinds list leaves out
     * (人民银行, 参议院) stay.
     */
    private boolean isBareInstitutionWord(String surface) {
        List<String> tags = CoreWords.tags(surface);
        if (tags.stream().noneMatch(t -> t.equals("nis") || t.equals("nit"))
                || tags.stream().anyMatch(t -> t.startsWith("nt") || t.startsWith("ns") || t.startsWith("nr")
                        || t.startsWith("nz") || t.startsWith("j"))) {
            return false;
        }
        return institutionKinds.stream().anyMatch(kind -> surface.length() > kind.length() && surface.endsWith(kind));
    }

    /** Whether the words from char {@code start} to {@code end} are all onomatopoeia or interjections (哈哈/o 哈哈哈/o). */
    private static boolean isOnlyInterjections(TextView view, int start, int end) {
        int k = view.tokenStartingAt(start);
        if (k < 0) {
            return false;
        }
        for (; k < view.tokens.size() && view.start(k) < end; k++) {
            String pos = view.pos(k);
            if (!(pos.equals("o") || pos.equals("e") || pos.startsWith("y"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a word inside a span, not its first or last, is a law's last word (香港/国安/法/第). Not a disease's: a
     * body may be named after an epidemic (广州市花都区疫情防控指挥部).
     */
    private boolean holdsLawWord(TextView view, int start, int end) {
        int first = view.tokenStartingAt(start);
        int last = view.tokenEndingAt(end);
        for (int k = first + 1; first >= 0 && k < last; k++) {
            if (lexicon.isLawHead(view.tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a span ending in a field abbreviation (国安) uses it as the field, not the body: before a noun (国安风险,
     * 国安案件, 美国国安顾问) or, as the span's one word, after a verb, its object (危害国安, 危及国安). Alone it is
     * the body (有国安到场, 被国安骚扰, 公检法、国安、官媒).
     */
    private boolean readsAsField(TextView view, int start, int end) {
        int word = view.tokenEndingAt(end);
        if (word < 0 || view.start(word) < start || !lexicon.isFieldAbbreviation(view.tokens.get(word).text())) {
            return false;
        }
        int next = view.tokenStartingAt(end);
        if (next >= 0 && (view.pos(next).startsWith("n") || view.pos(next).equals("vn"))) {
            return true; // also after a place (美国国安顾问)
        }
        int previous = view.tokenEndingAt(start);
        return view.start(word) == start && previous >= 0 && (view.pos(previous).equals("v") || view.pos(previous).equals("vn"));
    }

    /** The word starting at char {@code end} (法 of 国安法), or "" when no word starts there. */
    private static String wordStartingAt(TextView view, int end) {
        int next = view.tokenStartingAt(end);
        return next >= 0 ? view.tokens.get(next).text() : "";
    }

    /**
     * Whether the text from {@code start} to {@code end} is one word HanLP tags here as an
     * institution, a title or a time word (雷达站/nis, 周五/t): no person's name.
     */
    private static boolean isOneNonNameWord(TextView view, int start, int end) {
        int k = view.tokenStartingAt(start);
        return k >= 0 && view.end(k) == end
                && (view.pos(k).equals("nis") || view.pos(k).equals("nit") || view.pos(k).equals("nnt") || view.pos(k).equals("t"));
    }

    /**
     * Whether a model place or organization is a gazetteer or pattern name followed by words
     * ending in a verb, adverb or adjective (中共渗透, 中共签署, 中共便, 中共暗中搅局): the name
     * and what it did, not a longer name.
     */
    private boolean isNamePlusVerb(TextView view, Candidate model, CandidateIndex ruleCandidates) {
        if (model.hasType(EntityType.PERSON)) {
            return false;
        }
        if (isListedNamePlusPredicate(view, model, ruleCandidates)) {
            return true;
        }
        int last = view.tokenEndingAt(view.document.toCharIndex(model.span().end()));
        if (last < 0 || !endsNoName(view.pos(last))
                || view.end(last) - view.start(last) < 2 && !view.pos(last).startsWith("d")
                || lexicon.orgSuffixes().longestEndingAt(view.tokens.get(last).text(), view.end(last) - view.start(last), 0).isPresent()) {
            return false; // one-character verbs end names in pieces (联合国安全理事/会), HanLP tags 安全理事会 v
        }
        int lastStart = view.document.toCodePoint(view.start(last));
        return ruleCandidates.intersecting(model.span()).stream().anyMatch(r -> r.origin() != Candidate.Origin.ROLE
                && r.span().start() == model.span().start() && r.span().end() <= lastStart);
    }

    /**
     * Whether a model organization is a clause: its subject, a verb a subject's name goes on with (宣布, 要求,
     * 批评, 呼吁: {@link #subjectFollowers}, two characters or more) and a generic head as the verb's object
     * (香港教育局/宣布/学校, 中国官方/宣布/总部). The span is left out whole, so the rules' names inside it
     * stay. Not a body named by its task (选举委员会: {@link #BODIES_NAMED_BY_THEIR_TASK}).
     */
    private boolean isSubjectVerbAndGenericHead(TextView view, Candidate model) {
        if (!model.hasType(EntityType.ORG)) {
            return false;
        }
        int start = view.document.toCharIndex(model.span().start());
        int head = view.tokenEndingAt(view.document.toCharIndex(model.span().end()));
        if (head < 1 || view.start(head - 1) <= start) {
            return false;
        }
        String word = view.tokens.get(head).text();
        String verb = view.tokens.get(head - 1).text();
        boolean genericHead = (lexicon.isGeneric(word) || lexicon.genericOrgHeads().contains(word))
                && !BODIES_NAMED_BY_THEIR_TASK.contains(word);
        return genericHead && verb.length() >= 2 && subjectFollowers.contains(verb);
    }

    /**
     * Whether a model place or organization is a place or organization the rules found (not by
     * role tags) followed by a verb and what goes with it: a modal alone before the rest of the
     * predicate (中共/会 被抽干, 中国/会 等着看, 中共/会 趁机), or a verb of two or more characters
     * and its object (中共/总揽/全局). Not where the words after the name hold an institution
     * word or end in an organization suffix (中国/驻/美/大使馆, 联合国/安全理事会/v).
     */
    private boolean isListedNamePlusPredicate(TextView view, Candidate model, CandidateIndex ruleCandidates) {
        int end = view.document.toCharIndex(model.span().end());
        int last = view.tokenEndingAt(end);
        if (last < 0) {
            return false;
        }
        Optional<PhraseTrie.Match<String>> suffix = lexicon.orgSuffixes().longestEndingAt(view.text, end, Math.max(0, end - 6));
        for (Candidate r : ruleCandidates.intersecting(model.span())) {
            if (r.origin() == Candidate.Origin.ROLE || !r.hasType(EntityType.LOC, EntityType.ORG)
                    || r.span().start() != model.span().start() || r.span().end() >= model.span().end()) {
                continue;
            }
            int verb = view.tokenStartingAt(view.document.toCharIndex(r.span().end()));
            if (verb >= 0 && verb == last && isAdverbPlusModal(view.tokens.get(verb).text()) && startsPredicate(view, last + 1, end)) {
                return true; // 中共/都会/n 想办法: HanLP reads 都会 (metropolis), the text 都 + 会
            }
            // a verbal noun only before a modal that ends the span (中共/承诺/vn 会 对外资开放; not 联合国/统计/vn 司,
            // the UN Statistics Division, nor 中国/民主化/vn 工作会)
            boolean verbalNounBeforeModal = verb >= 0 && view.pos(verb).equals("vn") && verb + 1 == last
                    && view.end(last) - view.start(last) == 1 && MODALS.indexOf(view.text.charAt(view.start(last))) >= 0;
            if (verb < 0 || !view.pos(verb).equals("v") && !verbalNounBeforeModal) {
                continue;
            }
            // a suffix after the name ends an organization (安全理事会, 大使馆); not one inside the name (国会 of
            // 中国/会) nor one character inside a word (局 of 全局)
            if (suffix.isPresent() && suffix.get().start() >= view.start(verb)
                    && (suffix.get().value().length() > 1 || view.isWordStart(suffix.get().start()))) {
                continue;
            }
            boolean institution = false;
            for (int k = verb; k <= last; k++) {
                institution |= view.pos(k).startsWith("nt") || view.pos(k).equals("nis");
            }
            if (institution) {
                continue;
            }
            int verbLength = view.end(verb) - view.start(verb);
            if (verbLength >= 2) {
                return true; // 中共/总揽/v 全局
            }
            // a one-character modal ends the span and the predicate goes on after it (中共/会/v 被/趁机/等)
            if (verb == last && MODALS.indexOf(view.text.charAt(view.start(verb))) >= 0 && !isCountryPlusGuohui(view, r, verb)
                    && startsPredicate(view, last + 1, end)) {
                return true;
            }
        }
        return false;
    }

    /** Adverbs that stand between a subject and its modal (中共都会, 美国也要, 他们还能). */
    private static final String MODAL_ADVERBS = "都也还就才又";

    private static boolean isAdverbPlusModal(String word) {
        return word.length() == 2 && MODAL_ADVERBS.indexOf(word.charAt(0)) >= 0 && MODALS.indexOf(word.charAt(1)) >= 0;
    }

    /** Whether token {@code k} starts right at {@code end} and is a verb, adverb, preposition or particle. */
    private static boolean startsPredicate(TextView view, int k, int end) {
        if (k >= view.tokens.size() || view.start(k) != end) {
            return false;
        }
        String next = view.pos(k);
        return next.startsWith("v") || next.startsWith("d") || next.startsWith("p") || next.startsWith("u");
    }

    /**
     * Whether a country's two-character name ending in 国 and 会 after it can be the country's
     * abbreviation and 国会 (美国会审视 = 美国国会, the US Congress; 英国会): the model's reading stands.
     * Not 中国会 (China has no 国会).
     */
    private static boolean isCountryPlusGuohui(TextView view, Candidate name, int verb) {
        String surface = view.document.slice(name.span());
        return view.tokens.get(verb).text().equals("会") && surface.length() == 2 && surface.charAt(1) == '国'
                && surface.charAt(0) != '中' && SuffixPatternSource.isCountryAbbreviation(surface.charAt(0));
    }

    /** One-character modal verbs (will, must, can, dare) between a subject and its predicate. */
    private static final String MODALS = "会要能将可该敢";

    /** Parts of speech no place or organization name ends with: verbs (not verbal nouns), adverbs, adjectives. */
    private static boolean endsNoName(String pos) {
        return pos.equals("v") || pos.equals("vi") || pos.equals("vd") || pos.startsWith("d") || pos.equals("a")
                || pos.equals("ad");
    }

    /**
     * Whether a model span is a place or organization the rules found followed by nothing but a
     * generic head (中国公司, 中共当局, 中共内部): by this project's conventions, as in the suffix
     * rules, that is the name alone, not an organization (but a place's government or police is one:
     * 美国政府, 香港警方). A person-like name plus 公司 is a
     * company (布瑞斯玛公司).
     */
    private boolean isNamePlusGenericHead(TextView view, Candidate model, CandidateIndex ruleCandidates) {
        int end = view.document.toCharIndex(model.span().end());
        int head = view.tokenEndingAt(end);
        int start = view.document.toCharIndex(model.span().start());
        if (head < 0 || !lexicon.genericOrgHeads().contains(view.slice(view.start(head), end))
                && !(view.start(head) > start && descriptions.isCountryAndInstitution(view.slice(start, view.start(head)),
                view.slice(view.start(head), end)))) {
            return false; // (美国大学: a country and its universities in general)
        }
        int nameEnd = view.document.toCodePoint(view.start(head));
        boolean bodyAfterPlace = lexicon.isPlaceBodyHead(view.slice(view.start(head), end));
        return ruleCandidates.intersecting(model.span()).stream().anyMatch(r -> r.hasType(EntityType.LOC, EntityType.ORG)
                && !(bodyAfterPlace && r.hasType(EntityType.LOC)) // 美国政府, 香港警方: a place's government or police
                && r.span().start() == model.span().start() && r.span().end() == nameEnd);
    }

    /**
     * Whether a model organization is only descriptive words (generic words such as 国际, 科技,
     * 有关, numbers, measure words, adjectives, conjunctions, pronouns) before a generic head, with
     * no name the rules found in it (国际科技公司, 九家公司): a description, not a name
     * (ANNOTATION.md: 外国公司). Any other word may be the name (蚂蚁集团).
     */
    private boolean isDescriptionPlusGenericHead(TextView view, Candidate model, CandidateIndex ruleCandidates) {
        if (!model.hasType(EntityType.ORG)) {
            return false;
        }
        int start = view.document.toCharIndex(model.span().start());
        int end = view.document.toCharIndex(model.span().end());
        int head = view.tokenEndingAt(end);
        if (head < 0 || view.start(head) <= start || !lexicon.genericOrgHeads().contains(view.slice(view.start(head), end))) {
            return false;
        }
        int first = view.tokenStartingAt(start);
        if (first < 0) {
            return false;
        }
        for (int k = first; k < head; k++) {
            String pos = view.pos(k);
            boolean descriptive = lexicon.isGeneric(view.tokens.get(k).text()) || descriptions.isDescriptor(view.tokens.get(k).text())
                    || pos.startsWith("m") || pos.startsWith("q")
                    || pos.equals("a") || pos.startsWith("c") || pos.startsWith("r") || pos.startsWith("u");
            if (!descriptive) {
                return false; // 蚂蚁集团: a common noun can be the name
            }
        }
        return ruleCandidates.intersecting(model.span()).stream().noneMatch(r -> r.type().isPresent());
    }

    /**
     * Whether a model organization is a listed organization's short form (one the gazetteer gives a full name: 中共)
     * and right after it the listed body {@code rule} that ends the span (中共/外交部, 中共/央行, 中共/国务院): the
     * party-state's ministry, one body that the news annotations mark whole, as ANNOTATION.md's 美国国务院. Not where
     * any word stands between the two (中共官媒新华社: the kind of body, then its name), nor after a full name (外交部推特:
     * the ministry's account on a platform).
     */
    private static boolean isBodyOfListedOrganization(TextView view, Candidate rule, Candidate model, CandidateIndex ruleCandidates) {
        if (!model.hasType(EntityType.ORG) || !rule.hasType(EntityType.ORG) || rule.span().end() != model.span().end()
                || rule.span().start() <= model.span().start()) {
            return false;
        }
        return ruleCandidates.intersecting(model.span()).stream().anyMatch(owner -> owner.hasType(EntityType.ORG)
                && owner.origin() == Candidate.Origin.GAZETTEER
                && owner.canonical().filter(full -> !full.equals(view.document.slice(owner.span()))).isPresent()
                && owner.span().start() == model.span().start()
                && owner.span().end() == rule.span().start());
    }

    /**
     * Whether rule candidate {@code rule} keeps the model's span {@code model} out (see the merge
     * policy): any user-dictionary entry it overlaps does, and any gazetteer or pattern name it
     * overlaps, unless that name lies inside the longer model span without ending it (古巴 in
     * 古巴代表团, 国务院 in 国务院残疾人工作协调委员会; but not 新华社 in 中共官媒新华社, whose
     * head is already a name, unless that name is a listed person's after the dot of the model's
     * dotted person: 川普 in 唐纳德‧川普). HanLP's role tags never do.
     */
    private boolean keepsOutModel(TextView view, Candidate rule, Candidate model) {
        if (rule.origin() == Candidate.Origin.ROLE || !rule.span().intersects(model.span())
                || isSurnamePlusListedName(view, rule, model)) {
            return false;
        }
        if (endsInsideBearingAfterPlace(view, rule, model)) {
            return true;
        }
        boolean inside = rule.origin() != Candidate.Origin.USER && model.span().length() > rule.span().length()
                && model.span().start() <= rule.span().start() && rule.span().end() <= model.span().end();
        return !inside || rule.span().end() == model.span().end() && !isFamilyName(view, rule, model)
                || startsWithListedPerson(view, rule, model);
    }

    /** Last characters of the names of mountains, lakes, rivers and islands (喜马拉雅山, 伊赛克湖, 长江). */
    private static final String TERRAIN_ENDS = "山湖河江海岛峰";

    /**
     * A listed place of two characters read across the end of a mountain's, lake's or river's name and the bearing word
     * after it: 喜马拉雅/ns 山西/ns 部/q gives the gazetteer's 山西 in 喜马拉雅山西部, 伊赛克/nr 湖北/ns 部/q its 湖北. Where
     * the listed place's first character is such a name's last (山, 湖, 江: {@link #TERRAIN_ENDS}) right after a name
     * HanLP tagged (ns, nr, nz) and its second character opens a word of position-words.txt (西部, 北部), the place is the
     * name and that character (喜马拉雅山, 伊赛克湖). 湖北部分地区 and 山西部署 have no name before them, and 部分, 部署 are no
     * bearing words.
     */
    private List<Candidate> withPlacesReadAcrossBearings(TextView view, List<Candidate> listed) {
        List<Candidate> out = new ArrayList<>(listed.size());
        for (Candidate c : listed) {
            int start = view.document.toCharIndex(c.span().start());
            int end = view.document.toCharIndex(c.span().end());
            int before = view.tokenEndingAt(start);
            if (c.origin() == Candidate.Origin.GAZETTEER && c.hasType(EntityType.LOC) && end - start == 2
                    && TERRAIN_ENDS.indexOf(view.charAt(start)) >= 0 && before >= 0 && view.end(before) - view.start(before) >= 2
                    && (view.pos(before).startsWith("ns") || view.pos(before).startsWith("nr") || view.pos(before).equals("nz"))
                    && startsBearingWord(view.text, start + 1)) {
                out.add(view.candidate(EntityType.LOC, view.start(before), start + 1, Candidate.Origin.PATTERN));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Whether an organization is a place, or a mountain's, lake's or river's last character, and a bearing word with
     * 部 (喜马拉雅山西部, 伊赛克湖北部, 湖北部): 部 there says which part, not which department. Not a user's entry.
     */
    private boolean isPlaceAndBearing(TextView view, Candidate c) {
        if (!c.hasType(EntityType.ORG) || c.origin() == Candidate.Origin.USER || c.span().length() < 3) {
            return false;
        }
        String surface = view.document.slice(c.span());
        int cut = surface.length() - 2;
        if (surface.charAt(cut + 1) != '部' || DIRECTIONS.indexOf(surface.charAt(cut)) < 0) {
            return false;
        }
        String before = surface.substring(0, cut);
        if (runsIntoWordOfBu(view.text, view.document.toCharIndex(c.span().end()))) {
            return false; // 湖北部分: the model's 湖北部 before 分 is cut otherwise, not here
        }
        return TERRAIN_ENDS.indexOf(before.charAt(before.length() - 1)) >= 0 || before.length() >= 2 && isKnownPlace(before);
    }

    /**
     * Whether a model span runs from a rule's place into the bearing word right after it and ends inside that word
     * (喜马拉雅山 + 西 of 西部: the model's 喜马拉雅山西): the rule's place stands.
     */
    private boolean endsInsideBearingAfterPlace(TextView view, Candidate rule, Candidate model) {
        if (!rule.hasType(EntityType.LOC) || rule.origin() == Candidate.Origin.USER || model.span().start() != rule.span().start()
                || model.span().end() <= rule.span().end()) {
            return false;
        }
        int at = view.document.toCharIndex(rule.span().end());
        int modelEnd = view.document.toCharIndex(model.span().end());
        for (int length = 2; length <= 3 && at + length <= view.text.length(); length++) {
            if (positionWords.contains(view.text.substring(at, at + length)) && modelEnd < at + length
                    && !runsIntoWordOfBu(view.text, at + length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of position-words.txt starts at char {@code at} and is a bearing there: not where its 部 opens a
     * word with the character after it (湖南部分地区 is 湖南 + 部分, 山西部署 山西 + 部署, not 湖 + 南部).
     */
    private boolean startsBearingWord(String text, int at) {
        for (int length = 2; length <= 3 && at + length <= text.length(); length++) {
            if (positionWords.contains(text.substring(at, at + length)) && !runsIntoWordOfBu(text, at + length)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word that ends at char {@code end} ends in 部 and 部 opens a word with the next character (部分, 部署, 部门). */
    private static boolean runsIntoWordOfBu(String text, int end) {
        return end >= 1 && end < text.length() && text.charAt(end - 1) == '部'
                && CoreWords.isDictionaryWord(text.substring(end - 1, end + 1));
    }

    /**
     * Whether chars {@code [start, end)} are a certain surname and a listed place of two characters that
     * HanLP's person recognition reads as one name (许银川/nr, a chess player): the model and HanLP agree
     * on a person against the gazetteer. Not 关中共 (an organization follows), nor 于北京 (于 is mostly a
     * preposition: {@link RoleSource#isRunOnName} stays the rule there).
     */
    private boolean isSurnamePlusPlaceNamedByHanLp(TextView view, int start, int end) {
        int token = view.tokenStartingAt(start);
        return end - start == 3 && token >= 0 && view.end(token) == end && view.pos(token).startsWith("nr")
                && CoreWords.surnameShare(view.charAt(start)) >= CERTAIN_SURNAME_SHARE && lexicon.isSurname(view.slice(start, start + 1))
                && lexicon.isPlace(view.slice(start + 1, end));
    }

    /** Surname share (CoreWords.surnameShare) of a character that is a surname before a listed place (许 0.96; 关 0.90, 于 0.70). */
    private static final double CERTAIN_SURNAME_SHARE = 0.95;

    /**
     * Whether a model person is a near-certain surname plus a listed two-character organization's short
     * form (吴高盛: 高盛 is Goldman Sachs alone, but also a given name; {@link RoleSource#isSurnamePlusCompanyName})
     * or plus a listed place that HanLP reads as one name with it ({@link #isSurnamePlusPlaceNamedByHanLp}: 许银川):
     * the person's name, which the short form only seems to end.
     */
    private boolean isSurnamePlusListedName(TextView view, Candidate rule, Candidate model) {
        int start = view.document.toCharIndex(model.span().start());
        if (rule.origin() != Candidate.Origin.GAZETTEER || !model.hasType(EntityType.PERSON)
                || rule.span().length() != 2 || model.span().length() != 3
                || rule.span().start() != model.span().start() + 1 || rule.span().end() != model.span().end()) {
            return false;
        }
        if (rule.hasType(EntityType.LOC)) {
            return isSurnamePlusPlaceNamedByHanLp(view, start, view.document.toCharIndex(model.span().end()));
        }
        return rule.hasType(EntityType.ORG) && RoleSource.isSurnamePlusCompanyName(lexicon, view.text.charAt(start), EntityType.ORG);
    }

    /**
     * Whether a model person starts with a listed person's name and goes on with no dot (川普签署,
     * 川普周五): the name and the next word; the gazetteer name stands.
     */
    private static boolean startsWithListedPerson(TextView view, Candidate rule, Candidate model) {
        if (rule.origin() != Candidate.Origin.GAZETTEER || !rule.hasType(EntityType.PERSON) || !model.hasType(EntityType.PERSON)
                || rule.span().start() != model.span().start() || rule.span().end() >= model.span().end()) {
            return false;
        }
        return !NamePatternSource.isDot(view.text.charAt(view.document.toCharIndex(rule.span().end())));
    }

    /** Whether a listed person's name is the part after the dot of a longer dotted person's name (唐纳德‧川普). */
    private static boolean isFamilyName(TextView view, Candidate rule, Candidate model) {
        int start = view.document.toCharIndex(rule.span().start());
        return rule.hasType(EntityType.PERSON) && model.hasType(EntityType.PERSON) && start > 0
                && NamePatternSource.isDot(view.text.charAt(start - 1));
    }

    /**
     * A four-character Chinese name that opens with two single surnames, a Hong Kong married name (林郑月娥, 陈方安生),
     * which the text may use alone. Not a compound surname (欧阳娜娜: 欧阳 is her family, 欧阳龙 her father), nor a
     * transliteration.
     */
    private boolean isMarriedName(String surface) {
        if (surface.length() != 4 || !surface.codePoints().allMatch(Character::isIdeographic)) {
            return false;
        }
        return !lexicon.isTransliteration(surface) && lexicon.isSurname(surface.substring(0, 1)) && lexicon.isSurname(surface.substring(1, 2))
                && !lexicon.isSurname(surface.substring(0, 2))
                // 曾向陈墨 (曾向 "had told" 陈墨): a surname that is mostly a function word makes no married name
                && !lexicon.isAmbiguousSurname(surface.charAt(0)) && !lexicon.isFunctionChar(surface.charAt(1));
    }

    /**
     * The name a company also goes by without its company word ({@code company-heads.txt}: 光大集团 → 光大),
     * and without a place before it (中国光大集团 → 光大): two characters or more that are no place, no
     * generic word and no common word of HanLP's dictionary (平安集团 is not 平安, 联想集团 not 联想).
     */
    private Optional<String> companyNameWithoutHead(String name) {
        for (String head : companyHeads) {
            if (name.length() > head.length() + 1 && name.endsWith(head)) {
                String stem = name.substring(0, name.length() - head.length());
                for (int place = stem.length() - 2; place >= 2; place--) {
                    if (lexicon.isPlace(stem.substring(0, place))) {
                        stem = stem.substring(place);
                        break;
                    }
                }
                boolean standsAlone = !lexicon.isPlace(stem) && !lexicon.isGeneric(stem) && !CoreWords.isCommonWord(stem)
                        && !descriptions.isDescriptor(stem) && stem.codePoints().allMatch(Character::isIdeographic);
                return standsAlone ? Optional.of(stem) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether a company word (company-heads.txt) starts at char {@code at}: a longer name goes on there (如意/控股集团). */
    private boolean startsCompanyHead(String text, int at) {
        return companyHeads.stream().anyMatch(head -> text.startsWith(head, at));
    }

    /**
     * Finds the names already recognized once wherever else they occur in the document, and the
     * last part of dotted names alone (瑞安‧哈斯 … 哈斯认为), which role tagging often misses
     * later in the text. These candidates have the lowest origin and only fill gaps.
     */
    private List<Candidate> propagate(TextView view, List<Candidate> kept) {
        Map<String, EntityType> known = new HashMap<>();
        Set<String> fromModelOnly = new HashSet<>();
        Set<String> fromRules = new HashSet<>();
        Set<String> companyStems = new HashSet<>();
        Map<String, Set<String>> stemPlaces = new HashMap<>(); // 交投 → 湖北 of 湖北交投集团
        Set<String> dottedParts = new HashSet<>();
        Set<String> firstParts = new HashSet<>();
        Map<Span, EntityType> keptTypes = new HashMap<>();
        for (Candidate c : kept) {
            keptTypes.putIfAbsent(c.span(), c.type().orElseThrow());
        }
        for (Candidate c : kept) {
            String surface = view.document.slice(c.span());
            (c.origin() == Candidate.Origin.MODEL ? fromModelOnly : fromRules).add(surface);
            EntityType type = c.type().orElseThrow();
            if (surface.length() >= 2 && (type == EntityType.PERSON || type == EntityType.ORG || surface.length() >= 3)) {
                known.putIfAbsent(surface, type);
            }
            // a company word after a pattern's words (退市公司: delisted companies) may make no name
            if (type == EntityType.ORG && c.origin() != Candidate.Origin.PATTERN && c.origin() != Candidate.Origin.ROLE) {
                companyNameWithoutHead(surface).ifPresent(stem -> {
                    if (known.putIfAbsent(stem, type) == null) {
                        companyStems.add(stem);
                    }
                    int stemAt = surface.indexOf(stem);
                    if (stemAt > 0) {
                        stemPlaces.computeIfAbsent(stem, k -> new HashSet<>()).add(surface.substring(0, stemAt));
                    }
                });
            }
            if (type == EntityType.PERSON) {
                int dot = lastDot(surface);
                if (dot > 0 && surface.length() - dot - 1 >= 2) {
                    known.putIfAbsent(surface.substring(dot + 1).strip(), type); // 露丝·巴德· 金斯伯格: 金斯伯格
                    dottedParts.add(surface.substring(dot + 1).strip());
                }
                // a first part of three characters or more (安吉拉 of 安吉拉·桂, not 乔治), over the listed place inside
                // it (安吉, a county)
                firstNamePart(surface).ifPresent(first -> {
                    known.putIfAbsent(first, type);
                    dottedParts.add(first);
                    firstParts.add(first);
                });
                if (isMarriedName(surface)) {
                    known.putIfAbsent(surface.substring(0, 2), type); // 林郑月娥 goes by 林郑, 陈方安生 by 陈方
                }
            }
        }
        // a periodical named by a common word in title marks (《时代》杂志, 《自然》杂志) is that word elsewhere (时代潮流,
        // 自然免疫力): it goes on being the periodical only in title marks
        Set<String> commonWordTitles = new HashSet<>();
        for (Candidate c : kept) {
            int start = view.document.toCharIndex(c.span().start());
            int end = view.document.toCharIndex(c.span().end());
            String surface = view.slice(start, end);
            if (c.origin() == Candidate.Origin.PATTERN && isWholeTitleOfWork(view.text, start, end) && isCommonWordOrTwo(surface)) {
                commonWordTitles.add(surface);
            }
        }
        // a glossed exercise in quotes (“出云”（Izumo）海上演习) goes on being the exercise only in quotes: bare, its name is
        // the ship, weapon or place it is named after (出云号, 出云的神社)
        Set<String> quotedExercises = new HashSet<>();
        for (Candidate c : kept) {
            int start = view.document.toCharIndex(c.span().start());
            int end = view.document.toCharIndex(c.span().end());
            if (c.hasType(EntityType.EVENT) && c.origin() == Candidate.Origin.PATTERN && isInQuotes(view.text, start, end)
                    && latinGloss(view.text, end + 1).isPresent()) {
                quotedExercises.add(view.slice(start, end));
            }
        }
        // the person an affair is named after (卢长水 of 卢长水事件, 桂民海 of 桂民海案) goes on being the person where the
        // text names them alone: the event took the span the person was found in (not a place's or a body's name: 南通事件)
        Set<String> otherNames = new HashSet<>();
        kept.stream().filter(c -> !c.hasType(EntityType.PERSON)).forEach(c -> otherNames.add(view.document.slice(c.span())));
        for (Candidate c : kept) {
            String surface = view.document.slice(c.span());
            if (c.hasType(EntityType.EVENT) && c.origin() == Candidate.Origin.PATTERN) {
                personEventWords.stream().filter(w -> surface.endsWith(w) && surface.length() > w.length()).findFirst()
                        .map(w -> surface.substring(0, surface.length() - w.length()))
                        .filter(stem -> stem.length() >= 2 && stem.codePoints().allMatch(Character::isIdeographic)
                                && !otherNames.contains(stem) && !lexicon.isPlace(stem) && !lexicon.isGeneric(stem)
                                && !CoreWords.isCommonWord(stem))
                        .ifPresent(stem -> known.putIfAbsent(stem, EntityType.PERSON));
            }
        }
        if (known.isEmpty()) {
            return new ArrayList<>();
        }
        // a stem that was also found as a name of its own is looked for as any found name is
        companyStems.removeAll(fromModelOnly);
        companyStems.removeAll(fromRules);
        fromModelOnly.removeAll(fromRules);
        PhraseTrie<EntityType> knownTrie = PhraseTrie.forwards(known);
        List<Candidate> found = new ArrayList<>();
        String written = view.text;
        Set<String> headlineReadings = modelReadingsOnlyInHeadlines(view, kept, fromModelOnly);
        // the text is read twice when it has traditional characters: as written, then in simplified characters for the
        // names it writes traditional (區諾軒 beside 区诺轩); one loop, so both readings pass the same checks below
        String simplifiedReading = ChineseScript.simplified(written);
        boolean readsTraditional = !simplifiedReading.equals(written) && simplifiedReading.length() == written.length();
        PhraseTrie<EntityType> simplifiedTrie = readsTraditional ? PhraseTrie.forwards(namesWrittenSimplified(known)) : knownTrie;
        for (int at = 0; at < (readsTraditional ? 2 : 1) * written.length(); at++) {
            boolean secondReading = at >= written.length();
            int i = at % written.length();
            String text = secondReading ? simplifiedReading : written;
            Optional<PhraseTrie.Match<EntityType>> m = (secondReading ? simplifiedTrie : knownTrie).longestAt(text, i);
            if (m.isEmpty() || secondReading
                    && !ChineseScript.isTraditionalSpelling(written.substring(i, m.get().end()), text.substring(i, m.get().end()))) {
                continue;
            }
            int end = m.get().end();
            String matched = text.substring(i, end);
            if (commonWordTitles.contains(matched) && !isWholeTitleOfWork(text, i, end)) {
                continue; // 时代 of 时代潮流, where the text named 《时代》杂志
            }
            if (quotedExercises.contains(matched) && !isInQuotes(text, i, end)) {
                continue; // 出云号 after “出云”（Izumo）海上演习
            }
            if (headlineReadings.contains(matched) && !isHeadlineLine(text, i)) {
                continue; // 美农业部或设情报办公室 (LOC for the model) is no name of the article's sentences, which the model left untagged
            }
            boolean cutsName = (i > 0 && NamePatternSource.isDot(text.charAt(i - 1)))
                    || (end < text.length() && (NamePatternSource.isDot(text.charAt(end))
                    || lexicon.isTransliterationChar(text.charAt(end)) && !view.isWordEnd(end)))
                    // a dotted name's part inside a name joined by a hyphen (让娜-克劳德 beside 克劳德·德·吉列邦)
                    || dottedParts.contains(matched) && (i > 0 && NamePatternSource.isHyphen(text.charAt(i - 1))
                    || end < text.length() && NamePatternSource.isHyphen(text.charAt(end)));
            if (firstParts.contains(matched) && m.get().value() == EntityType.PERSON) {
                EntityType there = keptTypes.get(view.candidate(EntityType.PERSON, i, end, Candidate.Origin.ROLE).span());
                if (there != null && there != EntityType.PERSON) {
                    continue; // a first name alone fills gaps only: 布鲁克林 of 布鲁克林·贝克汉姆 leaves 布鲁克林的房价 a place
                }
            }
            if (fromModelOnly.contains(text.substring(i, end))
                    && (lexicon.isLawHead(wordStartingAt(view, end)) || readsAsField(view, i, end))) {
                continue; // 国安, read as an organization once, is not one in 国安法 (立法会 of 立法会条例 is) or 国安案件
            }
            Optional<PhraseTrie.Match<EntityLexicon.Surface>> listed = lexicon.gazetteer().longestAt(text, i);
            if (listed.isPresent() && listed.get().end() > end && listed.get().value().entry().type().isEmpty()) {
                continue; // 人权观察 of 国际人权观察员: a longer word listed as no name (type NONE) starts there
            }
            if (!fromModelOnly.contains(text.substring(i, end)) && lexicon.isFieldAbbreviation(text.substring(i, end))) {
                continue; // found by fieldAbbreviationsAsBodies wherever it stands as the body; elsewhere it is the field
            }
            boolean oneWord = view.tokenStartingAt(i) >= 0 && view.tokenStartingAt(i) == view.tokenEndingAt(end);
            boolean wordsOfTheirOwn = end - i >= 4 && view.isWordStart(i) && view.isWordEnd(end) && isBrokenUp(view, i, end);
            if (companyStems.contains(text.substring(i, end)) && (!(oneWord || wordsOfTheirOwn)
                    || end < text.length() && "（(".indexOf(text.charAt(end)) >= 0 || startsCompanyHead(text, end))) {
                continue; // a company's name without its company word stands as a word of its own (与/光大/和), not in 光大银行,
                          // nor where a longer name goes on (如意/控股集团, 航空港（上海）汽车服务有限公司); a stem of four
                          // characters or more may be several words between word ends where HanLP broke it into
                          // pieces (驰援/楚/天/高速/，), not words of their own (资讯/科技, 中共/流氓)
            }
            int placeStart = i;
            for (String place : stemPlaces.getOrDefault(text.substring(i, end), Set.of())) {
                if (text.startsWith(place, i - place.length())) {
                    placeStart = i - place.length(); // 湖北交投 of 湖北交投集团: the place the company word's name began with
                }
            }
            if (placeStart < i && view.isWordStart(placeStart)) {
                found.add(view.candidate(m.get().value(), placeStart, end, Candidate.Origin.ROLE));
                continue;
            }
            if (m.get().value() == EntityType.LOC && isContinentLandmass(text, i, end)) {
                continue; // 大陆 of 非洲大陆, wherever the text names the mainland
            }
            if (m.get().value() == EntityType.ORG && opensMinistersTitle(text, end)) {
                continue; // 外交部 of 外交部长, the minister's title, wherever the ministry was found
            }
            if (m.get().value() == EntityType.PERSON && RoleSource.isUnitAfterNumber(text, i)) {
                continue; // 余年来 of 十余年来: "more than" after a number, wherever the name was found
            }
            if (m.get().value() == EntityType.PERSON && (text.startsWith("奖", end) || RoleSource.namesPrize(view, end))) {
                continue; // 诺贝尔 the person is not in 诺贝尔奖 or 诺贝尔化学奖, the prizes
            }
            if (!cutsName && view.isWordStart(i) || !cutsName && view.isWordEnd(end)) {
                found.add(view.candidate(m.get().value(), i, end, Candidate.Origin.ROLE));
            }
        }
        return found;
    }

    /**
     * The persons, organizations and places of {@code known} written simplified, for {@link #propagate}'s second reading
     * of a text with traditional characters (前立法会议员區諾軒 beside 区诺轩): Hong Kong and Taiwan names are often quoted as
     * written there, and neither the model nor the role tags read them. A name is found there only where the text
     * differs from its simplified reading in characters simplified text does not use (王乾 is no spelling of 王干:
     * {@link ChineseScript#isTraditionalSpelling}); a name written simplified is found by the first reading.
     */
    private static Map<String, EntityType> namesWrittenSimplified(Map<String, EntityType> known) {
        Map<String, EntityType> simplifiedNames = new HashMap<>();
        known.forEach((name, type) -> {
            if (type == EntityType.PERSON || type == EntityType.ORG || type == EntityType.LOC) {
                simplifiedNames.putIfAbsent(ChineseScript.simplifiedName(name), type);
            }
        });
        return simplifiedNames;
    }

    /**
     * Whether a title is a common word or two of two or more characters each (时代, 自然, 外交政策), no coined name (南风窗),
     * and neither word a place's or a listed outlet's name: 今日美国 and 星期日泰晤士报 name the outlet wherever they stand.
     */
    private boolean isCommonWordOrTwo(String surface) {
        if (CoreWords.isCommonWord(surface)) {
            return true;
        }
        for (int cut = 2; cut <= surface.length() - 2; cut++) {
            String first = surface.substring(0, cut);
            String second = surface.substring(cut);
            if (CoreWords.isCommonWord(first) && CoreWords.isCommonWord(second)
                    && !namesPlaceOrOutlet(first) && !namesPlaceOrOutlet(second)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is a listed place's name or a listed organization's (美国, 泰晤士报). */
    private boolean namesPlaceOrOutlet(String word) {
        return lexicon.isPlace(word) || lexicon.typeOf(word).filter(t -> t == EntityType.ORG).isPresent();
    }

    /** Sentence punctuation: a line without any is a headline, a caption or a heading. */
    private static final String SENTENCE_PUNCTUATION = "。！？；，：!?;,";
    /** Occurrences in the article's sentences, all left untagged by the model, that outweigh its headline reading. */
    private static final int UNTAGGED_SENTENCE_OCCURRENCES = 2;

    /**
     * Surfaces only the model found, only in headline-like lines (no sentence punctuation: a title, a caption, a
     * heading) and made of common words alone, that the article's sentences write at least {@link #UNTAGGED_SENTENCE_OCCURRENCES} times without the
     * model tagging any of them there: the model read the terse headline (美农业部或设情报办公室: 情报办公室 a place) as
     * the sentences do not, and propagating the one reading would give its type to every mention.
     */
    private static Set<String> modelReadingsOnlyInHeadlines(TextView view, List<Candidate> kept, Set<String> fromModelOnly) {
        Map<String, Boolean> onlyInHeadlines = new HashMap<>();
        for (Candidate c : kept) {
            String surface = view.document.slice(c.span());
            if (fromModelOnly.contains(surface)) {
                int start = view.document.toCharIndex(c.span().start());
                boolean headline = isHeadlineLine(view.text, start)
                        && isCommonWordsOnly(view, start, view.document.toCharIndex(c.span().end()));
                onlyInHeadlines.merge(surface, headline, Boolean::logicalAnd);
            }
        }
        Set<String> result = new HashSet<>();
        onlyInHeadlines.forEach((surface, headline) -> {
            if (!headline) {
                return;
            }
            int inSentences = 0;
            for (int at = view.text.indexOf(surface); at >= 0; at = view.text.indexOf(surface, at + surface.length())) {
                if (!isHeadlineLine(view.text, at)) {
                    inSentences++;
                }
            }
            if (inSentences >= UNTAGGED_SENTENCE_OCCURRENCES) {
                result.add(surface);
            }
        });
        return result;
    }

    /**
     * Whether chars {@code [start, end)} are whole words HanLP's core dictionary knows only as common words (情报/办公室):
     * a description, where a name the sentences may leave untagged has a name's word (耿和, NOW, 东北/皇后区/ns).
     */
    private static boolean isCommonWordsOnly(TextView view, int start, int end) {
        for (int at = start; at < end; ) {
            int k = view.tokenStartingAt(at);
            if (k < 0 || view.end(k) > end || !CoreWords.isPlainCommonWord(view.tokens.get(k).text(), 1)) {
                return false;
            }
            at = view.end(k);
        }
        return true;
    }

    /** Whether the line holding char {@code at} has no sentence punctuation (a headline, caption or heading). */
    private static boolean isHeadlineLine(String text, int at) {
        int from = text.lastIndexOf('\n', at - 1) + 1;
        int to = text.indexOf('\n', at);
        for (int i = from; i < (to < 0 ? text.length() : to); i++) {
            if (SENTENCE_PUNCTUATION.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether HanLP cut chars {@code [start, end)} into at least one piece of one character or none it knows as a word. */
    private static boolean isBrokenUp(TextView view, int start, int end) {
        for (int at = start; at < end; ) {
            int k = view.tokenAt(at);
            if (k < 0) {
                return false;
            }
            String word = view.tokens.get(k).text();
            if (word.length() == 1 || !CoreWords.isDictionaryWord(word)) {
                return true;
            }
            at = view.end(k);
        }
        return false;
    }

    /**
     * Role-tag or model "persons" that a person's name known elsewhere in the document shows to
     * be a fragment: one that crosses an occurrence of the name (川普 … 川/普进行: 普进行), or
     * that is the name with one character before it that is a preposition, an adverb, no
     * surname at all, or a surname before a transliterated name (向川普, 连科米), or a verb or
     * particle before a name found twice elsewhere (揭川普, 连川普). Without this, the longer fragment would win the
     * merge over the known name.
     */
    private List<Candidate> fragmentsOfKnownNames(TextView view, List<Candidate> kept, List<Candidate> propagated,
                                                  List<Candidate> shortened, Set<Span> crossingSpans) {
        List<Candidate> fragments = new ArrayList<>();
        // counted once: a page can hold tens of thousands of names
        Map<String, Long> keptCounts = kept.stream()
                .collect(Collectors.groupingBy(k -> view.document.slice(k.span()), Collectors.counting()));
        Map<String, Long> propagatedCounts = propagated.stream()
                .collect(Collectors.groupingBy(k -> view.document.slice(k.span()), Collectors.counting()));
        Set<Span> propagatedSpans = new HashSet<>();
        propagated.forEach(k -> propagatedSpans.add(k.span()));
        CandidateIndex propagatedIndex = new CandidateIndex(propagated);
        for (Candidate c : kept) {
            if (!c.fromTagger() || !c.hasType(EntityType.PERSON)) {
                continue;
            }
            int cut = knownNamePlusWord(view, c, keptCounts, propagatedCounts, propagatedSpans);
            if (cut > 0) {
                fragments.add(c);
                shortened.add(new Candidate(new Span(c.span().start(), c.span().end() - cut), c.type(), Candidate.Origin.ROLE,
                        Optional.empty()));
                continue;
            }
            for (Candidate p : propagatedIndex.intersecting(c.span())) {
                if (!p.hasType(EntityType.PERSON) || p.span().equals(c.span())) { // the index returns only spans intersecting c
                    continue;
                }
                boolean crosses = p.span().start() < c.span().start() && p.span().end() < c.span().end()
                        || p.span().start() > c.span().start() && p.span().end() > c.span().end();
                boolean prefixed = p.span().end() == c.span().end() && p.span().start() == c.span().start() + 1
                        && (isNotASurnameHere(view.document.slice(c.span()).charAt(0))
                        || lexicon.isTransliteration(view.document.slice(p.span()))
                        || RoleSource.isWordBeforeName(view.document.slice(c.span()).charAt(0), false)
                        && propagatedCounts.getOrDefault(view.document.slice(p.span()), 0L) - 1 >= 2); // p itself is inside c
                if (crosses || prefixed) {
                    fragments.add(c);
                    if (crosses) {
                        crossingSpans.add(c.span());
                    }
                    break;
                }
            }
        }
        return fragments;
    }

    /**
     * How many characters to cut from {@code candidate}, a person's name found elsewhere plus
     * one character that is a word of its own, not a name's (韩信乃, 郭旭劝, 苏毅少, 周华深:
     * HanLP tags the three characters as one name), or plus a frequent two-character word
     * (拜登根本, 川普签署); 0 when it is no such thing. The character or word must be mostly a verb,
     * adverb, adjective or function word in HanLP's core dictionary; the shorter name must occur
     * elsewhere in the document: for one character twice and more often than the longer form, or
     * once when the longer form occurs once too (韩红赢 beside 韩红), or as often when both occur
     * twice or more (闻宇本 beside 闻宇); for a two-character word once.
     */
    private static int knownNamePlusWord(TextView view, Candidate candidate, Map<String, Long> keptCounts,
                                         Map<String, Long> propagatedCounts, Set<Span> propagatedSpans) {
        String surface = view.document.slice(candidate.span());
        if (surface.length() < 3 || surface.length() != candidate.span().length() || lastDot(surface) >= 0) {
            return 0;
        }
        for (int cut = 1; cut <= 2 && surface.length() - cut >= 2; cut++) {
            String name = surface.substring(0, surface.length() - cut);
            String word = surface.substring(surface.length() - cut);
            String tag = CoreWords.mainTag(word);
            if (tag.isEmpty() || tag.startsWith("n") || tag.startsWith("g") || tag.equals("j") || tag.equals("x")
                    || tag.equals("b") || tag.endsWith("g") || cut == 2 && !CoreWords.isCommonWord(word)) {
                continue;
            }
            long longer = keptCounts.getOrDefault(surface, 0L);
            int start = candidate.span().start();
            int length = name.length();
            long inside = (propagatedSpans.contains(new Span(start, start + length)) ? 1 : 0)
                    + (propagatedSpans.contains(new Span(start + 1, start + 1 + length))
                    && view.document.slice(start + 1, start + 1 + length).equals(name) ? 1 : 0);
            long shorter = propagatedCounts.getOrDefault(name, 0L) - inside; // found outside the candidate
            // a two-character word after the name (拜登根本, 川普签署) needs the name once elsewhere; one
            // character needs it as often as the longer form (韩红赢, 闻宇本 × 2 beside 闻宇 × 2)
            if (cut == 2 ? shorter >= 1 : shorter >= 1 && shorter >= longer && (shorter >= 2 || longer == 1)) {
                return cut;
            }
        }
        return 0;
    }

    private boolean isNotASurnameHere(char c) {
        return lexicon.isFunctionChar(c) || lexicon.isAmbiguousSurname(c) || !lexicon.isSurname(String.valueOf(c));
    }

    /**
     * One surface, one type within a document: where the same text was kept with different
     * types, the model's and the role tags' mentions take the type of the strongest evidence,
     * a user dictionary, gazetteer or pattern mention (title + name, suffix rules) if those agree
     * on one, else the type most of the mentions have (more than half), else a person's that follows a
     * title word (外交大臣拉布 beside the model's place and body 拉布); otherwise a tie changes nothing.
     * The model tags 川普 in 川普总统 as a place, like 美国 in 美国总统, while the role tags
     * found the person everywhere else. A vote never makes a person of a word HanLP's core
     * dictionary knows and never as a name (雷达站).
     */
    private List<Candidate> oneTypePerSurface(TextView view, List<Candidate> kept) {
        Map<String, List<Candidate>> bySurface = new HashMap<>();
        for (Candidate c : kept) {
            bySurface.computeIfAbsent(view.document.slice(c.span()), k -> new ArrayList<>()).add(c);
        }
        Map<Candidate, EntityType> retype = new HashMap<>();
        // the last part of a dotted person's name written alone is that person, whatever the model
        // typed it (阿尼尔·德什穆克 … 无法联系到德什穆克, a place for the model), unless it is a known place
        // (乔治·华盛顿 beside the city 华盛顿)
        Set<String> dottedParts = new HashSet<>();
        for (Candidate c : kept) {
            String surface = view.document.slice(c.span());
            int dot = lastDot(surface);
            if (c.hasType(EntityType.PERSON) && dot > 0 && surface.length() - dot - 1 >= 2) {
                dottedParts.add(surface.substring(dot + 1).strip());
            }
            // ... and so is its first part of three characters or more (安吉拉·桂 … 对方要求安吉拉, a place for the
            // model): a given name that long is no common word (two-character ones are: 乔治 beside 乔治亚州 is left alone)
            // unless HanLP's dictionaries know it as a place (布鲁克林/nsf of 布鲁克林·贝克汉姆 … 布鲁克林的房价)
            if (c.hasType(EntityType.PERSON)) {
                firstNamePart(surface).filter(first -> CoreWords.tags(first).stream().noneMatch(t -> t.startsWith("ns")))
                        .ifPresent(dottedParts::add);
            }
        }
        for (Candidate c : kept) {
            String surface = view.document.slice(c.span());
            if (c.fromTagger() && c.hasType(EntityType.LOC, EntityType.ORG)
                    && dottedParts.contains(surface) && !isKnownPlace(surface)) {
                retype.put(c, EntityType.PERSON);
            }
        }
        for (List<Candidate> same : bySurface.values()) {
            if (same.stream().map(c -> c.type().orElseThrow()).distinct().count() < 2) {
                continue;
            }
            List<EntityType> strong = same.stream().filter(c -> c.origin().compareTo(Candidate.Origin.PATTERN) <= 0)
                    .map(c -> c.type().orElseThrow()).distinct().toList();
            EntityType winner = null;
            boolean byTitle = false;
            if (strong.size() == 1) {
                winner = strong.get(0);
            } else if (strong.isEmpty()) {
                Map<EntityType, Long> counts = same.stream()
                        .collect(Collectors.groupingBy(c -> c.type().orElseThrow(), Collectors.counting()));
                for (var e : counts.entrySet()) {
                    if (e.getValue() * 2 > same.size()) {
                        winner = e.getKey();
                    }
                }
                if (winner == null) {
                    // no majority (拉布 a person after 外交大臣, then a place and a body for the model): a tagger's person
                    // right after a title word is the one typed by its context, and the others follow it
                    List<EntityType> titled = same.stream().filter(c -> c.hasType(EntityType.PERSON) && followsTitle(view, c))
                            .map(c -> c.type().orElseThrow()).distinct().toList();
                    winner = titled.size() == 1 ? titled.get(0) : null;
                    byTitle = winner != null;
                }
            }
            if (winner == null || winner == EntityType.PERSON && !byTitle
                    && CoreWords.isWordWithoutNameTag(view.document.slice(same.get(0).span()))) {
                continue; // a vote does not make a word the dictionary knows, never as a name, a person (雷达站); a title
                          // does (拉布, a Hong Kong word for a filibuster, is the Foreign Secretary after 外交大臣)
            }
            for (Candidate c : same) {
                if (c.origin().compareTo(Candidate.Origin.PATTERN) > 0 && c.type().orElseThrow() != winner) {
                    retype.put(c, winner);
                }
            }
        }
        if (retype.isEmpty()) {
            return kept;
        }
        List<Candidate> result = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            EntityType type = retype.get(c);
            result.add(type == null ? c : c.withType(type));
        }
        return result;
    }

    /**
     * The first part of a dotted name when it has three characters or more (安吉拉 of 安吉拉·桂; not 乔治, which is also
     * the start of common words and places: 乔治亚州): a given name that long can name the person alone.
     */
    private static Optional<String> firstNamePart(String surface) {
        int firstDot = firstDot(surface);
        String first = firstDot > 0 ? surface.substring(0, firstDot).strip() : "";
        return first.length() >= 3 ? Optional.of(first) : Optional.empty();
    }

    private static int firstDot(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (NamePatternSource.isDot(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastDot(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (NamePatternSource.isDot(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** User-dictionary candidates first, then longer spans, then by origin, then by position. */
    private static final Comparator<Candidate> MERGE_ORDER = (a, b) -> {
        int byUser = Boolean.compare(b.origin() == Candidate.Origin.USER, a.origin() == Candidate.Origin.USER);
        if (byUser != 0) {
            return byUser;
        }
        int byLength = Integer.compare(b.span().length(), a.span().length());
        if (byLength != 0) {
            return byLength;
        }
        int byOrigin = a.origin().compareTo(b.origin());
        return byOrigin != 0 ? byOrigin : a.span().compareTo(b.span());
    };

    /** The merge policy of the class comment; the result is in text order. */
    static List<Candidate> merge(List<Candidate> candidates) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(MERGE_ORDER);
        TreeMap<Integer, Candidate> taken = new TreeMap<>();
        for (Candidate c : ordered) {
            var before = taken.floorEntry(c.span().end() - 1);
            if (before != null && before.getValue().span().intersects(c.span())) {
                continue;
            }
            taken.put(c.span().start(), c);
        }
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : taken.values()) {
            if (c.type().isPresent()) {
                kept.add(c);
            }
        }
        return kept;
    }

    private List<EntityMention> describe(TextView view, List<Candidate> kept) {
        DocumentText document = view.document;
        TreeMap<Integer, Candidate> byEnd = new TreeMap<>();
        for (Candidate c : kept) {
            byEnd.put(document.toCharIndex(c.span().end()), c);
        }
        List<EntityMention> mentions = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            EntityType type = c.type().orElseThrow();
            Span span = c.span();
            int from = document.toCharIndex(span.start());
            int to = document.toCharIndex(span.end());
            if (c.origin() == Candidate.Origin.MODEL && isGlossOfMentionBefore(view.text, from, byEnd)) {
                continue; // 强生（Boris Johnson）: the mention's Latin name, not a name of its own
            }
            if ((type == EntityType.PERSON || type == EntityType.LOC) && isWholeTitleOfWork(view.text, from, to)) {
                continue; // 《利维坦》（Leviathan）, 《故宫》, 《亚当‧史密斯》: a book's or a film's title, and its gloss with it
            }
            if ((type == EntityType.PERSON || type == EntityType.LOC) && isNameOfBodyAfterGloss(view, from, to)) {
                type = EntityType.ORG; // 约翰·霍普金斯（Johns Hopkins University）大学: the university's name
            }
            Optional<String> latin = type == EntityType.PERSON || type == EntityType.ORG || type == EntityType.LOC
                    ? latinGloss(view.text, to).or(() -> latinAfterBracketedName(view.text, from, to))
                            .or(() -> latinGlossAfterTitleMark(view.text, to))
                            .or(() -> latinGlossAfterQuote(view.text, from, to))
                    : type == EntityType.EVENT && c.origin() != Candidate.Origin.MODEL
                    ? latinGloss(view.text, to).or(() -> latinGlossAfterQuote(view.text, from, to))
                            .or(() -> latinGlossAfterStormWord(view.text, to)) : Optional.empty();
            List<String> titles = type == EntityType.PERSON ? titles(view, from, to, byEnd) : List.of();
            Optional<String> canonical = c.canonical().or(() -> lexicon.surface(view.slice(from, to))
                    .map(s -> s.entry().name()));
            mentions.add(new EntityMention(type, new Mention(view.slice(from, to), span.start(), span.end()),
                    latin, titles, canonical));
        }
        return mentions;
    }

    /**
     * Whether a Latin gloss in brackets follows char {@code end} and an organization suffix word
     * follows the gloss (约翰·霍普金斯（Johns Hopkins University）大学, 布瑞斯玛（Burisma）公司): the name
     * before the gloss is the body's, though the text splits it. Not 中心 (中心地带, the centre of)
     * nor one-character suffixes, which end other words too; not a name after a title (众议员李明（Li
     * Ming）办公室: the person's office).
     */
    private boolean isNameOfBodyAfterGloss(TextView view, int start, int end) {
        String text = view.text;
        if (end >= text.length() || "（(".indexOf(text.charAt(end)) < 0
                || lexicon.titlesBefore().longestEndingAt(text, start, Math.max(0, start - 8)).isPresent()) {
            return false;
        }
        Matcher m = LATIN_GLOSS.matcher(text).region(end, text.length());
        if (!m.lookingAt()) {
            return false;
        }
        int k = view.tokenStartingAt(m.end());
        if (k < 0) {
            return false;
        }
        String word = view.tokens.get(k).text();
        return word.length() >= 2 && !word.equals("中心") && !word.equals("办公室") // 李明（Li Ming）办公室: his office
                && lexicon.orgSuffixes().longestEndingAt(word, word.length(), 0).filter(x -> x.start() == 0).isPresent();
    }

    /**
     * Whether a Latin span opens a bracket right after another mention, which it glosses (普赖斯（Ned Price）), or after
     * the title mark that closes one (《消息报》（Izvestia））.
     */
    private static boolean isGlossOfMentionBefore(String text, int start, TreeMap<Integer, Candidate> byEnd) {
        int at = LatinNameSource.openingBracketBefore(text, start);
        if (at < 0 || !LatinLetters.isLatinLetter(text.charAt(start))) {
            return false;
        }
        while (at > 0 && text.charAt(at - 1) == ' ') {
            at--;
        }
        return byEnd.containsKey(at) || at > 0 && text.charAt(at - 1) == '》' && byEnd.containsKey(at - 1);
    }

    /**
     * Whether title marks enclose the span and nothing else (《利维坦》, 《乌鲁木齐中路》): the title of a book, a film or a
     * song named after a person or a place, which ANNOTATION.md does not annotate; a newspaper in them is an organization
     * (《消息报》), which this leaves.
     */
    private static boolean isInQuotes(String text, int start, int end) {
        return start > 0 && end < text.length() && text.charAt(start - 1) == '“' && text.charAt(end) == '”';
    }

    private static boolean isWholeTitleOfWork(String text, int start, int end) {
        return start > 0 && end < text.length() && text.charAt(start - 1) == '《' && text.charAt(end) == '》';
    }

    /** The Latin name in brackets after a publication's title mark: 《消息报》（Izvestia）. */
    private static Optional<String> latinGlossAfterTitleMark(String text, int end) {
        return end < text.length() && text.charAt(end) == '》' ? latinGloss(text, end + 1) : Optional.empty();
    }

    /**
     * The Latin name in brackets after the closing quote of a name quoted whole: “飞机守望”（Aircraft Spots）,
     * “亚洲航空”（AirAsia）. Not after a quote that holds more than the name.
     */
    private static Optional<String> latinGlossAfterQuote(String text, int start, int end) {
        if (start == 0 || end >= text.length()) {
            return Optional.empty();
        }
        char open = text.charAt(start - 1);
        char close = text.charAt(end);
        boolean quoted = open == '“' && close == '”' || open == '「' && close == '」' || open == '"' && close == '"';
        return quoted ? latinGloss(text, end + 1) : Optional.empty();
    }

    /**
     * The Latin name in brackets after a storm's word that follows its name (劳拉飓风（Hurricane Laura）): the storm's, though
     * the mention is its name alone.
     */
    private static Optional<String> latinGlossAfterStormWord(String text, int end) {
        return STORM_WORD_LIST.stream().filter(w -> text.startsWith(w, end)).findFirst()
                .flatMap(w -> latinGloss(text, end + w.length()));
    }

    /** Where the Latin name in brackets right after char {@code end} ends (after its bracket), or {@code end} for none. */
    static int endOfLatinGlossAt(String text, int end) {
        if (end >= text.length() || "（( ".indexOf(text.charAt(end)) < 0) {
            return end;
        }
        Matcher m = LATIN_GLOSS.matcher(text).region(end, text.length());
        return m.lookingAt() ? m.end() : end;
    }

    /** The Latin name in brackets right after a mention: 普赖斯（Ned Price）. */
    static Optional<String> latinGloss(String text, int end) {
        if (end >= text.length() || "（( ".indexOf(text.charAt(end)) < 0) {
            return Optional.empty();
        }
        Matcher m = LATIN_GLOSS.matcher(text).region(end, text.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(SPACES.matcher(m.group(1).strip()).replaceAll(" "));
    }

    /**
     * The Latin name that follows a name standing first in brackets, after a comma or slash: FED of
     * 美国联邦储备委员会(美联储/FED), which glosses 美联储 as much as the name before the bracket. Not after a name in
     * Latin letters, which needs no gloss: (Drew Angerer/Getty Images) is a photographer and his agency.
     */
    static Optional<String> latinAfterBracketedName(String text, int start, int end) {
        if (start == 0 || "（(".indexOf(text.charAt(start - 1)) < 0 || end >= text.length()
                || Character.UnicodeScript.of(text.codePointAt(start)) == Character.UnicodeScript.LATIN) {
            return Optional.empty();
        }
        Matcher m = LATIN_AFTER_BRACKETED_NAME.matcher(text).region(end, text.length());
        return m.lookingAt() ? Optional.of(SPACES.matcher(m.group(1).strip()).replaceAll(" ")) : Optional.empty();
    }

    /** Role words before the name (with the place or organization before them) and after it. */
    private List<String> titles(TextView view, int from, int to, TreeMap<Integer, Candidate> byEnd) {
        List<String> titles = new ArrayList<>(2);
        String text = view.text;
        int end = from;
        if (end > 0 && (text.charAt(end - 1) == '：' || text.charAt(end - 1) == ':')) {
            end--;
        }
        Optional<PhraseTrie.Match<String>> before = lexicon.titlesBefore().longestEndingAt(text, end, Math.max(0, end - 8));
        if (before.isPresent()) {
            int titleStart = before.get().start();
            Candidate owner = byEnd.get(titleStart);
            if (owner != null && owner.hasType(EntityType.LOC, EntityType.ORG)) {
                titleStart = view.document.toCharIndex(owner.span().start());
            }
            titles.add(text.substring(titleStart, end));
        }
        lexicon.titlesAfter().longestAt(text, to)
                .filter(t -> view.isWordEnd(t.end()))
                .ifPresent(t -> titles.add(t.value()));
        return titles;
    }
}
