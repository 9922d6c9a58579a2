package org.zhextract.quantity;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Parses numerals as Chinese text writes them: Arabic digits with thousands separators and
 * decimals, Chinese numerals (simplified, traditional and financial forms), and mixtures of the
 * two.
 *
 * <pre>{@code
 * ChineseNumber.parse("三千五百")   → 3500
 * ChineseNumber.parse("一百零五")   → 105
 * ChineseNumber.parse("1.5万亿")    → 1.5E12
 * ChineseNumber.parse("两千四百五") → 2450  (a trailing digit counts in the next lower place)
 * ChineseNumber.parse("三分之一")   → 0.333…
 * ChineseNumber.parse("负1,234.5")  → -1234.5
 * }</pre>
 *
 * <p>The whole argument must be one numeral; finding numerals inside running text is
 * {@link NumberScanner}'s job. Stateless and thread-safe.
 */
public final class ChineseNumber {

    /** The exponent after e in scientific notation (2e5, 12.32e+14): compiled once, as every numeral goes through parse. */
    private static final Pattern EXPONENT = Pattern.compile("[+-]?[0-9]+");

    private ChineseNumber() {
    }

    /** The value of a numeral, or empty when the text is not exactly one numeral. */
    public static OptionalDouble parse(String numeral) {
        Objects.requireNonNull(numeral, "numeral");
        String s = normalize(numeral);
        if (s.isEmpty()) {
            return OptionalDouble.empty();
        }
        boolean negative = false;
        if (s.charAt(0) == '负' || s.charAt(0) == '-') {
            negative = true;
            s = s.substring(1);
        }
        OptionalDouble v = parseUnsigned(s);
        if (v.isPresent() && !Double.isFinite(v.getAsDouble())) {
            return OptionalDouble.empty(); // 2e001012: too large for a double, so no usable value
        }
        if (v.isEmpty() || !negative) {
            return v;
        }
        return OptionalDouble.of(-v.getAsDouble());
    }

    /**
     * The text with traditional and financial numeral characters mapped to their simplified
     * everyday forms, full-width digits and punctuation to ASCII, and spaces and thousands
     * separators removed. Each input char maps to at most one output char except 廿/卅/卌.
     */
    static String normalize(String numeral) {
        StringBuilder out = new StringBuilder(numeral.length());
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) (c - '０' + '0');
            }
            switch (c) {
                case ' ', '\u00a0', '\u3000' -> { }
                case ',', '，' -> { }
                case '．', '點' -> out.append(c == '．' ? '.' : '点');
                case '－', '−', '負' -> out.append(c == '負' ? '负' : '-');
                case '萬' -> out.append('万');
                case '億' -> out.append('亿');
                case '兩', '倆', '俩' -> out.append('两');
                case '壹', '幺' -> out.append('一');
                case '貳', '贰', '貮' -> out.append('二');
                case '參', '叁', '叄', '弎' -> out.append('三');
                case '肆' -> out.append('四');
                case '伍' -> out.append('五');
                case '陸', '陆' -> out.append('六');
                case '柒' -> out.append('七');
                case '捌' -> out.append('八');
                case '玖' -> out.append('九');
                case '拾' -> out.append('十');
                case '佰' -> out.append('百');
                case '仟' -> out.append('千');
                case '〇', '○', 'О' -> out.append('零');
                case '廿' -> out.append("二十");
                case '卅' -> out.append("三十");
                case '卌' -> out.append("四十");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static OptionalDouble parseUnsigned(String s) {
        int whole = s.indexOf('又');
        if (whole > 0) {
            OptionalDouble integer = parseUnsigned(s.substring(0, whole));
            OptionalDouble fraction = parseUnsigned(s.substring(whole + 1));
            if (integer.isEmpty() || fraction.isEmpty() || !s.substring(whole + 1).contains("分之")) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(integer.getAsDouble() + fraction.getAsDouble());
        }
        int of = s.indexOf("分之");
        if (of >= 0) {
            String below = s.substring(0, of);
            OptionalDouble denominator = below.length() == 1 && bigUnit(below.charAt(0)) > 0
                    ? OptionalDouble.of(bigUnit(below.charAt(0))) : parse(below); // 万分之三
            OptionalDouble numerator = parse(s.substring(of + 2));
            if (denominator.isEmpty() || numerator.isEmpty() || denominator.getAsDouble() == 0) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(numerator.getAsDouble() / denominator.getAsDouble());
        }
        return parsePositional(s);
    }

    /** Digit value of a simplified numeral character, or -1. */
    static int digit(char c) {
        return switch (c) {
            case '零' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    /** Place value of 十/百/千, or 0. */
    static int smallUnit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
        };
    }

    /** Multiplier of 万/亿/兆 and of the Latin suffixes k, M, G and w (万), or 0. */
    static double bigUnit(char c) {
        return switch (c) {
            case '万', 'w' -> 1e4;
            case '亿' -> 1e8;
            case '兆' -> 1e12;
            case 'k', 'K' -> 1e3;
            case 'M' -> 1e6;
            case 'G' -> 1e9;
            default -> 0;
        };
    }

    /**
     * Positional parsing over a mixture of Arabic runs, Chinese digits, place units (十百千) and
     * multipliers (万亿兆). Multipliers stack (万亿 = 10^12) and a larger multiplier after a
     * smaller one scales everything before it (四千万八千亿 = (4000万 + 8000) 亿).
     */
    private static OptionalDouble parsePositional(String s) {
        double total = 0;          // finished sections, already multiplied
        double lastBig = 0;        // multiplier applied to the latest section, 0 before any
        double section = 0;        // value below the current multiplier
        double pending = -1;       // the digit or Arabic number not yet placed, -1 when none
        boolean pendingIsChineseDigit = false;
        int lastPlace = 0;         // place value of the latest 十/百/千 or multiplier/10 hint
        double lastPlaceBig = 0;   // the latest multiplier when it came right before pending
        boolean zeroSeen = false;  // a 零 breaks the "trailing digit" abbreviation (一万零三)
        boolean previousWasBig = false;
        boolean anything = false;
        double fraction = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || c == '.') {
                int j = i;
                while (j < n && (s.charAt(j) >= '0' && s.charAt(j) <= '9' || s.charAt(j) == '.')) {
                    j++;
                }
                String run = s.substring(i, j);
                if (run.equals(".") || run.indexOf('.') != run.lastIndexOf('.') || pending >= 0) {
                    return OptionalDouble.empty();
                }
                // scientific notation (2e5, 12.32e+14) only when the whole rest is an exponent
                if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E') && EXPONENT.matcher(s).region(j + 1, n).matches()) {
                    pending = Double.parseDouble(run + "e" + s.substring(j + 1));
                    j = n;
                } else {
                    pending = Double.parseDouble(run);
                }
                pendingIsChineseDigit = false;
                anything = true;
                previousWasBig = false;
                i = j;
                continue;
            }
            int d = digit(c);
            if (d >= 0) {
                if (d == 0) {
                    zeroSeen = true;
                    anything = true;
                    if (pending >= 0) {
                        return OptionalDouble.empty();
                    }
                    i++;
                    continue;
                }
                if (pending >= 0) {
                    return OptionalDouble.empty(); // 三五 is a range, not a numeral
                }
                pending = d;
                pendingIsChineseDigit = true;
                anything = true;
                previousWasBig = false;
                i++;
                continue;
            }
            if (c == '点') {
                // Chinese decimal point: place the integer digit, then read decimal digits
                if (pending >= 0) {
                    section += placeTrailing(pending, pendingIsChineseDigit, zeroSeen, lastPlace, lastPlaceBig);
                    pending = -1;
                }
                int j = i + 1;
                StringBuilder digits = new StringBuilder("0.");
                while (j < n) {
                    char f = s.charAt(j);
                    int fd = f >= '0' && f <= '9' ? f - '0' : digit(f);
                    if (fd < 0) {
                        break;
                    }
                    digits.append(fd);
                    j++;
                }
                if (digits.length() == 2) {
                    return OptionalDouble.empty();
                }
                fraction = Double.parseDouble(digits.toString());
                anything = true;
                i = j;
                if (i < n && bigUnit(s.charAt(i)) == 0) {
                    return OptionalDouble.empty();
                }
                // 一点五亿: the fraction joins the section and the multiplier applies to both
                section += fraction;
                fraction = 0;
                lastPlace = 0;
                continue;
            }
            int place = smallUnit(c);
            if (place > 0) {
                double multiplier = pending >= 0 ? pending : 1;
                section += multiplier * place;
                pending = -1;
                lastPlace = place;
                lastPlaceBig = 0;
                zeroSeen = false;
                anything = true;
                previousWasBig = false;
                i++;
                continue;
            }
            double big = bigUnit(c);
            if (big > 0) {
                double group = section;
                if (pending >= 0) {
                    // 百二万 = 120万, but 一亿四万 = 1亿 + 4万: only a place unit shortens the digit here
                    group += placeTrailing(pending, pendingIsChineseDigit, zeroSeen, lastPlace, 0);
                }
                if (group == 0 && previousWasBig) {
                    total *= big;         // 万亿, 万万
                    lastBig *= big;
                } else if (group == 0 && !anything) {
                    group = 1;            // 万九 = 一万九
                    total += big;
                    lastBig = big;
                } else if (group == 0) {
                    return OptionalDouble.empty();
                } else if (lastBig > 0 && big > lastBig) {
                    total = (total + group) * big;
                    lastBig = big;
                } else {
                    total += group * big;
                    lastBig = big;
                }
                section = 0;
                pending = -1;
                lastPlace = 0;
                lastPlaceBig = big;
                zeroSeen = false;
                previousWasBig = true;
                anything = true;
                i++;
                continue;
            }
            return OptionalDouble.empty();
        }
        // a lone multiplier (万, 亿万) is no numeral; 万亿 is, as 千亿 is (逾万亿元: more than a trillion)
        if (!anything || s.chars().allMatch(ch -> bigUnit((char) ch) > 0) && !s.equals("万亿")) {
            return OptionalDouble.empty(); // a lone 万 or 亿 is a word, not a number
        }
        if (pending >= 0) {
            section += placeTrailing(pending, pendingIsChineseDigit, zeroSeen, lastPlace, lastPlaceBig);
        }
        return OptionalDouble.of(total + section + fraction);
    }

    /**
     * The value of a digit that follows a place unit: one place lower unless a 零 intervened
     * (两千四百五 → 50, 一万三 → 3000, 一千零五 → 5).
     */
    private static double placeTrailing(double pending, boolean chineseDigit, boolean zeroSeen,
                                        int lastPlace, double lastPlaceBig) {
        if (!chineseDigit || zeroSeen) {
            return pending;
        }
        if (lastPlace >= 100) {
            return pending * lastPlace / 10;
        }
        if (lastPlaceBig > 0) {
            return pending * lastPlaceBig / 10;
        }
        return pending;
    }
}
