package org.zhextract.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhextract.TestFiles;
import org.zhextract.text.ResourceLines;

/**
 * A prefilter may only save work, never change a result: whenever a regex finds something in a
 * text, its prefilter lets the text through. Checked for every prefiltered regex of the ingest
 * stage on real lines (test cases, seeds, a corpus sample), on lines built from each regex's own
 * literals, and on every one-character deletion inside each match (where a wrongly derived
 * literal would show); and for the literal reader itself on thousands of random regexes.
 */
class PrefilteredPatternTest {

    /** Classes whose static PrefilteredPattern constants are checked, beside the boilerplate rules. */
    private static final List<Class<?>> HOLDERS = List.of(
            Ingester.class, MarkdownText.class, Metadata.class, Charsets.class, HtmlText.class, Dates.class);
    private static final int CORPUS_EVERY = 80;
    private static final int LONGEST_LINE = 200;

    @Test
    void prefiltersNeverRejectALineTheirRegexFindsSomethingIn() throws IOException {
        List<PrefilteredPattern> patterns = ingestPatterns();
        List<String> lines = realLines();
        lines.addAll(linesFromLiterals(patterns, new Random(7)));

        int matched = 0;
        for (PrefilteredPattern p : patterns) {
            for (String line : lines) {
                Matcher m = p.pattern().matcher(line);
                if (!m.find()) {
                    continue;
                }
                matched++;
                assertLetThrough(p, line);
                assertSameMatches(p, line);
                // Near misses: the match with one character gone may still match, by other means.
                for (int i = m.start(); i < Math.min(m.end(), m.start() + 20); i++) {
                    String shorter = line.substring(0, i) + line.substring(i + 1);
                    if (p.pattern().matcher(shorter).find()) {
                        assertLetThrough(p, shorter);
                    }
                }
            }
        }
        assertThat(matched).as("lines some regex matched: the check was not vacuous").isGreaterThan(8_000);
    }

    @Test
    void prefilteredMethodsGiveTheRegexResults() {
        PrefilteredPattern link = PrefilteredPattern.compile("原文(链接|地址)[：:]\\s*(\\S+)");
        String line = "原文链接：https://example.com/a 原文地址: b";

        assertThat(link.find("外交部发言人表示")).isFalse();
        assertThat(link.find(line)).isTrue();
        assertThat(link.findAll(line)).extracting(m -> m.group(2)).containsExactly("https://example.com/a", "b");
        assertThat(link.replaceAll(line, "")).isEqualTo(link.pattern().matcher(line).replaceAll(""));
        assertThat(link.replaceAll("无关的一行", "")).isEqualTo("无关的一行");
        assertThat(link.matches(SketchedText.of("原文地址：x"))).isTrue();
        assertThat(link.wholeMatch(SketchedText.of("原文地址：x"))).map(m -> m.group(2)).contains("x");
        assertThat(link.wholeMatch(SketchedText.of("见原文地址：x"))).isEmpty();
    }

    @Test
    void everyBoilerplateRuleHasAPrefilter() {
        // Not a correctness matter: a rule the literal reader cannot read runs on every line.
        for (PrefilteredPattern rule : boilerplate().rules()) {
            assertThat(rule.requiredLiterals()).as("literals required by %s", rule).isNotEmpty();
        }
    }

    @Test
    void articleProseSkipsEveryBoilerplateRegex() {
        String prose = "外交部发言人汪文斌在例行记者会上表示，中方对此坚决反对，并已向美方提出严正交涉。";
        for (PrefilteredPattern rule : boilerplate().rules()) {
            assertThat(rule.mayFind(prose)).as("prefilter of %s", rule).isFalse();
        }
    }

    @Test
    void randomRegexesNeverRejectTextTheyMatch() {
        Random random = new Random(42);
        int checked = 0;
        int matched = 0;
        for (int r = 0; r < 2_000; r++) {
            String regex = new RandomRegex(random).alternation(3);
            Pattern pattern;
            try {
                pattern = Pattern.compile(regex, random.nextBoolean() ? Pattern.CASE_INSENSITIVE : 0);
            } catch (RuntimeException e) {
                continue;
            }
            PrefilteredPattern p = PrefilteredPattern.of(pattern);
            for (int t = 0; t < 200; t++) {
                String text = randomText(random);
                if (pattern.matcher(text).find()) {
                    matched++;
                    assertLetThrough(p, text);
                }
                assertSameMatches(p, text);
                checked++;
            }
        }
        assertThat(matched).as("random texts matched (of %d)", checked).isGreaterThan(100_000);
    }

    /** find and findAll, which start the regex at start literals, give the plain regex's answers. */
    private static void assertSameMatches(PrefilteredPattern p, String text) {
        List<String> expected = p.pattern().matcher(text).results().map(PrefilteredPatternTest::describe).toList();
        List<String> found = p.findAll(text).stream().map(PrefilteredPatternTest::describe).toList();
        if (!found.equals(expected) || p.find(text) != !expected.isEmpty()) {
            assertThat(found).as("findAll %s in %s", p, text).containsExactlyElementsOf(expected);
            assertThat(p.find(text)).as("find %s in %s", p, text).isEqualTo(!expected.isEmpty());
        }
    }

    private static String describe(MatchResult m) {
        return m.start() + "-" + m.end() + ":" + m.group();
    }

    @Test
    void aSketchAnswersContainsExactlyAsTheString() {
        Random random = new Random(5);
        String alphabet = "aAzZ中文\u0400\u0800\u4e00\u4c00（）:#\ud840\udc00 ";
        for (int i = 0; i < 20_000; i++) {
            String text = randomString(random, alphabet, 12);
            String literal = randomString(random, alphabet, 3);
            SketchedText sketched = SketchedText.of(text);
            if (sketched.contains(literal) != text.contains(literal)
                    || !sketched.lowered().text().equals(RequiredLiterals.asciiLowerCase(text))) {
                assertThat(sketched.contains(literal)).as("%s contains %s", text, literal).isEqualTo(text.contains(literal));
                assertThat(sketched.lowered().text()).isEqualTo(RequiredLiterals.asciiLowerCase(text));
            }
        }
    }

    @Test
    void sketchedReplacementsGiveTheRegexResults() {
        PrefilteredPattern credit = boilerplate().rules().stream()
                .filter(rule -> rule.pattern().pattern().contains("pool/")).findFirst().orElseThrow();
        String caption = "习近平与普京会面资料照。(Lintao Zhang/Getty Images)";
        SketchedText sketched = SketchedText.of(caption);

        assertThat(credit.replaceAll(sketched, "").text()).isEqualTo("习近平与普京会面资料照。");
        SketchedText prose = SketchedText.of("外交部发言人表示");
        assertThat(credit.replaceAll(prose, "")).isSameAs(prose);
    }

    private static String randomString(Random random, String alphabet, int longest) {
        StringBuilder s = new StringBuilder();
        for (int n = random.nextInt(longest + 1); n > 0; n--) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static void assertLetThrough(PrefilteredPattern p, String line) {
        if (p.mayFind(line) && p.mayFind(SketchedText.of(line))) {
            return;
        }
        assertThat(p.mayFind(SketchedText.of(line))).as("sketched prefilter %s of %s lets through: %s",
                p.requiredLiterals(), p, line).isTrue();
        assertThat(p.mayFind(line)).as("prefilter %s of %s lets through: %s", p.requiredLiterals(), p, line).isTrue();
    }

    private static Boilerplate boilerplate() {
        return Boilerplate.load(ResourceLines.read(Ingester.class, "boilerplate.txt"));
    }

    private static List<PrefilteredPattern> ingestPatterns() {
        List<PrefilteredPattern> patterns = new ArrayList<>(boilerplate().rules());
        for (Class<?> holder : HOLDERS) {
            for (Field field : holder.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == PrefilteredPattern.class) {
                    field.setAccessible(true);
                    try {
                        patterns.add((PrefilteredPattern) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        assertThat(patterns).hasSizeGreaterThan(boilerplate().rules().size() + 10);
        return patterns;
    }

    /** Lines of the test cases, the seeds and every 80th corpus page (when ../shared is there). */
    private static List<String> realLines() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> cases = Files.list(TestFiles.testdata("cases"));
             Stream<Path> seeds = Files.list(TestFiles.testdata("seeds"))) {
            cases.filter(Files::isRegularFile).forEach(files::add);
            seeds.forEach(files::add);
        }
        Path corpus = TestFiles.shared("corpus");
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> walk = Files.walk(corpus)) {
                List<Path> all = walk.filter(Files::isRegularFile).sorted().toList();
                for (int i = 0; i < all.size(); i += CORPUS_EVERY) {
                    files.add(all.get(i));
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            for (String line : text.split("\\R")) {
                for (String part : line.split("\t")) {
                    lines.add(part.length() > LONGEST_LINE ? part.substring(0, LONGEST_LINE) : part);
                }
            }
        }
        return lines;
    }

    /** Each regex's literals glued together with noise, some in upper case: lines near its matches. */
    private static List<String> linesFromLiterals(List<PrefilteredPattern> patterns, Random random) {
        List<String> literals = new ArrayList<>();
        patterns.forEach(p -> p.requiredLiterals().forEach(literals::addAll));
        String[] noise = {"", " ", "：", ":", "。", "(", ")", "（", "）", "/", "|", "#", "2020", "美国", "AFP", "\n", "的"};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            StringBuilder line = new StringBuilder();
            int parts = 1 + random.nextInt(5);
            for (int j = 0; j < parts; j++) {
                String literal = literals.get(random.nextInt(literals.size()));
                line.append(random.nextInt(4) == 0 ? literal.toUpperCase(Locale.ROOT) : literal);
                line.append(noise[random.nextInt(noise.length)]);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static final String ALPHABET = "abAB中文:：( )#\n";

    private static String randomText(Random random) {
        int length = random.nextInt(9);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    /** Regexes over a small alphabet using the constructs the literal reader interprets. */
    private static final class RandomRegex {
        private static final String[] ATOMS = {
            "a", "b", "A", "中", "文", ":", "：", "\\(", "\\)", " ", "#", ".", "\\s", "\\S", "\\w", "\\d",
            "[ab]", "[aA中]", "[^a]", "[a-c]", "[-a]", "[a-]", "[-:_]", "[:：]", "\\p{IsHan}", "^", "$", "\\b", "\\u4e2d"};
        private static final String[] QUANTIFIERS = {"", "", "", "?", "*", "+", "{2}", "{1,3}", "{0,2}", "{2,}", "??", "+?"};
        private final Random random;
        private int groups;

        RandomRegex(Random random) {
            this.random = random;
        }

        String alternation(int depth) {
            StringBuilder out = new StringBuilder(sequence(depth));
            while (random.nextInt(3) == 0) {
                out.append('|').append(sequence(depth));
            }
            return out.toString();
        }

        private String sequence(int depth) {
            StringBuilder out = new StringBuilder();
            int length = random.nextInt(5);
            for (int i = 0; i < length; i++) {
                out.append(atom(depth)).append(QUANTIFIERS[random.nextInt(QUANTIFIERS.length)]);
            }
            return out.toString();
        }

        private String atom(int depth) {
            if (depth > 0 && random.nextInt(4) == 0) {
                String[] openers = {"(", "(?:", "(?=", "(?!", "(?<=", "(?<!", "(?>"};
                String opener = openers[random.nextInt(openers.length)];
                if (opener.equals("(")) {
                    groups++;
                }
                return opener + alternation(depth - 1) + ")";
            }
            if (groups > 0 && random.nextInt(12) == 0) {
                return "\\" + (1 + random.nextInt(groups));
            }
            return ATOMS[random.nextInt(ATOMS.length)];
        }
    }
}
