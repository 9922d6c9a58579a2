package org.zhextract.claim;

import static org.zhextract.claim.Clauses.MAX_QUOTED_NAME;

import java.util.List;
import java.util.Optional;
import org.zhextract.claim.AnnotatedText.CharToken;
import org.zhextract.claim.ClaimExtractor.MentionRef;
import org.zhextract.claim.Subject.Status;
import org.zhextract.model.EntityType;
import org.zhextract.segment.CoreWords;

/**
 * Finds the source phrase at the head of a clause before a cue: skips what opens the clause,
 * walks the nominal run ({@link SourceWalker}), reads a short relative clause before the head
 * (参与谈判的外交官, 一位在市中心医院工作的护士) or a place modifier (在上海的经纪人王明), has
 * {@link SourceTrimmer} cut what is glued to it, and says when what is left is no source
 * ({@link Subject.Status}). One per document.
 */
final class SourceFinder extends DocumentPart {

    /** Longest relative clause read before a source's head (参与谈判的外交官). */
    private static final int MAX_RELATIVE_CLAUSE = 8;

    /**
     * The same when the clause opens the source phrase (来自美国和西班牙巴塞罗那的研究小组称, 拥有150名香港制造商的游说团体
     * 负责人表示): nothing before it to mistake for the subject, and the head after 的 must name who speaks.
     */
    private static final int MAX_OPENING_RELATIVE_CLAUSE = 12;

    /** The same after a count word or demonstrative (一位…的, 这个…的), where a relative clause is expected. */
    private static final int MAX_COUNTED_RELATIVE_CLAUSE = 24;

    /** Longest stretch between a titled name and its cue (（David Helvey）6日, 10月9日接受媒体采访时). */
    private static final int MAX_AFTER_TITLED_NAME = 20;

    /** Prepositions that introduce whom one speaks to (他向主持人马尔表示, 写信给国务卿蓬佩奥). */
    private static final List<String> ADDRESSING = List.of("向", "对", "跟", "给", "朝");

    /** 有, and 有 glued by the segmenter to an adverb before it (还有/v 欧盟外交官表示, 另有/v 媒体报道说, 已有/v 经济界人士警告). */
    private static final java.util.Set<String> GLUED_EXISTENTIALS = java.util.Set.of("有", "还有", "另有", "更有", "亦有", "又有", "也有", "已有", "就有", "有的", "有些");

    /** 有的/rz, 有些/rz ("some") before a group read as existential 有 is (有的同学说 → 同学; 有的人, 有些人 stay sourceless). */
    private static final java.util.Set<String> SOME = java.util.Set.of("有的", "有些");

    private final SourceTrimmer trimmer;
    private final SourceWalker walker;
    private final Clauses clauses;

    SourceFinder(ClaimContext context, SourceTrimmer trimmer, SourceWalker walker, Clauses clauses) {
        super(context);
        this.trimmer = trimmer;
        this.walker = walker;
        this.clauses = clauses;
    }

    /**
     * The source at the head of {@code [from, to)}: leading conjunctions, adverbs and times are
     * skipped, then nominal tokens are taken up to the first adverb, preposition, time, bracket or
     * verb (美国国务院发言人普赖斯（…）表示 → 美国国务院发言人普赖斯).
     */
    Subject findSubject(int from, int to) {
        int start = clauses.skipLeading(from, to);
        if (start > from && start + 1 < to && text.charAt(start) == '的' && (doc.isTimeAt(start - 1) || timeWordEndsAt(start))) {
            start++;   // 2016年的问卷调查显示, 2012年的一份报告显示, 当时的国防部长布朗认为: the time was skipped, its 的 ties it to the source
        }
        start = afterPlaceModifier(start, to);
        start = trimmer.afterAgeModifier(start, to);
        int beforeExistential = start;
        start = afterExistentialBeforeGroup(start, to);
        int end = start < to ? walker.walkNominal(start, to) : start;
        if (start > 0 && end > start && text.charAt(start - 1) == '《') {
            int close = text.indexOf('》', start);
            if (close > end && close < to && close - start <= MAX_QUOTED_NAME && clauses.noClauseMark(start, close)) {
                end = close;   // 《南方/周末/t》: a title is read whole, a time word inside it ends nothing
            }
        }
        // (not past an existential 有: 有参与投票的市民 is read as a relative clause below, not from 有 again)
        if (end == start && start == beforeExistential) {
            // “国际未来方向”（Future Directions International）周二发布报告指出: with nothing
            // after it, a bracket heading the clause is the source's gloss, not an aside
            int unskipped = clauses.skipLeading(from, to, false);
            if (unskipped < start) {
                start = unskipped;
                end = walker.walkNominal(start, to);
            }
        }
        if (start >= to) {
            return Subject.ZERO_SUBJECT;
        }
        // 李明记得老师说过: the one remembered or heard speaks
        int verb = doc.firstTokenAtOrAfter(end);
        if (end > start && verb < tokens.size() && tokens.get(verb).start() == end && tokens.get(verb).pos().startsWith("v")
                && lexicon.is("hearing", tokens.get(verb).text())) {
            int heard = walker.walkNominal(tokens.get(verb).end(), to);
            if (heard > tokens.get(verb).end()) {
                start = tokens.get(verb).end();
                end = heard;
            }
        }
        // 参与谈判的外交官: a short relative clause ending in 的 before the nominal head
        // 一位在市中心医院急诊科工作的护士: after a count word or demonstrative, a longer clause,
        // also one opened by a preposition (被/pbei and 把/pba too: 一位被称为“中国通”的前外交官)
        int stop = doc.firstTokenAtOrAfter(end);
        boolean counted = end > start && (onlyCountWords(start, end) || endsInCountWords(start, end));
        // 一/m 位/q 网/n 名为/v “…”的新浪网友: the segmenter cuts 网名 (a screen name, 笔名 a pen name) so that 名为 calls;
        // count words and that one noun before a verb of calling open the relative clause as count words alone do
        counted |= end > start && stop > 0 && stop < tokens.size() && tokens.get(stop).start() == end
                && lexicon.is("calling", tokens.get(stop).text()) && tokens.get(stop - 1).start() > start
                && tokens.get(stop - 1).end() - tokens.get(stop - 1).start() == 1 && onlyCountWords(start, tokens.get(stop - 1).start());
        int walked = end;
        int clauseAt = end;   // where the relative clause's verb or preposition stands
        while (counted && stop < tokens.size() && tokens.get(stop).start() == clauseAt && tokens.get(stop).pos().equals("t")) {
            clauseAt = tokens.get(stop++).end();   // 一名最近与…会面的人士: a time word opens the counted clause
        }
        // 总部设在伦敦的国际特赦组织: the walked noun is the subject of a clause of place (role
        // located) about the head after 的, which speaks
        boolean located = end > start && stop < tokens.size() && tokens.get(stop).start() == clauseAt
                && lexicon.is("located", tokens.get(stop).text());
        // 与许章润有密切来往的消息人士, 跟郭路生一起插队的知青: a clause opened by "with" (role comitative)
        // modifies the head after 的, which speaks; the walk took 与许章润 as if it were the source
        boolean comitative = end > start && comitativeAt(start);
        if (stop < tokens.size() && tokens.get(stop).start() == clauseAt
                && (tokens.get(stop).pos().startsWith("v") && !tokens.get(stop).pos().equals("vn")
                    || (counted || comitative) && (tokens.get(stop).pos().startsWith("p") || tokens.get(stop).pos().startsWith("d")
                                   || lexicon.is("comitative", tokens.get(stop).text())))) {
            // searched only up to the cue: an unbounded indexOf ran to the document's end for every cue in a text without quotes
            int de = indexBefore('的', end, to);
            int open = indexBefore('“', end, to);
            int close = open >= 0 && de >= 0 && open < de ? indexBefore('”', open, to) : -1;
            if (close > de) {
                de = indexBefore('的', close, to);   // 网名为“一朵默默绽放的花儿”的新浪网友: the 的 inside a quoted name closes no clause
            }
            if (de > end && de < to - 1 && de - end <= (counted || comitative ? MAX_COUNTED_RELATIVE_CLAUSE
                        : end == start ? MAX_OPENING_RELATIVE_CLAUSE : MAX_RELATIVE_CLAUSE)
                    && clauses.noClauseMarkOutsideQuotedNames(end, de)
                    && (counted || located || comitative || onlyCountWords(start, end))
                    // 他获得了…的: an aspect mark makes a clause of its own; after count words (一位曾做过工人的“脱北者”, 一位在澳大利亚
                    // 生活了二十年的女士, 一位从…合并过来的驾驶员) a relative clause is expected and may hold one
                    && (end > start && onlyCountWords(start, end) || text.substring(end, de).chars().noneMatch(c -> "了过着".indexOf(c) >= 0))
                    && !possessive(de)) {
                int head = walker.walkNominal(de + 1, to);
                // 负责调查的警官: with nothing before it, the clause must lead to who speaks (not
                // 鼓吹人们按自己的任何欲望…，并宣称, a verb phrase with no subject)
                // a clause with an aspect mark (read only after count words) must lead to a head that names who speaks:
                // 一位来自越南游客在听了学员介绍在中国大陆被迫害的情况后 is no source
                boolean aspect = text.substring(end, de).chars().anyMatch(c -> "了过着".indexOf(c) >= 0);
                if (head > de + 1 && (end > start && !located && !aspect || walker.namesASource(de + 1, head))) {
                    end = head;
                }
            }
        }
        if (comitative && end == walked) {
            // …公开挑战中共，与郭文贵、班农共同宣布: with whom, a phrase of the verb; the clause before's subject speaks
            return Subject.ZERO_SUBJECT;
        }
        if (counted && end == walked) {
            int head = countedHead(end, to);   // 一名退休教师称: a bare modifier, no 的
            end = Math.max(end, head);
        }
        boolean relativeClause = false;   // whether the source's head follows a relative clause read here
        if (end == walked) {
            int named = namedHeadAfterClause(start, end, to);   // 和自民党一起执政的…代表山口那津男
            relativeClause = named > end;
            end = Math.max(end, named);
        }
        if (end == start) {
            end = Math.max(end, verbModifiedHead(start, to));   // 主办/v 单位表示, 选举/v 官员表示
        }
        int ageEnd = trimmer.ageModifierCutAt(start, end, to);
        if (ageEnd > 0) {
            // 一名在将军澳投票的34岁的潘姓女青年: the walk stopped at 岁; the head follows the modifier
            int head = walker.walkNominal(ageEnd, to);
            end = head > ageEnd ? head : end;
        }
        Subject trimmed = trimmer.trim(start, end, to);
        if (trimmed.status() != Status.OK) {
            return trimmed;
        }
        start = trimmed.start();
        end = trimmed.end();
        String source = text.substring(start, end);
        boolean entityOrPronoun = doc.insideMention(start) || lexicon.is("pronoun", source)
                || source.length() == 1 && doc.surnameAntecedent(start).isPresent();   // 阮表示 after 阮春福
        if (text.charAt(start) == '的' || source.length() == 1 && !entityOrPronoun) {
            return Subject.INVALID_SUBJECT;   // …的问题说, 与说: a fragment, not a phrase
        }
        // 有关部门表示: the authorities concerned (role concerned), neither existential 有 nor a topic of 有关
        boolean concerned = lexicon.longestPrefix("concerned", text, start, end).isPresent();
        if (source.startsWith("有") && !doc.insideMention(start) && !concerned || lexicon.is("nonsource", source)
                || lexicon.is("figurative", source) && !doc.insideMention(start)
                || lexicon.longestSuffix("nobody", text, start, end).isPresent()) {
            return Subject.SOURCELESS_SUBJECT;   // 有分析人士认为, 我们认为, 公司里没有一个人说, 直觉告诉我
        }
        // 对审查行为进行监督的机构…的查理•史密斯: a 对 opening a relative clause before a named head addresses no one
        if (causativeAt(start) || pivotWithin(start, end) || addressedAt(start) && !relativeClause) {
            // …，使这些国家认为; 要求/n 其披露, 美国、澳洲促港府承诺: the ones made or asked to act;
            // 向其父母施压: a preposition's object. No source that speaks
            return Subject.INVALID_SUBJECT;
        }
        if (source.chars().noneMatch(Character::isLetter) || source.contains("有关") && !concerned || source.contains("关于")) {
            return Subject.INVALID_SUBJECT;   // 3否认…, 美国媒体有关白宫宣布…的消息: a topic, not a source
        }
        return titledPersonAfter(new Subject(Status.OK, start, end), to);
    }

    /** 信中称 / 书中还声称 heading the clause {@code [from, to)}: the writing as its own source, or null (see SourceTrimmer). */
    Subject writingOpening(int from, int to) {
        return trimmer.writingWithLocalizer(clauses.skipLeading(from, to), to);
    }

    /**
     * Past an existential 有 (and a count: 不少, 部分, 一些) when a group of people or outlets follows it, named by a
     * descriptive head of the plural kind (有西方媒体指, 有专家认为, 有不少网友表示 → 西方媒体, 专家, 网友): the blind
     * news gold attributes such claims to the group, as it does a noun for people (有读者透露, {@link #namesPeople}).
     * 有人, 有分析, 有报道, 有评论 name no group and stay sourceless.
     */
    private int afterExistentialBeforeGroup(int start, int to) {
        int k = doc.firstTokenAtOrAfter(start);
        if (k >= tokens.size() || tokens.get(k).start() != start || !GLUED_EXISTENTIALS.contains(tokens.get(k).text())
                || !tokens.get(k).pos().startsWith("v") && !SOME.contains(tokens.get(k).text())) {
            return start;
        }
        int group = tokens.get(k).end();
        Optional<String> count = lexicon.longestPrefix("groupcount", text, group, to);
        if (count.isPresent()) {
            group += count.get().length();
        }
        int end = group < to ? walker.walkNominal(group, to) : group;
        Optional<String> manner = lexicon.longestSuffix("manner", text, group, end);
        if (manner.isPresent() && doc.tokenStartsAt(end - manner.get().length())) {
            end -= manner.get().length();   // 有网民评论说: the group before the verb of manner
        }
        boolean named = end > group && lexicon.longestSuffix("descriptive", text, group, end)
                .flatMap(head -> lexicon.detail("descriptive", head)).filter("plural"::equals).isPresent();
        return named || namesPeople(group, end) || relativeClauseBeforeSource(group, to) ? group : start;
    }

    /**
     * 有参与投票的市民表示, 有熟悉内情的人士透露说: after existential 有, a clause opened by a verb and closed by 的
     * before a head that names who speaks (a title, a person or descriptive noun); {@link #findSubject} then reads the clause as a relative clause before that head, which speaks, as a group
     * after 有 does. 有人, 有消息 and 有经验的 (a verb's object glued to 有) are not read here.
     */
    private boolean relativeClauseBeforeSource(int group, int to) {
        int k = doc.firstTokenAtOrAfter(group);
        if (k >= tokens.size() || tokens.get(k).start() != group) {
            return false;
        }
        String pos = tokens.get(k).pos();
        boolean opensClause = pos.startsWith("v") && !pos.equals("vn") && !pos.equals("vyou");
        int de = indexBefore('的', group, to);
        if (!opensClause || de <= group || de - group > MAX_RELATIVE_CLAUSE || !clauses.noClauseMark(group, de)) {
            return false;
        }
        int head = walker.walkNominal(de + 1, to);
        return head > de + 1 && walker.namesASource(de + 1, head);
    }

    /**
     * 有读者向《苹果》透露, 有难友…说, 有住户表示: a noun of two or more chars ending in a noun for a person (role
     * personhead) names a group too; a word for anyone ending in 人 (有人, 有些人, 有个人, 有的人) does not.
     */
    private boolean namesPeople(int group, int end) {
        if (end - group < 2 || !doc.tokenStartsAt(group) || lexicon.longestSuffix("personhead", text, group, end).isEmpty()) {
            return false;
        }
        return !(text.charAt(end - 1) == '人' && (end - group == 2 || lexicon.is("nonsource", text.substring(group, end))));
    }

    /**
     * 他激动地说, 气愤地表示: a source phrase ending in an adverbial loses it; with nothing left
     * the clause has no subject of its own.
     */
    Subject dropAdverbial(Subject subject, int cueAt) {
        int adverbial = trimmer.adverbialStart(subject, cueAt);
        if (adverbial < 0) {
            return subject;
        }
        if (adverbial <= subject.start()) {
            return Subject.ZERO_SUBJECT;
        }
        Subject rest = findSubject(subject.start(), adverbial);
        return rest.status() == Status.OK ? rest : Subject.ZERO_SUBJECT;
    }

    /**
     * 在上海的经纪人王明认为: a place modifier 在X的 before a head that names who speaks (a title,
     * person noun or descriptive source, or a person) is read over; the head is the source. X is
     * nouns or places only (not 在他的文章中说: a possessive and a medium).
     */
    private int afterPlaceModifier(int start, int to) {
        int k = doc.firstTokenAtOrAfter(start);
        if (k + 1 < tokens.size() && tokens.get(k).start() == start && tokens.get(k).end() == start + 1
                && "身人远".indexOf(text.charAt(start)) >= 0 && tokens.get(k + 1).start() == start + 1) {
            k++;   // 身在北京的许艳表示, 人在印度的藏人学者: the body or person "being at" X, as 在X的
        }
        if (k >= tokens.size() || tokens.get(k).start() > start + 1 || !tokens.get(k).text().equals("在")
                || !tokens.get(k).pos().startsWith("p")) {
            return start;
        }
        int de = text.indexOf('的', start);
        if (de < 0 || de >= to - 1 || de - tokens.get(k).start() > MAX_RELATIVE_CLAUSE || !clauses.noClauseMark(start, de)) {
            return start;
        }
        for (k++; k < tokens.size() && tokens.get(k).start() < de; k++) {
            CharToken t = tokens.get(k);
            boolean place = t.pos().startsWith("ns") || t.pos().equals("s") || t.pos().equals("f") || doc.insideMention(t.start());
            if (!place) {
                return start;
            }
        }
        int head = walker.walkNominal(de + 1, to);
        if (head <= de + 1) {
            return start;
        }
        boolean speaks = doc.personWithin(de + 1, head).isPresent();
        for (String role : List.of("title", "descriptive", "personhead")) {
            speaks |= lexicon.longestSuffix(role, text, de + 1, head).isPresent();
        }
        return speaks ? de + 1 : start;
    }

    /** Whether a comitative preposition (与, 跟, 同; role comitative) opens the phrase at {@code at} as a word of its own. */
    private boolean comitativeAt(int at) {
        int k = doc.firstTokenAtOrAfter(at);
        return k < tokens.size() && tokens.get(k).start() == at && !doc.insideMention(at)
                && lexicon.is("comitative", tokens.get(k).text()) && !tokens.get(k).text().equals("和");
    }

    /** Whether a causative verb (使, 让, 令, 使得) opens the phrase at {@code at}. */
    private boolean causativeAt(int at) {
        int k = doc.firstTokenAtOrAfter(at);
        if (k >= tokens.size() || tokens.get(k).start() != at || doc.insideMention(at)) {
            return false;
        }
        String word = tokens.get(k).text();
        return word.equals("使") || word.equals("让") || word.equals("令") || word.equals("使得");
    }

    /**
     * 和自民党一起执政的日本公明党代表山口那津男, 曾任该公司亚洲地区政策部门负责人的王大伟: a relative clause
     * longer than {@link #MAX_RELATIVE_CLAUSE} (up to {@link #MAX_COUNTED_RELATIVE_CLAUSE}) with a verb in it,
     * before a head that a person's name, or a title and a name, ends, or a bare noun of people (分析人士). Such a head plainly speaks, so the clause is read
     * whole, as 参与谈判的外交官 keeps its clause. The end of that head, or -1. A possessive
     * (卡瓦诺的) or a clause with 了/过/着 is none.
     */
    private int namedHeadAfterClause(int start, int walked, int to) {
        if (lexicon.longestAt(text, start).filter(c -> c.kind() == ClaimLexicon.Kind.FRAME).isPresent()) {
            return -1;   // 根据脸书上的…粉丝页的临时雷达站…显示: a frame's preposition opens no relative clause
        }
        int previousHead = -1;   // the end of the head the last 的 led to
        // a bracketed gloss (《台湾公报》(Taiwan Communique)) adds letters, not words: it is left out of the clause's length
        for (int de = text.indexOf('的', walked); de > 0 && de < to - 1 && de - start - bracketedChars(start, de) <= MAX_COUNTED_RELATIVE_CLAUSE;
                de = text.indexOf('的', de + 1)) {
            // When the clause opens the source (nothing walked before it): 对审查行为进行监督的机构GreatFire的查理•史密斯,
            // a possessive 的 right after the clause's head ties that head to the person after it, so the walk goes on;
            // 同时拥有WhatsApp和Instagram的脸书, a name after the clause's verb and before 的 is its object, no owner
            boolean ofClauseHead = walked == start && de == previousHead;
            boolean objectOfVerb = walked == start && doc.holdsVerb(start, doc.mentionEndingAt(de).map(MentionRef::start).orElse(de));
            // 访问过朝鲜的…明星罗德曼: 过 (an experience) is allowed before a person's name, and after 曾/曾经 before any head
            // (曾经采访过周庭的前NHK节目主持堀润: the clause tells what one once did); 了/着 never
            boolean experiential = text.substring(start, de).indexOf('过') >= 0 && !onceBefore(start);
            // a short quoted name inside the clause is no clause mark (被誉为“经营之神”的王永庆)
            if (!clauses.noClauseMarkOutsideQuotedNames(start, de) || text.substring(start, de).chars().anyMatch(c -> "了着".indexOf(c) >= 0)
                    || possessive(de) && !ofClauseHead && !objectOfVerb) {
                return -1;
            }
            boolean verb = false;
            for (int k = doc.firstTokenAtOrAfter(start); k < tokens.size() && tokens.get(k).end() <= de; k++) {
                // 这次/选举/v 的组织者: after a demonstrative or count word the "verb" names a thing; 给这些人检查/vn 身体/n 的专家:
                // a verbal noun before its object is the clause's verb
                String previous = k > 0 ? tokens.get(k - 1).pos() : "";
                // 访问/vn 过: a verbal noun with an aspect mark after it is the verb
                boolean aspect = k + 1 < tokens.size() && tokens.get(k + 1).start() == tokens.get(k).end()
                        && tokens.get(k + 1).pos().equals("uguo");
                boolean withObject = tokens.get(k).pos().equals("vn") && k + 1 < tokens.size() && tokens.get(k + 1).end() <= de
                        && tokens.get(k + 1).pos().startsWith("n") && !tokens.get(k + 1).pos().startsWith("nr") && previous.startsWith("n");
                verb |= (tokens.get(k).pos().startsWith("v") && (!tokens.get(k).pos().equals("vn") || aspect) || withObject)
                        && !(previous.startsWith("r") || previous.startsWith("m") || previous.startsWith("q"));
            }
            int head = walker.walkNominal(de + 1, to);
            int from = de + 1;
            // 参与该机构最新一项调查的分析人士, 曾经给这些人检查身体的专家: a bare head noun of people (role descriptive) after a clause
            // that opens the source speaks as plainly as a name does
            boolean people = walked == start && lexicon.is("descriptive", text.substring(from, head));
            // 心理学专业出身的她: a short clause on a person pronoun, which speaks
            boolean pronoun = (walked == start || de - walked <= MAX_RELATIVE_CLAUSE) && head > from
                    && lexicon.detail("pronoun", text.substring(from, head)).filter("person"::equals).isPresent();
            boolean person = doc.personWithin(from, head).filter(m -> m.start() >= from).isPresent() || titledName(from, head);
            if (experiential && !person) {
                return -1;
            }
            if (verb && head > from && (person || people || pronoun
                    || namedOrganization(from, head) && (walked == start || de - walked <= MAX_RELATIVE_CLAUSE))) {
                return head;
            }
            previousHead = head;
        }
        return -1;
    }

    /** Whether a word HanLP tags as a time word (当时/t, 当年/t) ends at {@code at}, where no time value was recognized. */
    private boolean timeWordEndsAt(int at) {
        int k = doc.firstTokenAtOrAfter(at - 1);
        return k < tokens.size() && tokens.get(k).end() == at && tokens.get(k).pos().equals("t");
    }

    /** Whether 曾 or 曾经 ("once") stands right before {@code at}, the start of a relative clause. */
    private boolean onceBefore(int at) {
        return at > 0 && text.charAt(at - 1) == '曾' || text.startsWith("曾经", Math.max(0, at - 2)) || text.startsWith("曾", at);
    }

    /** How many chars of {@code [from, to)} stand inside brackets (（…）, (…)), the brackets included. */
    private int bracketedChars(int from, int to) {
        int count = 0;
        int depth = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '（' || c == '(') {
                depth++;
            }
            if (depth > 0) {
                count++;
            }
            if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            }
        }
        return count;
    }

    /**
     * Whether an organization's mention makes up all of {@code [from, head)} (同时拥有WhatsApp和Instagram的脸书): a named body
     * speaks. After a walked source only a short clause (辜宽敏创立的台湾制宪基金会): 法国各大早报继续关注…出现的环境生态党 is the
     * papers and their predicate.
     */
    private boolean namedOrganization(int from, int head) {
        return doc.mentionEndingAt(head).filter(m -> m.type() == EntityType.ORG && m.start() == from).isPresent();
    }

    /** A title followed by at least two more chars ends {@code [from, head)} (公明党代表山口那津男): a name no entity covers. */
    private boolean titledName(int from, int head) {
        for (int k = from; k < head; k++) {
            for (String title : lexicon.wordsAt("title", text, k, head)) {
                int after = k + title.length();
                if (head - after >= 2 && head - after <= 5 && lexicon.longestSuffix("title", text, after, head).isEmpty()
                        && doc.tokenStartsAt(after) && text.substring(after, head).chars().allMatch(Character::isLetter)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a pivot verb (role pivot: 要求, 促, 敦促) stands as a word of its own in {@code [start, end)}. */
    private boolean pivotWithin(int start, int end) {
        for (int k = doc.firstTokenAtOrAfter(start); k < tokens.size() && tokens.get(k).end() <= end; k++) {
            // 第二项/mq 要求称, 这些要求: after a count word, demonstrative or 的 the word names a demand, no verb
            String previous = k > 0 && tokens.get(k - 1).end() == tokens.get(k).start() && tokens.get(k - 1).start() >= start
                    ? tokens.get(k - 1).pos() : "";
            boolean noun = previous.startsWith("m") || previous.startsWith("q") || previous.startsWith("r") || previous.startsWith("ude");
            if (lexicon.is("pivot", tokens.get(k).text()) && !noun && !doc.insideMention(tokens.get(k).start())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a preposition of address (向, 对, 跟, 给, 朝) opens the phrase at {@code at} (向其父母施压). */
    private boolean addressedAt(int at) {
        int k = doc.firstTokenAtOrAfter(at);
        return k < tokens.size() && tokens.get(k).start() == at && tokens.get(k).pos().startsWith("p")
                && ADDRESSING.contains(tokens.get(k).text()) && !doc.insideMention(at);
    }

    /**
     * A source cut short where the segmenter broke a long affiliation (美国国防部印/太/d安全事务…部长
     * 海大卫表示, 北京时间/周四（6日）中共商务部发言人高峰称): when it names no person and no verb
     * follows it, the first person named after a title before the cue speaks. After a verb the
     * source stands (习近平会见俄罗斯总统普京时表示 → 习近平).
     */
    private Subject titledPersonAfter(Subject subject, int to) {
        if (doc.personWithin(subject.start(), subject.end()).isPresent()) {
            return subject;
        }
        int next = doc.firstTokenAtOrAfter(subject.end());
        boolean verbAfter = next < tokens.size() && tokens.get(next).start() == subject.end() && tokens.get(next).pos().startsWith("v");
        boolean cueAt = lexicon.longestAt(text, to).isPresent();
        for (MentionRef m : doc.mentionsWithin(subject.end(), to)) {
            if (m.type() == EntityType.PERSON && m.start() > subject.end() && to - m.end() <= MAX_AFTER_TITLED_NAME
                    && (lexicon.longestSuffix("title", text, subject.start(), m.start()).isPresent() || jobTitleEndsAt(m.start()))
                    && noClauseMarkOutsideBrackets(subject.end(), m.end()) && !prepositionBetween(subject.end(), m.start())
                    && (!verbAfter || cueAt && nothingButGlossBefore(m.end(), to))) {
                return new Subject(Status.OK, m.start(), m.end());
            }
        }
        return subject;
    }

    /**
     * No clause mark in {@code [from, to)} outside brackets: …预防中心（Center for Policy, Outcomes and Prevention）主任王智弘 holds
     * its comma inside the gloss.
     */
    private boolean noClauseMarkOutsideBrackets(int from, int to) {
        int depth = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            } else if (depth == 0 && Clauses.CLAUSE_BOUNDARIES.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a preposition of address lies in {@code [from, to)}: a titled name after it is
     * addressed, not who speaks (他向节目主持人王大伟表示 → 他).
     */
    private boolean prepositionBetween(int from, int to) {
        for (int k = doc.firstTokenAtOrAfter(from); k < tokens.size() && tokens.get(k).end() <= to; k++) {
            CharToken t = tokens.get(k);
            if (t.pos().startsWith("p") && ADDRESSING.contains(t.text()) && !doc.insideMention(t.start())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word HanLP tags as a job title (组织者/nnt, 总监/nnt) ends at {@code at}. */
    private boolean jobTitleEndsAt(int at) {
        int k = doc.firstTokenAtOrAfter(at) - 1;
        return k >= 0 && k < tokens.size() && tokens.get(k).end() == at && tokens.get(k).pos().equals("nnt");
    }

    /**
     * Whether only a bracketed gloss, spaces, a time or glued adverbs lie between a name ending at
     * {@code from} and the cue at {@code to} (主任李安（Ann Lee）表示, 组织者陈家明说): the name is
     * who speaks even after a verb cut the source (人权/观察/v…, 前市议员和这次/初选/v…); a name
     * followed by more (会见市长张伟时表示) is not.
     */
    private boolean nothingButGlossBefore(int from, int to) {
        int k = clauses.skipSpaces(from, to);
        if (k < to && (text.charAt(k) == '（' || text.charAt(k) == '(')) {
            int close = clauses.closingBracket(k, to);
            if (close < 0) {
                return false;
            }
            k = clauses.skipSpaces(close + 1, to);
        }
        Integer timeEnd = doc.timeEndStartingAt(k);
        if (timeEnd != null && timeEnd <= to) {
            k = clauses.skipSpaces(timeEnd, to);
        }
        while (k < to && "也还都就曾又亦则".indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        return k == to;
    }

    /**
     * 包括卡瓦诺的…: a name before 的 is a possessor, not the end of a relative clause; a place
     * is not (一位来自揭阳的志愿者), nor a name after a verb of calling (role calling: 名叫张三的律师).
     */
    private boolean possessive(int de) {
        Optional<MentionRef> name = doc.mentionEndingAt(de);
        if (name.isPresent() && lexicon.longestSuffix("calling", text, Math.max(0, name.get().start() - 3), name.get().start()).isPresent()) {
            return false;   // 一位名叫张三的律师, 一名叫罗可的外卖员: the name the head is called by, no possessor
        }
        return name.map(m -> m.type() != EntityType.LOC).orElse(doc.insideMention(de - 1));
    }

    /**
     * 一名退休教师称, 一些观察人士私下表示: after nothing but a count word ending at {@code from}, the
     * end of a head that bare verbs, adjectives or nouns modify, when only such words and adverbs
     * fill the few chars up to {@code to}; -1 otherwise (另一位来自揭阳的…: a relative clause).
     */
    private int countedHead(int from, int to) {
        if (to - from > MAX_RELATIVE_CLAUSE + 4) {
            return -1;
        }
        int head = -1;
        for (int k = doc.firstTokenAtOrAfter(from); k < tokens.size() && tokens.get(k).start() < to; k++) {
            CharToken t = tokens.get(k);
            String pos = t.pos();
            boolean modifierOrHead = pos.startsWith("v") || pos.startsWith("n") || pos.startsWith("a") || pos.equals("b");
            if (t.start() < from || t.end() > to || !(modifierOrHead || pos.startsWith("d")) || t.text().equals("的")) {
                return -1;
            }
            if (modifierOrHead && walker.namesASource(from, t.end())) {
                head = t.end();
            }
        }
        return head;
    }

    /**
     * 主办/v 单位表示, 选举/v 官员表示: HanLP tags the first half of some compound heads as a verb, so the
     * walk stopped at once. A two-char verb opening the source and directly followed by common nouns
     * (no name, no 的) that end in a word for who speaks (a title, descriptive, person noun or an
     * organization ending) is that head's modifier; the end of the head, or -1. Only right before the
     * cue: a verb and its object inside a longer clause (感谢医护人员的付出) stay an act.
     */
    private int verbModifiedHead(int from, int to) {
        int k = doc.firstTokenAtOrAfter(from);
        if (k + 1 >= tokens.size() || tokens.get(k).start() != from || tokens.get(k).text().length() != 2
                || !tokens.get(k).pos().equals("v") || doc.insideMention(from) || tokens.get(k).text().contains("有")
                || lexicon.is("modal", tokens.get(k).text()) || lexicon.is("pivot", tokens.get(k).text())) {
            return -1;   // 还有网友认为 (existential), 不会说 (modal), 说服人相信 (the one persuaded)
        }
        int verbEnd = tokens.get(k).end();
        int end = verbEnd;
        for (k++; k < tokens.size() && tokens.get(k).start() == end && tokens.get(k).end() <= to; k++) {
            String pos = tokens.get(k).pos();
            if (!pos.startsWith("n") || pos.startsWith("nr") || pos.startsWith("ns") || doc.insideMention(tokens.get(k).start())) {
                return -1;
            }
            end = tokens.get(k).end();
        }
        boolean head = false;
        for (String role : List.of("title", "descriptive", "personhead")) {
            head |= lexicon.longestSuffix(role, text, from, end).isPresent();
        }
        head |= SourceWalker.ORG_ENDINGS.indexOf(text.charAt(end - 1)) >= 0;
        return end == to && end - verbEnd >= 2 && end - from <= 6 && head ? end : -1;   // a noun of its own (比方/v 说)
    }

    /** 一位, 两名, 这位, 一位不愿: nothing but numbers, measure words, demonstratives and a negation (a relative clause may follow). */
    private boolean onlyCountWords(int from, int to) {
        for (int k = doc.firstTokenAtOrAfter(from); k < tokens.size() && tokens.get(k).start() < to; k++) {
            String pos = tokens.get(k).pos();
            String word = tokens.get(k).text();
            boolean negation = word.startsWith("不");   // 一位不愿透露姓名的…
            boolean demonstrative = pos.startsWith("r") && word.length() == 2 && "这那该此每".indexOf(word.charAt(0)) >= 0
                    && CoreWords.mainTag(word.substring(1)).startsWith("q");   // 这项/r, not 该报/r
            if (!(pos.startsWith("m") || pos.startsWith("q") || pos.startsWith("rz") || negation || demonstrative)) {   // not 他获得…的
                return false;
            }
        }
        return true;
    }

    /** 孙庄教会一位不愿…: a source phrase that ends in count words after an affiliation. */
    private boolean endsInCountWords(int start, int end) {
        int k = doc.firstTokenAtOrAfter(end - 1);
        boolean count = false;
        int runStart = end;
        for (; k >= 0 && k < tokens.size() && tokens.get(k).start() >= start && onlyCountWords(tokens.get(k).start(), tokens.get(k).end()); k--) {
            count |= tokens.get(k).pos().startsWith("m") || tokens.get(k).pos().startsWith("q");
            runStart = tokens.get(k).start();
        }
        return count && runStart > start && runStart < end;
    }

    /** The first {@code c} in {@code text} at or after {@code from} and before {@code to}, or -1. */
    private int indexBefore(char c, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
