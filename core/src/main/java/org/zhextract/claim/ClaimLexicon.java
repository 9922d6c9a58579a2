package org.zhextract.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.zhextract.text.ResourceLines;

/**
 * The cue lexicon ({@code cues.tsv}: cue word, kind, argument pattern, medium) and the word lists
 * the claim stage reads around cues ({@code words.tsv}: titles, media, pronouns, …), both UTF-8
 * resources of this package. Loaded once, then immutable and thread-safe.
 */
public final class ClaimLexicon {

    /** What a lexicon entry is. */
    enum Kind { SPEECH, REPORT, FRAME, RELAY, NOT_CUE, SOURCELESS }

    /** How a cue finds its source and content; see the header of cues.tsv. */
    enum Pattern { SUBJECT, SUBJECT_COMMA, SUBJECT_COLON, ADDRESSEE, SOURCE_BEFORE, VIEW, CONDUIT, NONE }

    /** One line of cues.tsv. */
    record Cue(String word, Kind kind, Pattern pattern, Optional<String> medium) {
        Cue {
            Objects.requireNonNull(word, "word");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(medium, "medium");
            if (word.isEmpty()) {
                throw new IllegalArgumentException("empty cue");
            }
        }
    }

    /** Entries by first char, longest first, so matching at a position tries longest first. */
    private final Map<Character, List<Cue>> cuesByFirstChar;
    private final Map<String, Map<String, String>> wordsByRole;
    /** Per role, words by first char, longest first: lookups at a position never scan the text. */
    private final Map<String, Map<Character, List<String>>> wordsByRoleAndFirstChar;
    private final Map<String, Map<Character, List<String>>> wordsByRoleAndLastChar;
    /** Whether an entry of cues.tsv starts with a char: the scan over every char asks this first. */
    private final Set<String> sourceWords;
    private final boolean[] startsAnEntry = new boolean[Character.MAX_VALUE + 1];

    private ClaimLexicon(Map<Character, List<Cue>> cuesByFirstChar, Map<String, Map<String, String>> wordsByRole) {
        this.cuesByFirstChar = cuesByFirstChar;
        this.wordsByRole = wordsByRole;
        Map<String, Map<Character, List<String>>> index = new HashMap<>();
        wordsByRole.forEach((role, words) -> {
            Map<Character, List<String>> byChar = new HashMap<>();
            words.keySet().forEach(w -> byChar.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w));
            Map<Character, List<String>> frozen = new HashMap<>();
            byChar.forEach((c, list) -> frozen.put(c, list.stream()
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList()));
            index.put(role, Map.copyOf(frozen));
        });
        this.wordsByRoleAndFirstChar = Map.copyOf(index);
        Map<String, Map<Character, List<String>>> byLast = new HashMap<>();
        wordsByRole.forEach((role, words) -> {
            Map<Character, List<String>> byChar = new HashMap<>();
            words.keySet().forEach(w -> byChar.computeIfAbsent(w.charAt(w.length() - 1), c -> new ArrayList<>()).add(w));
            Map<Character, List<String>> frozen = new HashMap<>();
            byChar.forEach((c, list) -> frozen.put(c, list.stream()
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList()));
            byLast.put(role, Map.copyOf(frozen));
        });
        this.wordsByRoleAndLastChar = Map.copyOf(byLast);
        cuesByFirstChar.keySet().forEach(c -> startsAnEntry[c] = true);
        Set<String> source = new java.util.HashSet<>();
        for (String role : List.of("title", "medium", "descriptive", "pronoun")) {
            source.addAll(wordsByRole.getOrDefault(role, Map.of()).keySet());
        }
        this.sourceWords = Set.copyOf(source);
    }

    /** Whether a word is a title, medium, descriptive head or pronoun: always part of a source phrase. */
    boolean isSourceWord(String word) {
        return sourceWords.contains(word);
    }

    /** Loads the lexicon shipped with the library. */
    public static ClaimLexicon load() {
        Map<Character, List<Cue>> cues = new HashMap<>();
        readTsv("cues.tsv", fields -> {
            Kind kind = Kind.valueOf(fields[1].toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            Pattern pattern = fields.length > 2 && !fields[2].isBlank()
                    ? Pattern.valueOf(fields[2].toUpperCase(java.util.Locale.ROOT).replace('-', '_'))
                    : Pattern.NONE;
            Optional<String> medium = fields.length > 3 && !fields[3].isBlank()
                    ? Optional.of(fields[3]) : Optional.empty();
            Cue cue = new Cue(fields[0], kind, pattern, medium);
            cues.computeIfAbsent(cue.word().charAt(0), c -> new ArrayList<>()).add(cue);
        });
        Map<Character, List<Cue>> frozenCues = new HashMap<>();
        cues.forEach((c, list) -> frozenCues.put(c, list.stream()
                .sorted(Comparator.comparingInt((Cue e) -> e.word().length()).reversed()).toList()));
        Map<String, Map<String, String>> words = new HashMap<>();
        readTsv("words.tsv", fields -> words.computeIfAbsent(fields[1], r -> new HashMap<>())
                .put(fields[0], fields.length > 2 ? fields[2] : ""));
        Map<String, Map<String, String>> frozenWords = new HashMap<>();
        words.forEach((role, map) -> frozenWords.put(role, Map.copyOf(map)));
        return new ClaimLexicon(Map.copyOf(frozenCues), Map.copyOf(frozenWords));
    }

    private static void readTsv(String name, Consumer<String[]> row) {
        for (String line : ResourceLines.read(ClaimLexicon.class, name)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length < 2) {
                throw new IllegalStateException(name + ": expected word<TAB>kind in '" + line + "'");
            }
            row.accept(fields);
        }
    }

    /** The longest entry (cue, not-cue or sourceless frame) that starts at {@code index}. */
    Optional<Cue> longestAt(String text, int index) {
        char first = text.charAt(index);
        if (!startsAnEntry[first]) {
            return Optional.empty();
        }
        List<Cue> candidates = cuesByFirstChar.get(first);
        if (candidates != null) {
            for (Cue cue : candidates) {
                if (text.startsWith(cue.word(), index)) {
                    return Optional.of(cue);
                }
            }
        }
        return Optional.empty();
    }

    /** The longest cue at {@code index} shorter than {@code length} characters, if any. */
    Optional<Cue> longestShorterAt(String text, int index, int length) {
        List<Cue> candidates = cuesByFirstChar.get(text.charAt(index));
        if (candidates != null) {
            for (Cue cue : candidates) {
                if (cue.word().length() < length && text.startsWith(cue.word(), index)) {
                    return Optional.of(cue);
                }
            }
        }
        return Optional.empty();
    }

    boolean is(String role, String word) {
        return wordsByRole.getOrDefault(role, Map.of()).containsKey(word);
    }

    /** The detail column of a word in a role ({@code person} for 他 as a pronoun). */
    Optional<String> detail(String role, String word) {
        return Optional.ofNullable(wordsByRole.getOrDefault(role, Map.of()).get(word));
    }

    Set<String> words(String role) {
        return wordsByRole.getOrDefault(role, Map.of()).keySet();
    }

    /** The longest word of a role that {@code text[from, to)} ends with, if any. */
    Optional<String> longestSuffix(String role, String text, int from, int to) {
        if (to <= from) {
            return Optional.empty();
        }
        List<String> candidates = wordsByRoleAndLastChar.getOrDefault(role, Map.of()).get(text.charAt(to - 1));
        if (candidates != null) {
            for (String word : candidates) {
                if (to - from >= word.length() && text.startsWith(word, to - word.length())) {
                    return Optional.of(word);
                }
            }
        }
        return Optional.empty();
    }

    /** The longest word of a role that starts at {@code index} and ends by {@code to}, if any. */
    Optional<String> longestPrefix(String role, String text, int index, int to) {
        if (index >= to) {
            return Optional.empty();
        }
        List<String> candidates = wordsByRoleAndFirstChar.getOrDefault(role, Map.of()).get(text.charAt(index));
        if (candidates != null) {
            for (String word : candidates) {
                if (index + word.length() <= to && text.startsWith(word, index)) {
                    return Optional.of(word);
                }
            }
        }
        return Optional.empty();
    }

    /** Every word of a role that starts at {@code index} and ends by {@code to}, longest first. */
    List<String> wordsAt(String role, String text, int index, int to) {
        List<String> candidates = index < to
                ? wordsByRoleAndFirstChar.getOrDefault(role, Map.of()).get(text.charAt(index)) : null;
        if (candidates == null) {
            return List.of();
        }
        return candidates.stream().filter(w -> index + w.length() <= to && text.startsWith(w, index)).toList();
    }
}
