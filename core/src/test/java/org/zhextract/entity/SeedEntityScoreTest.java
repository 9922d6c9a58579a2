package org.zhextract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhextract.Extraction;
import org.zhextract.SharedExtractor;
import org.zhextract.TestFiles;
import org.zhextract.model.Entity;

/**
 * Scores the entities of the two seed articles against ../shared/gold/seeds the way
 * ../shared/tools/score.py does (surfaces normalized with NFKC and unified dots; a predicted
 * entity matches a gold one of its type when any name, alias or mention equals an alternative)
 * and holds the bar: entity F1 at least 0.95 and every multi-alias gold entity resolved.
 */
class SeedEntityScoreTest {

    private static final String DOTS = "\u00b7\u2027\u2022\u30fb\uff0e\u0387\u2219";

    @Test
    void seedEntitiesReachTheDoneWhenScores() throws IOException {
        int[] counts = new int[3]; // tp, fp, fn
        int[] resolution = new int[2]; // multi-alias gold entities, resolved
        List<Path> golds;
        try (Stream<Path> files = Files.list(TestFiles.shared("gold/seeds"))) {
            golds = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(golds).isNotEmpty();
        ObjectMapper mapper = new ObjectMapper();
        for (Path goldFile : golds) {
            JsonNode gold = mapper.readTree(goldFile.toFile());
            String document = gold.path("document").asText();
            Extraction x = SharedExtractor.get().extract(TestFiles.testdata(document));
            score(gold.path("entities"), x.entities(), counts, resolution);
        }
        double precision = counts[0] / (double) (counts[0] + counts[1]);
        double recall = counts[0] / (double) (counts[0] + counts[2]);
        double f1 = 2 * precision * recall / (precision + recall);
        assertThat(f1).as("entity F1 (tp %d, fp %d, fn %d)", counts[0], counts[1], counts[2]).isGreaterThanOrEqualTo(0.95);
        assertThat(resolution[1]).as("resolved multi-alias entities").isEqualTo(resolution[0]);
        assertThat(resolution[0]).isGreaterThan(5);
    }

    private static void score(JsonNode goldEntities, List<Entity> predicted, int[] counts, int[] resolution) {
        List<JsonNode> gold = new ArrayList<>();
        goldEntities.forEach(gold::add);
        List<Set<String>> alternatives = new ArrayList<>();
        for (JsonNode g : gold) {
            Set<String> all = new HashSet<>();
            g.path("aliases").forEach(group -> all.addAll(alternatives(group.asText())));
            alternatives.add(all);
        }
        boolean[] matched = new boolean[gold.size()];
        for (Entity p : predicted) {
            Set<String> surfaces = surfaces(p);
            List<Integer> hits = new ArrayList<>();
            for (int i = 0; i < gold.size(); i++) {
                if (gold.get(i).path("type").asText().equals(p.type().name()) && intersects(surfaces, alternatives.get(i))) {
                    hits.add(i);
                }
            }
            if (hits.size() > 1) {
                String name = norm(p.name());
                List<Integer> named = hits.stream().filter(i -> alternatives.get(i).contains(name)).toList();
                hits = List.of(named.isEmpty()
                        ? hits.stream().max((a, b) -> overlap(surfaces, alternatives.get(a)) - overlap(surfaces, alternatives.get(b))).orElseThrow()
                        : named.get(0));
            }
            hits.forEach(i -> matched[i] = true);
            if (hits.isEmpty()) {
                counts[1]++;
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            JsonNode g = gold.get(i);
            if (g.path("optional").asBoolean(false)) {
                continue;
            }
            counts[matched[i] ? 0 : 2]++;
            List<Set<String>> groups = new ArrayList<>();
            g.path("aliases").forEach(group -> groups.add(alternatives(group.asText())));
            if (groups.size() >= 2) {
                resolution[0]++;
                for (Entity p : predicted) {
                    Set<String> surfaces = surfaces(p);
                    if (!g.path("type").asText().equals(p.type().name())
                            || !groups.stream().allMatch(group -> intersects(surfaces, group))) {
                        continue;
                    }
                    boolean holdsAnother = false;
                    for (int j = 0; j < gold.size(); j++) {
                        holdsAnother |= j != i && !gold.get(j).path("optional").asBoolean(false)
                                && intersects(surfaces, alternatives.get(j));
                    }
                    if (!holdsAnother) {
                        resolution[1]++;
                        break;
                    }
                }
            }
        }
    }

    private static Set<String> surfaces(Entity e) {
        Set<String> s = new HashSet<>();
        s.add(norm(e.name()));
        e.aliases().forEach(a -> s.add(norm(a)));
        e.mentions().forEach(m -> s.add(norm(m.text())));
        s.remove("");
        return s;
    }

    private static Set<String> alternatives(String field) {
        Set<String> s = new HashSet<>();
        for (String a : field.split("\\|")) {
            if (!norm(a).isEmpty()) {
                s.add(norm(a));
            }
        }
        return s;
    }

    private static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) {
            if (!Character.isWhitespace(c)) {
                b.append(DOTS.indexOf(c) >= 0 ? '·' : c);
            }
        }
        return b.toString();
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    private static int overlap(Set<String> a, Set<String> b) {
        return (int) a.stream().filter(b::contains).count();
    }
}
