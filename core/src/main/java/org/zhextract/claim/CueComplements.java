package org.zhextract.claim;

import static org.zhextract.claim.Clauses.CLAUSE_BOUNDARIES;
import static org.zhextract.claim.Clauses.OPENING_QUOTES;

import java.util.Optional;
import org.zhextract.claim.AnnotatedText.CharToken;
import org.zhextract.claim.ClaimLexicon.Cue;
import org.zhextract.claim.ClaimLexicon.Kind;
import org.zhextract.claim.Subject.Status;

/**
 * Reads what follows a cue of saying before its content: an addressee (告诉本台，…), the
 * experiential 过 (说过：…), a name given (称其为“老板”: nothing reported), a verb of address
 * followed by a cue of its own (加拿大警告其公民，称…), and addressees that make the cue a figure of
 * speech (历史的经验告诉我们). One per document.
 */
final class CueComplements extends DocumentPart {

    private static final java.util.regex.Pattern FREQUENCY = java.util.regex.Pattern.compile(
            "了?(好|很|无数|许多)?[多几一二两三四五六七八九十百千0-9]+[次遍回]");

    /** Longest addressee read over between a verb of address and a cue of saying after it. */
    private static final int MAX_ADDRESSEE = 8;

    private final SourceWalker walker;
    private final Clauses clauses;

    CueComplements(ClaimContext context, SourceWalker walker, Clauses clauses) {
        super(context);
        this.walker = walker;
        this.clauses = clauses;
    }

    /**
     * 称其为“老板”, 称对手为骗子: 称 + a short nominal + 为 + a verbless name names, it reports
     * nothing; 称它们为政府提供了渠道 (为 "for" before a verb) stays a claim.
     */
    boolean isNaming(int from, int paragraphEnd) {
        for (int j = from + 1; j < paragraphEnd && j - from <= 8; j++) {
            char c = text.charAt(j);
            if (CLAUSE_BOUNDARIES.indexOf(c) >= 0 || OPENING_QUOTES.indexOf(c) >= 0) {
                return false;
            }
            if (c == '为' && (j + 1 >= paragraphEnd || "了何此止".indexOf(text.charAt(j + 1)) < 0)) {
                int k = doc.firstTokenAtOrAfter(j);
                if (!(k < tokens.size() && tokens.get(k).start() == j && walker.walkNominal(from, j) == j)) {
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
    boolean genericAddressee(String addressee, Subject subject) {
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
    boolean isExperientialGuo(int at) {
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
    int contentAfterGuo(int from, int paragraphEnd) {
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
    int afterAddressee(int from, int paragraphEnd) {
        int pronoun = pronounBeforeClause(from, paragraphEnd);
        if (pronoun > from) {
            return pronoun;   // 此人告诉她发生了…: a pronoun addressee, then the clause told, no comma
        }
        int named = quotedNameEnd(from, paragraphEnd);
        if (named > from && named < paragraphEnd && "，,：:".indexOf(text.charAt(named)) >= 0) {
            return named;   // 告诉“日经”，…: an outlet named in quotation marks
        }
        for (int j = from; j < paragraphEnd && j - from <= 12; j++) {
            char c = text.charAt(j);
            if ("，,：:".indexOf(c) >= 0) {
                int next = clauses.skipSpaces(j + 1, paragraphEnd);
                if (j == from || walker.walkNominal(from, j) != j && !shortVerblessName(from, j) && !relativeAddressee(from, j)
                        || "说称".indexOf(text.charAt(j - 1)) >= 0
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
     * 提醒旅居香港的美国人，…: an addressee that is a short relative clause and its head, the part after its last 的 a
     * nominal run to the comma at {@code to}.
     */
    private boolean relativeAddressee(int from, int to) {
        int de = text.lastIndexOf('的', to - 1);
        // 告诉了他的家人，还…, 告诉了人们一个…的真相，: an aspect mark, then the thing told, a noun object
        return de > from && de + 1 < to && text.charAt(from) != '了' && walker.walkNominal(de + 1, to) == to
                && !THING_HEAD.matcher(text.substring(de + 1, to)).find();
    }

    /**
     * A head that names a thing, not someone addressed (船长告诉我们寄钱回家给他女儿的事，…: what was told, then the sentence's
     * own predicate).
     */
    private static final java.util.regex.Pattern THING_HEAD =
            java.util.regex.Pattern.compile("(?:事|事情|消息|情况|答案|原因|道理|时候|经过|故事|真相|秘密|结果|数字|数据|内容|说法|信息)$");

    /**
     * 此人告诉她发生了一起事故, 习近平告诉他疫情控制住了: the end of a personal pronoun (role
     * {@code pronounaddressee}) that is a word of its own right after 告诉, when a clause with a verb follows
     * it without a comma; -1 otherwise. A pronoun is the whole addressee, so the clause after it is what was
     * told; a noun addressee has no such edge (告诉他太太许章润…). Not a possessive (告诉他的儿子), an
     * indirect question (告诉我们谁愿意…) or a directive (告诉他们不要…, 告诉他要…): no statement is told.
     */
    private int pronounBeforeClause(int from, int paragraphEnd) {
        Optional<String> pronoun = lexicon.longestPrefix("pronounaddressee", text, from, paragraphEnd);
        int end = from + pronoun.map(String::length).orElse(0);
        // HanLP glues 告诉他 into one word (告诉他/nz): the pronoun then starts inside the cue's token
        if (pronoun.isEmpty() || !doc.tokenStartsAt(end) || !doc.tokenStartsAt(from) && !text.startsWith("告诉他", from - 2)) {
            return -1;
        }
        int k = doc.firstTokenAtOrAfter(end);
        if (k >= tokens.size() || end >= paragraphEnd || !Character.isLetterOrDigit(text.charAt(end)) || "的自".indexOf(text.charAt(end)) >= 0) {
            return -1;   // 告诉他们——…, 告诉他的儿子, 告诉她自己…
        }
        CharToken first = tokens.get(k);
        if (lexicon.is("personhead", first.text()) || first.pos().startsWith("c") || first.pos().startsWith("p")
                || lexicon.longestPrefix("directive", text, end, paragraphEnd).isPresent()
                || lexicon.longestAt(text, end).filter(c -> c.kind() == Kind.SPEECH && lexicon.is("saying", c.word())).isPresent()) {
            // 告诉他太太…, 告诉她及家人… (the addressee goes on), 告诉他关于… (a topic), 告诉他们不要… (a directive),
            // 告诉她说，… (说 is the cue)
            return -1;
        }
        boolean verb = false;
        // 告诉他们中共迫害法轮功的真相: a noun phrase told, when no verb follows the last 的 that closes a relative
        // clause (after a verb or noun; not after an adjective or pronoun: 发生了一起严重的事故, 这是我的书), unless
        // that 的 closes the clause (是…的: 告诉我们文章是老人家自己写的) or an aspect mark makes a predicate of the verb
        // (告诉她发生了家庭集体感染的病例)
        boolean aspect = false;
        boolean verbAfterDe = false;
        boolean endsInDe = false;
        for (int j = k; j < tokens.size() && tokens.get(j).start() < paragraphEnd
                && CLAUSE_BOUNDARIES.indexOf(tokens.get(j).text().charAt(0)) < 0; j++) {
            String word = tokens.get(j).text();
            if (lexicon.is("interrogative", word)) {
                return -1;
            }
            boolean isVerb = tokens.get(j).pos().startsWith("v") && !tokens.get(j).pos().equals("vn");
            verb |= isVerb;
            String before = tokens.get(j - 1).pos();
            aspect |= (word.equals("了") || word.equals("过")) && tokens.get(j).pos().startsWith("u") && before.startsWith("v");
            endsInDe = word.equals("的") && !before.startsWith("a") && !before.startsWith("r");
            verbAfterDe = !endsInDe && (verbAfterDe || isVerb);
        }
        return verb && (verbAfterDe || endsInDe || aspect) ? end : -1;
    }

    /** Longest quoted name read as an addressee (告诉“日经”). */
    private static final int MAX_QUOTED_ADDRESSEE = 10;

    /** Longest kind word after a title in book-title marks (《连线》杂志, 《纽约时报》网站). */
    private static final int MAX_TITLE_KIND = 4;

    /**
     * The end of an outlet named in marks opening at {@code from}: a short closed quotation (“日经”), or a
     * title in book-title marks with at most a short nominal kind word after it (《连线》杂志); -1 otherwise.
     */
    private int quotedNameEnd(int from, int paragraphEnd) {
        Quotations.Quote quote = from < paragraphEnd ? quotations.startingAt(from) : null;
        if (quote != null) {
            return quote.closed() && quote.innerEnd() - quote.innerStart() <= MAX_QUOTED_ADDRESSEE ? quote.end() : -1;
        }
        if (from >= paragraphEnd || text.charAt(from) != '《') {
            return -1;
        }
        int close = text.indexOf('》', from);
        if (close < 0 || close >= paragraphEnd || close - from - 1 > MAX_QUOTED_ADDRESSEE || close == from + 1) {
            return -1;
        }
        int end = close + 1;
        int kind = end;
        while (kind < paragraphEnd && kind - end < MAX_TITLE_KIND && CLAUSE_BOUNDARIES.indexOf(text.charAt(kind)) < 0) {
            kind++;
        }
        if (kind == end) {
            return end;
        }
        // 《连线》杂志: the kind word must be a nominal of whole tokens up to the comma or sentence end
        boolean nominal = kind < paragraphEnd && CLAUSE_BOUNDARIES.indexOf(text.charAt(kind)) >= 0 // 。！？ among them
                && (walker.walkNominal(end, kind) == kind || shortVerblessName(end, kind));
        return nominal ? kind : -1;
    }

    /**
     * “……，”克拉奇告诉路透社。: after a quotation, 告诉 + a short nominal addressee (or a quoted outlet name)
     * that closes the sentence; the sentence mark's index, where no content follows, so the quotation
     * before is what was said. -1 when anything else follows 告诉 (告诉了妻子, 告诉任何人他要去哪里).
     */
    int addresseeEndingSentence(int from, int paragraphEnd) {
        int named = quotedNameEnd(from, paragraphEnd);
        int end = named > 0 ? named : from;
        while (named < 0 && end < paragraphEnd && end - from <= 12 && Clauses.SENTENCE_ENDS.indexOf(text.charAt(end)) < 0) {
            if (CLAUSE_BOUNDARIES.indexOf(text.charAt(end)) >= 0 || OPENING_QUOTES.indexOf(text.charAt(end)) >= 0) {
                return -1;
            }
            end++;
        }
        if (end >= paragraphEnd || "。！？!?".indexOf(text.charAt(end)) < 0 || end == from) {
            return -1;
        }
        boolean addressee = named > 0 || walker.walkNominal(from, end) == end || shortVerblessName(from, end);
        return addressee ? end : -1;
    }

    /** Longest addressee read as a name though the walk refuses its tags (深/a 一度/d). */
    private static final int MAX_UNTAGGED_ADDRESSEE = 4;

    /**
     * 告诉深一度，…: an outlet's name that HanLP reads as an adjective and an adverb (深/a 一度/d)
     * is no nominal to the walk; a short stretch of whole tokens with no verb, preposition,
     * conjunction or particle between 告诉 and the comma is still whom one told.
     */
    private boolean shortVerblessName(int from, int to) {
        if (to - from > MAX_UNTAGGED_ADDRESSEE || !doc.tokenStartsAt(from) || !doc.tokenStartsAt(to)) {
            return false;
        }
        for (int k = doc.firstTokenAtOrAfter(from); k < tokens.size() && tokens.get(k).end() <= to; k++) {
            String pos = tokens.get(k).pos();
            if (pos.startsWith("v") || pos.startsWith("p") || pos.startsWith("c") || pos.startsWith("u") || pos.startsWith("w")
                    || pos.startsWith("y") || pos.startsWith("e")) {
                return false;
            }
        }
        return true;
    }

    /**
     * After a verb of address (警告, 提醒): a short object, a comma or space, then 称/说/表示 — the
     * later cue carries what was said (加拿大警告其公民 称…, 他提醒记者，说…).
     */
    boolean addressedBeforeSaying(int cueEnd, int paragraphEnd) {
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

    /**
     * 华春莹指责美国说，…: a short object right before a cue of saying that a comma, colon or
     * quotation follows; that later cue carries what was said.
     */
    boolean objectBeforeSaying(int cueEnd, int paragraphEnd) {
        int limit = cueEnd + MAX_ADDRESSEE + 1;
        for (int k = cueEnd + 1; k < Math.min(paragraphEnd, limit); k++) {
            int close = "（(".indexOf(text.charAt(k)) >= 0 ? bracketClose(k, paragraphEnd) : -1;
            if (close > k) {
                limit += close + 1 - k;   // 批评四方会谈（Quad）说，…: a bracketed gloss of the object counts for nothing
                k = close;
                continue;
            }
            if (CLAUSE_BOUNDARIES.indexOf(text.charAt(k)) >= 0 || OPENING_QUOTES.indexOf(text.charAt(k)) >= 0) {
                return false;
            }
            Optional<Cue> here = lexicon.longestAt(text, k);
            if (here.isPresent() && here.get().kind() == Kind.SPEECH && lexicon.is("saying", here.get().word())) {
                int after = k + here.get().word().length();
                return after < paragraphEnd && ("，,：:".indexOf(text.charAt(after)) >= 0 || OPENING_QUOTES.indexOf(text.charAt(after)) >= 0);
            }
        }
        return false;
    }

    /** The closing bracket of the bracket opening at {@code open}, within a short gloss (20 chars) and no clause mark, or -1. */
    private int bracketClose(int open, int paragraphEnd) {
        for (int k = open + 1; k < Math.min(paragraphEnd, open + 21); k++) {
            char c = text.charAt(k);
            if (c == '）' || c == ')') {
                return k;
            }
            if (CLAUSE_BOUNDARIES.indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /** 他说了好多次: after 说 at {@code cueEnd}, how often it was said, not what. */
    boolean countsTimes(int cueEnd, int paragraphEnd) {
        return FREQUENCY.matcher(text.substring(cueEnd, Math.min(paragraphEnd, cueEnd + 6))).lookingAt();
    }
}
