package org.zhextract.time;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Reads the numerals of time expressions: Arabic (with a decimal part), Chinese with units
 * (二十三, 两千零四, 十万), Chinese digit strings (二〇二二) and 廿/卅.
 */
final class ChineseNumber {

    private static final String DIGITS = "零〇一二三四五六七八九";
    /** Thousands grouped with commas (1,000, 73,000): compiled once, as every count of a time goes through parse. */
    private static final Pattern COMMA_GROUPED = Pattern.compile("[0-9]{1,3}(?:,[0-9]{3})+");

    private ChineseNumber() {
    }

    /** The value of a numeral, or empty when the text is not one. */
    static OptionalDouble parse(String s) {
        if (s == null || s.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (s.indexOf(',') >= 0 && COMMA_GROUPED.matcher(s).matches()) {
            s = s.replace(",", ""); // 1,000天: thousands grouped with commas
        }
        if (s.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.')) {
            try {
                return OptionalDouble.of(Double.parseDouble(s));
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        }
        boolean digitString = s.length() > 1 && s.chars().allMatch(c -> digit(c) >= 0);
        if (digitString) {
            long v = 0;
            for (int i = 0; i < s.length(); i++) {
                v = v * 10 + digit(s.charAt(i));
            }
            return OptionalDouble.of(v);
        }
        long total = 0;
        long section = 0;
        long current = 0;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                current = d;
                any = true;
                continue;
            }
            switch (c) {
                case '十' -> {
                    section += (current == 0 && !any ? 1 : current) * 10;
                    current = 0;
                }
                case '廿' -> section += 20;
                case '卅' -> section += 30;
                case '百' -> {
                    section += Math.max(current, 1) * 100;
                    current = 0;
                }
                case '千' -> {
                    section += Math.max(current, 1) * 1000;
                    current = 0;
                }
                case '万' -> {
                    total += (section + current) * 10_000;
                    section = 0;
                    current = 0;
                }
                default -> {
                    return OptionalDouble.empty();
                }
            }
            any = true;
        }
        return any ? OptionalDouble.of(total + section + current) : OptionalDouble.empty();
    }

    /** The integer value of a numeral, or -1. */
    static int parseInt(String s) {
        OptionalDouble v = parse(s);
        return v.isPresent() && v.getAsDouble() == Math.floor(v.getAsDouble()) && v.getAsDouble() < Integer.MAX_VALUE
                ? (int) v.getAsDouble() : -1;
    }

    /** Whether the numeral is written with Arabic digits. */
    static boolean isArabic(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.');
    }

    private static int digit(int c) {
        if (c == '两' || c == '俩') {
            return 2;
        }
        int i = DIGITS.indexOf(c);
        return i < 0 ? -1 : Math.max(i - 1, 0);
    }
}
