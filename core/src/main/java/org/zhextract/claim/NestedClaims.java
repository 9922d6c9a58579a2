package org.zhextract.claim;

import java.util.List;
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

    NestedClaims(ClaimLexicon lexicon, List<ClaimDraft> drafts, Clauses clauses, ContentFinder contents) {
        this.lexicon = lexicon;
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
                if (end - d.contentStart >= 2 && end < d.contentEnd) {
                    d.contentEnd = end;
                    d.form = contents.hasQuotedSpeech(d.contentStart, end) ? ClaimForm.MIXED : ClaimForm.INDIRECT;
                    break;
                }
            }
        }
    }
}
