package org.zhextract.claim;

import static org.zhextract.claim.Clauses.CLAUSE_BOUNDARIES;
import static org.zhextract.claim.Clauses.OPENING_QUOTES;

import java.util.Optional;
import org.zhextract.claim.AnnotatedText.CharToken;
import org.zhextract.claim.ClaimLexicon.Kind;
import org.zhextract.model.EntityType;

/**
 * Tests on the words around a cue that show it reports nothing although a source precedes it:
 * a cue word used as a noun after a verb (受到批评), a cue inside a relative clause after a
 * copula (他是第一个宣布降息的人), a cue inside a time clause of another cue (在宣布辞职时说), and a
 * negated cue (没有表示, 罕有披露).
 */
final class CueUse extends DocumentPart {

    /** Chars before 时 that make a word of it (同时, 当时, 小时), not the end of a time clause. */
    private static final String TIME_WORD_HEADS = "同当及暂准按随临小届平彼旧适顿";
    /** Second chars of words that start with 时 and close no time clause (时间, 时任, 时期, 时代, 时刻 …). */
    private static final String TIME_WORD_TAILS = "间任期代刻事局尚装速差段常光态空势节";
    private static final String CLAUSE_ENDS = "，,：:；;。！？!?\n“”「」『』】";
    /** Nouns read over between a verb of incurring and a cue used as its object's head (引发/国际/痛批/和/谴责). */
    private static final int MAX_NOUNS_BEFORE_INCURRED = 3;

    /** How far around a cue these tests read: a clause with no mark in it (an unpunctuated page) stays linear. */
    private static final int REACH = 30;
    /** Adverbs the segmenter glues to a modal before a cue (都会/n 说). */
    private static final String MODAL_ADVERBS = "都也还就才将总又亦";
    /** 本会, 该会, 此会, 贵会: before 会 these make it the association (a noun), not the modal. */
    private static final String ASSOCIATION_DEMONSTRATIVES = "本该此贵";

    /** 在禁令颁布后, 在会见记者时: a time phrase between 并 and a continued cue. */
    static final java.util.regex.Pattern TIME_PHRASE = java.util.regex.Pattern.compile("在[^，,：:；;。“”]{1,12}(之后|之前|之际|后|时|前)");

    /**
     * 在 + a phrase closed by a localizer, then a short stretch before the cue with no bracket or title (see
     * locativeClauseOnly; not …尖阁诸岛（中国称钓鱼岛）, where 称 names inside an aside).
     */
    private static final java.util.regex.Pattern LOCATIVE_CLAUSE = java.util.regex.Pattern.compile(
            "在[^，,：:；;。！？“”「」]{1,30}?(上|中|里|内|期间|之初|之前|之后|前|后|时)[^，,：:；;。！？“”「」（）()《》]{0,10}");

    /** How far before and after a cue 在…的N上 is looked for. */
    private static final int PHRASE_REACH = 60;

    private static final java.util.regex.Pattern PHRASE_CLOSER = java.util.regex.Pattern.compile("的[^的]{1,8}?[上中里内]");

    /** How far after a cue the 都/也 of 连…都 is looked for. */
    private static final int LIAN_REACH = 40;

    private final Clauses clauses;

    CueUse(ClaimContext context, Clauses clauses) {
        super(context);
        this.clauses = clauses;
    }

    /**
     * 受到批评，…, 提出质疑，…, 用“寒冬”来形容，…, 任何批评: a cue that is also a noun (role
     * {@code nounlike}), after a verb, a determiner or a count word (across adverbs and adjectives:
     * 遭到猛烈批评), is the verb's object or a noun phrase, not a verb of saying.
     */
    boolean isNounObject(int at, String cue) {
        if (!lexicon.is("nounlike", cue)) {
            return false;
        }
        boolean modifier = false;   // an adjective or verbal noun read over since the cue
        int nouns = 0;   // nouns (and 和) read over since the cue
        for (int k = doc.firstTokenAtOrAfter(at) - 1; k >= 0; k--) {
            CharToken t = tokens.get(k);
            String pos = t.pos();
            if (t.end() <= at - 12 || CLAUSE_ENDS.indexOf(t.text().charAt(0)) >= 0) {
                return false;
            }
            if (modifier && nouns == 0 && t.text().equals("的")) {
                return true;   // 对中国的旅游建议，, 中方的最新回应，: 的 + a modifier + the cue is a noun phrase
            }
            if (pos.startsWith("d") || pos.equals("a") || pos.equals("ad") || pos.equals("ule") || pos.equals("uguo")) {
                modifier |= pos.equals("a");
                continue;   // 遭到了猛烈, 提出过
            }
            if (doc.insideMention(t.start())) {
                return false;
            }
            if (pos.equals("vn") && !modifier && !lexicon.is("findingsource", t.text()) && k > 0 && tokens.get(k - 1).text().equals("的")) {
                modifier = true;   // 旅游 in 的旅游建议 modifies the cue (not 研究 or 调查 in 该校的研究建议: a study speaks)
                continue;
            }
            if (nouns < MAX_NOUNS_BEFORE_INCURRED && (pos.startsWith("n") && !pos.startsWith("nr")
                    || pos.equals("cc") && "和与及".contains(t.text()) || nouns > 0 && pos.equals("q"))) {   // 痛/a 批/q 和 谴责
                nouns++;   // 外界 in 引发外界担忧，: whose worry, if a verb of incurring comes before it
                continue;
            }
            boolean verb = pos.startsWith("v") && !pos.equals("vn");
            if (nouns > 0) {
                // 引发外界担忧，, 免受大众谴责，, 收到新邮件提醒，: the worry, blame or reminder incurred or received; 专家担忧，
                // and 中央气象台提醒， (a noun and no such verb) report
                return verb && lexicon.is("incurring", t.text());
            }
            boolean determiner = pos.equals("rz") && t.text().length() >= 2 || pos.equals("r") && t.text().length() >= 2
                    && !lexicon.is("pronoun", t.text());
            // 作为/p 反驳: "as a rebuttal" names the act; 八大/j 担忧: a count glued to 大 by the segmenter; …等担忧: 等
            // closes a list the cue heads
            boolean count = pos.equals("j") && "一二三四五六七八九十两几".indexOf(t.text().charAt(0)) >= 0;
            return verb || determiner || pos.startsWith("m") || pos.startsWith("q") || t.text().equals("作为") || count
                    || pos.equals("udeng");
        }
        return false;
    }

    /**
     * 美国发布旅行警告, 应用警告发送给员工: a cue that names a thing in headlines (role
     * {@code thingnoun}: 警告) after a verb of publishing or receiving across noun modifiers
     * (发布/旅行/警告), or right before a verb of sending or publishing (警告发送给), is a noun.
     */
    boolean isHeadlineNoun(int at, int cueEnd, String cue) {
        if (!lexicon.is("thingnoun", cue)) {
            return false;
        }
        int next = doc.firstTokenAtOrAfter(cueEnd);
        if (next < tokens.size() && tokens.get(next).start() == cueEnd
                && (lexicon.is("publishing", tokens.get(next).text()) || lexicon.is("sending", tokens.get(next).text()))) {
            return true;
        }
        boolean modifier = false;
        for (int k = doc.firstTokenAtOrAfter(at) - 1; k >= 0 && tokens.get(k).end() > at - 8; k--) {
            CharToken t = tokens.get(k);
            if (doc.insideMention(t.start()) || CLAUSE_ENDS.indexOf(t.text().charAt(0)) >= 0) {
                return false;
            }
            if ((t.pos().equals("n") || t.pos().equals("vn") || t.pos().equals("vi") || t.pos().equals("nz")) && !modifier) {
                modifier = true;   // 旅行, 安全: one noun modifier
                continue;
            }
            if (t.pos().equals("ule") || t.pos().equals("uguo") || (t.pos().equals("d") || t.pos().equals("a")) && !modifier) {
                modifier = true;   // 发出了特别警告, 发出严厉警告: an aspect mark or one adverb or adjective
                continue;
            }
            return lexicon.is("publishing", t.text()) || lexicon.is("sending", t.text());
        }
        return false;
    }

    /**
     * 这家银行是第一个宣布降息的机构, 他是唯一公开承认错误的官员: after a copula (role
     * {@code copula}) between the source and the cue, a first clause that ends in 的 and a noun
     * makes the cue part of a relative clause on that noun, not a report.
     */
    boolean inRelativeClauseAfterCopula(int sourceEnd, int at, int cueEnd, int paragraphEnd) {
        boolean copula = false;
        int from = Math.max(sourceEnd, at - REACH);
        for (int k = doc.firstTokenAtOrAfter(from); k < tokens.size() && tokens.get(k).start() < at; k++) {
            copula |= tokens.get(k).start() >= from && lexicon.is("copula", tokens.get(k).text());
        }
        if (!copula) {
            return false;
        }
        int clauseEnd = cueEnd;
        int limit = Math.min(paragraphEnd, cueEnd + REACH);
        while (clauseEnd < limit && CLAUSE_ENDS.indexOf(text.charAt(clauseEnd)) < 0) {
            clauseEnd++;
        }
        if (clauseEnd == limit && limit < paragraphEnd) {
            return false;
        }
        int de = text.lastIndexOf('的', clauseEnd - 1);
        if (de < cueEnd || de + 1 >= clauseEnd || clauseEnd - de > 7) {
            return false;
        }
        for (int k = doc.firstTokenAtOrAfter(de + 1); k < tokens.size() && tokens.get(k).start() < clauseEnd; k++) {
            String pos = tokens.get(k).pos();
            if (!(pos.startsWith("n") || pos.equals("vn") || pos.startsWith("q"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * 在宣布辞职时说, 宣布消息之际表示: a cue whose clause goes on to 时 or 之际 and another cue
     * (across an addressee: 时对记者说) lies inside that cue's time clause; the outer cue reports.
     */
    boolean insideTimeClause(int cueEnd, int paragraphEnd) {
        for (int k = cueEnd; k < Math.min(paragraphEnd, cueEnd + REACH) && CLAUSE_ENDS.indexOf(text.charAt(k)) < 0; k++) {
            int after;
            if (text.charAt(k) == '时' && TIME_WORD_HEADS.indexOf(text.charAt(k - 1)) < 0) {
                after = k + 1;
            } else if (text.startsWith("之际", k)) {
                after = k + 2;
            } else {
                continue;
            }
            if (after < paragraphEnd && (text.charAt(after) == '对' || text.charAt(after) == '向')) {
                for (int j = after + 1; j < Math.min(paragraphEnd, after + 9) && CLAUSE_ENDS.indexOf(text.charAt(j)) < 0; j++) {
                    if (isSpeechCueAt(j)) {
                        return true;
                    }
                }
            }
            if (isSpeechCueAt(after)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 周培源指出三峡工程的巨大危害时沉痛地说, 英国表示谴责的同时还宣布…, …之际: whether a time clause closes in
     * {@code [from, to)}: 时 ending a word (not 小时, 当时, 及时, 时间, 时任; 的同时 does close one) or 之际.
     */
    boolean closesTimeClause(int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.startsWith("之际", k)) {
                return true;
            }
            if (text.charAt(k) != '时' || k == 0) {
                continue;
            }
            char before = text.charAt(k - 1);
            char after = k + 1 < text.length() ? text.charAt(k + 1) : ' ';
            boolean sameTime = before == '同' && k > 1 && text.charAt(k - 2) == '的';
            if ((sameTime || TIME_WORD_HEADS.indexOf(before) < 0) && TIME_WORD_TAILS.indexOf(after) < 0) {
                return true;
            }
        }
        return false;
    }

    private boolean isSpeechCueAt(int at) {
        return at < text.length() && lexicon.longestAt(text, at)
                .map(c -> c.kind() == ClaimLexicon.Kind.SPEECH || c.kind() == ClaimLexicon.Kind.REPORT).orElse(false);
    }

    /**
     * 没说, 没有表示, 并未透露, 不告诉, 没有承认: a negated cue of saying reports nothing. A negated
     * belief or admission (不认为, 不承认) is a stated position and stays a claim (its cue keeps 不).
     */
    /** Longest addressee between a negation and a cue of saying (没跟妈妈说). */
    private static final int MAX_NEGATED_ADDRESSEE = 6;

    /** 我什么也没跟妈妈说, 他未向外界透露: a negation, a preposition and a short addressee before the cue. */
    private boolean negatedAcrossAddressee(int at) {
        for (int p = at - 2; p >= Math.max(1, at - 1 - MAX_NEGATED_ADDRESSEE); p--) {
            char c = text.charAt(p);
            if (CLAUSE_ENDS.indexOf(c) >= 0) {
                return false;
            }
            if ("跟对向和同".indexOf(c) >= 0 && ("没未不".indexOf(text.charAt(p - 1)) >= 0 || text.startsWith("没有", Math.max(0, p - 2)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * 都会说英语, 一定要说, 我们才能说, 必须承认, 应该承认: a modal verb (role {@code modal}) right before
     * a cue of saying or assertion tells what one can, must or should say, not what was said. The
     * modal must be a word of its own (not 要 of 主要/需要 unless listed). 将宣布 (news of a claim to
     * come) is no modal.
     */
    boolean isModal(int at, String word) {
        if (at == 0 || !isSayingOrAssertion(word)) {
            return false;
        }
        Optional<String> modal = lexicon.longestSuffix("modal", text, Math.max(0, at - 3), at);
        int modalEnd = at;
        if (modal.isEmpty() && at > 1 && text.charAt(at - 1) == '多') {
            modalEnd = at - 1;   // 这方面就不方便多说了: how much one can say, with 多 between
            modal = lexicon.longestSuffix("modal", text, Math.max(0, modalEnd - 3), modalEnd);
        }
        if (modal.isEmpty()) {
            return false;
        }
        int from = modalEnd - modal.get().length();
        if (doc.tokenStartsAt(from)) {
            return !doc.insideMention(from);   // 一定/要说/c, 我们/才能/n 说
        }
        int k = doc.firstTokenAtOrAfter(from);
        // 都会/n 说: the segmenter glued an adverb to the modal (not 委员会, 国会, 回应: a noun or verb ending so)
        // 有可能/v 认为, 有可能/v 会 宣布: the segmenter glued 有 to 可能, the same modal
        return k < tokens.size() && tokens.get(k).start() == from - 1
                && (MODAL_ADVERBS.indexOf(text.charAt(from - 1)) >= 0 || text.charAt(from - 1) == '有' && text.startsWith("可能", from))
                && !doc.insideMention(from);
    }

    /**
     * 我会及时告诉, 台湾可能会更加强调, （开会，）可能会宣布: whether the last word of the source {@code [from, to)} is a modal
     * (role {@code modal}, a word of its own outside any name: not 委员会, 国会). The source walk stopped before the
     * adverbs after it (及时, 更加) and kept the modal, which belongs to the predicate: what one may or will say.
     */
    boolean endsInModal(int from, int to) {
        int k = doc.firstTokenAtOrAfter(from);
        int last = -1;
        for (; k < tokens.size() && tokens.get(k).end() <= to; k++) {
            if (last >= 0 && lexicon.is("modal", tokens.get(k).text()) && tokens.get(k).text().length() > 1
                    && !doc.insideMention(tokens.get(k).start()) && !relativeClauseAfter(tokens.get(k).end(), to)) {
                return true;   // 美国可能会在下周宣布: the walk kept 在 after the modal; a two-char modal word past the first word
            }
            last = k;
        }
        if (last < 0 || tokens.get(last).end() != to || doc.insideMention(tokens.get(last).start())) {
            return false;
        }
        String word = tokens.get(last).text();
        if (word.endsWith("会") && to - word.length() > 0 && ASSOCIATION_DEMONSTRATIVES.indexOf(text.charAt(to - 2)) >= 0) {
            return false;   // 本会强烈谴责…，并呼吁…, 该会表示: 会 after 本/该/此/贵 is the association speaking
        }
        if (lexicon.is("modal", word)) {
            return true;
        }
        // 我会/r 及时告诉: HanLP glues a pronoun and 会 into one word
        Optional<String> modal = lexicon.longestSuffix("modal", word, 1, word.length());
        return modal.isPresent() && (lexicon.is("pronoun", word.substring(0, word.length() - modal.get().length()))
                || lexicon.is("nonsource", word.substring(0, word.length() - modal.get().length())));
    }

    /**
     * 一名不方便透露姓名的消息人士, 那些能够投票的选民: whether a 的 follows the modal inside the source: the modal
     * is then inside a relative clause describing the speaker, not the predicate of the cue.
     */
    private boolean relativeClauseAfter(int modalEnd, int to) {
        for (int k = doc.firstTokenAtOrAfter(modalEnd); k < tokens.size() && tokens.get(k).end() <= to; k++) {
            if (tokens.get(k).text().equals("的")) {
                return true;
            }
        }
        return false;
    }

    /**
     * 如果说这是一个目标的话, 假如说…, 张伟要是说出真相: a conditional conjunction (role
     * {@code conditional}) right before a cue of saying or assertion makes it a figure of speech or
     * a hypothesis, not a report of what was said.
     */
    boolean isConditional(int at, String word) {
        if (at == 0 || !isSayingOrAssertion(word)) {
            return false;
        }
        Optional<String> conditional = lexicon.longestSuffix("conditional", text, Math.max(0, at - 2), at);
        if (conditional.isEmpty()) {
            return false;
        }
        // a word of its own: not 要是 of 主要是说 (he mainly said), not 若 inside a name
        int from = at - conditional.get().length();
        return doc.tokenStartsAt(from) && !doc.insideMention(from);
    }

    /**
     * 我连说这样的话，都已经不再有足够的硬气: a cue of saying or assertion right after 连 (a word of its
     * own or glued to the cue, as 连说/nr; not 接连, 一连, 连连), with 都 or 也 later in its sentence,
     * is the focus of 连…都: the act is named, nothing is reported.
     */
    boolean isFocusOfLian(int at, String word) {
        if (at == 0 || text.charAt(at - 1) != '连' || !isSayingOrAssertion(word) || doc.insideMention(at - 1)) {
            return false;
        }
        int k = doc.firstTokenAtOrAfter(at - 1);
        if (k >= tokens.size() || tokens.get(k).start() != at - 1) {
            return false;
        }
        for (int i = at + word.length(); i < Math.min(text.length(), at + LIAN_REACH); i++) {
            char c = text.charAt(i);
            if (Clauses.SENTENCE_ENDS.indexOf(c) >= 0) {
                return false;
            }
            if (c == '都' || c == '也') {
                return true;
            }
        }
        return false;
    }

    private boolean isSayingOrAssertion(String word) {
        return lexicon.is("saying", word) || lexicon.is("assertion", word);
    }

    /** 说了句实话, 说几句公道话: a count of sentences after 说 (then at most a short noun). */
    private static final java.util.regex.Pattern UTTERANCE = java.util.regex.Pattern.compile(
            "了?[一几两]?句(话|实话|真话|公道话|心里话|老实话|狠话|好话|软话|硬话|玩笑话|笑话)?");

    /**
     * 不过说了句实话, 说几句公道话: 说 whose object counts the sentences said names an act of
     * speech, not what was said, unless a colon or quotation gives the words (说了一句：“…”).
     */
    boolean countsUtterance(int cueEnd, int paragraphEnd) {
        java.util.regex.Matcher m = UTTERANCE.matcher(text).region(cueEnd, Math.min(paragraphEnd, cueEnd + 8));
        if (!m.lookingAt()) {
            return false;
        }
        if (m.end() < paragraphEnd && text.charAt(m.end() - 1) == '句' && "子型式法".indexOf(text.charAt(m.end())) >= 0) {
            return false;   // 说句子…: 句 of a longer word
        }
        return m.end() >= paragraphEnd || "：:“「\"".indexOf(text.charAt(m.end())) < 0;
    }

    boolean isNegated(int at, String word) {
        if (at == 0) {
            return false;
        }
        Optional<String> negation = lexicon.longestSuffix("negation", text, Math.max(0, at - 4), at);
        if (negation.isPresent() && (lexicon.is("saying", word)
                || lexicon.is("assertion", word) && lexicon.detail("negation", negation.get()).filter(d -> !d.isEmpty()).isEmpty())) {
            return true;   // 罕有披露, 从未表示, 不敢承认, 拒绝透露: nothing was said
        }
        if (lexicon.is("saying", word)) {
            return "没未不".indexOf(text.charAt(at - 1)) >= 0 || text.startsWith("没有", Math.max(0, at - 2))
                    || negatedAcrossAddressee(at);
        }
        if (lexicon.is("assertion", word)) {
            return "没未".indexOf(text.charAt(at - 1)) >= 0 || text.startsWith("没有", Math.max(0, at - 2));
        }
        return false;
    }

    /**
     * Whether a not-cue word at {@code at} starts inside a noun and runs on past its end into the
     * next token (发言人/称, 主持人/称: no 人称 here), so the segmenter read no such word and the
     * cue after the boundary is read on its own. 大数据 keeps its 数据 (it ends with the token).
     */
    boolean straddlesTokens(int at, String word) {
        if (!doc.insideToken(at)) {
            return false;
        }
        CharToken host = tokens.get(doc.firstTokenAtOrAfter(at));
        // only a noun's or a time word's last char (发言人, 负责人, 名单; 周一/说, 后来/说): after a verb's
        // (再发/警告, 下来/说) the not-cue may still be what was meant (发警告, 来说);
        // a name's only when the entity stage ends a name there too (李林一/说), not for a name HanLP glued
        // to a verb (川/普再发/nr 警告)
        boolean name = host.pos().startsWith("nr");
        boolean nounOrTime = host.pos().startsWith("n") && !name || host.pos().startsWith("t");
        return (nounOrTime || name && doc.mentionEndingAt(host.end()).isPresent()) && host.end() < at + word.length()
                && doc.tokenStartsAt(host.end());
    }

    /**
     * 林郑月娥表示欢迎，并称特区政府将…: a not-cue made of a conjunction of shared subject and a cue (并称 "jointly
     * called") whose conjunction is a word of its own (AnnotatedText splits it after a comma, not before 为) is the
     * conjunction and the cue.
     */
    boolean sharedSubjectBeforeCue(int at, String word) {
        // the tokens tell (AnnotatedText splits HanLP's 并称/v there): 并 a word of its own, the cue the next
        int k = doc.firstTokenAtOrAfter(at);
        return word.length() == 2 && k + 1 < tokens.size() && tokens.get(k).start() == at && tokens.get(k).end() == at + 1
                && tokens.get(k + 1).start() == at + 1 && lexicon.is("sharedsubject", tokens.get(k).text())
                && lexicon.longestAt(text, at + 1).filter(c -> c.kind() == Kind.SPEECH).isPresent();
    }

    /**
     * Whether the last character of a not-cue word at {@code at} opens a longer noun, so the
     * segmenter read no such word there (他说/法律, 他说/谎言: not 说法, 说谎; 说/出来 is left to 说出).
     */
    boolean endsInsideLongerWord(int at, String word) {
        int last = at + word.length() - 1;
        int k = doc.firstTokenAtOrAfter(last);
        return word.length() > 1 && k < tokens.size() && tokens.get(k).start() > at && tokens.get(k).start() <= last
                && tokens.get(k).end() > last + 1 && tokens.get(k).pos().startsWith("n")
                && !tokens.get(k).pos().startsWith("nz") && !tokens.get(k).pos().startsWith("nr");   // not 说/出来/vf, 说/得准/nz
    }

    /** 的声明, 所说, 之称, 说的: a cue word used as a noun or inside a relative clause. */
    boolean isNounUse(int at, String word) {
        char before = at > 0 ? text.charAt(at - 1) : ' ';
        int after = at + word.length();
        boolean demonstrative = before == '一' && at > 1 && "这此该那".indexOf(text.charAt(at - 2)) >= 0;   // 这一宣布
        // 其他批评, 做出任何承诺: after a determiner (role determiner) the cue names a thing
        boolean determined = lexicon.longestSuffix("determiner", text, Math.max(0, at - 2), at).isPresent() && doc.tokenStartsAt(at)
                && (at < 2 || doc.tokenStartsAt(at - lexicon.longestSuffix("determiner", text, Math.max(0, at - 2), at).get().length()));
        return "的所之".indexOf(before) >= 0 || demonstrative || determined || (after < text.length() && "的着".indexOf(text.charAt(after)) >= 0)
                || coordinatedWithNoun(at);
    }

    /** 对时弊的批评和抨击是…: a cue joined by 和/与/及/、 to a cue word (role nounlike) that 的 makes a noun is a noun too. */
    private boolean coordinatedWithNoun(int at) {
        if (at < 4 || "和与及、".indexOf(text.charAt(at - 1)) < 0) {
            return false;
        }
        Optional<String> noun = lexicon.longestSuffix("nounlike", text, Math.max(0, at - 4), at - 1);
        int nounAt = noun.map(n -> at - 1 - n.length()).orElse(-1);
        return nounAt > 0 && "的之".indexOf(text.charAt(nounAt - 1)) >= 0;
    }

    /** A cue right after an opening bracket and at most an adverb (（也称…）, （又称…）, （以下称…）). */
    boolean opensBracketedAlias(int at) {
        int k = at;
        while (k > 0 && at - k < 2 && "也又亦或以下".indexOf(text.charAt(k - 1)) >= 0) {
            k--;
        }
        return k > 0 && "（(".indexOf(text.charAt(k - 1)) >= 0;
    }

    /** The longest quoted term read as a name inside brackets (“沙士”); a longer one holds words. */
    private static final int MAX_BRACKETED_NAME = 8;

    /**
     * （SARS，香港称“沙士”，中国大陆称“非典”）: 称 right after a place's name inside an open round bracket, then a
     * quoted term of at most {@link #MAX_BRACKETED_NAME} chars with no clause mark and no verb that a comma, an enumeration comma or the
     * closing bracket follows: what a place calls the thing named before the bracket, an alias as （也称…） is, not words said.
     */
    boolean namesInsideBrackets(int at, int cueEnd, int paragraphEnd) {
        Quotations.Quote q = quotations.startingAt(cueEnd);
        if (q == null || q.end() >= paragraphEnd || !clauses.isShortName(q) || q.innerEnd() - q.innerStart() > MAX_BRACKETED_NAME
                || "，,、）)".indexOf(text.charAt(q.end())) < 0
                || doc.mentionEndingAt(at).filter(m -> m.type() == EntityType.LOC).isEmpty()) {
            return false;   // （他称“我们不会让步”）: a person's words; a place's usage names
        }
        for (int k = doc.firstTokenAtOrAfter(q.innerStart()); k < tokens.size() && tokens.get(k).start() < q.innerEnd(); k++) {
            if (tokens.get(k).pos().startsWith("v") && !tokens.get(k).pos().equals("vn")) {
                return false;   // （台湾称“我们不会接受”，…）: a verb, words said
            }
        }
        for (int k = at - 1; k >= 0 && text.charAt(k) != '\n'; k--) {
            char c = text.charAt(k);
            if ("）)。！？!?".indexOf(c) >= 0) {
                return false;
            }
            if ("（(".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * 被 or 让/使/令/叫 between the subject and the cue (学生被警告, 两人被误认为, 让议员们相信):
     * the subject is the one told or made to believe. 被问及…时表示 stays a claim.
     */
    boolean passiveOrCausative(int from, int cueAt) {
        for (int k = doc.firstTokenAtOrAfter(from); k < tokens.size() && tokens.get(k).end() <= cueAt; k++) {
            CharToken t = tokens.get(k);
            boolean passive = t.text().equals("被") || t.pos().equals("pbei");
            boolean causative = (t.text().equals("让") || t.text().equals("使") || t.text().equals("令") || t.text().equals("叫"))
                    && (t.pos().startsWith("v") || t.pos().startsWith("p"))
                    || lexicon.is("pivot", t.text()) && !doc.insideMention(t.start());   // 美国要求中方承诺: asked to promise
            if (t.start() >= from && (passive || causative)) {
                String rest = text.substring(t.end(), cueAt);
                return !(rest.contains("时") || rest.contains("后") || rest.contains("中"));
            }
        }
        return false;
    }

    /**
     * Whether a pivot verb (role pivot) ends right before a subject starting at {@code at}: 并要求他们写下
     * 保证书，承诺…, 要求该公司承诺: the object of 要求 is asked to act and says nothing.
     */
    boolean pivotBefore(int at) {
        int before = doc.firstTokenAtOrAfter(at) - 1;
        return before >= 0 && before < tokens.size() && tokens.get(before).end() == at
                && lexicon.is("pivot", tokens.get(before).text()) && !doc.insideMention(tokens.get(before).start());
    }

    /** A source ending in a place or locative (网上, 当地, 美国): before 有 it is where, not who. */
    boolean placeEnds(Subject subject) {
        int k = doc.firstTokenAtOrAfter(subject.end() - 1);
        if (k >= tokens.size()) {
            return false;
        }
        String pos = tokens.get(k).pos();
        return pos.equals("s") || pos.equals("f") || pos.startsWith("ns")
                || doc.mentionEndingAt(subject.end()).map(m -> m.type() == EntityType.LOC).orElse(false);
    }

    /** 有 right at {@code at} (网上/有/评论称), before {@code cueAt}. */
    boolean existentialAt(int at, int cueAt) {
        int k = doc.firstTokenAtOrAfter(at);
        return k < tokens.size() && tokens.get(k).start() == at && tokens.get(k).end() < cueAt
                && tokens.get(k).text().equals("有") && tokens.get(k).pos().startsWith("v");
    }

    /**
     * A preposition 在/于 between the source and the cue that no localizer closes before the cue,
     * closed after it in the same clause by 的 + a noun + a localizer (在他宣布参选的推文上): the cue is
     * part of a relative clause inside the phrase.
     */
    boolean insidePrepositionalPhrase(int from, int cueAt, int cueEnd, int paragraphEnd) {
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

    /**
     * Where the word 在 opens the clause {@code [clauseStart, cueAt)} past its leading time words (在新年贺词中…, not
     * 在于 or 现在), or -1: the opening that {@link #locativeClauseOnly} and the source after a place phrase read.
     */
    int placePhraseStart(int clauseStart, int cueAt) {
        int from = clauses.skipLeading(clauseStart, cueAt);
        if (from >= cueAt || text.charAt(from) != '在') {
            return -1;
        }
        int k = doc.firstTokenAtOrAfter(from);
        return k < tokens.size() && tokens.get(k).start() == from && tokens.get(k).text().equals("在") ? from : -1;
    }

    /**
     * 赵立坚，在疫情爆发之初就在推特上表示 / 米塞斯，在其经典名著《人的行为》中指出 / 一位大姐，在楼道里语重心长地说:
     * a clause opened by 在 + a phrase of place, medium or time closed by a localizer, then at most a short stretch
     * (an addressee, a manner, 发消息) before the cue; it has no subject of its own, so the clause before's speaks.
     * {@code from} is the 在 as {@link #placePhraseStart} found it.
     */
    boolean locativeClauseOnly(int from, int cueAt) {
        String clause = text.substring(from, cueAt);
        if (clause.chars().filter(c -> c == '（' || c == '(').count() != clause.chars().filter(c -> c == '）' || c == ')').count()) {
            return false;   // …尖阁诸岛（中国称钓鱼岛）: the cue names inside an open bracket
        }
        java.util.regex.Matcher m = LOCATIVE_CLAUSE.matcher(text).region(from, cueAt);
        // 在新年贺词中习近平就强调: a person named after the phrase is the clause's own subject, not the one before's
        return m.matches() && doc.personWithin(m.end(1), cueAt).isEmpty();
    }

    /**
     * …考察，回来后感慨地说 / …自知必死，对身边人说: the clause before the cue holds only a phrase of the verb with no
     * subject of its own: a verb + 后 (回来后, 获释以后), a manner adverbial ending in 地 (感慨地), an addressee
     * after 对/向 (对身边人), in that order, each at most once. Read only when no subject was found there.
     */
    boolean verbPhraseOnly(int clauseStart, int cueAt, int cueEnd) {
        int from = clauses.skipLeading(clauseStart, cueAt);
        String head = headBeforeCue(from, cueAt);
        java.util.regex.Matcher m = VERB_PHRASE_HEAD.matcher(head);
        if (head.isEmpty() || !m.matches()) {
            return false;
        }
        if (m.group(1) != null) {
            // 回来后: the word before 后 must be a verb (not 会后, 随后, 日后: times)
            int after = text.indexOf(m.group(1), from) + m.group(1).length() - (m.group(1).endsWith("以后") || m.group(1).endsWith("之后") ? 2 : 1);
            int k = doc.firstTokenAtOrAfter(after - 1);
            if (k >= tokens.size() || tokens.get(k).end() != after || !tokens.get(k).pos().startsWith("v")) {
                return false;
            }
        }
        if (m.group(3) != null) {
            // 对/向 must be the preposition (not 对方曾告诉她), and the words must follow the cue (对法轮功学员说了许多…的话
            // names an act of speech)
            int at = from + head.length() - m.group(3).length();
            int k = doc.firstTokenAtOrAfter(at);
            if (k >= tokens.size() || tokens.get(k).start() != at || !tokens.get(k).pos().equals("p")
                    || cueEnd >= text.length() || "，,：:“「".indexOf(text.charAt(cueEnd)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The words from {@code from} to the cue, without spaces and the adverbs right before the cue (就, 还, 也, 曾 …). */
    private String headBeforeCue(int from, int cueAt) {
        String head = text.substring(from, cueAt).strip();
        while (!head.isEmpty() && "就还也都又则亦曾便".indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1);
        }
        return head;
    }

    private static final java.util.regex.Pattern VERB_PHRASE_HEAD = java.util.regex.Pattern.compile(
            "([^，,：:；;。！？“”「」（）()]{1,6}?(?:以后|之后|后))?([^，,：:；;。！？“”「」（）()]{1,5}地)?((?:对|向)[^，,：:；;。！？“”「」（）()]{1,8})?");

    /** The clause before the cue is a time clause with no subject of its own (采访的时候就说, 被问及此事时表示). */
    boolean timeClauseOnly(int clauseStart, int cueAt) {
        int from = clauses.skipLeading(clauseStart, cueAt);
        String head = headBeforeCue(from, cueAt);
        return head.length() > 2 && (head.endsWith("时候") || head.endsWith("时")) && !head.endsWith("同时") && !head.endsWith("当时")
                || TIME_PHRASE.matcher(head).matches()   // 并在禁令颁布后回应称
                || atTimeOnly(from, from + head.length());   // 并在最近说, 并在2009年表示
    }

    /**
     * Whether {@code [from, end)} is the preposition 在 and nothing but time words (并在最近说, 并在2009年表示):
     * a time with no subject, as 并在会后表示 is.
     */
    boolean atTimeOnly(int from, int end) {
        int k = doc.firstTokenAtOrAfter(from);
        if (end - from < 2 || k >= tokens.size() || tokens.get(k).start() != from || !tokens.get(k).text().equals("在")
                || !tokens.get(k).pos().startsWith("p")) {
            return false;
        }
        for (int at = from + 1; at < end; at++) {
            int t = doc.firstTokenAtOrAfter(at);
            boolean timeWord = t < tokens.size() && tokens.get(t).start() <= at && tokens.get(t).pos().equals("t");
            if (!doc.isTimeAt(at) && !timeWord) {
                return false;
            }
        }
        return true;
    }
}
