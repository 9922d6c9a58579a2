package org.zhextract.claim;

import static org.zhextract.claim.Clauses.CLAUSE_BOUNDARIES;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zhextract.claim.ClaimExtractor.MentionRef;
import org.zhextract.model.EntityType;

/**
 * Where the text introduced a document with its publisher in a sentence that reports nothing:
 * 《纽约时报》上周的一篇报道引起了关注, 这份由世界银行公布的报告, 张维迎写了一篇文章. A later 报道称 /
 * 报告说 / 文章说 speaks for that publisher. Only the latest mention of the document word before
 * the speaker counts, and a name that is the document's topic (有关华为的报道, 对X的报告) is none.
 */
final class DocumentIntroductions {

    /**
     * What may stand between the publisher's name and the document word: 的 or a verb of
     * publishing or writing (and what a clause puts before it: 今年5月份的, 上周发表了), then count
     * words and plain modifiers (一篇, 这份, 最新).
     */
    private static final Pattern GAP = Pattern.compile(
            "[》」”]?(?:[^，,。：:；;、“”\\n]{0,10}?(?:的|发表|发布|公布|撰写|写|刊登|刊出|出版|推出)(?:了|过)?的?)?"
                    + "(?:一篇|一份|这篇|这份|该篇|该份|篇|份|最新|新|长篇|研究|调查)*[《「“]?");   // 明慧网发布《通告》

    /**
     * The gap 其中 (in it) asks for, with no earlier claim to lean on: the publisher's own 的 (叙利亚国家通讯社(SANA)的报道) or a
     * verb that puts the document out (明慧网发布《通告》, 学院发给老师的通知), not any clause before 的 (由美国政府资助的一份报告,
     * 拜登公开吹嘘的视频: funded, filmed, not published by the name).
     */
    private static final Pattern ISSUED_GAP = Pattern.compile(
            "[》」”]?\\s*(?:[（(][^）)]{1,30}[）)])?\\s*(?:的|[^，,。：:；;、“”\\n]{0,6}?(?:发表|发布|公布|撰写|写|刊登|刊出|出版|推出|发出|发给|下发|印发)"
                    + "(?:了|过)?(?:[^，,。：:；;、“”\\n]{0,8}?的)?)?"
                    + "(?:一篇|一份|一则|一封|这篇|这份|该篇|该份|篇|份|则|封|最新|新|长篇|研究|调查)*[《「“]?");

    /** A name after these in its clause is what the document is about, or whom it was sent to, not who published it. */
    private static final Pattern ADDRESSED = Pattern.compile("(?:给|致)[^，,。的]{0,12}$");

    /** A name after these in its clause is what the document is about, not who published it. */
    private static final Pattern TOPIC = Pattern.compile("关于|有关|对于|针对|涉及|对|就|将|把|被");

    private final AnnotatedText doc;
    private final String text;

    DocumentIntroductions(AnnotatedText doc) {
        this.doc = doc;
        this.text = doc.text();
    }

    /** A position and the entity that published the document found there. */
    record Introduction(int at, Optional<String> publisher) {
    }

    /**
     * The latest mention of {@code medium} (报道 also read as 报导) in [from, to), with the entity the
     * clause names as its publisher, if any; empty when the word does not occur there.
     */
    Optional<Introduction> latest(String medium, int from, int to) {
        int found = -1;
        for (String spelling : List.of(medium, medium.replace('道', '导'))) {
            int k = text.lastIndexOf(spelling, to - spelling.length());
            if (k >= from && k > found) {
                found = k;
            }
        }
        if (found < 0) {
            return Optional.empty();
        }
        return Optional.of(new Introduction(found, publisherBefore(found, false)));
    }

    /**
     * Like {@link #latest}, with the stricter gap of a document that issued from its publisher ({@code ISSUED_GAP}) and no
     * addressee (交付给科米的备忘录): what 其中 reads when no earlier claim named the document's source.
     */
    Optional<Introduction> latestIssued(String medium, int from, int to) {
        return latest(medium, from, to).map(i -> new Introduction(i.at(), publisherBefore(i.at(), true)));
    }

    /** 韩联社与朝鲜日报报导: the name is one of two publishers, none of them alone. */
    private boolean coordinated(int clause, int nameStart) {
        int k = nameStart;
        while (k > clause && "《「“".indexOf(text.charAt(k - 1)) >= 0) {
            k--;
        }
        return k > clause && "与和及、同跟".indexOf(text.charAt(k - 1)) >= 0;
    }

    private Optional<String> publisherBefore(int at, boolean issued) {
        int clause = at;
        while (clause > 0 && CLAUSE_BOUNDARIES.indexOf(text.charAt(clause - 1)) < 0) {
            clause--;
        }
        MentionRef last = null;
        for (MentionRef m : doc.mentionsWithin(clause, at)) {
            if (last == null || m.end() > last.end()) {
                last = m;
            }
        }
        if (last == null || (last.type() != EntityType.ORG && last.type() != EntityType.PERSON)
                || !(issued ? ISSUED_GAP : GAP).matcher(text.substring(last.end(), at)).matches()
                || TOPIC.matcher(text.substring(clause, last.start())).find()
                || issued && ADDRESSED.matcher(text.substring(clause, last.start())).find()
                || coordinated(clause, last.start())) {
            return Optional.empty();
        }
        return Optional.of(last.entityId());
    }
}
