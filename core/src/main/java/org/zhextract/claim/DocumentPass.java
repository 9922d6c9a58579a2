package org.zhextract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhextract.claim.ClaimExtractor.ClaimDraft;
import org.zhextract.claim.ClaimExtractor.MentionRef;
import org.zhextract.claim.ClaimExtractor.SpeakerKind;
import org.zhextract.claim.ClaimLexicon.Cue;
import org.zhextract.claim.ClaimLexicon.Kind;
import org.zhextract.claim.AnnotatedText.CharToken;
import org.zhextract.claim.Quotations.Quote;
import org.zhextract.claim.Subject.Status;
import org.zhextract.model.ClaimForm;
import org.zhextract.model.Entity;
import org.zhextract.model.EntityType;
import org.zhextract.model.TimeValue;
import org.zhextract.model.Token;
import org.zhextract.segment.CoreWords;
import org.zhextract.text.DocumentText;

/**
 * One document's claim finding. Works in char indices of the text (converted to code points
 * only when claims are built) and walks paragraphs in order, so that pronouns and bare
 * quotation paragraphs can look back at the speakers already found. Finds cues, sources and
 * contents; what is glued to a source but no part of it is cut by {@link SourceTrimmer}, and the
 * token, mention and time lookups live in {@link AnnotatedText}. Not thread-safe; one per call.
 */
final class DocumentPass {

    /** How far back a clause's start, and forward a sentence's end, is looked for. */
    static final int MAX_CLAUSE_CHARS = 1000;
    /** Chars that start a clause after them. Closing quotes too: “……”他说 starts at 他. */
    static final String CLAUSE_BOUNDARIES = "，,：:；;。！？!?\n”」』】";
    static final String SENTENCE_ENDS = "。！？!?；;\n";
    private static final String OPENING_QUOTES = "“「『\"";
    private static final String CLOSING_QUOTES = "”」』\"";
    private static final String INTERPUNCTS = "·‧•・．";
    /** Trailing chars dropped from content. */
    private static final String CONTENT_TRIM = "，,、：:；;。！？!?… \t\u3000";
    /** Quoted parts shorter than this are names or scare quotes (“云外交”), not quoted speech. */
    private static final int MIN_QUOTED_SPEECH = 5;
    /** How many paragraphs back a pronoun looks for its speaker. */
    static final int PRONOUN_REACH = 3;
    /** Single-character verbs that end a source (他们是…, 他要…); other one-char "verbs" occur in names. */
    private static final String PREDICATE_CHARS = "是有在要会到将把被让使给来去做看想用说称发指";
    /** Single-char conjunctions that join parts of a source (美国和英国). */
    static final String COORDINATORS = "和与及同跟或";
    /** Ricky, Kester Mann: a capitalized Latin name (not UHS, an acronym) standing alone as a source. */
    private static final java.util.regex.Pattern LATIN_NAME = java.util.regex.Pattern.compile("[A-Z][a-z]+(?:[ ·][A-Z][a-z]+){0,2}");
    /** Sources of 用X的话说 that are a time or a saying, not a speaker (那时, 那句老话, 一句俗话). */
    private static final java.util.regex.Pattern WORDING_NONSOURCES = java.util.regex.Pattern.compile("时候?$|句|俗话|老话|现在|今天");
    /** Sources of 用X的话说 that name a people or an age group, not a speaker (美国人, 年轻人; not 一位老工人). */
    private static final java.util.regex.Pattern PEOPLE_AT_LARGE = java.util.regex.Pattern.compile("[^一这那该某此每]{1,4}人");
    private static final java.util.regex.Pattern FREQUENCY = java.util.regex.Pattern.compile(
            "了?(好|很|无数|许多)?[多几一二两三四五六七八九十百千0-9]+[次遍回]");
    /** Parts of speech that never end a name: adverbs, prepositions, conjunctions (王总还, 纳瓦罗在, 刘一直). */
    private static final List<String> GLUE_POS = List.of("d", "p", "c");
    /** Adverbs the segmenter glues to the end of an unknown name (川普也曾表示 → 普也/nr). */
    private static final String GLUED_ADVERBS = "也还都就曾又则总早已亦在对续";
    /** Prepositions that open an addressee or a setting between a source and its cue (对记者, 在会上). */
    private static final String PREPOSITIONS = "对在向跟于";
    /** Longest relative clause read before a source's head (参与谈判的外交官). */
    private static final int MAX_RELATIVE_CLAUSE = 8;
    /** The same after a count word or demonstrative (一位…的, 这个…的), where a relative clause is expected. */
    private static final int MAX_COUNTED_RELATIVE_CLAUSE = 24;
    static final String ORG_ENDINGS = "公司集团企业组织机构部局委会行社台报署院所处厅党军府";

    private final ClaimLexicon lexicon;
    private final AnnotatedText doc;
    private final String text;
    private final List<CharToken> tokens;
    private final SourceTrimmer trimmer;
    private final Quotations quotations;
    private final CueUse cueUse;
    private final Antecedents antecedents;
    private final List<ClaimDraft> drafts = new ArrayList<>();
    /** Sources that spoke without a claim (宣布这个消息), in text order: pronouns may refer to them. */
    private final List<ClaimDraft> silentSpeakers = new ArrayList<>();

    DocumentPass(ClaimLexicon lexicon, DocumentText document, List<Token> tokens, List<Entity> entities,
                 List<TimeValue> times) {
        this.lexicon = lexicon;
        this.doc = new AnnotatedText(document, tokens, entities, times);
        this.text = doc.text();
        this.tokens = doc.tokens();
        this.trimmer = new SourceTrimmer(lexicon, doc);
        this.quotations = new Quotations(text);
        this.cueUse = new CueUse(lexicon, doc);
        this.antecedents = new Antecedents(lexicon, doc, quotations, drafts, silentSpeakers);
    }

    List<ClaimDraft> run() {
        int paragraph = 0;
        int lastClaimParagraph = -10;
        int lastNonBlankParagraph = -10;
        boolean nextParagraphTaken = false;
        for (int start = 0; start <= text.length(); paragraph++) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int before = drafts.size();
            boolean taken = nextParagraphTaken;
            nextParagraphTaken = false;
            if (!taken) {
                nextParagraphTaken = scanParagraph(start, end, paragraph);
                if (drafts.size() == before && lastClaimParagraph == lastNonBlankParagraph) {
                    continueQuotation(start, end, paragraph);
                }
            }
            if (drafts.size() > before || taken) {
                lastClaimParagraph = paragraph;
            }
            if (!text.substring(start, end).isBlank()) {
                lastNonBlankParagraph = paragraph;
            }
            start = end + 1;
        }
        dropFramesAroundClaims();
        clampContents();
        RepeatedClaims.drop(drafts, text);
        return drafts;
    }

    // ---------------------------------------------------------------- paragraph scanning

    /** Finds the cue-led claims of one paragraph; true when one took the next paragraph's quotation. */
    private boolean scanParagraph(int from, int to, int paragraph) {
        boolean tookNext = false;
        int i = from;
        while (i < to) {
            Optional<Cue> match = lexicon.longestAt(text, i);
            while (match.isPresent() && match.get().kind() == Kind.NOT_CUE && endsInsideLongerWord(i, match.get().word())) {
                Optional<Cue> shorter = lexicon.longestShorterAt(text, i, match.get().word().length());
                if (shorter.isEmpty()) {
                    break;   // 与其/说是: no cue starts the not-cue, so it still covers its cue
                }
                match = shorter;   // 他说/法律: no 说法 here, 说 is the cue
            }
            if (match.isPresent()) {
                Quote quote = quotations.around(i);
                if (quote != null) {
                    i = quote.end();   // cue words inside a quotation are the quoted speaker's
                    continue;
                }
            }
            if (match.isEmpty()) {
                i++;
                continue;
            }
            Cue cue = match.get();
            if (cue.kind() == Kind.NOT_CUE || cue.kind() == Kind.SOURCELESS || isNounUse(i, cue.word())) {
                i += cue.word().length();
                continue;
            }
            Attempt attempt = switch (cue.pattern()) {
                case SUBJECT, SUBJECT_COMMA, ADDRESSEE -> speech(cue, i, to, paragraph);
                case SOURCE_BEFORE -> frame(cue, i, to, paragraph);
                case CONDUIT -> relay(cue, i, to, paragraph);
                case NONE -> null;
            };
            if (attempt == null) {
                i++;
            } else {
                drafts.add(attempt.draft);
                tookNext |= attempt.tookNextParagraph;
                i = Math.max(i + 1, attempt.resumeAt);
            }
        }
        return tookNext;
    }

    private record Attempt(ClaimDraft draft, int resumeAt, boolean tookNextParagraph) {
    }

    /**
     * Whether the last character of a not-cue word at {@code at} opens a longer noun, so the
     * segmenter read no such word there (他说/法律, 他说/谎言: not 说法, 说谎; 说/出来 is left to 说出).
     */
    private boolean endsInsideLongerWord(int at, String word) {
        int last = at + word.length() - 1;
        int k = doc.firstTokenAtOrAfter(last);
        return word.length() > 1 && k < tokens.size() && tokens.get(k).start() > at && tokens.get(k).start() <= last
                && tokens.get(k).end() > last + 1 && tokens.get(k).pos().startsWith("n")
                && !tokens.get(k).pos().startsWith("nz") && !tokens.get(k).pos().startsWith("nr");   // not 说/出来/vf, 说/得准/nz
    }

    /** 的声明, 所说, 之称, 说的: a cue word used as a noun or inside a relative clause. */
    private boolean isNounUse(int at, String word) {
        char before = at > 0 ? text.charAt(at - 1) : ' ';
        int after = at + word.length();
        boolean demonstrative = before == '一' && at > 1 && "这此该那".indexOf(text.charAt(at - 2)) >= 0;   // 这一宣布
        return "的所之".indexOf(before) >= 0 || demonstrative || (after < text.length() && "的着".indexOf(text.charAt(after)) >= 0);
    }

    // ---------------------------------------------------------------- the three patterns

    /** SOURCE [modifiers] CUE content, or “quotation”，SOURCE CUE. */
    private Attempt speech(Cue cue, int at, int paragraphEnd, int paragraph) {
        if (cueUse.isNegated(at, cue.word()) || cueUse.isModal(at, cue.word()) || cueUse.isConditional(at, cue.word())) {
            return null;   // 没有说, 并未表示: nothing was said; 必须承认, 才能说: what one must or can say
        }
        int cueEnd = at + cue.word().length();
        String cueText = cue.word();
        if (lexicon.is("belief", cueText) && at > 0 && text.charAt(at - 1) == '不') {
            cueText = "不" + cueText;   // 他并不认为…: a stated belief, negated; the cue keeps the negation
        }
        if (cueUse.isNounObject(at, cue.word()) || cueUse.insideTimeClause(at + cue.word().length(), paragraphEnd)) {
            return null;   // 受到批评，…; 在宣布辞职时说: the outer cue reports
        }
        if (opensBracketedAlias(at)) {
            return null;   // 早期女权运动（也称第一波女权运动）: another name, nothing said
        }
        if (text.startsWith("到底", cueEnd) && (cueEnd + 2 >= paragraphEnd
                || CLAUSE_BOUNDARIES.indexOf(text.charAt(cueEnd + 2)) >= 0)) {
            return null;   // 否认到底，…: to the end, a complement; no reported clause follows
        }
        if (cueText.equals("说") && cueUse.countsUtterance(cueEnd, paragraphEnd)) {
            return null;   // 不过说了句实话: an act of speech, no words given
        }
        if (cueText.equals("说") && FREQUENCY.matcher(text.substring(cueEnd, Math.min(paragraphEnd, cueEnd + 6))).lookingAt()) {
            return null;   // 他说了好多次: how often, not what
        }
        if (cueText.equals("称") && isNaming(cueEnd, paragraphEnd)) {
            return null;   // 称其为“老板”: naming, not saying
        }
        int contentFrom = -1;   // where the content is looked for, when not right after the cue
        if (cueText.equals("说") && isExperientialGuo(cueEnd)) {
            cueText = "说过";
            cueEnd++;
            contentFrom = contentAfterGuo(cueEnd, paragraphEnd);
            if (contentFrom < 0) {
                return null;   // 说过了, 说过一个笑话: a past act of speaking, no reported clause
            }
        } else if (cue.pattern() == ClaimLexicon.Pattern.ADDRESSEE) {
            contentFrom = afterAddressee(cueEnd, paragraphEnd);
            if (contentFrom < 0) {
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
        if (cue.pattern() == ClaimLexicon.Pattern.SUBJECT_COMMA && !(cueEnd < paragraphEnd && "，,：:".indexOf(text.charAt(cueEnd)) >= 0)) {
            return null;
        }
        if (lexicon.is("addressing", cueText) && addressedBeforeSaying(cueEnd, paragraphEnd)) {
            return null;   // 加拿大警告其公民，称…: the 称 after the addressee reports, with the same source
        }
        if (cueUse.isHeadlineNoun(at, cueEnd, cueText)) {
            return null;   // 美国发布旅行警告, 应用警告发送给员工: the warning as a thing
        }
        int clauseStart = clauseStart(at);
        if (lexicon.longestSuffix("nobody", text, clauseStart, at).isPresent()) {
            return null;   // 这家公司没有一个人说: no one said it
        }
        Subject subject = dropAdverbial(findSubject(clauseStart, at), at);
        int afterName = lastQuotedNameEnd(clauseStart, at);
        if (subject.status() != Status.OK && afterName > clauseStart) {
            // 对“巨大的恶魔”一词他解释说: the source follows the quoted name
            Subject after = dropAdverbial(findSubject(afterName, at), at);
            subject = after.status() == Status.OK ? after : subject;
        }
        if (subject.status() == Status.INVALID && timeClauseOnly(clauseStart, at)) {
            subject = Subject.ZERO_SUBJECT;   // …，被问到工期的时候说: the subject is the clause before's
        }
        Optional<String> via = cue.medium();
        if (subject.status() == Status.ZERO) {
            if (clauseStart == 0 || "，,".indexOf(text.charAt(clauseStart - 1)) < 0 && !isSpaceBoundary(clauseStart - 1)) {
                return null;
            }
            // A cue opening a clause (…发表署名文章，称…) shares the subject of the clause before.
            int previousStart = clauseStart(clauseStart - 1);
            boolean continued = insideContent(at);
            if (continued) {
                // 他认为方案不够好，并补充说…: right after a one-clause content, 并 + cue goes on
                // with that claim's speaker, and that content ends before it
                ClaimDraft host = continuedClaim(previousStart, clauseStart, at);
                if (host == null) {
                    return null;
                }
                subject = findSubject(host.speakerStart, host.speakerEnd);
                if (subject.status() != Status.OK) {
                    return null;
                }
                host.contentEnd = trimEnd(host.contentStart, clauseStart);
                host.form = hasQuotedSpeech(host.contentStart, host.contentEnd) ? ClaimForm.MIXED : ClaimForm.INDIRECT;
            } else {
                subject = findSubject(previousStart, clauseStart - 1);
            }
            if (subject.status() != Status.OK) {
                return null;
            }
            if (via.isEmpty() && !continued) {
                via = mediumIn(subject.end(), clauseStart - 1);
            }
        } else if (subject.status() != Status.OK || reportedInside(subject.start(), at)) {
            return null;
        } else if (via.isEmpty()) {
            via = mediumIn(subject.end(), at);
        }
        if (subject.status() == Status.OK && subject.end() <= at && placeEnds(subject) && existentialAt(subject.end(), at)) {
            return null;   // 网上有评论称, 当地有民众表示: existential 有, no source named
        }
        if (subject.status() == Status.OK && subject.end() <= at
                && cueUse.inRelativeClauseAfterCopula(subject.end(), at, cueEnd, paragraphEnd)) {
            return null;   // 这家银行是第一个宣布降息的机构
        }
        if (subject.status() == Status.OK && subject.end() <= at && insidePrepositionalPhrase(subject.end(), at, cueEnd, paragraphEnd)) {
            return null;   // 侃爷在他宣布参选的推文上加了…: the cue is inside 在…的推文上, nothing is reported
        }
        if (passiveOrCausative(Math.max(clauseStart, subject.status() == Status.OK && subject.end() <= at ? subject.end() : clauseStart), at)) {
            return null;   // 学生被警告, 让议员们相信: the subject is told, not telling
        }
        if (cue.pattern() == ClaimLexicon.Pattern.ADDRESSEE && contentFrom > cueEnd
                && genericAddressee(text.substring(cueEnd, contentFrom), subject)) {
            return null;   // 历史的经验告诉我们, 他们会告诉你: a rhetorical figure, not a report
        }
        ClaimDraft draft = new ClaimDraft();
        draft.cue = cueText;
        draft.cueStart = at;
        draft.paragraph = paragraph;
        boolean tookNext = fillContent(draft, contentFrom >= 0 ? contentFrom : cueEnd, clauseStart, paragraphEnd);
        if (draft.form == null || isAttitudeOnly(cue.word(), draft) || isThingBelievedOrStance(cueText, draft)) {
            return null;
        }
        if (!attachSpeaker(draft, subject, at)) {
            return null;
        }
        if (namesInformationOnly(draft)) {
            silentSpeakers.add(draft);   // 她以视频宣布这个消息。她说…: no claim, but 她 refers to her
            return null;
        }
        draft.via = draft.via.isPresent() ? draft.via : via;
        return new Attempt(draft, cueEnd, tookNext);
    }

    /** The index of the bracket closing the one at {@code open}, before {@code to}; -1 if none. */
    private int closingBracket(int open, int to) {
        return Antecedents.closingBracket(text, open, to);
    }

    /** A cue right after an opening bracket and at most an adverb (（也称…）, （又称…）, （以下称…）). */
    private boolean opensBracketedAlias(int at) {
        int k = at;
        while (k > 0 && at - k < 2 && "也又亦或以下".indexOf(text.charAt(k - 1)) >= 0) {
            k--;
        }
        return k > 0 && "（(".indexOf(text.charAt(k - 1)) >= 0;
    }

    /**
     * 被 or 让/使/令/叫 between the subject and the cue (学生被警告, 两人被误认为, 让议员们相信):
     * the subject is the one told or made to believe. 被问及…时表示 stays a claim.
     */
    private boolean passiveOrCausative(int from, int cueAt) {
        for (int k = doc.firstTokenAtOrAfter(from); k < tokens.size() && tokens.get(k).end() <= cueAt; k++) {
            CharToken t = tokens.get(k);
            boolean passive = t.text().equals("被") || t.pos().equals("pbei");
            boolean causative = (t.text().equals("让") || t.text().equals("使") || t.text().equals("令") || t.text().equals("叫"))
                    && (t.pos().startsWith("v") || t.pos().startsWith("p"));
            if (t.start() >= from && (passive || causative)) {
                String rest = text.substring(t.end(), cueAt);
                return !(rest.contains("时") || rest.contains("后") || rest.contains("中"));
            }
        }
        return false;
    }

    /**
     * The claim whose indirect content is the single clause {@code [previousStart, clauseStart)}
     * (its cue opens that clause) when the clause at {@code clauseStart} is 并/还/也/同时 + the cue
     * at {@code cueAt}; null otherwise (a content of several clauses may hold another subject).
     */
    /** 在禁令颁布后, 在会见记者时: a time phrase between 并 and a continued cue. */
    private static final java.util.regex.Pattern TIME_PHRASE = java.util.regex.Pattern.compile("在[^，,：:；;。“”]{1,12}(之后|之前|之际|后|时|前)");

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
        while (conjunctions < head.length() && "并且同时还也又".indexOf(head.charAt(conjunctions)) >= 0) {
            conjunctions++;
        }
        String rest = head.substring(conjunctions);
        // 并补充说, 并错误声称, 并多次表示, 并在禁令颁布后回应称: conjunctions, then at most an adverb
        // of how or how often or a time phrase
        if (conjunctions == 0 || !rest.isEmpty() && !lexicon.is("gluedadverb", rest) && !TIME_PHRASE.matcher(rest).matches()) {
            return null;
        }
        for (int k = drafts.size() - 1; k >= 0; k--) {
            ClaimDraft d = drafts.get(k);
            if (cueAt >= d.contentStart && cueAt < d.contentEnd) {
                boolean ok = !d.frame && (d.form == ClaimForm.INDIRECT
                            || d.form == ClaimForm.MIXED && !hasQuotedSpeech(d.contentStart, clauseStart))
                        && d.speakerStart >= 0
                        && d.cueStart >= previousStart && d.contentStart < clauseStart;
                return ok ? d : null;
            }
        }
        return null;
    }

    /**
     * After a bracketed Latin gloss at {@code open} (（Garrigues）, (CNN)) when a source word or
     * name follows it before {@code to}: the index after the bracket; else -1 (a gloss ending the
     * source stays outside it, as before).
     */
    private int afterGloss(int open, int to) {
        int close = closingBracket(open, to);
        if (close < 0 || close - open > 40) {
            return -1;
        }
        for (int c = open + 1; c < close; c++) {
            char ch = text.charAt(c);
            if (!(ch < 0x2E80 || INTERPUNCTS.indexOf(ch) >= 0)) {
                // CJK inside: an aside (（资料图片）, （Tianjie He，译音）), no gloss; read over only
                // when the source plainly goes on after it (（化名）的藏族学生, （中国人民银行）行长周明)
                return asideGoesOn(open, close, to) ? close + 1 : -1;
            }
        }
        int next = doc.firstTokenAtOrAfter(close + 1);
        if (next >= tokens.size() || tokens.get(next).start() != close + 1 || tokens.get(next).end() > to) {
            return -1;
        }
        CharToken t = tokens.get(next);
        boolean continues = lexicon.isSourceWord(t.text()) || sourceWordAt(t.start(), to).isPresent()
                || t.pos().startsWith("n") && !t.pos().equals("nx") || doc.insideMention(t.start())
                || t.text().equals("的") && ORG_ENDINGS.indexOf(text.charAt(open - 1)) >= 0 && next + 1 < tokens.size() && tokens.get(next + 1).end() <= to
                    && (tokens.get(next + 1).pos().startsWith("n") || sourceWordAt(t.end(), to).isPresent());   // 研究所（Broad Institute）的分子生物学家
        return continues && !doc.isTimeAt(t.start()) ? close + 1 : -1;
    }

    /** Longest Chinese aside in brackets read over inside a source (化名, 中国人民银行). */
    private static final int MAX_SOURCE_ASIDE = 12;

    /**
     * A short bracketed Chinese aside at {@code open} (closing at {@code close}) inside a source:
     * true when a title or job word follows it (前央行（中国人民银行）行长周明), or 的 and a head that
     * names who speaks (一个叫恭加（化名）的藏族学生). An aside after the whole source (张明（左）说)
     * or before anything else stays outside it.
     */
    private boolean asideGoesOn(int open, int close, int to) {
        if (close - open - 1 > MAX_SOURCE_ASIDE || !noClauseMark(open + 1, close)) {
            return false;
        }
        int next = doc.firstTokenAtOrAfter(close + 1);
        if (next >= tokens.size() || tokens.get(next).start() != close + 1 || tokens.get(next).end() >= to
                || doc.isTimeAt(close + 1)) {
            return false;
        }
        CharToken t = tokens.get(next);
        if (t.text().equals("的")) {
            int head = walkNominal(t.end(), to);
            return head > t.end() && namesASource(t.end(), head);
        }
        return t.pos().equals("nnt") || !lexicon.wordsAt("title", text, close + 1, to).isEmpty();
    }

    /** A source ending in a place or locative (网上, 当地, 美国): before 有 it is where, not who. */
    private boolean placeEnds(Subject subject) {
        int k = doc.firstTokenAtOrAfter(subject.end() - 1);
        if (k >= tokens.size()) {
            return false;
        }
        String pos = tokens.get(k).pos();
        return pos.equals("s") || pos.equals("f") || pos.startsWith("ns")
                || doc.mentionEndingAt(subject.end()).map(m -> m.type() == EntityType.LOC).orElse(false);
    }

    /** 有 right at {@code at} (网上/有/评论称), before {@code cueAt}. */
    private boolean existentialAt(int at, int cueAt) {
        int k = doc.firstTokenAtOrAfter(at);
        return k < tokens.size() && tokens.get(k).start() == at && tokens.get(k).end() < cueAt
                && tokens.get(k).text().equals("有") && tokens.get(k).pos().startsWith("v");
    }

    /** How far before and after a cue 在…的N上 is looked for. */
    private static final int PHRASE_REACH = 60;
    private static final java.util.regex.Pattern PHRASE_CLOSER = java.util.regex.Pattern.compile("的[^的]{1,8}?[上中里内]");

    /**
     * A preposition 在/于 between the source and the cue that no localizer closes before the cue,
     * closed after it in the same clause by 的 + a noun + a localizer (在他宣布参选的推文上): the cue is
     * part of a relative clause inside the phrase.
     */
    private boolean insidePrepositionalPhrase(int from, int cueAt, int cueEnd, int paragraphEnd) {
        int open = -1;
        from = Math.max(from, cueAt - PHRASE_REACH);   // an unpunctuated page: stay linear
        for (int k = doc.firstTokenAtOrAfter(from); k < tokens.size() && tokens.get(k).end() <= cueAt; k++) {
            CharToken t = tokens.get(k);
            if ((t.text().equals("在") || t.text().equals("于")) && t.pos().startsWith("p") && t.start() >= from
                    && k + 1 < tokens.size() && (tokens.get(k + 1).pos().startsWith("n") || tokens.get(k + 1).pos().startsWith("r"))) {
                open = t.end();   // 在他, 在推特; not 仍在/继续: 在 as an aspect adverb
            }
        }
        if (open < 0 || text.substring(open, cueAt).chars().anyMatch(c -> "上中里内时后前间".indexOf(c) >= 0)) {
            return false;
        }
        int end = cueEnd;
        while (end < Math.min(paragraphEnd, cueEnd + PHRASE_REACH) && CLAUSE_BOUNDARIES.indexOf(text.charAt(end)) < 0
                && OPENING_QUOTES.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        java.util.regex.Matcher m = PHRASE_CLOSER.matcher(text.substring(cueEnd, end));
        while (m.find()) {
            int at = cueEnd + m.end() - 1;
            int token = doc.firstTokenAtOrAfter(at);   // the localizer ends its word (推文/上, 推文上), it opens none (上升, 中国)
            if (!(token < tokens.size() && tokens.get(token).start() == at && tokens.get(token).end() > at + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The clause before the cue is a time clause with no subject of its own (采访的时候就说, 被问及此事时表示). */
    private boolean timeClauseOnly(int clauseStart, int cueAt) {
        String head = text.substring(skipLeading(clauseStart, cueAt), cueAt).strip();
        while (!head.isEmpty() && "就还也都又则亦曾便".indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1);
        }
        return head.length() > 2 && (head.endsWith("时候") || head.endsWith("时")) && !head.endsWith("同时") && !head.endsWith("当时")
                || TIME_PHRASE.matcher(head).matches();   // 并在禁令颁布后回应称
    }

    /**
     * 称其为“老板”, 称对手为骗子: 称 + a short nominal + 为 + a verbless name names, it reports
     * nothing; 称它们为政府提供了渠道 (为 "for" before a verb) stays a claim.
     */
    private boolean isNaming(int from, int paragraphEnd) {
        for (int j = from + 1; j < paragraphEnd && j - from <= 8; j++) {
            char c = text.charAt(j);
            if (CLAUSE_BOUNDARIES.indexOf(c) >= 0 || OPENING_QUOTES.indexOf(c) >= 0) {
                return false;
            }
            if (c == '为' && (j + 1 >= paragraphEnd || "了何此止".indexOf(text.charAt(j + 1)) < 0)) {
                int k = doc.firstTokenAtOrAfter(j);
                if (!(k < tokens.size() && tokens.get(k).start() == j && walkNominal(from, j) == j)) {
                    return false;
                }
                for (k++; k < tokens.size() && tokens.get(k).start() < paragraphEnd
                        && CLAUSE_BOUNDARIES.indexOf(tokens.get(k).text().charAt(0)) < 0; k++) {
                    String pos = tokens.get(k).pos();
                    if (pos.startsWith("v") && !pos.equals("vn")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * 告诉我们 / 告诉你 / 告诉人们: told to everyone. 你, 你们, 人们, 大家 always, 我们 when the
     * source is no person (历史的经验告诉我们): the writer's figure of speech, not a report.
     */
    private boolean genericAddressee(String addressee, Subject subject) {
        String a = addressee.strip();
        if (lexicon.is("generic", a)) {
            return true;
        }
        if (!a.equals("我们") || subject.status() != Status.OK) {
            return false;
        }
        String source = text.substring(subject.start(), subject.end());
        return doc.personWithin(subject.start(), subject.end()).isEmpty() && !lexicon.is("pronoun", source)
                && lexicon.longestSuffix("title", text, subject.start(), subject.end()).isEmpty()
                && lexicon.longestSuffix("descriptive", text, subject.start(), subject.end()).isEmpty()
                && lexicon.longestSuffix("medium", text, subject.start(), subject.end()).isEmpty();
    }

    /** 说过 (the experiential particle), not 说 + 过去 / 过程. */
    private boolean isExperientialGuo(int at) {
        if (at >= text.length() || text.charAt(at) != '过'
                || at + 1 < text.length() && "去来程往度分失错渡".indexOf(text.charAt(at + 1)) >= 0) {
            return false;
        }
        int k = doc.firstTokenAtOrAfter(at);
        return k < tokens.size() && tokens.get(k).start() == at && tokens.get(k).text().equals("过")
                || k < tokens.size() && tokens.get(k).start() < at && tokens.get(k).text().equals("说过");
    }

    /**
     * Where the content of 说过 starts: right after it when a comma, colon or quotation follows
     * (她说过：…), after a colon closing a short object (说过这样一段话：…) or a comma closing an
     * object that names speech (说过一个观点，…); -1 otherwise.
     */
    private int contentAfterGuo(int from, int paragraphEnd) {
        if (from >= paragraphEnd) {
            return -1;
        }
        if ("，,：:".indexOf(text.charAt(from)) >= 0 || OPENING_QUOTES.indexOf(text.charAt(from)) >= 0) {
            return from;
        }
        for (int j = from; j < paragraphEnd && j - from <= 20; j++) {
            char c = text.charAt(j);
            if ("：:".indexOf(c) >= 0 || OPENING_QUOTES.indexOf(c) >= 0) {
                return j;
            }
            if (CLAUSE_BOUNDARIES.indexOf(c) >= 0) {
                // 说过一个观点，…: an object naming speech is followed by what was said
                int boundary = j;
                boolean speechObject = "，,".indexOf(c) >= 0 && lexicon.longestSuffix("speechobject", text, 0, boundary).isPresent();
                return speechObject ? boundary : -1;
            }
        }
        return -1;
    }

    /**
     * 告诉本台，…: the comma or colon after a short nominal addressee, where the content follows;
     * -1 when no such addressee (告诉他我很冷), when one tells oneself (告诉自己：…), or when a cue of
     * its own closes it (告诉记者说, 告诉媒体，说).
     */
    private int afterAddressee(int from, int paragraphEnd) {
        for (int j = from; j < paragraphEnd && j - from <= 12; j++) {
            char c = text.charAt(j);
            if ("，,：:".indexOf(c) >= 0) {
                int next = skipSpaces(j + 1, paragraphEnd);
                if (j == from || walkNominal(from, j) != j || "说称".indexOf(text.charAt(j - 1)) >= 0
                        || text.startsWith("表示", j - 2) || text.startsWith("自己", j - 2)
                        || next < paragraphEnd && text.charAt(next) == '说') {   // 告诉媒体，说…: 说 is the cue
                    return -1;
                }
                return j;
            }
            if (CLAUSE_BOUNDARIES.indexOf(c) >= 0 || OPENING_QUOTES.indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * 他激动地说, 气愤地表示: a source phrase ending in an adverbial loses it; with nothing left
     * the clause has no subject of its own.
     */
    private Subject dropAdverbial(Subject subject, int cueAt) {
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

    /** 据 SOURCE 报道，content / 根据 SOURCE，content. */
    private Attempt frame(Cue cue, int at, int paragraphEnd, int paragraph) {
        int clauseStart = clauseStart(at);
        if (skipLeading(clauseStart, at) != at) {
            return null;   // only at the head of a clause: 证据, 依据 and 根据地 never get here
        }
        int sourceStart = at + cue.word().length();
        int clauseEnd = sourceStart;
        while (clauseEnd < paragraphEnd && "，,：:".indexOf(text.charAt(clauseEnd)) < 0) {
            if (SENTENCE_ENDS.indexOf(text.charAt(clauseEnd)) >= 0) {
                return null;
            }
            clauseEnd++;
        }
        if (clauseEnd >= paragraphEnd || clauseEnd - sourceStart > 40) {
            return null;
        }
        Optional<String> closer = lexicon.longestSuffix("closer", text, sourceStart, clauseEnd);
        int sourceEnd = clauseEnd - closer.map(String::length).orElse(0);
        Optional<String> via = closer.filter(c -> c.endsWith("报道") || c.endsWith("报导"))
                .map(c -> c.substring(c.length() - 2));
        Optional<String> medium = lexicon.longestSuffix("medium", text, sourceStart, sourceEnd);
        if (medium.isPresent()) {
            via = medium;
            int mediumStart = sourceEnd - medium.get().length();
            if (mediumStart > sourceStart && text.charAt(mediumStart - 1) == '的') {
                // 克里姆林宫发布的联合声明: the publisher speaks, through the statement
                sourceEnd = mediumStart - 1;
                while (sourceEnd - 2 > sourceStart && lexicon.is("publishing", text.substring(sourceEnd - 2, sourceEnd))) {
                    sourceEnd -= 2;
                }
            }
        }
        if (sourceEnd <= sourceStart) {
            return null;   // 据报道, 据称: no source
        }
        boolean isSource = closer.isPresent() || medium.isPresent() || doc.mentionEndingAt(sourceEnd).isPresent()
                || lexicon.longestSuffix("descriptive", text, sourceStart, sourceEnd).isPresent();
        if (!isSource) {
            return null;   // 根据以前的计划: a basis, not a source
        }
        Subject walked = findSubject(sourceStart, sourceEnd);   // drops a trailing date (新京报17日)
        Subject subject = walked.status() == Status.OK ? walked : new Subject(Status.OK, sourceStart, sourceEnd);
        ClaimDraft draft = new ClaimDraft();
        draft.cue = closer.map(c -> cue.word() + "…" + c.replace("的", "").replace("所", "")).orElse(cue.word());
        draft.cueStart = at;
        draft.paragraph = paragraph;
        draft.frame = true;
        fillForward(draft, clauseEnd + 1, paragraphEnd);
        if (draft.form == null || !attachSpeaker(draft, subject, at)) {
            return null;
        }
        draft.via = via;
        return new Attempt(draft, clauseEnd, false);
    }

    /**
     * A content that only names information (宣布这个消息, 透露了一些信息, 披露该项目的进展情况):
     * what was said is not reported, so there is no claim.
     */
    private static final java.util.regex.Pattern INFORMATION_ONLY = java.util.regex.Pattern.compile(
            "(?:了)?(?:这个|这一|这则|这条|该|此|其|一些|这些|更多|有关|相关)[^，,：:；;“”「」]{0,10}?(?:的)?(?:消息|信息|细节|情况|详情|内容)");

    /** What a relay's source said, as a noun: 引述X(的)说法 + a verb or a comma, then the content. */
    private static final String HEARSAY = "说法";

    /** [CONDUIT] 引述 SOURCE 说 content, or “quotation”，CONDUIT 引述 SOURCE 说. */
    private Attempt relay(Cue cue, int at, int paragraphEnd, int paragraph) {
        int clauseStart = clauseStart(at);
        int sourceStart = at + cue.word().length();
        if (sourceStart < paragraphEnd - 1 && text.charAt(sourceStart) == '了') {
            sourceStart++;   // 报道引述了…消息来源指出
        }
        int closerStart = -1;
        String closer = null;
        for (int k = sourceStart + 1; k < paragraphEnd && CLAUSE_BOUNDARIES.indexOf(text.charAt(k)) < 0; k++) {
            if (text.startsWith(HEARSAY, k)) {
                closerStart = k;   // 引述两名官员的说法报导，…: 说法 is what they said, a noun
                closer = HEARSAY;
                break;
            }
            Optional<String> c = lexicon.longestPrefix("closer", text, k, paragraphEnd);
            if (c.isPresent() && !c.get().startsWith("报") && !c.get().endsWith("消息")) {
                closerStart = k;
                closer = c.get();
                break;
            }
        }
        if (closer == null) {
            return null;
        }
        boolean wording = cue.word().endsWith("用") && !cue.word().equals("引用");
        if (wording) {
            // 用X的话(来)说, 借用X的话说: X speaks; the verb must open its clause (not 使用, 利用…说)
            int k = doc.firstTokenAtOrAfter(at);
            if (!closer.startsWith("的话") || skipLeading(clauseStart, at) != at
                    || !(k < tokens.size() && tokens.get(k).start() == at && tokens.get(k).text().equals(cue.word()))) {
                return null;
            }
        }
        int sourceEnd = closerStart;
        if (closer.equals(HEARSAY) && text.charAt(closerStart - 1) == '的') {
            sourceEnd = closerStart - 1;
        } else if (text.startsWith("的话", closer.startsWith("的话") ? closerStart : closerStart - 2)) {
            sourceEnd = closer.startsWith("的话") ? closerStart : closerStart - 2;
        }
        Subject source = findSubject(sourceStart, sourceEnd);
        if (source.status() != Status.OK) {
            return null;
        }
        if (wording && WORDING_NONSOURCES.matcher(text.substring(source.start(), source.end())).find()) {
            return null;   // 用那时的话说, 用那句老话说: a time or a saying, no one speaks
        }
        if (wording && PEOPLE_AT_LARGE.matcher(text.substring(source.start(), source.end())).matches()
                && doc.personWithin(source.start(), source.end()).isEmpty()) {
            return null;   // 用美国人的话说, 用年轻人的话说: a way of putting it, no one in particular speaks
        }
        String verb = closer.startsWith("的话来") ? closer.substring(3) : closer.startsWith("的话") ? closer.substring(2) : closer;
        ClaimDraft draft = new ClaimDraft();
        draft.cue = cue.word() + "…" + verb;
        draft.cueStart = at;
        draft.paragraph = paragraph;
        int closerEnd = closerStart + closer.length();
        int contentAt = closerEnd;
        if (closer.equals(HEARSAY) || closer.startsWith("的报")) {
            // X的说法报导，… / X说法，称… / X说法指出，…: the verb after 说法 is the relay's own;
            // 援引《纽约时报》的报道说: so is the verb after X的报道
            int k = skipSpaces(closerEnd, paragraphEnd);
            int afterComma = k < paragraphEnd && "，,".indexOf(text.charAt(k)) >= 0 ? skipSpaces(k + 1, paragraphEnd) : k;
            for (int from : new int[] {k, afterComma}) {
                Optional<String> said = lexicon.longestPrefix("closer", text, from, paragraphEnd)
                        .filter(w -> !w.startsWith("的") && !w.endsWith("消息"));
                if (said.isPresent()) {
                    draft.cue = cue.word() + "…" + said.get();
                    contentAt = from + said.get().length();
                    closerEnd = contentAt;
                    break;
                }
            }
        }
        if (wording) {
            int k = skipSpaces(closerEnd, paragraphEnd);
            k = k < paragraphEnd && "，,".indexOf(text.charAt(k)) >= 0 ? skipSpaces(k + 1, paragraphEnd) : k;
            if (text.startsWith("就是", k)) {
                contentAt = k + 2;   // 用X的话说，就是“……”: the content is what follows 就是
            }
        }
        boolean tookNext = fillContent(draft, contentAt, clauseStart, paragraphEnd);
        if (draft.form == null || !attachSpeaker(draft, source, closerStart)) {
            return null;
        }
        Subject conduit = wording ? Subject.ZERO_SUBJECT : findSubject(clauseStart, at);
        if (conduit.status() == Status.OK) {
            draft.via = Optional.of(text.substring(conduit.start(), conduit.end()));
        }
        return new Attempt(draft, closerEnd, tookNext);
    }

    // ---------------------------------------------------------------- content

    /**
     * Content after the cue, or the quotation before the source (“……”，X说), or the quotation
     * paragraph after a cue ending its paragraph with a colon. Leaves {@code form} null when
     * there is none. True when the next paragraph was used.
     */
    private boolean fillContent(ClaimDraft draft, int cueEnd, int clauseStart, int paragraphEnd) {
        fillForward(draft, cueEnd, paragraphEnd);
        if (draft.form != null) {
            return false;
        }
        int p = clauseStart - 1;
        while (p >= 0 && (Character.isWhitespace(text.charAt(p)) || "，,".indexOf(text.charAt(p)) >= 0)
                && text.charAt(p) != '\n') {
            p--;
        }
        Quote before = p >= 0 && CLOSING_QUOTES.indexOf(text.charAt(p)) >= 0 ? quotations.endingAt(p + 1) : null;
        if (before != null) {
            setDirect(draft, before);
            return false;
        }
        int colon = skipSpaces(cueEnd, paragraphEnd);
        if (colon < paragraphEnd && "：:".indexOf(text.charAt(colon)) >= 0 && skipSpaces(colon + 1, paragraphEnd) == paragraphEnd
                && paragraphEnd < text.length()) {
            int next = skipSpaces(paragraphEnd + 1, text.length());
            Quote quote = quotations.startingAt(next);
            if (quote != null) {
                setDirect(draft, quote);
                return true;
            }
        }
        return false;
    }

    /** 一句：, 这样一段话：, 一番…的话： — words that count or announce the quotation after the colon. */
    private static final java.util.regex.Pattern UTTERANCE_INTRO = java.util.regex.Pattern.compile(
            "(?:这样|这么)?[一几两]?(?:句话?|[段番][^，,。；;：:“”「」]{0,10}?话)[ \u3000]*[：:][ \u3000]*");

    /** The clause after the cue up to the sentence end, reading over quotations. */
    private void fillForward(ClaimDraft draft, int from, int paragraphEnd) {
        int start = skipSpaces(from, paragraphEnd);
        if (start < paragraphEnd && text.charAt(start) == '了') {
            start++;   // 否认了…: the aspect particle belongs to the cue
        }
        if (start < paragraphEnd && "，,：:".indexOf(text.charAt(start)) >= 0) {
            start = skipSpaces(start + 1, paragraphEnd);
        }
        java.util.regex.Matcher intro = UTTERANCE_INTRO.matcher(text).region(start, paragraphEnd);
        if (intro.lookingAt() && quotations.startingAt(intro.end()) != null) {
            start = intro.end();   // 说了一句：“…”, 说了一段意味深长的话：“…”: the quotation is what was said
        }
        int end = start;
        int limit = Math.min(paragraphEnd, start + MAX_CLAUSE_CHARS);
        // 刘强东涉性侵 京东否认指控 美警称正调查: in a line with no sentence end (a headline, a
        // caption) a space ends the content; in prose it may be a typing slip (沉重责 任)
        boolean headline = true;
        for (int k = start; k < limit && headline; k++) {
            headline = SENTENCE_ENDS.indexOf(text.charAt(k)) < 0;
        }
        while (end < limit) {
            Quote quote = quotations.around(end);
            if (quote != null && quote.start() == end) {
                end = quote.end();
                continue;
            }
            if (SENTENCE_ENDS.indexOf(text.charAt(end)) >= 0 || headline && isSpaceBoundary(end)) {
                break;
            }
            end++;
        }
        if (end == limit && limit < paragraphEnd) {
            return;   // no sentence end in sight: a run-on without punctuation, no readable content
        }
        end = trimEnd(start, dropTrailingAside(start, trimEnd(start, end)));
        if (end - start < 2) {
            return;
        }
        Quote first = quotations.startingAt(start);
        if (first != null && first.end() <= end && onlyQuotations(start, end)) {
            // “……，”“……。”: quotations and punctuation only
            List<Quote> quotes = quotations.within(start, end);
            Quote last = quotes.get(quotes.size() - 1);
            int contentEnd = trimEnd(first.innerStart(), last.innerEnd());
            if (contentEnd - first.innerStart() >= 2) {
                draft.contentStart = first.innerStart();
                draft.contentEnd = contentEnd;
                draft.form = ClaimForm.DIRECT;
            }
            return;
        }
        draft.contentStart = start;
        draft.contentEnd = end;
        draft.form = hasQuotedSpeech(start, end) ? ClaimForm.MIXED : ClaimForm.INDIRECT;
    }

    /** …的合作（资料图片）: a bracketed aside closing the content is the editor's, not the source's. */
    private int dropTrailingAside(int start, int end) {
        if (end - start < 2 || "）)".indexOf(text.charAt(end - 1)) < 0) {
            return end;
        }
        int open = Math.max(text.lastIndexOf('（', end - 1), text.lastIndexOf('(', end - 1));
        return open > start ? open : end;
    }

    private void setDirect(ClaimDraft draft, Quote quote) {
        int start = quote.innerStart();
        int end = trimEnd(start, quote.innerEnd());
        if (end - start < 2) {
            return;
        }
        draft.contentStart = start;
        draft.contentEnd = end;
        draft.form = ClaimForm.DIRECT;
    }

    /** Nothing but quotations, punctuation and bracketed asides in {@code [from, to)}. */
    private boolean onlyQuotations(int from, int to) {
        int k = from;
        while (k < to) {
            Quote q = quotations.startingAt(k);
            if (q != null) {
                if (q.end() > to) {
                    return false;
                }
                int next = q.end();
                while (next < to && quotations.startingAt(next) == null && !Character.isLetterOrDigit(text.charAt(next))
                        && text.charAt(next) != '（' && text.charAt(next) != '(') {
                    next++;
                }
                if (next < to && quotations.startingAt(next) == null) {
                    return onlyPunctuationOrAside(next, to);
                }
                k = next;
            } else {
                return false;
            }
        }
        return true;
    }

    /** Nothing but punctuation and bracketed asides (（图为……）) between {@code from} and {@code to}. */
    private boolean onlyPunctuationOrAside(int from, int to) {
        return RepeatedClaims.lettersOutsideBrackets(text, from, to).isEmpty();
    }

    private boolean hasQuotedSpeech(int from, int to) {
        for (Quote q : quotations.within(from, to)) {
            int length = q.innerEnd() - q.innerStart();
            boolean term = lexicon.longestPrefix("term", text, q.end(), to).isPresent();
            if (length >= MIN_QUOTED_SPEECH && !term) {
                return true;
            }
        }
        return false;
    }

    /**
     * 表示感谢, 表示强烈不满和坚决反对, 表示过怀疑: an attitude with no proposition. Also with its
     * target in the content: 表示，对这一决定表示强烈不满 and 表示对新法案的支持.
     */
    private boolean isAttitudeOnly(String cue, ClaimDraft draft) {
        if (!cue.equals("表示") || draft.form != ClaimForm.INDIRECT) {
            return false;
        }
        int from = draft.contentStart;
        int to = draft.contentEnd;
        if (text.startsWith("过", from) || text.startsWith("了", from)) {
            from++;
        }
        if (attitudeOnly(from, to)) {
            return true;
        }
        if (draft.contentStart == draft.cueStart + cue.length()) {
            int clauseEnd = from;   // 致电给她表示祝贺，让她…: the attitude is the whole object of its clause
            while (clauseEnd < Math.min(to, from + 16) && CLAUSE_BOUNDARIES.indexOf(text.charAt(clauseEnd)) < 0) {
                clauseEnd++;
            }
            if (clauseEnd < to && CLAUSE_BOUNDARIES.indexOf(text.charAt(clauseEnd)) >= 0 && attitudeOnly(from, clauseEnd)) {
                return true;
            }
        }
        String target = lexicon.longestPrefix("target", text, draft.contentStart, text.length()).orElse(null);
        if (target == null) {
            return false;
        }
        // the target ends before an attitude verb, or before 的 when nothing breaks it (表示对X的支持)
        for (int k = draft.contentStart + target.length() + 1; k < to; k++) {
            Optional<String> verb = lexicon.longestPrefix("attitudeverb", text, k, text.length());
            if (verb.isPresent()) {
                int after = k + verb.get().length();
                if (text.startsWith("过", after) || text.startsWith("了", after)) {
                    after++;
                }
                if (verb.get().equals("深表") ? attitudeOnly(k, to) : attitudeOnly(after, to)) {
                    return true;
                }
            }
            if (text.charAt(k) == '的' && noClauseMark(draft.contentStart, k) && attitudeOnly(k + 1, to)) {
                return true;
            }
        }
        return false;
    }

    /** Contents of 表示 shorter than this with no verb are a noun phrase (表示议会立场), not a clause. */
    private static final int MAX_VERBLESS_CONTENT = 12;

    /**
     * 相信新闻自由, 相信了厂长所说的话, 相信，但…: 相信 takes a thing, not a proposition, when its
     * first clause has no verb, ends in a noun for something said, or when the content opens with
     * 但. 表示议会立场, 表示对X的敌视态度: 表示 + a short verbless clause, or 对X的 + a stance noun,
     * expresses a stance with no proposition. None of these is a claim.
     */
    private boolean namesInformationOnly(ClaimDraft draft) {
        return draft.form == ClaimForm.INDIRECT && draft.contentStart > 0
                && "，,：:".indexOf(text.charAt(draft.contentStart - 1)) < 0   // the cue's object, not a clause after it
                && INFORMATION_ONLY.matcher(text.substring(draft.contentStart, draft.contentEnd)).matches();
    }

    private boolean isThingBelievedOrStance(String cue, ClaimDraft draft) {
        if (draft.form != ClaimForm.INDIRECT) {
            return false;
        }
        int from = draft.contentStart;
        int to = draft.contentEnd;
        int firstClauseEnd = from;
        while (firstClauseEnd < to && CLAUSE_BOUNDARIES.indexOf(text.charAt(firstClauseEnd)) < 0
                && OPENING_QUOTES.indexOf(text.charAt(firstClauseEnd)) < 0) {
            firstClauseEnd++;
        }
        if (cue.equals("相信") || cue.equals("不相信")) {
            return lexicon.longestPrefix("contrast", text, from, to).isPresent() || !hasPredicate(from, firstClauseEnd, false)
                    || lexicon.longestSuffix("heldnoun", text, from, firstClauseEnd).isPresent();
        }
        if (!cue.equals("表示") || firstClauseEnd < to) {
            return false;
        }
        boolean targeted = lexicon.longestPrefix("target", text, from, to).isPresent();
        return to - from <= MAX_VERBLESS_CONTENT && !hasPredicate(from, to, true)
                || targeted && lexicon.longestSuffix("stance", text, from, to).isPresent()
                    && text.substring(from, to).contains("的");
    }

    /**
     * A verb (not a verbal noun) among the tokens inside {@code [from, to)}; with
     * {@code adjectives} also an adjective (病人情况稳定/an). 相信 takes adjectives in noun phrases
     * (相信新闻自由), so it asks for verbs only.
     */
    private boolean hasPredicate(int from, int to, boolean adjectives) {
        for (int k = doc.firstTokenAtOrAfter(from); k < tokens.size() && tokens.get(k).end() <= to; k++) {
            String pos = tokens.get(k).pos();
            boolean predicate = pos.startsWith("v") && !pos.equals("vn") || adjectives && pos.startsWith("a");
            if (tokens.get(k).start() >= from && predicate) {
                return true;
            }
        }
        return false;
    }

    /** {@code [from, to)} holds attitude words only, with intensifiers and quotation marks around them. */
    private boolean attitudeOnly(int from, int to) {
        int k = from;
        boolean sawAttitude = false;
        while (k < to) {
            if (OPENING_QUOTES.indexOf(text.charAt(k)) >= 0 || CLOSING_QUOTES.indexOf(text.charAt(k)) >= 0
                    || Character.isWhitespace(text.charAt(k))) {
                k++;
                continue;
            }
            Optional<String> word = lexicon.longestPrefix("attitude", text, k, to);
            if (word.isPresent()) {
                sawAttitude = true;
            } else {
                word = lexicon.longestPrefix("intensifier", text, k, to);
            }
            if (word.isEmpty()) {
                return false;
            }
            k += word.get().length();
        }
        return sawAttitude;
    }

    /** A bare quotation paragraph right after a claim continues its speaker. */
    private void continueQuotation(int from, int to, int paragraph) {
        int start = skipSpaces(from, to);
        Quote quote = quotations.startingAt(start);
        if (quote == null || drafts.isEmpty() || !onlyPunctuationOrAside(quote.end(), to)) {
            return;
        }
        ClaimDraft previous = drafts.get(drafts.size() - 1);
        ClaimDraft draft = new ClaimDraft();
        setDirect(draft, quote);
        if (draft.form == null) {
            return;
        }
        draft.cue = "";
        draft.cueStart = quote.start();
        draft.paragraph = paragraph;
        draft.speakerEntity = previous.speakerEntity;
        draft.speakerKind = previous.speakerKind;
        drafts.add(draft);
    }

    // ---------------------------------------------------------------- sources


    /**
     * The source at the head of {@code [from, to)}: leading conjunctions, adverbs and times are
     * skipped, then nominal tokens are taken up to the first adverb, preposition, time, bracket or
     * verb (美国国务院发言人普赖斯（…）表示 → 美国国务院发言人普赖斯).
     */
    private Subject findSubject(int from, int to) {
        int start = skipLeading(from, to);
        start = afterPlaceModifier(start, to);
        start = trimmer.afterAgeModifier(start, to);
        int end = start < to ? walkNominal(start, to) : start;
        if (start > 0 && end > start && text.charAt(start - 1) == '《') {
            int close = text.indexOf('》', start);
            if (close > end && close < to && close - start <= MAX_QUOTED_NAME && noClauseMark(start, close)) {
                end = close;   // 《南方/周末/t》: a title is read whole, a time word inside it ends nothing
            }
        }
        if (end == start) {
            // “国际未来方向”（Future Directions International）周二发布报告指出: with nothing
            // after it, a bracket heading the clause is the source's gloss, not an aside
            int unskipped = skipLeading(from, to, false);
            if (unskipped < start) {
                start = unskipped;
                end = walkNominal(start, to);
            }
        }
        if (start >= to) {
            return Subject.ZERO_SUBJECT;
        }
        // 李明记得老师说过: the one remembered or heard speaks
        int verb = doc.firstTokenAtOrAfter(end);
        if (end > start && verb < tokens.size() && tokens.get(verb).start() == end && tokens.get(verb).pos().startsWith("v")
                && lexicon.is("hearing", tokens.get(verb).text())) {
            int heard = walkNominal(tokens.get(verb).end(), to);
            if (heard > tokens.get(verb).end()) {
                start = tokens.get(verb).end();
                end = heard;
            }
        }
        // 参与谈判的外交官: a short relative clause ending in 的 before the nominal head
        // 一位在市中心医院急诊科工作的护士: after a count word or demonstrative, a longer clause,
        // also one opened by a preposition
        int stop = doc.firstTokenAtOrAfter(end);
        boolean counted = end > start && (onlyCountWords(start, end) || endsInCountWords(start, end));
        int walked = end;
        if (stop < tokens.size() && tokens.get(stop).start() == end
                && (tokens.get(stop).pos().startsWith("v") && !tokens.get(stop).pos().equals("vn")
                    || counted && (tokens.get(stop).pos().equals("p") || tokens.get(stop).pos().startsWith("d")))) {
            int de = text.indexOf('的', end);
            if (de > end && de < to - 1 && de - end <= (counted ? MAX_COUNTED_RELATIVE_CLAUSE : MAX_RELATIVE_CLAUSE)
                    && noClauseMark(end, de)
                    && (counted || onlyCountWords(start, end)) && text.substring(end, de).chars().noneMatch(c -> "了过着".indexOf(c) >= 0)
                    && !possessive(de)) {
                int head = walkNominal(de + 1, to);
                // 负责调查的警官: with nothing before it, the clause must lead to who speaks (not
                // 鼓吹人们按自己的任何欲望…，并宣称, a verb phrase with no subject)
                if (head > de + 1 && (end > start || namesASource(de + 1, head))) {
                    end = head;
                }
            }
        }
        if (counted && end == walked) {
            int head = countedHead(end, to);   // 一名退休教师称: a bare modifier, no 的
            end = Math.max(end, head);
        }
        Subject trimmed = trimmer.trim(start, end, to);
        if (trimmed.status() != Status.OK) {
            return trimmed;
        }
        start = trimmed.start();
        end = trimmed.end();
        String source = text.substring(start, end);
        boolean entityOrPronoun = doc.insideMention(start) || lexicon.is("pronoun", source);
        if (text.charAt(start) == '的' || source.length() == 1 && !entityOrPronoun) {
            return Subject.INVALID_SUBJECT;   // …的问题说, 与说: a fragment, not a phrase
        }
        if (source.startsWith("有") && !doc.insideMention(start) || lexicon.is("nonsource", source)
                || lexicon.is("figurative", source) && !doc.insideMention(start)
                || lexicon.longestSuffix("nobody", text, start, end).isPresent()) {
            return Subject.SOURCELESS_SUBJECT;   // 有分析人士认为, 我们认为, 公司里没有一个人说, 直觉告诉我
        }
        if (causativeAt(start)) {
            return Subject.INVALID_SUBJECT;   // …，使这些国家认为: the ones made to believe, no source that speaks
        }
        if (source.chars().noneMatch(Character::isLetter) || source.contains("有关") || source.contains("关于")) {
            return Subject.INVALID_SUBJECT;   // 3否认…, 美国媒体有关白宫宣布…的消息: a topic, not a source
        }
        return titledPersonAfter(new Subject(Status.OK, start, end), to);
    }

    /**
     * 在上海的经纪人王明认为: a place modifier 在X的 before a head that names who speaks (a title,
     * person noun or descriptive source, or a person) is read over; the head is the source. X is
     * nouns or places only (not 在他的文章中说: a possessive and a medium).
     */
    private int afterPlaceModifier(int start, int to) {
        int k = doc.firstTokenAtOrAfter(start);
        if (k >= tokens.size() || tokens.get(k).start() != start || !tokens.get(k).text().equals("在")
                || !tokens.get(k).pos().startsWith("p")) {
            return start;
        }
        int de = text.indexOf('的', start);
        if (de < 0 || de >= to - 1 || de - start > MAX_RELATIVE_CLAUSE || !noClauseMark(start, de)) {
            return start;
        }
        for (k++; k < tokens.size() && tokens.get(k).start() < de; k++) {
            CharToken t = tokens.get(k);
            boolean place = t.pos().startsWith("ns") || t.pos().equals("s") || t.pos().equals("f") || doc.insideMention(t.start());
            if (!place) {
                return start;
            }
        }
        int head = walkNominal(de + 1, to);
        if (head <= de + 1) {
            return start;
        }
        boolean speaks = doc.personWithin(de + 1, head).isPresent();
        for (String role : List.of("title", "descriptive", "personhead")) {
            speaks |= lexicon.longestSuffix(role, text, de + 1, head).isPresent();
        }
        return speaks ? de + 1 : start;
    }

    /** Longest addressee read over between a verb of address and a cue of saying after it. */
    private static final int MAX_ADDRESSEE = 8;

    /**
     * After a verb of address (警告, 提醒): a short object, a comma or space, then 称/说/表示 — the
     * later cue carries what was said (加拿大警告其公民 称…, 他提醒记者，说…).
     */
    private boolean addressedBeforeSaying(int cueEnd, int paragraphEnd) {
        for (int k = cueEnd + 1; k < Math.min(paragraphEnd, cueEnd + MAX_ADDRESSEE + 1); k++) {
            char c = text.charAt(k);
            if (c == '，' || c == ',' || c == ' ' || c == '\u3000') {
                int after = k + 1;
                while (after < paragraphEnd && (text.charAt(after) == ' ' || text.charAt(after) == '\u3000')) {
                    after++;
                }
                Optional<Cue> next = after < paragraphEnd ? lexicon.longestAt(text, after) : Optional.empty();
                return next.filter(n -> n.kind() == Kind.SPEECH && lexicon.is("saying", n.word())).isPresent();
            }
            if (CLAUSE_BOUNDARIES.indexOf(c) >= 0 || OPENING_QUOTES.indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
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

    /** Longest stretch between a titled name and its cue (（David Helvey）6日, 10月9日接受媒体采访时). */
    private static final int MAX_AFTER_TITLED_NAME = 20;

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
                    && noClauseMark(subject.end(), m.end()) && !prepositionBetween(subject.end(), m.start())
                    && (!verbAfter || cueAt && nothingButGlossBefore(m.end(), to))) {
                return new Subject(Status.OK, m.start(), m.end());
            }
        }
        return subject;
    }

    /** Prepositions that introduce whom one speaks to (他向主持人马尔表示, 写信给国务卿蓬佩奥). */
    private static final List<String> ADDRESSING = List.of("向", "对", "跟", "给", "朝");

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
        int k = skipSpaces(from, to);
        if (k < to && (text.charAt(k) == '（' || text.charAt(k) == '(')) {
            int close = closingBracket(k, to);
            if (close < 0) {
                return false;
            }
            k = skipSpaces(close + 1, to);
        }
        Integer timeEnd = doc.timeEndStartingAt(k);
        if (timeEnd != null && timeEnd <= to) {
            k = skipSpaces(timeEnd, to);
        }
        while (k < to && "也还都就曾又亦则".indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        return k == to;
    }

    /**
     * 包括卡瓦诺的…: a name before 的 is a possessor, not the end of a relative clause; a place
     * is not (一位来自揭阳的志愿者).
     */
    private boolean possessive(int de) {
        return doc.mentionEndingAt(de).map(m -> m.type() != EntityType.LOC).orElse(doc.insideMention(de - 1));
    }

    /**
     * Whether {@code [from, to)} ends in a word for who can speak: a title, descriptive source,
     * medium or person noun (警官, 人士, 邻居), a mention, or an organization ending (法院); or holds
     * a title before a name (议员Marie-Pierre Vedrenne).
     */
    private boolean namesASource(int from, int to) {
        for (String role : List.of("title", "descriptive", "medium", "personhead")) {
            if (lexicon.longestSuffix(role, text, from, to).isPresent()) {
                return true;
            }
        }
        for (int k = from; k < to; k++) {
            if (!lexicon.wordsAt("title", text, k, to).isEmpty()) {
                return true;
            }
        }
        return doc.mentionEndingAt(to).map(m -> m.type() == EntityType.PERSON || m.type() == EntityType.ORG).orElse(false)
                || doc.personWithin(from, to).isPresent() || ORG_ENDINGS.indexOf(text.charAt(to - 1)) >= 0;
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
            if (modifierOrHead && namesASource(from, t.end())) {
                head = t.end();
            }
        }
        return head;
    }

    /** The end of the run of source-like tokens from {@code start}, stopping by {@code to}. */
    private int walkNominal(int start, int to) {
        int end = start;
        int k = doc.firstTokenAtOrAfter(start);
        while (k < tokens.size()) {
            CharToken t = tokens.get(k);
            if (t.start() >= to || t.start() > end && !text.substring(end, t.start()).isBlank()) {
                break;
            }
            // a lexicon word may span several tokens (知情/vi 人士/n) or end inside one (官员称/nz)
            Optional<String> word = sourceWordAt(t.start(), to)
                    .filter(w -> t.start() + w.length() >= t.end() || t.end() > to);   // not 国家 of 国家统计局
            if (word.isPresent()) {
                end = t.start() + word.get().length();
                k = doc.firstTokenAtOrAfter(end);
                if (k < tokens.size() && tokens.get(k).start() < end) {
                    break;   // the word ends inside a token (官员称/nz): stop after the word
                }
                continue;
            }
            if (t.end() > to && t.start() < to && (doc.insideMention(to - 1)
                    || t.pos().startsWith("nr") && GLUED_ADVERBS.indexOf(text.charAt(to - 1)) < 0)) {
                end = to;   // 川/b 普说/nr: the segmenter glued the name's last char to the cue
                break;
            }
            if (t.pos().equals("an") && k + 1 < tokens.size() && tokens.get(k + 1).start() == t.end()
                    && tokens.get(k + 1).end() <= to && tokens.get(k + 1).pos().startsWith("n")
                    && !tokens.get(k + 1).pos().startsWith("nr")) {
                end = t.end();   // 该州/卫生/an/部门: an adjectival noun modifying a noun
                k++;
                continue;
            }
            if (t.end() <= to && end > start && (t.pos().equals("vi") || t.pos().startsWith("d")) && !belongsToSource(t)
                    && k > 0 && (tokens.get(k - 1).pos().startsWith("n") && !tokens.get(k - 1).pos().startsWith("nr")
                        || tokens.get(k - 1).pos().equals("a"))) {
                int through = organizationThrough(k, to);
                if (through > k) {
                    end = tokens.get(through - 1).end();   // 国家/过敏/vi/和/传染病/研究所: one name
                    k = through;
                    continue;
                }
            }
            if (t.text().equals("之") && end > start && t.end() < to && "声音".indexOf(text.charAt(t.end())) >= 0
                    && k + 1 < tokens.size() && tokens.get(k + 1).start() == t.end() && tokens.get(k + 1).text().length() == 1) {
                end = t.end() + 1;   // 德国/之/声, 美国/之/音: a broadcaster's name
                k += 2;
                continue;
            }
            if (end > start && !t.text().isEmpty() && (OPENING_QUOTES.indexOf(t.text().charAt(0)) >= 0
                    || CLOSING_QUOTES.indexOf(t.text().charAt(0)) >= 0)) {
                Quote q = quotations.around(t.start());
                if (q != null && q.start() >= start && q.end() <= to && quotedNameEndsAt(q.end())) {
                    end = q.end();   // 法国『世界报』, 前“香港众志”秘书长: a quoted name inside the source
                    if (doc.insideToken(end)) {
                        break;   // it closes inside a token (普"""京): stop there, or the walk would never move on
                    }
                    k = doc.firstTokenAtOrAfter(end);
                    continue;
                }
            }
            if (t.text().equals("《") && end > start) {
                int close = text.indexOf('》', t.start());
                if (close > 0 && close < to && close - t.start() <= MAX_QUOTED_NAME && noClauseMark(t.start(), close)) {
                    end = close + 1;   // 知名医学期刊《柳叶刀》: a title inside the source
                    if (doc.insideToken(end)) {
                        break;   // it closes inside a token (普"""京): stop there, or the walk would never move on
                    }
                    k = doc.firstTokenAtOrAfter(end);
                    continue;
                }
            }
            if ((t.text().equals("（") || t.text().equals("(")) && end > start) {
                int after = afterGloss(t.start(), to);
                if (after > 0) {
                    end = after;   // 牛津经济公司（Oxford Economics Ltd.）经济学家何天杰: a Latin gloss inside the source
                    if (doc.insideToken(after)) {
                        break;   // it closes inside a token (普"""京): stop there, or the walk would never move on
                    }
                    k = doc.firstTokenAtOrAfter(after);
                    continue;
                }
            }
            if (end > start && t.pos().startsWith("v") && t.text().length() == 2 && t.end() < to
                    && lexicon.wordsAt("title", text, t.end(), to).stream()
                        .anyMatch(w -> doc.personWithin(t.end() + w.length(), to).filter(m -> m.start() == t.end() + w.length()).isPresent())) {
                end = t.end();   // 纪念基金会执行/v 主任史密斯: a verb heading the title of a named person
                k++;
                continue;
            }
            if (end > start && t.pos().startsWith("v") && k + 1 < tokens.size() && tokens.get(k + 1).start() == t.end()
                    && tokens.get(k + 1).text().equals("者") && tokens.get(k + 1).pos().equals("k") && tokens.get(k + 1).end() <= to) {
                end = tokens.get(k + 1).end();   // 交易/撮合/v 者/k: a verb and the suffix 者 name a role, after a noun
                k += 2;
                continue;
            }
            if (t.end() > to || !belongsToSource(t) || startsDate(k)) {
                break;
            }
            int timeInside = doc.timeStartInside(t);
            if (timeInside > start && timeInside > t.start()) {
                end = timeInside;   // 库德/洛上/nr 周五: the time 上周五 starts inside the name's token
                break;
            }
            if (end > start && t.pos().startsWith("nr") && t.text().length() == 2 && GLUED_ADVERBS.indexOf(t.text().charAt(0)) >= 0
                    && PREPOSITIONS.indexOf(t.text().charAt(1)) >= 0 && !doc.insideMention(t.start())) {
                break;   // 他/曾对/nr《法兰克福汇报》, 艾衣提/曾在/nr 公开视频中: the surname 曾 is the adverb here
            }
            if (t.pos().startsWith("nr") && t.text().length() >= 2 && GLUED_ADVERBS.indexOf(text.charAt(t.end() - 1)) >= 0
                    && !doc.insideMention(t.end() - 1)
                    && (doc.mentionEndingAt(t.end() - 1).isPresent()
                        || (doc.insideMention(t.end() - 2) || t.start() > start && t.text().length() == 2)
                            && (k + 1 >= tokens.size() || tokens.get(k + 1).start() >= to || !belongsToSource(tokens.get(k + 1))))) {
                end = t.end() - 1;   // 川/b 普也/nr, 川/b 普在/nr 演讲/vn 中: an adverb or preposition glued to the name
                break;
            }
            end = t.end();
            k++;
        }
        return end;
    }

    /**
     * An organization's name the segmenter broke with a verb (国家/过敏/vi/和/传染病/研究所, 白宫/新/冠/病毒/
     * 特别/d/工作组): from the verb at {@code k}, a few content words, adverbs or conjunctions up to an
     * organization noun, all before {@code to}. The index after that noun, or -1.
     */
    private int organizationThrough(int k, int to) {
        int from = tokens.get(k).start();
        for (int j = k; j < tokens.size() && tokens.get(j).end() <= to && tokens.get(j).end() - from <= 12; j++) {
            CharToken t = tokens.get(j);
            String pos = t.pos();
            if (j > k && (pos.startsWith("nis") || pos.startsWith("nit") || pos.startsWith("nt"))
                    && lexicon.longestSuffix("orghead", t.text(), 0, t.text().length()).isPresent()) {
                return j + 1;
            }
            if (j > k && pos.equals("nnt") && tokens.get(k).pos().equals("vi")) {
                return j + 1;   // 美国/著名/饶舌/vi/歌手: an occupation title
            }
            boolean content = pos.startsWith("n") && !pos.startsWith("nr") || pos.equals("vi") || pos.equals("vn")
                    || pos.equals("a") || pos.equals("b") || pos.startsWith("d") && j == k || pos.equals("cc") || pos.equals("ng");
            if (!content || t.text().equals("的") || doc.isTimeAt(t.start()) || ("说称".indexOf(t.text().charAt(0)) >= 0)) {
                return -1;
            }
        }
        return -1;
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

    private boolean noClauseMark(int from, int to) {
        for (int k = from; k < to; k++) {
            if (CLAUSE_BOUNDARIES.indexOf(text.charAt(k)) >= 0 || OPENING_QUOTES.indexOf(text.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** 17日晚, 3月: a number followed by a date unit ends a source even when no time was recognized. */
    private boolean startsDate(int k) {
        CharToken t = tokens.get(k);
        if (!t.pos().startsWith("m") || k + 1 >= tokens.size()) {
            return false;
        }
        CharToken next = tokens.get(k + 1);
        return next.start() == t.end() && !next.text().isEmpty() && "年月日号时点".indexOf(next.text().charAt(0)) >= 0;
    }

    private Optional<String> sourceWordAt(int at, int to) {
        Optional<String> best = Optional.empty();
        for (String role : List.of("title", "descriptive", "medium")) {
            Optional<String> w = lexicon.longestPrefix(role, text, at, to);
            if (w.isPresent() && (best.isEmpty() || w.get().length() > best.get().length())) {
                best = w;
            }
        }
        return best;
    }

    private boolean belongsToSource(CharToken t) {
        if (lexicon.isSourceWord(t.text())) {
            return true;
        }
        if (t.pos().equals("t") && doc.isTimeAt(t.start()) && !doc.mentionAround(t)) {
            return false;   // 周三, even when a name was guessed there (金/明日 inside 金明日 stays)
        }
        if (doc.insideMention(t.start())) {
            // 王总/还, 纳瓦罗/在: an adverb or preposition the entity stage took into a name's end
            boolean glossed = t.end() < text.length() && (text.charAt(t.end()) == '（' || text.charAt(t.end()) == '(');
            return glossed || !(GLUE_POS.stream().anyMatch(t.pos()::startsWith) && doc.mentionEndsAfterStartBefore(t));
        }
        String pos = t.pos();
        String word = t.text();
        if (pos.startsWith("w")) {
            return word.length() == 1 && ("、".equals(word) || INTERPUNCTS.contains(word));
        }
        if (pos.startsWith("c")) {
            return word.length() == 1 && COORDINATORS.contains(word) || word.equals("以及") || word.equals("及其");
        }
        if (pos.startsWith("v")) {
            return pos.equals("vn") || word.length() == 1 && PREDICATE_CHARS.indexOf(word.charAt(0)) < 0;
        }
        if (pos.equals("t") || pos.equals("qt") || pos.startsWith("p") || pos.startsWith("d") || pos.equals("ad")
                || pos.startsWith("u") && !pos.equals("ude1") && !pos.equals("udeng") || pos.equals("y")
                || pos.equals("e") || pos.equals("o") || pos.equals("an") || pos.equals("vl")) {
            return false;
        }
        return !doc.isTimeAt(t.start());
    }

    /** Skips conjunctions, adverbs, time expressions and spaces at the head of a clause. */
    private int skipLeading(int from, int to) {
        return skipLeading(from, to, true);
    }

    /** {@code skipAsides}: also skip a bracketed aside heading the clause ((记者王五报道), (法新社巴黎)). */
    private int skipLeading(int from, int to, boolean skipAsides) {
        int start = skipSpaces(from, to);
        boolean moved = true;
        while (moved && start < to) {
            moved = false;
            Integer timeEnd = doc.timeEndStartingAt(start);
            if (timeEnd != null && timeEnd <= to) {
                start = skipSpaces(timeEnd, to);
                moved = true;
            }
            if (skipAsides && start < to && (text.charAt(start) == '（' || text.charAt(start) == '(')) {
                // （记者王五报道）财政部长表示: a bracketed byline or aside heading the clause
                int close = closingBracket(start, to);
                if (close > start) {
                    start = skipSpaces(close + 1, to);
                    moved = true;
                    continue;
                }
            }
            int k = doc.firstTokenAtOrAfter(start);
            if (k < tokens.size() && tokens.get(k).start() == start && tokens.get(k).end() <= to
                    && !doc.insideMention(start)) {
                CharToken t = tokens.get(k);
                String pos = t.pos();
                boolean date = pos.startsWith("m") && k + 1 < tokens.size()
                        && (tokens.get(k + 1).pos().equals("qt") || tokens.get(k + 1).pos().equals("t"));
                if (pos.startsWith("c") && !COORDINATORS.contains(t.text()) || pos.startsWith("d") || pos.equals("t")
                        || pos.equals("qt") || date || (pos.startsWith("w") && !"、".equals(t.text()))
                        || lexicon.is("timelocalizer", t.text())) {
                    start = skipSpaces(t.end(), to);
                    moved = true;
                }
            }
        }
        return start;
    }

    /**
     * Sets the speaker of a draft from its source phrase: the name after a title (发言人普赖斯 →
     * 普赖斯), the entity there (a PERSON at the right end first), or a pronoun resolved to an
     * earlier speaker. False when the phrase is no usable source.
     */
    private boolean attachSpeaker(ClaimDraft draft, Subject subject, int cueAt) {
        int start = subject.start();
        int end = subject.end();
        String whole = text.substring(start, end);
        Optional<String> pronoun = lexicon.detail("pronoun", whole);
        if (pronoun.isPresent()) {
            draft.speakerStart = start;
            draft.speakerEnd = end;
            antecedents.resolvePronoun(draft, pronoun.get(), start);
            return true;
        }
        // the name after the last title: 美国国务院发言人普赖斯 → 普赖斯
        int headStart = start;
        for (int k = start; k < end; k++) {
            for (String title : lexicon.wordsAt("title", text, k, end)) {
                int after = k + title.length();
                if (after > headStart && after <= end - 2 && !endsInsideWord(after) && looksLikeName(after, end)) {
                    headStart = after;
                }
            }
        }
        int headEnd = end;
        // 普京总统: a trailing title after a person's name
        Optional<String> trailingTitle = lexicon.longestSuffix("title", text, start, end);
        if (headStart == start && trailingTitle.isPresent()) {
            int titleStart = end - trailingTitle.get().length();
            int nameEnd = titleStart;
            if (nameEnd > start && "）)".indexOf(text.charAt(nameEnd - 1)) >= 0 && !AGENT_TITLES.contains(trailingTitle.get())) {
                int open = Math.max(text.lastIndexOf('（', nameEnd - 1), text.lastIndexOf('(', nameEnd - 1));
                if (open > start && nameEnd - open <= MAX_SOURCE_ASIDE + 2) {
                    nameEnd = open;   // 川普（特朗普）总统: the name before its aside and title
                }
            }
            Optional<MentionRef> person = doc.mentionEndingAt(nameEnd).filter(m -> m.type() == EntityType.PERSON);
            if (person.isPresent() && person.get().start() >= start) {
                headStart = person.get().start();
                headEnd = nameEnd;
            }
        }
        if (headStart > start) {
            headEnd = nameBeforeGloss(headStart, headEnd);
        }
        int lastDe = text.substring(headStart, headEnd).lastIndexOf('的') + headStart;
        if (lastDe >= headStart && doc.personWithin(lastDe + 1, headEnd).isPresent()) {
            headStart = lastDe + 1;
        }
        draft.speakerStart = headStart;
        draft.speakerEnd = headEnd;
        String head = text.substring(headStart, headEnd);
        boolean coordination = head.contains("、") || coordinatesMentions(headStart, headEnd);
        Optional<String> descriptive = lexicon.longestSuffix("descriptive", text, headStart, headEnd);
        Optional<MentionRef> entity = Optional.empty();
        if (!coordination) {
            entity = doc.personWithin(headStart, headEnd);
            if (entity.isEmpty()) {
                int from = headStart;
                entity = doc.mentionEndingAt(headEnd).filter(m -> m.start() >= from);
            }
        }
        draft.speakerEntity = entity.map(MentionRef::entityId);
        if (entity.isEmpty() && !coordination) {
            draft.speakerEntity = antecedents.publisherOf(head, draft.paragraph, headStart, cueAt);   // 报道称 after 据《华尔街日报》报道
        }
        if (coordination || head.endsWith("们")
                || descriptive.flatMap(d -> lexicon.detail("descriptive", d)).filter("plural"::equals).isPresent()
                && entity.isEmpty()) {
            draft.speakerKind = SpeakerKind.PLURAL;
        } else if (entity.isPresent()) {
            draft.speakerKind = switch (entity.get().type()) {
                case PERSON -> SpeakerKind.PERSON;
                case ORG -> SpeakerKind.ORG;
                case LOC -> SpeakerKind.PLACE;
                case EVENT -> SpeakerKind.UNKNOWN;
            };
        } else if (headStart > start || lexicon.longestSuffix("title", text, headStart, headEnd).isPresent()) {
            draft.speakerKind = SpeakerKind.PERSON;   // a name after a title, or one named by a title (泰国陆军总司令)
        } else if (ORG_ENDINGS.indexOf(head.charAt(head.length() - 1)) >= 0) {
            draft.speakerKind = SpeakerKind.ORG;
        } else if (LATIN_NAME.matcher(head).matches()) {
            draft.speakerKind = SpeakerKind.PERSON;   // Ricky指出，…他说: a name no entity covers; a later 他 is this one
        }
        return true;
    }

    /**
     * 总理戴安伯（Ambrose Dlamini）联大: a name after a title ends at its gloss when more than a title
     * follows the gloss (where or how it was said); the end of the name then, else {@code headEnd}.
     * 总统拜登（Joe Biden）发言人 keeps its trailing title.
     */
    private int nameBeforeGloss(int headStart, int headEnd) {
        for (MentionRef m : doc.mentionsWithin(headStart, headEnd)) {
            if (m.start() != headStart || m.type() != EntityType.PERSON || m.end() >= headEnd
                    || "（(".indexOf(text.charAt(m.end())) < 0) {
                continue;
            }
            int close = closingBracket(m.end(), headEnd);
            if (close > 0 && close + 1 < headEnd && lexicon.longestSuffix("title", text, close + 1, headEnd).isEmpty()
                    && lexicon.longestSuffix("descriptive", text, close + 1, headEnd).isEmpty()
                    && COORDINATORS.indexOf(text.charAt(close + 1)) < 0 && text.charAt(close + 1) != '、'
                    && !endsInOrganizationWord(close + 1, headEnd)) {
                return m.end();
            }
        }
        return headEnd;
    }

    /** Titles after a name that name someone acting for that person: 佩洛西（Pelosi）发言人 is her spokesperson. */
    private static final java.util.Set<String> AGENT_TITLES = java.util.Set.of("发言人", "女发言人", "代表", "律师", "助理", "顾问", "秘书");

    /** 拉斯金（Jamie Raskin）办公室: whether {@code [from, to)} ends in an organization word (the office speaks, not the name). */
    private boolean endsInOrganizationWord(int from, int to) {
        int k = doc.firstTokenAtOrAfter(to) - 1;
        if (k < 0 || k >= tokens.size() || tokens.get(k).end() != to || tokens.get(k).start() < from) {
            return false;
        }
        String pos = tokens.get(k).pos();
        return pos.startsWith("nis") || pos.startsWith("nit") || pos.startsWith("nt") || ORG_ENDINGS.indexOf(text.charAt(to - 1)) >= 0
                || text.charAt(to - 1) == '室';
    }

    /** 军事委员会成员柯顿: a title (委员) that ends inside a longer word (委员会) is none. */
    private boolean endsInsideWord(int at) {
        int k = doc.firstTokenAtOrAfter(at - 1);
        return k < tokens.size() && tokens.get(k).end() > at && tokens.get(k).start() < at
                && !tokens.get(k).pos().startsWith("nr") && !(doc.insideMention(at) && !doc.insideMention(at - 1));
    }

    /** Whether {@code [from, to)} can be a name after a title: a person, an interpunct name or a short word. */
    private boolean looksLikeName(int from, int to) {
        if (doc.isTimeAt(from) || COORDINATORS.indexOf(text.charAt(from)) >= 0) {
            return false;   // 川普总统周三…说: a weekday is no name; 川普总统和其他人: a coordination
        }
        if (doc.personWithin(from, to).isPresent()) {
            return true;
        }
        // 执行主任史密斯（Marion Smith）: a bracketed gloss after the name is no part of the test
        int gloss = from + 1;
        while (gloss < to && text.charAt(gloss) != '（' && text.charAt(gloss) != '(') {
            gloss++;
        }
        if (gloss < to - 1 && (text.charAt(to - 1) == '）' || text.charAt(to - 1) == ')')) {
            to = gloss;
        }
        String rest = text.substring(from, to);
        if (rest.chars().anyMatch(c -> INTERPUNCTS.indexOf(c) >= 0)) {
            return true;
        }
        List<MentionRef> inside = doc.mentionsWithin(from, to);
        if (inside.size() == 1 && inside.get(0).start() == from && inside.get(0).end() == to) {
            return true;
        }
        int only = doc.firstTokenAtOrAfter(from);
        if (only < tokens.size() && tokens.get(only).start() == from && tokens.get(only).end() == to
                && tokens.get(only).pos().startsWith("v")) {
            return false;   // 司令给予: a verb after a title is no name
        }
        return inside.isEmpty() && rest.length() <= 4 && ORG_ENDINGS.indexOf(rest.charAt(rest.length() - 1)) < 0
                && lexicon.longestSuffix("title", text, from, to).isEmpty()
                && lexicon.longestSuffix("medium", text, from, to).isEmpty()
                && lexicon.longestSuffix("descriptive", text, from, to).isEmpty();
    }

    /** Whether the speaker joins names (美国和日本) or a name and others (川普总统和其他共和党人): a group, no one entity. */
    private boolean coordinatesMentions(int from, int to) {
        List<MentionRef> inside = doc.mentionsWithin(from, to);
        for (int k = 0; k + 1 < inside.size(); k++) {
            String between = text.substring(inside.get(k).end(), inside.get(k + 1).start());
            if (between.length() == 1 && COORDINATORS.contains(between) || between.equals("以及")) {
                return true;
            }
        }
        // a name, its title, then 和 + others: 川普总统和其他共和党人, 李女士和家人
        for (MentionRef m : inside) {
            int at = m.end() + lexicon.longestPrefix("title", text, m.end(), to).map(String::length).orElse(0);
            int coordinator = at < to && COORDINATORS.indexOf(text.charAt(at)) >= 0 ? 1 : text.startsWith("以及", at) ? 2 : 0;
            if (coordinator > 0 && lexicon.longestPrefix("others", text, at + coordinator, to).isPresent()) {
                return true;
            }
        }
        return false;
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

    // ---------------------------------------------------------------- whole-document fixes

    /** 根据X，Y说，…: the frame names Y's medium, not a claim of its own. */
    private void dropFramesAroundClaims() {
        List<ClaimDraft> frames = drafts.stream().filter(d -> d.frame).toList();
        for (ClaimDraft frame : frames) {
            for (ClaimDraft inner : drafts) {
                if (inner != frame && !inner.frame && inner.cueStart >= frame.contentStart && inner.cueStart < frame.contentEnd) {
                    if (inner.via.isEmpty()) {
                        inner.via = frame.via;
                    }
                    drafts.remove(frame);
                    break;
                }
            }
        }
    }

    /**
     * A说，…，B则认为，…: A's content stops before B's clause, the first one inside it that leaves
     * A at least two characters. The speakers' starts are sorted once, so each content looks only at
     * the speakers inside it.
     */
    private void clampContents() {
        int[] starts = drafts.stream().mapToInt(d -> d.speakerStart).filter(s -> s >= 0).sorted().toArray();
        for (ClaimDraft d : drafts) {
            if (d.form == ClaimForm.DIRECT) {
                continue;
            }
            int k = java.util.Arrays.binarySearch(starts, d.contentStart + 1);
            k = k < 0 ? -k - 1 : k;
            while (k > 0 && starts[k - 1] > d.contentStart) {
                k--;   // binarySearch finds any of equal keys
            }
            for (; k < starts.length && starts[k] < d.contentEnd; k++) {
                if (starts[k] == d.speakerStart) {
                    continue;   // its own speaker
                }
                int end = trimEnd(d.contentStart, clauseStart(starts[k]));
                if (end - d.contentStart >= 2 && end < d.contentEnd) {
                    d.contentEnd = end;
                    d.form = hasQuotedSpeech(d.contentStart, end) ? ClaimForm.MIXED : ClaimForm.INDIRECT;
                    break;
                }
            }
        }
    }

    // ---------------------------------------------------------------- small helpers

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
                    && skipLeading(d.contentStart, cueAt) == subjectStart) {
                return true;
            }
        }
        return false;
    }

    private boolean insideContent(int at) {
        for (ClaimDraft d : drafts) {
            if (at >= d.contentStart && at < d.contentEnd) {
                return true;
            }
        }
        return false;
    }

    private int clauseStart(int at) {
        return clauseStart(at, true);
    }

    private int clauseStart(int at, boolean brackets) {
        int k = at;
        if (!brackets) {
            int limit = Math.max(0, at - MAX_CLAUSE_CHARS);
            while (k > limit && (CLAUSE_BOUNDARIES.indexOf(text.charAt(k - 1)) < 0 || quotedNameEndsAt(k))
                    && !isDashBoundary(k - 1) && !isSpaceBoundary(k - 1)) {
                k--;
            }
            return k;
        }
        // No clause of prose runs this long; the cap keeps a page without punctuation linear.
        int limit = Math.max(0, at - MAX_CLAUSE_CHARS);
        int depth = 0;   // 何天杰（Tianjie He，译音）表示: a comma inside a bracket ends no clause
        while (k > limit) {
            char c = text.charAt(k - 1);
            if (c == '）' || c == ')') {
                depth++;
            } else if ((c == '（' || c == '(') && depth > 0) {
                depth--;
            } else if (depth == 0 && (CLAUSE_BOUNDARIES.indexOf(c) >= 0 && !quotedNameEndsAt(k) || isDashBoundary(k - 1)
                    || isSpaceBoundary(k - 1))) {
                break;
            } else if (depth > 0 && (SENTENCE_ENDS.indexOf(c) >= 0 || at - k > 60)) {
                return clauseStart(at, false);   // an unbalanced bracket: plain boundaries
            }
            k--;
        }
        return k;
    }

    /** Longest quotation read as a name inside a clause (“健康时报”, “The Spectator”). */
    private static final int MAX_QUOTED_NAME = 20;

    /**
     * A short quotation closing at {@code end} (exclusive) that opened inside its clause, alone or
     * right after another such (接受“观察者”“The Spectator”采访时说, 在谈到“一带一路”的时候说): it
     * names something, and its closing mark ends no clause. “……”他说 opens its clause: a boundary.
     */
    private boolean quotedNameEndsAt(int end) {
        Quote q = CLOSING_QUOTES.indexOf(text.charAt(end - 1)) >= 0 ? quotations.endingAt(end) : null;
        while (q != null) {
            if (!q.closed() || q.innerEnd() - q.innerStart() > MAX_QUOTED_NAME
                    || !noClauseMark(q.innerStart(), q.innerEnd())) {
                return false;
            }
            if (q.start() == 0) {
                return false;
            }
            char before = text.charAt(q.start() - 1);
            if (CLOSING_QUOTES.indexOf(before) < 0) {
                boolean glossed = end < text.length() && "（(".indexOf(text.charAt(end)) >= 0;   // 名为“未来方向”（Future Directions）: the source's gloss
                return CLAUSE_BOUNDARIES.indexOf(before) < 0 && !Character.isWhitespace(before) && !isDashBoundary(q.start() - 1)
                        && "（(【[《".indexOf(before) < 0 && !glossed;
            }
            q = quotations.endingAt(q.start());
        }
        return false;
    }

    /** The end of the last quoted name ({@link #quotedNameEndsAt}) inside {@code (from, to)}, or -1. */
    private int lastQuotedNameEnd(int from, int to) {
        for (int k = to; k > from; k--) {
            if (quotedNameEndsAt(k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A dash that separates clauses: an em dash (……——他的邻居还说), a doubled hyphen (--财政部称)
     * or a hyphen or en dash between spaces (路透东京3月5日 - 日本央行表示). A bare hyphen inside a
     * name (迈阿密-戴德县) is none.
     */
    private boolean isDashBoundary(int k) {
        char c = text.charAt(k);
        if (c == '—' || c == '―') {
            return true;
        }
        if (c != '-' && c != '–') {
            return false;
        }
        char before = k > 0 ? text.charAt(k - 1) : ' ';
        char after = k + 1 < text.length() ? text.charAt(k + 1) : ' ';
        return before == '-' || after == '-' || Character.isWhitespace(before) && Character.isWhitespace(after);
    }

    /**
     * A space between two Chinese characters (刘强东涉性侵 京东否认指控 美警称正调查): headlines and
     * captions separate their clauses so; a space next to Latin text (Davis Polk) is none.
     */
    private boolean isSpaceBoundary(int k) {
        char c = text.charAt(k);
        if (c != ' ' && c != '\u3000' && c != '\u00A0') {
            return false;
        }
        int before = k;
        while (before > 0 && (text.charAt(before - 1) == ' ' || text.charAt(before - 1) == '\u3000' || text.charAt(before - 1) == '\u00A0')) {
            before--;
        }
        int after = k + 1;
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\u3000' || text.charAt(after) == '\u00A0')) {
            after++;
        }
        return before > 0 && after < text.length() && isHan(text.charAt(before - 1)) && isHan(text.charAt(after));
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private int skipSpaces(int from, int to) {
        int k = from;
        while (k < to && (Character.isWhitespace(text.charAt(k)) || text.charAt(k) == '\u3000') && text.charAt(k) != '\n') {
            k++;
        }
        return k;
    }

    private int trimEnd(int start, int end) {
        int e = end;
        while (e > start && CONTENT_TRIM.indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return e;
    }

}
