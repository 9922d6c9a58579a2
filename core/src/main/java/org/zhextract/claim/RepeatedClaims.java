package org.zhextract.claim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhextract.claim.ClaimExtractor.ClaimDraft;

/**
 * A claim said twice, as a headline repeating the lead, a subheading repeating the headline or a
 * caption repeating the body: the same speaker (entity, else text) and a content whose letters
 * (quotation marks, bracketed asides and punctuation aside) lie inside the other's, with the same
 * cue or one of them in the first paragraph (the title), in the same paragraph or in a picture's caption: the shorter one
 * goes; of two equal ones, the later. Two in different paragraphs of the body are both kept: the article says it twice.
 */
final class RepeatedClaims {

    /** Shortest content compared: shorter ones repeat by chance. */
    private static final int MIN_REPEATED_CONTENT = 6;
    /** How many later claims of the same speaker each claim is compared with: bounds a page of one speaker's claims. */
    private static final int WINDOW = 64;

    private RepeatedClaims() {
    }

    static void drop(List<ClaimDraft> drafts, String text, ClaimLexicon lexicon) {
        Map<String, List<ClaimDraft>> bySpeaker = new HashMap<>();
        Map<ClaimDraft, String> words = new IdentityHashMap<>();
        for (ClaimDraft d : drafts) {
            if (d.speakerStart >= 0 && !d.frame) {
                String key = d.speakerEntity.orElse("text:" + text.substring(d.speakerStart, d.speakerEnd));
                bySpeaker.computeIfAbsent(key, x -> new ArrayList<>()).add(d);
                words.put(d, wordsOf(d, text));
            }
        }
        Set<ClaimDraft> repeated = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<ClaimDraft> same : bySpeaker.values()) {
            for (int i = 0; i < same.size(); i++) {
                ClaimDraft first = same.get(i);
                String a = words.get(first);
                for (int j = i + 1; j < Math.min(same.size(), i + 1 + WINDOW) && a.length() >= MIN_REPEATED_CONTENT; j++) {
                    ClaimDraft second = same.get(j);
                    if (!first.cue.equals(second.cue) && first.paragraph > 0 && second.paragraph > 0) {
                        continue;
                    }
                    if (first.paragraph > 0 && first.paragraph != second.paragraph && !headingOrCaption(first, text, lexicon)
                            && !headingOrCaption(second, text, lexicon)) {
                        // 他指出，“这会是严重的一步”。 printed in two paragraphs of the body: the article says it twice, and the
                        // golds count both (dev4, dev5); one read twice in its paragraph, a title, a subheading or a caption
                        // repeating the body goes
                        continue;
                    }
                    String b = words.get(second);
                    if (b.length() < MIN_REPEATED_CONTENT) {
                        continue;
                    }
                    if (b.contains(a)) {
                        // of two equal ones the later goes, unless the earlier is a caption or an editorial lead above the body
                        // (编者按：X表示… above X表示…): the body's is the article's own claim, as a second body repeat keeps it
                        boolean captionFirst = first.paragraph > 0 && first.paragraph != second.paragraph
                                && headingOrCaption(first, text, lexicon) && !headingOrCaption(second, text, lexicon);
                        repeated.add(a.length() < b.length() || captionFirst ? first : second);
                    } else if (a.contains(b)) {
                        repeated.add(second);
                    }
                }
            }
        }
        drafts.removeIf(repeated::contains);
    }

    /**
     * Whether the claim's paragraph is a subheading, an editorial label's paragraph or a picture's caption: it ends in no
     * sentence mark (班农呼吁对中共发起直接的金融打击 above the paragraph that says it; 德国警告：中共病毒传播可能会“控制不径”,
     * whose closing quotation mark follows no sentence mark), opens with an editorial or caption label (words.tsv role
     * editoriallabel: 【导读】, 编者按：, 内容摘要：, 图说：), holds a caption marker at its opening, right after an opening
     * bracket or after a sentence's end (role captionmarker: 图为…, （图片来源…）, …迫害。图为…) or ends in a bracketed credit
     * (（网络截图）, （Samira Bouaou /大纪元）).
     * Such a line repeats what the body says, as a title does.
     */
    private static boolean headingOrCaption(ClaimDraft d, String text, ClaimLexicon lexicon) {
        int from = text.lastIndexOf('\n', Math.max(0, d.contentStart - 1)) + 1;
        int to = text.indexOf('\n', d.contentStart);
        String paragraph = text.substring(from, to < 0 ? text.length() : to).strip();
        if (paragraph.isEmpty() || !endsInSentenceMark(paragraph)) {
            return true;
        }
        int opening = 0;
        while (opening < paragraph.length() && OPENING_BRACKETS.indexOf(paragraph.charAt(opening)) >= 0) {
            opening++;
        }
        if (lexicon.longestPrefix("editoriallabel", paragraph, opening, paragraph.length()).isPresent()
                || lexicon.longestPrefix("captionmarker", paragraph, opening, paragraph.length()).isPresent()) {
            return true;
        }
        for (int k = 0; k < paragraph.length() - 1; k++) {
            Optional<String> marker = lexicon.longestPrefix("captionmarker", paragraph, k + 1, paragraph.length());
            if (marker.isPresent() && (CAPTION_MARKER_AFTER.indexOf(paragraph.charAt(k)) >= 0 || "，,".indexOf(paragraph.charAt(k)) >= 0
                    && lexicon.detail("captionmarker", marker.get()).filter("clause"::equals).isPresent())) {
                // …迫害。图为一名藏族妇女… / 他在会上发言（图为会议现场） / …死于中共病毒，图为CDC外观。: what the picture shows
                return true;
            }
        }
        if (paragraph.endsWith("）") || paragraph.endsWith(")")) {
            int open = Math.max(paragraph.lastIndexOf('（'), paragraph.lastIndexOf('('));
            return open >= 0 && paragraph.length() - open <= MAX_CREDIT;
        }
        return false;
    }

    /**
     * Whether a paragraph ends as a sentence of the body: in 。！？… or a closing bracket (read as a caption's credit above),
     * or in closing quotation marks right after one of 。！？… (他说：“……。”); a quotation closing a heading
     * (…可能会“控制不径”) ends no sentence.
     */
    private static boolean endsInSentenceMark(String paragraph) {
        int k = paragraph.length() - 1;
        if (Clauses.CLOSING_QUOTES.indexOf(paragraph.charAt(k)) < 0) {
            return SENTENCE_ENDS.indexOf(paragraph.charAt(k)) >= 0;
        }
        while (k >= 0 && Clauses.CLOSING_QUOTES.indexOf(paragraph.charAt(k)) >= 0) {
            k--;
        }
        return k >= 0 && SENTENCE_MARKS.indexOf(paragraph.charAt(k)) >= 0;
    }

    /** What ends a paragraph of the body (a closing bracket is read as a caption's credit above). */
    private static final String SENTENCE_ENDS = "。！？!?…）)";
    /** Marks that end a sentence inside closing quotation marks. */
    private static final String SENTENCE_MARKS = "。！？!?…";
    private static final String OPENING_BRACKETS = "【[（(〔";
    /** What a caption marker follows inside a caption: an opening bracket or a sentence's end. */
    private static final String CAPTION_MARKER_AFTER = "（(。！？!?";

    /** Longest bracketed credit closing a caption, brackets included. */
    private static final int MAX_CREDIT = 40;

    /** The letters and digits of a content outside brackets. */
    private static String wordsOf(ClaimDraft d, String text) {
        return lettersOutsideBrackets(text, d.contentStart, d.contentEnd);
    }

    /** The letters and digits of {@code text[from, to)} outside round brackets (asides such as （图为……）). */
    static String lettersOutsideBrackets(String text, int from, int to) {
        StringBuilder b = new StringBuilder();
        int depth = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
