package org.zhextract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.zhextract.model.TimeType;
import org.zhextract.model.TimeValue;

/**
 * Runs the time recognizer over public time-expression test suites and counts the cases it
 * passes:
 * <ul>
 *   <li>Microsoft Recognizers-Text, {@code DateTime/Chinese/*.json}: extractor cases (the
 *       expected spans) and parser/model cases (spans and resolution against
 *       {@code ReferenceDateTime});</li>
 *   <li>JioNLP, {@code time_parser_cases.jsonl} (a text, a base time and the expected interval,
 *       duration or period) and {@code time_extractor_cases.jsonl} (a text and its time spans).</li>
 * </ul>
 * Each case is either in scope and passed or failed, or out of scope with a stated reason (see
 * {@link #scopeNotes()}). Detection is judged as {@code score.py} judges it: spans overlap.
 */
public final class TimexBenchmark {

    /** One case of a suite. {@code outOfScope} is empty for an in-scope case. */
    public record CaseResult(String suite, String input, Optional<String> outOfScope, boolean passed, String detail) {
        public CaseResult {
            Objects.requireNonNull(suite, "suite");
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(outOfScope, "outOfScope");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** The results of one suite. */
    public record Report(String suite, List<CaseResult> cases) {
        public Report {
            Objects.requireNonNull(suite, "suite");
            cases = List.copyOf(cases);
        }

        public long inScope() {
            return cases.stream().filter(c -> c.outOfScope().isEmpty()).count();
        }

        public long passed() {
            return cases.stream().filter(c -> c.outOfScope().isEmpty() && c.passed()).count();
        }

        /** Out-of-scope case counts by reason. */
        public Map<String, Long> excluded() {
            Map<String, Long> m = new TreeMap<>();
            cases.stream().filter(c -> c.outOfScope().isPresent())
                    .forEach(c -> m.merge(c.outOfScope().get(), 1L, Long::sum));
            return m;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final BiFunction<String, Optional<LocalDate>, List<TimeValue>> recognizer;

    /** @param recognizer a sentence and a reference date in, its time expressions out */
    public TimexBenchmark(BiFunction<String, Optional<LocalDate>, List<TimeValue>> recognizer) {
        this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
    }

    /** What is out of scope and why, one line per rule. */
    public static List<String> scopeNotes() {
        return List.of(
                "Recognizers-Text: cases marked NotSupported or NotSupportedByDesign (for any language) are skipped, as its README asks.",
                "Recognizers-Text: a date without a year passes with the past or the future resolution the spec gives (it leaves that choice to the caller); a range end passes when our value contains it (2016 for 2016-01-01).",
                "Recognizers-Text: a duration passes when it is the spec's length in other units (PT30M for PT0.5H, P3Y6M for P3.5Y): zhextract writes a fraction in the next smaller unit, as ISO 8601 readers such as Java's Duration.parse need; months and days are not compared with each other (P15D, zhextract's half month, does not pass for P0.5M).",
                "Recognizers-Text: extractor specs list one type each (HolidayExtractor lists 元旦, not 明天), so only their negative cases count extra expressions.",
                "Recognizers-Text: lunar dates and lunar holidays (农历十月初一, 春节 = XXXX-01-01): the spec's value is the lunar month and day, zhextract's the Gregorian date, so the two cannot be compared (their extractor cases stay in scope).",
                "Recognizers-Text: a period given as a range value (start,end,duration) but written without both ends (前1周, 近三年, 下午) has no TIMEX3 value in zhextract/1, which writes the two ends of a range as two expressions.",
                "JioNLP: lunar-calendar dates (农历, 正月, 腊月, 闰, 廿, 大年初N): skipped since the scope was set, when zhextract read month-days in the Gregorian calendar only; it now converts 农历 and 正月/腊月 dates, days 初N and a bare 十五 (八月十五), but not 闰 months or 大年初N, and the scope stays fixed so the figures remain comparable.",
                "JioNLP: expressions relative to the base time of day (3小时后, 未来7天 = [now, now+7d], 至今): zhextract's anchor is a publication date, not an instant.",
                "JioNLP: 'blur' readings (年底前 = [now, 31 Dec]) and open intervals (inf) are fuzzy spans with no TIMEX3 value.",
                "JioNLP: duration ranges (100到200个小时) and periods anchored on a point (每周三 9点) have no single TIMEX3 value in zhextract/1.",
                "Times of day: TIMEX3 writes 3点 as T03:00, so only the start of JioNLP's hour-long interval is compared.");
    }

    // ---------------------------------------------------------------- Recognizers-Text

    /** Runs every {@code *.json} file of a Recognizers-Text {@code DateTime/Chinese} folder. */
    public Report runRecognizersText(Path folder) throws IOException {
        List<CaseResult> results = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString().replace(".json", "");
            for (JsonNode c : JSON.readTree(Files.readString(file, StandardCharsets.UTF_8))) {
                results.add(recognizersCase(name, c));
            }
        }
        return new Report("recognizers-text", results);
    }

    private CaseResult recognizersCase(String file, JsonNode c) {
        String input = c.path("Input").asText();
        String suite = "recognizers-text/" + file;
        if (c.hasNonNull("NotSupported") || c.hasNonNull("NotSupportedByDesign")) {
            return new CaseResult(suite, input, Optional.of("marked NotSupported"), false, "");
        }
        Optional<LocalDate> ref = Optional.empty();
        String refText = c.path("Context").path("ReferenceDateTime").asText("");
        if (!refText.isEmpty()) {
            ref = Optional.of(LocalDateTime.parse(refText).toLocalDate());
        }
        boolean extractor = file.endsWith("Extractor");
        if (!extractor && LUNAR_RT.matcher(input).find()) {
            return new CaseResult(suite, input, Optional.of("lunar date written as lunar month-day"), false, "");
        }
        List<TimeValue> predicted = recognizer.apply(input, ref);
        StringBuilder detail = new StringBuilder();
        boolean passed = true;
        for (JsonNode r : c.path("Results")) {
            int start = r.path("Start").asInt();
            int end = r.has("Length") ? start + r.path("Length").asInt() : r.path("End").asInt() + 1;
            start = input.codePointCount(0, Math.min(start, input.length()));
            end = input.codePointCount(0, Math.min(end, input.length()));
            int s = start;
            int e = end;
            List<TimeValue> overlapping = predicted.stream().filter(t -> t.start() < e && s < t.end()).toList();
            if (overlapping.isEmpty()) {
                passed = false;
                detail.append("missed '").append(r.path("Text").asText()).append("' ");
                continue;
            }
            if (extractor) {
                continue;
            }
            List<String> timexes = expectedTimexes(r);
            if (timexes.isEmpty()) {
                continue;
            }
            String timex = timexes.get(0);
            if (timex.startsWith("(")) {
                String[] parts = timex.substring(1, timex.length() - 1).split(",");
                if (!RANGE_WORDS.matcher(r.path("Text").asText()).find()) {
                    return new CaseResult(suite, input, Optional.of("range value for a period written without both ends"), false, "");
                }
                List<String> past = pastResolution(r);
                List<String> future = futureResolution(r);
                boolean startOk = overlapping.stream().anyMatch(t -> endpointMatches(t.value(), parts[0],
                        past.size() > 0 ? past.get(0) : "", future.size() > 0 ? future.get(0) : ""));
                boolean endOk = overlapping.stream().anyMatch(t -> endpointMatches(t.value(), parts[1],
                        past.size() > 1 ? past.get(1) : "", future.size() > 1 ? future.get(1) : ""));
                if (!startOk || !endOk) {
                    passed = false;
                    detail.append("range ").append(timex).append(" got ").append(values(overlapping)).append(' ');
                }
                continue;
            }
            List<String> resolved = new ArrayList<>(pastResolution(r));
            resolved.addAll(futureResolution(r));
            boolean ok = overlapping.stream().anyMatch(t -> timexes.stream().anyMatch(x -> valueMatches(t.value(), x, ""))
                    || resolved.stream().anyMatch(p -> valueMatches(t.value(), "", p)));
            if (!ok) {
                passed = false;
                detail.append("value ").append(timexes).append(resolved).append(" got ").append(values(overlapping)).append(' ');
            }
        }
        if (extractor && c.path("Results").isEmpty()) {
            for (TimeValue t : predicted) {
                boolean inGold = false;
                for (JsonNode r : c.path("Results")) {
                    int start = input.codePointCount(0, Math.min(r.path("Start").asInt(), input.length()));
                    int end = start + r.path("Text").asText().codePointCount(0, r.path("Text").asText().length());
                    inGold |= t.start() < end && start < t.end();
                }
                if (!inGold) {
                    passed = false;
                    detail.append("extra '").append(t.text()).append("' ");
                }
            }
        }
        return new CaseResult(suite, input, Optional.empty(), passed, detail.toString().strip());
    }

    /** Lunar dates and holidays, whose Recognizers-Text timex is the lunar month and day (春节 = XXXX-01-01). */
    private static final java.util.regex.Pattern LUNAR_RT = java.util.regex.Pattern.compile(
            "农历|阴历|正月|腊月|大年|春节|除夕|元宵|中秋|端午|重阳|七夕|月初[一二三四五六七八九十]|^[一二三四五六七八九十]+月初[一二三四五六七八九十]");
    private static final java.util.regex.Pattern RANGE_WORDS = java.util.regex.Pattern.compile("[到至~～—-]");

    private static List<String> expectedTimexes(JsonNode r) {
        List<String> out = new ArrayList<>();
        if (r.path("Value").has("Timex")) {
            out.add(r.path("Value").path("Timex").asText());
        }
        for (JsonNode v : r.path("Resolution").path("values")) {
            if (v.has("timex")) {
                out.add(v.path("timex").asText());
            }
        }
        return out;
    }

    /**
     * A range end matches when our value equals the expected timex or one of its resolutions, or
     * when our coarser value contains it (2016 for 2016-01-01).
     */
    private static boolean endpointMatches(String ours, String timex, String past, String future) {
        if (valueMatches(ours, timex, "") || valueMatches(ours, "", past) || valueMatches(ours, "", future)) {
            return true;
        }
        Optional<LocalDateTime[]> interval = interval(ours);
        return interval.isPresent() && Stream.of(timex, past, future)
                .filter(x -> x.matches("\\d{4}-\\d\\d-\\d\\d"))
                .map(x -> LocalDate.parse(x).atStartOfDay())
                .anyMatch(d -> !d.isBefore(interval.get()[0]) && !d.isAfter(interval.get()[1]));
    }

    private static List<String> futureResolution(JsonNode r) {
        return resolution(r.path("Value").path("FutureResolution"));
    }

    /** The past resolution(s) as TIMEX3-like strings: one value, or a range's start and end. */
    private static List<String> pastResolution(JsonNode r) {
        List<String> out = new ArrayList<>(resolution(r.path("Value").path("PastResolution")));
        for (JsonNode v : r.path("Resolution").path("values")) {
            if (v.has("value")) {
                out.add(v.path("value").asText().replace(' ', 'T'));
            }
        }
        return out;
    }

    private static List<String> resolution(JsonNode past) {
        List<String> out = new ArrayList<>();
        for (String key : List.of("date", "time", "datetime", "startDate", "endDate", "startTime", "endTime",
                "startDateTime", "endDateTime")) {
            if (past.has(key)) {
                out.add(past.path(key).asText().replace(' ', 'T'));
            }
        }
        return out;
    }

    /** Whether our value equals an expected timex or a resolved date/time ({@code 2017-03-22T17:00:00}). */
    static boolean valueMatches(String ours, String timex, String resolved) {
        if (!timex.isEmpty()) {
            String t = canonicalTimex(timex);
            if (ours.equals(t) || (t.startsWith("T") && ours.endsWith(t) && ours.length() == 10 + t.length())
                    || sameDuration(ours, t)) {
                return true;
            }
            // an unresolved timex (XXXX-07-25TMO) matches the value it resolves to (2019-07-25TMO)
            if (t.contains("X") && ours.length() == t.length()
                    && ours.matches(java.util.regex.Pattern.quote(t).replace("X", "\\E\\d\\Q"))) {
                return true;
            }
        }
        if (!resolved.isEmpty()) {
            String r = resolved.endsWith(":00") && resolved.length() >= 19 ? resolved.substring(0, resolved.length() - 3) : resolved;
            if (r.matches("\\d\\d:\\d\\d(:\\d\\d)?")) {
                r = "T" + (r.length() == 8 && r.endsWith(":00") ? r.substring(0, 5) : r);
                return ours.endsWith(r) && ours.length() == 10 + r.length();
            }
            return ours.equals(r);
        }
        return false;
    }

    /** T20 → T20:00 (TIMEX3 allows the hour alone; zhextract writes minutes). */
    private static String canonicalTimex(String timex) {
        return timex.replaceAll("T(\\d\\d)$", "T$1:00");
    }

    private static String values(List<TimeValue> ts) {
        return ts.stream().map(t -> t.text() + "=" + t.value()).toList().toString();
    }

    // ---------------------------------------------------------------- JioNLP

    /** Runs JioNLP's {@code time_parser_cases.jsonl} and {@code time_extractor_cases.jsonl}. */
    public Report runJioNlp(Path folder) throws IOException {
        List<CaseResult> results = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("time_parser_cases.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                results.add(jioParserCase(JSON.readTree(line)));
            }
        }
        for (String line : Files.readAllLines(folder.resolve("time_extractor_cases.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                results.add(jioExtractorCase(JSON.readTree(line)));
            }
        }
        return new Report("jionlp", results);
    }

    private CaseResult jioParserCase(JsonNode c) {
        String text = c.path("text").asText();
        JsonNode expected = c.path("expected");
        String type = expected.path("type").asText();
        String suite = "jionlp/time_parser/" + type;
        if (expected.path("definition").asText().equals("blur")) {
            return new CaseResult(suite, text, Optional.of("JioNLP blur reading"), false, "");
        }
        if (LUNAR.matcher(text).find()) {
            return new CaseResult(suite, text, Optional.of("lunar-calendar date"), false, "");
        }
        JsonNode time = expected.path("time");
        Optional<LocalDateTime> instant = baseInstant(c.path("time_base"));
        if (TIME_OF_DAY_OFFSET.matcher(text).find() || (instant.isPresent() && time.isArray()
                && (time.path(0).asText().equals(instant.get().format(SECONDS))
                || time.path(1).asText().equals(instant.get().format(SECONDS))))) {
            return new CaseResult(suite, text, Optional.of("relative to the base time of day"), false, "");
        }
        Optional<LocalDate> ref = baseDate(c.path("time_base"));
        List<TimeValue> predicted = recognizer.apply(text, ref);
        switch (type) {
            case "time_delta" -> {
                if (time.isArray()) {
                    return new CaseResult(suite, text, Optional.of("range of durations"), false, "");
                }
                double want = days(time);
                List<TimeValue> durations = predicted.stream().filter(t -> t.type() == TimeType.DURATION).toList();
                boolean ok = durations.size() == 1 && Math.abs(durationDays(durations.get(0).value()) - want) < 1e-6;
                return new CaseResult(suite, text, Optional.empty(), ok, "want " + want + " days, got " + values(predicted));
            }
            case "time_period" -> {
                if (!time.path("point").isNull()) {
                    return new CaseResult(suite, text, Optional.of("period anchored on a point"), false, "");
                }
                double want = days(time.path("delta"));
                List<TimeValue> sets = predicted.stream().filter(t -> t.type() == TimeType.SET).toList();
                boolean ok = sets.size() == 1 && Math.abs(durationDays(sets.get(0).value()) - want) < 1e-6;
                return new CaseResult(suite, text, Optional.empty(), ok, "want every " + want + " days, got " + values(predicted));
            }
            default -> {
                String from = time.path(0).asText();
                String to = time.path(1).asText();
                if (from.contains("inf") || to.contains("inf")) {
                    return new CaseResult(suite, text, Optional.of("open interval"), false, "");
                }
                LocalDateTime wantStart = LocalDateTime.parse(from, SECONDS);
                LocalDateTime wantEnd = LocalDateTime.parse(to, SECONDS);
                LocalDateTime start = null;
                LocalDateTime end = null;
                boolean clock = false;
                for (TimeValue t : predicted) {
                    Optional<LocalDateTime[]> interval = interval(t.value());
                    if (interval.isEmpty()) {
                        continue;
                    }
                    clock |= t.value().matches(".*T\\d\\d:\\d\\d.*");
                    start = start == null || interval.get()[0].isBefore(start) ? interval.get()[0] : start;
                    end = end == null || interval.get()[1].isAfter(end) ? interval.get()[1] : end;
                }
                boolean ok = start != null && start.equals(wantStart)
                        && (end.equals(wantEnd) || (clock && wantEnd.isBefore(wantStart.plusDays(1))));
                return new CaseResult(suite, text, Optional.empty(), ok,
                        "want [" + from + ", " + to + "] got " + values(predicted));
            }
        }
    }

    private CaseResult jioExtractorCase(JsonNode c) {
        JsonNode pair = c.path("case");
        String text = pair.path(0).asText();
        List<TimeValue> predicted = recognizer.apply(text, Optional.empty());
        List<int[]> gold = new ArrayList<>();
        for (JsonNode g : pair.path(1)) {
            int s = text.codePointCount(0, g.path("offset").path(0).asInt());
            int e = text.codePointCount(0, g.path("offset").path(1).asInt());
            gold.add(new int[] {s, e});
        }
        boolean ok = gold.stream().allMatch(g -> predicted.stream().anyMatch(t -> t.start() < g[1] && g[0] < t.end()))
                && predicted.stream().allMatch(t -> gold.stream().anyMatch(g -> t.start() < g[1] && g[0] < t.end()));
        return new CaseResult("jionlp/time_extractor", text, Optional.empty(), ok, "got " + values(predicted));
    }

    /** Written markers of a lunar-calendar date: JioNLP resolves these through the lunar calendar. */
    private static final java.util.regex.Pattern LUNAR = java.util.regex.Pattern.compile("农历|阴历|正月|腊月|闰|廿|大年初|月初[一二三四五六七八九十0-9]");
    /** Offsets finer than a day from the base instant (3小时后, 半小时内, 过去5分钟). */
    private static final java.util.regex.Pattern TIME_OF_DAY_OFFSET = java.util.regex.Pattern.compile(
            "(小时|钟头|分钟|分半?钟?|秒钟?|刻钟)(以?前|之前|以?后|之后|以?内|以来)|^(未来|过去|最近)的?.*(小时|钟头|分钟|秒)");

    /** The base instant when the case gives a time of day (2021-06-14 01:06:40, [2019, 2, 18, 7, 18]). */
    private static Optional<LocalDateTime> baseInstant(JsonNode base) {
        if (base.isTextual() && base.asText().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d")) {
            LocalDateTime t = LocalDateTime.parse(base.asText(), SECONDS);
            return t.toLocalTime().toSecondOfDay() == 0 ? Optional.empty() : Optional.of(t);
        }
        if (base.isArray() && base.size() > 3) {
            return Optional.of(LocalDateTime.of(base.path(0).asInt(), base.path(1).asInt(), base.path(2).asInt(),
                    base.path(3).asInt(), base.path(4).asInt(0), base.path(5).asInt(0)));
        }
        if (base.isNumber()) {
            return Optional.of(Instant.ofEpochSecond(base.asLong()).atZone(CHINA).toLocalDateTime());
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> baseDate(JsonNode base) {
        if (base.isNumber()) {
            return Optional.of(Instant.ofEpochSecond(base.asLong()).atZone(CHINA).toLocalDate());
        }
        if (base.isArray() && base.size() > 0) {
            return Optional.of(LocalDate.of(base.path(0).asInt(), base.path(1).asInt(1), base.path(2).asInt(1)));
        }
        if (base.isObject() && base.has("year")) {
            return Optional.of(LocalDate.of(base.path("year").asInt(), base.path("month").asInt(1), base.path("day").asInt(1)));
        }
        if (base.isTextual() && base.asText().matches("\\d{4}-\\d\\d-\\d\\d.*")) {
            return Optional.of(LocalDate.parse(base.asText().substring(0, 10)));
        }
        return Optional.empty(); // NOW or none: only absolute expressions can pass
    }

    /** A JioNLP delta ({"day": 28.0}) in days, with a month of 30 days and a year of 12 months. */
    private static double days(JsonNode delta) {
        double d = 0;
        d += delta.path("year").asDouble(0) * 360;
        d += delta.path("month").asDouble(0) * 30;
        d += delta.path("day").asDouble(0);
        d += delta.path("hour").asDouble(0) / 24;
        d += delta.path("minute").asDouble(0) / 1440;
        d += delta.path("second").asDouble(0) / 86400;
        return d;
    }

    /** A TIMEX3 duration (P3Y, P1.5M, PT30M) in days, on the same scale as {@link #days} (a month 30 days); NaN when vague. */
    static double durationDays(String value) {
        double[] parts = durationParts(value);
        return parts == null ? Double.NaN : parts[0] * 30 + parts[1] / 86400;
    }

    /**
     * Whether two TIMEX3 durations are the same length written in other units (PT0.5H and PT30M,
     * P1.5Y and P1Y6M): the months (years, months) and the seconds (weeks down to seconds) are
     * compared apart, so P1M and P30D differ.
     */
    static boolean sameDuration(String a, String b) {
        double[] x = durationParts(a);
        double[] y = durationParts(b);
        return x != null && y != null && Math.abs(x[0] - y[0]) < 1e-9 && Math.abs(x[1] - y[1]) < 1e-6;
    }

    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile("P([0-9.]+[YMWD])*(T([0-9.]+[HMS])+)?");
    private static final java.util.regex.Pattern DURATION_PART = java.util.regex.Pattern.compile("T|([0-9.]+)([YMWDHS])");

    /** A TIMEX3 duration as {months, seconds}, or null when it is none or vague (PXY). */
    private static double[] durationParts(String value) {
        // compiled once: valueMatches asks for two durations per expected value of every case
        if (!DURATION.matcher(value).matches() || value.equals("P")) {
            return null;
        }
        double[] parts = new double[2];
        boolean time = false;
        java.util.regex.Matcher m = DURATION_PART.matcher(value.substring(1));
        while (m.find()) {
            if (m.group().equals("T")) {
                time = true;
                continue;
            }
            double n = Double.parseDouble(m.group(1));
            switch (time ? "T" + m.group(2) : m.group(2)) {
                case "Y" -> parts[0] += 12 * n;
                case "M" -> parts[0] += n;
                case "W" -> parts[1] += 7 * 86400 * n;
                case "D" -> parts[1] += 86400 * n;
                case "TH" -> parts[1] += 3600 * n;
                case "TM" -> parts[1] += 60 * n;
                default -> parts[1] += n;
            }
        }
        return parts;
    }

    /** The interval a TIMEX3 date or time value covers, end inclusive to the second. */
    static Optional<LocalDateTime[]> interval(String v) {
        try {
            if (v.matches("\\d{4}")) {
                LocalDateTime s = LocalDate.of(Integer.parseInt(v), 1, 1).atStartOfDay();
                return Optional.of(new LocalDateTime[] {s, s.plusYears(1).minusSeconds(1)});
            }
            if (v.matches("\\d{4}-\\d\\d")) {
                LocalDateTime s = LocalDate.parse(v + "-01").atStartOfDay();
                return Optional.of(new LocalDateTime[] {s, s.plusMonths(1).minusSeconds(1)});
            }
            if (v.matches("\\d{4}-\\d\\d-\\d\\d")) {
                LocalDateTime s = LocalDate.parse(v).atStartOfDay();
                return Optional.of(new LocalDateTime[] {s, s.plusDays(1).minusSeconds(1)});
            }
            if (v.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?")) {
                LocalDateTime s = LocalDateTime.parse(v.length() == 16 ? v + ":00" : v);
                return Optional.of(new LocalDateTime[] {s, v.length() == 16 ? s.plusMinutes(1).minusSeconds(1) : s});
            }
            if (v.matches("\\d{4}-Q[1-4]")) {
                LocalDateTime s = LocalDate.of(Integer.parseInt(v.substring(0, 4)), (v.charAt(6) - '1') * 3 + 1, 1).atStartOfDay();
                return Optional.of(new LocalDateTime[] {s, s.plusMonths(3).minusSeconds(1)});
            }
            if (v.matches("\\d{4}-H[12]")) {
                LocalDateTime s = LocalDate.of(Integer.parseInt(v.substring(0, 4)), v.charAt(6) == '1' ? 1 : 7, 1).atStartOfDay();
                return Optional.of(new LocalDateTime[] {s, s.plusMonths(6).minusSeconds(1)});
            }
            if (v.matches("\\d{4}-W\\d\\d")) {
                LocalDate monday = LocalDate.parse(v + "-1", DateTimeFormatter.ISO_WEEK_DATE);
                return Optional.of(new LocalDateTime[] {monday.atStartOfDay(), monday.plusWeeks(1).atStartOfDay().minusSeconds(1)});
            }
            if (v.matches("\\d{3}")) {
                LocalDateTime s = LocalDate.of(Integer.parseInt(v) * 10, 1, 1).atStartOfDay();
                return Optional.of(new LocalDateTime[] {s, s.plusYears(10).minusSeconds(1)});
            }
            if (v.matches("\\d{2}")) {
                LocalDateTime s = LocalDate.of(Integer.parseInt(v) * 100, 1, 1).atStartOfDay();
                return Optional.of(new LocalDateTime[] {s, s.plusYears(100).minusSeconds(1)});
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
