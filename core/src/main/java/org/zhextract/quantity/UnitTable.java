package org.zhextract.quantity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The unit words of {@code units.tsv} with longest-match lookup after and before a position.
 * Immutable and thread-safe; the longest match is found by {@link WordSet}, which rejects most
 * positions by their first or last char before building a substring.
 */
final class UnitTable {

    private final Map<String, Unit> units;
    private final WordSet words;
    private final WordSet prefixWords;

    UnitTable(List<Unit> rows) {
        Map<String, Unit> map = new HashMap<>();
        for (Unit u : rows) {
            if (map.putIfAbsent(u.word(), u) != null) {
                throw new IllegalArgumentException("unit word listed twice: " + u.word());
            }
        }
        this.units = Map.copyOf(map);
        this.words = new WordSet(units.keySet());
        this.prefixWords = new WordSet(rows.stream().filter(Unit::prefix).map(Unit::word).collect(Collectors.toSet()));
    }

    /** Parses rows {@code word TAB code TAB factor TAB kind [TAB prefix|weak]}. */
    static UnitTable parse(List<String> lines) {
        return new UnitTable(lines.stream().map(UnitTable::row).toList());
    }

    static UnitTable load() {
        return parse(Resources.rows("units.tsv"));
    }

    private static Unit row(String line) {
        String[] f = line.split("\t");
        if (f.length < 4) {
            throw new IllegalArgumentException("unit row needs 4 tab-separated fields: " + line);
        }
        String flag = f.length > 4 ? f[4].strip() : "";
        return new Unit(f[0], f[1], Double.parseDouble(f[2]), Unit.Kind.valueOf(f[3].strip()),
                flag.equals("prefix"), flag.equals("weak"));
    }

    /** The longest unit word starting at char index {@code i}. */
    Optional<Unit> after(String text, int i) {
        Objects.requireNonNull(text, "text");
        int len = words.longestAt(text, i);
        return len == 0 ? Optional.empty() : Optional.of(units.get(text.substring(i, i + len)));
    }

    /** The longest prefix-capable unit word ending at char index {@code end}. */
    Optional<Unit> before(String text, int end) {
        int len = prefixWords.longestEndingAt(text, end);
        return len == 0 ? Optional.empty() : Optional.of(units.get(text.substring(end - len, end)));
    }

    /** The longest unit word of any kind ending at char index {@code end} (美元 before 11万元). */
    Optional<Unit> endingAt(String text, int end) {
        int len = words.longestEndingAt(text, end);
        return len == 0 ? Optional.empty() : Optional.of(units.get(text.substring(end - len, end)));
    }

    Optional<Unit> get(String word) {
        return Optional.ofNullable(units.get(word));
    }
}
