package org.zhextract.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A regex that runs only on text holding the literals every match must contain
 * ({@link RequiredLiterals}), found first with plain substring search. Results are exactly the
 * regex's; what changes is the cost on text that cannot match, which for most line rules is most
 * lines: a few {@code indexOf} calls instead of an attempt at every position of the line.
 *
 * <pre>{@code
 * PrefilteredPattern link = PrefilteredPattern.compile("原文(链接|地址)");   // needs 原文链接 or 原文地址
 * link.find("外交部发言人表示");                                             // false, regex not run
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
final class PrefilteredPattern {

    private final Pattern pattern;
    /** Each clause: at least one of these literals occurs in any text the regex finds something in. */
    private final String[][] clauses;
    /** Every match begins with one of these (empty: not known), so the regex starts at the first. */
    private final String[] starts;
    /** The clauses but the one the start literals make (finding a start checks that one). */
    private final String[][] clausesBesideStarts;
    /** The literals are ASCII-lowered (a case-insensitive regex) and some hold a letter. */
    private final boolean lowersText;

    private PrefilteredPattern(Pattern pattern) {
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        List<Set<String>> required = RequiredLiterals.of(pattern);
        this.clauses = required.stream().map(clause -> clause.toArray(String[]::new)).toArray(String[][]::new);
        Set<String> startSet = RequiredLiterals.starts(pattern);
        this.starts = startSet.toArray(String[]::new);
        this.clausesBesideStarts = required.stream().filter(clause -> !clause.equals(startSet))
                .map(clause -> clause.toArray(String[]::new)).toArray(String[][]::new);
        this.lowersText = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0
                && Stream.concat(required.stream().flatMap(Set::stream), Arrays.stream(starts))
                .anyMatch(s -> s.chars().anyMatch(c -> c >= 'a' && c <= 'z'));
    }

    static PrefilteredPattern of(Pattern pattern) {
        return new PrefilteredPattern(pattern);
    }

    static PrefilteredPattern compile(String regex) {
        return new PrefilteredPattern(Pattern.compile(regex));
    }

    static PrefilteredPattern compile(String regex, int flags) {
        return new PrefilteredPattern(Pattern.compile(regex, flags));
    }

    Pattern pattern() {
        return pattern;
    }

    /** The literals every match starts with (empty: not known). */
    List<String> startLiterals() {
        return List.of(starts);
    }

    /** The literal clauses checked before the regex runs (empty: the regex always runs). */
    List<List<String>> requiredLiterals() {
        return Arrays.stream(clauses).map(List::of).toList();
    }

    /**
     * False only when the regex cannot find anything in the text (so it cannot match the whole
     * text either): a clause has none of its literals in it.
     */
    boolean mayFind(String text) {
        String searched = lowersText ? RequiredLiterals.asciiLowerCase(text) : text;
        return holdsAll(clauses, searched::contains);
    }

    /** {@link #mayFind(String)} on a sketched line: literals it lacks a character of cost no search. */
    boolean mayFind(SketchedText text) {
        SketchedText searched = lowersText ? text.lowered() : text;
        return holdsAll(clauses, searched::contains);
    }

    /** {@code pattern().matcher(text).find()}. */
    boolean find(String text) {
        String searched = lowersText ? RequiredLiterals.asciiLowerCase(text) : text;
        if (!holdsAll(clausesBesideStarts, searched::contains)) {
            return false;
        }
        int start = nextStart(searched, 0);
        return start >= 0 && pattern.matcher(text).find(start);
    }

    /**
     * {@code pattern().matcher(text).results()}: every match, in order. The regex is tried only
     * from where a start literal occurs, which on a long text skips most of it.
     */
    List<MatchResult> findAll(String text) {
        String searched = lowersText ? RequiredLiterals.asciiLowerCase(text) : text;
        if (!holdsAll(clausesBesideStarts, searched::contains)) {
            return List.of();
        }
        List<MatchResult> matches = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int from = nextStart(searched, 0);
        // find(from) looks behind from as find() does; an empty match moves on by one, as find() does.
        while (from >= 0 && m.find(from)) {
            matches.add(m.toMatchResult());
            from = nextStart(searched, m.end() == m.start() ? m.end() + 1 : m.end());
        }
        return matches;
    }

    /** Where, at or after from, a match can begin: the next start literal; -1 if none is left. */
    private int nextStart(String searched, int from) {
        if (starts.length == 0) {
            return from <= searched.length() ? from : -1;
        }
        int next = -1;
        for (String start : starts) {
            int at = searched.indexOf(start, from);
            if (at >= 0 && (next < 0 || at < next)) {
                next = at;
            }
        }
        return next;
    }

    /** {@code pattern().matcher(text).matches()}. */
    boolean matches(SketchedText text) {
        return mayFind(text) && pattern.matcher(text.text()).matches();
    }

    /** The match when the regex matches the whole text ({@code matches()}), for its groups. */
    Optional<MatchResult> wholeMatch(SketchedText text) {
        if (!mayFind(text)) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(text.text());
        return m.matches() ? Optional.of(m.toMatchResult()) : Optional.empty();
    }

    /** {@code pattern().matcher(text).replaceAll(replacement)}. */
    String replaceAll(String text, String replacement) {
        return mayFind(text) ? pattern.matcher(text).replaceAll(replacement) : text;
    }

    /** {@link #replaceAll(String, String)} on a sketched line, sketching the result if it differs. */
    SketchedText replaceAll(SketchedText text, String replacement) {
        return mayFind(text) ? sketchedIfChanged(text, pattern.matcher(text.text()).replaceAll(replacement)) : text;
    }

    /** {@code pattern().matcher(text).replaceAll(replacer)} on a sketched line, sketching the result if it differs. */
    SketchedText replaceAll(SketchedText text, Function<MatchResult, String> replacer) {
        return mayFind(text) ? sketchedIfChanged(text, pattern.matcher(text.text()).replaceAll(replacer)) : text;
    }

    private static SketchedText sketchedIfChanged(SketchedText before, String after) {
        return after.equals(before.text()) ? before : SketchedText.of(after);
    }

    /** Every clause has a literal for which holds is true. */
    private static boolean holdsAll(String[][] clauses, Predicate<String> holds) {
        for (String[] clause : clauses) {
            if (!holdsAny(clause, holds)) {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsAny(String[] literals, Predicate<String> holds) {
        for (String literal : literals) {
            if (holds.test(literal)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}
