package org.zhextract.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhextract.text.EnglishMonths;

/**
 * Publication dates as news pages write them: {@code 2020年 7月 16日}, {@code 2020-07-20T13:15:05Z},
 * {@code Wed, 15 Jul 2020 21:02:58 GMT}, {@code 18/07/2020 - 13:05}, {@code 2024.2.7}, {@code 2024.3，25}; datelines
 * that give only the day or month and day ({@code （法新社华盛顿18日电）}, {@code 路透香港7月20日 -}),
 * completed from a full date known otherwise; dates inside URLs and file names; the crawl stamp.
 */
final class Dates {

    private static final String MONTHS = EnglishMonths.lowerCaseAbbreviations();
    private static final PrefilteredPattern CHINESE = PrefilteredPattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final PrefilteredPattern ISO = PrefilteredPattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final PrefilteredPattern DOTTED = PrefilteredPattern.compile("(?<![\\d.])(\\d{4})[./](\\d{1,2})[./](\\d{1,2})(?!\\d|\\.\\d)");
    private static final PrefilteredPattern DAY_MONTH_YEAR = PrefilteredPattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
    private static final PrefilteredPattern RFC_1123 = PrefilteredPattern.compile(
            "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(\\d{1,2})\\s+(" + MONTHS + ")[a-z]*\\.?\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final PrefilteredPattern MONTH_DAY_YEAR = PrefilteredPattern.compile(
            "(" + MONTHS + ")[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    /** 2024.3，25: a dotted date whose second dot was typed as a full-width comma. */
    private static final PrefilteredPattern DOTTED_COMMA = PrefilteredPattern.compile("(?<![\\d.])((?:19|20)\\d{2})\\.(\\d{1,2})，\\s?(\\d{1,2})(?![\\d.])");
    private static final List<PrefilteredPattern> FULL = List.of(CHINESE, ISO, DOTTED, DOTTED_COMMA);

    /** A line that is nothing but a date, perhaps with a time, a weekday and a label. */
    private static final PrefilteredPattern DATE_LINE = PrefilteredPattern.compile(
            "^(?:(?:发表日期|发布日期|发布时间|更新时间|日期|时间|Published|Updated)\\s*[:：]?\\s*)?"
                    + "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?"
                    + "(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{4}\\.\\d{1,2}，\\s?\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{4}"
                    + "|\\d{1,2}\\s+(?:" + MONTHS + ")[a-z]*\\.?\\s+\\d{4}|(?:" + MONTHS + ")[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4})"
                    + "[\\s,]*(?:星期.|周.)?[\\s,-]*(?:T?\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?)?\\s*(?:Z|GMT|UTC|[+-]\\d{2}:?\\d{2})?"
                    + "\\s*(?:\\(?(?:最后)?更新\\)?)?$",
            Pattern.CASE_INSENSITIVE);
    /** A relative time stamp (21 分钟前, 3 小时前) that stands for the date in a {@code <time>} element. */
    private static final PrefilteredPattern RELATIVE_TIME_LINE = PrefilteredPattern.compile("^\\d{1,3}\\s*(秒|分钟|小时|天)前$");

    /** 【大纪元2022年02月04日讯】, （中央社台北18日电）, 路透香港7月20日 - : a dateline. */
    private static final Pattern DATELINE_DAY = Pattern.compile(
            "^[【（(〔]?[\\p{IsHan}\\p{IsLatin}·\\s]{1,16}?(?:(\\d{1,2})月)?(\\d{1,2})日"
                    + "(?:\\s*(?:电|讯|专电)\\s*[】）)〕]?|\\s*[】）)〕]|\\s+[-－—–])");
    private static final Pattern URL_YMD = Pattern.compile("(?<!\\d)(20\\d{2}|19\\d{2})[/-]?(\\d{2})[/-]?(\\d{2})(?!\\d)");
    private static final Pattern URL_SHORT_YMD = Pattern.compile("/(\\d{1,2})/(\\d{1,2})/(\\d{1,2})/");
    private static final Pattern URL_MDY = Pattern.compile("(?<!\\d)(\\d{2})(\\d{2})(20\\d{2})(?:\\d{6})?(?!\\d)");
    private static final Pattern CRAWL_STAMP = Pattern.compile("<!--\\s*(\\d{12,13})\\s*-->");

    private Dates() {
    }

    /** The first full date in a text, if any is a real calendar date. */
    static Optional<LocalDate> firstFullDate(String text) {
        return firstFullDate(text, start -> true);
    }

    /**
     * What may stand before a date in a line that states when the text was written: nothing, a label or an opening
     * bracket (发布时间：, （2015年9月22日北京师范大学讲座稿）), or a verb of writing with 于 (此文发表于, 本文初稿于).
     */
    private static final Pattern OPENING_LEAD = Pattern.compile(
            "(?:[^。！？，,；;]{0,12}[：:（(【\\[]|.*(?:发表|发布|刊发|刊登|刊出|写|撰|初稿|定稿|成稿)于)?\\s*");

    /**
     * The first full date that opens its line or follows a label, as a line stating when the text was written puts
     * it; not one told inside a sentence (随后，在2019年10月28日，…; 退出将于2021年7月6日生效), which names an event.
     */
    static Optional<LocalDate> firstOpeningDate(String line) {
        return firstFullDate(line, start -> OPENING_LEAD.matcher(line).region(0, start).matches());
    }

    private static Optional<LocalDate> firstFullDate(String text, java.util.function.IntPredicate startAllowed) {
        for (PrefilteredPattern p : FULL) {
            for (MatchResult m : p.findAll(text)) {
                Optional<LocalDate> date = of(m.group(1), m.group(2), m.group(3));
                if (date.isPresent() && startAllowed.test(m.start())) {
                    return date;
                }
            }
        }
        for (MatchResult dmy : DAY_MONTH_YEAR.findAll(text)) {
            Optional<LocalDate> date = of(dmy.group(3), dmy.group(2), dmy.group(1));
            if (date.isPresent() && startAllowed.test(dmy.start())) {
                return date;
            }
        }
        for (MatchResult rfc : RFC_1123.findAll(text)) {
            Optional<LocalDate> date = of(rfc.group(3), monthNumber(rfc.group(2)), rfc.group(1));
            if (date.isPresent() && startAllowed.test(rfc.start())) {
                return date;
            }
        }
        for (MatchResult mdy : MONTH_DAY_YEAR.findAll(text)) {
            Optional<LocalDate> date = of(mdy.group(3), monthNumber(mdy.group(1)), mdy.group(2));
            if (date.isPresent() && startAllowed.test(mdy.start())) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** True for a line that only states when the page was published or updated. */
    static boolean isDateLine(String line) {
        String s = line.strip();
        if (s.length() > 60) {
            return false;
        }
        SketchedText sketched = SketchedText.of(s);
        return DATE_LINE.matches(sketched) || RELATIVE_TIME_LINE.matches(sketched);
    }

    /** A year (2020年) anywhere before the day: then the dateline is a full date, not a partial one. */
    private static final Pattern YEAR_BEFORE = Pattern.compile(".*\\d{4}\\s*年.*");

    /**
     * A dateline that names only the day (or month and day), completed with the latest matching
     * date not after {@code reference}.
     */
    static Optional<LocalDate> partialDateline(String line, LocalDate reference) {
        Matcher m = DATELINE_DAY.matcher(line);
        if (!m.find() || YEAR_BEFORE.matcher(line).region(0, m.end()).matches()) {
            return Optional.empty();
        }
        int day = Integer.parseInt(m.group(2));
        if (m.group(1) != null) {
            int month = Integer.parseInt(m.group(1));
            for (int year = reference.getYear(); year >= reference.getYear() - 1; year--) {
                Optional<LocalDate> d = of(year, month, day);
                if (d.isPresent() && !d.get().isAfter(reference)) {
                    return d;
                }
            }
            return Optional.empty();
        }
        for (int back = 0; back <= 2; back++) {
            LocalDate month = reference.withDayOfMonth(1).minusMonths(back);
            Optional<LocalDate> d = of(month.getYear(), month.getMonthValue(), day);
            if (d.isPresent() && !d.get().isAfter(reference)) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** Dates written into URLs and file names: /2020/07/20/, 20200720, /gb/22/2/4/, 07202020. */
    static Optional<LocalDate> inPath(String path) {
        Matcher ymd = URL_YMD.matcher(path);
        while (ymd.find()) {
            Optional<LocalDate> d = of(ymd.group(1), ymd.group(2), ymd.group(3));
            if (d.isPresent()) {
                return d;
            }
        }
        Matcher shortYmd = URL_SHORT_YMD.matcher(path);
        while (shortYmd.find()) {
            Optional<LocalDate> d = of(2000 + Integer.parseInt(shortYmd.group(1)),
                    Integer.parseInt(shortYmd.group(2)), Integer.parseInt(shortYmd.group(3)));
            if (d.isPresent()) {
                return d;
            }
        }
        Matcher mdy = URL_MDY.matcher(path);
        while (mdy.find()) {
            Optional<LocalDate> d = of(mdy.group(3), mdy.group(1), mdy.group(2));
            if (d.isPresent()) {
                return d;
            }
        }
        for (MatchResult dotted : DOTTED.findAll(path)) {
            Optional<LocalDate> d = of(dotted.group(1), dotted.group(2), dotted.group(3));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The {@code <!--1643953383000-->} crawl stamp (epoch milliseconds) as a UTC date. */
    static Optional<LocalDate> crawlStamp(String raw) {
        Matcher m = CRAWL_STAMP.matcher(raw.length() > 512 ? raw.substring(0, 512) : raw);
        if (!m.find()) {
            return Optional.empty();
        }
        long millis = Long.parseLong(m.group(1));
        if (m.group(1).length() == 12) {
            millis *= 10;
        }
        LocalDate date = Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate();
        return plausible(date) ? Optional.of(date) : Optional.empty();
    }

    static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalDate> of(int year, int month, int day) {
        try {
            LocalDate d = LocalDate.of(year, month, day);
            return plausible(d) ? Optional.of(d) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean plausible(LocalDate d) {
        return d.getYear() >= 1990 && d.getYear() <= 2100;
    }

    private static String monthNumber(String name) {
        return String.valueOf(EnglishMonths.number(name));
    }
}
