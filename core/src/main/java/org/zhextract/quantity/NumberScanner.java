package org.zhextract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds numerals in running text in one left-to-right pass: Arabic (1,234.5, ２．２, 40k),
 * Chinese (三千五百, 壹佰零伍), mixed (1.5万亿, 3万4000, 40k, 1.2M), negative (负32, -1.2), fractions
 * (三分之一, 一又二分之一) and vague forms with 多/余/几 inside (十多万).
 *
 * <p>Numeral characters inside ordinary words (一切, 四川, 队伍, 两国) are skipped using a word
 * list. Whether a numeral is a quantity is decided later by {@link QuantityRecognizer}, which
 * looks at the words around it. Immutable and thread-safe.
 */
public final class NumberScanner {

    /** A numeral with a decimal comma as {@link #decimalCommaAt} admits it (43,6; 3,5亿). */
    private static final Pattern DECIMAL_COMMA_NUMERAL = Pattern.compile("-?[0-9]{1,3},[0-9]{1,2}[万萬亿億兆]*");

    private final WordSet nonNumberWords;

    /**
     * @param nonNumberWords words whose numeral characters are not numbers (一切, 四川, 两国)
     */
    public NumberScanner(Set<String> nonNumberWords) {
        this.nonNumberWords = new WordSet(Objects.requireNonNull(nonNumberWords, "nonNumberWords"));
    }

    /** A scanner with the word list shipped in this package's resources. */
    public static NumberScanner withDefaultWords() {
        return new NumberScanner(Resources.lines("non-number-words.txt"));
    }

    /** Every numeral of the text in order, with char offsets. */
    public List<NumberMatch> find(String text) {
        Objects.requireNonNull(text, "text");
        List<NumberMatch> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            boolean previousIsNumeral = i > 0 && (isNumeralChar(text.charAt(i - 1)) || isArabic(text.charAt(i - 1)));
            if (!previousIsNumeral) {
                int word = nonNumberWords.longestAt(text, i);
                if (word > 0 && !text.startsWith("分之", i + word - 1)) { // 十分之一 is a tenth, 十分 alone "very"
                    i += word;
                    continue;
                }
            }
            if (startsNumeral(text, i)) {
                int end = extend(text, i);
                NumberMatch match = end > i ? build(text, i, end) : null;
                if (match != null) {
                    out.add(match);
                    i = end;
                    continue;
                }
                i = Math.max(end, i + 1);
                continue;
            }
            i += Character.charCount(text.codePointAt(i));
        }
        return out;
    }

    static boolean isArabic(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** Chinese digit, place unit or multiplier in any of its written forms. */
    static boolean isNumeralChar(char c) {
        return isChineseDigit(c) || isPlace(c) || isMultiplier(c);
    }

    static boolean isChineseDigit(char c) {
        return switch (c) {
            case '零', '〇', '○', '一', '二', '两', '兩', '倆', '三', '四', '五', '六', '七', '八', '九',
                 '壹', '貳', '贰', '參', '叁', '肆', '伍', '陸', '陆', '柒', '捌', '玖' -> true;
            default -> false;
        };
    }

    static boolean isPlace(char c) {
        return switch (c) {
            case '十', '拾', '百', '佰', '千', '仟', '廿', '卅', '卌' -> true;
            default -> false;
        };
    }

    static boolean isMultiplier(char c) {
        return switch (c) {
            case '万', '萬', '亿', '億', '兆' -> true;
            default -> false;
        };
    }

    /** Characters that are numerals only beside other numerals (陆地, 队伍, 收拾, 放肆). */
    private static boolean isFinancialOnly(char c) {
        return "壹貳贰參叁肆伍陸陆柒捌玖拾佰仟".indexOf(c) >= 0;
    }

    /**
     * A lone 万 or 亿 after a word that makes it "some ten thousand", "some hundred million": 数万人,
     * 几亿美元, 上万人, 逾亿元, 过万元 (the recognizer reads 数/几 as a range, 上 as about, 逾 and 过 as more than).
     * Not 亿万 (亿万富翁, countless), nor after a numeral, where it is part of that numeral.
     */
    private static boolean isVagueLoneMultiplier(String text, int i) {
        char c = text.charAt(i);
        if (c == '兆' || i == 0 || "数數几幾上逾近过過".indexOf(text.charAt(i - 1)) < 0) {
            return false;
        }
        if ((text.charAt(i - 1) == '过' || text.charAt(i - 1) == '過') && i >= 2
                && QuantityRecognizer.OVER_NOT_AFTER.indexOf(text.charAt(i - 2)) >= 0) {
            return false; // 花费过万元 is over ten thousand; 经过万里长城, 不过万一 are other words
        }
        char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
        return !isNumeralChar(next) && !isArabic(next) && (i < 2 || !isNumeralChar(text.charAt(i - 2)));
    }

    private static boolean isMinus(char c) {
        return c == '负' || c == '負' || c == '-' || c == '－' || c == '−';
    }

    private static boolean startsNumeral(String text, int i) {
        char c = text.charAt(i);
        if (isFinancialOnly(c) && (i + 1 >= text.length() || !isNumeralChar(text.charAt(i + 1)) && !text.startsWith("分之", i + 1))) {
            return false; // 北陆300毫米, 队伍: 陆 and 伍 are numerals only among Chinese numerals (壹佰陆拾)
        }
        if (isArabic(c) || isChineseDigit(c) || isPlace(c)) {
            return true;
        }
        if (isMultiplier(c)) {
            // 万九 (19000) is a numeral; a lone 万 is not. 万亿 is one (逾万亿元, 上万亿: a trillion, as 千亿 is a
            // hundred billion); 亿万 (亿万富翁) is a vague "countless" and stays none
            return i + 1 < text.length() && (isChineseDigit(text.charAt(i + 1)) || text.startsWith("分之", i + 1)
                        || (c == '万' || c == '萬') && (text.charAt(i + 1) == '亿' || text.charAt(i + 1) == '億'))
                    && (i == 0 || !isNumeralChar(text.charAt(i - 1)))
                    || isVagueLoneMultiplier(text, i);
        }
        if ((c == '.' || c == '．') && i + 1 < text.length() && isArabic(text.charAt(i + 1))) {
            return i == 0 || !isArabic(text.charAt(i - 1)) && !isAsciiLetter(text.charAt(i - 1));
        }
        if (isMinus(c) && i + 1 < text.length()) {
            char next = text.charAt(i + 1);
            if (next == ' ' && (c == '负' || c == '負') && i + 2 < text.length()) {
                next = text.charAt(i + 2);
            }
            boolean numeralFollows = isArabic(next) || isChineseDigit(next) || isPlace(next) || next == '.';
            if ((c == '负' || c == '負') && i > 0 && text.charAt(i - 1) == '正') {
                return false; // 正负1个百分点: plus or minus, a margin, not a negative amount
            }
            if ((c == '负' || c == '負') && i > 0 && "身背肩担擔抱自欠辜胜勝".indexOf(text.charAt(i - 1)) >= 0) {
                return false; // 身负7宗罪, 背负3亿债务: 负 ends a verb (bears), even before Arabic digits
            }
            if ((c == '负' || c == '負') && !isArabic(next) && next != '.' && i > 0
                    && Character.isIdeographic(text.charAt(i - 1)) && "为為是至到达達了从從约約和与與或及之".indexOf(text.charAt(i - 1)) < 0) {
                return false; // 辜负两位, 胜负: 负 ends a word; a minus before Chinese numerals follows 为, 至 …
            }
            boolean afterNumber = i > 0 && (isArabic(text.charAt(i - 1)) || isNumeralChar(text.charAt(i - 1))
                    || isAsciiLetter(text.charAt(i - 1)));
            return numeralFollows && !afterNumber && (c == '负' || c == '負' || isArabic(next) || next == '.');
        }
        return false;
    }

    /** How many lines before and after a list number are searched for its neighbours. */
    private static final int LIST_LINES = 12;

    /**
     * Whether the digits from {@code start} to the dot at {@code dot} open a line as the number of a
     * list item ({@code 6.21岁女子…}: item 6, then 21岁), which a line before starting with the item
     * number before it, or a line after starting with the one after it, shows.
     */
    static boolean listNumberAt(String text, int start, int dot) {
        if (dot - start < 1 || dot - start > 2 || start > 0 && text.charAt(start - 1) != '\n') {
            return false;
        }
        for (int k = start; k < dot; k++) {
            if (!(text.charAt(k) >= '0' && text.charAt(k) <= '9')) {
                return false;
            }
        }
        int item = Integer.parseInt(text.substring(start, dot));
        String before = (item - 1) + ".";
        String after = (item + 1) + ".";
        int lineStart = start;
        for (int n = 0; n < LIST_LINES && lineStart > 0; n++) {
            lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
            if (item > 1 && text.startsWith(before, lineStart)) {
                return true;
            }
        }
        int lineEnd = start;
        for (int n = 0; n < LIST_LINES; n++) {
            lineEnd = text.indexOf('\n', lineEnd);
            if (lineEnd < 0) {
                break;
            }
            lineEnd++;
            if (text.startsWith(after, lineEnd)) {
                return true;
            }
        }
        return false;
    }

    /** The end of the longest plausible numeral run from {@code start}. */
    private static int extend(String text, int start) {
        int n = text.length();
        int i = start;
        if (isMinus(text.charAt(i))) {
            i++;
            if (i < n && text.charAt(i) == ' ') {
                i++; // 负 1,200,000
            }
        }
        int lastGood = start;
        boolean sawFractionWord = false;
        while (i < n) {
            char c = text.charAt(i);
            if (isArabic(c)) {
                if (i > start && isNumeralChar(text.charAt(i - 1)) && repeatsChineseNumeral(text, start, i)) {
                    break; // 十10港元: the numeral written twice, in words and in digits; the digits follow
                }
                i++;
                lastGood = i;
                continue;
            }
            if (isNumeralChar(c)) {
                if (startsUnitWord(text, i)) {
                    break;
                }
                i++;
                lastGood = i;
                continue;
            }
            boolean afterNumeral = i > start && (isArabic(text.charAt(i - 1)) || isNumeralChar(text.charAt(i - 1)));
            char next = i + 1 < n ? text.charAt(i + 1) : '\0';
            boolean atStart = i == start || i == start + 1 && isMinus(text.charAt(start));
            if ((c == '.' || c == '．') && isArabic(next) && (afterNumeral && isArabic(text.charAt(i - 1)) || atStart)
                    && !listNumberAt(text, start, i)) {
                i++;
                continue;
            }
            // 三点五 is 3.5; after Arabic digits 点 is a clock time or an index level (3400点)
            if ((c == '点' || c == '點') && afterNumeral && isNumeralChar(text.charAt(i - 1))
                    && (isChineseDigit(next) && next != '两' && next != '兩' || isArabic(next))
                    && !isTimeOfDayAfter(text, i + 1)) {
                i++;
                continue;
            }
            if (c == ',' && decimalCommaAt(text, start, i)) {
                i++;
                continue; // 43,6 %: a decimal comma (European style) before a percent sign
            }
            if ((c == ',' || c == '，' || c == '،') && afterNumeral && isArabic(text.charAt(i - 1)) && thousandsGroupAt(text, i + 1)) {
                i++;
                continue;
            }
            if ((c == '多' || c == '余' || c == '几' || c == '幾' || c == '个' || c == '個') && afterNumeral
                    && (isMultiplier(next) || (c == '几' || c == '幾') && isPlace(next))) {
                i++;
                continue;
            }
            if (c == ' ' && afterNumeral) {
                int j = i;
                while (j < n && text.charAt(j) == ' ') {
                    j++;
                }
                char prevChar = text.charAt(i - 1);
                char nextChar = j < n ? text.charAt(j) : '\0';
                // 177.1 亿 and 一百 五 十 continue the numeral; 667.123 五点八 are two numerals
                boolean continues = isMultiplier(nextChar) || isPlace(nextChar)
                        || isNumeralChar(prevChar) && (isChineseDigit(nextChar) || isArabic(nextChar));
                if (j < n && continues && j - i <= 2 && !isFinancialOnly(nextChar)) {
                    i = j;
                    continue;
                }
                if (j < n && j - i <= 2 && text.startsWith("分之", j) || j + 1 < n && text.charAt(j) == '分' && text.charAt(j + 1) == ' ') {
                    i = j;
                    continue;
                }
                break;
            }
            if (c == '分' && afterNumeral && !sawFractionWord) {
                int j = i + 1;
                while (j < n && text.charAt(j) == ' ') {
                    j++;
                }
                if (j < n && text.charAt(j) == '之') {
                    int k = j + 1;
                    while (k < n && text.charAt(k) == ' ') {
                        k++;
                    }
                    if (k < n && (isArabic(text.charAt(k)) || isNumeralChar(text.charAt(k)) || isMinus(text.charAt(k)))) {
                        sawFractionWord = true;
                        i = isMinus(text.charAt(k)) ? k + 1 : k;
                        continue;
                    }
                }
                break;
            }
            if (c == '又' && afterNumeral && !sawFractionWord && fractionFollows(text, i + 1)) {
                i++;
                continue;
            }
            if ((c == 'e' || c == 'E') && afterNumeral && isArabic(text.charAt(i - 1))) {
                // 2e5, 12.32e+14, 2.7890e－1
                int j = i + 1;
                if (j < n && (text.charAt(j) == '+' || isMinus(text.charAt(j)))) {
                    j++;
                }
                int digits = j;
                while (j < n && isArabic(text.charAt(j))) {
                    j++;
                }
                if (j > digits && (j == n || !isAsciiLetter(text.charAt(j)))) {
                    lastGood = j;
                }
                break;
            }
            if ("kKMw".indexOf(c) >= 0 && afterNumeral && isArabic(text.charAt(i - 1))
                    && (next == '\0' || !isAsciiLetter(next))) {
                i++;
                lastGood = i;
                break;
            }
            break;
        }
        return lastGood;
    }

    /**
     * 百分点, 百帕, 兆瓦 and 千瓦 after 万 begin a unit word, not a numeral: 3.2百分点, 910百帕, 300兆瓦, 120万千瓦.
     * (Elsewhere 千 may stay in the numeral: 3千瓦 and 3千 瓦 are the same 3000 W.)
     */
    private static boolean startsUnitWord(String text, int i) {
        char c = text.charAt(i);
        char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
        if ((c == '百' || c == '佰') && (text.startsWith("分点", i + 1) || text.startsWith("分點", i + 1))) {
            return true;
        }
        if (c == '百' && next == '帕') {
            return true; // 气压910百帕: hectopascals, not 91,000 pascals
        }
        if (c == '兆' && "瓦焦赫帕字伏欧".indexOf(next) >= 0) {
            return true;
        }
        return (c == '千' || c == '仟') && "瓦克米焦卡".indexOf(next) >= 0 && i > 0 && isMultiplier(text.charAt(i - 1));
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** 八点 followed by a clock word (八点半, 八点三十分, 8点5分) is a time of day, not 8.5. */
    private static boolean isTimeOfDayAfter(String text, int i) {
        int j = i;
        while (j < text.length() && (isArabic(text.charAt(j)) || isNumeralChar(text.charAt(j)))) {
            j++;
        }
        return j < text.length() && (text.charAt(j) == '分' && !text.startsWith("分之", j) || text.charAt(j) == '刻');
    }

    /**
     * Whether the ASCII comma at {@code i} is a decimal comma: one to three digits from the start
     * of the numeral (not after another comma, so no list 1,2,3), one or two digits after it, then
     * a percent sign or a multiplier (43,6 %, 5,2%, 3,5亿).
     */
    private static boolean decimalCommaAt(String text, int start, int i) {
        if (i - start < 1 || i - start > 3 || start > 0 && ",，、".indexOf(text.charAt(start - 1)) >= 0) {
            return false;
        }
        for (int k = start; k < i; k++) {
            if (text.charAt(k) < '0' || text.charAt(k) > '9') {
                return false;
            }
        }
        int j = i + 1;
        while (j < text.length() && j - i <= 3 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
            j++;
        }
        if (j - i - 1 < 1 || j - i - 1 > 2) {
            return false;
        }
        if (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        return j < text.length() && (text.charAt(j) == '%' || text.charAt(j) == '％' || isMultiplier(text.charAt(j))
                || MEASURE_FIRST.indexOf(text.charAt(j)) >= 0);
    }

    /**
     * The first chars of units of measure and money (米, 公里, 千克, 吨, 升, 厘米, 毫米, 度, 元, 美元, 欧元, 英镑): a comma
     * before one or two digits and one of them is a decimal comma (翼展1,37米). Not count words or time units:
     * 传染给1,2个人, 6,70年代 are lists of two numbers.
     */
    private static final String MEASURE_FIRST = "米公千克吨升厘毫度元美欧英";

    /**
     * Whether the Arabic digits at {@code i} repeat the value of the Chinese numeral from
     * {@code start} to {@code i} (十10, 五5): one amount written twice, not a mixed numeral (3万4000).
     */
    private static boolean repeatsChineseNumeral(String text, int start, int i) {
        for (int k = start; k < i; k++) {
            if (!isNumeralChar(text.charAt(k))) {
                return false;
            }
        }
        int j = i;
        while (j < text.length() && j - i < 12 && isArabic(text.charAt(j))) {
            j++;
        }
        OptionalDouble chinese = ChineseNumber.parse(ChineseNumber.normalize(text.substring(start, i)));
        OptionalDouble digits = ChineseNumber.parse(ChineseNumber.normalize(text.substring(i, j)));
        return chinese.isPresent() && digits.isPresent() && chinese.getAsDouble() == digits.getAsDouble();
    }

    private static boolean thousandsGroupAt(String text, int i) {
        int j = i;
        while (j < text.length() && j - i < 4 && isArabic(text.charAt(j))) {
            j++;
        }
        return j - i == 3 && (j == text.length() || !isArabic(text.charAt(j)));
    }

    private static boolean fractionFollows(String text, int i) {
        int limit = Math.min(text.length(), i + 24);
        for (int j = i; j < limit; j++) {
            char c = text.charAt(j);
            if (c == '分') {
                return j > i && text.startsWith("之", j + 1);
            }
            if (!isArabic(c) && !isNumeralChar(c) && c != ' ') {
                return false;
            }
        }
        return false;
    }

    private static NumberMatch build(String text, int start, int end) {
        String raw = text.substring(start, end);
        if (raw.length() == 1 && isFinancialOnly(raw.charAt(0))) {
            return null;
        }
        boolean approximate = false;
        StringBuilder numeral = new StringBuilder(raw.length());
        boolean chinese = true;
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c == '多' || c == '余' || c == '几' || c == '幾') {
                approximate = true;
                continue;
            }
            if (c == '个' || c == '個') {
                continue;
            }
            if (isArabic(c)) {
                chinese = false;
            }
            numeral.append(c);
        }
        if (numeral.indexOf(",") >= 0 && DECIMAL_COMMA_NUMERAL.matcher(numeral).matches()) {
            numeral.setCharAt(numeral.indexOf(","), '.'); // a decimal comma (decimalCommaAt)
        }
        OptionalDouble value = ChineseNumber.parse(numeral.toString());
        double multiplier = trailingMultiplier(raw);
        if (value.isEmpty() && raw.length() == 1 && isMultiplier(raw.charAt(0)) && isVagueLoneMultiplier(text, start)) {
            // 数万, 上亿: ChineseNumber reads a lone 万 as no numeral; here a vague word before it makes it one
            // (never 兆, which isVagueLoneMultiplier refuses)
            value = OptionalDouble.of(multiplier);
        }
        if (value.isEmpty()) {
            return neighbourRange(numeral.toString(), start, end, approximate, multiplier, chinese);
        }
        return new NumberMatch(start, end, value.getAsDouble(), approximate, multiplier, chinese);
    }

    /**
     * 三四百万 (3-4 million), 十七八 (17-18), 两三 (2-3), 三五百 (300-500): one pair of neighbouring
     * nonzero digits, the second one or two above the first; each bound is the numeral with the
     * other digit left out. Null when the numeral is not of that form.
     */
    private static NumberMatch neighbourRange(String numeral, int start, int end, boolean approximate,
                                              double multiplier, boolean chinese) {
        String s = ChineseNumber.normalize(numeral);
        NumberMatch listed = listedRange(s, start, end, approximate, multiplier, chinese);
        if (listed != null) {
            return listed;
        }
        int pair = -1;
        for (int k = 0; k + 1 < s.length(); k++) {
            int a = ChineseNumber.digit(s.charAt(k));
            int b = ChineseNumber.digit(s.charAt(k + 1));
            if (a > 0 && b > a && b - a <= 2) {
                if (pair >= 0) {
                    return null;
                }
                pair = k;
            }
        }
        if (pair < 0) {
            return null;
        }
        OptionalDouble high = ChineseNumber.parse(s.substring(0, pair) + s.substring(pair + 1));
        OptionalDouble low = ChineseNumber.parse(s.substring(0, pair + 1) + s.substring(pair + 2));
        if (high.isEmpty() || low.isEmpty() || !(low.getAsDouble() < high.getAsDouble())) {
            return null;
        }
        return new NumberMatch(start, end, high.getAsDouble(), approximate, multiplier, chinese,
                java.util.Optional.of(low.getAsDouble()));
    }

    /**
     * 五六七八千 (5,000 to 8,000), 五六七个: three or four digits, each one above the one before, list a rough amount; the
     * bounds are the first and the last digit in the numeral's place. Null when the numeral is not of that form.
     */
    private static NumberMatch listedRange(String s, int start, int end, boolean approximate, double multiplier, boolean chinese) {
        int from = -1;
        int length = 0;
        for (int k = 0; k < s.length(); k++) {
            int d = ChineseNumber.digit(s.charAt(k));
            int len = 1;
            while (d > 0 && k + len < s.length() && ChineseNumber.digit(s.charAt(k + len)) == d + len) {
                len++;
            }
            if (len >= 3) {
                if (from >= 0) {
                    return null;
                }
                from = k;
                length = len;
                k += len - 1;
            }
        }
        if (from < 0 || length > 4) {
            return null;
        }
        String rest = s.substring(from + length);
        OptionalDouble low = ChineseNumber.parse(s.substring(0, from + 1) + rest);
        OptionalDouble high = ChineseNumber.parse(s.substring(0, from) + s.charAt(from + length - 1) + rest);
        if (low.isEmpty() || high.isEmpty() || !(low.getAsDouble() < high.getAsDouble())) {
            return null;
        }
        return new NumberMatch(start, end, high.getAsDouble(), approximate, multiplier, chinese,
                java.util.Optional.of(low.getAsDouble()));
    }

    private static double trailingMultiplier(String raw) {
        double m = 1;
        for (int k = raw.length() - 1; k >= 0; k--) {
            if (raw.charAt(k) == ' ') {
                continue;
            }
            double big = ChineseNumber.bigUnit(ChineseNumber.normalize(String.valueOf(raw.charAt(k))).charAt(0));
            if (big > 0) {
                m *= big;
            } else if (isPlace(raw.charAt(k)) && m == 1 && k > 0) {
                return ChineseNumber.parse(ChineseNumber.normalize(String.valueOf(raw.charAt(k)))).orElse(1);
            } else {
                break;
            }
        }
        return m;
    }
}
