package org.zhextract.claim;

import static org.zhextract.claim.Clauses.CLAUSE_BOUNDARIES;
import static org.zhextract.claim.Clauses.MAX_CLAUSE_CHARS;
import static org.zhextract.claim.Clauses.SENTENCE_ENDS;
import static org.zhextract.claim.CueUse.TIME_PHRASE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhextract.claim.ClaimExtractor.ClaimDraft;
import org.zhextract.claim.ClaimLexicon.Cue;
import org.zhextract.claim.ClaimLexicon.Kind;
import org.zhextract.claim.AnnotatedText.CharToken;
import org.zhextract.claim.Quotations.Quote;
import org.zhextract.claim.Subject.Status;
import org.zhextract.model.ClaimForm;
import org.zhextract.model.Entity;
import org.zhextract.model.TimeValue;
import org.zhextract.model.Token;
import org.zhextract.text.DocumentText;

/**
 * One document's claim finding. Works in char indices of the text (converted to code points
 * only when claims are built) and walks paragraphs in order, so that pronouns and bare
 * quotation paragraphs can look back at the speakers already found. Finds cues, sources and
 * contents; what is glued to a source but no part of it is cut by {@link SourceTrimmer}, and the
 * token, mention and time lookups live in {@link AnnotatedText}. Not thread-safe; one per call.
 */
final class DocumentPass {

    /** Sources of 用X的话说 that are a time or a saying, not a speaker (那时, 那句老话, 一句俗话). */
    private static final java.util.regex.Pattern WORDING_NONSOURCES = java.util.regex.Pattern.compile("时候?$|句|俗话|老话|现在|今天");
    /** Sources of 用X的话说 that name a people or an age group, not a speaker (美国人, 年轻人; not 一位老工人). */
    private static final java.util.regex.Pattern PEOPLE_AT_LARGE = java.util.regex.Pattern.compile("[^一这那该某此每]{1,4}人");

    private final ClaimLexicon lexicon;
    private final AnnotatedText doc;
    private final String text;
    private final List<CharToken> tokens;
    private final Quotations quotations;
    private final Clauses clauses;
    private final CueUse cueUse;
    private final CueComplements complements;
    private final SourceFinder sources;
    private final SpeakerResolver speakers;
    private final ContentFinder contents;
    private final PropositionTests propositions;
    private final List<ClaimDraft> drafts = new ArrayList<>();
    /** Sources that spoke without a claim (宣布这个消息), in text order: pronouns may refer to them. */
    private final List<ClaimDraft> silentSpeakers = new ArrayList<>();

    DocumentPass(ClaimLexicon lexicon, DocumentText document, List<Token> tokens, List<Entity> entities,
                 List<TimeValue> times) {
        this.lexicon = lexicon;
        this.doc = new AnnotatedText(document, tokens, entities, times);
        this.text = doc.text();
        this.tokens = doc.tokens();
        this.quotations = new Quotations(text);
        this.clauses = new Clauses(lexicon, doc, quotations);
        this.cueUse = new CueUse(lexicon, doc, clauses);
        SourceWalker walker = new SourceWalker(lexicon, doc, quotations, clauses);
        this.complements = new CueComplements(lexicon, doc, walker, clauses);
        this.sources = new SourceFinder(lexicon, doc, new SourceTrimmer(lexicon, doc), walker, clauses);
        Antecedents antecedents = new Antecedents(lexicon, doc, quotations, drafts, silentSpeakers);
        this.speakers = new SpeakerResolver(lexicon, doc, antecedents, clauses);
        this.contents = new ContentFinder(lexicon, doc, quotations, clauses);
        this.propositions = new PropositionTests(lexicon, doc, clauses);
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
            while (match.isPresent() && match.get().kind() == Kind.NOT_CUE && cueUse.endsInsideLongerWord(i, match.get().word())) {
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
            if (cue.kind() == Kind.NOT_CUE || cue.kind() == Kind.SOURCELESS || cueUse.isNounUse(i, cue.word())) {
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
        if (cueUse.opensBracketedAlias(at)) {
            return null;   // 早期女权运动（也称第一波女权运动）: another name, nothing said
        }
        if (text.startsWith("到底", cueEnd) && (cueEnd + 2 >= paragraphEnd
                || CLAUSE_BOUNDARIES.indexOf(text.charAt(cueEnd + 2)) >= 0)) {
            return null;   // 否认到底，…: to the end, a complement; no reported clause follows
        }
        if (cueText.equals("说") && cueUse.countsUtterance(cueEnd, paragraphEnd)) {
            return null;   // 不过说了句实话: an act of speech, no words given
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
        if (lexicon.is("addressing", cueText) && complements.addressedBeforeSaying(cueEnd, paragraphEnd)) {
            return null;   // 加拿大警告其公民，称…: the 称 after the addressee reports, with the same source
        }
        if (cueUse.isHeadlineNoun(at, cueEnd, cueText)) {
            return null;   // 美国发布旅行警告, 应用警告发送给员工: the warning as a thing
        }
        int clauseStart = clauses.clauseStart(at);
        if (lexicon.longestSuffix("nobody", text, clauseStart, at).isPresent()) {
            return null;   // 这家公司没有一个人说: no one said it
        }
        Subject subject = sources.dropAdverbial(sources.findSubject(clauseStart, at), at);
        int afterName = clauses.lastQuotedNameEnd(clauseStart, at);
        if (subject.status() != Status.OK && afterName > clauseStart) {
            // 对“巨大的恶魔”一词他解释说: the source follows the quoted name
            Subject after = sources.dropAdverbial(sources.findSubject(afterName, at), at);
            subject = after.status() == Status.OK ? after : subject;
        }
        if (subject.status() == Status.INVALID && cueUse.timeClauseOnly(clauseStart, at)) {
            subject = Subject.ZERO_SUBJECT;   // …，被问到工期的时候说: the subject is the clause before's
        }
        Optional<String> via = cue.medium();
        if (subject.status() == Status.ZERO) {
            if (clauseStart == 0 || "，,".indexOf(text.charAt(clauseStart - 1)) < 0 && !clauses.isSpaceBoundary(clauseStart - 1)) {
                return null;
            }
            // A cue opening a clause (…发表署名文章，称…) shares the subject of the clause before.
            int previousStart = clauses.clauseStart(clauseStart - 1);
            boolean continued = insideContent(at);
            if (continued) {
                // 他认为方案不够好，并补充说…: right after a one-clause content, 并 + cue goes on
                // with that claim's speaker, and that content ends before it
                ClaimDraft host = continuedClaim(previousStart, clauseStart, at);
                if (host == null) {
                    return null;
                }
                subject = sources.findSubject(host.speakerStart, host.speakerEnd);
                if (subject.status() != Status.OK) {
                    return null;
                }
                host.contentEnd = clauses.trimEnd(host.contentStart, clauseStart);
                host.form = contents.hasQuotedSpeech(host.contentStart, host.contentEnd) ? ClaimForm.MIXED : ClaimForm.INDIRECT;
            } else {
                subject = sources.findSubject(previousStart, clauseStart - 1);
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
        if (subject.status() == Status.OK && subject.end() <= at && cueUse.placeEnds(subject) && cueUse.existentialAt(subject.end(), at)) {
            return null;   // 网上有评论称, 当地有民众表示: existential 有, no source named
        }
        if (subject.status() == Status.OK && subject.end() <= at
                && cueUse.inRelativeClauseAfterCopula(subject.end(), at, cueEnd, paragraphEnd)) {
            return null;   // 这家银行是第一个宣布降息的机构
        }
        if (subject.status() == Status.OK && subject.end() <= at && cueUse.insidePrepositionalPhrase(subject.end(), at, cueEnd, paragraphEnd)) {
            return null;   // 侃爷在他宣布参选的推文上加了…: the cue is inside 在…的推文上, nothing is reported
        }
        if (cueUse.passiveOrCausative(Math.max(clauseStart, subject.status() == Status.OK && subject.end() <= at ? subject.end() : clauseStart), at)) {
            return null;   // 学生被警告, 让议员们相信: the subject is told, not telling
        }
        if (cue.pattern() == ClaimLexicon.Pattern.ADDRESSEE && contentFrom > cueEnd
                && complements.genericAddressee(text.substring(cueEnd, contentFrom), subject)) {
            return null;   // 历史的经验告诉我们, 他们会告诉你: a rhetorical figure, not a report
        }
        ClaimDraft draft = new ClaimDraft();
        draft.cue = cueText;
        draft.cueStart = at;
        draft.paragraph = paragraph;
        boolean tookNext = contents.fillContent(draft, contentFrom >= 0 ? contentFrom : cueEnd, clauseStart, paragraphEnd);
        if (draft.form == null || propositions.isAttitudeOnly(cue.word(), draft) || propositions.isThingBelievedOrStance(cueText, draft)) {
            return null;
        }
        if (!speakers.attachSpeaker(draft, subject, at)) {
            return null;
        }
        if (propositions.namesInformationOnly(draft)) {
            silentSpeakers.add(draft);   // 她以视频宣布这个消息。她说…: no claim, but 她 refers to her
            return null;
        }
        draft.via = draft.via.isPresent() ? draft.via : via;
        return new Attempt(draft, cueEnd, tookNext);
    }

    /**
     * The claim whose indirect content is the single clause {@code [previousStart, clauseStart)}
     * (its cue opens that clause) when the clause at {@code clauseStart} is 并/还/也/同时 + the cue
     * at {@code cueAt}; null otherwise (a content of several clauses may hold another subject).
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
                            || d.form == ClaimForm.MIXED && !contents.hasQuotedSpeech(d.contentStart, clauseStart))
                        && d.speakerStart >= 0
                        && d.cueStart >= previousStart && d.contentStart < clauseStart;
                return ok ? d : null;
            }
        }
        return null;
    }

    /** 据 SOURCE 报道，content / 根据 SOURCE，content. */
    private Attempt frame(Cue cue, int at, int paragraphEnd, int paragraph) {
        int clauseStart = clauses.clauseStart(at);
        if (clauses.skipLeading(clauseStart, at) != at) {
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
        Subject walked = sources.findSubject(sourceStart, sourceEnd);   // drops a trailing date (新京报17日)
        Subject subject = walked.status() == Status.OK ? walked : new Subject(Status.OK, sourceStart, sourceEnd);
        ClaimDraft draft = new ClaimDraft();
        draft.cue = closer.map(c -> cue.word() + "…" + c.replace("的", "").replace("所", "")).orElse(cue.word());
        draft.cueStart = at;
        draft.paragraph = paragraph;
        draft.frame = true;
        contents.fillForward(draft, clauseEnd + 1, paragraphEnd);
        if (draft.form == null || !speakers.attachSpeaker(draft, subject, at)) {
            return null;
        }
        draft.via = via;
        return new Attempt(draft, clauseEnd, false);
    }

    /** What a relay's source said, as a noun: 引述X(的)说法 + a verb or a comma, then the content. */
    private static final String HEARSAY = "说法";

    /** [CONDUIT] 引述 SOURCE 说 content, or “quotation”，CONDUIT 引述 SOURCE 说. */
    private Attempt relay(Cue cue, int at, int paragraphEnd, int paragraph) {
        int clauseStart = clauses.clauseStart(at);
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
            if (!closer.startsWith("的话") || clauses.skipLeading(clauseStart, at) != at
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
        Subject source = sources.findSubject(sourceStart, sourceEnd);
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
            int k = clauses.skipSpaces(closerEnd, paragraphEnd);
            int afterComma = k < paragraphEnd && "，,".indexOf(text.charAt(k)) >= 0 ? clauses.skipSpaces(k + 1, paragraphEnd) : k;
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
            int k = clauses.skipSpaces(closerEnd, paragraphEnd);
            k = k < paragraphEnd && "，,".indexOf(text.charAt(k)) >= 0 ? clauses.skipSpaces(k + 1, paragraphEnd) : k;
            if (text.startsWith("就是", k)) {
                contentAt = k + 2;   // 用X的话说，就是“……”: the content is what follows 就是
            }
        }
        boolean tookNext = contents.fillContent(draft, contentAt, clauseStart, paragraphEnd);
        if (draft.form == null || !speakers.attachSpeaker(draft, source, closerStart)) {
            return null;
        }
        Subject conduit = wording ? Subject.ZERO_SUBJECT : sources.findSubject(clauseStart, at);
        if (conduit.status() == Status.OK) {
            draft.via = Optional.of(text.substring(conduit.start(), conduit.end()));
        }
        return new Attempt(draft, closerEnd, tookNext);
    }

    /** A bare quotation paragraph right after a claim continues its speaker. */
    private void continueQuotation(int from, int to, int paragraph) {
        int start = clauses.skipSpaces(from, to);
        Quote quote = quotations.startingAt(start);
        if (quote == null || drafts.isEmpty() || !contents.onlyPunctuationOrAside(quote.end(), to)) {
            return;
        }
        ClaimDraft previous = drafts.get(drafts.size() - 1);
        ClaimDraft draft = new ClaimDraft();
        contents.setDirect(draft, quote);
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
                int end = clauses.trimEnd(d.contentStart, clauses.clauseStart(starts[k]));
                if (end - d.contentStart >= 2 && end < d.contentEnd) {
                    d.contentEnd = end;
                    d.form = contents.hasQuotedSpeech(d.contentStart, end) ? ClaimForm.MIXED : ClaimForm.INDIRECT;
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
                    && clauses.skipLeading(d.contentStart, cueAt) == subjectStart) {
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

}
