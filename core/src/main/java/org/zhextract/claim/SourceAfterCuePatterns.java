package org.zhextract.claim;

import static org.zhextract.claim.Clauses.CLAUSE_BOUNDARIES;
import static org.zhextract.claim.Clauses.SENTENCE_ENDS;

import java.util.List;
import java.util.Optional;
import org.zhextract.claim.ClaimExtractor.ClaimDraft;
import org.zhextract.claim.ClaimLexicon.Cue;
import org.zhextract.claim.ClaimLexicon.Kind;
import org.zhextract.claim.Subject.Status;
import org.zhextract.text.LatinLetters;

/**
 * Reads the claims whose cue word comes before its source: a frame (role {@code SOURCE_BEFORE}:
 * 据 SOURCE 报道，content, 根据 SOURCE，content, at the head of a clause) and a relay through a
 * conduit (role {@code CONDUIT}: [CONDUIT] 引述 SOURCE 说 content, 引述X的说法报导，content, and
 * 用X的话说, where X speaks, not the writer).
 */
final class SourceAfterCuePatterns extends DocumentPart {

    /** Sources of 用X的话说 and 正如X所说 that are a time or a saying, not a speaker (那时, 那句老话, 一句俗话, 中国古语). */
    private static final java.util.regex.Pattern WORDING_NONSOURCES = java.util.regex.Pattern.compile("时候?$|句|俗话|老话|古语|谚语|现在|今天");

    /** Sources of 用X的话说 that name a people or an age group, not a speaker (美国人, 年轻人; not 一位老工人). */
    private static final java.util.regex.Pattern PEOPLE_AT_LARGE = java.util.regex.Pattern.compile("[^一这那该某此每]{1,4}人");

    /** What a relay's source said, as a noun: 引述X(的)说法 + a verb or a comma, then the content. */
    private static final String HEARSAY = "说法";

    private final Clauses clauses;
    private final SourceFinder sources;
    private final SpeakerResolver speakers;
    private final ContentFinder contents;

    SourceAfterCuePatterns(ClaimContext context, Clauses clauses, SourceFinder sources, SpeakerResolver speakers,
                           ContentFinder contents) {
        super(context);
        this.clauses = clauses;
        this.sources = sources;
        this.speakers = speakers;
        this.contents = contents;
    }

    /**
     * 据 SOURCE 报道，content / 根据 SOURCE，content. Null when the cue at {@code at}
     * reads no claim.
     */
    PatternMatch readFrame(Cue cue, int at, int paragraphEnd, int paragraph) {
        int clauseStart = clauses.clauseStart(at);
        int head = clauses.skipLeading(clauseStart, at);
        if (head != at && !(head == at - 1 && text.charAt(head) == '另')) {
            return null;   // only at the head of a clause (另据X报道 too): 证据, 依据 and 根据地 never get here
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
        boolean frameOnlyCloser = false;
        if (closer.isEmpty()) {
            closer = lexicon.longestSuffix("framecloser", text, sourceStart, clauseEnd);   // 据路透社指，…, 据X通告显示，…
            frameOnlyCloser = closer.isPresent();
        }
        // 正如X所说，…: a comparison frame reads a source only before 所 + a saying verb, and 如 only as a word of its own
        // (not 如果, 例如); the source must name someone, as after a frame-only closer (如前文所说 is the writer's)
        boolean comparing = lexicon.is("comparing", cue.word());
        if (comparing && (closer.isEmpty() || !closer.get().startsWith("所")
                || cue.word().length() == 1 && !(doc.tokenStartsAt(at) && doc.tokenStartsAt(sourceStart)))) {
            return null;
        }
        frameOnlyCloser |= comparing;
        int sourceEnd = clauseEnd - closer.map(String::length).orElse(0);
        if (closer.filter(c -> c.equals("报道") || c.equals("报导")).isPresent()
                && REFERRING_DETERMINER.matcher(text.substring(sourceStart, sourceEnd)).matches()) {
            // 据该报道，…: the report named before speaks, as in 据该报告，… (该 alone names no one)
            sourceEnd = clauseEnd;
            closer = Optional.empty();
        }
        if (comparing && WORDING_NONSOURCES.matcher(text.substring(sourceStart, sourceEnd)).find()) {
            return null;   // 正如中国古语所言: a saying, no speaker
        }
        Optional<String> via = closer.filter(c -> c.endsWith("报道") || c.endsWith("报导"))
                .map(c -> c.substring(c.length() - 2));
        Optional<String> medium = lexicon.longestSuffix("medium", text, sourceStart, sourceEnd);
        if (medium.isPresent()) {
            via = medium;
            int mediumStart = sourceEnd - medium.get().length();
            if (mediumStart > sourceStart + 1 && "”」》".indexOf(text.charAt(mediumStart - 1)) >= 0) {
                sourceEnd = mediumStart;   // 据“追查国际”通告显示: the quoted name published it
                if (sourceEnd - sourceStart > 2 && "“「《".indexOf(text.charAt(sourceStart)) >= 0) {
                    sourceStart++;
                    sourceEnd--;
                }
            }
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
        // 据调查显示，…: a frame-only closer (显示, 指) needs a named or described source before it, as 根据 does
        boolean isSource = closer.isPresent() && !frameOnlyCloser || medium.isPresent() || doc.mentionEndingAt(sourceEnd).isPresent()
                || lexicon.longestSuffix("descriptive", text, sourceStart, sourceEnd).isPresent()
                // 据官方统计，…, 根据组织者统计，…: a party noun (no entity, no descriptive head) counted or reported
                || lexicon.longestSuffix("frameparty", text, sourceStart, sourceEnd).isPresent()
                // 据TrendForce统计，…, 据调研机构Canalys显示，…: a name in Latin letters the entity stage may have missed, read only
                // before a frame closer (统计, 显示): 根据GDPR，… names a rule, 据阿里巴巴（NYSE: BABA）… cut a stock code open
                || frameOnlyCloser && !comparing && endsInLatinName(sourceStart, sourceEnd) && !opensBracket(sourceStart, sourceEnd)
                // 根据她的叙述，…, 根据他的说法，…: a pronoun's account (the pronoun resolves to who gave it)
                || frameOnlyCloser && (closer.get().startsWith("的") || comparing) && lexicon.is("pronoun", text.substring(sourceStart, sourceEnd));
        // 正如蓬佩奥国务卿所说, 如张伟教授所言: a compared source may end in a title after a name, or be a titled role (世界银行行长)
        isSource |= comparing && (!doc.mentionsWithin(sourceStart, sourceEnd).isEmpty()
                || lexicon.longestSuffix("title", text, sourceStart, sourceEnd).isPresent());
        if (!isSource) {
            return null;   // 根据以前的计划: a basis, not a source
        }
        Subject walked = sources.findSubject(sourceStart, sourceEnd);   // drops a trailing date (新京报17日)
        Subject subject = walked.status() == Status.OK ? walked : new Subject(Status.OK, sourceStart, sourceEnd);
        ClaimDraft draft = frameDraft(closer.map(c -> cue.word() + "…" + c.replace("的", "").replace("所", "")).orElse(cue.word()),
                at, paragraph, false, clauseEnd + 1, paragraphEnd, subject);
        if (draft == null) {
            return null;
        }
        draft.via = via;
        return new PatternMatch(draft, clauseEnd, false);
    }

    /** The fewest Latin letters of a name ending a frame's source (TrendForce, IHS, IMF; not a stray letter or two). */
    private static final int MIN_LATIN_NAME = 3;

    /**
     * Whether {@code text[from, to)} ends in a run of Latin letters (spaces and digits inside) that opens with a capital and
     * holds at least {@link #MIN_LATIN_NAME} letters: a company or body named in Latin letters (TrendForce, IHS Markit).
     */
    private boolean endsInLatinName(int from, int to) {
        int k = to;
        int letters = 0;
        while (k > from && (LatinLetters.isLatinLetter(text.charAt(k - 1)) || text.charAt(k - 1) == ' ' || Character.isDigit(text.charAt(k - 1)))) {
            letters += LatinLetters.isLatinLetter(text.charAt(k - 1)) ? 1 : 0;
            k--;
        }
        while (k < to && !LatinLetters.isLatinLetter(text.charAt(k))) {
            k++;
        }
        return letters >= MIN_LATIN_NAME && k < to && Character.isUpperCase(text.charAt(k));
    }

    /** Whether {@code text[from, to)} holds an opening bracket not closed before {@code to}. */
    private boolean opensBracket(int from, int to) {
        int depth = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
        }
        return depth > 0;
    }

    /** A determiner that points back to a document named before (据该报道, 根据这篇报导). */
    private static final java.util.regex.Pattern REFERRING_DETERMINER =
            java.util.regex.Pattern.compile("该|此|这|该篇|这篇|这则|该则|这份|上述|前述|这一|此篇|此则");

    /** Longest holder of a view between 在 and 看来. */
    private static final int MAX_VIEW_HOLDER = 20;

    /**
     * 在王建看来，content: 在 opening a clause, a holder of the view, then the cue (看来, pattern {@code VIEW}) closing the
     * clause before a comma. The holder must be a mention, a pronoun, a descriptive head or a title, and not the writer or
     * people at large (在我看来, 在人们看来: role nonsource; 在许多人看来 names no one). Null when the cue reads no claim.
     */
    PatternMatch readView(Cue cue, int at, int paragraphEnd, int paragraph) {
        int cueEnd = at + cue.word().length();
        if (cueEnd >= paragraphEnd || "，,".indexOf(text.charAt(cueEnd)) < 0) {
            return null;
        }
        int clauseStart = clauses.clauseStart(at);
        int head = clauses.skipLeading(clauseStart, at);
        if (head + 1 >= at || text.charAt(head) != '在' || at - head - 1 > MAX_VIEW_HOLDER) {
            return null;
        }
        int sourceStart = head + 1;
        String holder = text.substring(sourceStart, at);
        boolean holds = !lexicon.is("nonsource", holder) && (doc.mentionEndingAt(at).isPresent() || lexicon.is("pronoun", holder)
                || lexicon.longestSuffix("descriptive", text, sourceStart, at).isPresent()
                || lexicon.longestSuffix("title", text, sourceStart, at).isPresent());
        Subject subject = holds ? sources.findSubject(sourceStart, at) : Subject.INVALID_SUBJECT;
        if (subject.status() != Status.OK) {
            return null;
        }
        ClaimDraft draft = frameDraft("在…" + cue.word(), at, paragraph, true, cueEnd + 1, paragraphEnd, subject);
        return draft == null ? null : new PatternMatch(draft, cueEnd, false);
    }

    /**
     * A frame's claim (据…报道，, 在…看来，) with the cue written {@code cueText} at {@code at}: its content read forward from
     * {@code contentFrom} in the paragraph and its speaker {@code subject}; null when no content or speaker is found.
     */
    private ClaimDraft frameDraft(String cueText, int at, int paragraph, boolean view, int contentFrom, int paragraphEnd,
                                  Subject subject) {
        ClaimDraft draft = new ClaimDraft();
        draft.cue = cueText;
        draft.cueStart = at;
        draft.paragraph = paragraph;
        draft.frame = true;
        draft.view = view;
        contents.fillForward(draft, contentFrom, paragraphEnd);
        if (draft.form == null || !speakers.attachSpeaker(draft, subject, at)) {
            return null;
        }
        return draft;
    }

    /**
     * [CONDUIT] 引述 SOURCE 说 content, or “quotation”，CONDUIT 引述 SOURCE 说. Null when the cue at {@code at}
     * reads no claim.
     */
    /**
     * 援引中国官方媒体消息说, 援引知情人的消息报导说: the news noun (消息, with 的 and a trailing 报道/报导) after
     * the relayed source is what they said, no part of who said it; 消息人士 stays.
     */
    private Subject withoutNewsNoun(Subject source) {
        if (source.status() != Status.OK) {
            return source;
        }
        int end = source.end();
        for (String tail : List.of("报道", "报导")) {
            if (text.startsWith(tail, end - tail.length()) && text.startsWith("消息", end - tail.length() - 2)) {
                end -= tail.length();
            }
        }
        if (!text.startsWith("消息", end - 2)) {
            return source;
        }
        end -= 2;
        if (end > source.start() && text.charAt(end - 1) == '的') {
            end--;
        }
        return end - source.start() >= 2 ? new Subject(Status.OK, source.start(), end) : source;
    }

    PatternMatch readRelay(Cue cue, int at, int paragraphEnd, int paragraph) {
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
        // 消息引据《中国网》引述国家民政局指出: a chain of relays; the last one relayed speaks
        String relayWord = cue.word();
        for (int k = sourceStart + 1; k < sourceEnd; k++) {
            Optional<Cue> relay = lexicon.longestAt(text, k);
            if (relay.isPresent() && relay.get().kind() == Kind.RELAY && !relay.get().word().endsWith("用")
                    && k + relay.get().word().length() < sourceEnd && doc.tokenStartsAt(k) && quotations.around(k) == null) {
                sourceStart = k + relay.get().word().length();
                relayWord = relay.get().word();
            }
        }
        Subject source = withoutNewsNoun(sources.findSubject(sourceStart, sourceEnd));
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
        draft.cue = relayWord + "…" + verb;
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
                    draft.cue = relayWord + "…" + said.get();
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
        return new PatternMatch(draft, closerEnd, tookNext);
    }
}
