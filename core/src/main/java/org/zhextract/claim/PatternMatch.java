package org.zhextract.claim;

import org.zhextract.claim.ClaimExtractor.ClaimDraft;

/**
 * A claim one cue pattern read at a cue: its draft, where the paragraph scan resumes, and whether
 * its content was the next paragraph's quotation (so that paragraph is not scanned again).
 */
record PatternMatch(ClaimDraft draft, int resumeAt, boolean tookNextParagraph) {
}
