package org.zhextract.entity;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a regex over a whole document, tried only at the chars where a match can start.
 * {@link Matcher#find()} attempts the regex at every char of the text, lookbehinds and all; for a
 * pattern whose every match starts with a char of a kind the text seldom has (a capital Latin
 * letter in Chinese text, an opening bracket) a plain loop over the chars finds the few places
 * worth an attempt. The matches are exactly {@code find()}'s: the first position where the regex
 * matches is the same, as no position the filter skips can start one; the regex sees the text
 * around the attempt (transparent bounds), so its lookbehinds and lookaheads read what they read
 * under {@code find()}. Not for patterns that may match the empty string or use {@code ^}, {@code $}
 * or {@code \G}. One per scan; not thread-safe.
 */
final class StartFilteredScan {

    private final Matcher matcher;
    private final String text;
    private final IntPredicate canStartAt;
    private int from;

    /**
     * @param canStartAt whether a match may start at a char index; false must be certain (a match
     *                   starting there would be skipped)
     */
    StartFilteredScan(Pattern pattern, String text, IntPredicate canStartAt) {
        this.matcher = pattern.matcher(text).useTransparentBounds(true);
        this.text = text;
        this.canStartAt = canStartAt;
    }

    /** Moves to the next match, as {@code find()} does; false when none is left. */
    boolean find() {
        for (int at = from; at < text.length(); at++) {
            if (canStartAt.test(at)) {
                matcher.region(at, text.length());
                if (matcher.lookingAt()) {
                    from = matcher.end();
                    return true;
                }
            }
        }
        from = text.length();
        return false;
    }

    /** The matcher, positioned on the last match {@link #find()} returned true for (group, start, end). */
    Matcher matcher() {
        return matcher;
    }
}
