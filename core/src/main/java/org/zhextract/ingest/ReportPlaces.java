package org.zhextract.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhextract.text.GazetteerLine;

/**
 * The places a byline may name right after the reporter, with nothing between them:
 * 大纪元记者李家宏香港报导, 自由亚洲电台记者家傲华盛顿报道. Only a known place tells where the name
 * ends (李家宏 + 香港, not 李家 + 宏香港), so a run whose place is unknown names no one.
 *
 * <p>Immutable and thread-safe.
 */
final class ReportPlaces {

    /** Places are never shorter than this: a single character would cut names anywhere. */
    private static final int MIN_PLACE = 2;

    private final Set<String> places;

    ReportPlaces(Set<String> places) {
        this.places = Set.copyOf(places);
    }

    /**
     * Reads {@code report-places.txt} (one place a line) and the entity stage's place gazetteer
     * ({@code name<TAB>LOC[<TAB>alias…]}; only LOC lines, names and aliases).
     */
    static ReportPlaces load(List<String> reportPlaces, List<String> gazetteer) {
        Set<String> places = new HashSet<>();
        for (String line : reportPlaces) {
            String place = line.strip();
            if (!place.isEmpty() && !place.startsWith("#") && place.length() >= MIN_PLACE) {
                places.add(place);
            }
        }
        for (String line : gazetteer) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            GazetteerLine entry = GazetteerLine.parse(line);
            if (entry.type().equalsIgnoreCase("LOC")) {
                entry.surfaces().stream().filter(place -> place.length() >= MIN_PLACE).forEach(places::add);
            }
        }
        return new ReportPlaces(places);
    }

    /**
     * The reporter's name at the start of a run of name and place (李家宏香港 → 李家宏, 林丹美国纽约 →
     * 林丹): two or three characters followed by a known place. Empty when no known place follows
     * a name-sized start, or when both lengths would fit and neither leaves only places after it.
     */
    Optional<String> nameBefore(String run) {
        String found = null;
        int fits = 0;
        for (int length = 2; length <= 3; length++) {
            if (run.length() > length && placeAt(run, length) > 0) {
                fits++;
                if (found == null || onlyPlaces(run.substring(length))) {
                    found = run.substring(0, length);
                }
            }
        }
        if (fits == 2 && (found == null || !onlyPlaces(run.substring(found.length())))) {
            return Optional.empty();
        }
        return Optional.ofNullable(found);
    }

    /** Whether the text is one or more known places in a row (美国纽约, 台湾台北). */
    boolean onlyPlaces(String text) {
        if (text.isEmpty()) {
            return true;
        }
        for (int end = text.length(); end >= MIN_PLACE; end--) {
            if (places.contains(text.substring(0, end)) && onlyPlaces(text.substring(end))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text starts with a known place (德国, or 美国 in 美国宾州哈里斯堡). */
    boolean startsWithPlace(String text) {
        return placeAt(text, 0) > 0;
    }

    /** The length of the longest known place starting at {@code from}, 0 if none. */
    private int placeAt(String text, int from) {
        for (int end = text.length(); end >= from + MIN_PLACE; end--) {
            if (places.contains(text.substring(from, end))) {
                return end - from;
            }
        }
        return 0;
    }
}
