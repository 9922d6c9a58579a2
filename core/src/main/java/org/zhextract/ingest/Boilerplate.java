package org.zhextract.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Line-level boilerplate rules read from {@code boilerplate.txt}: image credits, share prompts,
 * subscription lines, links to the original page, copyright footers. Each rule either drops the
 * whole line or strips the matched part.
 *
 * <p>Immutable and thread-safe.
 */
final class Boilerplate {

    private final List<PrefilteredPattern> dropping;
    private final List<PrefilteredPattern> stripping;

    Boilerplate(List<PrefilteredPattern> dropping, List<PrefilteredPattern> stripping) {
        this.dropping = List.copyOf(dropping);
        this.stripping = List.copyOf(stripping);
    }

    /** Reads the rules; each line is {@code drop REGEX} or {@code strip REGEX}, {@code #} starts a comment line. */
    static Boilerplate load(List<String> rules) {
        Objects.requireNonNull(rules, "rules");
        List<PrefilteredPattern> drop = new ArrayList<>();
        List<PrefilteredPattern> strip = new ArrayList<>();
        int number = 0;
        for (String line : rules) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            String kind = space < 0 ? line : line.substring(0, space);
            PrefilteredPattern regex = PrefilteredPattern.compile(line.substring(space + 1).strip(), Pattern.CASE_INSENSITIVE);
            switch (kind) {
                case "drop" -> drop.add(regex);
                case "strip" -> strip.add(regex);
                default -> throw new IllegalArgumentException("boilerplate rule " + number + ": unknown kind " + kind);
            }
        }
        return new Boilerplate(drop, strip);
    }

    /** Every rule, dropping ones first, in file order. */
    List<PrefilteredPattern> rules() {
        List<PrefilteredPattern> all = new ArrayList<>(dropping);
        all.addAll(stripping);
        return all;
    }

    /** The line without its boilerplate: empty when the whole line is boilerplate. */
    String clean(String line) {
        // One sketch of the line serves every rule's prefilter.
        SketchedText sketched = SketchedText.of(line);
        for (PrefilteredPattern p : dropping) {
            if (p.mayFind(sketched) && p.pattern().matcher(line).find()) {
                return "";
            }
        }
        for (PrefilteredPattern p : stripping) {
            sketched = p.replaceAll(sketched, "");
        }
        return sketched.text().strip();
    }
}
