package org.zhextract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zhextract.claim.ClaimExtractor.ClaimDraft;
import org.zhextract.claim.ClaimExtractor.MentionRef;
import org.zhextract.claim.ClaimLexicon.Cue;
import org.zhextract.claim.ClaimLexicon.Kind;
import org.zhextract.claim.Quotations.Quote;
import org.zhextract.model.ClaimForm;
import org.zhextract.model.Entity;
import org.zhextract.model.EntityType;
import org.zhextract.model.TimeValue;
import org.zhextract.model.Token;
import org.zhextract.text.DocumentText;

/**
 * One document's claim finding. Works in char indices of the text (converted to code points
 * only when claims are built) and walks paragraphs in order, so that pronouns and bare
 * quotation paragraphs can look back at the speakers already found. Finds the cues and hands
 * each to the reader of its pattern ({@link SpeechPattern}, {@link SourceAfterCuePatterns}),
 * which find sources ({@link SourceFinder}), speakers ({@link SpeakerResolver}) and contents
 * ({@link ContentFinder}); the token, mention and time lookups live in {@link AnnotatedText}.
 * Not thread-safe; one per call.
 */
final class DocumentPass {

    private final ClaimLexicon lexicon;
    private final ClaimContext context;
    private final String text;
    private final Quotations quotations;
    private final Clauses clauses;
    private final CueUse cueUse;
    private final ContentFinder contents;
    private final SpeechPattern speech;
    private final SourceAfterCuePatterns sourceAfterCue;
    private final NestedClaims nested;
    private final List<ClaimDraft> drafts = new ArrayList<>();
    private static final String SENTENCE_ENDS = "。！？!?…";
    /** Longest source between the two parts of a split quotation (“…，”X表示，“…”). */
    private static final int MAX_SPLIT_SOURCE = 80;
    /** Chars a quotation needs to count as a sentence when the sentence mark stands after its closing mark. */
    private static final int MIN_SENTENCE_AFTER_QUOTE = 10;

    DocumentPass(ClaimLexicon lexicon, DocumentText document, List<Token> tokens, List<Entity> entities,
                 List<TimeValue> times) {
        this.lexicon = lexicon;
        this.context = ClaimContext.of(lexicon, new AnnotatedText(document, tokens, entities, times));
        this.text = context.text();
        this.quotations = context.quotations();
        this.clauses = new Clauses(context);
        this.cueUse = new CueUse(context, clauses);
        this.contents = new ContentFinder(context, clauses);
        SourceWalker walker = new SourceWalker(context, clauses);
        SourceFinder sources = new SourceFinder(context, new SourceTrimmer(context), walker, clauses);
        // Sources that spoke without a claim (宣布这个消息), in text order: pronouns may refer to them.
        List<ClaimDraft> silentSpeakers = new ArrayList<>();
        SpeakerResolver speakers = new SpeakerResolver(context, new Antecedents(context, drafts, silentSpeakers), clauses);
        this.speech = new SpeechPattern(context, clauses, cueUse, new CueComplements(context, walker, clauses),
                sources, speakers, contents, new PropositionTests(context, clauses), drafts, silentSpeakers);
        this.sourceAfterCue = new SourceAfterCuePatterns(context, clauses, sources, speakers, contents);
        this.nested = new NestedClaims(lexicon, text, drafts, clauses, contents);
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
                if (drafts.size() == before) {
                    if (lastClaimParagraph == lastNonBlankParagraph) {
                        continueQuotation(start, end, paragraph);
                    }
                    if (drafts.size() == before) {
                        quotationOfNamedSpeaker(start, end, paragraph);
                    }
                } else if (!nextParagraphTaken) {
                    continueQuotationInParagraph(end, paragraph);
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
        nested.dropEvidenceInsideContents();
        nested.dropFramesAroundClaims();
        nested.dropReportsAroundClaims();
        nested.clampContents();
        splitTrailingQuotations();
        RepeatedClaims.drop(drafts, text, lexicon);
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
            if (match.isPresent() && match.get().kind() == Kind.NOT_CUE && match.get().word().endsWith("出")) {
                // 说出了那句著名的话：“…”: the not-cue 说出 (说出真相) gives way to 说 when a quotation follows the object
                Optional<Cue> shorter = lexicon.longestShorterAt(text, i, match.get().word().length());
                if (shorter.isPresent() && shorter.get().kind() != Kind.NOT_CUE
                        && contents.quotationAfterObject(i + shorter.get().word().length(), to) >= 0) {
                    match = shorter;
                }
            }
            if (match.isPresent() && match.get().kind() == Kind.SPEECH && cueUse.straddlesTokens(i, match.get().word())
                    && i + match.get().word().length() < to && !context.doc().tokenStartsAt(i + match.get().word().length())) {
                i++;   // 交警/告诉: 警告 starts inside one word and ends inside the next, no cue; 告诉 is read at the next char
                continue;
            }
            if (match.isPresent() && match.get().kind() == Kind.NOT_CUE && (cueUse.straddlesTokens(i, match.get().word())
                    || cueUse.sharedSubjectBeforeCue(i, match.get().word()))) {
                i++;   // 发言人/称: no 人称 here; ，并称…: 并 + 称; the cue is read at the next char
                continue;
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
            if (cue.kind() == Kind.SOURCELESS && cue.word().startsWith("据") && cue.word().length() > 1) {
                // 据了解这一消息的官员说: a relative clause on the source after 据, not the sourceless 据了解，…;
                // 据 is read as a frame, and with no source and closer after it there is still none
                int after = i + cue.word().length();
                Optional<Cue> frame = lexicon.longestShorterAt(text, i, cue.word().length());
                if (after < to && Character.isLetter(text.charAt(after)) && frame.isPresent() && frame.get().word().equals("据")
                        && frame.get().pattern() == ClaimLexicon.Pattern.SOURCE_BEFORE) {
                    PatternMatch found = sourceAfterCue.readFrame(frame.get(), i, to, paragraph);
                    // the sourceless word's verb must open a relative clause on the source (了解…的官员): 据报道指出,
                    // 据说林郑月娥 are no frames
                    if (found != null && found.draft().speakerEnd > after && text.substring(after, found.draft().speakerEnd).indexOf('的') >= 0) {
                        drafts.add(found.draft());
                        i = Math.max(i + 1, found.resumeAt());
                        continue;
                    }
                }
            }
            // 英国广播公司的报道说，…: after 的 a report cue that is its medium + a saying verb (报道说, 报导称) is the
            // publisher's report saying, no noun use: the source before 的 publishes, via the medium
            boolean publishersReport = cue.kind() == Kind.REPORT && i > 0 && text.charAt(i - 1) == '的'
                    && cue.medium().filter(m -> cue.word().length() > m.length() && cue.word().startsWith(m)).isPresent();
            if (cue.kind() == Kind.NOT_CUE || cue.kind() == Kind.SOURCELESS || !publishersReport && cueUse.isNounUse(i, cue.word())) {
                i += cue.word().length();
                continue;
            }
            PatternMatch found = switch (cue.pattern()) {
                case SUBJECT, SUBJECT_COMMA, SUBJECT_COLON, ADDRESSEE -> speech.read(cue, i, to, paragraph);
                case SOURCE_BEFORE -> sourceAfterCue.readFrame(cue, i, to, paragraph);
                case VIEW -> sourceAfterCue.readView(cue, i, to, paragraph);
                case CONDUIT -> sourceAfterCue.readRelay(cue, i, to, paragraph);
                case NONE -> null;
            };
            if (found == null) {
                i++;
            } else {
                quotationBeforeSpeaker(found.draft(), from);
                drafts.add(found.draft());
                tookNext |= found.tookNextParagraph();
                i = Math.max(i + 1, found.resumeAt());
            }
        }
        return tookNext;
    }

    /**
     * A quotation sentence closing a paragraph right after the sentence of the paragraph's last claim continues
     * that claim's speaker (郭亚夫说，…。“比方，新加坡政府愿为…。”), as a bare quotation paragraph does: news runs a
     * speaker's paraphrase and then his own words in one paragraph. Only a whole sentence (its quotation ends in a
     * sentence mark) closed in the paragraph, only to the paragraph's end (a quotation the writer goes on from may be anyone's), not after a
     * frame (据X报道，…: the quotation is of someone in the report) and only with a speaker entity to hand on.
     */
    private void continueQuotationInParagraph(int to, int paragraph) {
        ClaimDraft previous = drafts.get(drafts.size() - 1);
        if (previous.paragraph != paragraph || previous.frame && !previous.view || previous.speakerEntity.isEmpty() || previous.cue == null) {
            return;
        }
        int claimEnd = Math.max(previous.contentEnd, Math.max(previous.speakerEnd, previous.cueStart + previous.cue.length()));
        int k = claimEnd;
        boolean sentenceEnded = false;
        while (k < to && quotations.startingAt(k) == null && !Character.isLetterOrDigit(text.charAt(k))) {
            sentenceEnded |= SENTENCE_ENDS.indexOf(text.charAt(k)) >= 0;
            k++;
        }
        Quote quote = k < to ? quotations.startingAt(k) : null;
        if (quote == null || !quote.closed() || !sentenceEnded || !contents.onlyPunctuationOrAside(quote.end(), to)
                || !endsSentence(quote)) {   // open to the paragraph end: a mistyped mark as likely as a quotation
            return;
        }
        addQuotationOf(previous, quote, paragraph);
    }

    /**
     * “中国的污染是很厉害的，这不容置疑。”吴立红说，去年…: a quotation sentence right before the source of a claim whose
     * content follows its cue (a clause of its own, or another quotation) is that source's words too; the claim read
     * only the clause after. Only a closed quotation that ends a sentence (not a quoted term: “一带一路”。), that opens
     * its sentence in the paragraph, and that no claim before has as its content (张伟说：“…。”王芳说，…).
     */
    private void quotationBeforeSpeaker(ClaimDraft draft, int paragraphStart) {
        if (draft.frame || draft.speakerStart < 0 || draft.form == null || draft.contentStart < draft.cueStart) {
            return;
        }
        int p = draft.speakerStart - 1;
        while (p >= paragraphStart && Character.isWhitespace(text.charAt(p)) && text.charAt(p) != '\n') {
            p--;
        }
        Quote quote = p >= paragraphStart ? quotations.endingAt(p + 1) : null;
        if (quote == null && draft.form == ClaimForm.DIRECT) {
            // “…，”对新公司债指数进行分析的公司--Janus Henderson的投资组合经理Seth Meyer表示，“…”: the source was trimmed to
            // the name, and the split quotation closes where its clause starts
            int back = draft.cueStart - 1;
            while (back > paragraphStart && draft.cueStart - back < MAX_SPLIT_SOURCE && Clauses.CLOSING_QUOTES.indexOf(text.charAt(back)) < 0
                    && SENTENCE_ENDS.indexOf(text.charAt(back)) < 0 && Clauses.OPENING_QUOTES.indexOf(text.charAt(back)) < 0) {
                back--;
            }
            Quote split = back > paragraphStart && Clauses.CLOSING_QUOTES.indexOf(text.charAt(back)) >= 0 ? quotations.endingAt(back + 1) : null;
            quote = split != null && split.start() >= paragraphStart && splitBefore(split, draft) ? split : null;
        }
        if (quote == null || !quote.closed() || quote.start() < paragraphStart
                || !(endsSentence(quote) || splitBefore(quote, draft) || firstPartBeforeClause(quote, draft))
                || !opensSentence(quote.start(), paragraphStart)) {
            return;
        }
        for (ClaimDraft other : drafts) {
            if (other.contentStart < quote.innerEnd() && other.contentEnd > quote.innerStart()) {
                return;
            }
        }
        ClaimDraft quoted = addQuotationOf(draft, quote, draft.paragraph);
        if (quoted != null) {
            // the quotation before the source shares the claim's source span, cue and medium, not only its entity
            quoted.speakerStart = draft.speakerStart;
            quoted.speakerEnd = draft.speakerEnd;
            quoted.cue = draft.cue;
            quoted.cueStart = draft.cueStart;
            quoted.via = draft.via;
        }
    }

    /**
     * “疫情改变了一切，”…经理Seth Meyer表示，“现在是要节约资本…。”: a quotation split by its source, whose first part ends in a
     * comma and whose second part is the claim's content (a quotation right after the cue and its comma); the first part is
     * the same speaker's words too.
     */
    private boolean splitBefore(Quote quote, ClaimDraft draft) {
        int last = lastCharOfWords(quote);
        if (last <= quote.innerStart() || "，,".indexOf(text.charAt(last)) < 0 || draft.form != ClaimForm.DIRECT) {
            return false;
        }
        Quote after = quotations.around(draft.contentStart);
        int cueEnd = draft.cueStart + draft.cue.length();
        return after != null && after.start() >= cueEnd && isAtMostOneMark(text.substring(cueEnd, after.start()).strip());
    }

    /**
     * “世界不会允许北京把南中国海当作其海上帝国，”蓬佩奥指，美国与…站在同一阵线: a quotation whose words end in a comma right
     * before the source, and a claim that reads the clause after its cue and a comma: the speaker's own words, then the rest
     * of what the speaker said in the writer's words; the quotation is the speaker's too. Only a quotation as long as a
     * sentence (a quoted term before a comma names something), and only after 说， (the apposition 他是… after 说， took the
     * quotation as the content already, see ContentFinder).
     */
    private boolean firstPartBeforeClause(Quote quote, ClaimDraft draft) {
        int last = lastCharOfWords(quote);
        if (last <= quote.innerStart() || "，,".indexOf(text.charAt(last)) < 0 || draft.form != ClaimForm.INDIRECT
                || draft.cue == null || quote.innerEnd() - quote.innerStart() < MIN_SENTENCE_AFTER_QUOTE) {
            return false;
        }
        String between = text.substring(draft.cueStart + draft.cue.length(), draft.contentStart).strip();
        return (between.equals("，") || between.equals(",")) && !speaksOfQuotation(quote, draft.contentStart, draft.contentEnd);
    }

    /**
     * “…方案，”王华说，是广东…, “不忘初心…，”他说，这句口号…: the clause after the cue opens with a copula (是, 为; not 是否, 为了,
     * 为何, 为什么) after a quotation that is a noun phrase (no verb: “这是…底线，”他说，是不会改变的 goes on with the
     * speaker's own sentence), or with a demonstrative and a noun for words (这句, 这个说法): it tells what the quotation is,
     * which then names a plan or a slogan rather than giving the speaker's words.
     */
    private boolean speaksOfQuotation(Quote quote, int from, int to) {
        if (from >= to) {
            return false;
        }
        char first = text.charAt(from);
        if (!context.doc().holdsVerb(quote.innerStart(), quote.innerEnd()) && (first == '是' && !text.startsWith("是否", from) || first == '为' && !(text.startsWith("为了", from) || text.startsWith("为何", from)
                || text.startsWith("为什么", from)))) {
            return true;
        }
        if (text.startsWith("这句", from)) {
            return true;
        }
        for (String demonstrative : List.of("这个", "这一", "这种", "此")) {
            if (text.startsWith(demonstrative, from)
                    && lexicon.longestPrefix("colonnoun", text, from + demonstrative.length(), to).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code between} is empty or one comma or colon (表示：“…” / 表示，“…”). */
    private static boolean isAtMostOneMark(String between) {
        return between.isEmpty() || between.length() == 1 && "，,：:".indexOf(between.charAt(0)) >= 0;
    }

    /** Whether only spaces, or a sentence mark (。！？, a closing quotation after one), come between the paragraph start and {@code at}. */
    private boolean opensSentence(int at, int paragraphStart) {
        int p = at - 1;
        while (p >= paragraphStart && Character.isWhitespace(text.charAt(p))) {
            p--;
        }
        if (p < paragraphStart) {
            return true;
        }
        char c = text.charAt(p);
        if (SENTENCE_ENDS.indexOf(c) >= 0) {
            return true;
        }
        Quote before = Clauses.CLOSING_QUOTES.indexOf(c) >= 0 ? quotations.endingAt(p + 1) : null;
        return before != null && endsSentence(before);
    }

    /** The index of the last char of a quotation's words that is no space (its inner start when all are spaces). */
    private int lastCharOfWords(Quote quote) {
        int last = quote.innerEnd() - 1;
        while (last > quote.innerStart() && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        return last;
    }

    /**
     * A quotation whose words end in a sentence mark (“…。”), or a longer one the sentence mark follows (“…”。), not a
     * quoted name or term (“一带一路”。).
     */
    private boolean endsSentence(Quote quote) {
        int last = lastCharOfWords(quote);
        boolean inside = last > quote.innerStart() && SENTENCE_ENDS.indexOf(text.charAt(last)) >= 0;
        boolean after = quote.end() < text.length() && SENTENCE_ENDS.indexOf(text.charAt(quote.end())) >= 0
                && quote.innerEnd() - quote.innerStart() >= MIN_SENTENCE_AFTER_QUOTE;
        return inside || after;
    }

    /**
     * 孙洪琴无家可归，…住进了太平间。“我妈在里面，我在门口，…。”: in a paragraph with no claim, a quotation sentence closing
     * the paragraph after sentences that name the last speaker (a mention of that speaker's entity before it) is that speaker's
     * words, as interviews run them: the paragraph tells what the speaker did, then gives her own words. Only within
     * {@link #MAX_PARAGRAPHS_TO_NAMED_SPEAKER} paragraphs of that speaker's claim, and only a whole sentence (as
     * {@link #continueQuotationInParagraph}); a quotation after a comma may be anyone's.
     */
    private void quotationOfNamedSpeaker(int from, int to, int paragraph) {
        if (drafts.isEmpty()) {
            return;
        }
        ClaimDraft previous = drafts.get(drafts.size() - 1);
        if (previous.speakerEntity.isEmpty() || paragraph - previous.paragraph > MAX_PARAGRAPHS_TO_NAMED_SPEAKER) {
            return;
        }
        List<Quote> quotes = quotations.within(from, to);
        if (quotes.isEmpty()) {
            return;
        }
        Quote quote = quotes.get(quotes.size() - 1);
        int start = clauses.skipSpaces(from, to);
        int before = quote.start() - 1;
        while (before > from && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        // after a sentence mark of the writer's (…住进了太平间。“…”), not after another quotation (质问“…？”“…”: the same
        // unnamed voices go on)
        if (quote.start() <= start || !quote.closed() || !endsSentence(quote) || "。！？!?".indexOf(text.charAt(before)) < 0
                || !contents.onlyPunctuationOrAside(quote.end(), to)) {
            return;
        }
        // the speaker named, and no other person named after that but as a verb's object (张三的当事人李四当天被判刑。“我是冤
        // 枉的！”: 李四's words; 亲眼见到川普，让她感到非常兴奋。“…”: still the speaker's)
        String speaker = previous.speakerEntity.get();
        boolean named = false;
        for (MentionRef m : context.doc().mentionsWithin(from, quote.start())) {
            if (m.entityId().equals(speaker)) {
                named = true;
            } else if (m.type() == EntityType.PERSON && !afterVerb(m.start())) {
                named = false;
            }
        }
        if (named) {
            addQuotationOf(previous, quote, paragraph);
        }
    }

    /** Whether a verb's token ends right at {@code at}: a name there is its object (见到/v 川普). */
    private boolean afterVerb(int at) {
        int k = context.doc().firstTokenAtOrAfter(at) - 1;
        List<AnnotatedText.CharToken> tokens = context.doc().tokens();
        return k >= 0 && k < tokens.size() && tokens.get(k).end() == at && tokens.get(k).pos().startsWith("v");
    }

    /** How many paragraphs after its speaker's last claim a quotation may still be given to that named speaker. */
    private static final int MAX_PARAGRAPHS_TO_NAMED_SPEAKER = 6;

    /** A bare quotation paragraph right after a claim continues its speaker. */
    private void continueQuotation(int from, int to, int paragraph) {
        int start = clauses.skipSpaces(from, to);
        Quote quote = quotations.startingAt(start);
        if (quote == null || drafts.isEmpty() || !contents.onlyPunctuationOrAside(quote.end(), to)) {
            return;
        }
        addQuotationOf(drafts.get(drafts.size() - 1), quote, paragraph);
    }

    /**
     * 查建国说，根据…条文，…可以调动香港警察：“可以直接调动香港的警察，警察必须执行。…”: a content that gives the speaker's point
     * in the writer's words and then, after a colon, closes its sentence with a whole quotation of the speaker's own words holds
     * two claims, as the news gold writes them: the paraphrase (indirect) and the quotation (direct, no cue of its own). Not when the paraphrase is only an adverbial
     * (在两国之外，“…”, 除了…外，“…”: one clause, a mixed content), when another claim's cue stands in it or the claim is
     * itself inside another's content (他说，北京方面传出消息说…：“我相信…”: whose words the quotation is, is unclear),
     * nor after a frame (据X报道，…，“…”: someone in the report).
     */
    private void splitTrailingQuotations() {
        for (ClaimDraft d : List.copyOf(drafts)) {
            if (d.form != ClaimForm.MIXED || d.frame && !d.view || d.cue == null || d.cue.isEmpty()
                    || d.speakerEntity.isEmpty() && d.speakerStart < 0) {
                continue;
            }
            Quote quote = quotations.endingAt(d.contentEnd);
            if (quote == null || !quote.closed() || quote.start() <= d.contentStart || !endsSentence(quote)
                    || !contents.hasQuotedSpeech(quote.start(), quote.end())) {
                continue;
            }
            int mark = quote.start() - 1;
            while (mark > d.contentStart && Character.isWhitespace(text.charAt(mark))) {
                mark--;
            }
            if ("：:".indexOf(text.charAt(mark)) < 0) {
                continue;   // after a comma (…愤怒，“…。”) the older news golds keep one mixed claim, dev8's splits: left as it was
            }
            int paraphraseEnd = clauses.trimEnd(d.contentStart, mark);
            if (paraphraseEnd - d.contentStart < MIN_PARAPHRASE || clauses.adverbialOnly(d.contentStart, paraphraseEnd)
                    || nestedWith(d, quote) || !introducesOwnWords(d.contentStart, paraphraseEnd)) {
                continue;
            }
            d.contentEnd = paraphraseEnd;
            d.form = contents.hasQuotedSpeech(d.contentStart, paraphraseEnd) ? ClaimForm.MIXED : ClaimForm.INDIRECT;
            ClaimDraft quoted = addQuotationOf(d, quote, d.paragraph);
            if (quoted != null) {
                quoted.via = d.via;
            }
        }
    }

    /**
     * Whether the paraphrase's last clause, before the colon, leaves the quotation to the claim's speaker: it has a verb or
     * adjective (not a bare noun, as a headline's 网民：“…” names whose words follow), no cue of its own (缓缓地说：“…”,
     * 他告诉习近平：“…”: the quotation is that cue's content, maybe another's words) and does not end in a noun for words or
     * ideas (role {@code colonnoun}: 一句话：“…”, 信念：“…”).
     */
    private boolean introducesOwnWords(int from, int to) {
        int start = to;
        while (start > from && "，,；;".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        if (lexicon.longestSuffix("colonnoun", text, start, to).isPresent()
                || ARTICLE_NUMBER_AT_END.matcher(text.subSequence(start, to)).find()) {
            return false;   // 一句话：“…”, 纸条：“…”, 即第65条：“…”: the words of that saying or text
        }
        for (int k = start; k < to; k++) {
            Optional<Cue> cue = lexicon.longestAt(text, k);
            if (cue.isPresent() && cue.get().kind() != Kind.NOT_CUE && cue.get().kind() != Kind.SOURCELESS) {
                return false;
            }
        }
        List<AnnotatedText.CharToken> tokens = context.doc().tokens();
        for (int k = context.doc().firstTokenAtOrAfter(start); k < tokens.size() && tokens.get(k).end() <= to; k++) {
            if (speaksOtherWords(tokens.get(k))
                    || k + 1 < tokens.size() && tokens.get(k + 1).end() <= to && lexicon.is("colonverb", tokens.get(k).text() + tokens.get(k + 1).text())) {
                return false;   // 一直叮嘱他：“…”, 大声喊：“…”, 牌子上写着：“…”, 骂道：“…”: that verb's words, maybe another's
            }
        }
        for (int k = context.doc().firstTokenAtOrAfter(start); k < tokens.size() && tokens.get(k).end() <= to; k++) {
            if (tokens.get(k).pos().startsWith("v") || tokens.get(k).pos().startsWith("a")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb of speaking or writing that is no cue (role {@code colonverb}; also as two words, 写/着, checked by the caller) or
     * a two-char verb ending in 道 (骂道, 问道; not 知道).
     */
    private boolean speaksOtherWords(AnnotatedText.CharToken token) {
        String word = token.text();
        return lexicon.is("colonverb", word)
                || word.length() == 2 && word.endsWith("道") && !word.equals("知道") && token.pos().startsWith("v");
    }

    /** 即第65条, 第三款: an article of a law or a text closing the clause before the colon. */
    private static final Pattern ARTICLE_NUMBER_AT_END = Pattern.compile("第[0-9０-９一二三四五六七八九十百千零〇两]+[条款项章节]$");

    /**
     * Whether a speaker span that is no entity reads as someone who speaks: it ends in a name (a mention left unlinked), is a
     * pronoun, or ends in a title, a descriptive head, a head for a person (role {@code personhead}: 知情者, 前公务员) or a
     * text that speaks for its writers (role {@code medium}: 大纪元特稿, 社论).
     */
    private boolean readsAsSpeaker(int from, int to) {
        return context.doc().mentionEndingAt(to).isPresent() || lexicon.is("pronoun", text.substring(from, to))
                || lexicon.longestSuffix("personhead", text, from, to).isPresent()
                || lexicon.longestSuffix("medium", text, from, to).isPresent()
                || lexicon.longestSuffix("title", text, from, to).isPresent()
                || lexicon.longestSuffix("descriptive", text, from, to).isPresent();
    }

    /** Shortest paraphrase before a closing quotation that {@link #splitTrailingQuotations} splits off. */
    private static final int MIN_PARAPHRASE = 8;   // 原因很简单：“…”, 中方立场很明确：“…”: a lead-in, one mixed claim

    /** Whether another claim's cue stands inside {@code d}'s content before the quotation, or {@code d}'s cue inside another's content. */
    private boolean nestedWith(ClaimDraft d, Quote quote) {
        for (ClaimDraft other : drafts) {
            if (other != d && (other.cueStart >= d.contentStart && other.cueStart < quote.start()
                    || d.cueStart >= other.contentStart && d.cueStart < other.contentEnd
                    || other.contentStart < quote.innerEnd() && other.contentEnd > quote.innerStart())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds a direct claim of a quotation with no cue of its own, by the speaker of {@code previous}, and returns it
     * (null when the quotation holds no content).
     */
    private ClaimDraft addQuotationOf(ClaimDraft previous, Quote quote, int paragraph) {
        ClaimDraft draft = new ClaimDraft();
        contents.setDirect(draft, quote);
        if (draft.form == null) {
            return null;
        }
        draft.cue = "";
        draft.cueStart = quote.start();
        draft.paragraph = paragraph;
        draft.speakerEntity = previous.speakerEntity;
        draft.speakerKind = previous.speakerKind;
        if (previous.speakerEntity.isEmpty() && previous.speakerStart >= 0 && readsAsSpeaker(previous.speakerStart, previous.speakerEnd)) {
            // 另一名知情的银行人士表示：“…”⏎“这是推测性的…”: a speaker that is no entity is handed on by its words, or
            // the quotation would have no speaker at all; not a span that names no one (这份声明中, 中印)
            draft.speakerStart = previous.speakerStart;
            draft.speakerEnd = previous.speakerEnd;
        }
        drafts.add(draft);
        return draft;
    }
}
