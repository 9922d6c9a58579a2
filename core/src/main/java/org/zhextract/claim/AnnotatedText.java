package org.zhextract.claim;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import org.zhextract.claim.ClaimExtractor.MentionRef;
import org.zhextract.model.Entity;
import org.zhextract.model.EntityType;
import org.zhextract.model.Mention;
import org.zhextract.model.TimeValue;
import org.zhextract.model.Token;
import org.zhextract.text.DocumentText;

/**
 * One document's text with its tokens, entity mentions and time expressions, all in char
 * indices (the model counts code points), and the lookups on them that finding claims
 * ({@link DocumentPass}) and trimming their sources ({@link SourceTrimmer}) share. Lookups are
 * binary searches or bit tests, never scans, so long texts stay linear.
 */
final class AnnotatedText {

    /** Longer mentions than this are not looked back for (an organization name rarely is). */
    private static final int MAX_MENTION_LOOKBACK = 40;

    private final String text;
    private final List<CharToken> tokens;
    /** Sorted by start. */
    private final List<MentionRef> mentions;
    /** The end of the time expression starting at each char index (index → end). */
    private final Map<Integer, Integer> timeEndByStart = new HashMap<>();
    /** The char indices inside a time expression. */
    private final BitSet insideTime = new BitSet();

    AnnotatedText(DocumentText document, List<Token> tokens, List<Entity> entities, List<TimeValue> times) {
        this.text = document.text();
        this.tokens = splitGluedCues(text, tokens, new TokenView(document, tokens));
        List<MentionRef> refs = new ArrayList<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                refs.add(new MentionRef(document.toCharIndex(m.start()), document.toCharIndex(m.end()), e.id(), e.type()));
            }
        }
        refs.sort(Comparator.comparingInt(MentionRef::start));
        this.mentions = refs;
        for (TimeValue t : times) {
            int start = document.toCharIndex(t.start());
            int end = document.toCharIndex(t.end());
            timeEndByStart.merge(start, end, Math::max);
            insideTime.set(start, Math.max(start, end));
        }
    }

    String text() {
        return text;
    }

    List<CharToken> tokens() {
        return tokens;
    }

    List<MentionRef> mentions() {
        return mentions;
    }

    /** The end of the time expression starting at {@code at}, or null. */
    Integer timeEndStartingAt(int at) {
        return timeEndByStart.get(at);
    }

    /** A token by char indices (Token counts code points). */
    record CharToken(String text, int start, int end, String pos) {
    }

    /** A party suffix HanLP glues to the cue after it as a name (公诉/方称/nr, 辩/方还称/nr). */
    private static final String PARTY_SUFFIXES = "方人";
    /** An adverb between the party suffix and the cue (辩/方还称/nr). */
    private static final String GLUED_ADVERBS = "还也又则亦均都";
    /** The one-char cues split off such a token. */
    private static final String GLUED_CUES = "称说";
    /** The conjunction of shared subject HanLP glues to 称 (并称/v "jointly called"; ，并称特区政府将… "and said"). */
    private static final String GLUED_CONJUNCTION_CUE = "并称";
    /** A person pronoun HanLP glues to the cue 指 as one noun (他指/n, 她指/n: "refers to another"). */
    private static final java.util.Set<String> GLUED_PRONOUN_CUES = java.util.Set.of("他指", "她指");
    /** What follows 并称 when it does mean "jointly called" (并称为, 并称之, 并称作). */
    private static final String NAMING_AFTER = "为之作";

    /**
     * HanLP reads a party suffix, at most one adverb and a one-char cue as one person name
     * (公诉/vi 方称/nr, 辩/vg 方还称/nr), so no cue starts a token there and 公诉方称，… gave no
     * claim (控方称 is split right). Such a token is split into the suffix (n; joined to a verb
     * right before it, which is then the party's name), the adverb (d) and the cue (v). The view stays lazy when no token needs it,
     * the common case: {@code raw} is tested first, and a token of the view is made only for one that may be glued.
     */
    private static List<CharToken> splitGluedCues(String text, List<Token> raw, List<CharToken> view) {
        List<CharToken> split = null;
        for (int k = 0; k < view.size(); k++) {
            if (split == null && !mayBeGluedCue(raw.get(k).text(), raw.get(k).pos())
                    && !raw.get(k).text().equals(GLUED_CONJUNCTION_CUE) && !GLUED_PRONOUN_CUES.contains(raw.get(k).text())) {
                continue;
            }
            CharToken t = view.get(k);
            boolean conjunction = isGluedConjunctionCue(text, t);
            // 。他指/n ，香港…, ，她指/n 民阵将…: opening its clause, the pronoun and the cue 指 (其他/指标 is cut apart)
            boolean pronounCue = GLUED_PRONOUN_CUES.contains(t.text()) && t.end() - t.start() == 2 && opensClause(text, t.start());
            if (split == null && !isGluedCue(t) && !conjunction && !pronounCue) {
                continue;
            }
            if (split == null) {
                split = new ArrayList<>(view.subList(0, k));
            }
            if (pronounCue) {
                split.add(new CharToken(t.text().substring(0, 1), t.start(), t.start() + 1, "rr"));
                split.add(new CharToken(t.text().substring(1), t.start() + 1, t.end(), "v"));
                continue;
            }
            if (conjunction) {
                // ，并称特区政府将…: 并 (c) opens the clause and 称 (v) reports, with the subject of the clause before
                split.add(new CharToken(t.text().substring(0, 1), t.start(), t.start() + 1, "c"));
                split.add(new CharToken(t.text().substring(1), t.start() + 1, t.end(), "v"));
                continue;
            }
            if (!isGluedCue(t)) {
                split.add(t);
                continue;
            }
            String w = t.text();
            int s = t.start();
            CharToken before = split.isEmpty() ? null : split.get(split.size() - 1);
            if (before != null && before.end() == s && before.pos().startsWith("v") && before.text().length() <= 2) {
                // the verb before is the party's own name (公诉/vi 方 → 公诉方, 辩/vg 方 → 辩方): one noun
                split.set(split.size() - 1, new CharToken(before.text() + w.charAt(0), before.start(), s + 1, "n"));
            } else if (before != null && before.end() == s && before.text().equals("对") && opensClause(text, before.start())) {
                // ，对/p 方说/nr：“…”: 对方 "the other party" opening its clause, a pronoun, not 对 + an addressee
                split.set(split.size() - 1, new CharToken("对" + w.charAt(0), before.start(), s + 1, "rr"));
            } else {
                split.add(new CharToken(w.substring(0, 1), s, s + 1, "n"));
            }
            if (w.length() == 3) {
                split.add(new CharToken(w.substring(1, 2), s + 1, s + 2, "d"));
            }
            split.add(new CharToken(w.substring(w.length() - 1), t.end() - 1, t.end(), "v"));
        }
        return split == null ? view : List.copyOf(split);
    }

    /** Nothing of a clause before {@code at}: the text's start, or a char that is no Han character (a comma, a quote, a space). */
    private static boolean opensClause(String text, int at) {
        return at == 0 || Character.UnicodeScript.of(text.codePointBefore(at)) != Character.UnicodeScript.HAN;
    }

    private static boolean isGluedCue(CharToken t) {
        return mayBeGluedCue(t.text(), t.pos()) && t.end() - t.start() == t.text().length();
    }

    /**
     * 并称 opening a clause after a comma and not naming (并称为), opening a sentence before a comma, colon or quotation
     * (。并称，…), or after its subject and before a comma or colon (发言人并称，…, 他并称：“…”; 与杜甫并称“李杜” names): the
     * conjunction and the cue.
     */
    private static boolean isGluedConjunctionCue(String text, CharToken t) {
        if (!t.text().equals(GLUED_CONJUNCTION_CUE) || t.end() - t.start() != 2 || t.start() == 0 || t.end() >= text.length()) {
            return false;
        }
        if ("，,；;".indexOf(text.charAt(t.start() - 1)) >= 0) {
            return NAMING_AFTER.indexOf(text.charAt(t.end())) < 0;
        }
        if ("。！？!?”」\"".indexOf(text.charAt(t.start() - 1)) >= 0) {
            // 王先生说，…。并称，…: opening a sentence before a comma, colon or quotation, 并 goes on from the claim before
            // (SpeechPattern.claimAddedTo); names are never listed that way (与杜甫并称“李杜” has its subject before it)
            return "，,：:“".indexOf(text.charAt(t.end())) >= 0;
        }
        if (Character.UnicodeScript.of(text.codePointBefore(t.start())) != Character.UnicodeScript.HAN) {
            return false;
        }
        return "，,：:".indexOf(text.charAt(t.end())) >= 0
                || "。".indexOf(text.charAt(t.end())) >= 0 && afterQuotationAndSpeaker(text, t.start());
    }

    /** The most Han chars of a speaker between a closing quotation mark and a following 并称 (“…”他并称。). */
    private static final int MAX_QUOTED_SPEAKER_CHARS = 8;

    /**
     * “这个做法巩固了一个原则。”他并称。: a sentence mark and a closing quotation mark, then at most a short run of Han chars
     * (the speaker) right before {@code at}; names jointly called a name (与杜甫并称。, “李杜”二人并称。) have no quoted sentence
     * before their subject.
     */
    private static boolean afterQuotationAndSpeaker(String text, int at) {
        int k = at;
        while (k > 0 && at - k < MAX_QUOTED_SPEAKER_CHARS && Character.UnicodeScript.of(text.codePointBefore(k)) == Character.UnicodeScript.HAN) {
            k--;
        }
        // the quotation closes a sentence (…法律原则。”他并称。); “李杜”二人并称 quotes a name
        return k > 1 && k < at && "”」\"".indexOf(text.charAt(k - 1)) >= 0 && "。！？!?…".indexOf(text.charAt(k - 2)) >= 0;
    }

    /** The test of {@link #isGluedCue} on a token's word and tag alone, before its char indices are made. */
    private static boolean mayBeGluedCue(String w, String pos) {
        return pos.startsWith("nr") && (w.length() == 2 || w.length() == 3 && GLUED_ADVERBS.indexOf(w.charAt(1)) >= 0)
                && PARTY_SUFFIXES.indexOf(w.charAt(0)) >= 0 && GLUED_CUES.indexOf(w.charAt(w.length() - 1)) >= 0;
    }

    /** The tokens in char indices, made on access: only the few near cues are ever read. */
    private static final class TokenView extends AbstractList<CharToken> implements RandomAccess {
        private final DocumentText document;
        private final List<Token> tokens;

        TokenView(DocumentText document, List<Token> tokens) {
            this.document = document;
            this.tokens = tokens;
        }

        @Override
        public CharToken get(int index) {
            Token t = tokens.get(index);
            return new CharToken(t.text(), document.toCharIndex(t.start()), document.toCharIndex(t.end()), t.pos());
        }

        @Override
        public int size() {
            return tokens.size();
        }
    }

    /** The start of a time expression strictly inside {@code t}, or -1. */
    int timeStartInside(CharToken t) {
        for (int c = t.start() + 1; c < t.end(); c++) {
            Integer timeEnd = timeEndByStart.get(c);
            if (timeEnd != null && timeEnd > t.end()) {   // 洛上/周五: runs on; not 金明日 (a name)
                return c;
            }
        }
        return -1;
    }

    /** A mention that starts before {@code t} and covers it. */
    boolean mentionAround(CharToken t) {
        for (int k = firstMentionFrom(t.start()) - 1; k >= 0 && mentions.get(k).start() > t.start() - MAX_MENTION_LOOKBACK; k--) {
            MentionRef m = mentions.get(k);
            if (m.start() < t.start() && m.end() >= t.end()) {
                return true;
            }
        }
        return false;
    }

    /** A mention that starts before {@code t} and ends at its end: {@code t} is that mention's tail. */
    boolean mentionEndsAfterStartBefore(CharToken t) {
        for (int k = firstMentionFrom(t.start()) - 1; k >= 0 && mentions.get(k).start() > t.start() - MAX_MENTION_LOOKBACK; k--) {
            MentionRef m = mentions.get(k);
            if (m.start() < t.start() && m.end() == t.end()) {
                return true;
            }
        }
        return false;
    }

    boolean isTimeAt(int at) {
        return at >= 0 && insideTime.get(at);
    }

    int firstTokenAtOrAfter(int at) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether a token starts at {@code at}: a word boundary of the segmentation. */
    boolean tokenStartsAt(int at) {
        int k = firstTokenAtOrAfter(at);
        return k < tokens.size() && tokens.get(k).start() == at;
    }

    /** Whether a verb (tag v, not the noun-like vn) stands as a word of its own within {@code [start, end)}. */
    boolean holdsVerb(int start, int end) {
        for (int k = firstTokenAtOrAfter(start); k < tokens.size() && tokens.get(k).end() <= end; k++) {
            if (tokens.get(k).pos().startsWith("v") && !tokens.get(k).pos().equals("vn")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code at} falls inside a token, which started before it. */
    boolean insideToken(int at) {
        int k = firstTokenAtOrAfter(at);
        return k < tokens.size() && tokens.get(k).start() < at;
    }

    /** Index of the first mention starting at or after {@code at}. */
    int firstMentionFrom(int at) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    boolean insideMention(int at) {
        // mentions are short: look back over those starting within a name's length
        for (int k = firstMentionFrom(at + 1) - 1; k >= 0 && mentions.get(k).start() > at - MAX_MENTION_LOOKBACK; k--) {
            if (at < mentions.get(k).end()) {
                return true;
            }
        }
        return false;
    }

    List<MentionRef> mentionsWithin(int from, int to) {
        List<MentionRef> out = new ArrayList<>();
        for (int k = firstMentionFrom(from); k < mentions.size() && mentions.get(k).start() < to; k++) {
            MentionRef m = mentions.get(k);
            if (m.end() <= to) {
                out.add(m);
            }
        }
        return out;
    }

    /** The answer of {@link #surnameAntecedent} when two people share the surname: a source, no entity. */
    static final MentionRef AMBIGUOUS_SURNAME = new MentionRef(-1, -1, "", EntityType.PERSON);

    /**
     * 阮表示 after 越南总理阮春福, 毛说 after 毛泽东, 李说 after 迈克·李: a single Han char at {@code at} that opens a
     * Chinese-style name (2–4 Han chars) or ends a name after an interpunct, of a PERSON mentioned earlier in the
     * document, which news use as a short form once the person is named. Such a mention, when every earlier
     * person with that surname is one entity; {@link #AMBIGUOUS_SURNAME} when two people share it; empty when none.
     */
    Optional<MentionRef> surnameAntecedent(int at) {
        char c = text.charAt(at);
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
            return Optional.empty();
        }
        MentionRef found = null;
        for (MentionRef m : mentions) {
            if (m.end() > at) {
                break;
            }
            int length = m.end() - m.start();
            String name = text.substring(m.start(), m.end());
            boolean chinese = length >= 2 && length <= 4 && name.charAt(0) == c
                    && name.codePoints().allMatch(p -> Character.UnicodeScript.of(p) == Character.UnicodeScript.HAN);
            boolean western = length >= 3 && name.charAt(length - 1) == c && "·•‧".indexOf(name.charAt(length - 2)) >= 0;
            if (m.type() != EntityType.PERSON || !(chinese || western)) {
                continue;
            }
            if (found != null && !found.entityId().equals(m.entityId())) {
                return Optional.of(AMBIGUOUS_SURNAME);   // 王毅 and 王岐山: someone of the name speaks, which one a rule cannot say
            }
            found = m;
        }
        return Optional.ofNullable(found);
    }

    Optional<MentionRef> personWithin(int from, int to) {
        MentionRef best = null;
        for (MentionRef m : mentionsWithin(from, to)) {
            if (m.type() == EntityType.PERSON && (best == null || m.end() >= best.end())) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    Optional<MentionRef> mentionEndingAt(int end) {
        MentionRef best = null;
        for (int k = firstMentionFrom(end) - 1; k >= 0 && mentions.get(k).start() > end - MAX_MENTION_LOOKBACK; k--) {
            MentionRef m = mentions.get(k);
            if (m.end() == end && (best == null || m.start() < best.start())) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }
}
