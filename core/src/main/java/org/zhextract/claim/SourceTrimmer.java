package org.zhextract.claim;

import java.util.Optional;
import org.zhextract.claim.AnnotatedText.CharToken;
import org.zhextract.claim.Subject.Status;
import org.zhextract.model.EntityType;
import org.zhextract.segment.CoreWords;

/**
 * Trims from a source phrase what the phrase walk or the segmenter left on it but that is no
 * part of who speaks: trailing 、/的/conjunctions, a localizer (报告中指出), a time word (老李以前,
 * 教育局早前), a hearing verb's subject (我听邻居说 → 邻居), a glued addressee (王爱忠对本台),
 * the verb of a time clause (微软回应记者询问时说 → 微软), a verb of manner (王华分析说 → 王华), and
 * an adverbial before 地/着 (他激动地说). Also says when what is left is no source at all (第三,
 * 采访的时候, 车站内有个别乘客). Rules read the word lists of {@link ClaimLexicon}; one per
 * document, like {@link DocumentPass}.
 */
final class SourceTrimmer extends DocumentPart {

    /** Localizers after a source (报告中指出, 会上说): the source is what precedes them. */
    private static final String LOCALIZERS = "中上里内";
    /** The same written with two characters (报告书当中, 信件里面, 讲话之中). */
    private static final java.util.Set<String> TWO_CHARACTER_LOCALIZERS = java.util.Set.of("当中", "之中", "里面");
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("第[0-9０-９一二三四五六七八九十百]+[个位名家批]?");

    SourceTrimmer(ClaimContext context) {
        super(context);
    }

    /**
     * The source {@code [start, end)} found before a cue at {@code to}, trimmed; status
     * {@code INVALID} or {@code SOURCELESS} when no source is left.
     */
    Subject trim(int start, int end, int to) {
        start = afterOpener(start, end);
        while (end > start && ("、".indexOf(text.charAt(end - 1)) >= 0 || text.charAt(end - 1) == '的'
                || SourceWalker.COORDINATORS.indexOf(text.charAt(end - 1)) >= 0 && end - 1 > start && !doc.insideMention(end - 1))) {
            end--;
        }
        int lastToken = doc.firstTokenAtOrAfter(end - 1);
        if (end > start && LOCALIZERS.indexOf(text.charAt(end - 1)) >= 0 && lastToken < tokens.size() && tokens.get(lastToken).start() == end - 1
                && tokens.get(lastToken).pos().equals("f") && writingAlone(start, end - 1)
                || gluedWritingAlone(start, end)) {
            // 信中提出, 书中说: where it was written, not who wrote it; the clause before's subject
            // (写信给市长，信中提出…) or none
            return Subject.ZERO_SUBJECT;
        }
        if (end - start > 2 && LOCALIZERS.indexOf(text.charAt(end - 1)) >= 0 && lastToken < tokens.size()
                && tokens.get(lastToken).start() == end - 1 && tokens.get(lastToken).pos().equals("f")) {
            end--;   // 该基金会报告中指出 → 该基金会报告 (书中说 stays: 书 alone is no source)
        }
        lastToken = doc.firstTokenAtOrAfter(end - 1);
        if (lastToken < tokens.size() && tokens.get(lastToken).end() == end && tokens.get(lastToken).start() > start
                && TWO_CHARACTER_LOCALIZERS.contains(tokens.get(lastToken).text())) {
            end = tokens.get(lastToken).start();   // 这份战略报告书当中指出 → 这份战略报告书
        }
        lastToken = doc.firstTokenAtOrAfter(end - 1);
        if (lastToken < tokens.size() && tokens.get(lastToken).end() == end && tokens.get(lastToken).start() > start
                && lexicon.is("timelocalizer", tokens.get(lastToken).text())) {
            end = tokens.get(lastToken).start();   // 老李以前说过, 我们之前说过: a time, not part of the source
        }
        if (end <= start) {
            return Subject.INVALID_SUBJECT;
        }
        // 我听邻居说, 李明记得老师说过: what is heard or remembered from X, X says
        for (int k = doc.firstTokenAtOrAfter(start); k < tokens.size() && tokens.get(k).end() < end; k++) {
            CharToken t = tokens.get(k);
            if (lexicon.is("hearing", t.text()) && t.pos().startsWith("v") && t.start() >= start) {
                start = t.end();
            }
        }
        // 王爱忠对本台说 with 对本/r glued by the segmenter: the addressee is no part of the source
        for (int k = doc.firstTokenAtOrAfter(start); k < tokens.size() && tokens.get(k).start() < end; k++) {
            CharToken t = tokens.get(k);
            if (t.start() > start && (t.text().startsWith("对") || t.text().startsWith("向")) && t.text().length() > 1
                    && end - t.start() <= 6 && (t.pos().startsWith("r") || t.pos().startsWith("p"))) {
                end = t.start();
                break;
            }
            if (t.start() > start && (t.text().startsWith("对") || t.text().startsWith("向")) && t.pos().startsWith("nr")
                    && t.end() < end && (named(start, t.start()) || described(start, t.start()))) {
                end = t.start();   // 川普总统向南/nr 草坪上的支持者们说: 向 opens the addressee, no name
                break;
            }
        }
        if (to > 0 && timeClauseEndsAt(to) && !prepositionBetween(end, to)) {
            // 微软回应记者询问时说: the source is what precedes the verb of the time clause
            for (int k = doc.firstTokenAtOrAfter(start); k < tokens.size() && tokens.get(k).start() < end; k++) {
                CharToken t = tokens.get(k);
                if (t.start() > start && t.pos().startsWith("v")) {
                    if (doc.personWithin(t.start(), end).isEmpty()) {   // not 经济学/系/v 副教授丁长发
                        end = t.start();
                    }
                    break;
                }
                int from = start;
                if (t.start() > start && doc.mentionEndingAt(t.start()).filter(m -> m.type() == EntityType.PERSON && m.start() >= from).isPresent()
                        && doc.personWithin(t.start(), end).isEmpty()) {
                    end = t.start();   // 蔡英文致词/n 时表示: what a named person did is the time clause, whatever its tag
                    break;
                }
            }
        }
        if (end <= start) {
            return Subject.INVALID_SUBJECT;
        }
        if (ORDINAL.matcher(text.substring(start, end)).matches()) {
            return Subject.INVALID_SUBJECT;   // 第三，披露了…: an ordinal is no source
        }
        String phrase = text.substring(start, end);
        Optional<String> gluedTime = lexicon.longestSuffix("gluedtime", text, start, end);
        if (gluedTime.isPresent() && phrase.length() > gluedTime.get().length() + 1) {
            end -= gluedTime.get().length();   // 教育局早前, 部门早些时候, 政府曾于: a time glued to the source
            phrase = text.substring(start, end);
        }
        int inside = doc.firstTokenAtOrAfter(end - 1);
        if (inside < tokens.size() && tokens.get(inside).end() > end && tokens.get(inside).start() > start
                && lexicon.is("gluedtime", tokens.get(inside).text())) {
            // 博士稍/早前: the time recognizer took 早前 out of the token 稍早 and the walk stopped inside it
            end = tokens.get(inside).start();
            phrase = text.substring(start, end);
        }
        Optional<String> gluedAdverb = lexicon.longestSuffix("gluedadverb", text, start, end);
        if (gluedAdverb.isPresent() && (end - start > gluedAdverb.get().length() + 1
                    || lexicon.is("pronoun", text.substring(start, end - gluedAdverb.get().length())))   // 他续指, 她另称
                && !doc.insideMention(end - 1)
                && doc.tokenStartsAt(end - gluedAdverb.get().length())) {
            end -= gluedAdverb.get().length();   // 米希尔另, 港警首度: how often or besides, no part of the source
        }
        if (lexicon.is("thus", text.substring(start, end))) {
            return Subject.INVALID_SUBJECT;   // 如果这样说, 一些学者那样说: how one puts it, no one named
        }
        Optional<String> thus = lexicon.longestSuffix("thus", text, start, end);
        if (thus.isEmpty()) {
            thus = lexicon.longestSuffix("lightverb", text, start, end);
        }
        if (thus.isPresent() && end - start >= thus.get().length() + 2 && !doc.insideMention(end - 1)
                && doc.tokenStartsAt(end - thus.get().length())) {
            end -= thus.get().length();   // 一名新生这样说: how it was said, no part of the source
        }
        int lastTime = doc.firstTokenAtOrAfter(end - 1);
        if (lastTime < tokens.size() && tokens.get(lastTime).end() == end && tokens.get(lastTime).start() > start
                && tokens.get(lastTime).pos().equals("t") && doc.isTimeAt(tokens.get(lastTime).start())) {
            end = tokens.get(lastTime).start();   // 卫生部长韦兰周六, even when a name was guessed over both
        }
        end = withoutTrailingAdverbial(start, end);
        end = withoutMannerNoun(start, end, to);
        phrase = text.substring(start, end);
        if (phrase.endsWith("时候") || lexicon.words("existential").stream().anyMatch(phrase::contains)) {
            // 采访的时候说: a time, no source; 车站内有个别市民说: existential, no source named
            return phrase.endsWith("时候") ? Subject.INVALID_SUBJECT : Subject.SOURCELESS_SUBJECT;
        }
        if (text.startsWith("多的", start) && end - start > 3) {
            start += 2;   // 越来越/多的/共和党人
        }
        end = withoutMannerVerb(start, end, to);
        end = withoutAddressedObject(start, end);
        if (opensWithAddressedObject(start, end)) {
            return Subject.ZERO_SUBJECT;   // ，警告英国公民说，…: whom the clause before's subject warned, then what it said
        }
        // 另一起案件中他, 那年他: a pronoun ending the phrase is the source
        for (String pronoun : lexicon.words("pronoun")) {
            if (end - start > pronoun.length() && text.startsWith(pronoun, end - pronoun.length())
                    && pronoun.length() <= 2 && !doc.insideMention(end - pronoun.length())
                    && (pronoun.length() == 2 || text.charAt(end - 2) != '其')) {
                int at = doc.firstTokenAtOrAfter(end - pronoun.length());
                if (at < tokens.size() && tokens.get(at).start() == end - pronoun.length()) {
                    start = end - pronoun.length();
                }
            }
        }
        if (lexicon.is("gluedadverb", text.substring(start, end)) || lexicon.is("connective", text.substring(start, end))
                || lexicon.is("gluedtime", text.substring(start, end))) {
            return Subject.ZERO_SUBJECT;   // 并且多次说, 结果周四就宣布, 一会儿又说: the clause before's subject speaks
        }
        if (isAdverbialAlone(start, end)) {
            return Subject.ZERO_SUBJECT;   // 详细介绍情况并强调, 高兴地说: the clause has no subject of its own
        }
        if (endsWithWriter(start, end)) {
            return Subject.SOURCELESS_SUBJECT;   // 结果我, 短期内我个人认为: the writer, as 我们认为
        }
        return new Subject(Status.OK, start, end);
    }

    /** 现年56岁的老板, 今年40多岁的居民: an age modifier before the head of a source. */
    private static final java.util.regex.Pattern AGE_MODIFIER = java.util.regex.Pattern.compile(
            "(现年|今年|年仅|年届|年约|年近|年逾)?[0-9０-９一二三四五六七八九十百几]+多?岁(左右)?的");

    /**
     * 现年56岁的老板彼得·李说: where the source starts after an age modifier at {@code start}
     * (the walk stops at 岁, a measure word), or {@code start} when none opens it or nothing
     * follows it before {@code to}.
     */
    int afterAgeModifier(int start, int to) {
        java.util.regex.Matcher m = AGE_MODIFIER.matcher(text).region(start, to);
        return m.lookingAt() && m.end() < to ? m.end() : start;
    }

    /**
     * 一名34岁的潘姓女青年, 一名在将军澳投票的34岁的女青年: where a source walked to {@code end}
     * ends in the number of an age modifier after its count word or relative clause (岁 is a
     * measure word that ends the walk), where the modifier ends; -1 when none is cut there.
     */
    int ageModifierCutAt(int start, int end, int to) {
        int at = end;
        while (at > start && AGE_DIGITS.indexOf(text.charAt(at - 1)) >= 0) {
            at--;
        }
        if (at == end) {
            return -1;
        }
        java.util.regex.Matcher m = AGE_MODIFIER.matcher(text).region(at, to);
        return m.lookingAt() && m.end() > end && m.end() < to ? m.end() : -1;
    }

    private static final String AGE_DIGITS = "0123456789０１２３４５６７８９一二三四五六七八九十百几";

    /**
     * 一开始律师就说, 结果我个人认为, 后来王某说: a connective or time word opening the clause (role
     * {@code opener}) is no part of the source when more follows it; it must be a word of its own
     * (not 连 of 连续) and no part of a name (连战).
     */
    private int afterOpener(int start, int end) {
        for (String opener : lexicon.wordsAt("opener", text, start, end)) {
            int after = start + opener.length();
            if (after < end && doc.tokenStartsAt(after) && !doc.insideMention(start) && !doc.insideMention(after - 1)) {
                return after;
            }
        }
        return start;
    }

    /**
     * 结果我, 短期内我个人: a source ending in the writer's first person (role {@code writer}) after
     * a time or connective word is the writer; not after a coordinator (他和我 is a group).
     */
    private boolean endsWithWriter(int start, int end) {
        Optional<String> writer = lexicon.longestSuffix("writer", text, start, end);
        if (writer.isEmpty() || !doc.tokenStartsAt(end - writer.get().length())) {
            return false;
        }
        int at = end - writer.get().length();
        return at == start || SourceWalker.COORDINATORS.indexOf(text.charAt(at - 1)) < 0 && text.charAt(at - 1) != '的';
    }

    /**
     * 李泽厚多次, 瞿华最后, 博尔顿明确, 港警首度: a quantity, localizer, adjective or adverb right
     * after a name or a pronoun is how or when they spoke, no part of the source.
     */
    private int withoutTrailingAdverbial(int start, int end) {
        int last = doc.firstTokenAtOrAfter(end - 1);
        if (last >= tokens.size() || tokens.get(last).end() != end || tokens.get(last).start() <= start) {
            return end;
        }
        CharToken t = tokens.get(last);
        String pos = t.pos();
        boolean perfective = last + 1 < tokens.size() && tokens.get(last + 1).start() == end && tokens.get(last + 1).text().equals("了");
        if (perfective && (pos.equals("a") || pos.equals("vi") || pos.equals("v")) && !doc.insideMention(t.start())) {
            return t.start();   // 父亲沉默/a 了一会后说: what the source did first, with 了, is no part of it
        }
        boolean adverbial = pos.equals("m") || pos.equals("f") || pos.equals("a") || pos.equals("ad") || pos.startsWith("d");
        if (!adverbial || doc.insideMention(t.start())) {
            return end;
        }
        boolean named = doc.mentionEndingAt(t.start()).map(m -> m.start() >= start).orElse(false)
                || lexicon.is("pronoun", text.substring(start, t.start()))
                || last > 0 && tokens.get(last - 1).pos().startsWith("nr") && tokens.get(last - 1).start() >= start
                || t.start() - start >= 2 && (SourceWalker.ORG_ENDINGS.indexOf(text.charAt(t.start() - 1)) >= 0
                    || lexicon.longestSuffix("title", text, start, t.start()).isPresent());
        return named ? t.start() : end;
    }

    /**
     * A single adjective that is no name (详细, 粗暴), or an adjective, adverb or verb + 地 (高兴地,
     * even when the entity stage took it for a name): no source.
     */
    private boolean isAdverbialAlone(int start, int end) {
        int k = doc.firstTokenAtOrAfter(start);
        if (k >= tokens.size() || tokens.get(k).start() != start || tokens.get(k).end() != end) {
            return false;
        }
        String word = tokens.get(k).text();
        if (word.length() >= 3 && word.endsWith("地")) {
            String stem = CoreWords.mainTag(word.substring(0, word.length() - 1));
            return stem.startsWith("a") || stem.startsWith("d") || stem.startsWith("v");
        }
        String pos = tokens.get(k).pos();
        return (pos.equals("a") || pos.equals("ad")) && !doc.insideMention(start);
    }

    /**
     * 他激动地说, 张某笑着说, 气愤地表示: where the adverbial ending a source phrase starts (its last
     * word before 地 or 着, with the first char of an idiom the segmenter split off: 店员/面/无表情/地);
     * -1 when the phrase ends in none.
     */
    int adverbialStart(Subject subject, int cueAt) {
        if (subject.status() != Status.OK || subject.end() >= cueAt) {
            return -1;
        }
        int next = doc.firstTokenAtOrAfter(subject.end());
        if (next >= tokens.size() || tokens.get(next).start() != subject.end()) {
            return -1;
        }
        if (!(tokens.get(next).text().equals("地") || tokens.get(next).text().equals("着"))) {
            return splitIdiomStart(subject, next);
        }
        int last = doc.firstTokenAtOrAfter(subject.end() - 1);
        int lastStart = tokens.get(last).start();
        // 店员/面/无表情/地: an idiom the segmenter split; its first char is no part of the source
        while (last > 0 && subject.end() - lastStart < 4) {
            CharToken before = tokens.get(last - 1);
            if (before.start() <= subject.start() || before.end() != lastStart || before.text().length() != 1
                    || before.pos().startsWith("nr") || doc.insideMention(before.start()) || lexicon.isSourceWord(before.text())
                    || lexicon.is("pronoun", before.text())) {
                break;
            }
            last--;
            lastStart = before.start();
        }
        return lastStart;
    }

    /**
     * 云淡风/轻/地/说: a four-char idiom of manner the segmenter split, leaving one adjective or
     * adverb char before 地 (which standing alone is rare: 轻轻地, 狠狠地 are two); the idiom's
     * other three chars end the source. Where it starts, or -1. 他特地说 (one word) has none.
     */
    private int splitIdiomStart(Subject subject, int k) {
        CharToken next = tokens.get(k);
        boolean loneChar = next.text().length() == 1 && (next.pos().startsWith("a") || next.pos().startsWith("d"))
                && k + 1 < tokens.size() && tokens.get(k + 1).text().equals("地") && tokens.get(k + 1).start() == next.end();
        int start = subject.end() - 3;
        if (!loneChar || start < subject.start() || !doc.tokenStartsAt(start)) {
            return -1;
        }
        return start;
    }

    /**
     * 她的母亲语气/冷淡地说, 我的这位朋友双手/捧着那封信，说: a noun of bearing or a body part (role
     * {@code mannernoun}) ending the source, before a verb or adjective or where the source must end,
     * is the subject of a clause of how they spoke, no part of the source.
     */
    private int withoutMannerNoun(int start, int end, int to) {
        int last = doc.firstTokenAtOrAfter(end - 1);
        if (last >= tokens.size() || tokens.get(last).end() != end || tokens.get(last).start() <= start
                || !lexicon.is("mannernoun", tokens.get(last).text()) || doc.insideMention(end - 1)) {
            return end;
        }
        int next = last + 1;
        boolean predicate = next < tokens.size() && tokens.get(next).start() == end
                && (tokens.get(next).pos().startsWith("v") || tokens.get(next).pos().startsWith("a"));
        return end == to || predicate ? tokens.get(last).start() : end;
    }

    /**
     * 时事评论员王华分析说, 该团队分析称: a verb of manner between a named or referred source and the
     * cue is no part of the source. 网民评论说 keeps 评论 (a medium after a role noun).
     */
    private int withoutMannerVerb(int start, int end, int to) {
        if (end != to) {
            return end;
        }
        Optional<String> manner = lexicon.longestSuffix("manner", text, start, end);
        if (manner.isPresent()) {
            int at = end - manner.get().length();
            if (at - start >= 2) {
                int k = doc.firstTokenAtOrAfter(at);
                if (k >= tokens.size() || tokens.get(k).start() != at
                        || !tokens.get(k).pos().startsWith("v") && !LATIN_NAME.matcher(text.substring(start, at)).matches()) {
                    return end;   // after a Latin name HanLP tags the verb a noun (Kalember/评论/n 说)
                }
                boolean medium = lexicon.longestSuffix("medium", text, start, end).isPresent();
                if (named(start, at) || described(start, at) && !medium) {
                    return at;
                }
                // 莫泽尔曼首度回应指: an adverb of frequency between the name and the verb goes too
                Optional<String> adverb = lexicon.longestSuffix("gluedadverb", text, start, at);
                int name = at - adverb.map(String::length).orElse(0);
                if (adverb.isPresent() && name > start && doc.tokenStartsAt(name) && !doc.insideMention(name)
                        && named(start, name)) {
                    return name;
                }
            }
        }
        return end;
    }

    /** A name in Latin letters that no entity covers (Kalember, Greg Poling). */
    private static final java.util.regex.Pattern LATIN_NAME = java.util.regex.Pattern.compile("[A-Z][A-Za-z.\\-]+( [A-Z][A-Za-z.\\-]+){0,3}");

    /** A person's name (also in Latin letters) or a pronoun fills {@code [start, at)}. */
    private boolean named(int start, int at) {
        return doc.personWithin(start, at).map(m -> m.end() == at).orElse(false)
                || LATIN_NAME.matcher(text.substring(start, at)).matches()   // Kalember评论说
                || lexicon.is("pronoun", text.substring(start, at))
                || lexicon.wordsAt("pronoun", text, start, at).stream().anyMatch(p -> p.length() == at - start);
    }

    /** {@code [start, at)} ends in a title or a descriptive source (发言人, 官员, 媒体). */
    private boolean described(int start, int at) {
        return lexicon.longestSuffix("title", text, start, at).isPresent()
                || lexicon.longestSuffix("descriptive", text, start, at).isPresent();
    }

    /** Longest object of an addressing verb read over between a source and its cue. */
    private static final int MAX_ADDRESSED_OBJECT = 8;

    /**
     * 华春莹批评美国(，)说, 洛克斐勒告诉他的儿子说, 加拿大警告其公民 称: a named, described or
     * entity source, a verb of
     * address (words.tsv role {@code addressing}) and its short object before the cue; the source
     * ends before the verb.
     */
    private int withoutAddressedObject(int start, int end) {
        for (String verb : lexicon.words("addressing")) {
            for (int at = indexEndingBefore(verb, start + 1, end); at >= 0; at = indexEndingBefore(verb, at + 1, end)) {
                if (end - at - verb.length() <= MAX_ADDRESSED_OBJECT && !doc.insideMention(at)
                        && (named(start, at) || described(start, at) || doc.mentionEndingAt(at).filter(m -> m.start() >= start).isPresent())) {
                    return at;
                }
            }
        }
        return end;
    }

    /**
     * The first {@code word} of the text at or after {@code from} that ends before {@code limit} ({@code at +
     * word.length() < limit}), or -1: {@code text.indexOf} would read on to the document's end for every addressing
     * verb a source does not hold.
     */
    private int indexEndingBefore(String word, int from, int limit) {
        for (int at = Math.max(from, 0); at + word.length() < limit; at++) {
            if (text.startsWith(word, at)) {
                return at;
            }
        }
        return -1;
    }

    /**
     * 警告英国公民 before 说 in a clause of its own: a verb of address (role {@code addressing}), across an opening adverb
     * (并, 也, 还), and its short object are all the source walk read, so no one of the clause is named.
     */
    private boolean opensWithAddressedObject(int start, int end) {
        int k = doc.firstTokenAtOrAfter(start);
        while (k < tokens.size() && tokens.get(k).start() >= start && tokens.get(k).end() < end && tokens.get(k).pos().startsWith("c")
                || k < tokens.size() && tokens.get(k).end() < end && tokens.get(k).pos().equals("d")) {
            k++;
        }
        if (k + 1 >= tokens.size() || tokens.get(k).start() < start || tokens.get(k).end() >= end
                || !lexicon.is("addressing", tokens.get(k).text()) || !tokens.get(k).pos().startsWith("v")) {
            return false;
        }
        int objectStart = tokens.get(k + 1).start();
        String object = text.substring(objectStart, end);
        // the object is a pronoun or opens with a named entity (美国, 英国公民): 批评人士, 批评者, 批评萨莫拉的人 are
        // the critics themselves, a noun the segmenter splits
        return object.length() <= MAX_ADDRESSED_OBJECT && object.indexOf('的') < 0
                && (lexicon.is("pronoun", object) || doc.mentionsWithin(objectStart, end).stream().anyMatch(m -> m.start() == objectStart));
    }

    /**
     * 信中称，… / 书中还声称，… opening a sentence: the writing and its localizer at {@code start} (文中/s, or 信 + 中/f), when the
     * source walk read nothing else up to {@code end}; null when there is none. With no clause before whose subject wrote
     * it, the writing is the one source the text names (the news gold takes 信中 as the speaker then).
     */
    Subject writingWithLocalizer(int start, int end) {
        int k = doc.firstTokenAtOrAfter(start);
        if (k >= tokens.size() || tokens.get(k).start() != start || tokens.get(k).end() > end) {
            return null;
        }
        CharToken t = tokens.get(k);
        if (lexicon.is("gluedwriting", t.text())) {
            return new Subject(Subject.Status.OK, t.start(), t.end());
        }
        if (k + 1 < tokens.size() && tokens.get(k + 1).start() == t.end() && tokens.get(k + 1).end() <= end
                && tokens.get(k + 1).text().length() == 1 && LOCALIZERS.indexOf(tokens.get(k + 1).text().charAt(0)) >= 0
                && tokens.get(k + 1).pos().equals("f") && writingAlone(t.start(), t.end())) {
            return new Subject(Subject.Status.OK, t.start(), tokens.get(k + 1).end());
        }
        return null;
    }

    /** 文中写道: the whole source is one word of a writing and its localizer (文中/s), role gluedwriting. */
    private boolean gluedWritingAlone(int start, int end) {
        int k = doc.firstTokenAtOrAfter(start);
        return end > start && k < tokens.size() && tokens.get(k).start() == start && tokens.get(k).end() == end
                && lexicon.is("gluedwriting", tokens.get(k).text());
    }

    /**
     * Whether {@code [start, end)} is a one-char noun (信, 书, 文) alone: 信中 names no one. A medium word
     * (声明中还说 → 声明) stays a source, as the news gold takes the document (新闻稿) for its publisher.
     */
    private boolean writingAlone(int start, int end) {
        int k = doc.firstTokenAtOrAfter(start);
        if (end <= start || k >= tokens.size() || tokens.get(k).start() != start || tokens.get(k).end() != end || doc.insideMention(start)) {
            return false;
        }
        CharToken t = tokens.get(k);
        return t.text().length() == 1 && t.pos().startsWith("n");
    }

    /** …询问时 before the cue: a token 时 (or 时说 glued to the cue) ends there; not 同时, 当时. */
    private boolean timeClauseEndsAt(int cueAt) {
        if (text.charAt(cueAt - 1) != '时') {
            return false;
        }
        return doc.tokenStartsAt(cueAt - 1);
    }

    /** A preposition between the source and the cue (纳瓦罗(…)在接受采访时称): the time clause is already outside. */
    private boolean prepositionBetween(int from, int to) {
        for (int k = doc.firstTokenAtOrAfter(from); k < tokens.size() && tokens.get(k).start() < to; k++) {
            if (tokens.get(k).pos().startsWith("p")) {
                return true;
            }
        }
        return false;
    }
}
