package org.zhextract.entity;

import org.zhextract.text.LatinLetters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.zhextract.model.EntityType;
import org.zhextract.segment.CoreWords;

/**
 * Organizations and events found by the word that ends them.
 * <ul>
 *   <li>An organization suffix (公司, 研究所, 委员会, …) at a word end takes in, leftwards, the
 *       words that can be part of a name: nouns, proper nouns, places and other names already
 *       found, joined by 与/和 (战略与国际研究中心). The result must contain a name (a place,
 *       person, organization, proper noun or transliteration) or at least two content words one
 *       of which is not generic; a place plus a bare generic head (中国公司, 中国政府) is not an
 *       organization, nor is a generic word plus a suffix (外国公司, 安全联盟).</li>
 *   <li>An event suffix (冬奥会, 峰会, 战争, 危机, 大选) right after a place or organization
 *       (北京冬奥会, 乌克兰危机) or two one-character country abbreviations (俄乌危机).</li>
 * </ul>
 * Both use the candidates of the other sources as the names they build on.
 */
final class SuffixPatternSource {

    private static final int MAX_ORG_LENGTH = 16;
    /** One-character country abbreviations that pair up before an event word (俄乌, 中美). */
    private static final String COUNTRY_ABBREVIATIONS = "中美俄乌英法德日韩朝印巴伊以叙阿欧澳加越菲泰";
    /** Numerals of a session ordinal (十九届, 第20届). */
    private static final String SESSION_NUMERALS = "〇零一二三四五六七八九十百0123456789０１２３４５６７８９";

    /** Last characters of institution words (研究会, 气象台, 歌舞团, 总领事馆); HanLP's nis tag alone also covers 国际关系. */
    private static final String INSTITUTION_ENDINGS = "会院团台馆局所部处室社校厂站队委办署行心组协联学党军司店园";

    private final EntityLexicon lexicon;
    private final java.util.Set<String> genericHeads;
    /** Verbs that only carry an activity (进行, 开展): light-verbs.txt. */
    private final java.util.Set<String> lightVerbs;
    /** Descriptions of a company's kind (国有, 低成本, 首家; 机构 before a name). */
    private final CompanyDescriptions descriptions;
    /** Words for a body's seat or office (总部, 办公室): seat-heads.txt. */
    private final java.util.Set<String> seatHeads;
    /** Seat words that are also a body's seat right after the body's own name (总部): seat-heads.txt's "*". */
    private final java.util.Set<String> bodySeatHeads;
    /** Words that make a person's name before them an affair's (事件, 案): person-event-words.txt. */
    private final java.util.Set<String> personEventWords;
    /** Verbs whose object is a person (告诉, 采访): person-object-verbs.txt. */
    private final java.util.Set<String> personObjectVerbs;
    /** Words HanLP reads as verbs that open bodies' names (统一, 联想, 团结): name-opening-verbs.txt. */
    private final java.util.Set<String> nameOpeningVerbs;

    SuffixPatternSource(EntityLexicon lexicon) {
        this.lexicon = lexicon;
        this.genericHeads = lexicon.genericOrgHeads();
        this.lightVerbs = java.util.Set.copyOf(EntityLexicon.words("light-verbs.txt"));
        this.descriptions = new CompanyDescriptions(lexicon);
        java.util.List<String> seatWords = EntityLexicon.words("seat-heads.txt");
        this.seatHeads = seatWords.stream().map(w -> w.startsWith("*") ? w.substring(1) : w).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.bodySeatHeads = seatWords.stream().filter(w -> w.startsWith("*")).map(w -> w.substring(1))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.personEventWords = java.util.Set.copyOf(EntityLexicon.words("person-event-words.txt"));
        this.personObjectVerbs = java.util.Set.copyOf(EntityLexicon.words("person-object-verbs.txt"));
        this.nameOpeningVerbs = java.util.Set.copyOf(EntityLexicon.words("name-opening-verbs.txt"));
    }

    List<Candidate> find(TextView view, List<Candidate> base) {
        NamesByEnd namesEndingAt = new NamesByEnd(view.length());
        for (Candidate c : base) {
            if (c.type().isPresent()) {
                int end = view.document.toCharIndex(c.span().end());
                Candidate known = namesEndingAt.get(end);
                if (known == null || known.span().length() < c.span().length()) {
                    namesEndingAt.put(end, c);
                }
            }
        }
        List<Candidate> found = new ArrayList<>();
        for (int k = 0; k < view.tokens.size(); k++) {
            int end = view.end(k);
            // a facility first: the merge keeps the first of two pattern candidates of one span, and a
            // name before a venue's word (香港会议展览中心) is the place even where 中心 also ends organizations
            facilityEndingAt(view, end, namesEndingAt).ifPresent(found::add);
            Candidate place = namesEndingAt.get(end);
            organizationEndingAt(view, end, namesEndingAt)
                    // a place found whole that ends in a venue's word (香港会议展览中心): 中心 or 店 makes no
                    // organization of it, nor of a place before it (铜锣湾 + 维景酒店 stay two places, as
                    // pd98 splits them; pd98-dev gained two places over checking the same span only)
                    .filter(org -> place == null || place.origin() == Candidate.Origin.ROLE || !place.hasType(EntityType.LOC)
                            || !endsInFacilityWord(view, place, end))
                    .ifPresent(found::add);
            eventEndingAt(view, end, namesEndingAt).ifPresent(found::add);
            personEventEndingAt(view, k, namesEndingAt).ifPresent(found::add);
            placeBodyEndingAt(view, k, namesEndingAt).ifPresent(found::add);
        }
        return found;
    }

    /**
     * A place's government or police (美国政府, 香港警方, 湖北省黄冈市政府): place names alone right before a
     * place-body head word (place-body-heads.txt). The suffix rules leave these out as a generic head after
     * places; after anything but places the head stays generic (地方政府, 家属要求警方, 外国政府).
     */
    private Optional<Candidate> placeBodyEndingAt(TextView view, int head, NamesByEnd names) {
        int headStart = placeBodyHeadStart(view, head);
        if (headStart < 0) {
            return Optional.empty();
        }
        int start = headStart;
        for (Candidate place = names.get(start); place != null && place.hasType(EntityType.LOC); place = names.get(start)) {
            start = view.document.toCharIndex(place.span().start());
        }
        if (start == headStart || start > view.start(head) || !view.isWordStart(start)) {
            // no place, one cut out of a longer word (一/名伊犁), or a word with more than places before its head
            return Optional.empty();
        }
        return Optional.of(view.candidate(EntityType.ORG, start, view.end(head), Candidate.Origin.PATTERN));
    }

    /**
     * Where the place-body head of a word starts: the word itself (政府), or the head that ends a word HanLP's
     * dictionary joins to a place (中国政府/n, 中华人民共和国政府/n: a sixth of the corpus's 中国政府, depending on
     * the next word, 中国政府/放宽 but 中国/政府/表示); -1 if the word has none.
     */
    private int placeBodyHeadStart(TextView view, int k) {
        String word = view.tokens.get(k).text();
        if (lexicon.isPlaceBodyHead(word)) {
            return view.start(k);
        }
        for (int i = 1; i < word.length() - 1; i++) {
            if (lexicon.isPlaceBodyHead(word.substring(i))) {
                return view.start(k) + i;
            }
        }
        return -1;
    }


    /** Lowercase conjunctions between two Latin names, at which a Latin name's start stops (Apple and Google公司). */
    private static final Set<String> LATIN_CONJUNCTIONS = Set.of("and", "or", "und", "et", "y", "e");
    /** Spaces a Latin name's start crosses at most: a name of up to five words (LatinNameSource's longest body name). */
    private static final int MAX_LATIN_SPACES = 4;

    /** The run of Latin letters ending at {@code end} (exclusive). */
    private static String latinWordEndingAt(String text, int end) {
        int from = end;
        while (from > 0 && LatinLetters.isLatinLetter(text.charAt(from - 1))) {
            from--;
        }
        return text.substring(from, end);
    }

    /** Whether a word is or ends in a word for the kind of body (智库, 电信巨头, 投资银行). */
    private boolean endsInDescription(String word) {
        for (int i = 0; i + 2 <= word.length(); i++) {
            if (lexicon.isDescriptionWord(word.substring(i))) {
                return true;
            }
        }
        return false;
    }

    private Optional<Candidate> organizationEndingAt(TextView view, int end, NamesByEnd names) {
        String text = view.text;
        Candidate known = names.get(end);
        if (known != null && known.origin() != Candidate.Origin.ROLE
                && known.hasType(EntityType.ORG)) {
            // a known organization (新华社, 外交部) takes only a place before it (印度外交部); one
            // written in Latin letters none (华盛顿Tempus Inc: a Chinese place is no part of that name)
            int start = view.document.toCharIndex(known.span().start());
            Candidate first = start >= 2 && NamePatternSource.isHyphen(text.charAt(start - 1)) ? names.get(start - 1) : null;
            if (first != null && first.hasType(EntityType.PERSON) && lexicon.isTransliterationChar(text.charAt(start))) {
                // a name before a hyphen is the first part of the body's name (约翰-霍普金斯大学), with the places before it
                int nameStart = view.document.toCharIndex(first.span().start());
                while (names.get(nameStart) != null && names.get(nameStart).hasType(EntityType.PERSON, EntityType.LOC)
                        && end - view.document.toCharIndex(names.get(nameStart).span().start()) <= MAX_ORG_LENGTH) {
                    nameStart = view.document.toCharIndex(names.get(nameStart).span().start()); // 德国/基尔/克里斯蒂安-
                }
                return Optional.of(view.candidate(EntityType.ORG, nameStart, end, Candidate.Origin.PATTERN));
            }
            Candidate place = names.get(start);
            if (place == null || !place.hasType(EntityType.LOC) || Character.UnicodeScript.of(text.charAt(start)) == Character.UnicodeScript.LATIN) {
                return Optional.empty();
            }
            return Optional.of(view.candidate(EntityType.ORG, view.document.toCharIndex(place.span().start()), end,
                    Candidate.Origin.PATTERN));
        }
        int suffixToken = view.tokenEndingAt(end);
        String suffixPos = view.pos(suffixToken);
        Optional<PhraseTrie.Match<String>> suffix = lexicon.orgSuffixes().longestEndingAt(text, end, Math.max(0, end - 6));
        boolean institutionWord = (suffixPos.equals("nis") || suffixPos.equals("nit"))
                && INSTITUTION_ENDINGS.indexOf(text.charAt(end - 1)) >= 0;
        if (institutionWord && (suffix.isEmpty() || suffix.get().start() > view.start(suffixToken))) {
            // HanLP marks institution words (气象台, 歌舞团, 研究会): the whole word is the suffix
            suffix = Optional.of(new PhraseTrie.Match<>(view.start(suffixToken), end, view.tokens.get(suffixToken).text()));
        }
        if (suffix.isEmpty()) {
            return Optional.empty();
        }
        int suffixStart = suffix.get().start();
        boolean suffixIsWord = suffixToken >= 0 && view.start(suffixToken) >= suffixStart;
        if (!suffixIsWord && !(suffixPos.startsWith("n") || suffixPos.equals("j"))) {
            return Optional.empty(); // 签署, 冠军: the "suffix" ends an ordinary word
        }
        // HanLP read a measure word (一部), no department word: 人权观察/中国/部/q 主任, 作用/头颈/部/q (checked after the scan)
        boolean measureWordSuffix = suffixIsWord && suffix.get().value().length() == 1 && suffixPos.startsWith("q");
        Candidate before = suffixToken >= 0 ? names.get(view.start(suffixToken)) : null;
        boolean afterName = before != null && before.hasType(EntityType.LOC, EntityType.ORG);
        if (!suffixIsWord && suffix.get().value().length() == 1
                && !(suffixPos.startsWith("nt") || suffixPos.equals("nis") || suffixPos.equals("nz")
                || suffixPos.equals("n") && afterName && view.end(suffixToken) - view.start(suffixToken) >= 3)) {
            return Optional.empty(); // one-character suffixes (部, 军) only inside organization words
        }
        boolean suffixHasContent = suffix.get().value().length() >= 3;
        int start = suffixStart;
        int contentWords = 0;
        int specificWords = 0;
        boolean named = false;
        boolean onlyPlaces = true;
        TreeMap<Integer, Boolean> placeAt = new TreeMap<>(); // each piece's start: a place name?
        boolean pendingConnector = false;
        boolean lastWasName = false;
        boolean joined = false; // a connector joins two pieces
        // whether every piece so far is a place, a generic word or a body descriptor (中国/国有/金融公司)
        boolean onlyDescriptions = true;
        int descriptors = 0;
        // for a company word: whether every piece is a place, a party, a generic word, a descriptor or a plain common
        // noun (中共/国有/电信/公司), with the parties, other names and common nouns counted
        boolean onlyDescribingWords = true;
        int parties = 0;
        int trades = 0;
        while (start > 0 && end - start < MAX_ORG_LENGTH) {
            Candidate name = names.get(start);
            if (name != null && name.type().isPresent() && !name.hasType(EntityType.EVENT)) {
                int nameStart = view.document.toCharIndex(name.span().start());
                if (end - nameStart > MAX_ORG_LENGTH) {
                    break;
                }
                named = true;
                onlyPlaces &= name.hasType(EntityType.LOC);
                onlyDescriptions &= name.hasType(EntityType.LOC);
                if (!name.hasType(EntityType.LOC)) {
                    if (isParty(view, name)) {
                        parties++;
                    } else {
                        onlyDescribingWords = false;
                    }
                }
                placeAt.put(nameStart, name.hasType(EntityType.LOC));
                start = nameStart;
                pendingConnector = false;
                lastWasName = true;
                continue;
            }
            if (start >= 2 && text.charAt(start - 1) == ' ' && LatinLetters.isLatinLetter(text.charAt(start - 2))
                    && LatinLetters.isLatinLetter(text.charAt(start)) && !lastWasName) {
                start--; // one space between two Latin words of one name (Autel Robotics公司, Open AI公司)
                continue;
            }
            if (start >= 2 && NamePatternSource.isHyphen(text.charAt(start - 1)) && lexicon.isTransliterationChar(text.charAt(start - 2))
                    && lexicon.isTransliterationChar(text.charAt(start))) {
                start--; // a hyphen between two transliterated names (约翰-霍普金斯大学, 克里斯蒂安-阿尔布雷希茨大学)
                continue;
            }
            int k = view.tokenAt(start - 1);
            if (k < 0) {
                break;
            }
            int pieceStart = view.start(k);
            String piece = text.substring(pieceStart, start);
            // the start of the word the suffix begins inside (中国 of 中/国会) is name material; the rest of a
            // word a name was cut out of (和 of 和牛津/ns) is judged by that word's tag
            boolean insideSuffixWord = view.end(k) > start && start == suffixStart;
            String pos = insideSuffixWord ? "n" : view.pos(k);
            if (isConnector(piece, pos)) {
                // 战略与国际研究中心 joins words; 中国女队与印尼女队 joins two names
                if (pendingConnector || lastWasName || contentWords + (named ? 1 : 0) == 0
                        || !piece.equals("及") && endsInOrganizationSuffix(view, pieceStart)) {
                    break; // 劳工部和国土安全部, 共青团和少先队: two organizations (not so with 及: 美国国会及行政当局中国委员会)
                }
                pendingConnector = true;
                start = pieceStart;
                continue;
            }
            if (!insideSuffixWord && (pos.startsWith("nr") && isVerbPhraseName(piece) || pos.startsWith("ns") && RoleSource.startsWithCountOrFunctionWord(lexicon, piece))) {
                break; // a "name" that swallowed a function word (都是州, 常在, 原在, 三名伊犁): not part of the organization
            }
            if (view.end(k) > start && !insideSuffixWord && piece.length() == 1 && !isConnector(piece, pos)
                    && RoleSource.isWordBeforeName(piece.charAt(0), false)) {
                break; // 同/兰州 of 同兰州/ns 大学: a preposition or verb a place was cut out of
            }
            if (piece.length() == 1 && lexicon.isFunctionChar(piece.charAt(0))) {
                break; // 由/p 於/nz 香港电台: a function character HanLP tagged as a word of its own
            }
            if (lastWasName && !insideSuffixWord && piece.length() >= 2 && CoreWords.isMostlyVerb(piece)
                    && pieceStart > 0 && Character.isLetter(text.charAt(pieceStart - 1))) {
                break; // 美国/调查/华为公司, 港府/大规模/搜索/苹果日报…: a clause's verb before its object, a name; the
                       // organization starts at the name (a verb that opens the span is cut after the scan: 要求中共政府)
            }
            if (start == suffixStart && !insideSuffixWord && piece.length() >= 2 && lexicon.isPlaceBodyHead(suffix.get().value())
                    && CoreWords.isMostlyVerb(piece) && names.get(pieceStart) != null) {
                return Optional.empty(); // 职工盟/要求/政府, 家属/要求/警方 after a name: a name, its verb and the verb's
                                         // object, a government or police in general: a clause, no organization. Only
                                         // these heads, which take no modifier but a place (路易斯安那州/犯罪/实验室 is a name)
            }
            if (lastWasName && descriptions.isKindBeforeName(piece)) {
                break; // 公营广播机构/香港电台, 国有金融公司/光大集团: the kind of body, then its name
            }
            if (start < suffixStart && endsInDescription(piece)) {
                break; // 美国智库/卡托研究所, 中国电信巨头/华为公司: a word for the body's kind, then its name
            }
            if (lexicon.isDeterminer(piece)) {
                break; // 整个/教育局, 名下/所有/银行: a determiner opens the noun phrase, no name
            }
            if (isIndefinite(piece)) {
                return Optional.empty(); // 一家催收公司, 湖北一家工厂, 几位美国政府: "a company", no name
            }
            if (!isNameMaterial(pos) || lexicon.titlesBefore().longestEndingAt(piece, piece.length(), 0)
                    .filter(t -> t.start() == 0).isPresent()) {
                break;
            }
            joined |= pendingConnector;
            contentWords++;
            onlyPlaces = false;
            placeAt.put(pieceStart, false);
            if (!lexicon.isGeneric(piece)) {
                specificWords++;
            }
            if (descriptions.isDescriptor(piece) || descriptions.isInsideRank(text, pieceStart, pieceStart + piece.length())) {
                descriptors++; // 香港/最大/航空公司, 中国/第二/大/银行: a rank among companies, no name
            } else if (!lexicon.isGeneric(piece)) {
                onlyDescriptions = false;
                if (pos.equals("n") || pos.equals("vn")) { // a trade or activity (电信, 投资), tagged a common noun here
                    trades++;
                } else {
                    onlyDescribingWords = false;
                }
            }
            if (isProperPos(pos) || isTransliteration(piece)) {
                named = true;
            }
            pendingConnector = false;
            lastWasName = false;
            start = pieceStart;
        }
        if (pendingConnector) {
            // a connector with nothing before it belongs to the sentence, not to the name
            int k = view.tokenStartingAt(start);
            start = k >= 0 ? view.end(k) : start + 1;
        }
        while (start < suffixStart && text.charAt(start) == ' ') {
            start++; // a space taken before a Latin word whose left neighbour then joined nothing
        }
        // a Latin name starts where its run of Latin words does, though the segmenter cut it inside an accented word
        // (Société Générale公司: Gén/é/rale, OÖ Kunst艺术中心): no Latin letter touches its start; but it stops at a
        // conjunction between two names (Apple and Google公司: Google公司) and crosses at most a few spaces
        int spaces = 0;
        while (start > 0 && start < suffixStart && LatinLetters.isLatinLetter(text.charAt(start))) {
            if (LatinLetters.isLatinLetter(text.charAt(start - 1))) {
                start--;
            } else if (start >= 2 && text.charAt(start - 1) == ' ' && LatinLetters.isLatinLetter(text.charAt(start - 2))
                    && spaces < MAX_LATIN_SPACES && !LATIN_CONJUNCTIONS.contains(latinWordEndingAt(text, start - 1))) {
                start -= 2;
                spaces++;
            } else {
                break;
            }
        }
        // a verb (or verbal noun) the name is the object of is no part of it: 要求/n 中共政府, 评价/vn 蔡英文政府,
        // 处理/vn 有关/vn 洛克菲勒集团, 影响/vn 立法会
        // (建议/n 台湾政府: a word HanLP reads as a verb a third of the time or more does so too before a name, as does
        // a verb before a Latin name: 经营/vn Kwik-E-Mart便利店)
        int objectStart = start;
        while (objectStart < suffixStart) {
            int k = view.tokenStartingAt(objectStart);
            if (k < 0 || view.end(k) > suffixStart || nameStartingAt(names, view, objectStart) != null
                    || objectStart == start && nameOpeningVerbs.contains(view.tokens.get(k).text()) // 统一President公司
                    || !(CoreWords.isMostlyVerb(view.tokens.get(k).text()) || objectStart == start
                            && startsName(view, names, view.end(k)) && view.end(k) - objectStart >= 2
                            && CoreWords.isOftenVerb(view.tokens.get(k).text()))) { // (not 亲/v 北京: pro-Beijing)
                break;
            }
            objectStart = view.end(k);
        }
        int objectToken = view.tokenStartingAt(objectStart);
        if (objectStart > start && objectStart < suffixStart && (startsName(view, names, objectStart)
                || objectToken >= 0 && lexicon.isGeneric(view.tokens.get(objectToken).text()))) {
            // only before a name or a generic word, the verb's object (要求特区政府: no name is left;
            // not 威胁/vn 分析/vn 小组, a name of its own)
            for (int at = start; at < objectStart; at = view.end(view.tokenStartingAt(at))) {
                contentWords--;
                if (!lexicon.isGeneric(view.tokens.get(view.tokenStartingAt(at)).text())) {
                    specificWords--;
                }
            }
            start = objectStart;
            onlyPlaces = !placeAt.tailMap(start).containsValue(false); // 考验美国政府 → 美国政府: a place and a generic head
        }
        if (start == suffixStart) {
            return Optional.empty();
        }
        if (measureWordSuffix && (!named || placeAt.lastEntry() != null && placeAt.lastEntry().getValue())) {
            // a division named by a place after a body (人权观察中国部: the body is 人权观察, and the place stays a
            // place), or no name at all (作用头颈部); a department word after other words stays (中银国际大宗商品策略部)
            return Optional.empty();
        }
        String head = suffix.get().value();
        if (!named && isVerbBeforeGenericHead(view, start, objectStart, suffixStart, head)) {
            return Optional.empty();
        }
        int first = view.tokenStartingAt(start);
        if (!named && first >= 0 && lightVerbs.contains(view.tokens.get(first).text())) {
            return Optional.empty(); // 进行病毒研究会对当地造成危害: a verb phrase and the modal 会, no body
        }
        // with no name, a generic head after words joined by 和 is a description (用户和有关公司: ANNOTATION.md's 外国公司)
        boolean valid = named ? !(onlyPlaces && (genericHeads.contains(head)
                || descriptions.isCountryAndInstitution(text.substring(start, suffixStart), head)))
                : contentWords + (suffixHasContent ? 1 : 0) >= 2 && (specificWords >= 1 || suffixHasContent)
                && !(genericHeads.contains(head) && joined)
                && !(hasClauseVerb(view, start, suffixStart) && !suffixHasContent
                        && (genericHeads.contains(head) || wordsBetween(view, start, suffixStart) < 3));
        // a name HanLP glued to a function character or a preposition before it (和牛津/ns 大学, 同兰州/ns 大学)
        // still starts the organization
        boolean startsAfterGluedFunctionChar = lastWasName && start > 0 && (lexicon.isFunctionChar(text.charAt(start - 1))
                || RoleSource.isWordBeforeName(text.charAt(start - 1), false));
        // only descriptions before a company word (国际低成本航空公司, 亚洲地区首家低成本航空公司, 中国国有金融公司; with no
        // place one generic word: 国际航空公司), or places and a descriptor before any suffix (中国大型银行): what kind
        // of body, not which. A place and generic words alone stay
        // (中国国际航空公司, 马来西亚航空公司), as do names with any other word (国际航空运输协会).
        boolean hasPlace = placeAt.tailMap(start).containsValue(true);
        if (onlyDescriptions && (descriptors > 0 || descriptions.endsInGenericHead(head) && !hasPlace && contentWords == 1)) {
            return Optional.empty();
        }
        if (seatHeads.contains(head) && contentWords == 0 && placeAt.lastEntry() != null && placeAt.lastEntry().getValue()) {
            return Optional.empty(); // 脸书/欧洲/总部, 联邦调查局/洛杉矶/办公室: where the body sits, named before the place;
                                     // a common word makes a name (“保护/头城/钓鱼台/办公室”)
        }
        if (bodySeatHeads.contains(head) && contentWords == 0 && placeAt.lastEntry() != null && !placeAt.lastEntry().getValue()
                && names.get(suffixStart) != null && names.get(suffixStart).hasType(EntityType.ORG)) {
            return Optional.empty(); // 中国人民银行/总部, 美国/联邦调查局/总部: the seat of the body named right before it is
                                     // that body's, no body of its own (the body's name stays the mention); a place
                                     // between (新唐人电视台/纽约/总部) or a common word (警察/总部) is left to the rules above
        }
        if (onlyDescribingWords && isCompanyWord(text, suffixStart, end)
                && (parties > 0 || descriptors > 0 && trades > 0)) {
            return Optional.empty(); // 中共公司, 中共有关公司, (中国)/国有/电信/公司, 其/最大/电信/移动/公司: companies a party
                                     // owns or deals with, a country's state-owned or largest telecom company; a party
                                     // names no company, and an owner's or rank's word with a trade is a description
        }
        if (!valid || !view.isWordStart(start) && !startsAfterGluedFunctionChar) {
            return Optional.empty();
        }
        return Optional.of(view.candidate(EntityType.ORG, start, end, Candidate.Origin.PATTERN));
    }

    /** Whether a name is a party's: it or its listed full name ends in 党 (中共 for 中国共产党, 共和党). */
    private static boolean isParty(TextView view, Candidate name) {
        return view.document.slice(name.span()).endsWith("党") || name.canonical().filter(c -> c.endsWith("党")).isPresent();
    }

    /**
     * Whether the suffix text[suffixStart, end) is a plain company word (公司, 企业, 电信公司/nis) and no registered
     * form (有限公司, 控股公司), which names a particular company however plain the words before it.
     */
    private static boolean isCompanyWord(String text, int suffixStart, int end) {
        String suffix = text.substring(suffixStart, end);
        return (suffix.endsWith("公司") || suffix.endsWith("企业")) && !text.startsWith("有限公司", end - 4)
                && !text.startsWith("控股公司", end - 4);
    }

    /** The number of words from char {@code start} to char {@code end}. */
    private static int wordsBetween(TextView view, int start, int end) {
        int words = 0;
        for (int at = start; at < end && view.tokenAt(at) >= 0; at = view.end(view.tokenAt(at))) {
            words++;
        }
        return words;
    }

    /**
     * Whether words with no name in them hold a verb of two or more characters before their last word
     * (员工/举报/原/公司, 机构/增持/银行, 罢工/抗议/工厂, 监测/星级/饭店): a clause ending in a common noun,
     * not a name. A verbal noun right before the suffix stays (国家/安全/管理局, 威胁/分析/小组), and the caller
     * keeps a chain of three or more words before a suffix that is no generic head (金融/犯罪/执法/网络/局,
     * 组织/犯罪/侦查/支队: names of units are built so) and any words before a suffix of three or more characters
     * (就业/指导/服务中心).
     */
    private static boolean hasClauseVerb(TextView view, int start, int suffixStart) {
        int last = view.tokenAt(suffixStart - 1);
        for (int at = start; at < suffixStart; ) {
            int k = view.tokenAt(at);
            if (k < 0) {
                return false;
            }
            String word = view.tokens.get(k).text();
            if (k != last && view.start(k) >= start && word.length() >= 2 && CoreWords.isMostlyVerb(word)) {
                return true;
            }
            at = view.end(k);
        }
        return false;
    }

    /** Whether a word of chars {@code [start, end)} is a generic word (有关, 国际: generic-words.txt). */
    private boolean holdsGenericWord(TextView view, int start, int end) {
        for (int at = start; at < end; ) {
            int k = view.tokenStartingAt(at);
            if (k < 0) {
                return false;
            }
            if (lexicon.isGeneric(view.tokens.get(k).text())) {
                return true;
            }
            at = view.end(k);
        }
        return false;
    }

    /**
     * Whether the words before a generic head (学校, 医院, 政府, 公司, …) are only a verb the head is
     * the object of (限制/vn 餐厅; {@code objectStart} reached the suffix), or one word the core
     * dictionary lacks that role tagging guessed to be a person but no rule kept as one: a clause,
     * not a name. Only where no name was found before the head (林郑/nr 政府 is the government of a
     * person, as 拜登政府; so 常去/nr 医院 stays when 常去 was kept as a name). Words the custom dictionary tags nz stay (西关/nz 派出所 is a name; 吐槽/nz 学校 is
     * not, but nothing tells them apart here).
     */
    private boolean isVerbBeforeGenericHead(TextView view, int start, int objectStart, int suffixStart, String head) {
        if (!genericHeads.contains(head) && !lexicon.isGeneric(head)) {
            return false;
        }
        if (EntityRecognizer.BODIES_NAMED_BY_THEIR_TASK.contains(head) && !holdsGenericWord(view, start, suffixStart)) {
            return false; // 防汛/救灾/领导小组: the verbs name the body's task (but 有关/vn 委员会 is "the committee concerned")
        }
        if (objectStart == suffixStart) {
            return true;
        }
        int k = view.tokenStartingAt(start);
        if (k < 0 || view.end(k) != suffixStart) {
            return false;
        }
        String word = view.tokens.get(k).text();
        String pos = view.pos(k);
        return word.length() >= 2 && pos.startsWith("nr") && CoreWords.frequency(word) == 0
                && !lexicon.isTransliteration(word);
    }

    private Optional<Candidate> eventEndingAt(TextView view, int end, NamesByEnd names) {
        String text = view.text;
        for (PhraseTrie.Match<String> suffix : lexicon.eventSuffixes().allEndingAt(text, end)) {
            int at = suffix.start();
            int session = sessionOrdinalBefore(text, at);
            Candidate name = names.get(session);
            if (session < at && isEventName(text.substring(at, end))
                    && (name == null || !name.hasType(EntityType.ORG))) {
                // 十九届五中全会, 第十届亚运会: the ordinal belongs to the event's name (not so
                // for a bare event word: 第十届峰会 is no name)
                return Optional.of(view.candidate(EntityType.EVENT, session, end, Candidate.Origin.PATTERN));
            }
            if (name != null && name.hasType(EntityType.LOC, EntityType.ORG)) {
                return Optional.of(view.candidate(EntityType.EVENT,
                        afterLeadingVerb(view, name, view.document.toCharIndex(name.span().start())), end, Candidate.Origin.PATTERN));
            }
            if (at >= 2 && isCountryAbbreviation(text.charAt(at - 1))
                    && isCountryAbbreviation(text.charAt(at - 2)) && view.isWordStart(at - 2)) {
                return Optional.of(view.candidate(EntityType.EVENT, at - 2, end, Candidate.Origin.PATTERN));
            }
        }
        return Optional.empty();
    }

    /**
     * An affair named after a person (弗洛伊德事件, 孟晚舟事件, 桂民海案): a person's whole name right before a word of
     * person-event-words.txt that HanLP keeps as a word (not 案 of 案发 or 事 of 事件簿).
     */
    private Optional<Candidate> personEventEndingAt(TextView view, int word, NamesByEnd names) {
        if (!personEventWords.contains(view.tokens.get(word).text())) {
            return Optional.empty();
        }
        Candidate person = names.get(view.start(word));
        if (person == null || !person.hasType(EntityType.PERSON) || person.span().length() < 2) {
            return Optional.empty();
        }
        int start = view.document.toCharIndex(person.span().start());
        if (!view.isWordStart(start)) {
            return Optional.empty(); // a name cut out of a longer word
        }
        // after a verb that takes a person (他告诉李明事件的经过) the name is the person told or asked, and the word after
        // it starts the matter; after a title, with 发生 next (美国总统拜登事件发生后), the titled person is the subject of
        // the clause and 事件发生后 its time. A title alone does not do: 书记赵正永案, 主席项俊波案 are affairs.
        boolean afterTitle = lexicon.titlesBefore().longestEndingAt(view.text, start, Math.max(0, start - 6)).isPresent()
                && view.text.startsWith("发生", view.end(word));
        int before = start > 0 ? view.tokenAt(start - 1) : -1;
        boolean afterPersonObjectVerb = before >= 0 && personObjectVerbs.contains(view.tokens.get(before).text());
        if (afterTitle || afterPersonObjectVerb) {
            return Optional.empty();
        }
        return Optional.of(view.candidate(EntityType.EVENT, start, view.end(word), Candidate.Origin.PATTERN));
    }

    /**
     * Where an event built on a model's name starts: after a verb the model ran into the name
     * (重启/v 立法会/nis 选举, 安排/v 立法会 选举: the event is 立法会选举), else at {@code start}.
     */
    private static int afterLeadingVerb(TextView view, Candidate name, int start) {
        int k = view.tokenStartingAt(start);
        if (name.origin() != Candidate.Origin.MODEL || k < 0 || k + 1 >= view.tokens.size()
                || view.end(k) >= view.document.toCharIndex(name.span().end())) {
            return start;
        }
        String pos = view.pos(k);
        boolean verb = pos.equals("v") || pos.equals("vn") && CoreWords.isMostlyVerb(view.tokens.get(k).text());
        return verb && !view.pos(k + 1).startsWith("v") ? view.end(k) : start;
    }

    private boolean isEventName(String word) {
        return lexicon.surface(word).filter(surface -> surface.entry().type().equals(Optional.of(EntityType.EVENT))).isPresent();
    }

    /**
     * Where a session ordinal (十九届, 第十届) that ends at {@code at} starts, or {@code at} when
     * none does. The ordinal needs its 届 and at least one numeral: 本届 and 历届 are no names.
     */
    static int sessionOrdinalBefore(String text, int at) {
        if (at < 2 || text.charAt(at - 1) != '届') {
            return at;
        }
        int start = at - 1;
        while (start > 0 && SESSION_NUMERALS.indexOf(text.charAt(start - 1)) >= 0) {
            start--;
        }
        if (start == at - 1) {
            return at;
        }
        return start > 0 && text.charAt(start - 1) == '第' ? start - 1 : start;
    }

    /** Whether a name ending at {@code end} ends in a facility word after something of its own (香港 + 会议展览中心). */
    private boolean endsInFacilityWord(TextView view, Candidate name, int end) {
        return !facilityWordStarts(lexicon, view, view.document.toCharIndex(name.span().start()), end).isEmpty();
    }

    /**
     * Where the facility words (facility-suffixes.txt: 广场, 会议展览中心) that end at char {@code end} start, when
     * each starts a word after char {@code start}: a name before one makes the span a named facility.
     */
    static List<Integer> facilityWordStarts(EntityLexicon lexicon, TextView view, int start, int end) {
        List<Integer> starts = new ArrayList<>();
        for (PhraseTrie.Match<String> suffix : lexicon.facilitySuffixes().allEndingAt(view.text, end)) {
            if (suffix.start() > start && view.isWordStart(suffix.start())) {
                starts.add(suffix.start());
            }
        }
        return starts;
    }

    /** A facility word right after a place or organization name: 布达拉宫广场, 明石海峡大桥. */
    private Optional<Candidate> facilityEndingAt(TextView view, int end, NamesByEnd names) {
        for (PhraseTrie.Match<String> suffix : lexicon.facilitySuffixes().allEndingAt(view.text, end)) {
            if (!view.isWordStart(suffix.start())) {
                continue;
            }
            Candidate name = names.get(suffix.start());
            if (name != null && name.hasType(EntityType.LOC, EntityType.ORG)) {
                return Optional.of(view.candidate(EntityType.LOC,
                        view.document.toCharIndex(name.span().start()), end, Candidate.Origin.PATTERN));
            }
        }
        return Optional.empty();
    }

    /** Whether a piece is a count or determiner before an organization word (一家, 几位, 一/m of 一学校, 某). */
    private static boolean isIndefinite(String piece) {
        return "一两几某每各".indexOf(piece.charAt(0)) >= 0
                && (piece.length() == 1 || CoreWords.mainTag(piece.substring(1)).startsWith("q"));
    }

    /** Whether a name the other sources found, or a Latin word, starts at char {@code at} (the object of a verb before it). */
    private static boolean startsName(TextView view, NamesByEnd names, int at) {
        return at < view.text.length() && (nameStartingAt(names, view, at) != null || LatinLetters.isLatinLetter(view.text.charAt(at))
                && (at == 0 || !LatinLetters.isLatinLetter(view.text.charAt(at - 1))));
    }

    /** A name candidate that starts at char {@code start} (the scan above only knows them by their end). */
    private static Candidate nameStartingAt(NamesByEnd names, TextView view, int start) {
        for (int end = start + 1; end <= Math.min(view.length(), start + MAX_ORG_LENGTH); end++) {
            Candidate c = names.get(end);
            if (c != null && view.document.toCharIndex(c.span().start()) == start) {
                return c;
            }
        }
        return null;
    }

    /** The longest name candidate ending at each char index of the text (an array: this is asked at every word end). */
    private static final class NamesByEnd {
        private final Candidate[] byEnd;

        NamesByEnd(int textLength) {
            byEnd = new Candidate[textLength + 1];
        }

        /** The name ending at char {@code end}, or null. */
        Candidate get(int end) {
            return end >= 0 && end < byEnd.length ? byEnd[end] : null;
        }

        void put(int end, Candidate name) {
            byEnd[end] = name;
        }
    }

    /**
     * A person-tagged word that starts with a surname far more often a function word (都, 关, 党)
     * or holds a function character other than a connector (常在, 原在, 是): role tagging ran a
     * name into the sentence. 盛和 (小学) and 义福 (公司) stay name material.
     */
    private boolean isVerbPhraseName(String piece) {
        if (lexicon.isAmbiguousSurname(piece.charAt(0)) || RoleSource.isRunOnName(lexicon, piece)) {
            return true;
        }
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (lexicon.isFunctionChar(c) && "和与及".indexOf(c) < 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isCountryAbbreviation(char c) {
        return COUNTRY_ABBREVIATIONS.indexOf(c) >= 0;
    }

    /**
     * Whether the word ending at char {@code end} is an institution word (共青团/nis, 学校/nis) or
     * ends in an organization suffix after other characters (劳工/部): before 和/与/及 it ends an
     * organization of its own, and the connector joins two of them.
     */
    boolean endsInOrganizationSuffix(TextView view, int end) {
        int k = view.tokenEndingAt(end);
        if (k < 0) {
            return false;
        }
        if (view.pos(k).startsWith("nt") || view.pos(k).equals("nis")) {
            return true; // 共青团/nis, 学校/nis
        }
        return view.start(k) > 0 && Character.UnicodeScript.of(view.text.charAt(view.start(k) - 1)) == Character.UnicodeScript.HAN
                && lexicon.orgSuffixes().longestEndingAt(view.text, end, Math.max(0, end - 6))
                .filter(m -> m.start() >= view.start(k)).isPresent(); // 劳工/部/q
    }

    static boolean isConnector(String piece, String pos) {
        return (piece.equals("与") || piece.equals("和") || piece.equals("及")) && pos.startsWith("c");
    }

    /** Parts of speech that can sit inside an organization name. */
    private static boolean isNameMaterial(String pos) {
        return pos.startsWith("n") && !pos.equals("nnt") && !pos.equals("nx") || pos.equals("j") || pos.equals("vn")
                || pos.startsWith("g") || pos.equals("b") || pos.equals("nx");
    }

    private static boolean isProperPos(String pos) {
        return pos.startsWith("nr") || pos.startsWith("ns") || pos.startsWith("nt") || pos.equals("nz")
                || pos.equals("nx") || pos.equals("j");
    }

    private boolean isTransliteration(String piece) {
        return piece.length() >= 3 && lexicon.isTransliteration(piece);
    }
}
