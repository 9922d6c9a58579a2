package org.zhextract.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The literal text that every match of a regex must contain, read off the regex itself: a list
 * of clauses, each a set of strings of which at least one occurs in any text the regex finds
 * something in. {@code 原文(链接|地址)} gives {@code [{原文链接, 原文地址}]};
 * {@code [（(]\s*[)）]} gives {@code [{（, (}, {), ）}]}; {@code ^.{0,12}$} gives nothing.
 *
 * <p>The reading is conservative: character classes with ranges or escapes, unbounded
 * repetition and the like only mean "some text" and add no clause, optional parts add none, and
 * a regex using a construct the reader does not know (inline flags, {@code \Q}, {@code \x})
 * gets no clauses at all. So a clause may be weaker than it could be, never wrong.
 *
 * <p>For a {@link Pattern#CASE_INSENSITIVE} regex (ASCII case folding, as Java does without
 * {@link Pattern#UNICODE_CASE}) the literals are in ASCII lower case and must be looked for in
 * text lowered the same way ({@link #asciiLowerCase}).
 */
final class RequiredLiterals {

    /** Exact sets larger than this stop growing: their words only feed clauses. */
    private static final int MAX_EXACT = 16;
    /** A clause with more alternatives than this costs more to check than it saves. */
    private static final int MAX_CLAUSE = 32;
    /** An alternation keeps at most this many combined clauses. */
    private static final int MAX_COMBINATIONS = 4;
    private static final int SUPPORTED_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.DOTALL;
    /** Most selective first: longer shortest literal, then fewer literals. */
    private static final Comparator<Set<String>> SELECTIVE_FIRST = Comparator
            .comparingInt((Set<String> clause) -> -shortest(clause)).thenComparingInt(Set::size);

    private final String regex;
    private final boolean lowerCase;
    private int pos;

    private RequiredLiterals(String regex, boolean lowerCase) {
        this.regex = regex;
        this.lowerCase = lowerCase;
    }

    /** The clauses of a compiled pattern, most selective first; empty when nothing is known. */
    static List<Set<String>> of(Pattern pattern) {
        return read(pattern).clauses().stream().map(Set::copyOf).toList();
    }

    /**
     * Strings one of which every match starts with ({@code 原文(链接|地址)：} gives
     * {@code 原文链接：, 原文地址：}), so no match begins before the first of them in a text;
     * empty when not known.
     */
    static Set<String> starts(Pattern pattern) {
        Set<String> starts = read(pattern).starts();
        return starts == null || starts.contains("") ? Set.of() : Set.copyOf(starts);
    }

    private static Facts read(Pattern pattern) {
        if ((pattern.flags() & ~SUPPORTED_FLAGS) != 0) {
            return Facts.ANY;
        }
        RequiredLiterals reader = new RequiredLiterals(pattern.pattern(), (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0);
        try {
            Facts facts = reader.alternation();
            return reader.pos == reader.regex.length() ? facts : Facts.ANY;
        } catch (Unsupported e) {
            return Facts.ANY;
        }
    }

    /** The text with A–Z lowered and every other character kept: Java's default case folding. */
    static String asciiLowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] chars = text.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    if (chars[j] >= 'A' && chars[j] <= 'Z') {
                        chars[j] += 'a' - 'A';
                    }
                }
                return new String(chars);
            }
        }
        return text;
    }

    /**
     * What is known of the text a piece of regex matches: {@code exact} is every string it can
     * match when that is a small known set (else null); each of {@code clauses} has at least one
     * member inside any match; every match starts with one of {@code starts} (null: not known).
     */
    private record Facts(Set<String> exact, List<Set<String>> clauses, Set<String> starts) {
        static final Facts ANY = new Facts(null, List.of(), null);
        static final Facts EMPTY = new Facts(Set.of(""), List.of(), Set.of(""));

        static Facts literal(Set<String> strings) {
            return new Facts(strings, List.of(strings), strings);
        }
    }

    /** A construct this reader does not interpret: the regex gets no clauses. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private Facts alternation() {
        List<Facts> branches = new ArrayList<>();
        branches.add(sequence());
        while (pos < regex.length() && regex.charAt(pos) == '|') {
            pos++;
            branches.add(sequence());
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        Set<String> exact = new LinkedHashSet<>();
        // (A1 and A2) or (B1 and B2) = (A1 or B1) and (A1 or B2) and (A2 or B1) and (A2 or B2):
        // every combination while they are few, else each branch's most selective clause only.
        List<Set<String>> clauses = List.of(Set.of());
        Set<String> starts = new LinkedHashSet<>();
        for (Facts branch : branches) {
            if (starts != null && branch.starts() != null && starts.size() + branch.starts().size() <= MAX_CLAUSE) {
                starts.addAll(branch.starts());
            } else {
                starts = null;
            }
            if (exact != null && branch.exact() != null && exact.size() + branch.exact().size() <= MAX_EXACT) {
                exact.addAll(branch.exact());
            } else {
                exact = null;
            }
            List<Set<String>> own = clauses.size() * branch.clauses().size() <= MAX_COMBINATIONS
                    ? branch.clauses() : branch.clauses().subList(0, Math.min(1, branch.clauses().size()));
            List<Set<String>> next = new ArrayList<>();
            for (Set<String> clause : clauses) {
                for (Set<String> alternative : own) {
                    Set<String> union = new LinkedHashSet<>(clause);
                    union.addAll(alternative);
                    if (union.size() <= MAX_CLAUSE) {
                        next.add(union);
                    }
                }
            }
            clauses = next;
        }
        return new Facts(exact, normalized(clauses), starts);
    }

    /**
     * A concatenation: neighbours with exact sets join into longer literals ({@code 原文} and
     * {@code (链接|地址)} into {@code 原文链接, 原文地址}); every part's clauses hold for the whole.
     * A match starts with the exact parts in front, then with how the first other part starts.
     */
    private Facts sequence() {
        List<Set<String>> clauses = new ArrayList<>();
        Set<String> run = Set.of("");
        boolean exactWhole = true;
        Set<String> starts = Set.of("");
        boolean startsGrowing = true;
        while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
            Facts part = quantified(atom());
            clauses.addAll(part.clauses());
            if (startsGrowing) {
                Set<String> next = part.exact() != null ? part.exact() : part.starts();
                boolean fits = next != null && starts.size() * next.size() <= MAX_EXACT;
                if (fits) {
                    starts = product(starts, next);
                }
                startsGrowing = fits && part.exact() != null;
            }
            if (run != null && part.exact() != null && run.size() * part.exact().size() <= MAX_EXACT) {
                run = product(run, part.exact());
            } else {
                if (run != null) {
                    clauses.add(run);
                }
                exactWhole = false;
                run = part.exact();
            }
        }
        if (run != null) {
            clauses.add(run);
        }
        return new Facts(exactWhole ? run : null, normalized(clauses), starts);
    }

    private Facts quantified(Facts atom) {
        if (pos >= regex.length()) {
            return atom;
        }
        int min;
        int max;
        char c = regex.charAt(pos);
        if (c == '?') {
            min = 0;
            max = 1;
            pos++;
        } else if (c == '*') {
            min = 0;
            max = Integer.MAX_VALUE;
            pos++;
        } else if (c == '+') {
            min = 1;
            max = Integer.MAX_VALUE;
            pos++;
        } else if (c == '{') {
            int close = regex.indexOf('}', pos);
            String[] bounds = regex.substring(pos + 1, close).split(",", -1);
            min = Integer.parseInt(bounds[0].strip());
            max = bounds.length == 1 ? min : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].strip());
            pos = close + 1;
        } else {
            return atom;
        }
        if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
            pos++; // lazy or possessive: the same strings match
        }
        if (min == 1 && max == 1) {
            return atom;
        }
        if (min == 0) {
            if (max == 1 && atom.exact() != null) {
                Set<String> exact = new LinkedHashSet<>(atom.exact());
                exact.add("");
                return new Facts(exact, List.of(), exact);
            }
            return Facts.ANY;
        }
        // At least min repetitions in a row: with a small exact set, their product is required.
        List<Set<String>> clauses = new ArrayList<>(atom.clauses());
        Set<String> repeated = min <= MAX_EXACT ? Set.of("") : null;
        for (int i = 0; i < min && repeated != null; i++) {
            repeated = atom.exact() != null && repeated.size() * atom.exact().size() <= MAX_EXACT
                    ? product(repeated, atom.exact()) : null;
        }
        if (repeated != null) {
            clauses.add(repeated);
        }
        Set<String> exact = min == max ? repeated : null;
        return new Facts(exact, normalized(clauses), exact != null ? exact : atom.starts());
    }

    private Facts atom() {
        int c = regex.codePointAt(pos);
        pos += Character.charCount(c);
        return switch (c) {
            case '(' -> group();
            case '[' -> characterClass();
            case '.' -> Facts.ANY;
            case '^', '$' -> Facts.EMPTY;
            case '\\' -> escape();
            case '*', '+', '?', '{' -> throw new Unsupported();
            default -> Facts.literal(Set.of(literal(c)));
        };
    }

    private Facts group() {
        boolean zeroWidth = false;
        if (regex.startsWith("?", pos)) {
            if (regex.startsWith("?:", pos) || regex.startsWith("?>", pos)) {
                pos += 2;
            } else if (regex.startsWith("?=", pos) || regex.startsWith("?!", pos)) {
                pos += 2;
                zeroWidth = true;
            } else if (regex.startsWith("?<=", pos) || regex.startsWith("?<!", pos)) {
                pos += 3;
                zeroWidth = true;
            } else if (regex.startsWith("?<", pos)) {
                pos = regex.indexOf('>', pos) + 1;
            } else {
                throw new Unsupported(); // inline flags
            }
        }
        Facts inside = alternation();
        if (pos >= regex.length() || regex.charAt(pos) != ')') {
            throw new Unsupported();
        }
        pos++;
        // A lookaround's text is not part of the match, and a negative one is absent anyway.
        return zeroWidth ? Facts.EMPTY : inside;
    }

    /** A class of plain characters is a set of one-character literals; any other only "some character". */
    private Facts characterClass() {
        boolean plain = true;
        if (regex.startsWith("^", pos)) {
            plain = false;
            pos++;
        }
        if (regex.startsWith("]", pos)) {
            throw new Unsupported();
        }
        Set<String> chars = new LinkedHashSet<>();
        while (true) {
            if (pos >= regex.length()) {
                throw new Unsupported();
            }
            int c = regex.codePointAt(pos);
            pos += Character.charCount(c);
            if (c == ']') {
                break;
            } else if (c == '[') {
                characterClass();
                plain = false;
            } else if (c == '\\') {
                Facts escaped = escape();
                if (escaped.exact() == null || escaped.exact().contains("")) {
                    plain = false;
                } else {
                    chars.addAll(escaped.exact());
                }
            } else if (c == '-' && (chars.isEmpty() && plain || regex.startsWith("]", pos))) {
                chars.add("-"); // first or last in the class: a plain hyphen, not a range
            } else if (c == '-' || c == '&') {
                plain = false;
            } else {
                chars.add(literal(c));
            }
        }
        return plain && !chars.isEmpty() && chars.size() <= MAX_CLAUSE ? Facts.literal(chars) : Facts.ANY;
    }

    private Facts escape() {
        if (pos >= regex.length()) {
            throw new Unsupported();
        }
        int c = regex.codePointAt(pos);
        pos += Character.charCount(c);
        if (!Character.isLetterOrDigit(c)) {
            return Facts.literal(Set.of(literal(c)));
        }
        return switch (c) {
            case 't' -> Facts.literal(Set.of("\t"));
            case 'n' -> Facts.literal(Set.of("\n"));
            case 'r' -> Facts.literal(Set.of("\r"));
            case 'f' -> Facts.literal(Set.of("\f"));
            case 'a' -> Facts.literal(Set.of("\u0007"));
            case 'e' -> Facts.literal(Set.of("\u001B"));
            case 'u' -> {
                int code = Integer.parseInt(regex.substring(pos, pos + 4), 16);
                pos += 4;
                yield Facts.literal(Set.of(literal(code)));
            }
            case 'b' -> {
                if (regex.startsWith("{", pos)) {
                    throw new Unsupported();
                }
                yield Facts.EMPTY;
            }
            case 'B', 'A', 'z', 'Z' -> Facts.EMPTY;
            case 's', 'S', 'd', 'D', 'w', 'W', 'h', 'H', 'v', 'V', 'R', 'X' -> Facts.ANY;
            case 'p', 'P' -> {
                if (regex.startsWith("{", pos)) {
                    pos = regex.indexOf('}', pos) + 1;
                } else {
                    pos++;
                }
                yield Facts.ANY;
            }
            case '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
                // A back reference repeats some earlier text: nothing known. Java reads as many
                // digits as name a group; taking them all can only lose a literal, never invent one.
                while (pos < regex.length() && Character.isDigit(regex.charAt(pos))) {
                    pos++;
                }
                yield Facts.ANY;
            }
            default -> throw new Unsupported(); // \Q, \x, \0, \c, \N, \k, \G (the previous match's end)
        };
    }

    private String literal(int codePoint) {
        String s = Character.toString(codePoint);
        return lowerCase ? asciiLowerCase(s) : s;
    }

    private static Set<String> product(Set<String> left, Set<String> right) {
        Set<String> out = new LinkedHashSet<>();
        for (String l : left) {
            for (String r : right) {
                out.add(l + r);
            }
        }
        return out;
    }

    /**
     * Equivalent clauses, fewer and simpler: a literal containing another literal of its clause
     * adds nothing; a clause implied by another (each of whose literals contains one of its own)
     * goes; a clause that the empty string satisfies says nothing.
     */
    private static List<Set<String>> normalized(List<Set<String>> clauses) {
        List<Set<String>> simple = new ArrayList<>();
        for (Set<String> clause : clauses) {
            if (clause.contains("")) {
                continue;
            }
            Set<String> kept = new LinkedHashSet<>();
            for (String s : clause) {
                if (clause.stream().noneMatch(other -> !other.equals(s) && s.contains(other))) {
                    kept.add(s);
                }
            }
            if (!simple.contains(kept)) {
                simple.add(kept);
            }
        }
        List<Set<String>> out = new ArrayList<>();
        for (Set<String> clause : simple) {
            boolean implied = simple.stream().anyMatch(other -> other != clause && implies(other, clause));
            if (!implied) {
                out.add(clause);
            }
        }
        out.sort(SELECTIVE_FIRST);
        return out;
    }

    /** True when any text holding a literal of {@code stronger} also holds one of {@code weaker}. */
    private static boolean implies(Set<String> stronger, Set<String> weaker) {
        return stronger.stream().allMatch(s -> weaker.stream().anyMatch(s::contains));
    }

    private static int shortest(Set<String> clause) {
        return clause.stream().mapToInt(String::length).min().orElse(0);
    }
}
