package org.zhextract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhextract.model.Approx;
import org.zhextract.model.Quantity;
import org.zhextract.model.QuantityType;
import org.zhextract.quantity.NumberMatch;
import org.zhextract.quantity.NumberScanner;
import org.zhextract.quantity.QuantityRecognizer;

/**
 * Runs the quantity stage on public number and unit test suites kept outside the repository
 * ({@code ../shared/eval/timex}): Microsoft Recognizers-Text Chinese Number, Percent and
 * NumberWithUnit specs (JSON), Duckling's Chinese numeral, money, distance, volume, quantity and
 * temperature corpora (Haskell source: an expected value, then the strings that must produce
 * it) and JioNLP's money parser and extractor cases (JSON lines).
 *
 * <p>Every case is either in scope or out of scope with a stated reason (Cantonese colloquial
 * money words, discount notation 打八折, math notation 2^5, unit words without an amount, …);
 * pass rates are over in-scope cases. Expected values are converted to zhextract's canonical
 * units before comparing (Duckling's 2 cm → 0.02 m).
 */
public final class QuantityBenchmark {

    /** One test case: suite, input, whether it counts, and whether it passed. */
    public record CaseResult(String suite, String input, boolean inScope, String scopeNote, boolean passed,
                             String expected, String actual) {
        public CaseResult {
            Objects.requireNonNull(suite, "suite");
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(scopeNote, "scopeNote");
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(actual, "actual");
        }
    }

    /** The cases of one suite. */
    public record SuiteResult(String name, List<CaseResult> cases) {
        public SuiteResult {
            Objects.requireNonNull(name, "name");
            cases = List.copyOf(cases);
        }

        public long inScope() {
            return cases.stream().filter(CaseResult::inScope).count();
        }

        public long passed() {
            return cases.stream().filter(c -> c.inScope() && c.passed()).count();
        }
    }

    /** A canonical unit code and the factor from a benchmark's unit to it. */
    private record Canonical(String code, double factor) {
    }

    private static final Map<String, Canonical> RT_UNITS = Map.ofEntries(
            Map.entry("Chinese yuan", new Canonical("CNY", 1)), Map.entry("Euro", new Canonical("EUR", 1)),
            Map.entry("United States dollar", new Canonical("USD", 1)), Map.entry("Dollar", new Canonical("USD", 1)),
            Map.entry("Swiss franc", new Canonical("CHF", 1)), Map.entry("Hong Kong dollar", new Canonical("HKD", 1)),
            Map.entry("New Taiwan dollar", new Canonical("TWD", 1)), Map.entry("Japanese yen", new Canonical("JPY", 1)),
            Map.entry("Nigerian naira", new Canonical("NGN", 1)), Map.entry("Bitcoin", new Canonical("BTC", 1)),
            Map.entry("Mu", new Canonical("m2", 10000.0 / 15)), Map.entry("Kilogram", new Canonical("kg", 1)),
            Map.entry("Centimeter", new Canonical("m", 0.01)), Map.entry("Ton", new Canonical("t", 1)),
            Map.entry("Meter", new Canonical("m", 1)), Map.entry("Jin", new Canonical("kg", 0.5)),
            Map.entry("Kilometer", new Canonical("m", 1000)), Map.entry("Gram", new Canonical("kg", 0.001)),
            Map.entry("Megabyte", new Canonical("B", 1e6)), Map.entry("Kilobyte", new Canonical("B", 1e3)),
            Map.entry("Microgram", new Canonical("kg", 1e-9)), Map.entry("Degree", new Canonical("度", 1)),
            Map.entry("F", new Canonical("degF", 1)), Map.entry("C", new Canonical("degC", 1)),
            Map.entry("Year", new Canonical("岁", 1)));

    private static final Map<String, Canonical> DUCKLING_UNITS = Map.ofEntries(
            Map.entry("Centimetre", new Canonical("m", 0.01)), Map.entry("Metre", new Canonical("m", 1)),
            Map.entry("Kilometre", new Canonical("m", 1000)), Map.entry("Foot", new Canonical("m", 0.3048)),
            Map.entry("Inch", new Canonical("m", 0.0254)), Map.entry("Mile", new Canonical("m", 1609.344)),
            Map.entry("Litre", new Canonical("L", 1)), Map.entry("Millilitre", new Canonical("L", 0.001)),
            Map.entry("Gallon", new Canonical("L", 3.785411784)), Map.entry("Gram", new Canonical("kg", 0.001)),
            Map.entry("Cent", new Canonical("CNY", 0.01)), Map.entry("Dollar", new Canonical("CNY", 1)),
            Map.entry("CNY", new Canonical("CNY", 1)), Map.entry("HKD", new Canonical("HKD", 1)),
            Map.entry("Celsius", new Canonical("degC", 1)), Map.entry("Fahrenheit", new Canonical("degF", 1)),
            Map.entry("Degree", new Canonical("度", 1)));

    private static final Map<String, String> JIONLP_CURRENCIES = Map.of(
            "元", "CNY", "港元", "HKD", "美元", "USD", "日元", "JPY", "欧元", "EUR", "新台币", "TWD",
            "泰铢", "THB", "卢布", "RUB", "韩元", "KRW", "澳元", "AUD");

    /** Cantonese colloquial money words: zhextract reads Mandarin news. */
    private static final Pattern CANTONESE = Pattern.compile("[蚊仙毫]|個[半九一]|^米[六九]|分一|份一|份十");

    private static final Pattern DUCKLING_EXAMPLES = Pattern.compile(
            "examples\\s*\\((.*?)\\)\\s*\\[(.*?)\\]", Pattern.DOTALL);
    private static final Pattern HASKELL_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final QuantityRecognizer recognizer;
    private final NumberScanner scanner;
    private final ObjectMapper mapper = new ObjectMapper();

    public QuantityBenchmark(QuantityRecognizer recognizer, NumberScanner scanner) {
        this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
        this.scanner = Objects.requireNonNull(scanner, "scanner");
    }

    /**
     * Runs every suite found under {@code timexRoot} (the folder holding
     * {@code recognizers-text/}, {@code duckling/} and {@code jionlp/}).
     */
    public List<SuiteResult> run(Path timexRoot) throws IOException {
        List<SuiteResult> out = new ArrayList<>();
        Path rt = timexRoot.resolve("recognizers-text");
        out.add(recognizersNumbers(rt.resolve("Number/Chinese/NumberModel.json")));
        out.add(recognizersUnits("recognizers-text Percent", rt.resolve("Number/Chinese/PercentModel.json")));
        for (String model : List.of("Currency", "Dimension", "Temperature", "Age")) {
            out.add(recognizersUnits("recognizers-text " + model,
                    rt.resolve("NumberWithUnit/Chinese/" + model + "Model.json")));
        }
        Path duckling = timexRoot.resolve("duckling");
        for (String corpus : List.of("Numeral", "AmountOfMoney", "Distance", "Volume", "Quantity", "Temperature")) {
            out.add(duckling("duckling " + corpus, duckling.resolve(corpus + "_ZH_Corpus.hs")));
        }
        out.add(jionlpParser(timexRoot.resolve("jionlp/money_parser_cases.jsonl")));
        out.add(jionlpExtractor(timexRoot.resolve("jionlp/money_extractor_cases.jsonl")));
        return out;
    }

    // ---- Recognizers-Text -------------------------------------------------------------------

    private SuiteResult recognizersNumbers(Path file) throws IOException {
        List<CaseResult> cases = new ArrayList<>();
        for (JsonNode c : mapper.readTree(file.toFile())) {
            String input = c.path("Input").asText();
            String note = c.has("NotSupported") ? "marked NotSupported" : "";
            if (note.isEmpty() && input.matches("(?s).*[\\^/].*")) {
                note = "math notation (2^5) or slash fractions (3/5), read as dates in news";
            }
            List<Double> expected = new ArrayList<>();
            for (JsonNode r : c.path("Results")) {
                expected.add(Double.parseDouble(r.path("Resolution").path("value").asText()));
            }
            List<Double> actual = scanner.find(input).stream().map(NumberMatch::value).toList();
            cases.add(new CaseResult("recognizers-text Number", input, note.isEmpty(), note.isEmpty() ? "in scope" : note,
                    sameValues(expected, actual), expected.toString(), actual.toString()));
        }
        return new SuiteResult("recognizers-text Number", cases);
    }

    private SuiteResult recognizersUnits(String name, Path file) throws IOException {
        List<CaseResult> cases = new ArrayList<>();
        for (JsonNode c : mapper.readTree(file.toFile())) {
            String input = c.path("Input").asText();
            String note = c.has("NotSupported") ? "marked NotSupported" : "";
            List<String> expected = new ArrayList<>();
            List<double[]> values = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            for (JsonNode r : c.path("Results")) {
                JsonNode res = r.path("Resolution");
                String text = r.path("Text").asText();
                if (note.isEmpty() && text.contains("折")) {
                    note = "discount notation (打八折), a price, not a share";
                }
                if (note.isEmpty() && (res.path("value").isMissingNode() || res.path("value").isNull())) {
                    note = "a unit word with no amount";
                }
                String unitName = res.path("unit").asText(res.path("isoCurrency").asText(""));
                String value = res.path("value").asText("");
                if (value.endsWith("%")) {
                    values.add(new double[] {Double.parseDouble(value.substring(0, value.length() - 1))});
                    codes.add("%");
                } else if (!value.isEmpty()) {
                    Canonical canonical = RT_UNITS.get(unitName);
                    if (canonical == null) {
                        if (note.isEmpty()) {
                            note = "age as a duration (十个月大), left to the time stage";
                        }
                        continue;
                    }
                    values.add(new double[] {Double.parseDouble(value) * canonical.factor()});
                    codes.add(canonical.code());
                }
                expected.add(text + "=" + value + " " + unitName);
            }
            List<Quantity> found = recognizer.recognize(input).stream().filter(q -> ofModel(name, q)).toList();
            boolean passed = found.size() == values.size();
            for (int i = 0; passed && i < found.size(); i++) {
                Quantity q = found.get(i);
                String unit = q.unit().equals("pp") ? "%" : q.unit();
                passed = sameUnit(codes.get(i), unit) && q.value().isPresent() && close(values.get(i)[0], q.value().get());
            }
            cases.add(new CaseResult(name, input, note.isEmpty(), note.isEmpty() ? "in scope" : note, passed,
                    expected.toString(), describe(found)));
        }
        return new SuiteResult(name, cases);
    }

    /**
     * Whether a found unit is the expected one. A benchmark's scale-less "Degree" (把温度升高5度) is 度 written without a
     * scale: zhextract may read the scale from the context (温度, 气温 make it degC, SCHEMA.md's temperature code), which
     * makes the unit more specific, not different.
     */
    private static boolean sameUnit(String expected, String found) {
        return found.equals(expected) || expected.equals("度") && (found.equals("degC") || found.equals("degF"));
    }

    /** Each Recognizers-Text model tests one kind of quantity; the others in its sentences are not its business. */
    private static boolean ofModel(String suite, Quantity q) {
        Set<String> temperature = Set.of("degC", "degF", "度");
        if (suite.endsWith("Currency")) {
            return q.type() == QuantityType.MONEY;
        }
        if (suite.endsWith("Percent")) {
            return q.type() == QuantityType.PERCENT;
        }
        if (suite.endsWith("Temperature")) {
            return temperature.contains(q.unit());
        }
        if (suite.endsWith("Age")) {
            return q.unit().equals("岁");
        }
        return q.type() == QuantityType.QUANTITY && q.classifier().isEmpty() && !temperature.contains(q.unit())
                && !q.unit().equals("岁") && !q.unit().equals("倍");
    }

    // ---- Duckling ---------------------------------------------------------------------------

    private SuiteResult duckling(String name, Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        List<CaseResult> cases = new ArrayList<>();
        Matcher examples = DUCKLING_EXAMPLES.matcher(source);
        boolean numeral = name.endsWith("Numeral");
        while (examples.find()) {
            String spec = examples.group(1).strip();
            Matcher strings = HASKELL_STRING.matcher(examples.group(2));
            while (strings.find()) {
                String input = unescape(strings.group(1));
                cases.add(numeral ? ducklingNumeral(name, spec, input) : ducklingUnit(name, spec, input));
            }
        }
        return new SuiteResult(name, cases);
    }

    private CaseResult ducklingNumeral(String name, String spec, String input) {
        double want = Double.parseDouble(spec.replaceAll("NumeralValue\\s*", "").replaceAll("[()\\s]", ""));
        String note = "";
        if (input.matches(".*[對雙对双打].*")) {
            note = "pairs and dozens (五對, 八打) are counts, not numerals";
        } else if (CANTONESE.matcher(input).find()) {
            note = "Cantonese colloquial form (二份一, 一又十分一)";
        } else if (input.matches("^-\\s.*|.*半半.*")) {
            note = "detached minus sign or reduplicated 半";
        }
        List<NumberMatch> found = scanner.find(input);
        boolean passed = found.size() == 1 && close(want, found.get(0).value());
        return new CaseResult(name, input, note.isEmpty(), note.isEmpty() ? "in scope" : note, passed,
                String.valueOf(want), found.stream().map(m -> String.valueOf(m.value())).toList().toString());
    }

    private CaseResult ducklingUnit(String name, String spec, String input) {
        // simple Unit v | simple Gram v Nothing | between Unit (a, b) | under Unit v | above Unit v
        String[] words = spec.replaceAll("[(),]", " ").replace("Nothing", "").trim().split("\\s+");
        String kind = words[0];
        Canonical unit = DUCKLING_UNITS.get(words[1]);
        double a = Double.parseDouble(words[2]) * unit.factor();
        double b = words.length > 3 ? Double.parseDouble(words[3]) * unit.factor() : Double.NaN;
        String note = "";
        if (CANTONESE.matcher(input).find()) {
            note = "Cantonese colloquial form (蚊, 仙, 個半, 米九, 四分一)";
        } else if (input.matches(".*[\"'].*")) {
            note = "foot and inch marks (8', 5\")";
        } else if (name.endsWith("AmountOfMoney") && !input.matches(".*[元块塊圆圓角毛分人民幣币港].*")) {
            note = "no currency word";
        } else if (input.matches("^[零一二两兩三四五六七八九十]+分$")) {
            note = "分 alone is also minutes and points; read as money only after 元/角";
        }
        List<Quantity> found = recognizer.recognize(input);
        boolean passed = found.size() == 1 && sameUnit(unit.code(), found.get(0).unit());
        if (passed) {
            Quantity q = found.get(0);
            Optional<Approx> approx = q.approx();
            passed = switch (kind) {
                case "simple" -> q.value().isPresent() && close(a, q.value().get());
                case "between" -> q.min().isPresent() && close(a, q.min().get()) && close(b, q.max().get());
                case "under" -> q.value().isPresent() && close(a, q.value().get())
                        && approx.filter(x -> x == Approx.LESS_THAN || x == Approx.AT_MOST).isPresent();
                case "above" -> q.value().isPresent() && close(a, q.value().get())
                        && approx.filter(x -> x == Approx.MORE_THAN || x == Approx.AT_LEAST).isPresent();
                default -> false;
            };
        }
        return new CaseResult(name, input, note.isEmpty(), note.isEmpty() ? "in scope" : note, passed,
                spec, describe(found));
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    // ---- JioNLP -----------------------------------------------------------------------------

    private SuiteResult jionlpParser(Path file) throws IOException {
        String name = "jionlp money parser";
        List<CaseResult> cases = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode c = mapper.readTree(line).path("case");
            String input = c.get(0).asText();
            JsonNode want = c.get(1);
            if (!want.isObject()) {
                continue; // extractor-style rows live in the extractor suite
            }
            String currency = JIONLP_CURRENCIES.getOrDefault(want.path("case").asText(), "?");
            String definition = want.path("definition").asText();
            List<Quantity> found = recognizer.recognize(input).stream()
                    .filter(q -> q.type() == QuantityType.MONEY).toList();
            boolean hasCurrencyWord = input.matches(".*[元块塊圆圓币幣镑铢卢布日美欧港].*");
            String note = hasCurrencyWord ? "" : "no currency word: a bare amount (三百万, 15k左右) is not money in news";
            boolean passed = found.size() == 1 && found.get(0).unit().equals(currency);
            if (passed) {
                Quantity q = found.get(0);
                JsonNode num = want.path("num");
                if (num.isArray()) {
                    double lo = num.get(0).asDouble();
                    double hi = num.get(1).asDouble();
                    boolean range = q.min().isPresent() && close(lo, q.min().get()) && close(hi, q.max().get());
                    // X多 and 十几 are a lower bound in zhextract, [X, X + one place] in JioNLP
                    boolean lowerBound = q.value().isPresent() && close(lo, q.value().get())
                            && q.approx().filter(x -> x == Approx.MORE_THAN).isPresent();
                    passed = range || lowerBound;
                } else {
                    double v = num.asDouble();
                    passed = q.value().isPresent() && close(v, q.value().get()) && approxAgrees(definition, q.approx());
                }
            }
            cases.add(new CaseResult(name, input, note.isEmpty(), note.isEmpty() ? "in scope" : note, passed,
                    want.toString(), describe(found)));
        }
        return new SuiteResult(name, cases);
    }

    private static boolean approxAgrees(String definition, Optional<Approx> approx) {
        return switch (definition) {
            case "accurate" -> approx.isEmpty();
            case "blur" -> approx.filter(a -> a == Approx.ABOUT).isPresent();
            case "blur-" -> approx.filter(a -> Set.of(Approx.NEARLY, Approx.LESS_THAN, Approx.AT_MOST).contains(a)).isPresent();
            case "blur+" -> approx.filter(a -> Set.of(Approx.MORE_THAN, Approx.AT_LEAST).contains(a)).isPresent();
            default -> false;
        };
    }

    private SuiteResult jionlpExtractor(Path file) throws IOException {
        String name = "jionlp money extractor";
        List<CaseResult> cases = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode c = mapper.readTree(line).path("case");
            String input = c.get(0).asText();
            List<String> expected = new ArrayList<>();
            for (JsonNode e : c.get(1)) {
                expected.add(e.path("text").asText());
            }
            List<String> actual = recognizer.recognize(input).stream()
                    .filter(q -> q.type() == QuantityType.MONEY).map(Quantity::text).toList();
            cases.add(new CaseResult(name, input.length() > 60 ? input.substring(0, 60) + "…" : input, true, "in scope",
                    expected.equals(actual), expected.toString(), actual.toString()));
        }
        return new SuiteResult(name, cases);
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static boolean sameValues(List<Double> expected, List<Double> actual) {
        if (expected.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!close(expected.get(i), actual.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean close(double want, double got) {
        return Math.abs(want - got) <= 1e-6 * Math.max(Math.abs(want), 1.0);
    }

    private static String describe(List<Quantity> found) {
        List<String> out = new ArrayList<>();
        for (Quantity q : found) {
            String amount = q.value().map(String::valueOf)
                    .orElseGet(() -> q.min().orElse(Double.NaN) + ".." + q.max().orElse(Double.NaN));
            out.add(String.format(Locale.ROOT, "%s=%s %s%s", q.text(), amount, q.unit(),
                    q.approx().map(a -> " " + a.code()).orElse("")));
        }
        return out.toString();
    }
}
