package org.zhextract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhextract.model.Approx;
import org.zhextract.model.Span;
import org.zhextract.model.TimeType;
import org.zhextract.model.TimeValue;
import org.zhextract.text.AboutWord;
import org.zhextract.text.DocumentText;

/**
 * Finds time expressions (dates, times of day, durations, sets) and normalizes them to
 * TIMEX3-style values anchored on a reference date, normally the publication date.
 *
 * <pre>{@code
 * 周五（2月4日），普京抵达北京。   reference 2022-02-04
 *   T1 DATE 周五 2022-02-04, T2 DATE 2月4日 2022-02-04
 * 这是习近平400多天来首次…        T3 DURATION 400多天 P400D (more_than)
 * }</pre>
 *
 * <p>Weekdays and bare days prefer the past (news reports what happened: 周五表示 is the most
 * recent Friday on or before the reference date) unless a future cue (将, 即将, 预计, 下周 …)
 * is near; 当天 and 同日 refer to the last full date mentioned before them; the second half of a
 * range (2月3日至5日) takes the year and month it omits from the first half. Without a reference
 * date the unknown parts stay {@code X} ({@code XXXX-02-04}).
 *
 * <p>Loads its holiday list when constructed; immutable and thread-safe afterwards.
 */
public final class TimeRecognizer {

    /** A separator between two atoms of one expression: nothing, one space (not a line break), or 的. */
    private static final Pattern JOINER = Pattern.compile("[ \\t]?|的");
    private static final Pattern RANGE_CONNECTOR = Pattern.compile("\\s{0,2}(?:至|到|-|—{1,2}|―{1,2}|–|~|〜|－|和|与|及|或|、)\\s{0,2}");

    private final TimeGrammar grammar;
    private final HolidayCalendar holidays;

    public TimeRecognizer() {
        this.holidays = HolidayCalendar.load();
        this.grammar = new TimeGrammar(holidays.namesLongestFirst());
    }

    /**
     * The time expressions of a document in text order, with ids T1, T2 ….
     *
     * @param referenceDate the date relative expressions are resolved against; empty leaves their
     *                      unknown parts as {@code X}
     */
    public List<TimeValue> recognize(DocumentText document, Optional<LocalDate> referenceDate) {
        return recognize(document, referenceDate, List.of());
    }

    /**
     * As {@link #recognize(DocumentText, Optional)}, with the names of persons the entity stage found: a time word inside
     * such a name is part of the name, no time (白天辉, where 白天 is daytime).
     *
     * @param personNames the code-point spans of person mentions, in any order; empty when not known
     */
    public List<TimeValue> recognize(DocumentText document, Optional<LocalDate> referenceDate, List<Span> personNames) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(personNames, "personNames");
        String raw = document.text();
        String text = TimeGrammar.normalize(raw);
        List<List<Atom>> groups = group(grammar.scan(text), text);
        if (!personNames.isEmpty()) {
            // a name written once may be a time word run into its neighbours (周日川普 read as 周日川, 白天时); a
            // name the entity stage finds twice or more is one
            java.util.Map<String, Long> written = personNames.stream()
                    .collect(java.util.stream.Collectors.groupingBy(document::slice, java.util.stream.Collectors.counting()));
            List<Span> names = personNames.stream().filter(n -> written.get(document.slice(n)) >= 2).sorted().toList();
            groups.removeIf(g -> insideName(document, names, g.get(0).start(), g.get(g.size() - 1).end()));
        }
        TimeResolver resolver = new TimeResolver(text, referenceDate, holidays);
        List<ResolvedTime> found = new ArrayList<>();
        for (List<Atom> group : groups) {
            if (org.zhextract.text.TitleMarks.encloses(text, group.get(0).start(), group.get(group.size() - 1).end())
                    && group.stream().noneMatch(a -> WRITTEN_YEAR.contains(a.kind()))) {
                continue; // 《我俩没有明天》, 《百年孤独》: a title's words are not times of the article
            }
            ResolvedTime previous = found.isEmpty() ? null : found.get(found.size() - 1);
            boolean connected = previous != null && previous.end() <= group.get(0).start()
                    && RANGE_CONNECTOR.matcher(text.substring(previous.end(), group.get(0).start())).matches();
            resolver.resolve(group, connected ? previous : null).ifPresent(found::add);
        }
        dropQuotedSlogans(found, text);
        unifyWeekdaysWithTheirDates(found, text);
        unifyOffsetsWithTheirDates(found, text);
        referenceDate.ifPresent(ref -> coordinateTwoDigitYears(found, text, ref.getYear()));
        addFourDigitYearRangeStarts(found, text);
        addMonthRangeStarts(found, text);
        carryYearlyAcrossMonthRanges(found, text);
        markApproximateDates(found, text);
        mergeCompoundDurations(found);
        mergeOpeningStretchesOfYears(found, text);
        addDurationRangeStarts(found, text);
        List<TimeValue> times = new ArrayList<>(found.size());
        for (ResolvedTime t : found) {
            Span span = document.spanOfChars(t.start(), t.end());
            times.add(new TimeValue("T" + (times.size() + 1), t.type(), raw.substring(t.start(), t.end()),
                    span.start(), span.end(), t.value(), t.approx()));
        }
        return List.copyOf(times);
    }

    /**
     * A bare number, then a range word, right before a duration (5-15年, 3至5年, 两到三个月): the first end of the range, its
     * unit left to the second. Not after a digit, a dot or a dash (2020-5-15) nor after 第 or a date's unit.
     */
    private static final Pattern DURATION_RANGE_START = Pattern.compile(
            "(?<![0-9零〇一二三四五六七八九十百千万两第.\\-－年月日号])([0-9]{1,3}|[一二三四五六七八九十两]{1,3})"
            + "\\s?(?:至|到|-|~|〜|－|—{1,2}|–)\\s?$");
    /** A duration value of one whole number and one unit: P15Y, P3M, PT2H. */
    private static final Pattern WHOLE_DURATION = Pattern.compile("P(T?)([0-9]+)([YMWDHS])");

    /**
     * 5-15年, 3至5年, 两到三个月: a range of durations written with the unit only after its second end is two expressions,
     * as every range is (2月3日至5日); the first end, a bare number, takes the second's unit (P5Y, P3Y, P2M).
     */
    private static void addDurationRangeStarts(List<ResolvedTime> found, String text) {
        for (int i = 0; i < found.size(); i++) {
            ResolvedTime t = found.get(i);
            Matcher value = WHOLE_DURATION.matcher(t.value());
            if (t.type() != TimeType.DURATION || t.approx().isPresent() || !value.matches()) {
                continue;
            }
            int from = Math.max(i == 0 ? 0 : found.get(i - 1).end(), t.start() - 8);
            if (from >= t.start()) {
                continue;
            }
            Matcher m = DURATION_RANGE_START.matcher(text).region(from, t.start());
            m.useTransparentBounds(true);
            if (!m.find() || !Character.isDigit(text.charAt(t.start())) && "零〇一二三四五六七八九十百千两".indexOf(text.charAt(t.start())) < 0) {
                continue;
            }
            int low = ChineseNumber.parseInt(m.group(1));
            if (low <= 0 || low >= Integer.parseInt(value.group(2))) {
                continue; // 20-3年 is no range of years
            }
            found.add(i, new ResolvedTime(m.start(1), m.end(1), TimeType.DURATION,
                    "P" + value.group(1) + low + value.group(3), java.util.Optional.empty(), null, null, null, null, false));
            i++;
        }
    }

    /**
     * Whether the chars {@code [start, end)} lie inside a person's name that runs past them on either side: 白天 in 白天辉.
     * A name that is the time word itself keeps it. The names are sorted by start.
     */
    private static boolean insideName(DocumentText document, List<Span> sortedNames, int start, int end) {
        Span span = document.spanOfChars(start, end);
        int lo = 0;
        int hi = sortedNames.size() - 1;
        while (lo <= hi) { // the last name that starts at or before the span (mentions do not overlap)
            int mid = (lo + hi) >>> 1;
            if (sortedNames.get(mid).start() <= span.start()) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return hi >= 0 && sortedNames.get(hi).contains(span) && !sortedNames.get(hi).equals(span);
    }

    /** The first half of a quoted slogan after 今日: a short word and the comma before 明日 (“今日香港，明日台湾”). */
    private static final Pattern SLOGAN_FIRST = Pattern.compile("([^，,、。！？!?；;“”「」\\s]{1,3})[，,、]");
    /** The second half after 明日, up to the closing quote. */
    private static final Pattern SLOGAN_SECOND = Pattern.compile("([^，,、。！？!?；;“”「」\\s]{1,3})[”」]");

    /**
     * “今日香港，明日台湾”, “今日麦可、明日香港”: a quoted pair of two equally short halves after 今日 and 明日 is a slogan
     * about what comes to pass, not two days. Only the written 今日/明日 (a speaker's 今天开会，明天再谈 names days), and
     * only when the quote holds nothing else.
     */
    private static void dropQuotedSlogans(List<ResolvedTime> found, String text) {
        for (int i = 0; i + 1 < found.size(); i++) {
            ResolvedTime a = found.get(i);
            ResolvedTime b = found.get(i + 1);
            if (a.start() == 0 || "“「\"".indexOf(text.charAt(a.start() - 1)) < 0
                    || !text.startsWith("今日", a.start()) || a.end() != a.start() + 2
                    || !text.startsWith("明日", b.start()) || b.end() != b.start() + 2) {
                continue;
            }
            Matcher first = SLOGAN_FIRST.matcher(text.substring(a.end(), b.start()));
            Matcher second = SLOGAN_SECOND.matcher(text).region(b.end(), text.length());
            if (first.matches() && second.lookingAt() && first.group(1).length() == second.group(1).length()) {
                found.remove(i + 1);
                found.remove(i);
                i--;
            }
        }
    }

    /** Atoms that write a calendar year out: a title may name one (《2021-2030年国家电力发展计划》). */
    private static final java.util.Set<Atom.Kind> WRITTEN_YEAR = java.util.EnumSet.of(
            Atom.Kind.ISO_DATE, Atom.Kind.YEAR, Atom.Kind.DECADE, Atom.Kind.CENTURY);
    /** Joins adjacent atoms into expressions: each atom must be finer than the one before (年 → 月 → 日 → 下午 → 3点). */
    private static List<List<Atom>> group(List<Atom> atoms, String text) {
        List<List<Atom>> groups = new ArrayList<>();
        List<Atom> current = new ArrayList<>();
        for (Atom atom : atoms) {
            if (!current.isEmpty()) {
                Atom last = current.get(current.size() - 1);
                boolean joins = atom.kind().combines() && (last.kind().combines() || isDailyOrWeekdaySet(last))
                        && (atom.rank() > last.rank() || isDailyOrWeekdaySet(current.get(0)))
                        && JOINER.matcher(text.substring(last.end(), atom.start())).matches();
                if (joins && isDailyOrWeekdaySet(current.get(0))) {
                    joins = (atom.kind() == Atom.Kind.PART_OF_DAY || atom.kind() == Atom.Kind.CLOCK) && atom.rank() > last.rank();
                }
                if (current.size() == 1 && isYearlySet(last)) {
                    // 每年7月1日, 每年的6月4日: one set, XXXX-07-01 (not 每年 and a date of some year)
                    joins = atom.kind() == Atom.Kind.MONTH && !atom.has("mPart")
                            && JOINER.matcher(text.substring(last.end(), atom.start())).matches();
                } else if (joins && isYearlySet(current.get(0))) {
                    // 每年9月的第二个星期六 has no value here: the set ends with its month
                    joins = atom.kind() == Atom.Kind.DAY || atom.kind() == Atom.Kind.MONTH_DAY_BARE
                            || atom.kind() == Atom.Kind.PART_OF_DAY || atom.kind() == Atom.Kind.CLOCK;
                }
                if (joins && atom.kind() == Atom.Kind.MONTH_DAY_BARE && last.kind() != Atom.Kind.MONTH
                        && last.kind() != Atom.Kind.REL_MONTH) {
                    joins = false;
                }
                if (!joins) {
                    groups.add(current);
                    current = new ArrayList<>();
                }
            }
            if (current.isEmpty() && atom.kind() == Atom.Kind.MONTH_DAY_BARE) {
                continue; // 十五 alone is a number, not a day
            }
            current.add(atom);
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    /**
     * Replaces each pair of neighbouring times that {@code merge} joins by the one time it gives (null: not joined); a
     * joined time is tried again with the next one (三年六个月十天 joins twice).
     */
    private static void mergeNeighbours(List<ResolvedTime> found, BinaryOperator<ResolvedTime> merge) {
        for (int i = 0; i + 1 < found.size(); i++) {
            ResolvedTime merged = merge.apply(found.get(i), found.get(i + 1));
            if (merged != null) {
                found.set(i, merged);
                found.remove(i + 1);
                i--;
            }
        }
    }

    /**
     * 四年六个月 → P4Y6M, 36天5小时 → P36DT5H: adjacent durations from larger to smaller units are one. An approximation
     * word before the first holds for the whole (约44分28秒 is about PT44M28S), so only the two both carrying one stay apart.
     */
    private static void mergeCompoundDurations(List<ResolvedTime> found) {
        mergeNeighbours(found, (a, b) -> {
            if (a.type() != TimeType.DURATION || b.type() != TimeType.DURATION || a.end() != b.start()
                    || a.value().contains("X") || b.value().contains("X")
                    || a.approx().isPresent() && b.approx().isPresent()) {
                return null;
            }
            String merged = mergeDurations(a.value(), b.value());
            return merged == null ? null : new ResolvedTime(a.start(), b.end(), TimeType.DURATION, merged,
                    a.approx().isPresent() ? a.approx() : b.approx(), null, null, null, null, false);
        });
    }

    /** A year's text: 今年, 去年, 2019年 (not an offset such as 十年前, which holds its 前). */
    private static final Pattern YEAR_TEXT = Pattern.compile(".*年");
    /** Months or quarters counted whole: P3M, P9M (三季度). */
    private static final Pattern MONTHS_VALUE = Pattern.compile("P[0-9]+M");

    /**
     * 今年前三个月, 去年头两个月, 2019年前三季度: the opening stretch of a year, one expression as 今年上半年 is; a DURATION of its
     * length (P3M, P2M, P9M), as TimeML writes "the first nine months of 1989", where it was a year and a duration apart.
     * Only with 前 or 头 right between them (今年前往美国三个月 keeps its year).
     */
    private static void mergeOpeningStretchesOfYears(List<ResolvedTime> found, String text) {
        mergeNeighbours(found, (a, b) -> {
            if (a.type() != TimeType.DATE || !YEAR_VALUE.matcher(a.value()).matches() || a.approx().isPresent()
                    || !YEAR_TEXT.matcher(text.substring(a.start(), a.end())).matches()
                    || b.type() != TimeType.DURATION || b.approx().isPresent() || !MONTHS_VALUE.matcher(b.value()).matches()
                    || b.start() != a.end() + 1 || "前头".indexOf(text.charAt(a.end())) < 0) {
                return null;
            }
            return new ResolvedTime(a.start(), b.end(), TimeType.DURATION, b.value(), Optional.empty(),
                    null, null, null, null, false);
        });
    }

    private static final String DURATION_ORDER = "YMWD";
    private static final String TIME_ORDER = "HMS";

    /** P4Y + P6M → P4Y6M, P36D + PT5H → P36DT5H; null when the second is not a smaller unit. */
    private static String mergeDurations(String first, String second) {
        // the first may be merged already (2小时1分 before 39秒 of 2小时1分39秒): its smallest unit is its last
        Matcher a = MERGED_DURATION.matcher(first);
        Matcher b = DURATION.matcher(second);
        if (first.length() < 3 || !a.matches() || !b.matches()) {
            return null;
        }
        boolean aTime = a.group(1) != null;
        boolean bTime = b.group(1) != null;
        String aUnit = first.substring(first.length() - 1);
        String bUnit = second.substring(second.length() - 1);
        if (aTime && bTime) {
            return TIME_ORDER.indexOf(bUnit) > TIME_ORDER.indexOf(aUnit) ? first + b.group(2) : null;
        }
        if (!aTime && bTime) {
            return first + second.substring(1);
        }
        if (!aTime && DURATION_ORDER.indexOf(bUnit) > DURATION_ORDER.indexOf(aUnit) && !first.contains(".")) {
            return first + b.group(2);
        }
        return null;
    }

    private static final Pattern DURATION = Pattern.compile("P(T)?([0-9.]+[YMWDHS])");
    private static final Pattern MERGED_DURATION = Pattern.compile("P(?:[0-9.]+[YMWD])*(T(?:[0-9.]+[HMS])+)?");

    /** 每年: a set that a month and day can follow (每年7月1日). */
    static boolean isYearlySet(Atom atom) {
        return atom.kind() == Atom.Kind.SET && !atom.has("setNum") && !atom.has("setGe") && atom.group("setUnit").equals("年");
    }

    /** 每天, 每周一: sets that a time of day can follow (每周一下午八点). */
    private static boolean isDailyOrWeekdaySet(Atom atom) {
        if (atom.kind() != Atom.Kind.SET || atom.has("setNum")) {
            return false;
        }
        String unit = atom.group("setUnit");
        return unit.equals("天") || unit.equals("日") || unit.length() >= 2 && (unit.startsWith("周") || unit.startsWith("星期"));
    }

    /**
     * Chars before 约 that make it the end of a word before a date: those the quantity stage shares (纽约, 签约, 相约,
     * 契约) and 制约, 公约, 合约, 守约, 失约, 和约, which before an amount leave 约 "about" (折合约300万美元, 和约200辆坦克)
     * but the time stage has read as the end of a word before a date since it had the list.
     */
    private static final String NOT_ABOUT_BEFORE_DATE = AboutWord.NOT_ABOUT_AFTER + "制公合守失和";

    /**
     * 大约2002年, 约1990年代, 2005年左右: a calendar date with an approximation word before it (or,
     * for a year or decade, 左右/前后 after it) takes the word into its text and is {@code about}.
     * Other words before a year (超过2019年, 接近2017年) compare amounts, not dates, and stay outside.
     */
    private static void markApproximateDates(List<ResolvedTime> found, String text) {
        for (int i = 0; i < found.size(); i++) {
            ResolvedTime t = found.get(i);
            if (t.type() != TimeType.DATE || t.approx().isPresent() || t.value().isEmpty()
                    || !Character.isDigit(t.value().charAt(0)) || t.weekdayOnly()) {
                continue;
            }
            int previousEnd = i > 0 ? found.get(i - 1).end() : 0;
            int start = t.start();
            int p = start > previousEnd && text.charAt(start - 1) == ' ' ? start - 1 : start;
            if (p - 2 >= previousEnd && (text.startsWith("大约", p - 2) || text.startsWith("大概", p - 2))) {
                start = p - 2;
            } else if (p - 1 >= previousEnd && text.charAt(p - 1) == '约') {
                char c = p >= 2 ? text.charAt(p - 2) : ' ';
                if (NOT_ABOUT_BEFORE_DATE.indexOf(c) < 0) {
                    start = p - 1; // 约1990年, but not 相约2005年, 签约2020年, 路透纽约7月13日 (约 of a word)
                }
            }
            int end = t.end();
            int nextStart = i + 1 < found.size() ? found.get(i + 1).start() : text.length();
            if (THREE_OR_FOUR_DIGITS.matcher(t.value()).matches() && end + 2 <= nextStart
                    && (text.startsWith("左右", end) || text.startsWith("前后", end))) {
                end += 2;
            }
            if (start != t.start() || end != t.end()) {
                found.set(i, new ResolvedTime(start, end, t.type(), t.value(), Optional.of(Approx.ABOUT),
                        t.year(), t.month(), t.day(), t.partOfDay(), false));
            }
        }
    }

    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("[0-9]{2}年");
    private static final Pattern YEAR_COORDINATION = Pattern.compile("[^，,。！？；;\\n0-9]{0,15}[和与及或、]");

    /**
     * 介于09年金融危机和91年海湾战争之间: a two-digit 年 joined by 和/与/及/或/、 to a two-digit year
     * is a year too, not a duration; resolved like the first, to the century that puts it no more
     * than ten years after the reference year. The other way round, a two-digit 年 listed after a count of
     * years (获刑13年、10年和6年) is a count.
     */
    private static void coordinateTwoDigitYears(List<ResolvedTime> found, String text, int referenceYear) {
        for (int i = 0; i + 1 < found.size(); i++) {
            ResolvedTime a = found.get(i);
            ResolvedTime b = found.get(i + 1);
            if (a.type() == TimeType.DATE && YEAR_VALUE.matcher(a.value()).matches() && b.type() == TimeType.DURATION
                    && b.approx().isEmpty()
                    && TWO_DIGIT_YEAR.matcher(text.substring(a.start(), a.end())).matches()
                    && TWO_DIGIT_YEAR.matcher(text.substring(b.start(), b.end())).matches()
                    && YEAR_COORDINATION.matcher(text.substring(a.end(), b.start())).matches()) {
                int yy = Integer.parseInt(text.substring(b.start(), b.start() + 2));
                int year = referenceYear / 100 * 100 + yy;
                if (year > referenceYear + 10) {
                    year -= 100;
                }
                found.set(i + 1, new ResolvedTime(b.start(), b.end(), TimeType.DATE, Integer.toString(year),
                        Optional.empty(), year, null, null, null, false));
            } else if (a.type() == TimeType.DURATION && a.approx().isEmpty() && b.type() == TimeType.DATE
                    && YEAR_VALUE.matcher(b.value()).matches() && SHORT_YEARS.matcher(text.substring(a.start(), a.end())).matches()
                    && TWO_DIGIT_YEAR.matcher(text.substring(b.start(), b.end())).matches()
                    && YEAR_COORDINATION.matcher(text.substring(a.end(), b.start())).matches()) {
                // 分别获刑13年、10年和6年: a two-digit 年 listed after a count of years is a count too, not 2010
                found.set(i + 1, new ResolvedTime(b.start(), b.end(), TimeType.DURATION,
                        "P" + Integer.parseInt(text.substring(b.start(), b.start() + 2)) + "Y",
                        Optional.empty(), null, null, null, null, false));
            }
        }
    }

    /** A four-digit year and a range word right before a two-digit 年: 1995-96年, 2019至20年. */
    private static final Pattern FOUR_DIGIT_RANGE_START = Pattern.compile(
            "(?<![0-9.\\-－])((?:1[0-9]|20)[0-9]{2})\\s?(?:-|－|—{1,2}|–|~|〜|至|到|/)\\s?$");

    /**
     * 1995-96年的导弹危机, 2019/20年度: a two-digit 年 after a four-digit year and a range word is the range's second end (1996), not
     * a count of 96 years; the first end, a bare four-digit number, is a year too. The second end takes the century that puts it
     * after the first, at most ten years on.
     */
    private static void addFourDigitYearRangeStarts(List<ResolvedTime> found, String text) {
        for (int i = 0; i < found.size(); i++) {
            ResolvedTime t = found.get(i);
            if (!TWO_DIGIT_YEAR.matcher(text.substring(t.start(), t.end())).matches()) {
                continue;
            }
            Matcher m = FOUR_DIGIT_RANGE_START.matcher(text).region(Math.max(0, t.start() - 8), t.start());
            m.useTransparentBounds(true);
            if (!m.find() || i > 0 && found.get(i - 1).end() > m.start(1)) {
                continue;   // the first end is already part of a time found before: no year to add there
            }
            int first = Integer.parseInt(m.group(1));
            int second = first / 100 * 100 + Integer.parseInt(text.substring(t.start(), t.start() + 2));
            if (second <= first) {
                second += 100;
            }
            if (second - first > 10) {
                continue; // 1995-06年 is no range of years
            }
            found.set(i, new ResolvedTime(t.start(), t.end(), TimeType.DATE, Integer.toString(second), Optional.empty(),
                    second, null, null, null, false));
            found.add(i, new ResolvedTime(m.start(1), m.end(1), TimeType.DATE, Integer.toString(first), Optional.empty(),
                    first, null, null, null, false));
            i++;
        }
    }

    /**
     * A bare month number and a range word right before a month (1-5月, 1至3月, 一至五月): not after a digit, a dot, a dash or a
     * slash (2020-1-5月), nor after 月, 日, 第 or a week word, where the number is a day, an ordinal or a weekday (6月29至7月2日, 周一至五).
     */
    private static final Pattern MONTH_RANGE_START = Pattern.compile(
            "(?<![0-9零〇一二三四五六七八九十.\\-－/月日号第周期拜])(1[0-2]|0?[1-9]|十[一二]|[一二三四五六七八九十])"
            + "\\s?(?:-|－|—{1,2}|–|~|〜|至|到)\\s?$");
    /** A month's value: 2020-05, XXXX-05. */
    private static final Pattern MONTH_VALUE = Pattern.compile("([0-9X]{4})-([0-9]{2})");
    /** A month written with its number first: 5月, 五月, 5月份. */
    private static final Pattern MONTH_TEXT = Pattern.compile("(?:1[0-2]|0?[1-9]|十[一二]|[一二三四五六七八九十])月.*");

    /**
     * The value of {@code t} (its year and month matched) when it is a month alone, not approximate, written with its number
     * first (5月, 五月份: a possible end of a month range); null otherwise.
     */
    private static Matcher monthWrittenNumberFirst(ResolvedTime t, String text) {
        Matcher value = MONTH_VALUE.matcher(t.value());
        boolean month = t.type() == TimeType.DATE && t.approx().isEmpty() && value.matches()
                && MONTH_TEXT.matcher(text.substring(t.start(), t.end())).matches();
        return month ? value : null;
    }

    /**
     * 1-5月, 1至3月, 一至五月: a range of months written with 月 only after its second end is two expressions, as every range is
     * (2月3日至5日, 1995-96年); the first end, a bare number, is the month of the second's year (2020-01 before 5月 of 2020).
     * Only a range that runs forward within a year (11-2月 spans two years, whose first is not told).
     */
    private static void addMonthRangeStarts(List<ResolvedTime> found, String text) {
        for (int i = 0; i < found.size(); i++) {
            ResolvedTime t = found.get(i);
            Matcher value = monthWrittenNumberFirst(t, text);
            if (value == null) {
                continue;
            }
            Matcher m = MONTH_RANGE_START.matcher(text).region(Math.max(0, t.start() - 6), t.start());
            m.useTransparentBounds(true);
            if (!m.find() || i > 0 && found.get(i - 1).end() > m.start(1)) {
                continue;   // the first end is already part of a time found before
            }
            int first = ChineseNumber.parseInt(m.group(1));
            int second = Integer.parseInt(value.group(2));
            if (first < 1 || first >= second) {
                continue;
            }
            Integer year = value.group(1).startsWith("X") ? null : Integer.valueOf(value.group(1));
            found.add(i, new ResolvedTime(m.start(1), m.end(1), TimeType.DATE,
                    value.group(1) + "-" + TimeResolver.zeroPadded(first, 2), Optional.empty(), year, first, null, null, false));
            i++;
        }
    }

    /** Words of "every year" that make a month after them recur: 每年6月, 每年的6至10月. */
    private static final Pattern YEARLY = Pattern.compile("每年|每一年|年年");

    /**
     * 每年6月至10月, 每年的6至10月: a range of months every year recurs as a whole, each end a SET of its month (XXXX-06,
     * XXXX-10), as 每年6月 alone is; the second end does not take the publication's year, nor the first end the second's.
     * 每年的 before a bare range start joins that start, as 每年 joins 6月.
     */
    private static void carryYearlyAcrossMonthRanges(List<ResolvedTime> found, String text) {
        for (int i = 1; i < found.size(); i++) {
            ResolvedTime t = found.get(i);
            Matcher value = monthWrittenNumberFirst(t, text);
            if (value == null) {
                continue;
            }
            ResolvedTime first = found.get(i - 1);
            if (!RANGE_CONNECTOR.matcher(text.substring(Math.min(first.end(), t.start()), t.start())).matches()
                    || first.end() > t.start()) {
                continue;
            }
            Matcher firstValue = MONTH_VALUE.matcher(first.value());
            if (!firstValue.matches()) {
                continue;
            }
            if (first.type() == TimeType.DATE && i >= 2) {
                ResolvedTime every = found.get(i - 2);
                String between = text.substring(Math.min(every.end(), first.start()), first.start());
                if (every.type() != TimeType.SET || !every.value().equals("P1Y") || every.end() > first.start()
                        || !(between.isEmpty() || between.equals("的"))
                        || !YEARLY.matcher(text.substring(every.start(), every.end())).matches()) {
                    continue;
                }
                found.set(i - 2, new ResolvedTime(every.start(), first.end(), TimeType.SET, "XXXX-" + firstValue.group(2),
                        Optional.empty(), null, first.month(), null, null, false));
                found.remove(i - 1);
                i--;
            } else if (first.type() != TimeType.SET || !first.value().startsWith("XXXX-")) {
                continue;
            }
            found.set(i, new ResolvedTime(t.start(), t.end(), TimeType.SET, "XXXX-" + value.group(2), Optional.empty(),
                    null, t.month(), null, null, false));
        }
    }

    /** A count of years in Arabic digits (13年, 6年), which a two-digit 年 listed after it follows as a count. */
    private static final Pattern SHORT_YEARS = Pattern.compile("[0-9]{1,2}年");
    // values the rules below compare, compiled once rather than by String.matches on every call
    private static final Pattern YEAR_VALUE = Pattern.compile("[0-9]{4}");
    private static final Pattern THREE_OR_FOUR_DIGITS = Pattern.compile("[0-9]{3,4}");
    private static final Pattern DAY_VALUE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern DAY_OR_PART_VALUE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}(T[A-Z]{2})?");

    /** Relative-day words that a bracketed date after them can name: 前一天（6月28日）, 当天（5日）. */
    private static final Pattern RELATIVE_YEAR = Pattern.compile("去年|今年|前年|明年|后年|上年|当年|同年|那年|这一年");
    private static final Pattern RELATIVE_DAY = Pattern.compile("前一天|前一日|当天|当日|次日|翌日|第二天|同日|同一天|隔天|隔日");
    /**
     * Days counted from the publication that a bracketed day after them names (昨天（6日）, 昨晚（6日）): the article was
     * written a day or two before it was published, and the day it gives is the one meant.
     */
    private static final Pattern DEICTIC_DAY = Pattern.compile("前天|昨天|昨日|今天|今日|明天|明日|后天|昨晚|昨夜|昨早|昨晨|今晨|今早|今晚|今夜|明早|明晚");
    /**
     * What stands between a relative day and a full date that says which day it is, besides a bracket: 前一天，即6月29日;
     * 第二天，也就是7月2日.
     */
    private static final Pattern GLOSS_BETWEEN = Pattern.compile("[，,]\\s?(?:即|也就是|也即|亦即|就是)");
    /** How many days a bracketed day may lie from the deictic day it glosses (昨天（6日）): more is no gloss of it. */
    private static final int GLOSS_REACH_DAYS = 3;

    /** A count of days, weeks, months or years after something: 一周后, 10天后, 三个月之后. */
    private static final Pattern OFFSET_AFTER = Pattern.compile(".*(?:天|日|周|星期|礼拜|个月|月|年)(?:之|以)?后");
    /** A count of years before the publication: 五年前, 23年前, 一年之前. */
    private static final Pattern YEARS_BEFORE = Pattern.compile(".*年(?:之|以)?前");

    /**
     * 大选一周后的11月10日, 案发10天后的1月26日, 一周后，即11月10日: a count after an event that a written month and day
     * follows with 的 (or glosses) is that date; counted from the publication, as it would be alone, it names another.
     * The other way round, 五年前的7月9日, 23年前的7月1日: a month and day with no year of its own after a count of years
     * back is in the year counted (each was the publication's year).
     */
    private static void unifyOffsetsWithTheirDates(List<ResolvedTime> found, String text) {
        for (int i = 0; i + 1 < found.size(); i++) {
            ResolvedTime a = found.get(i);
            ResolvedTime b = found.get(i + 1);
            String between = text.substring(a.end(), b.start()).strip();
            String aText = text.substring(a.start(), a.end());
            String bText = text.substring(b.start(), b.end());
            if (a.type() != TimeType.DATE || a.weekdayOnly() || !b.fullDate() || b.weekdayOnly()
                    || !DAY_VALUE.matcher(b.value()).matches() || !bText.contains("月")) {
                continue; // a written month and day only: 21年后的今天 is this year, the deictic day keeps its own reading
            }
            if (OFFSET_AFTER.matcher(aText).matches()
                    && (between.equals("的") || GLOSS_BETWEEN.matcher(between).matches())) {
                found.set(i, a.withValue(b.value()));
            } else if (YEARS_BEFORE.matcher(aText).matches() && between.equals("的") && YEAR_VALUE.matcher(a.value()).matches()
                    && !bText.contains("年")) {
                found.set(i + 1, b.withValue(a.value() + b.value().substring(4)));
            }
        }
    }

    /** 周五（2月4日） and （2月3日）周四: the weekday takes the value of the date beside it. */
    private static void unifyWeekdaysWithTheirDates(List<ResolvedTime> found, String text) {
        for (int i = 0; i + 1 < found.size(); i++) {
            ResolvedTime a = found.get(i);
            ResolvedTime b = found.get(i + 1);
            String between = text.substring(a.end(), b.start()).strip();
            boolean opens = between.equals("（") || between.equals("(");
            boolean glosses = opens || GLOSS_BETWEEN.matcher(between).matches();
            if ((a.weekdayOnly() || glosses && RELATIVE_DAY.matcher(text.substring(a.start(), a.end())).matches()
                        && a.type() == TimeType.DATE && !a.weekdayOnly() && DAY_VALUE.matcher(a.value()).matches())
                    && b.fullDate() && (between.isEmpty() || glosses && !a.weekdayOnly() && !b.weekdayOnly() || opens)) {
                found.set(i, a.withValue(b.value())); // 周五（2月4日）; 前一天（6月28日）, 前一天，即6月29日 say which day that is
            } else if (opens && DEICTIC_DAY.matcher(text.substring(a.start(), a.end())).matches() && b.fullDate()
                    && DAY_OR_PART_VALUE.matcher(a.value()).matches() && DAY_VALUE.matcher(b.value()).matches()
                    && b.end() < text.length() && "）)".indexOf(text.charAt(b.end())) >= 0
                    && Math.abs(java.time.LocalDate.parse(a.value().substring(0, 10)).toEpochDay()
                            - java.time.LocalDate.parse(b.value()).toEpochDay()) <= GLOSS_REACH_DAYS) {
                found.set(i, a.withValue(b.value() + a.value().substring(10))); // 昨天（6日）, 昨晚（6日）: the day the bracket names
            } else if (opens && RELATIVE_YEAR.matcher(text.substring(a.start(), a.end())).matches()
                    && a.type() == TimeType.DATE && YEAR_VALUE.matcher(a.value()).matches() && b.type() == TimeType.DATE
                    && YEAR_VALUE.matcher(b.value()).matches() && b.end() < text.length() && "）)".indexOf(text.charAt(b.end())) >= 0) {
                found.set(i, a.withValue(b.value())); // 我去年（二零一二年）做的: the year in brackets says which year 去年 is
            } else if (b.weekdayOnly() && a.fullDate()
                    && (between.isEmpty() || between.equals("）") || between.equals(")") || opens)) {
                found.set(i + 1, b.withValue(a.value())); // （2月3日）周四, 10月21日（周三）
            }
        }
    }
}
