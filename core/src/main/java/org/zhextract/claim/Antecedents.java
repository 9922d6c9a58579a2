package org.zhextract.claim;

import static org.zhextract.claim.Clauses.CLAUSE_BOUNDARIES;
import static org.zhextract.claim.Clauses.MAX_CLAUSE_CHARS;
import static org.zhextract.claim.Clauses.SENTENCE_ENDS;

import java.util.List;
import java.util.Optional;
import org.zhextract.claim.AnnotatedText.CharToken;
import org.zhextract.claim.ClaimExtractor.ClaimDraft;
import org.zhextract.claim.ClaimExtractor.MentionRef;
import org.zhextract.claim.ClaimExtractor.SpeakerKind;
import org.zhextract.model.EntityType;

/**
 * What a speaker that names no one refers back to: a pronoun (他, 他们, 该公司) to the person who
 * opens its sentence or to an earlier speaker of its kind, a document (报道称, 其中说) to the one
 * who published it. Reads the claims found so far in the document.
 */
final class Antecedents extends DocumentPart {

    /** How many paragraphs back a pronoun looks for its speaker. */
    static final int PRONOUN_REACH = 3;

    private final List<ClaimDraft> drafts;
    private final List<ClaimDraft> silentSpeakers;
    private final DocumentIntroductions introductions;

    Antecedents(ClaimContext context, List<ClaimDraft> drafts, List<ClaimDraft> silentSpeakers) {
        super(context);
        this.drafts = drafts;
        this.silentSpeakers = silentSpeakers;
        this.introductions = new DocumentIntroductions(doc);
    }

    /** 报导, 该报道, 声明: a bare document word (a medium) as the source, no publisher named in it. */
    private static final java.util.regex.Pattern DOCUMENT_WORD = java.util.regex.Pattern.compile("(该|这篇|此|这份|该份)?(.+)");

    /**
     * The publisher of a document that speaks (报道称，…; 其中说, in the last document published): the source of the nearest earlier claim
     * within the pronoun reach that was reported through the same medium by its publisher (据X报道,
     * X报道称, X发表声明说), not a claim that a frame only lent its medium to.
     */
    Optional<String> publisherOf(String head, int paragraph, int speakerStart, int at) {
        java.util.regex.Matcher m = DOCUMENT_WORD.matcher(head);
        boolean within = head.equals("其中");   // 其中说: in the document last published
        if (!within && (!m.matches() || !lexicon.is("medium", m.group(2)))) {
            return Optional.empty();
        }
        String medium = within ? "" : m.group(2).replace('导', '道');
        ClaimDraft published = null;
        for (int k = drafts.size() - 1; k >= 0; k--) {
            ClaimDraft earlier = drafts.get(k);
            if (paragraph - earlier.paragraph > PRONOUN_REACH) {
                break;
            }
            if (earlier.cueStart < at && earlier.speakerEntity.isPresent()
                    && earlier.via.map(v -> v.replace('导', '道')).filter(v -> within || v.equals(medium)).isPresent()
                    && publishedItself(earlier)) {
                published = earlier;
                break;
            }
        }
        if (within) {
            return published != null ? published.speakerEntity : introducedWithin(speakerStart);
        }
        // 《纽约时报》的一篇报道引起了关注。…报道指出: a document introduced by a sentence that reports nothing
        int reachStart = paragraphStart(at, PRONOUN_REACH);
        int from = published == null ? reachStart : Math.max(reachStart, published.cueStart + published.cue.length());
        Optional<DocumentIntroductions.Introduction> introduced = introductions.latest(medium, from, speakerStart);
        if (introduced.isPresent()) {
            int where = introduced.get().at();
            for (ClaimDraft earlier : drafts) {
                if (earlier.speakerStart <= where && where < earlier.speakerEnd) {
                    return earlier.speakerEntity;   // 报道称，… 报道还称: the same document again
                }
            }
            if (introduced.get().publisher().isPresent()) {
                return introduced.get().publisher();
            }
        }
        return published == null ? Optional.empty() : published.speakerEntity;
    }

    /**
     * 白宫医师康利发布了备忘录。其中写道：…, 明慧网发布《通告》，其中提到: with no earlier claim through a document, 其中
     * is in the document word that ends the clause or sentence right before it (a medium or a role {@code containing}
     * word: 备忘录, 文件, 通知), and speaks for the publisher its introduction names, if it names one. A document word
     * further back may be another one (发表评论。…旅行提醒，其中声称), so none is looked for there.
     */
    private Optional<String> introducedWithin(int speakerStart) {
        int end = speakerStart;
        if (end > 0 && ("，,".indexOf(text.charAt(end - 1)) >= 0 || SENTENCE_ENDS.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        } else {
            return Optional.empty();
        }
        while (end > 0 && "》」”』".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        String word = null;
        for (String role : List.of("medium", "containing")) {
            Optional<String> w = lexicon.longestSuffix(role, text, Math.max(0, end - 8), end);
            if (w.isPresent() && (word == null || w.get().length() > word.length())) {
                word = w.get();
            }
        }
        return word == null ? Optional.empty()
                : introductions.latestIssued(word, end - word.length(), end).flatMap(DocumentIntroductions.Introduction::publisher);
    }

    /**
     * Whether a claim's medium is its speaker's own (据X报道, X报道称, X发表报告称, X在声明中说), not lent
     * by a frame before it (据中国媒体报道，孔维文称).
     */
    private boolean publishedItself(ClaimDraft claim) {
        String via = claim.via.get().replace('导', '道');
        if (claim.cue.replace('导', '道').contains(via)) {
            return true;
        }
        if (claim.speakerEnd < 0 || claim.speakerEnd > claim.cueStart) {
            return false;
        }
        String between = text.substring(claim.speakerEnd, claim.cueStart).replace('导', '道');
        return between.contains(via) && !RELAYED.matcher(between).find();   // not 路透社援引《纽约时报》的报道说
    }

    /** A relay or frame between a speaker and its cue: the medium then is someone else's. */
    private static final java.util.regex.Pattern RELAYED = java.util.regex.Pattern.compile("援引|引述|引用|转引|转述|据");

    /** Where the paragraph {@code back} paragraphs before the one holding {@code at} starts (0: that one's own start). */
    private int paragraphStart(int at, int back) {
        int start = at;
        for (int n = 0; n <= back && start > 0; n++) {
            start = text.lastIndexOf('\n', start - 1);
        }
        return start <= 0 ? 0 : start + 1;
    }

    void resolvePronoun(ClaimDraft draft, String refersTo, int at) {
        SpeakerKind wanted = switch (refersTo) {
            case "person" -> SpeakerKind.PERSON;
            case "plural" -> SpeakerKind.PLURAL;
            case "place" -> SpeakerKind.PLACE;
            default -> SpeakerKind.ORG;
        };
        draft.speakerKind = wanted;
        if (wanted == SpeakerKind.PERSON) {
            // 参议员舒默虽然不同意川普的主张，但是他也曾表示: the person the sentence opens with
            Optional<MentionRef> subject = sentenceSubject(at);
            if (subject.isEmpty()) {
                subject = subjectOfSentenceBefore(at);
            }
            if (subject.isPresent()) {
                draft.speakerEntity = Optional.of(subject.get().entityId());
                return;
            }
        }
        ClaimDraft found = null;
        for (int k = drafts.size() - 1; k >= 0; k--) {
            ClaimDraft earlier = drafts.get(k);
            if (draft.paragraph - earlier.paragraph > PRONOUN_REACH) {
                break;
            }
            if (earlier.speakerKind == wanted) {
                found = earlier;
                break;
            }
        }
        for (int k = silentSpeakers.size() - 1; k >= 0; k--) {
            ClaimDraft silent = silentSpeakers.get(k);
            if (silent.cueStart < at && silent.speakerKind == wanted && draft.paragraph - silent.paragraph <= PRONOUN_REACH
                    && (found == null || silent.cueStart > found.cueStart)) {
                found = silent;
                break;
            }
        }
        if (found != null) {
            draft.speakerEntity = found.speakerEntity;
            return;
        }
        if (wanted == SpeakerKind.PERSON) {
            // no earlier speaker: the last person named in this or the previous paragraph
            int reachStart = paragraphStart(at, 1);
            MentionRef last = null;
            for (MentionRef m : doc.mentions()) {
                if (m.end() <= at && m.start() >= reachStart && m.type() == EntityType.PERSON) {
                    last = m;
                }
            }
            if (last != null) {
                draft.speakerEntity = Optional.of(last.entityId());
            }
        }
    }

    /**
     * The person a sentence opens with before {@code at}: the first person named in the sentence
     * who opens a clause of it, outside quotations, with no verb, preposition, conjunction, adverb or
     * pronoun between the start of its clause and the name, and no 的 after it (川普的顾问
     * is the adviser; 对于林宇的指控，董事长史文勇…，他 is 史文勇).
     */
    private Optional<MentionRef> sentenceSubject(int at) {
        int sentenceStart = at;
        while (sentenceStart > 0 && SENTENCE_ENDS.indexOf(text.charAt(sentenceStart - 1)) < 0
                && at - sentenceStart < MAX_CLAUSE_CHARS) {
            sentenceStart--;
        }
        mentions:
        for (MentionRef m : doc.mentionsWithin(sentenceStart, at)) {
            if (m.type() != EntityType.PERSON || quotations.around(m.start()) != null) {
                continue;
            }
            int after = m.end();
            while (after < at && (text.charAt(after) == '（' || text.charAt(after) == '(')) {
                int close = closingBracket(text, after, at);
                if (close < 0) {
                    break;
                }
                after = close + 1;
            }
            if (after < text.length() && text.charAt(after) == '的') {
                continue;
            }
            int clause = m.start();
            while (clause > sentenceStart && CLAUSE_BOUNDARIES.indexOf(text.charAt(clause - 1)) < 0) {
                clause--;
            }
            for (int k = doc.firstTokenAtOrAfter(clause); k < tokens.size() && tokens.get(k).start() < m.start(); k++) {
                CharToken t = tokens.get(k);
                String pos = t.pos();
                if (!doc.insideMention(t.start()) && !lexicon.is("title", t.text()) && (pos.startsWith("v") || pos.startsWith("p")
                        || pos.startsWith("c") || pos.startsWith("d") || pos.startsWith("r"))) {
                    continue mentions;   // 当被问及川普时: the person is an object, not who the sentence is about
                }
            }
            return Optional.of(m);
        }
        return Optional.empty();
    }

    /**
     * 经济学家管涛也表达过同样观点。他说，…: a 他/她 opening its sentence right after a sentence of the same
     * paragraph that holds no claim refers to the person that sentence opens with (in its first clause), not to
     * a speaker further back: the sentence before introduced who speaks now. Empty when there is none.
     */
    private Optional<MentionRef> subjectOfSentenceBefore(int at) {
        int start = at;
        while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\u3000')) {
            start--;
        }
        if (start == 0 || "。！？!?".indexOf(text.charAt(start - 1)) < 0) {
            return Optional.empty();
        }
        int end = start - 1;
        int from = end;
        while (from > 0 && SENTENCE_ENDS.indexOf(text.charAt(from - 1)) < 0 && end - from < MAX_CLAUSE_CHARS) {
            from--;
        }
        for (ClaimDraft d : drafts) {
            if (d.cueStart >= from && d.cueStart < end || d.contentEnd > from && d.contentStart < end) {
                return Optional.empty();   // the sentence before reports: its speaker is the one to refer back to
            }
        }
        int firstClauseEnd = from;
        while (firstClauseEnd < end && CLAUSE_BOUNDARIES.indexOf(text.charAt(firstClauseEnd)) < 0) {
            firstClauseEnd++;
        }
        int sentenceStart = from;
        int clauseEnd = firstClauseEnd;
        return sentenceSubject(end).filter(m -> m.start() >= sentenceStart && m.end() <= clauseEnd);
    }

    /** The index of the bracket closing the one at {@code open}, before {@code to}; -1 if none. */
    static int closingBracket(String text, int open, int to) {
        int depth = 0;
        for (int k = open; k < to; k++) {
            char c = text.charAt(k);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && --depth == 0) {
                return k;
            }
        }
        return -1;
    }
}
