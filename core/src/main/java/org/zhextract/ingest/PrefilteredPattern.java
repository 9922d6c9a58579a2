package org.zhextract.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /** The literals are ASCII-lowered (a case-insensitive regex) and some hold a letter. */
    private final boolean lowersText;

    private PrefilteredPattern(Pattern pattern) {
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        List<Set<String>> required = RequiredLiterals.of(pattern);
        this.clauses = required.stream().map(clause -> clause.toArray(String[]::new)).toArray(String[][]::new);
        this.lowersText = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0 && required.stream()
                .flatMap(Set::stream).anyMatch(s -> s.chars().anyMatch(c -> c >= 'a' && c <= 'z'));
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

    /** The literal clauses checked before the regex runs (empty: the regex always runs). */
    List<List<String>> requiredLiterals() {
        return Arrays.stream(clauses).map(List::of).toList();
    }

    /**
     * False only when the regex cannot find anything in the text (so it cannot match the whole
     * text either): a clause has none of its literals in it.
     */
    boolean mayFind(String text) {
        return mayFind(text, lowersText ? RequiredLiterals.asciiLowerCase(text) : text);
    }

    /**
     * {@link #mayFind(String)} given also the text's {@link RequiredLiterals#asciiLowerCase}: for
     * many patterns tried on one text, which is then lowered once.
     */
    boolean mayFind(String text, String asciiLowered) {
        String searched = lowersText ? asciiLowered : text;
        for (String[] clause : clauses) {
            if (!containsAny(searched, clause)) {
                return false;
            }
        }
        return true;
    }

    /** {@code pattern().matcher(text).find()}. */
    boolean find(String text) {
        return mayFind(text) && pattern.matcher(text).find();
    }

    /** {@code pattern().matcher(text).results()}: every match, in order. */
    List<MatchResult> findAll(String text) {
        return mayFind(text) ? pattern.matcher(text).results().toList() : List.of();
    }

    /** {@code pattern().matcher(text).matches()}. */
    boolean matches(String text) {
        return mayFind(text) && pattern.matcher(text).matches();
    }

    /** The match when the regex matches the whole text ({@code matches()}), for its groups. */
    Optional<MatchResult> wholeMatch(String text) {
        if (!mayFind(text)) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(text);
        return m.matches() ? Optional.of(m.toMatchResult()) : Optional.empty();
    }

    /** {@code pattern().matcher(text).replaceAll(replacement)}. */
    String replaceAll(String text, String replacement) {
        return mayFind(text) ? pattern.matcher(text).replaceAll(replacement) : text;
    }

    /** {@code pattern().matcher(text).replaceAll(replacer)}. */
    String replaceAll(String text, Function<MatchResult, String> replacer) {
        return mayFind(text) ? pattern.matcher(text).replaceAll(replacer) : text;
    }

    private static boolean containsAny(String text, String[] literals) {
        for (String literal : literals) {
            if (text.contains(literal)) {
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
