package org.zhextract.claim;

import static org.zhextract.claim.SourceWalker.COORDINATORS;

import java.util.Optional;
import java.util.regex.Pattern;
import org.zhextract.claim.AnnotatedText.CharToken;
import org.zhextract.claim.Quotations.Quote;

/**
 * Where clauses and sentences of one document start and end, in char indices: clause marks,
 * closing quotes that end a clause (“……”他说) and short quoted names that do not (接受“观察者”采访时说),
 * dashes and spaces between Chinese characters that separate clauses, and the head of a clause
 * that no source starts with (conjunctions, adverbs, times, a bracketed byline). Shared by every
 * step of {@link DocumentPass}; one per document.
 */
final class Clauses extends DocumentPart {

    /** How far back a clause's start, and forward a sentence's end, is looked for. */
    static final int MAX_CLAUSE_CHARS = 1000;

    /** Chars that start a clause after them. Closing quotes too: “……”他说 starts at 他. */
    /** The punctuation that ends a clause inside a sentence or the sentence itself. */
    static final String CLAUSE_MARKS = "，,：:；;。！？!?";
    static final String CLAUSE_BOUNDARIES = CLAUSE_MARKS + "\n”」』】";

    static final String SENTENCE_ENDS = "。！？!?；;\n";

    static final String OPENING_QUOTES = "“「『\"";

    static final String CLOSING_QUOTES = "”」』\"";

    /** Trailing chars dropped from content. */
    private static final String CONTENT_TRIM = "，,、：:；;。！？!?… \t\u3000";

    /** Longest quotation read as a name inside a clause (“健康时报”, “The Spectator”). */
    static final int MAX_QUOTED_NAME = 20;

    Clauses(ClaimContext context) {
        super(context);
    }

    int clauseStart(int at) {
        return clauseStart(at, true);
    }

    private int clauseStart(int at, boolean brackets) {
        int k = at;
        if (!brackets) {
            int limit = Math.max(0, at - MAX_CLAUSE_CHARS);
            while (k > limit && (CLAUSE_BOUNDARIES.indexOf(text.charAt(k - 1)) < 0 && !asciiQuoteClosesAt(k) || quotedNameEndsAt(k) || thousandsCommaAt(k - 1))
                    && !isDashBoundary(k - 1) && !isSpaceBoundary(k - 1)) {
                k--;
            }
            return k;
        }
        // No clause of prose runs this long; the cap keeps a page without punctuation linear.
        int limit = Math.max(0, at - MAX_CLAUSE_CHARS);
        // 何天杰（Tianjie He，译音）表示, 在这本题为《永不满足：…》（Too Much…: How…）的书中写道: a mark inside a bracket or a
        // book title ends no clause; the pair is stepped over whole
        while (k > limit) {
            char c = text.charAt(k - 1);
            if (c == '）' || c == ')' || c == '》') {
                int open = openingBefore(k - 1);
                if (open < 0) {
                    return clauseStart(at, false);   // an unbalanced bracket: plain boundaries
                }
                k = open;
                continue;
            } else if ((CLAUSE_BOUNDARIES.indexOf(c) >= 0 || asciiQuoteClosesAt(k)) && !quotedNameEndsAt(k) && !thousandsCommaAt(k - 1) || isDashBoundary(k - 1)
                    || isSpaceBoundary(k - 1)) {
                break;
            }
            k--;
        }
        return k;
    }

    /** Farthest back a bracket's or book title's opening mark is looked for. */
    private static final int MAX_BRACKETED_CHARS = 200;

    /**
     * The index of the mark that opens the bracket or book title closed at {@code close} (（ for ）, ( for ), 《 for 》), nested
     * pairs of the same kind skipped; -1 when none opens within {@link #MAX_BRACKETED_CHARS} before a sentence end.
     */
    private int openingBefore(int close) {
        char closing = text.charAt(close);
        String opening = closing == '》' ? "《" : "（(";
        String closings = closing == '》' ? "》" : "）)";
        int depth = 0;
        for (int k = close - 1; k >= Math.max(0, close - MAX_BRACKETED_CHARS); k--) {
            char c = text.charAt(k);
            if (SENTENCE_ENDS.indexOf(c) >= 0 || c == '\n') {
                return -1;
            }
            if (closings.indexOf(c) >= 0) {
                depth++;
            } else if (opening.indexOf(c) >= 0) {
                if (depth == 0) {
                    return k;
                }
                depth--;
            }
        }
        return -1;
    }

    /**
     * A straight quotation mark closing a quotation just before {@code k} ("……"他说): a boundary as ” is. It is kept out of
     * CLAUSE_BOUNDARIES because the same mark also opens quotations, and an opening one ends no clause before it.
     */
    private boolean asciiQuoteClosesAt(int k) {
        if (k < 2 || text.charAt(k - 1) != '"') {
            return false;
        }
        Quote q = quotations.endingAt(k);
        return q != null && q.closed() && q.start() < k - 1;
    }

    /**
     * 6,000多名学员: a comma between a digit and exactly three digits groups thousands inside a
     * number and ends no clause.
     */
    boolean thousandsCommaAt(int k) {
        if (k < 1 || k + 3 >= text.length() || text.charAt(k) != ',') {
            return false;
        }
        if (!isAsciiDigit(text.charAt(k - 1))) {
            return false;
        }
        for (int d = 1; d <= 3; d++) {
            if (!isAsciiDigit(text.charAt(k + d))) {
                return false;
            }
        }
        return k + 4 >= text.length() || !isAsciiDigit(text.charAt(k + 4));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Skips conjunctions, adverbs, time expressions and spaces at the head of a clause. */
    int skipLeading(int from, int to) {
        return skipLeading(from, to, true);
    }

    /** {@code skipAsides}: also skip a bracketed aside heading the clause ((记者王五报道), (法新社巴黎)). */
    int skipLeading(int from, int to, boolean skipAsides) {
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
            Optional<String> topic = lexicon.longestPrefix("topicopener", text, start, to);
            if (topic.isPresent() && doc.tokenStartsAt(start + topic.get().length()) && !doc.insideMention(start)) {
                start = skipSpaces(start + topic.get().length(), to);   // 对此华春莹回应称: about this, then the source
                moved = true;
                continue;
            }
            int k = doc.firstTokenAtOrAfter(start);
            if (k < tokens.size() && tokens.get(k).start() == start && tokens.get(k).end() <= to
                    && !doc.insideMention(start)) {
                CharToken t = tokens.get(k);
                String pos = t.pos();
                // 41/m 岁/qt 的邓伟说: an age modifier, not a date; the source finder reads it before the name
                boolean date = pos.startsWith("m") && k + 1 < tokens.size()
                        && (tokens.get(k + 1).pos().equals("qt") || tokens.get(k + 1).pos().equals("t"))
                        && !tokens.get(k + 1).text().startsWith("岁");
                // 很/d 多/a 法律专家: 很多 and 好多 count the source, no adverb to skip
                boolean count = (t.text().equals("很") || t.text().equals("好")) && t.end() < to && text.charAt(t.end()) == '多';
                // 不/d 过/ug 王建国/nr 表示: the segmenter splits the conjunction 不过 before some names; its 不 was skipped
                // as an adverb, and 过 is the rest of the conjunction, no source
                boolean splitConjunction = t.text().equals("过") && pos.equals("ug") && k > 0
                        && tokens.get(k - 1).text().equals("不") && tokens.get(k - 1).end() == start;
                if (pos.startsWith("c") && !COORDINATORS.contains(t.text()) || pos.startsWith("d") && !count || pos.equals("t")
                        || pos.equals("qt") || date || (pos.startsWith("w") && !"、".equals(t.text()))
                        || lexicon.is("timelocalizer", t.text()) || splitConjunction) {
                    start = skipSpaces(t.end(), to);
                    moved = true;
                }
            }
        }
        return start;
    }

    /**
     * A short quotation closing at {@code end} (exclusive) that opened inside its clause, alone or
     * right after another such (接受“观察者”“The Spectator”采访时说, 在谈到“一带一路”的时候说): it
     * names something, and its closing mark ends no clause. “……”他说 opens its clause: a boundary.
     */
    boolean quotedNameEndsAt(int end) {
        Quote q = CLOSING_QUOTES.indexOf(text.charAt(end - 1)) >= 0 ? quotations.endingAt(end) : null;
        while (q != null) {
            if (!isShortName(q)) {
                return false;
            }
            if (q.start() == 0) {
                return false;
            }
            char before = text.charAt(q.start() - 1);
            if (CLOSING_QUOTES.indexOf(before) < 0) {
                // 名为“未来方向”（Future Directions）: the source's gloss, unless a name runs into the
                // quotation (美国“拦截”（The Intercept）网站): then the quotation is inside the source
                boolean glossed = end < text.length() && "（(".indexOf(text.charAt(end)) >= 0 && !doc.insideMention(q.start() - 1);
                return CLAUSE_BOUNDARIES.indexOf(before) < 0 && !Character.isWhitespace(before) && !isDashBoundary(q.start() - 1)
                        && "（(【[《".indexOf(before) < 0 && !glossed;
            }
            q = quotations.endingAt(q.start());
        }
        return false;
    }

    /** The end of the last quoted name ({@link #quotedNameEndsAt}) inside {@code (from, to)}, or -1. */
    int lastQuotedNameEnd(int from, int to) {
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
    boolean isSpaceBoundary(int k) {
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

    int skipSpaces(int from, int to) {
        int k = from;
        while (k < to && (Character.isWhitespace(text.charAt(k)) || text.charAt(k) == '\u3000') && text.charAt(k) != '\n') {
            k++;
        }
        return k;
    }

    /**
     * 在美国的压力下, 在香港国安法通过之后, 随着疫情扩散: whether {@code [from, to)} (one clause, no clause mark) is only an
     * adverbial of the clause after it, with no subject or predicate of its own: 在 + a phrase closed by a localizer, or a
     * preposition of role {@code clausepreposition} (除了, 随着, 由于) opening it. A content that is only such a phrase has not
     * yet said anything; what it frames is the clause after its comma.
     */
    boolean adverbialOnly(int from, int to) {
        int start = skipSpaces(from, to);
        int end = trimEnd(start, to);
        if (end - start < 3 || !noClauseMark(start, end)) {
            return false;
        }
        int k = doc.firstTokenAtOrAfter(start);
        if (k >= tokens.size() || tokens.get(k).start() != start) {
            return false;
        }
        String opening = tokens.get(k).text();
        return opening.equals("在") && adverbialPlacePhrase(start, end) || lexicon.is("clausepreposition", opening);
    }

    /**
     * {@link #adverbialOnly}, or one clause of time only: closed as a clause of time (两年前许章润在日本治病时, 会谈之后, 疫情期间)
     * or nothing but times (2019年6月30日22时许). It frames the clause after it and says nothing yet.
     */
    boolean framingOnly(int from, int to) {
        int start = skipSpaces(from, to);
        int end = trimEnd(start, to);
        if (end - start < 2 || !noClauseMark(start, end)) {
            return false;
        }
        if (adverbialOnly(start, end) || TIME_CLAUSE_END.matcher(text.substring(start, end)).find()) {
            return true;
        }
        for (int at = start; at < end; at++) {
            int t = doc.firstTokenAtOrAfter(at);
            boolean timeWord = t < tokens.size() && tokens.get(t).start() <= at && tokens.get(t).pos().equals("t");
            if (!doc.isTimeAt(at) && !timeWord) {
                return false;
            }
        }
        return true;
    }

    /**
     * What closes a clause of time (…治病时, 李明提醒王芳的时候, 会议那天); 同时, 当时, 及时, 暂时, 小时, 随时, 平时, 按时, 准时, 届时,
     * 有时 are words of their own. Shared with SpeechPattern's addressee test so the two agree.
     */
    static final Pattern TIME_CLAUSE_END =
            Pattern.compile("(?:(?<![同当及暂小随平按准届有])时|时候|那天|之后|以后|期间)$");

    /**
     * 在美国的压力下, 在…通过之后, 在会议期间: whether {@code [start, end)} is 在, one to {@value #MAX_PLACE_PHRASE} chars with no
     * clause or quotation mark, and a localizer closing it (role {@code placelocalizer}).
     */
    private boolean adverbialPlacePhrase(int start, int end) {
        if (text.charAt(start) != '在') {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            if (PLACE_PHRASE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        for (String localizer : lexicon.words("placelocalizer")) {
            int phrase = end - localizer.length() - (start + 1);
            if (phrase >= 1 && phrase <= MAX_PLACE_PHRASE && text.startsWith(localizer, end - localizer.length())) {
                return true;
            }
        }
        return false;
    }

    /** Marks that end a clause or open or close a quotation: an adverbial 在 phrase holds none. */
    private static final String PLACE_PHRASE_BREAKS = "，,：:；;。！？“”「」";

    /** Longest phrase between 在 and its localizer in an adverbial (在…的压力下). */
    private static final int MAX_PLACE_PHRASE = 30;

    int trimEnd(int start, int end) {
        int e = end;
        while (e > start && CONTENT_TRIM.indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return e;
    }

    /**
     * {@link #noClauseMark}, except that a short closed quotation holding no clause mark is read over as a name
     * (一位被称为“中国通”的前外交官: the quoted name is inside the relative clause, not a quotation that opens speech).
     */
    boolean noClauseMarkOutsideQuotedNames(int from, int to) {
        for (int k = from; k < to; k++) {
            if (OPENING_QUOTES.indexOf(text.charAt(k)) >= 0) {
                Quote q = quotations.startingAt(k);
                if (q == null || q.end() > to || !isShortName(q)) {
                    return false;
                }
                k = q.end() - 1;
            } else if (CLAUSE_BOUNDARIES.indexOf(text.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** A closed quotation short enough to be a name ({@link #MAX_QUOTED_NAME}) with no clause mark inside it. */
    boolean isShortName(Quote q) {
        return q.closed() && q.innerEnd() - q.innerStart() <= MAX_QUOTED_NAME && noClauseMark(q.innerStart(), q.innerEnd());
    }

    boolean noClauseMark(int from, int to) {
        for (int k = from; k < to; k++) {
            if (CLAUSE_BOUNDARIES.indexOf(text.charAt(k)) >= 0 || OPENING_QUOTES.indexOf(text.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The index of the bracket closing the one at {@code open}, before {@code to}; -1 if none. */
    int closingBracket(int open, int to) {
        return Antecedents.closingBracket(text, open, to);
    }
}
