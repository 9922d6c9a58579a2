package org.zhextract.claim;

import static org.zhextract.claim.Clauses.CLOSING_QUOTES;
import static org.zhextract.claim.Clauses.MAX_CLAUSE_CHARS;
import static org.zhextract.claim.Clauses.SENTENCE_ENDS;

import java.util.List;
import org.zhextract.claim.AnnotatedText.CharToken;
import org.zhextract.claim.ClaimExtractor.ClaimDraft;
import org.zhextract.claim.Quotations.Quote;
import org.zhextract.model.ClaimForm;

/**
 * Finds what a claim says: the clause after the cue up to the sentence end (reading over
 * quotations), the quotation before the source (“……”，X说), or the quotation paragraph after a cue
 * that ends its paragraph with a colon; and tells direct, indirect and mixed content apart. One per
 * document.
 */
final class ContentFinder extends DocumentPart {

    /** Quoted parts shorter than this are names or scare quotes (“云外交”), not quoted speech, unless a predicate (“不公平”). */
    private static final int MIN_QUOTED_SPEECH = 5;

    /** 他是…, 她现在是…: after a quotation and 说， the writer saying who the speaker is. */
    private static final java.util.regex.Pattern WRITERS_APPOSITION = java.util.regex.Pattern.compile("[他她](现在|目前|现|曾|曾经|也)?是(?!否)");
    /** 指的是…: after a quotation and X表示， the writer saying what the speaker meant (a gloss, not speech). */
    private static final java.util.regex.Pattern WRITERS_GLOSS = java.util.regex.Pattern.compile("[他她其]?所?指的是");
    /** 一句：, 这样一段话：, 一番…的话： — words that count or announce the quotation after the colon. */
    private static final java.util.regex.Pattern UTTERANCE_INTRO = java.util.regex.Pattern.compile(
            "(?:这样|这么)?[一几两]?(?:句话?|[段番][^，,。；;：:“”「」]{0,10}?话)[ \u3000]*[：:][ \u3000]*");

    private final Clauses clauses;

    ContentFinder(ClaimContext context, Clauses clauses) {
        super(context);
        this.clauses = clauses;
    }

    /** An unquoted paragraph after a cue and a colon shorter than this is no block quotation (a heading, a name). */
    private static final int MIN_BLOCK_CHARS = 6;

    /**
     * Content after the cue, or the quotation before the source (“……”，X说), or the quotation
     * paragraph after a cue ending its paragraph with a colon. Leaves {@code form} null when
     * there is none. True when the next paragraph was used.
     */
    boolean fillContent(ClaimDraft draft, int cueEnd, int clauseStart, int paragraphEnd) {
        fillForward(draft, cueEnd, paragraphEnd);
        Quote before = quotationBefore(clauseStart);
        if (draft.form == ClaimForm.INDIRECT && before != null
                && (WRITERS_APPOSITION.matcher(text).region(draft.contentStart, draft.contentEnd).lookingAt()
                    || WRITERS_GLOSS.matcher(text).region(draft.contentStart, draft.contentEnd).lookingAt())) {
            // “我们担心…，”孙仪文说，他是国宝银行的首席执行官: what the speaker is, after 说， in
            // the writer's voice (or what the speaker meant: …，”洛威表示，指的是…); the quotation before is what was said
            setDirect(draft, before);
            return false;
        }
        if (draft.form != null) {
            return false;
        }
        if (before != null) {
            setDirect(draft, before);
            return false;
        }
        int stop = clauses.skipSpaces(cueEnd, paragraphEnd);
        if (stop < paragraphEnd && text.charAt(stop) == '。') {
            // 她对大纪元记者表示。“我认为…。”: a cue closing its sentence with no quotation before its source introduces
            // the quotation that opens the next sentence, as a colon would (a full stop typed for the colon)
            Quote quote = quotations.startingAt(clauses.skipSpaces(stop + 1, paragraphEnd));
            if (quote != null && quote.closed()) {
                setDirect(draft, quote);
                return false;
            }
        }
        int colon = clauses.skipSpaces(cueEnd, paragraphEnd);
        if (colon < paragraphEnd && "：:".indexOf(text.charAt(colon)) >= 0 && clauses.skipSpaces(colon + 1, paragraphEnd) == paragraphEnd
                && paragraphEnd < text.length()) {
            int next = clauses.skipSpaces(paragraphEnd + 1, text.length());
            Quote quote = quotations.startingAt(next);
            if (quote != null) {
                setDirect(draft, quote);
                return true;
            }
            // 米塞斯在书中指出：⏎行为将意志付诸行动，…: a paragraph set off with no quotation marks (a block
            // quotation) is what was said, as a quotation paragraph would be
            int lineEnd = text.indexOf('\n', next);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            int end = clauses.trimEnd(next, lineEnd);
            if (next < end && opensBlockQuotation(next, end, lineEnd)) {
                draft.contentStart = next;
                draft.contentEnd = end;
                draft.form = ClaimForm.DIRECT;
                return true;
            }
        }
        return false;
    }

    /**
     * The unquoted paragraph {@code [start, end)} (its line ends at {@code lineEnd}) can be one said: it
     * opens with a Han character (not a bracket, a list mark or a quotation, which the quotation rule
     * reads), is a sentence, not a heading or a title (中原中英文封面: it holds or ends in a comma or
     * sentence mark), and does not itself end in a colon (another introduction: …黄教授的名言是：).
     */
    private boolean opensBlockQuotation(int start, int end, int lineEnd) {
        int last = lineEnd;
        while (last > start && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        return end - start >= MIN_BLOCK_CHARS
                && Character.UnicodeScript.of(text.codePointAt(start)) == Character.UnicodeScript.HAN
                && "：:".indexOf(text.charAt(last - 1)) < 0
                && text.substring(start, last).chars().anyMatch(c -> SENTENCE_MARKS.indexOf(c) >= 0);
    }

    /** What a paragraph said holds somewhere: a comma or a sentence mark. */
    private static final String SENTENCE_MARKS = "，,。！？!?；;…";

    /** The quotation closing right before the clause at {@code clauseStart}, past spaces and commas on its line (“……，”X说), or null. */
    Quote quotationBefore(int clauseStart) {
        int p = clauseStart - 1;
        while (p >= 0 && (Character.isWhitespace(text.charAt(p)) || "，,".indexOf(text.charAt(p)) >= 0)
                && text.charAt(p) != '\n') {
            p--;
        }
        return p >= 0 && CLOSING_QUOTES.indexOf(text.charAt(p)) >= 0 ? quotations.endingAt(p + 1) : null;
    }

    /**
     * 说出了那句著名的话：“…”, 总结了这种心态：“…”: after a cue, 出/了 and a short object naming what was said, then a
     * colon and a quotation, which is what was said. Where the quotation opens, or -1.
     */
    int quotationAfterObject(int cueEnd, int paragraphEnd) {
        java.util.regex.Matcher m = OBJECT_INTRO.matcher(text).region(cueEnd, Math.min(paragraphEnd, cueEnd + 20));
        if (!m.lookingAt() || quotations.startingAt(m.end()) == null) {
            return -1;
        }
        for (int k = cueEnd; k < m.end(); k++) {
            if (lexicon.longestAt(text, k).filter(c -> c.kind() != ClaimLexicon.Kind.NOT_CUE).isPresent()) {
                return -1;   // 他说赵立坚表示：“…”: a cue inside is a claim of its own, no object
            }
        }
        return m.end();
    }

    /** 出了那句著名的话：, 了这种心态：: a short object (no clause mark, no quotation) closed by a colon. */
    static final java.util.regex.Pattern OBJECT_INTRO = java.util.regex.Pattern.compile(
            "出?了?[^，,。；;：:“”「」『』！？!?\\s]{1,12}?[：:][ \u3000]*");

    /** The clause after the cue up to the sentence end, reading over quotations. */
    void fillForward(ClaimDraft draft, int from, int paragraphEnd) {
        int start = clauses.skipSpaces(from, paragraphEnd);
        if (start < paragraphEnd && text.charAt(start) == '了') {
            start++;   // 否认了…: the aspect particle belongs to the cue
        }
        if (start < paragraphEnd && "，,：:".indexOf(text.charAt(start)) >= 0) {
            start = clauses.skipSpaces(start + 1, paragraphEnd);
        }
        java.util.regex.Matcher intro = UTTERANCE_INTRO.matcher(text).region(start, paragraphEnd);
        if (intro.lookingAt() && quotations.startingAt(intro.end()) != null) {
            start = intro.end();   // 说了一句：“…”, 说了一段意味深长的话：“…”: the quotation is what was said
        } else {
            start = Math.max(start, quotationAfterObject(from, paragraphEnd));   // 说出了那句著名的话：“…”, 总结了这种心态：“…”
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
                if ((quote.start() == start || onlyQuotations(start, quote.start())) && endsSentence(quote, limit)) {
                    break;   // 她说：“……。”她对禁令持乐观态度: the closed sentence ends the content
                }
                continue;
            }
            if (SENTENCE_ENDS.indexOf(text.charAt(end)) >= 0 || headline && clauses.isSpaceBoundary(end)) {
                break;
            }
            end++;
        }
        if (end == limit && limit < paragraphEnd) {
            return;   // no sentence end in sight: a run-on without punctuation, no readable content
        }
        end = clauses.trimEnd(start, dropTrailingAside(start, clauses.trimEnd(start, end)));
        if (end - start < 2) {
            return;
        }
        Quote first = quotations.startingAt(start);
        if (first != null && first.end() <= end && onlyQuotations(start, end)) {
            // “……，”“……。”: quotations and punctuation only
            List<Quote> quotes = quotations.within(start, end);
            Quote last = quotes.get(quotes.size() - 1);
            int contentEnd = clauses.trimEnd(first.innerStart(), last.innerEnd());
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

    /**
     * A closed quotation whose last inner mark ends a sentence (。！？) and after which a new
     * sentence starts (a letter, not another quotation or a comma): its sentence is
     * over, so what follows is the writer's or another source's. Read only where the content
     * opens with quotations (说：“……。”); a quotation inside indirect content (指，X订明：“……。”公务员也…)
     * may be followed by more of it.
     */
    private boolean endsSentence(Quote quote, int limit) {
        if (!quote.closed() || quote.end() >= limit || quote.innerEnd() <= quote.innerStart()) {
            return false;
        }
        char last = text.charAt(quote.innerEnd() - 1);
        if ("。！？!?".indexOf(last) < 0) {
            return false;
        }
        int next = clauses.skipSpaces(quote.end(), limit);
        return next < limit && Character.isLetter(text.charAt(next)) && quotations.startingAt(next) == null;
    }

    /** …的合作（资料图片）: a bracketed aside closing the content is the editor's, not the source's. */
    private int dropTrailingAside(int start, int end) {
        if (end - start < 2 || "）)".indexOf(text.charAt(end - 1)) < 0) {
            return end;
        }
        int open = Math.max(text.lastIndexOf('（', end - 1), text.lastIndexOf('(', end - 1));
        return open > start ? open : end;
    }

    void setDirect(ClaimDraft draft, Quote quote) {
        int start = quote.innerStart();
        int end = clauses.trimEnd(start, quote.innerEnd());
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
    boolean onlyPunctuationOrAside(int from, int to) {
        return RepeatedClaims.lettersOutsideBrackets(text, from, to).isEmpty();
    }

    /**
     * Whether {@code [from, to)} holds a quoted part that is the speaker's words rather than a name,
     * a slogan or a scare-quoted term. A quotation read as a name at any length: followed by a
     * term noun (“一个中国”原则), by any noun (“碧桂园森林城市”房地产项目), by 的 + a noun (名为“…”的网站)
     * or by a bracket (「…」（简称…）), unless that noun is one for words said (“…”的说法); right after a naming word (所谓, 名为, 反对, 口号「…」); or
     * ending in a name suffix (“新殖民主义”). Otherwise five or more chars are speech, and a shorter
     * part is speech only when it is a predicate (see {@link #isQuotedPredicate}): the news scare-quotes
     * short nouns and verbs as terms (“港独”, “一带一路”, “脱钩”), which stay indirect.
     */
    boolean hasQuotedSpeech(int from, int to) {
        for (Quote q : quotations.within(from, to)) {
            int length = q.innerEnd() - q.innerStart();
            if (length <= 0 || isQuotedName(q, to)) {
                continue;
            }
            if (length >= MIN_QUOTED_SPEECH || isQuotedPredicate(q)) {
                return true;
            }
        }
        return false;
    }

    /** A quotation that names something: see {@link #hasQuotedSpeech}. */
    private boolean isQuotedName(Quote q, int to) {
        if (lexicon.longestPrefix("term", text, q.end(), to).isPresent()
                || lexicon.longestSuffix("namesuffix", text, q.innerStart(), q.innerEnd()).isPresent()) {
            return true;
        }
        int before = q.start();
        if (lexicon.longestSuffix("naming", text, Math.max(0, before - 4), before).isPresent()) {
            return true;
        }
        if (q.end() >= to || holdsSentenceEnd(q)) {
            // “我们的任务只是…。”(警方未说明…): a quotation of whole sentences is no name whatever follows it
            return false;
        }
        char next = text.charAt(q.end());
        if (next == '（' || next == '(') {
            return true;
        }
        int k = doc.firstTokenAtOrAfter(q.end());
        if (k >= tokens.size() || tokens.get(k).start() != q.end()) {
            return false;
        }
        CharToken after = tokens.get(k);
        if (after.text().equals("的") && k + 1 < tokens.size()) {
            // 名为“…”的网站: the quotation modifies a noun; 的 + a verb or adjective (“…”的说得好) is no name
            after = tokens.get(k + 1);
        }
        // “…”的说法, “…”的承诺: a noun for something said makes the quotation words said, not a name
        return isNoun(after) && lexicon.longestPrefix("heldnoun", text, after.start(), to).isEmpty();
    }

    /** Whether the quotation holds a sentence end: words said, which no name holds (a slogan may hold a comma: 「…，…」花牌). */
    private boolean holdsSentenceEnd(Quote q) {
        for (int k = q.innerStart(); k < q.innerEnd(); k++) {
            if ("。！？!?".indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A common or proper noun, not a person's name (“…”王毅说 is no modified noun) nor a time or place word. */
    private static boolean isNoun(CharToken t) {
        return t.pos().startsWith("n") && !t.pos().startsWith("nr");
    }

    /**
     * A short quotation that is a predicate, the speaker's own judgement (“不公平”, “不会延长”,
     * 「太糟糕」, 「可悲」): opened by a negation or degree word, or made of adjectives (one word) or
     * of two or more words that are all verbs, adjectives and adverbs. One verb alone is a
     * scare-quoted term (“脱钩”, “禁牧”).
     */
    private boolean isQuotedPredicate(Quote q) {
        if (lexicon.longestPrefix("predicateopener", text, q.innerStart(), q.innerEnd()).isPresent()) {
            return true;
        }
        int words = 0;
        boolean adjectiveOnly = true;
        for (int k = doc.firstTokenAtOrAfter(q.innerStart()); k < tokens.size() && tokens.get(k).start() < q.innerEnd(); k++) {
            CharToken t = tokens.get(k);
            if (t.start() < q.innerStart() || t.end() > q.innerEnd()) {
                return false;
            }
            char tag = t.pos().isEmpty() ? ' ' : t.pos().charAt(0);
            if (tag == 'u' || tag == 'w') {
                continue;
            }
            if (tag != 'v' && tag != 'a' && tag != 'd') {
                return false;
            }
            adjectiveOnly &= tag == 'a';
            words++;
        }
        return words >= 2 || words == 1 && adjectiveOnly;
    }
}
