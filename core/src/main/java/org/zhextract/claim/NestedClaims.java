package org.zhextract.claim;

import java.util.List;
import java.util.Optional;
import org.zhextract.claim.ClaimExtractor.ClaimDraft;
import org.zhextract.model.ClaimForm;

/**
 * Settles, once a document is read, the claims found inside another claim's content: a frame
 * around a claim only names its medium, and a content stops before another speaker's clause.
 */
final class NestedClaims {

    private final ClaimLexicon lexicon;
    private final List<ClaimDraft> drafts;
    private final Clauses clauses;
    private final ContentFinder contents;
    private final String text;

    NestedClaims(ClaimLexicon lexicon, String text, List<ClaimDraft> drafts, Clauses clauses, ContentFinder contents) {
        this.lexicon = lexicon;
        this.text = text;
        this.drafts = drafts;
        this.clauses = clauses;
        this.contents = contents;
    }

    /**
     * 据财新网报导，…，方案显示，…; 主持人称，民意调查显示，…: what a record or study shows (a cue of
     * role {@code evidence}) inside another claim's content is part of what that claim reports. Run
     * before frames are dropped, so that the frame keeps its claim.
     */
    void dropEvidenceInsideContents() {
        drafts.removeIf(inner -> lexicon.is("evidence", inner.cue) && drafts.stream().anyMatch(outer -> outer != inner
                && !lexicon.is("evidence", outer.cue) && inner.cueStart >= outer.contentStart && inner.cueStart < outer.contentEnd));
    }

    /** 根据X，Y说，…: the frame names Y's medium, not a claim of its own. */
    void dropFramesAroundClaims() {
        List<ClaimDraft> frames = drafts.stream().filter(d -> d.frame).toList();
        for (ClaimDraft frame : frames) {
            for (ClaimDraft inner : drafts) {
                if (inner != frame && !inner.frame && inner.cueStart >= frame.contentStart && inner.cueStart < frame.contentEnd) {
                    if (inner.via.isEmpty()) {
                        inner.via = frame.via;
                    }
                    drafts.remove(frame);
                    break;
                }
            }
        }
    }

    /**
     * A news report as a claim: its cue is one (报道, 报导称: role {@code newsreport}) or its source is
     * (报道说, 美国之音的报道指出). Such a claim relays: when its content opens with another source's
     * claim, that source speaks, through the report.
     */
    static boolean isNewsReport(ClaimLexicon lexicon, String text, ClaimDraft d) {
        if (d.cue != null && lexicon.longestPrefix("newsreport", d.cue, 0, d.cue.length()).isPresent()) {
            return true;
        }
        if (d.speakerStart >= 0 && lexicon.is("gluedwriting", text.substring(d.speakerStart, d.speakerEnd))) {
            return true;   // 书中说，玛丽安认为…, 文中提及，李兆基曾经说“…”: the writing relays the words it quotes, as a report does
        }
        Optional<String> report = d.speakerStart >= 0 ? lexicon.longestSuffix("newsreport", text, d.speakerStart, d.speakerEnd)
                : Optional.empty();
        if (report.isEmpty()) {
            return false;
        }
        // the report itself speaks (报道说, 美国之音的报道说, 该报道指出), not a phrase run into the source
        // (FOX新闻台在采访报道中指出: the station speaks, 在采访报道中 is where)
        int before = d.speakerEnd - report.get().length() - 1;
        return before < d.speakerStart || "的篇该此这".indexOf(text.charAt(before)) >= 0;
    }

    /**
     * 中央人民广播电台报导，李克强指出，…; 路透社报道说，一位官员表示，…: a news report whose content opens with another
     * source's claim names that claim's medium, as the frame 据X报道，Y说 does, and is no claim of its own (a
     * statement's content, 联合声明说，俄罗斯重申…, stays the statement's: only reports relay).
     */
    void dropReportsAroundClaims() {
        List<ClaimDraft> reports = drafts.stream().filter(d -> !d.frame && isNewsReport(lexicon, text, d)).toList();
        for (ClaimDraft report : reports) {
            int opening = clauses.skipLeading(report.contentStart, report.contentEnd);
            for (ClaimDraft inner : drafts) {
                if (inner != report && inner.speakerStart == opening && inner.cueStart > opening && inner.cueStart < report.contentEnd) {
                    if (inner.via.isEmpty()) {
                        inner.via = report.via.isPresent() ? report.via
                                : lexicon.longestSuffix("newsreport", text, report.speakerStart, report.speakerEnd);
                    }
                    drafts.remove(report);
                    break;
                }
            }
        }
    }

    /**
     * A说，…，B则认为，…: A's content stops before B's clause, the first one inside it that leaves
     * A at least two characters. The speakers' starts are sorted once, so each content looks only at
     * the speakers inside it.
     */
    void clampContents() {
        int[] starts = drafts.stream().mapToInt(d -> d.speakerStart).filter(s -> s >= 0).sorted().toArray();
        for (ClaimDraft d : drafts) {
            if (d.form == ClaimForm.DIRECT) {
                continue;
            }
            int k = java.util.Arrays.binarySearch(starts, d.contentStart + 1);
            k = k < 0 ? -k - 1 : k;
            while (k > 0 && starts[k - 1] > d.contentStart) {
                k--;   // binarySearch finds any of equal keys
            }
            for (; k < starts.length && starts[k] < d.contentEnd; k++) {
                if (starts[k] == d.speakerStart) {
                    continue;   // its own speaker
                }
                int end = clauses.trimEnd(d.contentStart, clauses.clauseStart(starts[k]));
                if (clauses.framingOnly(d.contentStart, end)) {
                    // 他说，在美国的压力下，台湾…; 孔杰荣说，两年前许章润在日本治病时，他就曾劝说…: the phrase or the clause of time
                    // frames the clause after it, which is what was said
                    continue;
                }
                if (end - d.contentStart >= 2 && end < d.contentEnd) {
                    d.contentEnd = end;
                    d.form = contents.hasQuotedSpeech(d.contentStart, end) ? ClaimForm.MIXED : ClaimForm.INDIRECT;
                    break;
                }
            }
        }
    }
}
