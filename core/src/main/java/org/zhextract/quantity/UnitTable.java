package org.zhextract.quantity;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The unit words of {@code units.tsv} with longest-match lookup after and before a position.
 * Immutable and thread-safe; each lookup costs at most one map probe per length up to the
 * longest unit word.
 */
final class UnitTable {

    private final Map<String, Unit> units;
    private final int longest;
    /** First chars of all unit words and last chars of the prefix-capable ones: most positions fail these without a substring. */
    private final BitSet firstChars = new BitSet();
    private final BitSet prefixLastChars = new BitSet();

    UnitTable(List<Unit> rows) {
        Map<String, Unit> map = new HashMap<>();
        for (Unit u : rows) {
            if (map.putIfAbsent(u.word(), u) != null) {
                throw new IllegalArgumentException("unit word listed twice: " + u.word());
            }
        }
        this.units = Map.copyOf(map);
        this.longest = rows.stream().mapToInt(u -> u.word().length()).max().orElse(0);
        for (Unit u : rows) {
            if (!u.word().isEmpty()) {
                firstChars.set(u.word().charAt(0));
                if (u.prefix()) {
                    prefixLastChars.set(u.word().charAt(u.word().length() - 1));
                }
            }
        }
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
        if (i >= 0 && i < text.length() && !firstChars.get(text.charAt(i))) {
            return Optional.empty();
        }
        for (int len = Math.min(longest, text.length() - i); len > 0; len--) {
            Unit u = units.get(text.substring(i, i + len));
            if (u != null) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    /** The longest prefix-capable unit word ending at char index {@code end}. */
    Optional<Unit> before(String text, int end) {
        if (end > 0 && end <= text.length() && !prefixLastChars.get(text.charAt(end - 1))) {
            return Optional.empty();
        }
        for (int len = Math.min(longest, end); len > 0; len--) {
            Unit u = units.get(text.substring(end - len, end));
            if (u != null && u.prefix()) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    Optional<Unit> get(String word) {
        return Optional.ofNullable(units.get(word));
    }
}
