package org.zhextract.claim;

import org.zhextract.text.LatinLetters;
import static org.zhextract.claim.Clauses.CLOSING_QUOTES;
import static org.zhextract.claim.Clauses.MAX_QUOTED_NAME;
import static org.zhextract.claim.Clauses.OPENING_QUOTES;

import java.util.List;
import java.util.Optional;
import org.zhextract.claim.AnnotatedText.CharToken;
import org.zhextract.claim.Quotations.Quote;
import org.zhextract.model.EntityType;

/**
 * Walks the run of tokens that can make up a source phrase (美国国务院发言人普赖斯（…）表示 →
 * 美国国务院发言人普赖斯): nouns, names, source words of {@link ClaimLexicon} that span or end inside
 * tokens, and the pieces the segmenter broke off a name or an organization (川/b 普说/nr,
 * 国家/过敏/vi/和/传染病/研究所), quoted names, book titles and bracketed glosses inside it. Also
 * says whether a phrase ends in a word for who can speak. One per document.
 */
final class SourceWalker extends DocumentPart {

    /** Single-char conjunctions that join parts of a source (美国和英国). */
    static final String COORDINATORS = "和与及同跟或";

    static final String ORG_ENDINGS = "公司集团企业组织机构部局委会行社台报署院所处厅党军府室";   // 室: 总理办公室, 发言人办公室

    static final String INTERPUNCTS = "·‧•・．";

    /** Single-character verbs that end a source (他们是…, 他要…); other one-char "verbs" occur in names. */
    private static final String PREDICATE_CHARS = "是有在要会到将把被让使给来去做看想用说称发指";

    /** Parts of speech that never end a name: adverbs, prepositions, conjunctions (王总还, 纳瓦罗在, 刘一直). */
    private static final List<String> GLUE_POS = List.of("d", "p", "c");

    /** Adverbs the segmenter glues to the end of an unknown name (川普也曾表示 → 普也/nr). */
    private static final String GLUED_ADVERBS = "也还都就曾又则总早已亦在对续";

    /** Prepositions that open an addressee or a setting between a source and its cue (对记者, 在会上). */
    private static final String PREPOSITIONS = "对在向跟于";

    /** Longest Chinese aside in brackets read over inside a source (化名, 中国人民银行). */
    static final int MAX_SOURCE_ASIDE = 12;

    private final Clauses clauses;

    SourceWalker(ClaimContext context, Clauses clauses) {
        super(context);
        this.clauses = clauses;
    }

    /** The end of the run of source-like tokens from {@code start}, stopping by {@code to}. */
    int walkNominal(int start, int to) {
        int end = start;
        int k = doc.firstTokenAtOrAfter(start);
        while (k < tokens.size()) {
            CharToken t = tokens.get(k);
            if (t.start() >= to || t.start() > end && !text.substring(end, t.start()).isBlank()) {
                break;
            }
            if (end == t.start() && end > start && t.text().equals("共") && text.charAt(end - 1) == '亲'
                    && k + 1 < tokens.size() && tokens.get(k + 1).start() == t.end() && tokens.get(k + 1).end() <= to
                    && tokens.get(k + 1).pos().startsWith("n")) {
                end = t.end();   // 香港/亲/ng/共/d/人士: 共 is the Communists (pro-Communist), not the adverb "together"
                k++;
                continue;
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
            if (end == start && (t.text().equals("很") || t.text().equals("好")) && t.end() < to && text.charAt(t.end()) == '多'
                    && k + 1 < tokens.size() && tokens.get(k + 1).text().equals("多") && tokens.get(k + 1).end() < to) {
                end = tokens.get(k + 1).end();   // 很/d 多/a 法律专家: a count opening the source
                k += 2;
                continue;
            }
            if (t.pos().equals("an") && k + 1 < tokens.size() && tokens.get(k + 1).start() == t.end()
                    && tokens.get(k + 1).end() <= to && (tokens.get(k + 1).pos().startsWith("n") || tokens.get(k + 1).pos().equals("vn"))
                    && !tokens.get(k + 1).pos().startsWith("nr")) {
                // 该州/卫生/an/部门: an adjectival noun modifying a noun, or a verbal noun (卫生/an 防护/vn 中心)
                end = t.end();
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
                if (q != null && q.start() >= start && q.end() <= to && clauses.quotedNameEndsAt(q.end())) {
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
                if (close > 0 && close < to && close - t.start() <= MAX_QUOTED_NAME && clauses.noClauseMark(t.start(), close)) {
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
            if ((end > start || t.text().length() >= 2) && t.pos().startsWith("v") && k + 1 < tokens.size() && tokens.get(k + 1).start() == t.end()
                    && tokens.get(k + 1).text().equals("者") && tokens.get(k + 1).pos().equals("k") && tokens.get(k + 1).end() <= to) {
                // 交易/撮合/v 者/k: a verb and the suffix 者 name a role, after a noun or opening the source
                // (声援/v 者/k 称, 抱怨/v 者/k 说, which HanLP splits where it keeps 支持者 whole)
                end = tokens.get(k + 1).end();
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

    /**
     * After a bracketed Latin gloss at {@code open} (（Garrigues）, (CNN)) when a source word or
     * name follows it before {@code to}: the index after the bracket; else -1 (a gloss ending the
     * source stays outside it, as before).
     */
    private int afterGloss(int open, int to) {
        int close = clauses.closingBracket(open, to);
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

    /**
     * A short bracketed Chinese aside at {@code open} (closing at {@code close}) inside a source:
     * true when a title or job word follows it (前央行（中国人民银行）行长周明), or 的 and a head that
     * names who speaks (一个叫恭加（化名）的藏族学生). An aside after the whole source (张明（左）说)
     * or before anything else stays outside it.
     */
    private boolean asideGoesOn(int open, int close, int to) {
        if (close - open - 1 > MAX_SOURCE_ASIDE || !clauses.noClauseMark(open + 1, close)) {
            return false;
        }
        int next = doc.firstTokenAtOrAfter(close + 1);
        if (next >= tokens.size() || tokens.get(next).start() != close + 1 || tokens.get(next).end() > to
                || doc.isTimeAt(close + 1)) {
            return false;
        }
        CharToken t = tokens.get(next);
        if (t.end() == to || !t.text().equals("的") && lexicon.wordsAt("title", text, close + 1, to).isEmpty()) {
            // 川普（特朗普）政府宣布: the aside glosses the name, and a head that names who speaks follows it
            int head = walkNominal(close + 1, to);
            return head > close + 1 && lexicon.longestSuffix("descriptive", text, close + 1, head).isPresent()
                    && !t.pos().equals("nnt");
        }
        if (t.text().equals("的")) {
            int head = walkNominal(t.end(), to);
            return head > t.end() && namesASource(t.end(), head);
        }
        return t.pos().equals("nnt") || !lexicon.wordsAt("title", text, close + 1, to).isEmpty();
    }

    /**
     * Whether {@code [from, to)} ends in a word for who can speak: a title, descriptive source,
     * medium or person noun (警官, 人士, 邻居), a mention, or an organization ending (法院); or holds
     * a title before a name (议员Marie-Pierre Vedrenne).
     */
    boolean namesASource(int from, int to) {
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

    /** 分析/vn 了/ule …: a verbal noun with an aspect mark right after it is the verb of a clause, no noun of a source. */
    private boolean aspectFollows(CharToken t) {
        int next = doc.firstTokenAtOrAfter(t.end());
        if (next >= tokens.size() || tokens.get(next).start() != t.end()) {
            return false;
        }
        String pos = tokens.get(next).pos();
        return pos.equals("ule") || pos.equals("uzhe") || pos.equals("uguo");
    }

    /** An ampersand between two Latin letters joins the parts of one name (台北H＆L管理咨询公司, AT&T, P&G). */
    private boolean ampersandInLatinName(CharToken t) {
        return (t.text().equals("&") || t.text().equals("＆")) && t.start() > 0 && t.end() < text.length()
                && LatinLetters.isLatinLetter(text.codePointBefore(t.start())) && LatinLetters.isLatinLetter(text.codePointAt(t.end()));
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
            return word.length() == 1 && ("、".equals(word) || INTERPUNCTS.contains(word) || ampersandInLatinName(t));
        }
        if (pos.startsWith("c")) {
            return word.length() == 1 && COORDINATORS.contains(word) || word.equals("以及") || word.equals("及其");
        }
        if (pos.startsWith("v")) {
            return pos.equals("vn") && !aspectFollows(t) || word.length() == 1 && PREDICATE_CHARS.indexOf(word.charAt(0)) < 0;
        }
        if (pos.equals("t") || pos.equals("qt") || pos.startsWith("p") || pos.startsWith("d") || pos.equals("ad")
                || pos.startsWith("u") && !pos.equals("ude1") && !pos.equals("udeng") || pos.equals("y")
                || pos.equals("e") || pos.equals("o") || pos.equals("an") || pos.equals("vl")) {
            return false;
        }
        return !doc.isTimeAt(t.start());
    }
}
