package org.zhextract.time;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.zhextract.text.ResourceLines;

/**
 * The holidays of {@code holidays.txt} and their Gregorian dates in a given year. Lunar holidays
 * (春节, 端午节, 中秋节) are converted with ICU4J's {@link ChineseCalendar}, which computes the
 * calendar astronomically for any year instead of relying on a finite table.
 *
 * <p>Thread-safe. The lunar conversion is an astronomical computation of tens of microseconds,
 * and news mention the same few holidays of the same few years again and again, so each lunar
 * date is converted once and remembered (at most {@link #MAX_REMEMBERED} of them).
 */
final class HolidayCalendar {

    private record Rule(String kind, int month, int day, int dayOfWeek) {
    }

    private record LunarDate(int year, int month, int day) {
    }

    private static final int MAX_REMEMBERED = 10_000;

    private final Map<String, Rule> rules;
    private final Map<LunarDate, LocalDate> converted = new ConcurrentHashMap<>();

    private HolidayCalendar(Map<String, Rule> rules) {
        this.rules = Map.copyOf(rules);
    }

    /** Loads the bundled holiday list. */
    static HolidayCalendar load() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (String line : ResourceLines.read(HolidayCalendar.class, "holidays.txt")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.strip().split("\t");
            String kind = f[1];
            int month = 0;
            int day = 0;
            int dow = 0;
            if (f.length > 2) {
                String[] p = f[2].split("-");
                month = Integer.parseInt(p[0]);
                day = Integer.parseInt(p[1]);
                dow = p.length > 2 ? Integer.parseInt(p[2]) : 0;
            }
            rules.put(f[0], new Rule(kind, month, day, dow));
        }
        return new HolidayCalendar(rules);
    }

    /** The holiday names, longest first (the order a regular expression alternation needs). */
    List<String> namesLongestFirst() {
        List<String> names = new ArrayList<>(rules.keySet());
        names.removeIf(name -> rules.get(name).kind.equals("national")); // a country's name alone is no holiday
        names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return names;
    }

    /**
     * The country whose national day a 国庆 after {@code before} names (美国国庆日, 美国的国庆日 is 4 July), as listed with
     * the kind {@code national}; empty when {@code before} ends with no listed country (国庆 alone is China's).
     */
    Optional<String> nationalDayBefore(String before) {
        String stripped = before.endsWith("的") ? before.substring(0, before.length() - 1) : before;
        return rules.entrySet().stream()
                .filter(e -> e.getValue().kind.equals("national") && stripped.endsWith(e.getKey()))
                .map(Map.Entry::getKey).findFirst();
    }

    boolean isLunar(String name) {
        Rule r = rules.get(name);
        return r != null && (r.kind.equals("lunar") || r.kind.equals("lunareve"));
    }

    /** The month and day written as a TIMEX3 value when the year is unknown ({@code XXXX-12-25}). */
    String valueWithoutYear(String name) {
        Rule r = rules.get(name);
        if (r == null || !(r.kind.equals("fixed") || r.kind.equals("national"))) {
            return "XXXX";
        }
        return String.format("XXXX-%02d-%02d", r.month, r.day);
    }

    /** The Gregorian date of the holiday that falls in the Gregorian year {@code year}. */
    LocalDate dateIn(String name, int year) {
        Rule r = Objects.requireNonNull(rules.get(name), name);
        return switch (r.kind) {
            case "fixed", "national" -> LocalDate.of(year, r.month, r.day);
            case "lunar" -> converted(year, r.month, r.day);
            case "lunareve" -> converted(year, 1, 1).minusDays(1);
            case "qingming" -> LocalDate.of(year, 4, qingmingDay(year));
            case "nth" -> LocalDate.of(year, r.month, 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(r.day, DayOfWeek.of(r.dayOfWeek)));
            default -> throw new IllegalStateException("unknown holiday kind " + r.kind);
        };
    }

    private LocalDate converted(int year, int lunarMonth, int lunarDay) {
        LunarDate key = new LunarDate(year, lunarMonth, lunarDay);
        LocalDate date = converted.get(key);
        if (date == null) {
            date = lunarToGregorian(year, lunarMonth, lunarDay);
            if (converted.size() < MAX_REMEMBERED) {
                converted.put(key, date);
            }
        }
        return date;
    }

    /**
     * The Gregorian date of a day of the lunar year that starts in Gregorian year {@code year}
     * (a non-leap month).
     */
    static LocalDate lunarToGregorian(int year, int lunarMonth, int lunarDay) {
        return lunarToGregorian(year, lunarMonth, lunarDay, false);
    }

    /**
     * As {@link #lunarToGregorian(int, int, int)}, in the leap month after month {@code lunarMonth} when
     * {@code leap} (闰四月初八); when that lunar year has no such leap month, in the month itself.
     */
    static LocalDate lunarToGregorian(int year, int lunarMonth, int lunarDay, boolean leap) {
        ChineseCalendar calendar = new ChineseCalendar(TimeZone.GMT_ZONE);
        calendar.clear();
        calendar.set(ChineseCalendar.EXTENDED_YEAR, year + 2637);
        calendar.set(ChineseCalendar.MONTH, lunarMonth - 1);
        calendar.set(ChineseCalendar.IS_LEAP_MONTH, leap ? 1 : 0);
        calendar.set(ChineseCalendar.DAY_OF_MONTH, lunarDay);
        long epochDay = Math.floorDiv(calendar.getTimeInMillis(), 86_400_000L);
        if (leap && (calendar.get(ChineseCalendar.IS_LEAP_MONTH) != 1 || calendar.get(ChineseCalendar.MONTH) != lunarMonth - 1)) {
            return lunarToGregorian(year, lunarMonth, lunarDay, false); // no such leap month that year
        }
        return LocalDate.ofEpochDay(epochDay);
    }

    /** 清明 by the usual solar-term formula ([Y×0.2422 + C] − [Y/4]), meant for 1900–2099. */
    private static int qingmingDay(int year) {
        int y = Math.floorMod(year, 100);
        double c = year >= 2000 ? 4.81 : 5.59;
        return (int) Math.floor(y * 0.2422 + c) - y / 4;
    }
}
