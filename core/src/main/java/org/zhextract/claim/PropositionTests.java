package org.zhextract.claim;

import static org.zhextract.claim.Clauses.CLAUSE_BOUNDARIES;
import static org.zhextract.claim.Clauses.CLOSING_QUOTES;
import static org.zhextract.claim.Clauses.OPENING_QUOTES;

import java.util.Optional;
import java.util.regex.Pattern;
import org.zhextract.claim.AnnotatedText.CharToken;
import org.zhextract.claim.ClaimExtractor.ClaimDraft;
import org.zhextract.model.ClaimForm;

/**
 * Tests on a content that show it states no proposition, so there is no claim: an attitude only
 * (表示感谢, 表示对新法案的支持), information named only (宣布这个消息), a thing believed (相信新闻自由)
 * or a stance (表示议会立场). One per document.
 */
final class PropositionTests extends DocumentPart {

    /** What {@link #namesInformationOnly} matches: a determiner and a noun for information (这个消息, 该项目的进展情况). */
    private static final Pattern INFORMATION_ONLY = Pattern.compile(
            "(?:了)?(?:这个|这一|这则|这条|该|此|其|一些|这些|更多|有关|相关)[^，,：:；;“”「」]{0,10}?(?:的)?(?:消息|信息|细节|情况|详情|内容)");

    /** Contents of 表示 shorter than this with no verb are a noun phrase (表示议会立场), not a clause. */
    private static final int MAX_VERBLESS_CONTENT = 12;

    private final Clauses clauses;

    PropositionTests(ClaimContext context, Clauses clauses) {
        super(context);
        this.clauses = clauses;
    }

    /**
     * 表示感谢, 表示强烈不满和坚决反对, 表示过怀疑: an attitude with no proposition. Also with its
     * target in the content: 表示，对这一决定表示强烈不满 and 表示对新法案的支持.
     */
    boolean isAttitudeOnly(String cue, ClaimDraft draft) {
        // mixed content too: 表示担忧，说…，“坐着坐着…” is an attitude, then 说's content with a quotation in it
        if (!cue.equals("表示") || draft.form == ClaimForm.DIRECT || draft.form == null) {
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
            if (text.charAt(k) == '的' && clauses.noClauseMark(draft.contentStart, k) && attitudeOnly(k + 1, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A content that only names information (宣布这个消息, 透露了一些信息, 披露该项目的进展情况):
     * what was said is not reported, so there is no claim.
     */
    boolean namesInformationOnly(ClaimDraft draft) {
        return draft.form == ClaimForm.INDIRECT && draft.contentStart > 0
                && "，,：:".indexOf(text.charAt(draft.contentStart - 1)) < 0   // the cue's object, not a clause after it
                && INFORMATION_ONLY.matcher(text.substring(draft.contentStart, draft.contentEnd)).matches();
    }

    /** A tense, aspect or copula word anywhere in a clause (将, 已, 是): the affair noun then ends a clause, not a noun phrase. */
    private static final Pattern TENSE_OR_COPULA_WORD = Pattern.compile(".*(?:将|会|要|已|曾|有|是|为).*");

    /**
     * 相信新闻自由, 相信了厂长所说的话, 相信，但…: 相信 takes a thing, not a proposition, when its
     * first clause has no verb, ends in a noun for something said, or when the content opens with
     * 但. 表示议会立场, 表示对X的敌视态度: 表示 + a short verbless clause, or 对X的 + a stance noun,
     * expresses a stance with no proposition. None of these is a claim.
     */
    boolean isThingBelievedOrStance(String cue, ClaimDraft draft) {
        // a clausal cue's first clause is read in mixed content too: 批评了这项法律的通过，他发推称：“…” is mixed until
        // the nested claim cuts it, and its first clause is still a bare object
        if (draft.form == ClaimForm.DIRECT || draft.form != ClaimForm.INDIRECT && !lexicon.is("clausal", cue) && !lexicon.is("thingobject", cue)) {
            return false;
        }
        int from = draft.contentStart;
        int to = draft.contentEnd;
        int firstClauseEnd = from;
        while (firstClauseEnd < to && CLAUSE_BOUNDARIES.indexOf(text.charAt(firstClauseEnd)) < 0
                && OPENING_QUOTES.indexOf(text.charAt(firstClauseEnd)) < 0) {
            firstClauseEnd++;
        }
        // after a comma or colon the clause states something even when HanLP tags no verb in it (or only a
        // verbal noun); the verb tests below are for a bare object (相信新闻自由, 指责美国, 表示议会立场)
        boolean afterComma = from > 0 && "，,：:".indexOf(text.charAt(from - 1)) >= 0;
        if (cue.equals("相信") || cue.equals("不相信")) {
            // after a comma the clause is what is believed (她相信，中共以母亲作为/p 人质)
            return lexicon.longestPrefix("contrast", text, from, to).isPresent() || !afterComma && !hasPredicate(from, firstClauseEnd, false)
                    || lexicon.longestSuffix("heldnoun", text, from, firstClauseEnd).isPresent();
        }
        if (lexicon.is("thingobject", cue)) {
            // 披露了更多笔录, 披露了她掌握的信息: one clause with no verb after its last 的 (or none at all) is the thing
            // disclosed; 披露香港警察使用的催泪弹来自美国 has its verb after 的, 披露两人“关系密切”，… goes on past a comma
            // (a quoted word inside the thing is part of it: 披露新“罪证”)
            int lastDe = text.lastIndexOf('的', to - 1);
            boolean oneClause = text.substring(from, to).chars().noneMatch(c -> "，,：:；;。！？!?".indexOf(c) >= 0);
            return !afterComma && oneClause && !hasPredicate(Math.max(from, lastDe + 1), to, false);
        }
        if (lexicon.is("clausal", cue) && !afterComma && firstClauseEnd - from > 2
                && endsInAffairNoun(from, firstClauseEnd) && !TENSE_OR_COPULA_WORD.matcher(text).region(from, firstClauseEnd).matches()) {
            return true;   // 外交部证实肯尼亚警方拘查记者事件: a noun phrase naming an affair (its verb inside it) is what is confirmed
        }
        if (lexicon.is("clausal", cue)) {
            // 共识经济预测对这一风险还不太重视: a preposition right after the cue (no comma) opens the
            // predicate of a sentence whose subject is the cue as a noun (the forecasts), no claim
            boolean nounSubject = from > 0 && "，,：:".indexOf(text.charAt(from - 1)) < 0 && doc.tokenStartsAt(from)
                    && doc.firstTokenAtOrAfter(from) < tokens.size() && tokens.get(doc.firstTokenAtOrAfter(from)).pos().startsWith("p");
            // after a comma or colon the clause is what was said (凯投宏观预测，美国的年增长率将在3%—3.5%之间)
            int verbBefore = firstClauseEnd;
            if (lexicon.is("relativeobject", cue)) {
                int de = text.indexOf('的', from);
                if (de >= 0 && de < firstClauseEnd) {
                    // 批评普京的领导, 批评美国对疫情大流行/v 的应对措施: a noun phrase, whom or what; the word right
                    // before 的 is inside it, not the clause's verb
                    int beforeDe = doc.firstTokenAtOrAfter(de - 1);
                    verbBefore = beforeDe < tokens.size() && tokens.get(beforeDe).end() == de ? Math.max(from, tokens.get(beforeDe).start()) : de;
                    int lastDe = text.lastIndexOf('的', firstClauseEnd - 1);
                    if (!afterComma && !hasPredicate(lastDe + 1, firstClauseEnd, false) && !linkedToNounPhrase(from, de)) {
                        return true;   // 批评中共对待香港与维吾尔人的方式: the clause ends in a noun after 的, a noun phrase
                    }
                }
            }
            // 指控他们“散布谣言”, 指责澳大利亚的做法“严重违反了国际法”: an object, then a quotation that holds what
            // it did; the quotation's verbs are the clause's (a quoted noun, 指责美国的“霸凌行径”, is still whom or what)
            int quotedTo = verbBefore == firstClauseEnd ? quotationPredicateEnd(from, firstClauseEnd, to) : -1;
            return nounSubject || !afterComma && !hasPredicate(from, verbBefore, false)
                    && !(verbBefore == firstClauseEnd && endsInAdjectivePredicate(from, firstClauseEnd))
                    && (quotedTo < 0 || !hasPredicate(firstClauseEnd, quotedTo, false));   // 指责美国: whom, not what
        }
        if (!cue.equals("表示") || firstClauseEnd < to) {
            return false;
        }
        boolean targeted = lexicon.longestPrefix("target", text, from, to).isPresent();
        // after a comma or colon the clause states something (表示，美国正在监控/vn 中国留学生); a stance is 表示's
        // own object (表示议会立场)
        return to - from <= MAX_VERBLESS_CONTENT && !afterComma && !hasPredicate(from, to, true)
                || targeted && lexicon.longestSuffix("stance", text, from, to).isPresent()
                    && text.substring(from, to).contains("的");
    }

    /** Whether {@code [from, to)} ends in a word of its own naming an affair (role affairnoun: 事件, 计划, 消息, 报道). */
    private boolean endsInAffairNoun(int from, int to) {
        return lexicon.longestSuffix("affairnoun", text, from, to).filter(n -> doc.tokenStartsAt(to - n.length())).isPresent();
    }

    /**
     * The end of the quotation that opens at {@code quoteAt} right after a clausal cue's object
     * ({@code [from, quoteAt)}, not empty, not ending in 的), or -1: the quotation then
     * says what the object did or is. A quotation right after the cue (批评“一国两制”) is the object.
     */
    private int quotationPredicateEnd(int from, int quoteAt, int to) {
        if (quoteAt <= from || quoteAt >= to || OPENING_QUOTES.indexOf(text.charAt(quoteAt)) < 0 || text.charAt(quoteAt - 1) == '的') {
            return -1;
        }
        int close = quoteAt + 1;
        while (close < to && CLOSING_QUOTES.indexOf(text.charAt(close)) < 0) {
            close++;
        }
        return close < to || close == to && to < text.length() && CLOSING_QUOTES.indexOf(text.charAt(to)) >= 0 ? close : -1;
    }

    /**
     * A verb (not a verbal noun) among the tokens inside {@code [from, to)}; with
     * {@code adjectives} also an adjective (病人情况稳定/an). 相信 takes adjectives in noun phrases
     * (相信新闻自由), so it asks for verbs only.
     */
    private boolean hasPredicate(int from, int to, boolean adjectives) {
        for (int k = doc.firstTokenAtOrAfter(from); k < tokens.size() && tokens.get(k).end() <= to; k++) {
            String pos = tokens.get(k).pos();
            boolean predicate = pos.startsWith("v") && !pos.equals("vn") || adjectives && pos.startsWith("a")
                    || MODAL_WORD.matcher(tokens.get(k).text()).matches();
            if (tokens.get(k).start() >= from && predicate) {
                return true;
            }
        }
        return false;
    }

    /**
     * 抨击这次初选具有明确的政治目的, 批评这是一种错误的做法: a subject, then a linking verb (role copula or linking) before the
     * 的 at {@code de}: the noun phrase after 的 is that verb's object, and the clause states something about the subject.
     */
    private boolean linkedToNounPhrase(int from, int de) {
        for (int k = doc.firstTokenAtOrAfter(from); k < tokens.size() && tokens.get(k).end() <= de; k++) {
            CharToken t = tokens.get(k);
            if (t.start() > from && t.pos().startsWith("v") && (lexicon.is("copula", t.text()) || lexicon.is("linking", t.text()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * 指责总理特鲁多无能，…: the clause {@code [from, to)} ends in an adjective (a, not ad or an) right after a noun or name, a
     * subject and its predicate; an adjective anywhere else may sit inside a noun phrase (指责新的/a 规定).
     */
    private boolean endsInAdjectivePredicate(int from, int to) {
        int k = doc.firstTokenAtOrAfter(from);
        int last = -1;
        for (; k < tokens.size() && tokens.get(k).end() <= to; k++) {
            last = k;
        }
        if (last < 1 || tokens.get(last).end() != to || tokens.get(last - 1).start() < from) {
            return false;
        }
        String before = tokens.get(last - 1).pos();
        return tokens.get(last).pos().equals("a") && (before.startsWith("n") && !before.equals("nx") || doc.insideMention(tokens.get(last - 1).start()));
    }

    /**
     * An adverb and a modal verb that the segmenter may keep as one word of another part of speech
     * (可能会/nz): a predicate all the same (美国可能会调整/vn 政策 states something).
     */
    private static final Pattern MODAL_WORD = Pattern.compile("(?:可能|将|或|也|还|就|才|不|都|仍)(?:会|能|要|将)");

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
}
