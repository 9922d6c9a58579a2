package org.zhextract.claim;

import static org.zhextract.claim.Clauses.CLAUSE_BOUNDARIES;
import static org.zhextract.claim.Clauses.MAX_CLAUSE_CHARS;
import static org.zhextract.claim.CueUse.TIME_PHRASE;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhextract.claim.AnnotatedText.CharToken;
import org.zhextract.claim.ClaimExtractor.ClaimDraft;
import org.zhextract.claim.ClaimLexicon.Cue;
import org.zhextract.claim.ClaimLexicon.Kind;
import org.zhextract.claim.Subject.Status;
import org.zhextract.model.ClaimForm;
import org.zhextract.model.EntityType;
import org.zhextract.segment.CoreWords;

/**
 * Reads a claim at a cue of speech (role {@code SUBJECT}, {@code SUBJECT_COMMA}, {@code ADDRESSEE}):
 * SOURCE [modifiers] CUE content, or “quotation”，SOURCE CUE. Drops what only looks like one (a
 * negated, modal or nominal cue, a source that is told rather than telling), takes the subject of
 * the clause before when the cue opens its clause, and reads the claims found so far to tell a
 * continued claim (并补充说) from one reported inside another's content.
 */
final class SpeechPattern extends DocumentPart {

    /** The chars that close a phrase of place or time after 在 (贺词中, 会上, 安检时, 期间). */
    private static final String LOCALIZERS = "上中里内时后前间";

    private final Clauses clauses;
    private final CueUse cueUse;
    private final CueComplements complements;
    private final SourceFinder sources;
    private final SpeakerResolver speakers;
    private final ContentFinder contents;
    private final PropositionTests propositions;
    private final List<ClaimDraft> drafts;
    private final List<ClaimDraft> silentSpeakers;

    SpeechPattern(ClaimContext context, Clauses clauses, CueUse cueUse, CueComplements complements,
                  SourceFinder sources, SpeakerResolver speakers, ContentFinder contents, PropositionTests propositions,
                  List<ClaimDraft> drafts, List<ClaimDraft> silentSpeakers) {
        super(context);
        this.clauses = clauses;
        this.cueUse = cueUse;
        this.complements = complements;
        this.sources = sources;
        this.speakers = speakers;
        this.contents = contents;
        this.propositions = propositions;
        this.drafts = drafts;
        this.silentSpeakers = silentSpeakers;
    }

    /** The cue as read: its text (with 不, 过, 称/说/道 taken in), its end, and where its content starts (-1: at the end). */
    private record CueReading(String text, int end, int contentFrom) {}

    /**
     * A source found for a cue, with the medium it spoke through when it names one, and the claim whose content the cue's
     * claim cuts short (他认为…，并补充说: {@code hostTrim}, null when none), applied only once the cue's claim is read.
     */
    private record SourceReading(Subject subject, Optional<String> via, HostTrim hostTrim) {
        SourceReading(Subject subject, Optional<String> via) {
            this(subject, via, null);
        }
    }

    /**
     * A claim's content cut to end at {@code contentEnd}, with the form of what is left; {@code onlyWithClaim} when the cut
     * stands only if the cue's claim is read (谢阳…否认，表示坚决反对: an attitude only, and the clause stays in the content).
     */
    private record HostTrim(ClaimDraft host, int contentEnd, ClaimForm form, boolean onlyWithClaim) {
        HostTrim(ClaimDraft host, int contentEnd, ClaimForm form) {
            this(host, contentEnd, form, false);
        }
    }

    /**
     * SOURCE [modifiers] CUE content, or “quotation”，SOURCE CUE. Null when the cue at {@code at}
     * reads no claim.
     */
    PatternMatch read(Cue cue, int at, int paragraphEnd, int paragraph) {
        if (!usedAsSpeech(cue, at, paragraphEnd)) {
            return null;
        }
        CueReading reading = readCue(cue, at, paragraphEnd);
        if (reading == null || !fitsPattern(cue, reading, at, paragraphEnd)) {
            return null;
        }
        int clauseStart = clauses.clauseStart(at);
        if (lexicon.longestSuffix("nobody", text, clauseStart, at).isPresent()) {
            return null;   // 这家公司没有一个人说: no one said it
        }
        SourceReading source = readSource(cue, at, clauseStart);
        if (source == null) {
            return null;
        }
        PatternMatch match = speaksNoClaim(cue, reading, source.subject(), at, clauseStart, paragraphEnd)
                ? null : claim(cue, reading, source, at, clauseStart, paragraphEnd, paragraph);
        if (source.hostTrim() != null && (match != null
                || !source.hostTrim().onlyWithClaim() && !onNocommaRoute(cue, at, reading.end(), paragraphEnd))) {
            // 外交部声称…，并批评美国的应对措施: the 并 clause is the speaker's next act even when it reads no claim; but
            // 警方宣布已将嫌疑人抓获，并证实…, a cue with no comma that reads no claim, may be part of what was announced
            source.hostTrim().host().contentEnd = source.hostTrim().contentEnd();
            source.hostTrim().host().form = source.hostTrim().form();
        }
        return match;
    }

    /** False when the cue word here reports nothing: negated, modal, a noun, in a time clause, an alias, 到底. */
    private boolean usedAsSpeech(Cue cue, int at, int paragraphEnd) {
        if (cueUse.isNegated(at, cue.word()) || cueUse.isModal(at, cue.word()) || cueUse.isConditional(at, cue.word())) {
            return false;   // 没有说, 并未表示: nothing was said; 必须承认, 才能说: what one must or can say
        }
        int cueEnd = at + cue.word().length();
        if (cueUse.isNounObject(at, cue.word()) || cueUse.insideTimeClause(at + cue.word().length(), paragraphEnd)) {
            return false;   // 受到批评，…; 在宣布辞职时说: the outer cue reports
        }
        if (cueUse.opensBracketedAlias(at) || cue.word().equals("称") && cueUse.namesInsideBrackets(at, cueEnd, paragraphEnd)) {
            return false;   // 早期女权运动（也称第一波女权运动）, （SARS，香港称“沙士”）: another name, nothing said
        }
        if (cueUse.isFocusOfLian(at, cue.word())) {
            return false;   // 我连说这样的话都不敢: the act named as the focus of 连…都
        }
        if (text.startsWith("到底", cueEnd) && (cueEnd + 2 >= paragraphEnd
                || CLAUSE_BOUNDARIES.indexOf(text.charAt(cueEnd + 2)) >= 0)) {
            return false;   // 否认到底，…: to the end, a complement; no reported clause follows
        }
        return true;
    }

    /**
     * The cue with what belongs to it: a negation before a belief, 过 after 说, the addressee of 告诉,
     * a glued 称/说/道. Null when it reports no clause (说了句实话, 说了好多次, 称其为, 说过了).
     */
    private CueReading readCue(Cue cue, int at, int paragraphEnd) {
        int cueEnd = at + cue.word().length();
        String cueText = cue.word();
        if (lexicon.is("belief", cueText) && at > 0 && text.charAt(at - 1) == '不') {
            cueText = "不" + cueText;   // 他并不认为…: a stated belief, negated; the cue keeps the negation
        }
        if (cueText.equals("说") && cueUse.countsUtterance(cueEnd, paragraphEnd)) {
            return null;   // 不过说了句实话: an act of speech, no words given
        }
        if (cueText.equals("说") && cueEnd < paragraphEnd && text.charAt(cueEnd) == '不'
                && (cueEnd + 1 >= paragraphEnd || CLAUSE_BOUNDARIES.indexOf(text.charAt(cueEnd + 1)) >= 0 || text.charAt(cueEnd + 1) == '、')) {
            return null;   // 对“二选一”说不，…: saying no, a refusal; no clause is reported (说不会… still is)
        }
        if (cueText.equals("说") && complements.countsTimes(cueEnd, paragraphEnd)) {
            return null;   // 他说了好多次: how often, not what
        }
        if (cueText.equals("称") && complements.isNaming(cueEnd, paragraphEnd)) {
            return null;   // 称其为“老板”: naming, not saying
        }
        int contentFrom = -1;   // where the content is looked for, when not right after the cue
        if (cueText.equals("说") && complements.isExperientialGuo(cueEnd)) {
            cueText = "说过";
            cueEnd++;
            contentFrom = complements.contentAfterGuo(cueEnd, paragraphEnd);
            if (contentFrom < 0) {
                return null;   // 说过了, 说过一个笑话: a past act of speaking, no reported clause
            }
        } else if (cue.pattern() == ClaimLexicon.Pattern.ADDRESSEE) {
            contentFrom = complements.afterAddressee(cueEnd, paragraphEnd);
            if (contentFrom < 0 && contents.quotationBefore(clauses.clauseStart(at)) != null) {
                contentFrom = complements.addresseeEndingSentence(cueEnd, paragraphEnd);   // “……，”X告诉路透社。
            }
            if (contentFrom < 0) {
                return null;
            }
        } else if (lexicon.is("remindaddressee", cueText) && cueEnd < paragraphEnd && "，,：:称说道".indexOf(text.charAt(cueEnd)) < 0) {
            // 提醒旅居香港的美国人，国安法可能…: whom it reminds, a comma, then what; without the comma what follows the
            // addressee is what to do (提醒他注意安全, 提醒我早做准备): no claim
            contentFrom = complements.afterAddressee(cueEnd, paragraphEnd);
            if (contentFrom < 0 || "，,：:".indexOf(text.charAt(contentFrom)) < 0 || remindsNothing(cueEnd, contentFrom, paragraphEnd)) {
                return null;
            }
        } else if (cueEnd < paragraphEnd && "称说".indexOf(text.charAt(cueEnd)) >= 0 && !cueText.endsWith("称")
                && !cueText.endsWith("说") && lexicon.longestAt(text, cueEnd).map(c -> c.kind() != Kind.NOT_CUE).orElse(true)) {
            cueText += text.charAt(cueEnd);   // 警告称, 透露说
            cueEnd++;
        } else if (cueEnd + 1 < paragraphEnd && text.charAt(cueEnd) == '道' && "，,：:“「".indexOf(text.charAt(cueEnd + 1)) >= 0
                && !cueText.endsWith("道")) {
            cueText += "道";   // 警告道，…
            cueEnd++;
        }
        return new CueReading(cueText, cueEnd, contentFrom);
    }

    /**
     * The subject opens the clause {@code [from, to)} (特朗普对…不屑一顾，) or is all that ends it (52岁、商人出身的
     * 阿比纳德，): where a clause's subject stands.
     */
    private boolean opensOrClosesClause(Subject subject, int from, int to) {
        return subject.start() >= from && (subject.start() <= clauses.skipLeading(from, to) || subject.end() >= clauses.trimEnd(from, to));
    }

    /**
     * False when the cue as read is not its pattern's: no comma after a SUBJECT_COMMA cue, an
     * addressing cue before 称, a headline noun.
     */
    private boolean fitsPattern(Cue cue, CueReading reading, int at, int paragraphEnd) {
        int cueEnd = reading.end();
        if (cue.pattern() == ClaimLexicon.Pattern.SUBJECT_COMMA && !(cueEnd < paragraphEnd && "，,：:".indexOf(text.charAt(cueEnd)) >= 0)
                && reading.contentFrom() < 0 && !opensClauseWithContent(cue, at, cueEnd, paragraphEnd) && !takesClauseWithoutComma(cue, at, cueEnd, paragraphEnd)
                && !quotationRightAfter(cue, cueEnd, paragraphEnd)) {
            return false;
        }
        if (cue.pattern() == ClaimLexicon.Pattern.SUBJECT_COMMA && cueEnd + 1 < paragraphEnd && "，,".indexOf(text.charAt(cueEnd)) >= 0
                && doc.tokenStartsAt(cueEnd + 1) && lexicon.longestAt(text, cueEnd + 1)
                    .filter(c -> c.kind() == Kind.SPEECH && lexicon.is("sayingafter", c.word())).isPresent()) {
            // 莫斯科反驳，称这些指控…: the 称 opening the next clause reports, with the same source (role
            // sayingafter; not 认为: 民调结果显示，认为自己是…的比例 is what the poll shows)
            return false;
        }
        if (cue.pattern() == ClaimLexicon.Pattern.SUBJECT_COMMA && cueEnd + 1 < paragraphEnd && "，,".indexOf(text.charAt(cueEnd)) >= 0) {
            Optional<String> pronoun = lexicon.longestPrefix("pronoun", text, cueEnd + 1, Math.min(paragraphEnd, cueEnd + 4));
            int after = cueEnd + 1 + pronoun.map(String::length).orElse(0);
            if (pronoun.isPresent() && after < paragraphEnd && lexicon.longestAt(text, after)
                    .filter(c -> c.kind() == Kind.SPEECH && lexicon.is("sayingafter", c.word())).isPresent()) {
                return false;   // …进行了谴责，他说…: the pronoun's 说 opening the next clause reports, not the comma cue
            }
        }
        if (cue.pattern() == ClaimLexicon.Pattern.SUBJECT_COLON && !(cueEnd < paragraphEnd && "：:".indexOf(text.charAt(cueEnd)) >= 0)
                && contents.quotationAfterObject(cueEnd, paragraphEnd) < 0 && !threatensWhatWillBe(at, cueEnd, paragraphEnd)) {
            return false;   // 威胁：… says (so does 总结了这种心态：“…”); 受到威胁，… and 威胁对方 name a threat or make one
        }
        if (lexicon.is("addressing", reading.text()) && complements.addressedBeforeSaying(cueEnd, paragraphEnd)) {
            return false;   // 加拿大警告其公民，称…: the 称 after the addressee reports, with the same source
        }
        if ((lexicon.is("clausal", reading.text()) || lexicon.is("addressing", reading.text()))
                && complements.objectBeforeSaying(cueEnd, paragraphEnd)) {
            return false;   // 华春莹指责美国说，…, 警告英国公民说，…: whom she accused or warned, then what she said
        }
        if (cueUse.isHeadlineNoun(at, cueEnd, reading.text())) {
            return false;   // 美国发布旅行警告, 应用警告发送给员工: the warning as a thing
        }
        return true;
    }

    /**
     * 声明还威胁美国行政当局不得实施…, 威胁要将他们驱逐出境, 威胁英国此举将有“严重后果”: 威胁 as a word of its own (HanLP tags it
     * v or vn) whose first clause goes on, after at most a short object, to a modal of what will or must be (role {@code threatmodal}:
     * 不得, 将, 要, 会, 必须): the threat said, with no colon. 威胁到, 受到威胁, 威胁对方 name a threat or make one.
     */
    private boolean threatensWhatWillBe(int at, int cueEnd, int paragraphEnd) {
        if (!lexicon.is("threat", text.substring(at, cueEnd))) {
            return false;   // 总结巴黎公社教训时就强调要…: a colon cue of another kind
        }
        int k = doc.firstTokenAtOrAfter(at);
        if (k >= tokens.size() || tokens.get(k).start() != at || tokens.get(k).end() != cueEnd || !tokens.get(k).pos().startsWith("v")) {
            return false;
        }
        for (int j = k + 1, words = 0; j < tokens.size() && words <= MAX_THREATENED_WORDS; j++, words++) {
            CharToken t = tokens.get(j);
            if (t.start() >= paragraphEnd || CLAUSE_BOUNDARIES.indexOf(t.text().charAt(0)) >= 0 || t.text().equals("到")
                    || t.pos().startsWith("u") || t.pos().startsWith("p") || t.pos().startsWith("c")) {
                return false;   // 造成威胁而将其猎杀: a conjunction opens another verb phrase, the threat was a noun
            }
            if (lexicon.is("threatmodal", t.text())) {
                return true;
            }
        }
        return false;
    }

    /** Words of the threatened party between 威胁 and the modal of the threat (威胁美国行政当局不得). */
    private static final int MAX_THREATENED_WORDS = 4;

    /**
     * …激动哽咽，指过去一年个人遭受众多攻击: a comma cue of role {@code openingcue} that opens its
     * clause after a comma is a verb of saying with the clause before's subject, and its content
     * follows it without a comma. A word of its own (not 指着, 指的是), with a clause after it.
     */
    private boolean opensClauseWithContent(Cue cue, int at, int cueEnd, int paragraphEnd) {
        int open = clauseOpeningBefore(at);
        if (!lexicon.is("openingcue", cue.word()) || open < 0 || !clauseFollowsWord(at, cueEnd, paragraphEnd, false)) {
            return false;   // 指着/指著自己的腰部, 指的是, 指向: pointing or defining
        }
        // 西安事变，指发生于…: after a bare noun the word defines it; who speaks did something in the clause before
        int before = clauses.clauseStart(open - 1);
        if (open < at && text.substring(before, open).contains("既")) {
            return false;   // 既指A，又指B: a definition with two senses
        }
        for (int k = doc.firstTokenAtOrAfter(before); k < tokens.size() && tokens.get(k).end() < open; k++) {
            if (tokens.get(k).pos().startsWith("v")) {
                return true;
            }
        }
        return false;
    }

    /**
     * 在社交网站宣告“我的眼镜真的跌破了”, 反问“如果这不是辱华，又是甚么？”: a comma cue of role {@code quoteafter} takes a
     * quotation right after it as 说“…” does, when the quotation is speech (not a name or a scare-quoted term:
     * 谴责“暴徒”, 回应“…”事件; {@link ContentFinder#hasQuotedSpeech}) and ends its sentence (a sentence mark after it or
     * inside it at its end, or the paragraph end). Only cues whose bare object is rarely a quoted title or slogan have the role (not 提出, 显示, 报道, 解释).
     */
    private boolean quotationRightAfter(Cue cue, int cueEnd, int paragraphEnd) {
        if (!lexicon.is("quoteafter", cue.word()) || cueEnd >= paragraphEnd) {
            return false;
        }
        Quotations.Quote q = quotations.startingAt(cueEnd);
        if (q == null || q.closed() && q.end() < paragraphEnd && "。！？!?…".indexOf(text.charAt(q.end())) < 0
                && "。！？!?".indexOf(text.charAt(q.innerEnd() - 1)) < 0) {
            return false;   // 反问“…”，并分享了…: after a comma the sentence goes on, and the content would run past the quotation
        }
        return contents.hasQuotedSpeech(cueEnd, Math.min(q.end(), paragraphEnd));
    }

    /**
     * Where the clause holding the cue at {@code at} opens right after a comma or semicolon, the cue first in it or after
     * one adverb of going on (…决定，又指由于…, …，还指…); -1 when no such comma precedes.
     */
    private int clauseOpeningBefore(int at) {
        int open = at > 0 && "又还也".indexOf(text.charAt(at - 1)) >= 0 && doc.tokenStartsAt(at - 1) ? at - 1 : at;
        return open > 0 && "，,；;".indexOf(text.charAt(open - 1)) >= 0 ? open : -1;
    }

    /** What may stand between a source and a {@code nocomma} cue: adverbs, times, numbers, measures, conjunctions. */
    private static final Set<String> BETWEEN_SOURCE_AND_NOCOMMA = Set.of("d", "t", "m", "q", "c");

    /** Pronouns of a thing (它, 这, 此): a thing that reminds is the writer's figure (它提醒人们，…). */
    private static final Set<String> THING_POINTERS = Set.of("它", "它们", "这", "此", "这些", "那");

    /** Words that open a clause of what happened next or despite (李明提醒王芳，然后转身离开): not what was reminded of. */
    private static final Pattern SEQUENCE_OPENING = Pattern.compile("^(?:然后|随后|接着|便|就|却|还是|以及)");

    /**
     * After the addressee named again: what the addressee did or failed to do (儿子还是忘了), not what it must do (医生提醒患者，
     * 患者必须按时服药 is the reminder).
     */
    private static final Pattern ADDRESSEE_WENT_ON = Pattern.compile("^(?:还是|却|仍|也|又|就|便|没|已|终于|才)");


    /**
     * 提醒 + the addressee {@code [cueEnd, comma)} + a comma: no claim when the clause after the comma opens with a word of
     * sequence or contrast (然后, 随后, 却: what happened next), has the addressee again as its subject (李明每天提醒儿子，儿子
     * 还是忘了: what the addressee did), or when the addressee ends a time clause (提醒王芳的时候，…).
     */
    private boolean remindsNothing(int cueEnd, int comma, int paragraphEnd) {
        String addressee = text.substring(cueEnd, comma);
        String after = text.substring(comma + 1, Math.min(paragraphEnd, comma + 1 + addressee.length() + 4));
        return SEQUENCE_OPENING.matcher(after).find()
                || !addressee.isEmpty() && after.startsWith(addressee) && ADDRESSEE_WENT_ON.matcher(after.substring(addressee.length())).find()
                || Clauses.TIME_CLAUSE_END.matcher(addressee).find() && !addressee.contains("在");   // 提醒民众在使用Zoom时，要…
    }

    /**
     * 西方媒体指国安法是…, 专家指香港进入第3波疫情: a comma cue of role {@code nocomma} that is a word of its own
     * (not 指数, 指标, 指挥, 指着, 指的是, 指向) with a clause right after it takes that clause without a comma, as
     * Hong Kong and overseas news write it. Its source must be one that speaks ({@link #speaksAsSource}). (Role
     * {@code clausal} would also test the clause for a verb, but it misreads 指 after a comma, …自拍，指自己凌晨4时23分，买到….)
     */
    private boolean takesClauseWithoutComma(Cue cue, int at, int cueEnd, int paragraphEnd) {
        if (!onNocommaRoute(cue, at, cueEnd, paragraphEnd) || !clauseFollowsWord(at, cueEnd, paragraphEnd, true)) {
            return false;
        }
        // 指定/居所: HanLP cut a word of its dictionary (指定, 指数, 指名) before a noun it knows
        return !CoreWords.isDictionaryWord(text.substring(at, cueEnd + 1));
    }

    /**
     * A cue of role {@code nocomma} with no comma or colon after it and none before it: the only way such a cue reads a
     * claim is {@link #takesClauseWithoutComma} ({@link #fitsPattern}), so its source is then tested by
     * {@link #nocommaSourceMissing}.
     */
    private boolean onNocommaRoute(Cue cue, int at, int cueEnd, int paragraphEnd) {
        return cue.pattern() == ClaimLexicon.Pattern.SUBJECT_COMMA && lexicon.is("nocomma", cue.word())
                && at > 0 && clauseOpeningBefore(at) < 0
                && !(cueEnd < paragraphEnd && "，,：:".indexOf(text.charAt(cueEnd)) >= 0);
    }

    /**
     * Whether the cue {@code [at, cueEnd)} is a word of its own with a clause right after it: no particle, punctuation,
     * 着/著 or preposition next (指的是, 指着, 指向; not 除了, 随着, 由于), no clause mark in its first four chars. With {@code fullClause},
     * a measure word does not open one either, and 在 does (区指在香港历史上，…: a phrase of place or time).
     */
    private boolean clauseFollowsWord(int at, int cueEnd, int paragraphEnd, boolean fullClause) {
        if (!doc.tokenStartsAt(at) || !doc.tokenStartsAt(cueEnd) || cueEnd + 4 > paragraphEnd) {
            return false;
        }
        int next = doc.firstTokenAtOrAfter(cueEnd);
        if (next >= tokens.size()) {
            return false;
        }
        String pos = tokens.get(next).pos();
        // 指除了政府以行政暴力打压外，…: a preposition opening an adverbial of the whole clause (role clausepreposition) opens it
        boolean preposition = pos.startsWith("p") && !(fullClause && tokens.get(next).text().equals("在"))
                && !lexicon.is("clausepreposition", tokens.get(next).text());
        return !pos.startsWith("u") && !preposition && !pos.startsWith("w") && !(fullClause && pos.startsWith("q"))
                && "着著".indexOf(text.charAt(cueEnd)) < 0 && clauses.noClauseMark(cueEnd, cueEnd + 4);
    }

    /**
     * Whether the cue at {@code at} is on the nocomma route ({@link #onNocommaRoute}) and its source names no one who
     * speaks (a person or an organization, a pronoun, a title, a descriptive head such as 媒体 or 专家, a medium),
     * since after any other noun 指 defines it (病毒空气传播指病毒可能会…).
     */
    private boolean nocommaSourceMissing(Cue cue, int at, int cueEnd, Subject subject, int paragraphEnd) {
        if (!onNocommaRoute(cue, at, cueEnd, paragraphEnd)) {
            return false;
        }
        if (subject.status() != Status.OK || subject.end() > at || subject.start() < clauses.clauseStart(at)) {
            return true;   // a source of the clause before (…hegemony，既指国家的…) is no source of this 指
        }
        for (int k = doc.firstTokenAtOrAfter(subject.end()); k < tokens.size() && tokens.get(k).start() < at; k++) {
            if (!BETWEEN_SOURCE_AND_NOCOMMA.contains(tokens.get(k).pos().substring(0, 1))) {
                return true;   // 黎智英用粗口指骂…: only adverbs and times (蓬佩奥周三指, 他也指) stand between
            }
        }
        Optional<String> index = lexicon.longestSuffix("indexname", text, subject.start(), cueEnd);
        if (index.isPresent() && doc.tokenStartsAt(cueEnd - index.get().length())) {
            return true;   // 沪综指在几周内下滑, 恒指周三…: a stock index named with 指, no one speaking (报道指 is 报道 + 指)
        }
        // 研究发现其中…, 一项调查发现…: a study or survey (role findingsource) finds as a source of 发现, though it speaks as no other
        return !speaksAsSource(subject) && !(lexicon.is("finding", cue.word()) && findsAsSource(subject));
    }

    /**
     * Whether a source read far from its cue (back over clauses, or inside another claim's content) ends in someone who
     * speaks: a name of any type (北京方面's 北京 too, unlike {@link #speaksAsSource}, which keeps places from 指), a pronoun,
     * a title or descriptive head, and with {@code partyOfFrame} a party word (警方). A bare noun there is a topic as often.
     */
    private boolean endsInSpeaker(Subject subject, boolean partyOfFrame) {
        String words = text.substring(subject.start(), subject.end());
        return doc.mentionEndingAt(subject.end()).isPresent() || lexicon.is("pronoun", words)
                || lexicon.longestSuffix("title", text, subject.start(), subject.end()).isPresent()
                || lexicon.longestSuffix("descriptive", text, subject.start(), subject.end()).isPresent()
                || partyOfFrame && lexicon.longestSuffix("frameparty", text, subject.start(), subject.end()).isPresent();
    }

    /**
     * For a cue that is as often a noun (role {@code speakeropens}: 预期): the source is its own clause's, opens that clause
     * (a time or adverb aside), holds no verb (unless it ends in a name), speaks ({@link #speaksAsSource}) or ends in a
     * head of role {@code forecaster} (投资者, 该行, 专家们), and only adverbs, times, conjunctions or a localizer
     * (报告中也预期) stand between it and the cue. 分析师预期，…, 该行并预期，… are forecasts; 好于经济学家预期，…
     * (a verb before the source), 这一幕超出孟晗预期 (a verb after it) are what was expected.
     */
    private boolean speakerOpensClause(Subject subject, int at, int clauseStart) {
        if (subject.status() != Status.OK || subject.end() > at || subject.start() < clauseStart) {
            return false;
        }
        for (int k = doc.firstTokenAtOrAfter(clauseStart); k < tokens.size() && tokens.get(k).start() < subject.start(); k++) {
            String pos = tokens.get(k).pos();
            if (!(pos.startsWith("t") || pos.startsWith("d") || pos.startsWith("w") || pos.startsWith("m") || pos.startsWith("q")
                    || doc.isTimeAt(tokens.get(k).start()))) {
                return false;   // 一如/v 外界预期, 超过/v 组织者预期
            }
        }
        for (int k = doc.firstTokenAtOrAfter(subject.end()); k < tokens.size() && tokens.get(k).start() < at; k++) {
            String pos = tokens.get(k).pos();
            if (!(pos.startsWith("d") || pos.startsWith("t") || pos.startsWith("c") || pos.startsWith("f"))) {
                return false;
            }
        }
        if (verbBetween(subject.start(), subject.end()) && doc.mentionEndingAt(subject.end()).isEmpty()) {
            return false;   // 超过/v 组织者预期
        }
        // 业绩预期，…, 该项目预期，…: a thing has expectations, no one forecasts
        return speaksAsSource(subject) || lexicon.longestSuffix("forecaster", text, subject.start(), subject.end()).isPresent();
    }

    /** Whether the source is exactly one word that is a verb of saying (警告, 批评): a cue, not anyone. */
    private boolean isSpeechVerb(Subject subject) {
        int length = subject.end() - subject.start();
        Optional<Cue> cue = lexicon.longestAt(text, subject.start());
        if (cue.isPresent() && cue.get().word().length() > length) {
            cue = lexicon.longestShorterAt(text, subject.start(), length + 1);   // 补充/vn 说: the longest entry there is 补充说
        }
        return cue.filter(c -> c.kind() == Kind.SPEECH && c.word().length() == length).isPresent();
    }

    /** A source that speaks: a person or organization named in it, or a pronoun, title, descriptive head or medium ending it. */
    private boolean speaksAsSource(Subject subject) {
        String source = text.substring(subject.start(), subject.end());
        return doc.personWithin(subject.start(), subject.end()).isPresent()
                || subject.end() - subject.start() == 1 && doc.surnameAntecedent(subject.start()).isPresent()   // 赵指 after 赵家贤
                || doc.mentionEndingAt(subject.end()).filter(m -> m.type() == EntityType.ORG).isPresent()
                || lexicon.is("pronoun", source)
                || lexicon.longestSuffix("title", text, subject.start(), subject.end()).isPresent()
                || lexicon.longestSuffix("descriptive", text, subject.start(), subject.end()).isPresent()
                || lexicon.longestSuffix("medium", text, subject.start(), subject.end()).isPresent();
    }

    /** Where the word after a conjunction of shared subject (并) opening the clause at {@code start} begins, or -1. */
    private int afterSharedSubject(int start) {
        int k = doc.firstTokenAtOrAfter(start);
        boolean opens = k < tokens.size() && tokens.get(k).start() == start && lexicon.is("sharedsubject", tokens.get(k).text());
        return opens ? tokens.get(k).end() : -1;
    }

    /**
     * Whether a verb of addressing (告诉, 批评) ends right before the quoted name closing at
     * {@code nameEnd}: 则告诉“拦截”网站说 names the one told after the quotation, not who speaks.
     */
    private boolean addressedBefore(int nameEnd) {
        Quotations.Quote q = quotations.endingAt(nameEnd);
        while (q != null && q.start() > 0 && quotations.endingAt(q.start()) != null) {
            q = quotations.endingAt(q.start());   // “观察者”“The Spectator”: the first of the run
        }
        if (q == null || q.start() == 0) {
            return false;
        }
        int k = doc.firstTokenAtOrAfter(q.start() - 1);
        return k < tokens.size() && tokens.get(k).end() == q.start() && lexicon.is("addressing", tokens.get(k).text());
    }

    /**
     * The source of the cue at {@code at}: the subject before it (after a quoted name when that is
     * where it stands), or for a cue opening its clause the subject of the clause before or of the
     * claim it continues. Null when there is none or it opens another claim's content.
     */
    private SourceReading readSource(Cue cue, int at, int clauseStart) {
        HostTrim hostTrim = null;
        Subject subject = sources.dropAdverbial(sources.findSubject(clauseStart, at), at);
        if (subject.status() == Status.OK && subject.end() == at && subject.start() > clauseStart
                && isSpeechVerb(subject)) {
            // 并警告/vn 说，…: a verb of saying glued to 说 after a conjunction or adverb is one cue with it (警告说), no
            // speaker; the subject is the clause before's, as for the cue alone (通报称 opening its clause names the notice)
            subject = Subject.ZERO_SUBJECT;
        }
        int afterName = clauses.lastQuotedNameEnd(clauseStart, at);
        if (subject.status() != Status.OK && afterName > clauseStart && !addressedBefore(afterName)) {
            // 对“巨大的恶魔”一词他解释说: the source follows the quoted name
            Subject after = sources.dropAdverbial(sources.findSubject(afterName, at), at);
            subject = after.status() == Status.OK ? after : subject;
        }
        int placeFrom = -1;   // where 在 opens the clause, read only for a clause with no subject found
        if (subject.status() == Status.INVALID) {
            placeFrom = cueUse.placePhraseStart(clauseStart, at);
            Subject named = placeFrom >= 0 ? subjectAfterPlacePhrase(placeFrom, at) : null;
            subject = named != null ? named : subject;   // 在新年贺词中习近平就强调: the name after the phrase speaks
        }
        if (subject.status() != Status.OK) {
            Subject named = quotedNameOpening(clauseStart, at);
            subject = named != null ? named : subject;   // 「纽约时报」今天表示: the quoted name opening the clause speaks
        }
        boolean locative = false;
        if (subject.status() == Status.INVALID && cueUse.verbPhraseOnly(clauseStart, at, at + cue.word().length())) {
            subject = Subject.ZERO_SUBJECT;   // …到中国考察，回来后感慨地说, …自知必死，对身边人说: the clause before's subject speaks
        } else if (subject.status() == Status.INVALID && cueUse.timeClauseOnly(clauseStart, at)) {
            subject = Subject.ZERO_SUBJECT;   // …，被问到工期的时候说: the subject is the clause before's
        } else if (subject.status() == Status.INVALID && placeFrom >= 0 && cueUse.locativeClauseOnly(placeFrom, at)) {
            subject = Subject.ZERO_SUBJECT;   // 赵立坚，在推特上表示: the subject is the clause before's
            locative = true;
        }
        Optional<String> via = cue.medium();
        if (subject.status() == Status.ZERO) {
            if (clauseStart == 0 || "，,".indexOf(text.charAt(clauseStart - 1)) < 0 && !clauses.isSpaceBoundary(clauseStart - 1)) {
                // 信中称，… / 书中还声称，… opening a sentence: no clause before wrote it, the writing is the source named
                Subject writing = sources.writingOpening(clauseStart, at);
                if (writing == null) {
                    // 麦康奈尔…说：“…。”并补充说，…: 并 + a cue of adding opening the sentence right after a claim's content
                    // goes on with that claim's speaker
                    ClaimDraft added = claimAddedTo(clauseStart, at);
                    return added == null ? null : new SourceReading(sources.findSubject(added.speakerStart, added.speakerEnd), via);
                }
                return new SourceReading(writing, via);
            }
            // A cue opening a clause (…发表署名文章，称…) shares the subject of the clause before.
            int previousStart = clauses.clauseStart(clauseStart - 1);
            boolean continued = insideContent(at);
            if (continued) {
                // 他认为方案不够好，并补充说…: right after a one-clause content, 并 + cue goes on
                // with that claim's speaker, and that content ends before it
                ClaimDraft host = continuedClaim(previousStart, clauseStart, at);
                if (host == null) {
                    SourceReading own = ownSubjectInsideContent(previousStart, clauseStart, at, via);
                    return own != null ? own : speakerGoesOnAfterConjunction(cue, previousStart, clauseStart, at, via);
                }
                subject = sources.findSubject(host.speakerStart, host.speakerEnd);
                if (subject.status() != Status.OK || lexicon.is("finding", cue.word()) && !findsAsSource(subject)) {
                    return null;   // 他称，…，最后发现，…: 他 finds nothing reported (role finding), and 他's content goes on
                }
                int hostEnd = clauses.trimEnd(host.contentStart, clauseStart);
                hostTrim = new HostTrim(host, hostEnd,
                        contents.hasQuotedSpeech(host.contentStart, hostEnd) ? ClaimForm.MIXED : ClaimForm.INDIRECT);
            } else {
                int beforeDash = clauseBeforeDashApposition(previousStart, clauseStart - 1);
                if (beforeDash >= 0) {
                    // FCC否决了另一家公司——中国移动…的申请，称…: the dash names the object again, the clause's subject speaks
                    previousStart = beforeDash;
                }
                subject = sources.findSubject(previousStart, beforeDash >= 0 ? dashStartAfter(beforeDash, clauseStart - 1) : clauseStart - 1);
                int afterShared = afterSharedSubject(previousStart);
                if ((subject.status() == Status.OK && subject.start() == afterShared || subject.status() != Status.OK && subject.status() != Status.SOURCELESS && afterShared >= 0)
                        && previousStart > 0 && "，,".indexOf(text.charAt(previousStart - 1)) >= 0) {
                    // 该组织发表声明，并要求/n 市政府停止拆迁，认为…: the 并 clause has no subject of its own
                    // (its verb shares the one before), so a source read right after 并 starts with a verb
                    // HanLP tagged a noun, or no source is read there at all (并要求/v 市政府…: a verb phrase); the subject
                    // is the clause before's. One read later in the clause
                    // (并要求他们写下保证书，承诺…: 他们) is the object that the next verb takes as its subject.
                    subject = sources.findSubject(clauses.clauseStart(previousStart - 1), previousStart - 1);
                }
                Subject sender = senderOfMessage(previousStart, clauseStart - 1);
                if (sender != null) {
                    subject = sender;   // 她收到媒体人路德的提醒，称…: the reminder's author says it, not 她
                }
                // a clause with no subject read is read back over (北京方面…，加大了…，并警告说); one whose subject is the
                // writer's or no one's (有人上街抗议，并警告说) stays sourceless
                subject = subject.status() == Status.OK || subject.status() == Status.SOURCELESS
                        ? subject : subjectBeforeVerbClauses(previousStart);
            }
            if (subject.status() == Status.OK && !continued) {
                subject = actingSubject(subject);
            }
            if (subject.status() == Status.OK && !continued && lexicon.is("belief", cue.word())
                    && subject.end() >= clauses.trimEnd(previousStart, clauseStart - 1) && !speaksAsSource(subject)) {
                // 更无聊的事故，相信发生在…: after a clause that is a bare noun phrase naming no one who speaks (a topic),
                // a belief verb is the writer's hedge (presumably); 隔壁的一位大姐，在楼道里说 still speaks
                return null;
            }
            if (subject.status() != Status.OK) {
                return null;
            }
            if (locative && !continued && !opensOrClosesClause(subject, previousStart, clauseStart - 1)) {
                return null;   // …的习近平先生在外出访问…时，在一次公开谈话中说道: a name inside the clause before is no sure subject
            }
            if (via.isEmpty() && !continued) {
                via = mediumIn(subject.end(), clauseStart - 1);
            }
        } else if (subject.status() != Status.OK || reportedInside(subject.start(), at) || speaksAnEarlierCue(subject, at)) {
            return null;
        } else if (via.isEmpty()) {
            via = mediumIn(subject.end(), at);
        }
        return new SourceReading(subject, via, hostTrim);
    }

    /**
     * 特朗普…抨击他的对手——民主党的拜登，指…; FCC投票否决了另一家公司——中国移动…的申请，称…: the clause before a zero-subject
     * cue opens right after an em dash that follows a noun, and ends in a noun itself: it is an apposition naming the object
     * again, not a clause with a subject of its own. Returns the start of the clause before the dash, or -1 when it is not
     * so (……——他的邻居还说 ends in a verb; 2020——… follows a number).
     */
    private int clauseBeforeDashApposition(int clauseStart, int clauseEnd) {
        if (clauseStart < 2 || text.charAt(clauseStart - 1) != '—') {
            return -1;
        }
        int dash = dashRunStart(clauseStart);
        if (dash < 1) {
            return -1;
        }
        int before = doc.firstTokenAtOrAfter(dash) - 1;
        int last = doc.firstTokenAtOrAfter(clauseEnd) - 1;
        if (before < 0 || last < 1 || tokens.get(before).end() != dash || tokens.get(last).end() != clauseEnd
                || !endsInNoun(tokens.get(before))) {
            return -1;
        }
        // …中国移动的申请/v: a verb right after 的 heads a noun phrase too
        boolean nounPhrase = endsInNoun(tokens.get(last))
                || tokens.get(last - 1).text().equals("的") && tokens.get(last).pos().startsWith("v");
        if (!nounPhrase) {
            return -1;
        }
        int start = clauses.clauseStart(dash);
        // 全球最大的社交媒体公司——脸书，表示…: a bare subject before the dash is the one named again, the name speaks;
        // 记者采访了一位居民——67岁的王大妈，说…: the one met (role meetingverb) may be the one who speaks
        return start < dash && clauses.skipLeading(start, dash) < dash && !subjectOnly(start, dash)
                && !(meetsSomeoneFirst(start, dash) && namesPersonAt(clauseEnd)) ? start : -1;
    }

    /** 一位居民——67岁的王大妈: the apposition ends in a person mention or a person head (not 对手——一家美国公司). */
    private boolean namesPersonAt(int end) {
        int last = doc.firstTokenAtOrAfter(end) - 1;
        return doc.mentionEndingAt(end).filter(m -> m.type() == EntityType.PERSON).isPresent()
                || last >= 0 && tokens.get(last).pos().startsWith("nr")
                || last >= 0 && lexicon.longestSuffix("personhead", text, tokens.get(last).start(), end).isPresent();
    }

    /** 全球最大的社交媒体公司——脸书: the clause before the dash is only a subject (no verb), named again after it. */
    private boolean subjectOnly(int start, int dash) {
        Subject s = sources.findSubject(start, dash);
        return s.status() == Status.OK && s.end() >= dash;
    }

    private int dashStartAfter(int from, int to) {
        int k = text.indexOf('—', from);
        return k >= 0 && k < to ? k : to;
    }

    /**
     * 村民们非常愤怒，并称…; 对方律师也在场，并称…: a person subject (a person mention, title, descriptive or person head)
     * whose predicate, adverbs aside, is an adjective or a state verb (words.tsv role statepredicate). Unlike a thing that
     * only is (总统身体很好: a topic noun after the subject), the person in that state may be the one going on.
     */
    private boolean personInStateAfter(Subject own, int to) {
        int head = text.startsWith("们", own.end() - 1) && own.end() - 1 > own.start() ? own.end() - 1 : own.end();   // 村民们
        boolean person = endsInSpeaker(own, false)
                || lexicon.longestSuffix("personhead", text, own.start(), head).isPresent()
                || lexicon.longestSuffix("title", text, own.start(), head).isPresent()
                || lexicon.longestSuffix("descriptive", text, own.start(), head).isPresent()
                || doc.mentionEndingAt(own.end()).filter(m -> m.type() == EntityType.PERSON).isPresent();
        if (!person) {
            return false;
        }
        int k = doc.firstTokenAtOrAfter(own.end());
        while (k < tokens.size() && tokens.get(k).end() <= to && tokens.get(k).pos().startsWith("d")) {
            k++;
        }
        if (k >= tokens.size() || tokens.get(k).end() > to) {
            return false;
        }
        CharToken t = tokens.get(k);
        return t.pos().startsWith("a") || lexicon.is("statepredicate", t.text());
    }

    /**
     * “躺平”是一种生活态度: a clause opening with a quoted term and the copula 是 right after its closing mark; {@code lead}
     * is the clause's first word (past the opening mark, which skipLeading passes) or the mark itself.
     */
    private boolean quotedTermDefinedAt(int lead, int to) {
        Quotations.Quote q = lead < to ? quotations.startingAt(lead) : null;
        if (q == null && lead > 0) {
            q = quotations.startingAt(lead - 1);
        }
        return q != null && text.startsWith("是", q.end());   // the clause may end at the closing mark (“躺平”/是…)
    }

    /** Where the run of em dashes ending right before {@code at} starts. */
    private int dashRunStart(int at) {
        int k = at;
        while (k > 0 && text.charAt(k - 1) == '—') {
            k--;
        }
        return k;
    }

    /** A noun (not a Latin string), a verbal noun or the end of a name (对手, 申请/vn, 拜登): the end of a noun phrase. */
    private boolean endsInNoun(CharToken token) {
        return token.pos().startsWith("n") && !token.pos().equals("nx") || token.pos().equals("vn")
                || doc.mentionEndingAt(token.end()).isPresent();
    }

    /**
     * 北京方面非常恼火，加大了对…的攻击力度，并警告说，…: the clause before the cue opens with a verb (its subject is the one
     * before it too), so the subject is read in the clause before that, across at most {@link #MAX_SHARED_CLAUSES} such
     * clauses joined by commas. {@link Subject#INVALID_SUBJECT} when none is found.
     */
    private Subject subjectBeforeVerbClauses(int previousStart) {
        int clause = previousStart;
        for (int step = 0; step < MAX_SHARED_CLAUSES; step++) {
            if (!opensWithVerb(clause) || clause == 0 || "，,".indexOf(text.charAt(clause - 1)) < 0) {
                return Subject.INVALID_SUBJECT;
            }
            int before = clauses.clauseStart(clause - 1);
            Subject subject = sources.findSubject(before, clause - 1);
            if (subject.status() == Status.OK) {
                // only a source that speaks reaches this far, and ends there (北京方面, 香港警方, 蓬佩奥): a bare noun there is a
                // topic as often, and a person's name followed by more words (许章润教授拍案而起) is a phrase read too far
                return endsInSpeaker(subject, true) ? subject : Subject.INVALID_SUBJECT;   // 香港警方: a party of a frame too
            }
            clause = before;
        }
        return Subject.INVALID_SUBJECT;
    }

    /** Clauses with no subject of their own read back before a zero-subject cue (北京方面…，加大了…，并警告说). */
    private static final int MAX_SHARED_CLAUSES = 2;

    /** Adverbs of going on that open a sentence with no subject right after a claim (又说，…, 并称，…, 还表示，…). */
    private static final java.util.Set<String> GOING_ON = java.util.Set.of("又", "还", "并", "并且");

    /**
     * Whether the clause at {@code clauseStart} opens (after times and adverbs) with a verb (not a verbal noun) or a
     * preposition of topic (针对, 就, 对): no subject of its own.
     */
    private boolean opensWithVerb(int clauseStart) {
        if (opensWithBaMark(clauseStart)) {
            return true;
        }
        int k = doc.firstTokenAtOrAfter(clauses.skipLeading(clauseStart, text.length()));
        while (k < tokens.size() && tokens.get(k).pos().startsWith("d")) {
            k++;
        }
        // 例如/v 印度最近采取了…: a verb of example opens a clause with a subject of its own after it
        if (k < tokens.size() && tokens.get(k).pos().startsWith("p") && lexicon.is("topicpreposition", tokens.get(k).text())
                && !text.startsWith("对方", tokens.get(k).start())) {   // 对/p 方也很/nr 兴奋: the pronoun 对方 split, a subject
            // …发表一份声明，针对中国举行军演表达关切，表示…: a clause opened by a preposition of topic, whose own subject
            // the walk found none of, is a predicate of the clause before's subject
            return true;
        }
        // 分析/vn 了/ule …: a verbal noun with an aspect mark is the clause's verb
        boolean aspect = k + 1 < tokens.size() && tokens.get(k + 1).start() == tokens.get(k).end()
                && (tokens.get(k + 1).pos().equals("ule") || tokens.get(k + 1).pos().equals("uguo"));
        return k < tokens.size() && tokens.get(k).pos().startsWith("v") && (!tokens.get(k).pos().equals("vn") || aspect)
                && !doc.insideMention(tokens.get(k).start()) && !lexicon.is("exampleverb", tokens.get(k).text());
    }

    /**
     * 美国航空表示，正将/d 2.5万封通知发给员工，并警告称，…: after adverbs only (skipLeading would skip 将/d as one), 将/把
     * moving the object before the verb open a verb phrase whose subject is outside the clause.
     */
    private boolean opensWithBaMark(int clauseStart) {
        int k = doc.firstTokenAtOrAfter(clauses.skipSpaces(clauseStart, text.length()));
        while (k < tokens.size() && tokens.get(k).pos().startsWith("d") && !lexicon.is("bamark", tokens.get(k).text())) {
            k++;
        }
        return k < tokens.size() && lexicon.is("bamark", tokens.get(k).text())
                && (tokens.get(k).pos().startsWith("d") || tokens.get(k).pos().startsWith("p"));
    }

    /**
     * 越南也声称拥有部分海域的主权，北京方面在该海域的环礁上建设基地，但称是出于和平意图: inside another claim's indirect
     * content, a clause (not the content's first) with a subject of its own that speaks, then 但/并/却/而 + the cue: that subject
     * goes on to speak, and the other content ends before its clause (a content of one clause is {@link #continuedClaim}'s).
     * Null when it is not so.
     */
    private SourceReading ownSubjectInsideContent(int previousStart, int clauseStart, int at, Optional<String> via) {
        String head = text.substring(clauseStart, at).strip();
        boolean joined = head.length() == 1 && "但并却而".indexOf(head.charAt(0)) >= 0 || head.equals("并且");
        if (!joined && !head.isEmpty()
                || !lexicon.is("ownsubjectsaying", lexicon.longestAt(text, at).map(Cue::word).orElse(""))) {
            return null;   // 但称, 并表示, 表示: a conjunction or none and a verb of saying, nothing else (却一直抨击美国 may be a bare object)
        }
        ClaimDraft host = lastContentHolding(at);
        if (host == null || host.frame || host.form != ClaimForm.INDIRECT) {
            return null;
        }
        // 笔录显示，谢阳对这项指控坚决否认，表示…: the content's first clause, after its cue's comma, may hold the subject too;
        // after a clause of time only (孔杰荣说，两年前…治病时，他就曾劝说…，指出…) the subject's clause is the first that says something
        boolean firstClause = previousStart <= clauses.skipLeading(host.contentStart, at)
                || clauses.framingOnly(clauses.skipLeading(host.contentStart, at), previousStart);
        if (firstClause && (host.cueStart >= previousStart || previousStart < host.contentStart)) {
            return null;   // 他说谢阳否认，表示…: the cue's own clause, whose subject is the speaker
        }
        Subject subject = sources.findSubject(previousStart, clauseStart - 1);
        if (subject.status() != Status.OK || subject.start() != clauses.skipLeading(previousStart, clauseStart - 1)
                || verbBetween(subject.start(), subject.end())) {
            return null;   // 其中包括/v 香港特首林郑月娥，并表示: a list's member, not the subject
        }
        String words = text.substring(subject.start(), subject.end());
        if (!endsInSpeaker(subject, false) || words.equals(host.speakerStart >= 0 ? text.substring(host.speakerStart, host.speakerEnd) : "")) {
            return null;
        }
        if ((firstClause || head.isEmpty()) && (!actsAfter(subject.end(), clauseStart - 1)
                || willOrMustAfter(subject.end(), clauseStart - 1) || headOfRelativeClauseAfter(subject.end(), clauseStart - 1)
                || doc.mentionEndingAt(subject.end()).filter(m -> m.type() == EntityType.LOC).isPresent()
                || senderOfMessage(previousStart, clauseStart - 1) != null
                || possessorBeforeNoun(subject.end(), clauseStart - 1) || notDoneBeforeVerb(subject.end(), clauseStart - 1)
                || firstClause && !(speaksOrTakesStance(subject.end(), clauseStart - 1) || relaysOthers(host)))) {
            // 她说，总统身体很好，并称… / 李家超指，加拿大政府是政治凌驾法治，认为…: a subject that only is something (an
            // adjective or a copula after it) does nothing the cue could go on from; the speaker may go on as well. A place
            // (卢比奥表示，美国终於愿意…采取行动，并强调…) acts through the people the speaker speaks for, and the speaker goes on;
            // a message received (普陀警方接到王女士报警，称…) hands the cue to its sender. What the subject will, can or must
            // do (彭斯表示，该机构将于下周发布新指南，并称…; 他们要过一个星期才能发货，并称…) is the speaker's account of it, who
            // goes on; and a subject inside a relative clause (欧盟需要解决的问题包括…，并表示…) is not the clause's.
            // In the content's first clause a subject that only acted (国务院发言人说，北京当局关押了…，指出…; 蓬佩奥表示，中共违反了…，
            // 并强调…) is what the speaker criticises, and the speaker goes on: the cue goes over only after a verb of saying,
            // stance or arriving of the subject's own (谢阳…否认, 克里姆林宫驳斥, 王红章后来找过来，说…), or when the host is a text
            // or a reporter relaying others (笔录, 消息人士, …报). What the subject did not or should not do (特朗普并没有排除…;
            // 政府不应…) is the speaker's account; a possessor (诺伊尔的发言与…无关，并且表示…) is no subject of the clause
            return null;
        }
        if (firstClause || head.isEmpty()) {
            // the first clause stays the speaker's content (谢阳…否认 is what 笔录 shows); a later one goes with its subject
            int hostEnd = clauses.trimEnd(host.contentStart, firstClause ? clauseStart - 1 : previousStart);
            return new SourceReading(subject, via, new HostTrim(host, hostEnd,
                    contents.hasQuotedSpeech(host.contentStart, hostEnd) ? ClaimForm.MIXED : ClaimForm.INDIRECT, true));
        }
        host.contentEnd = clauses.trimEnd(host.contentStart, previousStart);
        host.form = contents.hasQuotedSpeech(host.contentStart, host.contentEnd) ? ClaimForm.MIXED : ClaimForm.INDIRECT;
        return new SourceReading(subject, via);
    }

    /** Conjunctions of going on that may open a clause of a speaker going on inside a content (并称, 又指, 还表示, 同时强调). */
    private static final Pattern GOING_ON_HEAD = Pattern.compile("(?:并且|并|又|还|同时)+");

    /**
     * 东京新闻说，北京派出的是…武警，又指…; 声明指出，制定…国安法，“…”，并称…; 卢比奥表示，美国终於愿意…，并强调…: 并/又/还/同时 +
     * a verb of saying (words.tsv role goingonsaying) inside another claim's indirect content that neither
     * {@link #continuedClaim} nor {@link #ownSubjectInsideContent} took: the claim's speaker goes on, and its content ends
     * before the clause, unless a clause of that content has a subject of its own (besides the speaker and 自己) who could
     * be the one going on: any subject that acts there (普京发动了…; 一名警察走了过来), not one that only is (中共是…威胁), a
     * place (美国终於愿意…) or what will or must be (中方将…; 努力可能扩展…). For a host that relays others (报导, 声明,
     * 路透社) a mention, pronoun, title or descriptive head declines however it acts, as does a content opening with 有 + a
     * new subject (有一名男子冲进店里，并称…). Null when it is not so.
     */
    private SourceReading speakerGoesOnAfterConjunction(Cue cue, int previousStart, int clauseStart, int at, Optional<String> via) {
        String head = text.substring(clauseStart, at).strip();
        int cueEnd = at + cue.word().length();
        if (!GOING_ON_HEAD.matcher(head).matches() || !lexicon.is("goingonsaying", cue.word())
                || insideOpenBracket(clauseStart, at) || cueEnd < text.length() && "了过着".indexOf(text.charAt(cueEnd)) >= 0
                || cueEnd + 1 < text.length() && "得不".indexOf(text.charAt(cueEnd)) >= 0 && "上起".indexOf(text.charAt(cueEnd + 1)) >= 0) {
            // …（QUAD，又称美日印澳四方同盟）: 又称 naming the thing again inside brackets; 还强调了一遍，说…: an aspect mark
            // makes the verb an act with an object (一遍), the words said come later; 还称得上/称不上成功: a verb of
            // reaching, no cue (not 称不会…: 不 + a verb is the words said)
            return null;
        }
        ClaimDraft host = lastContentHolding(at);
        if (host == null || host.frame || host.speakerStart < 0 || host.contentStart >= clauseStart
                || host.form != ClaimForm.INDIRECT && host.form != ClaimForm.MIXED) {
            return null;
        }
        Subject speaker = sources.findSubject(host.speakerStart, host.speakerEnd);
        if (speaker.status() == Status.OK && host.cue != null && lexicon.is("nohandover", host.cue)
                && !lexicon.is("pronoun", text.substring(speaker.start(), speaker.end()))
                && doc.mentionEndingAt(speaker.end()).filter(m -> m.type() == EntityType.PERSON).isEmpty()) {
            // 民调显示，七成受访者…，并认为…; 外界预测，…立场，并呼吁…: what a poll finds or a forecast sees is no speaker
            // who goes on (words.tsv role nohandover); a person or pronoun forecasting does (他预测，…，并呼吁…)
            return null;
        }
        if (speaker.status() != Status.OK || lexicon.is("finding", cue.word()) && !findsAsSource(speaker)) {
            return null;
        }
        String speakerWords = text.substring(host.speakerStart, host.speakerEnd);
        boolean relaying = relaysOthers(host);
        int contentFrom = clauses.skipLeading(host.contentStart, clauseStart);
        int clause = previousStart;
        int clauseEnd = clauseStart - 1;
        while (true) {
            int from = Math.max(clause, contentFrom);
            if (from < clauseEnd) {
                if (opensExistential(from)) {
                    return null;
                }
                if (clauseEnd == clauseStart - 1 && meetsSomeoneFirst(from, clauseEnd) && someoneElseIn(from, clauseEnd, speakerWords)) {
                    // 他说，…看到一名男子冲进来，并说要抢劫; …遇到了一位老人，并说…; 接获市民报案，并称…: the one the speaker saw,
                    // met or heard from, right before the cue, may be the one who goes on
                    return null;
                }
                Subject own = sources.findSubject(from, clauseEnd);
                String ownWords = own.status() == Status.OK ? text.substring(own.start(), own.end()) : "";
                int lead = clauses.skipLeading(from, clauseEnd);
                lead += text.startsWith("连", lead) ? 1 : 0;
                if (own.status() == Status.SOURCELESS && text.startsWith("有", lead)) {
                    return null;   // 当晚有人敲门，并称自己是警察: 有人 (one token, sourceless) is a new subject who may go on
                }
                if (lexicon.is("sensecue", cue.word()) && quotedTermDefinedAt(lead, clauseEnd)) {
                    // “躺平”是一种生活态度，又指…: the clause defines a term, 又指 gives its other sense (not “一国两制”是…，并强调…)
                    return null;
                }
                if (own.status() == Status.OK && (own.start() == lead || own.start() == lead - 1)
                        && (!verbBetween(own.start(), own.end()) || endsInSpeaker(own, false)
                            || lexicon.longestSuffix("personhead", text, own.start(), own.end()).isPresent())
                        && !ownWords.equals(speakerWords)
                        && !lexicon.is("reflexive", ownWords)
                        && (relaying && endsInSpeaker(own, false)
                            || (actsAfter(own.end(), clauseEnd) || personInStateAfter(own, clauseEnd))
                            && !willOrMustAfter(own.end(), clauseEnd)
                            && doc.mentionEndingAt(own.end()).filter(m -> m.type() == EntityType.LOC).isEmpty()
                            && !headOfRelativeClauseAfter(own.end(), clauseEnd))) {
                    // 拜登说，普京发动了这场战争，并称…; 他说，一名警察走了过来，并称…: a subject that acts there, whatever its
                    // noun (警察 is in no list), may be the one going on; so may a possessor's noun (广东省的武警…进行训练)
                    return null;
                }
            }
            if (clause <= contentFrom) {
                break;
            }
            clauseEnd = clause - 1;
            clause = clauses.clauseStart(clause - 1);
        }
        int hostEnd = clauses.trimEnd(host.contentStart, clauseStart - 1);
        return new SourceReading(speaker, via, new HostTrim(host, hostEnd,
                contents.hasQuotedSpeech(host.contentStart, hostEnd) ? ClaimForm.MIXED : ClaimForm.INDIRECT, true));
    }

    /**
     * Whether the first verb of {@code [from, to)} is one of seeing, meeting or hearing from someone (words.tsv role
     * meetingverb: 看到, 遇到, 听到) or of receiving (role receiving: 接获, 收到): its object may be the one who speaks next.
     */
    private boolean meetsSomeoneFirst(int from, int to) {
        for (int k = doc.firstTokenAtOrAfter(from); k < tokens.size() && tokens.get(k).end() <= to; k++) {
            CharToken t = tokens.get(k);
            if (t.pos().startsWith("v")) {
                return lexicon.is("meetingverb", t.text()) || lexicon.is("receiving", t.text());
            }
        }
        return false;
    }

    /**
     * Whether {@code [from, to)} names someone other than the speaker who could speak: a person mention (an organisation is
     * as often a place one goes to: 回到白宫继续工作), a pronoun, or a word ending in a title, a descriptive head or a person head (市民, 一名男子, 一位老人); 自己 and the speaker's
     * own words aside.
     */
    private boolean someoneElseIn(int from, int to, String speakerWords) {
        for (int k = doc.firstTokenAtOrAfter(from); k < tokens.size() && tokens.get(k).end() <= to; k++) {
            CharToken t = tokens.get(k);
            if (t.text().equals(speakerWords) || lexicon.is("reflexive", t.text())) {
                continue;
            }
            if (doc.mentionEndingAt(t.end()).filter(m -> m.type() == EntityType.PERSON).isPresent()
                    || lexicon.is("pronoun", t.text()) || t.pos().startsWith("nr") || t.pos().equals("nnt")
                    || lexicon.longestSuffix("title", text, t.start(), t.end()).isPresent()
                    || lexicon.longestSuffix("descriptive", text, t.start(), t.end()).isPresent()
                    || t.pos().startsWith("n") && lexicon.longestSuffix("personhead", text, t.start(), t.end()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether an opening bracket （ or ( before {@code at} in the clause's sentence is still open at {@code at}. */
    private boolean insideOpenBracket(int clauseStart, int at) {
        int depth = 0;
        for (int k = at - 1; k >= 0 && "。！？!?\n".indexOf(text.charAt(k)) < 0; k--) {
            char c = text.charAt(k);
            if (c == '）' || c == ')') {
                depth++;
            } else if (c == '（' || c == '(') {
                if (depth == 0) {
                    return true;
                }
                depth--;
            }
        }
        return false;
    }

    /**
     * Whether the predicate at {@code from} opens (after times and adverbs) with a future mark (将, 即将, 将会) or a modal (words.tsv
     * role modal: 要, 会, 能, 需要, 可能): what the subject will or must do, not what it did.
     */
    private boolean willOrMustAfter(int from, int to) {
        for (int k = doc.firstTokenAtOrAfter(from); k < tokens.size() && tokens.get(k).end() <= to; k++) {
            CharToken t = tokens.get(k);
            if (lexicon.is("future", t.text()) || lexicon.is("modal", t.text())) {
                return true;
            }
            if (!(t.pos().equals("t") || t.pos().startsWith("d") || doc.isTimeAt(t.start()))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the subject's own predicate in {@code [from, to)} is a verb of saying (a speech cue of cues.tsv: 劝说 aside, which
     * is listed), of stance (words.tsv role ownstance: 否认, 驳斥, 抹黑) or of coming to someone (role arriving: 到, 找过来,
     * 上门): the first verb after the subject decides (通过/p 多种方式抹黑 skips the preposition; 北京当局关押了… is an act).
     */
    private boolean speaksOrTakesStance(int from, int to) {
        for (int k = doc.firstTokenAtOrAfter(from); k < tokens.size() && tokens.get(k).end() <= to; k++) {
            CharToken t = tokens.get(k);
            if (t.pos().startsWith("v") && !t.pos().equals("vn")) {
                Optional<Cue> cue = lexicon.longestAt(text, t.start());
                return lexicon.is("ownstance", t.text()) || lexicon.is("arriving", t.text())
                        || cue.isPresent() && cue.get().kind() == Kind.SPEECH && cue.get().word().equals(t.text());
            }
        }
        return false;
    }

    /**
     * Whether a negation (words.tsv role notdone: 不, 没有, 并没有, 不应), a future mark or a modal comes before the first verb
     * after the subject, anywhere between (特朗普并没有排除…; 政府不应借疫情推迟…).
     */
    private boolean notDoneBeforeVerb(int from, int to) {
        for (int k = doc.firstTokenAtOrAfter(from); k < tokens.size() && tokens.get(k).end() <= to; k++) {
            CharToken t = tokens.get(k);
            if (lexicon.is("notdone", t.text()) || lexicon.is("future", t.text()) || lexicon.is("modal", t.text())) {
                return true;
            }
            if (t.pos().startsWith("v") && !t.pos().equals("vn")) {
                return false;
            }
        }
        return false;
    }

    /** Closing title marks, quotation marks and brackets at a speaker's end (《明报》, 「笔录」). */
    private static final Pattern CLOSING_MARKS_AT_END = Pattern.compile("[》」』”）)]+$");

    /** Whether the host's speaker is a text, a report or a reporter of others (words.tsv role textsource: 笔录, 消息人士, 《…报》). */
    private boolean relaysOthers(ClaimDraft host) {
        if (host.speakerStart < 0) {
            return false;
        }
        String speaker = CLOSING_MARKS_AT_END.matcher(text.substring(host.speakerStart, host.speakerEnd)).replaceAll("");
        for (int n = Math.min(4, speaker.length()); n >= 1; n--) {
            if (lexicon.is("textsource", speaker.substring(speaker.length() - n))) {
                return true;
            }
        }
        return false;
    }

    /** 诺伊尔的发言与会议主题无关: the subject read is followed by 的 + a noun, a possessor inside the clause's real subject. */
    private boolean possessorBeforeNoun(int from, int to) {
        int k = doc.firstTokenAtOrAfter(from);
        return k + 1 < tokens.size() && tokens.get(k).start() == from && tokens.get(k).text().equals("的")
                && tokens.get(k + 1).end() <= to && tokens.get(k + 1).pos().startsWith("n");
    }

    /**
     * 欧盟需要解决的问题包括…: a verb + 的 after the subject, then a noun and a verb in the same clause: the subject sits in a
     * relative clause whose head (问题) is the clause's subject. 世卫组织否认了闫博士的声明 (no verb after the noun) is none.
     */
    private boolean headOfRelativeClauseAfter(int from, int to) {
        int k = doc.firstTokenAtOrAfter(from);
        while (k < tokens.size() && tokens.get(k).end() <= to && !tokens.get(k).text().equals("的")) {
            k++;
        }
        if (k + 2 >= tokens.size() || tokens.get(k).end() > to || !tokens.get(k + 1).pos().startsWith("n")
                || k == 0 || !tokens.get(k - 1).pos().startsWith("v")) {
            return false;   // 总统用温情的语言描述…: 的 after a noun ties a modifier (温情的语言), no clause ending in a verb
        }
        for (int j = k + 2; j < tokens.size() && tokens.get(j).end() <= to; j++) {
            if (tokens.get(j).pos().startsWith("v") && !tokens.get(j).pos().equals("vn")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code [from, to)}, the words after a clause's subject, hold a verb of acting (谢阳对这项指控坚决否认, 世卫组织否认了…):
     * a verb that is not a copula (是, 成为: words.tsv role copula), one of dying or being hurt (role undergoing) nor a verbal noun.
     */
    private boolean actsAfter(int from, int to) {
        for (int k = doc.firstTokenAtOrAfter(from); k < tokens.size() && tokens.get(k).end() <= to; k++) {
            CharToken t = tokens.get(k);
            if (t.pos().startsWith("v") && !t.pos().equals("vn") && !t.pos().equals("vshi") && !lexicon.is("copula", t.text())
                    && !lexicon.is("undergoing", t.text())) {
                return true;   // 王先生在医院去世 (role undergoing): what befell the subject, no act it goes on from
            }
        }
        return false;
    }

    /**
     * （法新社香港15日电）「纽约时报」今天表示 / “纽约时报”表示: a short closed quotation that opens its clause (after a
     * line start, a space, a bracket or a sentence end) and ends right where the cue's clause starts, holding one
     * entity mention from end to end, with nothing but times and adverbs after it: the name speaks. A quotation
     * that is speech (“……”，X说) holds clause marks or names no entity. Null when there is none.
     */
    private Subject quotedNameOpening(int clauseStart, int at) {
        Quotations.Quote q = clauseStart > 0 ? quotations.endingAt(clauseStart) : null;
        if (q == null || !clauses.isShortName(q) || clauses.skipLeading(clauseStart, at) < at) {
            return null;
        }
        char before = q.start() == 0 ? '\n' : text.charAt(q.start() - 1);
        if (!(Character.isWhitespace(before) || "）)】]。！？!?".indexOf(before) >= 0)) {
            return null;
        }
        Optional<ClaimExtractor.MentionRef> name = doc.mentionEndingAt(q.innerEnd());
        return name.isPresent() && name.get().start() == q.innerStart() ? new Subject(Status.OK, q.innerStart(), q.innerEnd()) : null;
    }

    /**
     * The subject read in the clause before as who speaks in the clause opened by the cue, or
     * {@link Subject#ZERO_SUBJECT} when it cannot be. A verb's object read with the verb into the phrase
     * (海牙国际仲裁庭裁定/vn 中国, 王毅罕见批评美国: a verb right before the mention that ends it) is cut before
     * the verb, and the subject read there speaks; a verb alone (进行了澄清) is none; nor is a subject that a
     * copula follows when it names no one (明年均价为1,988美元，并称…, 我的私心是…，然后说…: no entity mention, no
     * pronoun): that clause describes a thing, and who speaks stands further back.
     */
    private Subject actingSubject(Subject subject) {
        int first = doc.firstTokenAtOrAfter(subject.start());
        if (first < tokens.size() && tokens.get(first).end() == subject.end() && tokens.get(first).pos().equals("v")) {
            return Subject.ZERO_SUBJECT;
        }
        Optional<ClaimExtractor.MentionRef> last = doc.mentionEndingAt(subject.end());
        if (last.isPresent() && last.get().start() > subject.start()) {
            int before = doc.firstTokenAtOrAfter(last.get().start()) - 1;
            if (before >= first && before < tokens.size() && tokens.get(before).end() == last.get().start()
                    && tokens.get(before).pos().startsWith("v")) {
                int verbAt = tokens.get(before).start();
                Subject cut = verbAt > subject.start() ? sources.dropAdverbial(sources.findSubject(subject.start(), verbAt), verbAt) : null;
                return cut != null && cut.status() == Status.OK && cut.end() <= verbAt ? cut : Subject.ZERO_SUBJECT;
            }
        }
        if (last.isPresent() || doc.insideMention(subject.end() - 1) || lexicon.is("pronoun", text.substring(subject.start(), subject.end()))) {
            return subject;
        }
        int k = doc.firstTokenAtOrAfter(subject.end());
        while (k < tokens.size() && tokens.get(k).pos().startsWith("d")) {
            k++;   // 均价仍为, 私心也是
        }
        if (k >= tokens.size()) {
            return subject;
        }
        String next = tokens.get(k).text();
        return next.equals("为") || next.equals("是") || lexicon.is("copula", next) ? Subject.ZERO_SUBJECT : subject;
    }

    /**
     * 在新年贺词中习近平就强调 / 在侧门安检时法警还称 / 在谈到…今后的对应时菅义伟指出: a clause opened by 在 + a phrase closed by a
     * localizer (a token ending in 上/中/里/内/时/后/前/间), then its own subject right before the cue (adverbs aside).
     * The last localizer after which a subject is read wins (今后 inside the phrase is no end of it). Null when none.
     * {@code from} is the 在 as {@link CueUse#placePhraseStart} found it.
     */
    private Subject subjectAfterPlacePhrase(int from, int at) {
        if (!clauses.noClauseMark(from, at)) {
            return null;
        }
        String clause = text.substring(from, at);
        if (clause.chars().anyMatch(c -> "（(《“「".indexOf(c) >= 0)) {
            return null;   // …尖阁诸岛（中国称钓鱼岛）: a bracket or a quotation may hold the cue's real frame
        }
        for (int p = at - 2; p > from + 1; p--) {
            if (LOCALIZERS.indexOf(text.charAt(p)) < 0) {
                continue;
            }
            int token = doc.firstTokenAtOrAfter(p);
            int owner = token > 0 && (token >= tokens.size() || tokens.get(token).start() > p) ? token - 1 : token;
            if (owner < 0 || owner >= tokens.size() || tokens.get(owner).end() != p + 1) {
                continue;   // the localizer must end its word (贺词/中, 安检/时), not open one (中国, 上海)
            }
            Subject after = sources.dropAdverbial(sources.findSubject(p + 1, at), at);
            if (after.status() == Status.OK && after.start() == p + 1) {
                return after;
            }
        }
        return null;
    }

    /**
     * True when the subject found says nothing: an existential 有 (网上有评论称), a relative clause after a
     * copula, a prepositional phrase, a subject that is told (被警告) or a rhetorical addressee (告诉我们).
     */
    private boolean speaksNoClaim(Cue cue, CueReading reading, Subject subject, int at, int clauseStart, int paragraphEnd) {
        int cueEnd = reading.end();
        if (lexicon.is("remindaddressee", cue.word()) && reading.contentFrom() > cueEnd && (!speaksAsSource(subject)
                || subject.status() == Status.OK && THING_POINTERS.contains(text.substring(subject.start(), subject.end())))) {
            return true;   // 这一事件提醒人们，…, 这些历史物品是在提醒人们，…: a thing reminds, the writer's figure
        }
        if (lexicon.is("speakeropens", cue.word()) && !speakerOpensClause(subject, at, clauseStart)) {
            return true;   // 好于经济学家预期，…, 一如外界预期，…, 这一幕超出孟晗预期，…: what was expected, a noun
        }
        if (nocommaSourceMissing(cue, at, cueEnd, subject, paragraphEnd)) {
            return true;   // 病毒空气传播指病毒可能会…: after a noun that does not speak, 指 defines it
        }
        if (subject.status() == Status.OK && subject.end() <= at && cueUse.placeEnds(subject) && cueUse.existentialAt(subject.end(), at)) {
            return true;   // 网上有评论称, 当地有民众表示: existential 有, no source named
        }
        if (subject.status() == Status.OK && subject.end() <= at
                && cueUse.inRelativeClauseAfterCopula(subject.end(), at, cueEnd, paragraphEnd)) {
            return true;   // 这家银行是第一个宣布降息的机构
        }
        if (subject.status() == Status.OK && subject.end() <= at && cueUse.insidePrepositionalPhrase(subject.end(), at, cueEnd, paragraphEnd)) {
            return true;   // 侃爷在他宣布参选的推文上加了…: the cue is inside 在…的推文上, nothing is reported
        }
        if (subject.status() == Status.OK && subject.end() <= at && cueUse.endsInModal(subject.start(), subject.end())) {
            return true;   // 可能会宣布, 台湾可能会更加强调, 我会及时告诉: the modal closing the source is the predicate's, a hypothesis
        }
        if (subject.status() == Status.OK && subject.end() <= at && cueUse.pivotBefore(subject.start())) {
            return true;   // 并要求他们写下保证书，承诺…: asked to promise, not promising
        }
        if (lexicon.is("evidence", cue.word()) && subject.status() == Status.OK && subject.end() <= at
                && "这那此".indexOf(text.charAt(subject.start())) >= 0) {
            return true;   // 这一声明显示, 这迹象表明: the writer's inference from a thing named before
        }
        if (lexicon.is("finding", cue.word()) && !(subject.status() == Status.OK && subject.end() <= at && findsAsSource(subject)
                && !verbBetween(subject.end(), at))) {
            // 研究发现，…: what a study or researcher finds is reported; 我发现，, 结果发现，, 记者发现， narrate what was
            // noticed, and 经调查发现， (经/经过 + the study) leaves the finder unnamed
            return true;
        }
        if (lexicon.is("ruling", cue.word()) && !(subject.status() == Status.OK && subject.end() <= at
                && (lexicon.longestSuffix("rulingbody", text, subject.start(), subject.end()).isPresent()
                    || doc.personWithin(subject.start(), subject.end()).isPresent())
                && !verbBetween(subject.end(), at))) {
            // 法院裁定，… is the court's statement; the noun before a comma (作出肯定的最终裁决，…, 这一亲共裁决，…) and
            // bodies that decide on other things (ITC, 商务部) report no ruling: only a court, a judge or a named person rules,
            // and only as the verb of its clause (国际仲裁庭…作出对菲律宾有利裁决，认为…: the noun after 作出)
            return true;
        }
        if (cueUse.passiveOrCausative(Math.max(clauseStart, subject.status() == Status.OK && subject.end() <= at ? subject.end() : clauseStart), at)) {
            return true;   // 学生被警告, 让议员们相信: the subject is told, not telling
        }
        if (cue.pattern() == ClaimLexicon.Pattern.ADDRESSEE && reading.contentFrom() > cueEnd
                && complements.genericAddressee(text.substring(cueEnd, reading.contentFrom()), subject)) {
            return true;   // 历史的经验告诉我们, 他们会告诉你: a rhetorical figure, not a report
        }
        return false;
    }

    /**
     * A source that can find what a cue of role {@code finding} reports: a study, survey, report or researcher
     * (role findingsource) not after 经/经过 (经调查发现，… leaves the finder unnamed).
     */
    private boolean findsAsSource(Subject subject) {
        return lexicon.longestSuffix("findingsource", text, subject.start(), subject.end()).isPresent()
                && !(subject.start() > 0 && "经过".indexOf(text.charAt(subject.start() - 1)) >= 0);
    }

    /**
     * 她收到媒体人路德的提醒，称…, 他的太太收到警方电话，指…: a clause that ends in a message received (role receiving, then
     * a message noun of role message) hands the cue opening the next clause to the message's sender, the part between
     * the receiving verb and 的 (路德), or without 的 to the message and who sent it (警方电话); null when the clause
     * before is no such one or no source is read there.
     */
    private Subject senderOfMessage(int from, int to) {
        int end = clauses.trimEnd(from, to);
        Optional<String> message = lexicon.longestSuffix("message", text, from, end);
        if (message.isEmpty() || !doc.tokenStartsAt(end - message.get().length())) {
            return null;
        }
        int messageStart = end - message.get().length();
        int after = -1;
        for (int k = messageStart - 1; k >= from && after < 0; k--) {
            Optional<String> verb = doc.tokenStartsAt(k) ? lexicon.longestPrefix("receiving", text, k, messageStart) : Optional.empty();
            if (verb.isPresent()) {
                after = k + verb.get().length();
            }
        }
        if (after < 0) {
            return null;
        }
        if (after < messageStart && text.charAt(after) == '了') {
            after++;
        }
        int de = text.lastIndexOf('的', messageStart - 1);
        int senderEnd = de >= after ? de : end;
        if (text.startsWith("来自", after)) {
            after += 2;   // 收到了来自吉林省高考委员会的通知
        }
        if (senderEnd <= after) {
            return null;
        }
        Subject sender = sources.findSubject(after, senderEnd);
        return sender.status() == Status.OK && sender.end() == senderEnd ? sender : null;
    }

    /** Whether a verb (vn too: 进行/vn 裁决) stands as a word of its own in {@code [from, to)}. */
    private boolean verbBetween(int from, int to) {
        for (int k = doc.firstTokenAtOrAfter(from); k < tokens.size() && tokens.get(k).end() <= to; k++) {
            if (tokens.get(k).start() >= from && tokens.get(k).pos().startsWith("v")) {
                return true;
            }
        }
        return false;
    }

    /** The claim with its content and speaker; null when the content states nothing or the speaker is none. */
    private PatternMatch claim(Cue cue, CueReading reading, SourceReading source, int at, int clauseStart, int paragraphEnd,
                               int paragraph) {
        ClaimDraft draft = new ClaimDraft();
        draft.cue = reading.text();
        draft.cueStart = at;
        draft.paragraph = paragraph;
        int contentFrom = reading.contentFrom();
        boolean tookNext = contents.fillContent(draft, contentFrom >= 0 ? contentFrom : reading.end(), clauseStart, paragraphEnd);
        if (draft.form != null && onNocommaRoute(cue, at, reading.end(), paragraphEnd)) {
            endBeforeSubjectlessCue(draft);
        }
        if (draft.form == null || propositions.isAttitudeOnly(cue.word(), draft) || propositions.isThingBelievedOrStance(reading.text(), draft)) {
            return null;
        }
        if (draft.form == ClaimForm.INDIRECT) {
            endTimePhrase(draft, clauseStart, at);
        }
        if (!speakers.attachSpeaker(draft, source.subject(), at)) {
            return null;
        }
        if (propositions.namesInformationOnly(draft)) {
            silentSpeakers.add(draft);   // 她以视频宣布这个消息。她说…: no claim, but 她 refers to her
            return null;
        }
        draft.via = draft.via.isPresent() ? draft.via : source.via();
        return new PatternMatch(draft, reading.end(), tookNext);
    }

    /** Conjunctions that may open a clause of going on before its cue (，但表示, ，并称). */
    private static final Pattern GOING_ON_CONJUNCTION = Pattern.compile("但|并|并且|还|也|同时|但是|而");

    /**
     * 拜登已经证实他将会参加最后一场辩论，但表示…; 特朗普证实美国要撤军，说要…: a content read with no comma after its cue
     * ({@link #takesClauseWithoutComma}) ends before a comma followed by a cue with no subject of its own (，称, ，说, ，但表示,
     * ，并表示): that clause is the speaker's next act, another claim, not more of what was confirmed.
     */
    private void endBeforeSubjectlessCue(ClaimDraft draft) {
        for (int k = draft.contentStart + 1; k < draft.contentEnd - 1; k++) {
            if ("，,".indexOf(text.charAt(k)) < 0) {
                continue;
            }
            int cueAt = k + 1;
            for (int length = 2; length >= 1; length--) {
                if (cueAt + length < draft.contentEnd && GOING_ON_CONJUNCTION.matcher(text.substring(k + 1, k + 1 + length)).matches()) {
                    cueAt = k + 1 + length;
                    break;
                }
            }
            int from = cueAt;
            if (doc.tokenStartsAt(from) && lexicon.longestAt(text, from).filter(c -> c.kind() == Kind.SPEECH
                    && doc.tokenStartsAt(from + c.word().length())).isPresent()) {
                draft.contentEnd = clauses.trimEnd(draft.contentStart, k);
                draft.form = contents.hasQuotedSpeech(draft.contentStart, draft.contentEnd) ? ClaimForm.MIXED : ClaimForm.INDIRECT;
                return;
            }
        }
    }

    /**
     * 在港澳办和中联办接连指控上周末的初选涉挑战港版国安法之后，区诺轩宣布…: a cue inside a phrase of time opened by 在 reports
     * up to the word that closes the phrase (之后, 以后, 后, 之前, 以前, 前, 时, 之际) at the end of the content's first clause;
     * the clause after the comma is the sentence's own. Not when a closer or a localizer (上, 中, 期间) closes the phrase
     * before the cue: the cue is then the sentence's own and its content goes on.
     */
    private void endTimePhrase(ClaimDraft draft, int clauseStart, int at) {
        int head = clauses.skipLeading(clauseStart, at);
        int opener = doc.firstTokenAtOrAfter(head);
        if (head >= at || text.charAt(head) != '在' || opener >= tokens.size() || tokens.get(opener).start() != head
                || !tokens.get(opener).pos().startsWith("p")) {
            return;
        }
        for (int k = opener + 1; k < tokens.size() && tokens.get(k).end() <= at; k++) {
            String word = tokens.get(k).text();
            if ((lexicon.is("timephrasecloser", word) || tokens.get(k).pos().equals("f")) && !doc.insideMention(tokens.get(k).start())) {
                return;   // 在接受采访时他表示…: the phrase closed before the cue, which is the sentence's own
            }
        }
        int end = draft.contentStart;
        while (end < draft.contentEnd && CLAUSE_BOUNDARIES.indexOf(text.charAt(end)) < 0 && OPENING_QUOTE_MARKS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        if (end >= draft.contentEnd) {
            return;
        }
        for (int length = MAX_TIME_PHRASE_CLOSER; length >= 1; length--) {   // longest first: 之后 before 后
            int cut = end - length;
            if (cut > draft.contentStart + 1 && lexicon.is("timephrasecloser", text.substring(cut, end)) && doc.tokenStartsAt(cut)) {
                draft.contentEnd = cut;
                return;
            }
        }
    }

    /** The longest word that closes a phrase of time opened by 在 (words.tsv role timephrasecloser: 之后, 后, 时). */
    private static final int MAX_TIME_PHRASE_CLOSER = 2;
    private static final String OPENING_QUOTE_MARKS = "“「『\"";

    /**
     * The claim whose indirect content runs up to the clause at {@code clauseStart} when that clause is 并/还/也/同时 + the
     * cue at {@code cueAt}, so that the cue goes on with the claim's speaker; null otherwise. The content must be the
     * single clause {@code [previousStart, clauseStart)} (its cue opens that clause), since a content of several clauses
     * may hold another subject who goes on, unless the speaker is named again in the clause before 并
     * ({@link #speakerAgainBefore}), the claim is a call on others whose later clauses open with verbs
     * ({@link #appealOfVerbClauses}), or the cue is one of adding (并补充说: role adding, also after quoted words).
     */
    private ClaimDraft continuedClaim(int previousStart, int clauseStart, int cueAt) {
        String head = text.substring(clauseStart, cueAt).strip();
        Optional<String> connective = lexicon.longestPrefix("connective", head, 0, head.length());
        if (connective.isPresent()) {
            // 港府宣布周三起禁止堂食，结果周四就宣布…: what the same source did next; the claim's
            // content ends before it, however many clauses it has
            String rest = head.substring(connective.get().length());
            int k = doc.firstTokenAtOrAfter(cueAt - rest.length());
            for (; k < tokens.size() && tokens.get(k).start() < cueAt; k++) {
                CharToken t = tokens.get(k);
                if (!(t.pos().equals("t") || t.pos().startsWith("d") || doc.isTimeAt(t.start()) || t.pos().startsWith("w"))) {
                    return null;
                }
            }
            for (int j = drafts.size() - 1; j >= 0; j--) {
                ClaimDraft d = drafts.get(j);
                if (cueAt >= d.contentStart && cueAt < d.contentEnd) {
                    return !d.frame && d.form != ClaimForm.DIRECT && d.speakerStart >= 0 && d.contentStart < clauseStart ? d : null;
                }
            }
            return null;
        }
        int conjunctions = 0;
        // 但 too: 成员国领导人强调他们渴望达成协议，但警告称，… (the speaker goes on, against what was said, as after 并)
        while (conjunctions < head.length() && "并且同时还也又但".indexOf(head.charAt(conjunctions)) >= 0) {
            conjunctions++;
        }
        String rest = head.substring(conjunctions);
        // 并补充说, 并错误声称, 并多次表示, 并在禁令颁布后回应称: conjunctions, then at most an adverb
        // of how or how often or a time phrase
        boolean atTime = !rest.isEmpty() && text.startsWith(rest, cueAt - rest.length()) && cueUse.atTimeOnly(cueAt - rest.length(), cueAt);
        if (conjunctions == 0 || !rest.isEmpty() && !lexicon.is("gluedadverb", rest) && !TIME_PHRASE.matcher(rest).matches() && !atTime) {
            return null;
        }
        // 蓬佩奥说，…，总统好像“精神不错”，并补充说：“…”: adding (role adding) is what the speaker does to the words said, so 并补充说
        // goes on with the claim's speaker however many clauses and quoted words its content has
        boolean adding = isAddingCue(cueAt);
        for (int k = drafts.size() - 1; k >= 0; k--) {
            ClaimDraft d = drafts.get(k);
            if (cueAt >= d.contentStart && cueAt < d.contentEnd) {
                boolean sameCue = d.cue != null && lexicon.longestAt(text, cueAt).filter(c -> c.word().equals(d.cue)).isPresent()
                        && !cueWithin(previousStart, clauseStart);   // 律师说，警方承认有错误，并说会道歉: 警方 may say it
                boolean ok = !d.frame && (d.form == ClaimForm.INDIRECT
                            || d.form == ClaimForm.MIXED && (adding || sameCue || !contents.hasQuotedSpeech(d.contentStart, clauseStart)))
                        && d.speakerStart >= 0
                        && (adding || d.cueStart >= previousStart || speakerAgainBefore(d, previousStart, clauseStart - 1)
                            || appealOfVerbClauses(d, previousStart) || goesOnAfterOneClause(d, previousStart, sameCue))
                        && d.contentStart < clauseStart;
                return ok ? d : null;
            }
        }
        return null;
    }

    /**
     * 美国国防部则呼吁各国保持克制，避免…军事活动，并表示…: the content of a call on others (role {@code appeal}) whose later
     * clauses up to the 并 clause all open with a verb is what the ones called on should do, and they do not go on to
     * speak; the 并 clause is the caller's.
     */
    private boolean appealOfVerbClauses(ClaimDraft host, int previousStart) {
        if (host.cue == null || !lexicon.is("appeal", host.cue)) {
            return false;
        }
        int clause = previousStart;
        while (clause > host.contentStart) {
            if (!opensWithVerb(clause)) {
                return false;
            }
            clause = clauses.clauseStart(clause - 1);
        }
        return true;
    }

    /** Whether the cue at {@code cueAt} is one of adding to what was said (补充说: words.tsv role adding). */
    /**
     * 外交部表示，并未授权该次会面，并称…; 委员表示，网络中仍存在…，并表示…: the host's content is the one clause right after its
     * cue's comma, and either that clause opens with a verb (its subject is the speaker's) or the 并 clause repeats the host's
     * cue word: the speaker goes on, as after a one-clause content glued to its cue. A content clause with a subject of its own
     * (她说，总统…描述…，并称…) keeps the 并 clause, unless the same cue again says who goes on ({@code sameCue}, which also
     * lets a content with scare quotes go on: 仍存在“不值得信任的设备”，并表示).
     */
    /** Whether a cue of speech starts inside {@code [from, to)} (a claim reported inside the content). */
    private boolean cueWithin(int from, int to) {
        for (int k = from; k < to; k++) {
            if (lexicon.longestAt(text, k).filter(c -> c.kind() == Kind.SPEECH).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private boolean goesOnAfterOneClause(ClaimDraft host, int previousStart, boolean sameCue) {
        // 美国商务部称，将暂停“…优惠待遇，包括出口许可豁免”，并称…: a comma inside a quotation ends no clause of the content
        previousStart = clauseStartOutsideQuotations(host.contentStart, previousStart);
        return host.contentStart >= previousStart && host.cueStart < previousStart
                && (sameCue || opensWithVerb(previousStart) && !opensExistential(previousStart));
    }

    /**
     * {@code previousStart} moved back to {@code contentStart} when every clause mark between them lies inside a closed
     * quotation (“…，…”) that opened after {@code contentStart}: the content is then one clause around its quoted words.
     */
    private int clauseStartOutsideQuotations(int contentStart, int previousStart) {
        if (previousStart <= contentStart) {
            return previousStart;
        }
        int depth = 0;
        for (int k = contentStart; k < previousStart; k++) {
            char c = text.charAt(k);
            if (c == '“' || c == '「') {
                depth++;
            } else if (c == '”' || c == '」') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && Clauses.CLAUSE_MARKS.indexOf(c) >= 0) {
                return previousStart;
            }
        }
        return depth == 0 ? contentStart : previousStart;
    }

    /** Verbs of being there or coming about that open a clause with a new subject after them (有一名男子冲进店里). */
    private static final Set<String> EXISTENTIAL_VERBS = Set.of("有", "来", "出现", "发生", "冒出");

    /**
     * 店主说，有一名男子冲进店里，并称…; 她说，来了两个警察，并称…: a clause opening with a verb of existence (有, 来了, 出现)
     * and then a numeral, a measure word or a noun for people introduces a new subject, who may be the one who goes on (并称):
     * not a clause whose subject is the speaker's. 有信心…, 有必要… (an abstract noun) still are the speaker's.
     */
    private boolean opensExistential(int clauseStart) {
        int k = doc.firstTokenAtOrAfter(clauses.skipLeading(clauseStart, text.length()));
        while (k < tokens.size() && tokens.get(k).pos().startsWith("d")) {
            k++;
        }
        if (k >= tokens.size() || !EXISTENTIAL_VERBS.contains(tokens.get(k).text())) {
            return false;
        }
        k++;
        while (k < tokens.size() && (tokens.get(k).text().equals("了") || tokens.get(k).text().equals("着"))) {
            k++;
        }
        if (k >= tokens.size()) {
            return false;
        }
        String pos = tokens.get(k).pos();
        String word = tokens.get(k).text();
        return pos.startsWith("m") || pos.startsWith("q") || pos.startsWith("n") && (word.endsWith("人") || word.endsWith("者")
                || word.endsWith("员") || word.endsWith("们") || word.endsWith("友") || word.endsWith("子")
                || lexicon.longestSuffix("descriptive", word, 0, word.length()).isPresent());
    }

    private boolean isAddingCue(int cueAt) {
        return lexicon.longestAt(text, cueAt).filter(c -> lexicon.is("adding", c.word())).isPresent();
    }

    /**
     * An adverb of going on (又, 还, 并, 并且) alone before any cue, opening the sentence at {@code clauseStart} right after
     * the content of the last claim read (its end, a sentence mark and a closing quotation mark between): that claim, whose
     * speaker goes on (…说，政府会加强监管。又说，…, …表示：“…。”并称，…, 并补充说): the sentence has no subject but the
     * speaker's. Null when it is not so. Whether the cue is one of adding (补充说) does not matter here.
     */
    private ClaimDraft claimAddedTo(int clauseStart, int cueAt) {
        String opener = text.substring(clauseStart, cueAt).strip();
        if (!GOING_ON.contains(opener) || drafts.isEmpty()) {
            return null;
        }
        ClaimDraft last = drafts.get(drafts.size() - 1);
        if (last.speakerStart < 0 || last.contentEnd > clauseStart || clauseStart - last.contentEnd > 3
                || text.substring(last.contentEnd, clauseStart).chars().anyMatch(c -> "。！？”」\"".indexOf(c) < 0)
                || sources.findSubject(last.speakerStart, last.speakerEnd).status() != Status.OK) {
            return null;
        }
        return last;
    }

    /**
     * 在视频中他表示，他正在从医生那里获得“好的报告”，并表示…: in a content of several clauses, the clause right
     * before 并 has the claim's speaker as its own subject again (the same words, 他/她 for a person, or a mention of
     * the speaker's entity), so the 并 clause goes on with that speaker. Another subject there (她说，总统…，并称…)
     * may be the one who goes on, so then the content keeps the clause.
     */
    private boolean speakerAgainBefore(ClaimDraft host, int previousStart, int previousEnd) {
        Subject subject = sources.findSubject(previousStart, previousEnd);
        if (subject.status() != Status.OK || host.speakerEnd <= host.speakerStart) {
            return false;
        }
        String words = text.substring(subject.start(), subject.end());
        boolean pronoun = (words.equals("他") || words.equals("她")) && host.speakerKind == ClaimExtractor.SpeakerKind.PERSON;
        boolean sameEntity = host.speakerEntity.isPresent()
                && doc.mentionEndingAt(subject.end()).filter(m -> m.start() == subject.start())
                    .map(m -> m.entityId().equals(host.speakerEntity.get())).orElse(false);
        return words.equals(text.substring(host.speakerStart, host.speakerEnd)) || pronoun || sameEntity;
    }

    private Optional<String> mediumIn(int from, int to) {
        String best = null;
        for (int k = from; k < to; k++) {
            Optional<String> medium = lexicon.longestPrefix("medium", text, k, to);
            if (medium.isPresent() && (best == null || medium.get().length() > best.length())) {
                best = medium.get();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * 联合声明说，俄罗斯重申支持……: a source opening another claim's content is part of what that
     * claim reports, not a claim of the text. Frames are exempt: 根据X，Y说 is Y's claim.
     */
    private boolean reportedInside(int subjectStart, int cueAt) {
        for (ClaimDraft d : drafts) {
            // skipLeading never goes back and only skips a clause's head: the distance test is
            // exact for prose and keeps a page without punctuation from going quadratic.
            if (!d.frame && cueAt >= d.contentStart && cueAt < d.contentEnd
                    && subjectStart >= d.contentStart && subjectStart - d.contentStart <= MAX_CLAUSE_CHARS
                    && clauses.skipLeading(d.contentStart, cueAt) == subjectStart) {
                // 中央人民广播电台报导，李克强指出，…: a news report that opens with another source relays that source's
                // words, as 据X报道，Y说 does; NestedClaims.dropReportsAroundClaims then keeps Y's claim via the report
                return !NestedClaims.isNewsReport(lexicon, text, d);
            }
        }
        return false;
    }

    /**
     * 王建国说特朗普宣布降息, 张三认为李四会宣布…: the clause's subject is the speaker of an earlier cue in the clause, whose
     * content holds this cue; what that content reports belongs to it (as after a comma, {@link #reportedInside}), and
     * the subject is not this cue's (it took 王建国 as the speaker of 宣布).
     */
    private boolean speaksAnEarlierCue(Subject subject, int cueAt) {
        for (ClaimDraft d : drafts) {
            if (!d.frame && d.cue != null && d.cueStart >= subject.end() && d.cueStart < cueAt
                    && cueAt >= d.contentStart && cueAt < d.contentEnd && d.contentStart >= subject.end()
                    && !cueUse.closesTimeClause(d.cueStart + d.cue.length(), cueAt)) {
                return true;
            }
        }
        return false;
    }

    private boolean insideContent(int at) {
        return lastContentHolding(at) != null;
    }

    /** The last claim read so far whose content holds {@code at}, or null. */
    private ClaimDraft lastContentHolding(int at) {
        ClaimDraft holder = null;
        for (ClaimDraft d : drafts) {
            if (at >= d.contentStart && at < d.contentEnd) {
                holder = d;
            }
        }
        return holder;
    }
}
