package org.zhextract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhextract.model.EntityType;
import org.zhextract.model.Token;
import org.zhextract.segment.CoreWords;

/**
 * Candidates from HanLP's role tags ({@code nr*} persons, {@code ns*} places, {@code nt*}
 * organizations), with the false positives role tagging is known for filtered out: Chinese
 * "names" that swallowed a function word (国在多, 时曾, 英将) or lack a surname, one-character
 * names, ordinary words HanLP's core dictionary never saw as a name (毛巾, 雷达), generic words (两国) and organizations that are only a common noun plus a suffix
 * (天然气公司, 安全联盟).
 */
final class RoleSource {

    private final EntityLexicon lexicon;
    /** Two-character compass points HanLP tags as places (西南/ns): compass-words.txt. */
    private final Set<String> compassWords;

    RoleSource(EntityLexicon lexicon) {
        this.lexicon = lexicon;
        this.compassWords = Set.copyOf(EntityLexicon.words("compass-words.txt"));
    }

    List<Candidate> find(TextView view) {
        List<Candidate> found = new ArrayList<>();
        for (int k = 0; k < view.tokens.size(); k++) {
            String word = view.tokens.get(k).text();
            Optional<EntityType> type = typeOf(view.pos(k));
            if (type.isEmpty() || word.length() < 2 || lexicon.isGeneric(word)) {
                continue;
            }
            if (type.get() == EntityType.LOC && lexicon.isTransliteration(word) && k + 1 < view.tokens.size()
                    && view.start(k + 1) == view.end(k) && view.pos(k + 1).startsWith("nr")
                    && lexicon.isTransliteration(view.tokens.get(k + 1).text())) {
                // 基里/ns 延科/nr: a transliterated name whose first half looked like a place
                found.add(view.candidate(EntityType.PERSON, view.start(k), transliterationEnd(view, k + 1), Candidate.Origin.ROLE));
                k++;
                continue;
            }
            if (type.get() == EntityType.PERSON && (view.pos(k).equals("nrf") || lexicon.isTransliteration(trimDots(word)))
                    && k + 1 < view.tokens.size()
                    && view.start(k + 1) == view.end(k) && view.tokens.get(k + 1).text().equals("州")) {
                // 乔治亚/nrf 州: a state, not a person
                found.add(view.candidate(EntityType.LOC, view.start(k), view.end(k + 1), Candidate.Origin.ROLE));
                k++;
                continue;
            }
            if (type.get() == EntityType.PERSON && namesPrize(view, view.end(k))) {
                continue; // 诺贝尔和平奖: the prize, not the person
            }
            if (type.get() == EntityType.PERSON && lexicon.titlesBefore().longestEndingAt(word, word.length(), 1).isPresent()) {
                continue; // 毛主席, 江主席: a surname and a title, not a name
            }
            if (type.get() == EntityType.PERSON && word.length() >= 3 && lexicon.titlesBefore()
                    .longestEndingAt(word, word.length() - 1, 0).filter(m -> m.start() == 0 && m.end() >= 2).isPresent()) {
                continue; // 蓝委一, 蓝委杨(琼璎): a title and one more character, not a name
            }
            if (type.get() == EntityType.PERSON && word.length() == 3 && PLACE_ENDINGS.indexOf(word.charAt(2)) >= 0) {
                type = Optional.of(EntityType.LOC); // 甘棠镇, 龙泉乡: role tagging took a place for a name
            }
            if (type.get() == EntityType.PERSON && view.pos(k).equals("nr") && !isPlausibleChineseName(lexicon, word)
                    && lexicon.isTransliteration(word) && transliterationEnd(view, k) - view.start(k) >= 3) {
                found.add(view.candidate(EntityType.PERSON, view.start(k), transliterationEnd(view, k), Candidate.Origin.ROLE));
                continue; // 萨莫/拉/诺: a foreign name cut into pieces
            }
            boolean keep = switch (type.get()) {
                case PERSON -> !isAbbreviationPair(word) && !CoreWords.isWordNeverPersonName(word)
                        && !isUnitAfterNumber(view.text, view.start(k)) && !isCommonWordPlusNonNameHead(lexicon, word)
                        && (view.pos(k).equals("nr") ? isPlausibleChineseName(lexicon, word) && !isRunOnName(lexicon, word)
                        : isPlausibleForeignName(word));
                case ORG -> isNamedOrganization(word);
                case LOC -> !isAbbreviationPair(word) && !startsWithCountOrFunctionWord(lexicon, word)
                        && !Character.isDigit(word.charAt(0)) && !isCompassAfterPlace(view.tokens, k, compassWords);
                default -> true;
            };
            if (type.get() == EntityType.LOC && word.length() >= 3 && CoreWords.mainTag(word).isEmpty()) {
                Optional<EntityType> rest = placeOrOrganization(word.substring(1));
                if (rest.isPresent() && (lexicon.isFunctionChar(word.charAt(0)) || isWordBeforeName(word.charAt(0), true))
                        && DIGITS.indexOf(word.charAt(1)) < 0 && !CoreWords.isCommonWord(word.substring(0, 2))) {
                    // 于浦东, 进白宫, 名白宫: a preposition, verb or measure word run into a known place (not 画家村:
                    // 画家 is a word; not 印四国: a number and a noun)
                    found.add(view.candidate(rest.get(), view.start(k) + 1, view.end(k), Candidate.Origin.ROLE));
                    continue;
                }
                String lead = word.substring(0, 2);
                if (word.length() == 3 && CoreWords.isCommonWord(lead) && placeOrOrganization(lead).isEmpty()
                        && PLACE_WORD_ENDINGS.indexOf(word.charAt(2)) < 0
                        && (CoreWords.mainTag(lead).startsWith("n") || CoreWords.mainTag(lead).startsWith("v"))) {
                    continue; // 市长白 (of 市长白思豪): a common word and the first character of the next
                }
            }
            if (keep) {
                int end = type.get() == EntityType.PERSON ? transliterationEnd(view, k) : view.end(k);
                if (type.get() == EntityType.PERSON && view.pos(k).equals("nr") && word.length() == 2) {
                    end = givenNameEnd(view, k);
                }
                // 伊万卡·/nrf 川/普: the dot belongs to a name HanLP did not finish
                end = NamePatternSource.endBeforeDots(view.text, view.start(k), end);
                found.add(view.candidate(type.get(), view.start(k), end, Candidate.Origin.ROLE));
            }
        }
        return found;
    }

    /**
     * Where a transliterated name really ends: role tagging often cuts one short (乌沙/科夫), so
     * following words made only of transliteration characters are taken in.
     */
    private int transliterationEnd(TextView view, int k) {
        if (!lexicon.isTransliteration(view.tokens.get(k).text())) {
            return view.end(k);
        }
        int end = view.end(k);
        for (int next = k + 1; next < view.tokens.size() && view.start(next) == end; next++) {
            String word = view.tokens.get(next).text();
            if (word.length() > 3 || end - view.start(k) + word.length() > 8 || !lexicon.isTransliteration(word)) {
                break;
            }
            end = view.end(next);
        }
        return end;
    }

    /**
     * Role tagging often stops a three-character Chinese name one character short (罗豪/才,
     * 严义/埙): a following one-character word that can be a given-name character, and is not
     * a word of its own kind (a verb, preposition, particle), completes the name.
     */
    private int givenNameEnd(TextView view, int k) {
        int next = k + 1;
        if (next >= view.tokens.size() || view.start(next) != view.end(k)) {
            return view.end(k);
        }
        String word = view.tokens.get(next).text();
        String pos = view.pos(next);
        boolean nameChar = word.length() == 1 && Character.UnicodeScript.of(word.charAt(0)) == Character.UnicodeScript.HAN
                && !lexicon.isFunctionChar(word.charAt(0)) && !lexicon.isGivenNameStop(word.charAt(0))
                && (pos.equals("nr") || isLoneGivenNamePos(pos));
        return nameChar ? view.end(next) : view.end(k);
    }

    /** Parts of speech HanLP gives a lone given-name character besides nr (罗豪/才, 严义/埙). */
    static boolean isLoneGivenNamePos(String pos) {
        return pos.equals("ng") || pos.equals("g") || pos.equals("nz") || pos.equals("ag") || pos.equals("b")
                || pos.equals("vg") || pos.equals("x");
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

    /**
     * Whether token {@code k} is a compass point right after a place (台湾/ns 西南/ns 防空识别区, and the second of
     * 台湾西南、西北空域): where around the place, not a region's name (西南地区 and a 西北 of its own stay).
     */
    static boolean isCompassAfterPlace(List<Token> tokens, int k, Set<String> compassWords) {
        if (isBearing(tokens, k, compassWords)) {
            return true;
        }
        if (!compassWords.contains(tokens.get(k).text()) || k == 0 || tokens.get(k - 1).end() != tokens.get(k).start()) {
            return false;
        }
        if (k >= 2 && tokens.get(k - 1).text().equals("、")) {
            return isCompassAfterPlace(tokens, k - 2, compassWords);
        }
        return tokens.get(k - 1).pos().startsWith("ns");
    }

    /** Characters that make a compass point before them a part or side of something (东北端, 西北角, 东南侧, 西北西). */
    private static final String PART_AFTER_COMPASS = "端角侧边方面岸东西南北";
    /** Verbs of heading that make a compass point after them a bearing (转西北, 向东北, 往西南, 偏东南). */
    private static final String HEADING_BEFORE_COMPASS = "转向往朝偏";

    /**
     * Whether token {@code k} is a compass point used as a bearing or a side (偏西再转西北西, 吕宋岛东北端): where a storm
     * heads or which end of an island, no region's name (在东北, 东北地区, 东北亚 stay).
     */
    static boolean isBearing(List<Token> tokens, int k, Set<String> compassWords) {
        Token token = tokens.get(k);
        if (!compassWords.contains(token.text())) {
            return false;
        }
        boolean partAfter = k + 1 < tokens.size() && tokens.get(k + 1).start() == token.end()
                && PART_AFTER_COMPASS.indexOf(tokens.get(k + 1).text().charAt(0)) >= 0;
        boolean headingBefore = k > 0 && tokens.get(k - 1).end() == token.start()
                && HEADING_BEFORE_COMPASS.indexOf(tokens.get(k - 1).text().charAt(tokens.get(k - 1).text().length() - 1)) >= 0;
        return partAfter || headingBefore;
    }

    /** Two one-character country abbreviations (印巴, 中美) are a pair of places, not a name. */
    static boolean isAbbreviationPair(String word) {
        return word.length() == 2 && SuffixPatternSource.isCountryAbbreviation(word.charAt(0))
                && SuffixPatternSource.isCountryAbbreviation(word.charAt(1));
    }

    /** A surname (single or compound) followed by one or two given-name characters, none a function word but 之 of 黄之锋. */
    static boolean isPlausibleChineseName(EntityLexicon lexicon, String word) {
        if (word.length() > 4) {
            return false;
        }
        int surname = lexicon.isSurname(word.substring(0, Math.min(2, word.length()))) && word.length() > 2 ? 2
                : lexicon.isSurname(word.substring(0, 1)) ? 1 : 0;
        if (surname == 0 || word.length() - surname > 2
                || word.length() - surname == 1 && (lexicon.isGivenNameStop(word.charAt(surname))
                        || surname == 1 && lexicon.isAmbiguousSurname(word.charAt(0)))) {
            return false;
        }
        for (int i = surname; i < word.length(); i++) {
            if (lexicon.isFunctionChar(word.charAt(i)) && !isNameMiddleZhi(lexicon, word, i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * 之 opening a two-character given name (黄之锋, 王之涣) is a name character, unless the
     * given name is a word of its own (李之后, 张之间) or ends in a character no given name ends
     * in (路之人 of 无路之人).
     */
    private static boolean isNameMiddleZhi(EntityLexicon lexicon, String word, int i) {
        return word.charAt(i) == '之' && i == word.length() - 2 && !CoreWords.isCommonWord(word.substring(i))
                && !lexicon.isGivenNameStop(word.charAt(i + 1));
    }

    /** Demonstratives that stand before a measure word (那支, 这位, 每个); 那 is also a surname. */
    private static final String DEMONSTRATIVES = "这那哪每";

    /**
     * Whether a three-character "name" is a word run into the next one rather than a surname and
     * a given name: a surname that is more often a function word or a verb (function-chars.txt,
     * or an adverb, preposition, pronoun, conjunction, particle or verb first in HanLP's core
     * dictionary: 都, 于, 那, 向, 何, 连, 查, 练, 揭; not 高, an adjective, in 高建成, nor
     * 肖, a bound morpheme, in 肖建华) followed by a common word of that dictionary, a generic word or a number
     * (都清楚, 于社会, 何进行, 于新冠, 那一年, 练三天); or any surname followed by a number and a
     * measure word (高两倍), by a place or organization the gazetteers know (商华为, 关中共) or by a
     * generic word HanLP's dictionary lacks (时国保, 拘留时 + 国保; not 陈全国). Real names keep given names the dictionary does not know as common words (于丹丹, 何振梁,
     * 向华强, 周一科).
     */
    static boolean isRunOnName(EntityLexicon lexicon, String word) {
        if (word.length() != 3) {
            return false;
        }
        String rest = word.substring(1);
        if (DIGITS.indexOf(rest.charAt(0)) >= 0 && CoreWords.mainTag(rest.substring(1)).startsWith("q")) {
            return true; // 高两倍, 商二代
        }
        Optional<EntityType> listedRest = gazetteerPlaceOrOrganization(lexicon, rest);
        if (listedRest.isPresent() && !isSurnamePlusCompanyName(lexicon, word.charAt(0), listedRest.get())) {
            return true; // 商华为, 关中共
        }
        if (gazetteerPlaceOrOrganization(lexicon, word.substring(0, 2)).isPresent()) {
            return true; // 韩国约 (有): a known place and the next word's first character
        }
        if (lexicon.isGeneric(rest) && !CoreWords.isCommonWord(rest)) {
            return true; // 时国保 (拘留时 国保): a generic word HanLP does not know, glued to the word before (not 陈全国)
        }
        char first = word.charAt(0);
        if (DEMONSTRATIVES.indexOf(first) >= 0 && CoreWords.mainTag(rest.substring(0, 1)).startsWith("q")) {
            return true; // 那支枪, 这位先: a demonstrative and a measure word (那英 has two characters)
        }
        boolean wordFirst = lexicon.isFunctionChar(first) || isWordBeforeName(first, false);
        if (wordFirst && isAbbreviationPair(rest)) {
            return true; // 于中印 (边境)
        }
        return wordFirst && (CoreWords.isCommonWord(rest) || lexicon.isGeneric(rest) || NUMERALS.indexOf(rest.charAt(0)) >= 0);
    }

    /**
     * Whether a "name" starting at char {@code start} begins with 万, 亿, 千, 百, a clock word,
     * 余 or 多 ("more than") or a measure word right after a number (6万/才有, 15宗/为, 11时/许才,
     * 十/余年来): the number's unit or its approximation, not a surname.
     */
    static boolean isUnitAfterNumber(String text, int start) {
        if (start == 0 || start >= text.length()) {
            return false;
        }
        char before = text.charAt(start - 1);
        boolean number = before >= '0' && before <= '9' || before >= '０' && before <= '９' || "〇零一二三四五六七八九十两百千万亿".indexOf(before) >= 0;
        char first = text.charAt(start);
        // 余 and 多 after a number are "more than" (十余年来, 二十多天), never a surname there
        return number && ("万亿千百时点号余多".indexOf(first) >= 0 || CoreWords.mainTag(String.valueOf(first)).startsWith("q"));
    }

    /**
     * Whether a "name" is a common word plus a law or disease word or an organization suffix
     * (安全/法 of 国家安全法, 安全/署): the law or the body, not a person.
     */
    static boolean isCommonWordPlusNonNameHead(EntityLexicon lexicon, String word) {
        for (int i = 2; i < word.length(); i++) {
            String head = word.substring(i);
            int at = i;
            if ((lexicon.isNonNameHead(head) || lexicon.orgSuffixes().longestEndingAt(word, word.length(), i)
                    .filter(m -> m.start() == at).isPresent()) && CoreWords.isCommonWord(word.substring(0, i))) {
                return true; // 安全法, 安全署
            }
        }
        return false;
    }

    private static String trimDots(String word) {
        return word.substring(0, NamePatternSource.endBeforeDots(word, 0, word.length()));
    }

    /**
     * Whether the words from char {@code end} on name a prize after the person before them: 奖,
     * or up to two nouns and 奖 (诺贝尔/和平/奖, 诺贝尔/经济学奖), not a verb (获奖, 奖励).
     */
    static boolean namesPrize(TextView view, int end) {
        int k = view.tokenStartingAt(end);
        for (int i = 0; k >= 0 && k < view.tokens.size() && i < 3; i++, k++) {
            String word = view.tokens.get(k).text();
            String pos = view.pos(k);
            if (word.startsWith("奖") || word.endsWith("奖")) {
                return !pos.startsWith("v");
            }
            if (!(pos.startsWith("n") && !pos.startsWith("nr") || pos.equals("vn"))
                    || k + 1 >= view.tokens.size() || view.start(k + 1) != view.end(k)) {
                return false;
            }
        }
        return false;
    }

    /** The type of a place or organization HanLP's core dictionary (ns) or the gazetteers know. */
    private Optional<EntityType> placeOrOrganization(String word) {
        Optional<EntityType> known = gazetteerPlaceOrOrganization(lexicon, word);
        return known.isPresent() || !CoreWords.mainTag(word).startsWith("ns") ? known : Optional.of(EntityType.LOC);
    }

    /**
     * Whether a character that is nearly always a surname (吴, 李: {@link #CERTAIN_SURNAME_SHARE} of
     * its uses in HanLP's person-name dictionary, not ambiguous-surnames.txt) stands before a listed
     * organization's two-character short form: 吴高盛 is a person whose given name is Goldman Sachs' 高盛,
     * where 商华为 and 关中共 (商, 关: often words) are a word run into the name.
     */
    static boolean isSurnamePlusCompanyName(EntityLexicon lexicon, char first, EntityType restType) {
        return restType == EntityType.ORG && CoreWords.surnameShare(first) >= CERTAIN_SURNAME_SHARE
                && !lexicon.isAmbiguousSurname(first) && lexicon.isSurname(String.valueOf(first));
    }

    /** See {@link #isSurnamePlusCompanyName}: 吴 and 李 are above it, 商 (0.74) and 曾 (0.57) below. */
    private static final double CERTAIN_SURNAME_SHARE = 0.9;

    /** The type of a place or organization the built-in gazetteers know (not a user dictionary). */
    private static Optional<EntityType> gazetteerPlaceOrOrganization(EntityLexicon lexicon, String word) {
        return lexicon.surface(word).filter(s -> !s.user()).flatMap(s -> s.entry().type())
                .filter(t -> t == EntityType.LOC || t == EntityType.ORG);
    }

    /**
     * A character that is mostly a verb, preposition, measure word, particle, pronoun, adverb or
     * conjunction on its own (进, 当, 比, 名, 地, 都, 那), not a direction (西柏林) nor a bound
     * morpheme (肖/vg). Measure words only before places: 张 is mostly one (张/q) and a surname.
     */
    static boolean isWordBeforeName(char c, boolean measureWords) {
        String tag = CoreWords.mainTag(String.valueOf(c));
        if (tag.endsWith("g")) {
            return false; // a bound morpheme (肖/vg of 肖建华) is no word of its own
        }
        return tag.startsWith("v") || tag.startsWith("p") || measureWords && tag.startsWith("q") || tag.startsWith("u")
                || tag.startsWith("c") || tag.startsWith("r") || tag.startsWith("d");
    }

    private boolean isPlausibleForeignName(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (lexicon.isFunctionChar(word.charAt(i)) && !lexicon.isTransliterationChar(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * An organization word from the dictionary (教育部, 司法部) must hold something before its
     * suffix: not a bare place before a generic head (印度政府), not a number (两队). Without a suffix it must
     * be a dictionary organization of three or more characters (two-character ones like 现代
     * are mostly ordinary words).
     */
    private boolean isNamedOrganization(String word) {
        Optional<PhraseTrie.Match<String>> suffix = lexicon.orgSuffixes().longestEndingAt(word, word.length(), 0);
        if (suffix.isEmpty()) {
            return word.length() >= 3;
        }
        String body = word.substring(0, suffix.get().start());
        if (body.isEmpty() || NUMERALS.indexOf(body.charAt(0)) >= 0) {
            return false;
        }
        boolean place = lexicon.isPlace(body);
        return !(place && lexicon.namesNoBodyAfterPlaces(suffix.get().value()));
    }

    /**
     * Whether a place-tagged word starts with a numeral, a determiner (每, 各, 该, 这…) or a
     * function character (三名伊犁, 在京): role tagging ran the place into the words before it.
     */
    static boolean startsWithCountOrFunctionWord(EntityLexicon lexicon, String word) {
        return NUMERALS.indexOf(word.charAt(0)) >= 0 || lexicon.isFunctionChar(word.charAt(0));
    }

    private static final String PLACE_ENDINGS = "镇乡县村区市省州";
    private static final String NUMERALS = "一二三四五六七八九十两几多每各该这那某";
    /** Last characters of place words (青山区, 华尔街, 铜锣湾): such a word is a place even when its first two characters are a common word. */
    private static final String PLACE_WORD_ENDINGS = "镇乡县村区市省州山岛湖河江街路港湾道城寺宫洋海峡谷门";
    private static final String DIGITS = "一二三四五六七八九十两几";
}
