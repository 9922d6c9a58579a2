package org.zhextract.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhextract.model.Approx;
import org.zhextract.model.Quantity;
import org.zhextract.model.QuantityType;
import org.zhextract.model.Span;
import org.zhextract.text.AboutWord;
import org.zhextract.text.DocumentText;
import org.zhextract.text.HoldingWords;

/**
 * Finds quantities, money and percentages with their values in canonical units.
 *
 * <pre>{@code
 * 每年480亿立方米   → QUANTITY 4.8E10 m3, per year
 * 10万多名士兵      → QUANTITY 100000 count (classifier 名), approx more_than
 * 100-200亿美元     → MONEY min 1.0E10 max 2.0E10 USD
 * 百分之十五, 三成  → PERCENT 15, 30
 * }</pre>
 *
 * <p>A numeral ({@link NumberScanner}) becomes a quantity only with a unit or measure word from
 * {@code units.tsv}, or as a percentage or fraction. Numbers before time units (2022年, 3个月,
 * 400多天) are left to the time stage; ordinals (第一), the indefinite 一 before a measure word
 * (一项新的…) and numerals inside words (两国, 一步) are not quantities. One pass over the text;
 * each step looks at a bounded window, so the cost is linear in the text length.
 *
 * <p>Building one reads the unit table and word list once; instances are immutable and
 * thread-safe.
 */
public final class QuantityRecognizer {

    private static final MathContext SIGNIFICANT = new MathContext(12);

    private static final Map<String, Approx> APPROX_BEFORE = Map.ofEntries(
            Map.entry("超过", Approx.MORE_THAN), Map.entry("逾", Approx.MORE_THAN), Map.entry("超", Approx.MORE_THAN),
            Map.entry("多于", Approx.MORE_THAN), Map.entry("大于", Approx.MORE_THAN), Map.entry("高于", Approx.MORE_THAN),
            Map.entry("不到", Approx.LESS_THAN), Map.entry("不足", Approx.LESS_THAN), Map.entry("少于", Approx.LESS_THAN),
            Map.entry("小于", Approx.LESS_THAN), Map.entry("低于", Approx.LESS_THAN), Map.entry("未满", Approx.LESS_THAN),
            Map.entry("不满", Approx.LESS_THAN),
            Map.entry("约", Approx.ABOUT), Map.entry("大约", Approx.ABOUT), Map.entry("大概", Approx.ABOUT),
            Map.entry("约为", Approx.ABOUT), Map.entry("约合", Approx.ABOUT), Map.entry("大致", Approx.ABOUT),
            Map.entry("約", Approx.ABOUT), Map.entry("约有", Approx.ABOUT), Map.entry("大约有", Approx.ABOUT),
            Map.entry("大概有", Approx.ABOUT), Map.entry("約有", Approx.ABOUT),
            Map.entry("近", Approx.NEARLY), Map.entry("将近", Approx.NEARLY), Map.entry("接近", Approx.NEARLY),
            Map.entry("逼近", Approx.NEARLY), Map.entry("近乎", Approx.NEARLY), Map.entry("几乎", Approx.NEARLY),
            Map.entry("將近", Approx.NEARLY),
            Map.entry("至少", Approx.AT_LEAST), Map.entry("最少", Approx.AT_LEAST), Map.entry("起码", Approx.AT_LEAST),
            Map.entry("至少有", Approx.AT_LEAST), Map.entry("最少有", Approx.AT_LEAST), Map.entry("起码有", Approx.AT_LEAST),
            Map.entry("起碼", Approx.AT_LEAST), Map.entry("不少于", Approx.AT_LEAST), Map.entry("不低于", Approx.AT_LEAST),
            Map.entry("至多", Approx.AT_MOST), Map.entry("最多", Approx.AT_MOST), Map.entry("不超过", Approx.AT_MOST),
            Map.entry("不多于", Approx.AT_MOST), Map.entry("顶多", Approx.AT_MOST), Map.entry("最高", Approx.AT_MOST),
            // 大于或等于3级 (≥), 小于或等于 (≤): the bound is included, as 至少 and 至多 say
            Map.entry("大于或等于", Approx.AT_LEAST), Map.entry("大于等于", Approx.AT_LEAST), Map.entry("不小于", Approx.AT_LEAST),
            Map.entry("小于或等于", Approx.AT_MOST), Map.entry("小于等于", Approx.AT_MOST), Map.entry("不大于", Approx.AT_MOST));

    /** Chars before 过 that make it part of a word (不过, 通过, 经过, 超过 is read as a whole), not "over" in 过百宗. */
    static final String OVER_NOT_AFTER = "不通经超越穿度路走错记难罪太";

    /** Chars before 上 that make it a word of its own (加上, 马上, 晚上, 世界上), not "some" in 上百万人. */
    private static final String UP_TO_NOT_AFTER = "加马晚早身网路街场线台会界面以之往向比跟赶爬登走北南东西";

    private static final Map<String, Approx> APPROX_AFTER = Map.ofEntries(
            Map.entry("左右", Approx.ABOUT), Map.entry("上下", Approx.ABOUT), Map.entry("前后", Approx.ABOUT),
            Map.entry("以上", Approx.MORE_THAN), Map.entry("或以上", Approx.MORE_THAN), Map.entry("及以上", Approx.MORE_THAN),
            Map.entry("（含）以上", Approx.MORE_THAN), Map.entry("(含)以上", Approx.MORE_THAN),
            Map.entry("出头", Approx.MORE_THAN), Map.entry("开外", Approx.MORE_THAN), Map.entry("有余", Approx.MORE_THAN),
            Map.entry("多", Approx.MORE_THAN), Map.entry("余", Approx.MORE_THAN),
            Map.entry("以下", Approx.LESS_THAN), Map.entry("或以下", Approx.LESS_THAN), Map.entry("及以下", Approx.LESS_THAN),
            Map.entry("（含）以下", Approx.LESS_THAN), Map.entry("(含)以下", Approx.LESS_THAN),
            Map.entry("以内", Approx.AT_MOST));

    private static final Map<String, String> PER_BEFORE = Map.ofEntries(
            Map.entry("每年", "year"), Map.entry("年均", "year"), Map.entry("每年度", "year"), Map.entry("平均每年", "year"),
            Map.entry("每天", "day"), Map.entry("每日", "day"), Map.entry("日均", "day"), Map.entry("平均每天", "day"),
            Map.entry("每月", "month"), Map.entry("月均", "month"), Map.entry("每个月", "month"),
            Map.entry("每周", "week"), Map.entry("周均", "week"), Map.entry("每星期", "week"),
            Map.entry("每小时", "hour"), Map.entry("每分钟", "minute"), Map.entry("每秒", "second"), Map.entry("每秒钟", "second"),
            Map.entry("时速", "hour"), Map.entry("秒速", "second"));

    private static final Map<String, String> PER_AFTER = Map.ofEntries(
            Map.entry("/年", "year"), Map.entry("每年", "year"), Map.entry("/天", "day"), Map.entry("/日", "day"),
            Map.entry("每天", "day"), Map.entry("/月", "month"), Map.entry("每月", "month"), Map.entry("/周", "week"),
            Map.entry("每周", "week"), Map.entry("/小时", "hour"), Map.entry("每小时", "hour"), Map.entry("/秒", "second"),
            Map.entry("每秒", "second"), Map.entry("每秒钟", "second"), Map.entry("/时", "hour"),
            Map.entry("时速", "hour"), Map.entry("的时速", "hour"));

    private static final String[] RANGE_CONNECTORS = {"——", "--", "至", "到", "-", "－", "—", "–", "~", "～", "〜"};

    private static final int LONGEST_CONTEXT_WORD = 6;
    private static final int MAX_RATE_GAP = 6;
    private static final Map<String, String> TEMPERATURE_BEFORE = Map.of(
            "摄氏", "degC", "攝氏", "degC", "摄氏温度", "degC", "华氏", "degF", "華氏", "degF", "华氏温度", "degF");

    private final NumberScanner scanner;
    private final UnitTable units;
    /** People nouns that count without a measure word after 万/亿 (61万港人, 9000万党员). */
    private final WordSet peopleNouns = new WordSet(Resources.lines("people-nouns.txt"));
    /** Nouns of things counted without a measure word after 万/亿 (逾280万签名, 近20万点赞). */
    private final WordSet countedNouns = new WordSet(Resources.lines("counted-nouns.txt"));

    /** Loads the unit table and word list from this package's resources. */
    public QuantityRecognizer() {
        this(NumberScanner.withDefaultWords(), UnitTable.load());
    }

    QuantityRecognizer(NumberScanner scanner, UnitTable units) {
        this.scanner = Objects.requireNonNull(scanner, "scanner");
        this.units = Objects.requireNonNull(units, "units");
    }

    /** The quantities of a document in text order, with ids Q1, Q2, …. */
    public List<Quantity> recognize(DocumentText document) {
        Objects.requireNonNull(document, "document");
        String text = document.text();
        List<NumberMatch> numbers = scanner.find(text);
        List<Gloss> glosses = currencyGlosses(text);
        List<Quantity> out = new ArrayList<>();
        int consumed = 0;
        for (int k = 0; k < numbers.size(); k++) {
            NumberMatch m = numbers.get(k);
            if (m.start() < consumed) {
                continue;
            }
            Optional<Found> found = readAt(text, numbers, k, glosses);
            if (found.isEmpty()) {
                continue;
            }
            Found f = found.get();
            consumed = f.end;
            if (!isFinite(f.value) || !isFinite(f.min) || !isFinite(f.max)) {
                continue; // 3分之6659e303: a number past the range of a double states no amount
            }
            if (org.zhextract.text.TitleMarks.encloses(text, f.start, f.end)) {
                continue; // 《百元之恋》, 《五条》: a title's numbers name the work, they count nothing
            }
            Span span = document.spanOfChars(f.start, f.end);
            out.add(new Quantity("Q" + (out.size() + 1), f.type, text.substring(f.start, f.end),
                    span.start(), span.end(), round(f.value), round(f.min), round(f.max), f.unit, f.unitText,
                    Optional.ofNullable(f.classifier), Optional.ofNullable(f.approx), Optional.ofNullable(f.per)));
        }
        return List.copyOf(out);
    }

    /** Convenience for tests and benchmarks: the quantities of a plain string. */
    public List<Quantity> recognize(String text) {
        return recognize(new DocumentText(Objects.requireNonNull(text, "text")));
    }

    private static boolean isFinite(Double v) {
        return v == null || Double.isFinite(v);
    }

    private static Optional<Double> round(Double v) {
        if (v == null) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(v).round(SIGNIFICANT).doubleValue());
    }

    /** A quantity being assembled, char offsets. */
    private static final class Found {
        int start;
        int end;
        Double value;
        Double min;
        Double max;
        String unit;
        String unitText;
        String classifier;
        Approx approx;
        String per;
        QuantityType type;
    }

    /** （新台币，以下同）, (纽币，下同): a currency glossed for the amounts after it. */
    private static final Pattern CURRENCY_GLOSS = Pattern.compile(
            "[（(][ \\t]?([^，,、（）()\\s]{1,6})[ \\t]?[，,、][ \\t]?(?:以下|下)同[ \\t]?[）)]");

    /** A currency glossed for the amounts after it: where the gloss ends and the currency's code. */
    private record Gloss(int end, String code) {
    }

    /** The "same below" currency glosses of a text, in text order. */
    private List<Gloss> currencyGlosses(String text) {
        List<Gloss> out = new ArrayList<>();
        if (text.indexOf('同') < 0) {
            return out;
        }
        Matcher g = CURRENCY_GLOSS.matcher(text);
        while (g.find()) {
            int from = g.start(1);
            int length = g.end(1) - from;
            units.after(text, from).filter(x -> x.kind() == Unit.Kind.MONEY && x.word().length() == length)
                    .ifPresent(x -> out.add(new Gloss(g.end(), x.code())));
        }
        return out;
    }

    /** The currency code of the last "same below" gloss before {@code at}, or null. */
    private static String glossedCurrency(List<Gloss> glosses, int at) {
        String code = null;
        for (Gloss g : glosses) {
            if (g.end() <= at) {
                code = g.code();
            }
        }
        return code;
    }

    private Optional<Found> readAt(String text, List<NumberMatch> numbers, int k, List<Gloss> glosses) {
        NumberMatch m = numbers.get(k);
        if (isExcludedContext(text, m)) {
            return Optional.empty();
        }
        Found f = new Found();
        f.start = m.start();
        String raw = text.substring(m.start(), m.end());
        boolean fraction = raw.contains("分");
        if (m.approximate()) {
            f.approx = Approx.MORE_THAN;
        }
        int pos = m.end();
        // 10多份, 2000余元, 十几块: a vagueness word between number and unit; 十数人, 百数十 (ten-odd) after a
        // Chinese place too
        if (pos + 1 < text.length() && text.charAt(pos) == '来' && isRound(raw, m)
                && units.after(text, pos + 1).filter(Unit::isAmount).isPresent()) {
            f.approx = Approx.ABOUT; // 十来块钱, 二十来岁, 百来人: some ten, some twenty (一来, 三来 are "firstly", "thirdly")
            pos++;
        } else if (pos < text.length() && ("多余几幾".indexOf(text.charAt(pos)) >= 0
                    || (text.charAt(pos) == '数' || text.charAt(pos) == '數') && NumberScanner.isPlace(raw.charAt(raw.length() - 1)))
                && units.after(text, pos + 1).filter(Unit::isAmount).isPresent()) {
            f.approx = Approx.MORE_THAN;
            pos++;
        }
        int unitAt = skipSpace(text, pos);
        Optional<Unit> unit = units.after(text, unitAt);
        if (unit.isPresent() && m.multiplier() >= 1e4 && countedNouns.longestAt(text, unitAt) > 0) {
            unit = Optional.empty(); // 近20万点赞: a noun counted, not 点 of a clock time
        }
        if (unit.isPresent() && unit.get().word().equals("届") && isCountOfTerms(text, m.start(), unitAt + 1)) {
            unit = Optional.of(TERMS); // 曾报导11届总统大选, 连续三届执政: terms counted, not the 11th
        }
        if (unit.isPresent() && !unit.get().isAmount()) {
            return Optional.empty();
        }
        double value = m.value();
        Unit u = unit.filter(x -> acceptsUnit(text, m, raw, x, unitAt)).orElse(null);
        if (unit.isPresent() && u == null) {
            return Optional.empty();
        }
        int end = u != null ? unitAt + u.word().length() : pos;
        if (u != null && (u.word().equals("个") || u.word().equals("個"))) {
            // 七个多小时, 四个半月: a duration for the time stage, not a count of things
            if (end < text.length() && "多余半".indexOf(text.charAt(end)) >= 0
                    && units.after(text, end + 1).filter(x -> x.kind() == Unit.Kind.TIME).isPresent()) {
                return Optional.empty();
            }
            // 20个比特币, 六个加仑: 个 before a currency or a unit counts money or measures, not things
            int measureAt = end;
            Optional<Unit> money = units.after(text, end)
                    .filter(x -> x.kind() == Unit.Kind.MONEY || x.kind() == Unit.Kind.QUANTITY && !x.weak())
                    .filter(x -> acceptsUnit(text, m, raw, x, measureAt))
                    .filter(x -> !CURRENCY_AS_MODIFIER.matcher(text)
                            .region(measureAt + x.word().length(), text.length()).lookingAt());
            if (money.isPresent()) {
                u = money.get();
                end += u.word().length();
            }
        }
        if (u != null && isVagueTens(text, m, raw)) {
            // 数十亿元, 几十万块: between one and ten times the written place
            f.start = m.start() - 1;
            f.min = value * u.factor();
            f.max = value * 10 * u.factor();
            value = Double.NaN;
        }
        if (u == null && !fraction) {
            u = currencyBefore(text, m.start()).orElse(null); // 人民币3.14, $5: the unit stands before
        }
        if (u != null && m.rangeLow().isPresent() && !Double.isNaN(value)) {
            // 三四百万人, 十七八岁, 三五百块
            f.min = m.rangeLow().get() * u.factor();
            f.max = value * u.factor();
            value = Double.NaN;
        }

        // a range: 3至5万吨, 100-200亿美元, 1.6m-3.9m, 1万元--5万元
        Optional<RangeEnd> range = Double.isNaN(value) ? Optional.empty() : rangeAfter(text, numbers, k, end, u);
        if (range.isPresent()) {
            RangeEnd r = range.get();
            double low = value;
            if (u == null) {
                // 3至5万吨 is 3万 to 5万, 一千到两千万 is 1000万 to 2000万, 两到三百 is 200 to 300
                double inherited = m.multiplier() < 1e4 && r.match.multiplier() >= 1e4 ? r.match.multiplier()
                        : m.multiplier() == 1 ? r.match.multiplier() : 1;
                if (low * inherited <= Math.abs(r.match.value())) {
                    low *= inherited;
                }
            }
            if (isVagueTens(text, m, raw)) {
                f.start = m.start() - 1; // 数百至逾千人: the range opens with 数, its low end the place itself, as 数百人 alone
            }
            u = r.unit;
            f.min = Math.min(low, r.match.value()) * u.factor();
            f.max = Math.max(low, r.match.value()) * u.factor();
            end = r.end;
            pos = r.end;
        } else if (u == null) {
            if (!fraction && m.rangeLow().isEmpty()) { // a whole count, no share and no range
                if (isCountAfterCountNoun(text, m.start(), end)) {
                    // 投票人数已超过23万。: a count whose noun (人数, 票数) stands before it, no measure word after;
                    // 新增病例数万: some ten thousand, 数 read with a lone 万; 人数十几亿 keeps 数 with 人
                    return countWithoutMeasureWord(text, f, m, value, raw.length() == 1 && isVagueTens(text, m, raw), end);
                }
                boolean more = isMoreBefore(text, end);
                boolean lonePlace = isLonePlaceAfterApprox(text, m, raw);
                // 约70万的居民, 超过10万的签名: 的 between a 万 number and its noun
                int nounFrom = m.multiplier() >= 1e4 && !more && text.startsWith("的", end) ? end + 1 : end;
                if ((m.multiplier() >= 1e4 || more || lonePlace)
                        && (isPeopleNounAfter(text, nounFrom)
                            || (m.multiplier() >= 1e4 || lonePlace) && isPeopleNounWithin(text, nounFrom))
                        || m.multiplier() >= 1e4 && isCountedNounAfter(text, nounFrom)
                        || isSmallArabicPeopleCount(text, m, raw, end) || isCasualtyCount(text, m, end)) {
                    // 200多居民, 5,000多粉丝: after 多/余 the number is an amount at any size, not a name part (3学生会)
                    // 有61万港人投票, 874万学生毕业: a count of people whose noun follows without a measure word;
                    // 几千万党员: between one and ten times the written place; 近百加拿大议员, 上千香港市民: a round
                    // place after its approximation word counts as a 万 does, as headlines write it without a measure word
                    boolean vagueTens = isVagueTens(text, m, raw);
                    if (more) {
                        f.approx = Approx.MORE_THAN; // 200多居民, 10万多港人: the 多 is the number's, though a noun follows it
                        end++;
                    }
                    return countWithoutMeasureWord(text, f, m, value, vagueTens, end);
                }
            }
            if (!fraction && m.rangeLow().isEmpty() && m.multiplier() >= 1e4 && !m.chinese()
                    && isClauseEndAfterLargeCount(text, end) && writtenInWanOrYi(raw) && !isRangeTopEnd(text, m.start())) {
                // 起先以为两日都未必够17万，: a count in 万 or 亿 whose noun the clause leaves to the context (the votes,
                // the people, the cases), as 投票人数已超过23万。 names it before; 8.7万亿美元，减到了现在的6万亿: the
                // currency of the amount before it in the sentence
                Optional<Unit> currency = currencyOfAmountBefore(text, numbers, k);
                // 营收3000亿美元，员工超过20万: a people or count noun after the money amount makes the number its count
                // 投票人数超过23万人！起先以为两日都未必够17万，: the noun may stand in the sentence before, in the paragraph
                int reachFrom = currency.isPresent() && k > 0 ? numbers.get(k - 1).end()
                        : previousSentenceStartInParagraph(text, m.start());
                int countNounAt = lastCountNounBetween(text, reachFrom, bareAmountBeforeInSentence(text, numbers, k));
                int moneyWordAt = lastMoneyWordBefore(text, m.start());
                if (currency.isPresent() && countNounAt >= 0 && moneyWordAt < countNounAt) {
                    currency = Optional.empty(); // the noun after the money amount is what this number counts
                } else if (currency.isEmpty() && moneyWordAt > countNounAt) {
                    // 罚款收入能超过8000万, 奖池36.57亿: money in a currency the text leaves out; a count noun after the
                    // money word (营收3000亿，员工超过20万) says what is counted
                    return Optional.empty();
                }
                if (currency.isEmpty() && countNounAt < 0 && !amountBeforeIsCount(text, numbers, k)) {
                    return Optional.empty(); // 一套房子要300万, 股市蒸发3000亿: nothing says what is counted, often money
                }
                if (isMoreBefore(text, end)) {
                    f.approx = Approx.MORE_THAN;
                    end++;
                }
                if (currency.isPresent()) {
                    f.value = value * currency.get().factor();
                    f.unit = currency.get().code();
                    f.unitText = ""; // no currency written after the number
                    f.type = QuantityType.MONEY;
                    f.end = end;
                    finishContext(text, f, end);
                    return Optional.of(f);
                }
                return countWithoutMeasureWord(text, f, m, value, false, end);
            }
            if (!fraction && m.rangeLow().isEmpty() && isAfterSpeedWord(text, m.start())) {
                // 时速20的限速区域, 客车时速 30: 时速 before a bare number gives its unit, km/h
                f.value = value;
                f.unit = "km/h";
                f.unitText = ""; // no unit written after the number
                f.type = QuantityType.QUANTITY;
                f.end = end;
                finishContext(text, f, end);
                return Optional.of(f);
            }
            if (!fraction) {
                return Optional.empty();
            }
            // 百分之十五, 千分之五, 三分之一 without a unit: a share, expressed in percent
            if (m.rangeLow().isPresent()) {
                f.min = m.rangeLow().get() * 100; // 百分之二三十
                f.max = value * 100;
            } else {
                f.value = value * 100;
            }
            f.unit = "%";
            f.unitText = raw.substring(0, raw.indexOf('之') + 1);
            f.type = QuantityType.PERCENT;
            f.end = end;
            finishContext(text, f, end);
            return Optional.of(f);
        } else if (!Double.isNaN(value)) {
            f.value = value;
        }

        // money: 123元1角1分, 一块二, 三万元欧元, 人民币3.14, 新台币 177.1 亿元
        Unit prefixCurrency = currencyBefore(text, f.start).orElse(null);
        if (f.value != null && f.min == null) {
            // 三米九, 3斤5两: a smaller unit or a bare digit after the unit adds to the amount
            int[] next = new int[1];
            double extra = subunitAfter(text, end, u.word(), next);
            if (next[0] > end) {
                f.value += extra;
                end = next[0];
            }
        }
        if (u.kind() == Unit.Kind.MONEY && f.value != null && u.code().equals("CNY")) {
            int[] cents = new int[1];
            double sub = smallMoneyAfter(text, end, u.word(), cents);
            if (cents[0] > end) {
                f.value += sub;
                end = cents[0];
            }
            Optional<Unit> specific = units.after(text, end).filter(x -> x.kind() == Unit.Kind.MONEY);
            if (specific.isPresent()) {
                end += specific.get().word().length();
                u = specific.get();
            }
        }
        if (u.kind() == Unit.Kind.MONEY) {
            for (String tail : new String[] {"钱", "整"}) {
                if (text.startsWith(tail, end)) {
                    end += tail.length();
                }
            }
        }
        if (prefixCurrency == null && u.kind() == Unit.Kind.MONEY && u.code().equals("CNY") && u.word().equals("元")) {
            // 美元11万元: a named currency before the amount and the generic 元 after it
            int before = skipSpaceBack(text, f.start);
            prefixCurrency = units.endingAt(text, before)
                    .filter(x -> x.kind() == Unit.Kind.MONEY && !x.code().equals("CNY") && x.word().length() >= 2).orElse(null);
        }
        String code = u.code();
        if (u.kind() == Unit.Kind.MONEY && u.code().equals("CNY") && u.word().equals("元") && prefixCurrency == null) {
            // 2,500万元（新台币，以下同）: a currency named in brackets right after the amount
            int open = end;
            if (open < text.length() && "（(".indexOf(text.charAt(open)) >= 0) {
                Optional<Unit> named = units.after(text, open + 1)
                        .filter(x -> x.kind() == Unit.Kind.MONEY && !x.code().equals("CNY"));
                int close = open + 1 + named.map(x -> x.word().length()).orElse(0);
                if (named.isPresent() && close < text.length() && "，,）)".indexOf(text.charAt(close)) >= 0) {
                    code = named.get().code();
                }
            }
            if (code.equals("CNY")) {
                String glossed = glossedCurrency(glosses, f.start);
                if (glossed != null) {
                    code = glossed; // 312亿元（新台币，以下同），其中设备费用为50亿元: the later 元 is TWD too
                }
            }
        }
        if (prefixCurrency != null && u.kind() == Unit.Kind.MONEY) {
            // 港币两千九百六十元 is HKD: the named currency wins over the generic 元
            if (u.code().equals("CNY")) {
                code = prefixCurrency.code();
            }
            f.start = skipSpaceBack(text, f.start) - prefixCurrency.word().length();
        }
        if (f.value != null) {
            f.value = f.value * u.factor();
        }
        f.unit = u.kind() == Unit.Kind.COUNT ? "count" : code;
        f.unitText = u.word();
        f.classifier = u.kind() == Unit.Kind.COUNT ? u.word() : null;
        f.type = switch (u.kind()) {
            case MONEY -> QuantityType.MONEY;
            case PERCENT -> QuantityType.PERCENT;
            default -> QuantityType.QUANTITY;
        };
        // 三斤半, 三成半
        if (text.startsWith("半", end) && f.value != null && (u.kind() != Unit.Kind.PERCENT || u.word().equals("成"))) {
            f.value += 0.5 * u.factor();
            end++;
        }
        f.end = end;
        finishContext(text, f, end);
        if (f.classifier != null && f.value != null && isIndefiniteArticle(raw, f)) {
            return Optional.empty();
        }
        return Optional.of(f);
    }

    /** Approximation and rate words before and after, negative temperatures (零下). */
    private void finishContext(String text, Found f, int end) {
        // suffix: 左右, 以上, /年
        for (int len = Math.min(LONGEST_CONTEXT_WORD, text.length() - f.end); len > 0; len--) {
            String word = text.substring(f.end, f.end + len);
            Approx a = APPROX_AFTER.get(word);
            int after = f.end + len;
            if (a != null && (word.equals("多") || word.equals("余")) && after < text.length()
                    && Character.isIdeographic(text.charAt(after)) && "的元块钱".indexOf(text.charAt(after)) < 0
                    && !(f.type == QuantityType.MONEY && word.equals("多") && "了啦呢吧嘛吗".indexOf(text.charAt(after)) >= 0)) {
                // (8块多了嘛: a particle after 多 closes the amount, more than 8 kuai)
                break; // 300人多次, 3吨余下: 多 and 余 start the next word
            }
            if (a != null && word.equals("多") && text.startsWith("元", after) && after + 1 < text.length()
                    && Character.isIdeographic(text.charAt(after + 1))) {
                break; // 一个多元化的社会: 多元 is a word (diverse), not "more than" before 元
            }
            if (a != null) {
                if (f.approx == null) {
                    f.approx = a;
                }
                f.end += len;
                break;
            }
        }
        for (int len = Math.min(4, text.length() - f.end); len > 0; len--) {
            String per = PER_AFTER.get(text.substring(f.end, f.end + len));
            if (per != null && !isSpeedWordInAnother(text, f.end + len - 2, f.end + len)) {
                f.per = per;
                if (!text.startsWith("时速", f.end + len - 2)) {
                    f.end += len; // 120浬/时 is the unit as written; 30多公里时速 names the speed with a noun of its own
                }
                break;
            }
        }
        Approx barePlace = f.approx == null ? barePlaceApprox(text, f.start) : null;
        if (barePlace != null) {
            f.approx = barePlace;
            f.start--;
        }
        // prefix: 约, 至少, 不到 (they win over suffixes: 至少九千块钱以上 is at_least)
        int before = f.start;
        for (int len = barePlace != null ? 0 : Math.min(LONGEST_CONTEXT_WORD, before); len > 0; len--) {
            String word = text.substring(before - len, before);
            Approx a = APPROX_BEFORE.get(word);
            if (a != null && word.equals("近") && before - len > 0 && "最附".indexOf(text.charAt(before - len - 1)) >= 0) {
                break; // 最近一项民调: recently, not nearly
            }
            if (a != null && (word.equals("约") || word.equals("约有")) && before - len > 0 && AboutWord.NOT_ABOUT_AFTER.indexOf(text.charAt(before - len - 1)) >= 0) {
                break; // 纽约一所, 条约三条: 约 ends a word (New York, treaty), it is not "about"
            }
            if (a != null) {
                f.approx = a;
                f.start = before - len;
                break;
            }
        }
        if (f.start < before || barePlace != null) {
            currencyBeforeApproximation(text, f);
        }
        if (f.start >= 2 && text.startsWith("零下", f.start - 2)) {
            f.start -= 2;
            if (f.value != null) {
                f.value = -f.value;
            }
        }
        // 每年480亿, 每年向中国供应480亿: a rate word up to a few Han characters before the number
        for (int perEnd = f.start; perEnd >= 0 && f.start - perEnd <= MAX_RATE_GAP && f.per == null; perEnd--) {
            for (int len = Math.min(LONGEST_CONTEXT_WORD, perEnd); len > 0; len--) {
                String per = PER_BEFORE.get(text.substring(perEnd - len, perEnd));
                if (per != null && !isSpeedWordInAnother(text, perEnd - len, perEnd)) {
                    f.per = per;
                    break;
                }
            }
            if (perEnd > 0 && !Character.isIdeographic(text.charAt(perEnd - 1))) {
                break;
            }
        }
        temperaturePrefix(text, f);
        temperatureContext(text, f);
        speedOfDistancePerTime(f);
    }

    /** Whether the unit written is a metre or longer: 每小时3公分, 每小时3英寸降雨 are rises and rainfall, not speeds of travel. */
    private boolean isTravelLength(Found f) {
        return f.unitText != null && units.after(f.unitText, 0).filter(x -> x.word().equals(f.unitText))
                .filter(x -> x.factor() >= 1).isPresent();
    }

    /** Canonical km/h per metre an hour, a minute, a second take: a distance over such a time is a speed. */
    private static final Map<String, Double> KMH_PER_METRE_EACH = Map.of("hour", 0.001, "minute", 0.06, "second", 3.6);

    /**
     * 每小时21公里, 每秒55公尺, 55公尺/秒, 120浬/时, 20公里左右的时速: a distance per hour, minute or second is a speed, in
     * SCHEMA.md's km/h (per day or year it stays a distance with its rate: 每天跑10公里; so does a length under a metre,
     * isTravelLength).
     */
    private void speedOfDistancePerTime(Found f) {
        if ("km/h".equals(f.unit) && f.per != null && KMH_PER_METRE_EACH.containsKey(f.per)) {
            f.per = null; // 时速350公里/小时: the rate word repeats what the unit says
            return;
        }
        Double factor = "m".equals(f.unit) && f.per != null && isTravelLength(f) ? KMH_PER_METRE_EACH.get(f.per) : null;
        if (factor == null) {
            return;
        }
        f.unit = "km/h";
        f.per = null;
        f.value = f.value == null ? null : f.value * factor;
        f.min = f.min == null ? null : f.min * factor;
        f.max = f.max == null ? null : f.max * factor;
    }

    /** Words between 时速 and its number: 时速近200, 时速高达120, 时速不到5. */
    private static final String BETWEEN_SPEED_AND_NUMBER = "近约达高超过逾不到足为是仅只有在了已";

    /** Whether 时速 stands before the number at {@code at}, with spaces or a few words of size between (时速 30, 时速达120). */
    private static boolean isAfterSpeedWord(String text, int at) {
        int i = skipSpaceBack(text, at);
        for (int n = 0; n < 3 && i > 0 && BETWEEN_SPEED_AND_NUMBER.indexOf(text.charAt(i - 1)) >= 0; n++) {
            i--;
        }
        return i >= 2 && text.startsWith("时速", i - 2) && !isSpeedWordInAnother(text, i - 2, i);
    }

    /**
     * Whether the rate word between {@code from} and {@code to} is 时速 inside other words: 当时速度, 有时速度, 战时速度
     * (when, sometimes, wartime + speed), not "speed per hour".
     */
    private static boolean isSpeedWordInAnother(String text, int from, int to) {
        if (from < 0 || !text.startsWith("时速", from) || to != from + 2) {
            return false;
        }
        return to < text.length() && text.charAt(to) == '度' || from > 0 && "当有战临同届暂及".indexOf(text.charAt(from - 1)) >= 0;
    }

    /**
     * Words of heat and cold: a bare 度 after them in the sentence is a temperature (气温大幅回升，以桃园35.5度为最高, 低温也在26度左右,
     * 发烧超过37.7度), elsewhere an angle or a degree of something (北纬13.90度, 180度大转弯).
     */
    private static final Pattern TEMPERATURE_CUE = Pattern.compile(
            "气温|氣溫|温度|溫度|高温|高溫|低温|低溫|体温|體溫|水温|室温|均温|油温|最高温|最低温|降温|升温|变热|变冷|发烧|發燒|高烧|低烧|加热|热浪|酷热|炎热|严寒|摄氏|攝氏");

    /** Words of the weather and the body, whose temperatures in Celsius stay under {@link #HOTTEST_CELSIUS_OF_AIR_OR_BODY}. */
    private static final Pattern AIR_OR_BODY_CUE = Pattern.compile(
            "气温|氣溫|体温|體溫|发烧|發燒|高烧|低烧|室外|户外|外面|天气|天氣|室温|均温|最高温|最低温");

    /** Above this a bare 度 of the weather or the body is Fahrenheit (98度, 101度 as US news translated writes them). */
    private static final double HOTTEST_CELSIUS_OF_AIR_OR_BODY = 60;

    /** A temperature scale in brackets after a bare 度: 101度（华氏）. */
    private static final Pattern SCALE_AFTER = Pattern.compile("[（(](华氏|華氏|摄氏|攝氏)");

    /** How far back in its sentence a word of heat and cold makes a bare 度 a temperature. */
    private static final int TEMPERATURE_CUE_REACH = 16;

    /** The words that make a number of 度 an angle, simplified and traditional. */
    private static final Set<String> LATITUDE_OR_LONGITUDE = Set.of("北纬", "南纬", "东经", "西经", "北緯", "南緯", "東經", "西經");

    /**
     * A bare 度 or ° (written with Arabic digits: the unit is weak) is degrees Celsius after a word of heat and cold in the same sentence or after 零下
     * (the scale Chinese weather news means when it names none); not right after 纬 or 经 (北纬13.90度), which make it an angle.
     */
    private static void temperatureContext(String text, Found f) {
        if (!"度".equals(f.unit)) {
            return;
        }
        Matcher scale = SCALE_AFTER.matcher(text).region(f.end, text.length());
        if (scale.lookingAt()) {
            f.unit = scale.group(1).startsWith("华") || scale.group(1).startsWith("華") ? "degF" : "degC";
            return; // 体温为101度（华氏）: the scale in brackets after the number
        }
        if (text.startsWith("零下", f.start)) { // finishContext took 零下 into the span
            f.unit = "degC";
            return;
        }
        int from = f.start;
        while (from > 0 && f.start - from < TEMPERATURE_CUE_REACH && "。！？!?；;\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        if (f.start >= 2 && LATITUDE_OR_LONGITUDE.contains(text.substring(f.start - 2, f.start))) {
            return; // 北纬13.90度 is an angle; a lone 经 before the number is 已经/曾经 (气温已经35度)
        }
        if (TEMPERATURE_CUE.matcher(text).region(from, f.start).find()) {
            double highest = f.max != null ? f.max : f.value != null ? f.value : 0;
            boolean fahrenheit = highest > HOTTEST_CELSIUS_OF_AIR_OR_BODY
                    && AIR_OR_BODY_CUE.matcher(text).region(from, f.start).find();
            f.unit = fahrenheit ? "degF" : "degC"; // 外面的温度是98度: no air or body is 98 °C, translated news means °F
        }
    }

    /** 摄氏37度, 华氏温度98.6度: the scale written before the number decides a bare 度. */
    private static void temperaturePrefix(String text, Found f) {
        if (!"度".equals(f.unit)) {
            return;
        }
        for (int len = Math.min(4, f.start); len > 0; len--) {
            String scale = TEMPERATURE_BEFORE.get(text.substring(f.start - len, f.start));
            if (scale != null) {
                f.unit = scale;
                f.start -= len;
                return;
            }
        }
    }

    /** A numeral that ends in a place (十, 百, 千, 万, 亿) or an Arabic multiple of ten: what 来 after it rounds (十来, 20来). */
    private static boolean isRound(String raw, NumberMatch m) {
        char last = raw.charAt(raw.length() - 1);
        if (NumberScanner.isPlace(last) || NumberScanner.isMultiplier(last)) {
            return true;
        }
        return !m.chinese() && NumberScanner.isArabic(last) && m.value() >= 10 && m.value() % 10 == 0;
    }

    /**
     * A count with no measure word written (23万 after 投票人数, 61万港人), ending at {@code end}; with {@code vagueTens}
     * (几千万党员, 病例数万) the 几 or 数 before the number joins it and the count is one to ten times {@code value}.
     */
    private Optional<Found> countWithoutMeasureWord(String text, Found f, NumberMatch m, double value, boolean vagueTens, int end) {
        if (vagueTens) {
            f.start = m.start() - 1;
            f.min = value;
            f.max = value * 10;
        } else {
            f.value = value;
        }
        f.unit = "count";
        f.unitText = ""; // no measure word written
        f.type = QuantityType.QUANTITY;
        f.end = end;
        finishContext(text, f, end);
        return Optional.of(f);
    }

    /** 数十, 几百, 几十万: 几 or 数 right before a numeral that starts with its place unit. */
    private static boolean isVagueTens(String text, NumberMatch m, String raw) {
        char before = m.start() > 0 ? text.charAt(m.start() - 1) : '\0';
        return (before == '几' || before == '数' || before == '幾' || before == '數')
                && (NumberScanner.isPlace(raw.charAt(0)) || NumberScanner.isMultiplier(raw.charAt(0)));
    }

    /** Whether 一 before a measure word is the indefinite article (一项新的协议), not a count. */
    private static boolean isIndefiniteArticle(String raw, Found f) {
        return f.approx == null && f.min == null && (raw.equals("一") || raw.equals("壹") || raw.equals("零"))
                && !f.classifier.equals("打");
    }

    /** Words near a bare Latin W that make it watts: 65W快充, 功率5W, 5W的LED灯. */
    private static final Pattern POWER_CUE = Pattern.compile(
            "功率|能量|辐射|热量|发热|散热|充电|快充|供电|电源|电池|电机|电器|电压|电流|瓦|灯|激光|输出|输入|发电|耗电|能耗|光伏|太阳能|马达|马力|芯片|处理器|显卡|充电器|适配器|"
            + "插头|功耗|风扇|音箱|喇叭|加热|微波|电|TDP|LED|USB|[0-9] ?[VvAk]|[Pp]ower");

    /**
     * Measure words that also begin common nouns, and the chars that make them a noun's first char:
     * 宗 (cases) in 宗教/宗旨, 封 (letters) in 封锁/封城, 笔 in 笔记/笔名, 门 in 门票/门口.
     */
    private static final Map<String, String> WORD_AFTER_MEASURE = Map.ofEntries(
            Map.entry("宗", "教旨族派师亲室祠"),
            Map.entry("封", "锁闭城杀控号面顶存口建印"),
            Map.entry("笔", "记名电试画者墨"),
            Map.entry("门", "户口票店诊市下槛前外生徒派将面禁卫岗"),
            Map.entry("箱", "子型式体底"),
            Map.entry("袋", "子鼠"),
            Map.entry("瓶", "子颈装身"),
            Map.entry("盒", "子饭"),
            Map.entry("粒", "子"),
            Map.entry("双", "方边向重轨规赢语节号数周层打亲胞"),
            Map.entry("顿", "时悟号"),
            Map.entry("遍", "布及地野体历"),
            Map.entry("款", "项式待额子"),
            Map.entry("席", "位卷地间次子"),
            Map.entry("具", "有体备名"),
            Map.entry("家", "财底"), // 10亿家财, 过亿家财: a family's wealth (23家境外, 一家产能 are counts)
            Map.entry("根", "本据源除治基深底系须"),
            // 单 before a numeral is "plus" (一百单八将, 108), and 单主 is a name part (朱四单主南方)
            Map.entry("单", "位独身一纯元方边打日月车品据子号间调曲薄挑休行词价项人手程选向列亲主二两三四五六七八九十零"),
            Map.entry("道", "路理歉德具教义家谢别口"),
            // 三轮车, 四轮驱动, 两轮电动车, 四轮马车, 四轮定位, 四轮独立悬挂, 两轮平衡车, 三轮汽车, 三轮卡车, 三轮货车, 四轮滑板,
            // 三轮型, 两轮拖拉机 (wheels, see also WHEELS_AFTER); 轮值, 轮流 are verbs
            Map.entry("轮", "车驱值换班回番流廓胎船椅渡机摩轴电马子定独平汽卡货滑型拖"),
            Map.entry("面", "对积临前貌试孔子包粉膜条具向上"),
            Map.entry("顶", "级尖端部层峰楼点住替撞嘴上多一二三四五六七八九十百千万两0123456789")); // 以一顶十: 顶 before a numeral is "stands for"

    /**
     * Words after a currency that make it a modifier of the noun 个 counts: 31个人民币汇率走势预测 counts forecasts,
     * not yuan (20个比特币 is money).
     */
    private static final Pattern CURRENCY_AS_MODIFIER =
            Pattern.compile("汇率|匯率|走势|走勢|计价|計價|账户|賬戶|帐户|资产|資產|债券|債券|存款|贷款|貸款");

    /**
     * What after N轮 makes it wheels, beyond the one-char nouns of the after-word table: a big lorry (18轮大货车), a drive
     * (四轮全驱), and 的 at a clause end (这辆车是四轮的; 三轮的比赛 counts rounds).
     */
    private static final Pattern WHEELS_AFTER =
            Pattern.compile("大[货卡客型]|全(?:驱|时|轮)");
    private static final Pattern WHEELS_AT_CLAUSE_END = Pattern.compile("的(?:$|[。，,；;！？!?、）)])");
    /** A section number after N章, which makes the pair a place in a book (3章16节, 3章2节). */
    private static final Pattern CHAPTER_VERSE_AFTER = Pattern.compile("[0-9０-９]{1,3}[节節]");
    /** Where 五轮 names the Olympics: after a host or a season (东京五轮, 冬季五轮), or before 会 that is no talk (五轮会). */
    private static final Pattern OLYMPICS_BEFORE = Pattern.compile("东京|北京|冬季|夏季|里约|伦敦|巴黎");
    private static final Pattern OLYMPICS_AFTER = Pattern.compile("会(?![谈晤议商面见])");
    /** What after 五轮 makes it rounds even after a host's name: 北京五轮会谈, 东京五轮谈判. */
    private static final Pattern ROUNDS_AFTER =
            Pattern.compile("会[谈晤议商面见]|谈|磋商|对话|协商|投票|融资|制裁|比赛|较量");

    /**
     * Whether N级 is a level measured on a scale: the scale's word after it (7.0级地震), a bound after it with the scale's
     * word after the bound or a few characters before (6级以上地震, 风力8级以上), or a comparison before it (紫外线超过10级);
     * never the level of a response or a warning (3级地震应急响应).
     */
    private static boolean isLevelOnAScale(String text, int start, int after) {
        if (LEVEL_OF_A_RESPONSE_AFTER.matcher(text).region(after, text.length()).lookingAt()) {
            return false;
        }
        if (LEVEL_OF_A_SCALE_AFTER.matcher(text).region(after, text.length()).lookingAt()) {
            return true;
        }
        if (LEVEL_OF_A_RESPONSE_BEFORE.matcher(text).region(Math.max(0, start - 8), start).find()) {
            return false; // 应急响应级别达到2级, 台风预警级别3级以上
        }
        boolean scaleBefore = LEVEL_SCALE_BEFORE.matcher(text).region(Math.max(0, start - 8), start).find();
        Matcher bound = LEVEL_BOUND_AFTER.matcher(text).region(after, text.length());
        if (bound.lookingAt()) {
            // 3级或更高级别的风暴: the bound's own 级别 may stand between it and the scale's word
            int scaleAt = text.startsWith("级别", bound.end()) ? bound.end() + 2 : bound.end();
            return LEVEL_OF_A_SCALE_AFTER.matcher(text).region(scaleAt, text.length()).lookingAt() || scaleBefore;
        }
        // a bare 达 compares only after the scale's word (风力达8级; 下达1级战备命令, 成绩达3级 are ranks)
        return LEVEL_COMPARED_BEFORE.matcher(text).region(Math.max(0, start - 2), start).find()
                || scaleBefore && start > 0 && text.charAt(start - 1) == '达';
    }

    /**
     * What follows a level measured on a scale (7.0级地震, 12级台风): the scale's word (level-scale-words.txt), after an
     * optional 的.
     */
    private static final Pattern LEVEL_OF_A_SCALE_AFTER = Pattern.compile(
            "[的]?(?:" + String.join("|", Resources.rows("level-scale-words.txt")) + ")");
    /**
     * A bound after a level (10级以上): a level on a scale only with the scale's word after it (6级以上地震) or
     * before it (LEVEL_SCALE_BEFORE); 2018级以上学生, 3级以上医院, 英语6级以上, 伤残7级以上 are classes and grades.
     */
    private static final Pattern LEVEL_BOUND_AFTER =
            Pattern.compile("(?:左右)?(?:或)?(?:以上|以下|更高|更低)");
    /** A scale's word a few characters before a level with a bound (风力达到8级以上, 紫外线指数都在10级以上, 余震中4级以上). */
    private static final Pattern LEVEL_SCALE_BEFORE =
            Pattern.compile("风力|阵风|震级|紫外线|指数|余震|地震");
    /** A response or a warning that a level ranks (启动3级地震应急响应, 发布2级台风预警): a rank, not a measure. */
    private static final Pattern LEVEL_OF_A_RESPONSE_AFTER =
            Pattern.compile("[^，。,；;]{0,4}?(?:应急|预警|响应|战备)");
    /** A response or a warning a level belongs to, in its clause before it (应急响应级别达到2级). */
    private static final Pattern LEVEL_OF_A_RESPONSE_BEFORE =
            Pattern.compile("(?:应急|预警|响应)[^，。,；;]{0,6}$");
    /** Words of rank and grading before a level (职级7级以上, level-rank-words.txt): a rank, not a measure. */
    private static final Pattern RANK_BEFORE_LEVEL = Pattern.compile(
            String.join("|", Resources.rows("level-rank-words.txt")));
    /** A comparison right before a level (紫外线超过10级, level-comparison-words.txt): the level is a bound on a scale. */
    private static final Pattern LEVEL_COMPARED_BEFORE = Pattern.compile(
            "(?:" + String.join("|", Resources.rows("level-comparison-words.txt")) + ")$");

    /** What 口 counts before: 六口人, 三口井, 一家三口。 (两口子, 一口气, 5口岸 are words); 的: 一家三口的衣服. */
    private static final String AFTER_MOUTH_COUNT = "人井锅棺缸塘之的";

    /**
     * Weak measure words that count after a Chinese numeral too when this noun follows them: 三道题, 两面旗, and the
     * barriers 道 counts (两道海关, 两道安检, 五道关口, 三道门, 两道墙, 一道闸; 五道口, a place, and 三道沟 are names). Elsewhere
     * 道 and 面 after Chinese numerals are mostly idioms and names (胡说八道, 三道红线, 四面楚歌, 三面红旗).
     */
    private static final Map<String, String> CHINESE_COUNT_BEFORE = Map.of("道", "题关闸门墙安海", "面", "旗");

    private static boolean isChineseCountBefore(String word, char next) {
        String nouns = CHINESE_COUNT_BEFORE.get(word);
        return nouns != null && nouns.indexOf(next) >= 0;
    }

    /**
     * 多 or 余 between a Chinese numeral and a weak measure word makes it an amount, not an idiom or a name: 千余字,
     * 五千多字, 十多道菜. Not 方 and 面, which make words with 多 (多方面, 多面手).
     */
    private static boolean isMoreBeforeWeakCount(String text, NumberMatch m, Unit u, int unitAt) {
        return u.kind() == Unit.Kind.COUNT && !u.word().equals("面") && unitAt == m.end() + 1
                && (text.charAt(m.end()) == '多' || text.charAt(m.end()) == '余');
    }

    private boolean acceptsUnit(String text, NumberMatch m, String raw, Unit u, int unitAt) {
        int after = unitAt + u.word().length();
        char next = after < text.length() ? text.charAt(after) : '\0';
        if (isAsciiLetter(u.word().charAt(u.word().length() - 1)) && isAsciiLetter(next)) {
            return false; // 5mg is mg, and 3min is not 3 m
        }
        if (u.weak() && m.chinese() && m.multiplier() < 1e4 && !isChineseCountBefore(u.word(), next)
                && !isMoreBeforeWeakCount(text, m, u, unitAt)) {
            return false;
        }
        if (isAsciiLetter(u.word().charAt(u.word().length() - 1))
                && (CODE_BEFORE.matcher(text).region(Math.max(0, m.start() - 12), m.start()).find()
                    || CODE_AFTER.matcher(text).region(after, text.length()).lookingAt())) {
            return false; // 20H，20RW，20JG，20TB: one of a list of codes, not 20 terabytes
        }
        if (u.word().equals("W") && next != '/' && !POWER_CUE.matcher(text).region(Math.max(0, m.start() - 40),
                Math.min(text.length(), after + 40)).find()) {
            return false; // 10W+的阅读量, 17W粉丝 (W for 万), 没有5W (the five Ws): watts only near a word about power
        }
        if (u.word().equals("轮") && raw.equals("二")) {
            return false; // 二轮投票: the second round (a count of rounds is 两轮)
        }
        if (u.word().equals("轮") && (WHEELS_AFTER.matcher(text).region(after, text.length()).lookingAt()
                || m.value() >= 2 && m.value() <= 4 && m.start() > 0 && "是为".indexOf(text.charAt(m.start() - 1)) >= 0
                    && WHEELS_AT_CLAUSE_END.matcher(text).region(after, text.length()).lookingAt())) {
            return false; // 18轮大货车, 四轮全驱, 这辆车是四轮的: wheels, not rounds (打了四轮的 stays)
        }
        if (u.word().equals("轮") && m.value() == 5 && (OLYMPICS_BEFORE.matcher(text).region(Math.max(0, m.start() - 2),
                m.start()).find() && !ROUNDS_AFTER.matcher(text).region(after, text.length()).lookingAt()
                || OLYMPICS_AFTER.matcher(text).region(after, text.length()).lookingAt())) {
            return false; // 东京五轮, 五轮会: the Olympics (five rings), not five rounds (五轮会谈 is)
        }
        if (u.word().equals("章") && CHAPTER_VERSE_AFTER.matcher(text).region(after, text.length()).lookingAt()
                && (m.start() == 0 || "共有分为".indexOf(text.charAt(m.start() - 1)) < 0)) {
            return false; // 约翰福音3章16节: a place in a book, chapter and verse (共有3章16节 counts both)
        }
        if (u.word().equals("位") && next == '数') {
            return false; // 两位数, 三位数: digits of a number, not two people
        }
        if (u.word().endsWith("基点") && m.chinese() && m.value() == 1) {
            return false; // 一个基点: a cornerstone; basis points are counted (21个基点)
        }
        if (u.word().equals("成")) {
            // 三成 is 30%; 一成为, 两成功 are other words
            return m.value() > 0 && m.value() <= 10 && "为為立功本员果就绩交长熟型年".indexOf(next) < 0;
        }
        if (u.word().equals("升") && "至到为為高级級值格任职職学學".indexOf(next) >= 0 && !litreRangeAfter(text, after)) {
            return false; // 8.23升至8.87, 升级: the verb, not litres (but 两升到三升 is a range)
        }
        if ((u.word().equals("块") || u.word().equals("塊")) && Character.isIdeographic(next)
                && "钱錢多余左上以起的半间間都也就了".indexOf(next) < 0
                && ChineseNumber.digit(ChineseNumber.normalize(String.valueOf(next)).charAt(0)) < 0) {
            return false; // 一块蓝色塑料布: a piece, not a yuan (十块钱, 一块二, 四五块起步 are money)
        }
        if ((u.word().equals("块") || u.word().equals("塊")) && after + 1 < text.length() && Character.isIdeographic(next)
                && ChineseNumber.digit(ChineseNumber.normalize(String.valueOf(next)).charAt(0)) >= 0
                && "十百千万亿萬億".indexOf(text.charAt(after + 1)) >= 0) {
            return false; // 一块两千英尺高的冰层: a piece of something measured next, not 1.2 yuan (一块二, 一块两毛 are)
        }
        if ((u.word().equals("块") || u.word().equals("塊")) && m.chinese() && m.value() == 1 && isTogether(text, m.start())) {
            return false; // 整合到一块, 总是在一块: together, not one yuan (跌到一块 is money)
        }
        if (u.word().equals("头") && text.startsWith("两头", m.start()) && m.end() == m.start() + 1
                && BEAST_AFTER_TWO_HEADS.indexOf(next) < 0) {
            return false; // 两头不靠, 三天两头, 两头用螺丝固定: both ends, not two head of cattle (两头死猪, 两头牛 are)
        }
        if (u.word().equals("名") && isRank(text, m.start(), after)) {
            return false; // 中国是78名, 列在前三名: a place in a ranking, not a count of people
        }
        if (u.word().equals("株") && isStrainName(text, m, raw)) {
            return false; // 伊尔库茨克2017株: a virus strain named by its place and year, not 2017 plants
        }
        if (u.word().equals("口") && Character.isIdeographic(next) && AFTER_MOUTH_COUNT.indexOf(next) < 0) {
            return false; // 两口子, 5口岸: 口 begins a word; it counts people and wells only (六口人, 三口井)
        }
        if (u.word().equals("级") && !isLevelOnAScale(text, m.start(), after)) {
            return false; // 2018级学生, 3级响应, 升为3级, 3级以上医院: a class or a rank, not a level measured on a scale
        }
        if (u.word().equals("级") && RANK_BEFORE_LEVEL.matcher(text).region(Math.max(0, m.start() - 6), m.start()).find()) {
            return false; // 职级7级以上: a grade of a rank, not a measured level
        }
        String wordAfter = WORD_AFTER_MEASURE.get(u.word());
        if (wordAfter != null && wordAfter.indexOf(next) >= 0) {
            return false; // 3宗教, 两封锁, 50笔记本, 5门票: the measure word begins a noun here
        }
        if (u.word().equals("部") && "门长分队落署委位".indexOf(next) >= 0) {
            return false; // 7部门, 两部长: departments and ministers are nouns, 部 no measure word here
        }
        if (u.word().equals("条") && (next == '款' || text.startsWith("规定", after))) {
            return false; // 301条款, 第337条规定: a section number, not a count
        }
        if (u.word().equals("条") && m.value() != 1 && (text.startsWith("立法", after)
                || m.start() > 0 && "法反".indexOf(text.charAt(m.start() - 1)) >= 0 && next != '法'
                    && (m.start() < 2 || "违办方想看做说".indexOf(text.charAt(m.start() - 2)) < 0))) {
            // 二十三条立法, 反二十三条, 基本法23条, 刑法三百条: the article of a law, not a count (国安法66条法例 counts
            // them; 违反两条禁令, 办法三条 are counts)
            return false;
        }
        if (u.word().equals("人") && (text.startsWith("座", after) || text.startsWith("制", after)
                || text.startsWith("私家车", after) || text.startsWith("轿车", after) || text.startsWith("座车", after))) {
            return false; // 七人座, 五人制足球, 五人私家车: the size of a thing, not a count of people
        }
        if (u.word().equals("方") && "面案式法向针位阵便".indexOf(next) >= 0) {
            return false; // 4方面, 三方案: aspects and plans, not cubic metres
        }
        if (u.word().equals("人") && "权类性格".indexOf(next) >= 0) {
            return false; // 2019人权战: 人权, 人类 are words; the number is not a count of people
        }
        if ((u.word().equals("台") || u.word().equals("臺")) && (next == '湾' || next == '灣')) {
            return false; // 2,350万台湾人民: 台湾 is Taiwan, not a count of machines
        }
        if (u.word().equals("台") && m.chinese() && m.start() >= 2 && text.startsWith("电视", m.start() - 2)) {
            return false; // 德国电视二台: a channel's name, not two sets
        }
        if (u.kind() == Unit.Kind.COUNT && u.word().equals("起") && "来码步初飞诉".indexOf(next) >= 0) {
            return false;
        }
        if ((u.word().equals("角") || u.word().equals("毛")) && Character.isIdeographic(next)
                && "钱分".indexOf(next) < 0 && ChineseNumber.digit(ChineseNumber.normalize(String.valueOf(next)).charAt(0)) < 0) {
            return false; // 角落, 毛病: 角 and 毛 are money only at the end of the amount (两毛, 三角五分)
        }
        return true;
    }

    /** Animals and the words that describe them, after 两头 as a count (两头牛, 两头死猪, 两头雌性白犀); else 两头 is "both ends". */
    private static final String BEAST_AFTER_TWO_HEADS = "猪牛羊马驴骡象鲸熊狮虎鹿狼犀驼豹猴狗犬狐豚鳄鲨貘母公雌雄幼成野死活病肥耕奶种黑白灰棕巨";

    /** Verbs that bring things to a price (跌到一块): 一块 after them and 到 is money. */
    private static final String PRICE_VERBS = "跌涨降升卖賣值剩花收赚賺赔賠亏虧贬貶提减減";

    /** Whether 一 at {@code at} opens 一块 "together": after 在, 成, 凑, 聚, 混, or 到 after a verb that is no price verb. */
    private static boolean isTogether(String text, int at) {
        if (at < 1) {
            return false;
        }
        char prev = text.charAt(at - 1);
        if ("在成凑湊聚混".indexOf(prev) >= 0) {
            return true;
        }
        return prev == '到' && at >= 2 && Character.isIdeographic(text.charAt(at - 2)) && PRICE_VERBS.indexOf(text.charAt(at - 2)) < 0;
    }

    /** Words of ranking: a 名 after them in the sentence is a place, not people (排名…中国是78名). */
    private static final Pattern RANK_WORD = Pattern.compile(
            "排名|排行|名列|位列|位居|列在|排在|排到|排第|名次|榜");

    /**
     * Whether N名 ending at {@code after} is a place in a ranking: it ends its clause (中国是78名，, 列在前三名。, 前三名分别),
     * and 前 stands before the number, or 是, 列, 居, 排, 到 stand before it with a ranking word earlier in the sentence.
     */
    private static boolean isRank(String text, int numberStart, int after) {
        // 名列二、三名, 分列第二、三名: the last of listed numbers takes its place from the first one's context
        while (numberStart >= 2 && text.charAt(numberStart - 1) == '、' && isDigitChar(text.charAt(numberStart - 2))) {
            numberStart -= 2;
            while (numberStart >= 1 && isDigitChar(text.charAt(numberStart - 1))) {
                numberStart--;
            }
        }
        boolean ends = after >= text.length() || "，,。；;！!？?、）)」”\n ".indexOf(text.charAt(after)) >= 0
                || text.startsWith("分别", after) || text.startsWith("之内", after) || text.startsWith("以内", after)
                || text.startsWith("之列", after) || text.startsWith("之中", after);
        if (numberStart >= 2 && text.charAt(numberStart - 1) == '前' && "此之日目提先以其年月天事战".indexOf(text.charAt(numberStart - 2)) < 0
                && (ends || after < text.length() && text.charAt(after) == '的')) {
            return true; // 列在前三名, 跻身前20名, 排名前三名的学生; not 此前3名
        }
        if (!ends) {
            return false;
        }
        if (numberStart < 1 || "是列居排到在为為".indexOf(text.charAt(numberStart - 1)) < 0) {
            return false; // 共有150名: a count even in a sentence about a ranking
        }
        return RANK_WORD.matcher(text).region(sentenceStart(text, numberStart, 40), numberStart).find();
    }

    /** Words of virology: a sentence with one of them names strains by place and year (伊尔库茨克2017株). */
    private static final Pattern STRAIN_CONTEXT = Pattern.compile(
            "病毒|毒株|序列|基因|疫苗|流感|亚型|变异|菌");

    /** Whether a year-like four-digit number right after a Han word, before 株, names a strain. */
    private static boolean isStrainName(String text, NumberMatch m, String raw) {
        if (m.chinese() || raw.length() != 4 || !(raw.startsWith("19") || raw.startsWith("20")) || m.start() < 1
                || !Character.isIdeographic(text.charAt(m.start() - 1))) {
            return false;
        }
        return STRAIN_CONTEXT.matcher(text).region(sentenceStart(text, m.start(), 80), sentenceEnd(text, m.end(), 80)).find();
    }

    private static final String SENTENCE_ENDS = "。！？!?\n";

    /** Where the sentence around {@code at} starts, looking back at most {@code reach} chars. */
    private static int sentenceStart(String text, int at, int reach) {
        int from = at;
        while (from > 0 && at - from < reach && SENTENCE_ENDS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return from;
    }

    /** Where the sentence around {@code at} ends (before its mark), looking on at most {@code reach} chars. */
    private static int sentenceEnd(String text, int at, int reach) {
        int to = at;
        while (to < text.length() && to - at < reach && SENTENCE_ENDS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return to;
    }

    /** A code of digits and capitals (20JG，) right before a number, and one (，20RW) right after its unit. */
    private static final Pattern CODE_BEFORE = Pattern.compile("[0-9]{1,4}[A-Z]{1,4}[ \\t]?[，,、][ \\t]?$");
    private static final Pattern CODE_AFTER = Pattern.compile("[ \\t]?[，,、][ \\t]?[0-9]{1,4}[A-Z][A-Za-z]{0,3}(?![A-Za-z])");

    /** Whether 至/到 at {@code at} opens a second amount of litres: 两升到三升, 2升至3升. */
    private static boolean litreRangeAfter(String text, int at) {
        if (at >= text.length() || "至到".indexOf(text.charAt(at)) < 0) {
            return false;
        }
        int i = at + 1;
        while (i < text.length() && i - at <= 12 && isNumeralOrUnit(text.charAt(i)) && text.charAt(i) != '升') {
            i++;
        }
        return i > at + 1 && text.startsWith("升", i);
    }

    private record RangeEnd(NumberMatch match, Unit unit, int end) {
    }

    private Optional<RangeEnd> rangeAfter(String text, List<NumberMatch> numbers, int k, int from, Unit firstUnit) {
        if (k + 1 >= numbers.size()) {
            return Optional.empty();
        }
        int i = skipSpace(text, from);
        for (String inclusive : new String[] {"(含)", "（含）"}) {
            if (text.startsWith(inclusive, i)) {
                i = skipSpace(text, i + inclusive.length());
            }
        }
        NumberMatch second = numbers.get(k + 1);
        String connector = null;
        for (String c : RANGE_CONNECTORS) {
            if (text.startsWith(c, i)) {
                connector = c;
                break;
            }
        }
        boolean listed = false;
        if (connector == null && firstUnit == null && text.startsWith("、", i) && isNeighbourPair(text, numbers.get(k), second)) {
            connector = "、"; // 约占6、7成, 两、三个: two neighbouring digits listed are a rough range, as 六七成 is
            listed = true;
        }
        if (connector == null) {
            return Optional.empty();
        }
        int afterConnector = skipSpace(text, i + connector.length());
        double secondValue = second.value();
        if (second.start() >= i && second.start() < afterConnector) {
            // the scanner read "-5" as negative; here the dash belongs to the range connector
            secondValue = -secondValue;
        } else if (second.start() == afterConnector + 1 && "上近逾过".indexOf(text.charAt(afterConnector)) >= 0
                && isLonePlaceAfterApprox(text, second, text.substring(second.start(), second.end()))) {
            // 2百至上千倍, 数十至近百人: a round place with its approximation word (上千, 近百) ends the range; the word
            // blurs that end only, so the range keeps no approx of its own (数百, 几千 are no round place but a span of
            // them, and keep their own reading)
        } else if (second.start() != afterConnector) {
            return Optional.empty();
        }
        if (isDateLike(numbers.get(k), second, connector, text)) {
            return Optional.empty();
        }
        NumberMatch secondMatch = new NumberMatch(second.start(), second.end(), secondValue, second.approximate(),
                second.multiplier(), second.chinese());
        int unitAt = skipSpace(text, second.end());
        Optional<Unit> unit = units.after(text, unitAt);
        if (unit.isPresent() && !unit.get().isAmount()) {
            return Optional.empty();
        }
        Unit u = unit.filter(x -> acceptsUnit(text, secondMatch, text.substring(second.start(), second.end()), x, unitAt))
                .orElse(null);
        if (u == null && (firstUnit == null || listed)) {
            return Optional.empty();
        }
        if (u == null) {
            return Optional.of(new RangeEnd(secondMatch, firstUnit, second.end()));
        }
        if (firstUnit != null && !firstUnit.code().equals(u.code())) {
            return Optional.empty();
        }
        return Optional.of(new RangeEnd(secondMatch, u, unitAt + u.word().length()));
    }

    /** Two one-digit integers, the second one more than the first (6、7, 两、三): neighbours that make a rough range. */
    private static boolean isNeighbourPair(String text, NumberMatch first, NumberMatch second) {
        return first.end() - first.start() == 1 && second.end() - second.start() == 1 && first.multiplier() == 1
                && second.multiplier() == 1 && first.value() >= 1 && first.value() <= 8 && first.value() == Math.rint(first.value())
                && second.value() == first.value() + 1 && first.rangeLow().isEmpty() && second.rangeLow().isEmpty();
    }

    /** 2022-02, 2021-2022 and 12/31 are dates, not ranges. */
    private static boolean isDateLike(NumberMatch first, NumberMatch second, String connector, String text) {
        if (first.chinese() || second.chinese()) {
            return false;
        }
        double a = first.value();
        return a >= 1000 && a <= 2200 && a == Math.rint(a) && first.end() - first.start() == 4
                && (connector.equals("-") || connector.equals("－"));
    }

    /**
     * What follows a length or weight unit and adds to it, in units of that unit's word: 三米九
     * (0.9 米), 3斤5两 (0.5 斤), 六斤八两. Sets {@code endOut[0]} past it, or to {@code at}.
     */
    private static double subunitAfter(String text, int at, String unitWord, int[] endOut) {
        endOut[0] = at;
        int n = text.length();
        if (at >= n) {
            return 0;
        }
        int d = digitValue(text.charAt(at));
        if (d <= 0) {
            return 0;
        }
        // 三米九的人: a Han char after the digit ends the amount (isNumeralOrUnit already takes numerals and Latin letters)
        boolean alone = at + 1 >= n || !isNumeralOrUnit(text.charAt(at + 1)) && text.charAt(at + 1) != '两'
                && text.charAt(at + 1) != '兩';
        if (unitWord.equals("米") && alone && !NumberScanner.isArabic(text.charAt(at)) && !text.startsWith(unitWord, at + 1)) {
            endOut[0] = at + 1;
            return d * 0.1;
        }
        if (unitWord.equals("米") && !alone && !NumberScanner.isArabic(text.charAt(at)) && digitValue(text.charAt(at + 1)) >= 0
                && NumberScanner.isChineseDigit(text.charAt(at + 1))
                && (at + 2 >= n || !isNumeralOrUnit(text.charAt(at + 2)) && "两兩个個".indexOf(text.charAt(at + 2)) < 0)) {
            endOut[0] = at + 2; // 一米八八: 1.88 m
            return d * 0.1 + digitValue(text.charAt(at + 1)) * 0.01;
        }
        if (unitWord.equals("斤") && at + 1 < n && (text.charAt(at + 1) == '两' || text.charAt(at + 1) == '兩')) {
            endOut[0] = at + 2;
            return d * 0.1;
        }
        if (unitWord.equals("成")) {
            // 七成六 is 76 %, 打击率2成57 is 25.7 %: the digits after 成 are its tenths and hundredths
            if (!NumberScanner.isArabic(text.charAt(at))) {
                if (alone) {
                    endOut[0] = at + 1;
                    return d * 0.1;
                }
                return 0;
            }
            int i = at;
            while (i < n && i - at < 3 && NumberScanner.isArabic(text.charAt(i))) {
                i++;
            }
            if (i < n && (isNumeralOrUnit(text.charAt(i)) || text.charAt(i) == '%' || text.charAt(i) == '两')) {
                return 0;
            }
            endOut[0] = i;
            return Double.parseDouble("0." + text.substring(at, i).chars()
                    .map(c -> '0' + digitValue((char) c)).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append));
        }
        if ((unitWord.equals("角") || unitWord.equals("毛")) && (alone || at + 1 < n && text.charAt(at + 1) == '分')) {
            endOut[0] = at + (alone ? 1 : 2);
            return d * 0.1; // 两毛五, 两角五分
        }
        return 0;
    }

    /** 1角1分, 六角七分, 三毛 after 元; 一块二, 三块零四 after 块: the value in yuan. */
    private static double smallMoneyAfter(String text, int at, String unitWord, int[] endOut) {
        endOut[0] = at;
        int i = at;
        double total = 0;
        boolean any = false;
        int n = text.length();
        // 角/毛 part
        if (i < n && i + 1 < n && digitValue(text.charAt(i)) >= 0 && "角毛毫".indexOf(text.charAt(i + 1)) >= 0) {
            total += digitValue(text.charAt(i)) * 0.1;
            i += 2;
            any = true;
        } else if (i + 1 < n && text.charAt(i) == '零' && digitValue(text.charAt(i + 1)) > 0
                && unitWord.equals("块") && (i + 2 >= n || "角毛分".indexOf(text.charAt(i + 2)) < 0)) {
            endOut[0] = i + 2;
            return digitValue(text.charAt(i + 1)) * 0.01;
        }
        if (i + 1 < n && digitValue(text.charAt(i)) >= 0 && text.charAt(i + 1) == '分'
                && (i + 2 >= n || text.charAt(i + 2) != '之')) {
            total += digitValue(text.charAt(i)) * 0.01;
            i += 2;
            any = true;
        } else if (any && i < n && digitValue(text.charAt(i)) > 0 && (i + 1 >= n || !isNumeralOrUnit(text.charAt(i + 1)))) {
            total += digitValue(text.charAt(i)) * 0.01; // 两毛五
            i++;
        }
        if (!any && unitWord.equals("块") && i < n && digitValue(text.charAt(i)) > 0
                && (i + 1 >= n || !isNumeralOrUnit(text.charAt(i + 1)) && text.charAt(i + 1) != '钱'
                    || isPerOne(text, i + 1))) {
            endOut[0] = i + 1;
            return digitValue(text.charAt(i)) * 0.1; // 一块二, 1块3一米 (a price per metre)
        }
        endOut[0] = any ? i : at;
        return any ? total : 0;
    }

    /** 一米, 一斤, 一个 at {@code at}: 一 and a word that is no numeral, the "per" of a price (三块五一斤). */
    private static boolean isPerOne(String text, int at) {
        return at + 1 < text.length() && text.charAt(at) == '一' && Character.isIdeographic(text.charAt(at + 1))
                && !isNumeralOrUnit(text.charAt(at + 1)) && "些点切起样般直共同定半再旦".indexOf(text.charAt(at + 1)) < 0;
    }

    private static boolean isNumeralOrUnit(char c) {
        return NumberScanner.isNumeralChar(c) || NumberScanner.isArabic(c) || c == '.' || c == '点'
                || "角毛分元块".indexOf(c) >= 0 || Character.isLetter(c) && c < 0x3000;
    }

    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        String s = ChineseNumber.normalize(String.valueOf(c));
        return s.length() == 1 ? ChineseNumber.digit(s.charAt(0)) : -1;
    }

    /**
     * 新台币上千亿元, 港币约3万元: a named currency before the approximation word of an amount in the generic 元 names its
     * currency, as it does right before the number (新台币3万元); the approximation is read after the currency was looked
     * for, so it is looked for again before the approximation.
     */
    private void currencyBeforeApproximation(String text, Found f) {
        if (f.type != QuantityType.MONEY || !"元".equals(f.unitText) || !"CNY".equals(f.unit) || isConversion(text, f.start)) {
            return;
        }
        currencyBefore(text, f.start).filter(c -> !c.code().equals("CNY"))
                .filter(c -> !closesAnAmountBefore(text, skipSpaceBack(text, f.start) - c.word().length())).ifPresent(c -> {
            f.unit = c.code();
            f.start = skipSpaceBack(text, f.start) - c.word().length();
        });
    }

    /** 约合, 折合, 合: the yuan after it convert the amount before, in whatever currency that was (3万港币约合2.7万元). */
    private static boolean isConversion(String text, int approxAt) {
        return text.startsWith("约合", approxAt) || text.startsWith("折合", approxAt) || text.startsWith("合", approxAt);
    }

    /** A currency's word right after a number (3万港币约…): the unit of the amount before it, not of the one after. */
    private static boolean closesAnAmountBefore(String text, int currencyAt) {
        if (currencyAt <= 0) {
            return false;
        }
        char prev = text.charAt(currencyAt - 1);
        return Character.isDigit(prev) || digitValue(prev) >= 0 || "十百千万亿萬億".indexOf(prev) >= 0;
    }

    private Optional<Unit> currencyBefore(String text, int start) {
        int end = skipSpaceBack(text, start);
        return units.before(text, end).filter(u -> u.kind() == Unit.Kind.MONEY);
    }

    /**
     * Ordinals (第三), numbers inside identifiers and addresses (n13555352, COVID-19, v1.2) and
     * clock times (8:00).
     */
    private boolean isExcludedContext(String text, NumberMatch m) {
        int s = m.start();
        char prev = s > 0 ? text.charAt(s - 1) : '\0';
        if (prev == '第') {
            return true;
        }
        if (isOrdinalRangeEnd(text, s)) {
            return true;
        }
        if (text.startsWith("两桶油", s) && (prev == '“' || prev == '「' || prev == '"' || text.startsWith("”", s + 3) || text.startsWith("」", s + 3))) {
            return true; // “两桶油”: the nickname of the two state oil companies, not two barrels
        }
        if (m.chinese() && (prev == '“' || prev == '「') && quotedWordAfter(text, m.end())
                && units.after(text, m.end()).filter(x -> x.kind() == Unit.Kind.QUANTITY && !x.weak()).isEmpty()) {
            // but 被割“一磅肉”: a physical measure in quotes is still an amount
            return true; // “五毛”, “二十三条”, “三座大山”: a numeral in words opening a short quoted name
        }
        if ((prev == '（' || prev == '(' || prev == '：' || prev == ':') && ChineseNumber.normalize(text.substring(s, m.end())).equals("万亿")) {
            return true; // 规模（万亿日元）, 单位：万亿元: a chart's unit label, no amount
        }
        boolean weekday = prev == '周' || prev == '週' || s >= 2 && (text.startsWith("星期", s - 2) || text.startsWith("礼拜", s - 2));
        if (weekday && m.end() - s == 1 && m.chinese()) {
            return true; // 周二批评: Tuesday
        }
        if (currencyBefore(text, s).isPresent()) {
            return false;
        }
        if (isIdentifierDigits(text, m) || hasLeadingZero(text, m)) {
            return true;
        }
        char beforePrev = s > 1 ? text.charAt(s - 2) : '\0';
        if (isAsciiLetter(prev) || "_/\\#%=&@".indexOf(prev) >= 0) {
            return true;
        }
        if (".:：".indexOf(prev) >= 0 && (isAsciiLetter(beforePrev) || NumberScanner.isArabic(beforePrev))
                && !(prev == '.' && NumberScanner.listNumberAt(text, digitRunStart(text, s - 1), s - 1))) {
            return true; // v1.2, 3.1.4; not 6.21岁女子… after a list item number 6.
        }
        if (prev == '-' && isAsciiLetter(beforePrev)) {
            return true;
        }
        if (prev == '+' && s >= 3) {
            int i = s - 2;
            while (i >= 0 && NumberScanner.isArabic(text.charAt(i))) {
                i--;
            }
            if (i < s - 2 && i >= 0 && isAsciiLetter(text.charAt(i))) {
                return true; // K11+900m, K295+375: a road or railway chainage, not a length
            }
        }
        int e = m.end();
        if (e + 1 < text.length() && (text.charAt(e) == ':' || text.charAt(e) == '：')
                && NumberScanner.isArabic(text.charAt(e + 1))) {
            return true;
        }
        return false;
    }

    /**
     * A plain run of eleven or more digits with no separator, decimal point or 万/亿 after it
     * (13912345678, 110101199003071234): a phone number or an identifier. News writes amounts
     * that large with 万/亿 or with thousands separators.
     */
    private static boolean isIdentifierDigits(String text, NumberMatch m) {
        int i = m.start();
        while (i < m.end() && NumberScanner.isArabic(text.charAt(i))) {
            i++;
        }
        return i == m.end() && i - m.start() >= 11;
    }

    /**
     * An integer of Arabic digits that starts with a zero (01 个人和机构, 07 家庭教育): a numbered heading or a code,
     * since no amount is written with a leading zero.
     */
    private static boolean hasLeadingZero(String text, NumberMatch m) {
        int s = m.start();
        if (m.end() - s < 2 || text.charAt(s) != '0' && text.charAt(s) != '０' || !NumberScanner.isArabic(text.charAt(s + 1))) {
            return false;
        }
        int i = s;
        while (i < m.end() && NumberScanner.isArabic(text.charAt(i))) {
            i++;
        }
        return i == m.end();
    }

    /** The 39 of 第36至39条 continues an ordinal range. */
    private static boolean isOrdinalRangeEnd(String text, int start) {
        int i = start;
        // 第二、三名, 第137、243-244页: listed ordinals too, and a range listed after one
        for (int listed = 0; listed < 6; listed++) {
            if (i == 0 || "至到-－~～—、".indexOf(text.charAt(i - 1)) < 0) {
                return false;
            }
            i--;
            int digits = 0;
            while (i > 0 && digits < 12 && (NumberScanner.isArabic(text.charAt(i - 1))
                    || NumberScanner.isNumeralChar(text.charAt(i - 1)))) {
                i--;
                digits++;
            }
            if (digits == 0) {
                return false;
            }
            if (i > 0 && text.charAt(i - 1) == '第') {
                return true;
            }
        }
        return false;
    }

    /** The longest quoted name a numeral in words may open: “五毛”, “二十三条”, “三个代表”. */
    private static final int QUOTED_NAME_CHARS = 4;

    /** Whether a closing quote follows within a few Han chars of {@code from}, with nothing but Han chars before it. */
    private static boolean quotedWordAfter(String text, int from) {
        for (int i = from; i < text.length() && i <= from + QUOTED_NAME_CHARS; i++) {
            char c = text.charAt(i);
            if (c == '”' || c == '」') {
                return true;
            }
            if (!Character.isIdeographic(c)) {
                return false;
            }
        }
        return false;
    }

    /** Where the run of Arabic digits that ends before {@code end} starts. */
    private static int digitRunStart(String text, int end) {
        int i = end;
        while (i > 0 && NumberScanner.isArabic(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static int skipSpace(String text, int i) {
        int j = i;
        while (j < text.length() && j - i < 2 && (text.charAt(j) == ' ' || text.charAt(j) == '\u00a0')) {
            j++;
        }
        return j;
    }

    private static int skipSpaceBack(String text, int i) {
        int j = i;
        while (j > 0 && i - j < 2 && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == '\u00a0')) {
            j--;
        }
        return j;
    }

    /** A people noun right after the number, or after its 多/余 (700多万香港人 reads 700万 then 多). */
    private boolean isPeopleNounAfter(String text, int end) {
        int at = isMoreBefore(text, end) ? end + 1 : end;
        return peopleNouns.longestAt(text, at) > 0;
    }

    /** 届 as a measure word: terms, editions or elections counted. */
    private static final Unit TERMS = new Unit("届", "count", 1, Unit.Kind.COUNT, false, false);

    /** Verbs before N届 that count terms or editions gone through: 连续三届, 连任13届, 曾报导11届总统大选. */
    private static final Pattern TERMS_VERB_BEFORE = Pattern.compile(
            "(?:连续|连任|連任|连|連|历经|歷經|经历|經歷|报导|報導|报道|報道|采访|參加|参加|参与|主持|担任|擔任|出席|举办|舉辦|赢得|贏得|获得|獲得)$");

    /** What N届 counts when it follows: 七届冠军, 两届任期, 四届选举 (十九届四中全会, 75届联大 are ordinals). */
    private static final Pattern TERMS_NOUN_AFTER = Pattern.compile(
            "的?(?:冠军|冠軍|任期|选举|選舉|大选|大選|总统大选|總統大選|奥运|奧運|世界杯)");

    /**
     * Whether N届 (届 ending at {@code after}) counts terms: after a verb of going through or serving, or before a noun of what
     * is counted. Elsewhere N届 without 第 names the Nth body or session (十九届四中全会, 十三届全国人大, 75届联大).
     */
    private static boolean isCountOfTerms(String text, int numberStart, int after) {
        return TERMS_VERB_BEFORE.matcher(text).region(Math.max(0, numberStart - 3), numberStart).find()
                || TERMS_NOUN_AFTER.matcher(text).region(after, text.length()).lookingAt();
    }

    /**
     * Whether a noun of things people give or do online stands at {@code at} (after 多 or 余 too): 逾280万签名, 近20万点赞,
     * 10万的阅读量 count signatures, likes and reads after a 万 number, as 61万港人 counts people (counted-nouns.txt).
     */
    private boolean isCountedNounAfter(String text, int at) {
        int from = isMoreBefore(text, at) ? at + 1 : at;
        return countedNouns.longestAt(text, from) > 0;
    }

    /** The most chars of a modifier between a number and its people noun: 7109万流动儿童, 300万香港居民, 400万非裔美国人. */
    private static final int PEOPLE_MODIFIER_CHARS = 5;

    /**
     * Chars that cannot sit in a modifier before a people noun: particles, prepositions, and verbs that take people as
     * their object (拨款200万资助学生, 出资200万成立学生会, 花了300万请律师 are money, not counts of people).
     */
    private static final String NOT_IN_PEOPLE_MODIFIER =
            "的了是在有被把给让向对从与和及或将要会能可已还也都就才又并而但为以于到成作做出入用供资助拨投贷赔罚支付买卖购建设立"
            + "筹捐元亿万年月日天个名位等至占达约近逾超余多这那其各每该此次起来去帮扶救奖补援发送交收赚花请雇招养聘派遣安置接待"
            + "服照顾使令吸引换";

    /**
     * A people noun after a short modifier of Han chars or Latin letters with no particle or verb in it (7109万流动儿童,
     * 300万香港居民, 1500万外国游客): the count is of those people, as 61万港人 is.
     */
    private boolean isPeopleNounWithin(String text, int end) {
        for (int p = end + 1; p <= end + PEOPLE_MODIFIER_CHARS && p < text.length(); p++) {
            char c = text.charAt(p - 1);
            if (!(Character.isIdeographic(c) || isAsciiLetter(c)) || NOT_IN_PEOPLE_MODIFIER.indexOf(c) >= 0) {
                return false;
            }
            if (peopleNouns.longestAt(text, p) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * People nouns a small bare number before them names rather than counts: 141部队, 乃木坂46成员 (a unit's or a group's
     * name); 3国民众 reads 国 as the countries counted.
     */
    private static final java.util.Set<String> NOT_AFTER_SMALL_NUMBER = java.util.Set.of("部队", "军队", "成员");

    /** Chars after a people noun that make it part of a longer word: 学生会, 人民币, 儿童节, 妇女节, 学生证. */
    private static final String AFTER_PEOPLE_NOUN_IN_WORD = "会币节证卡报国党";

    /** China's emergency numbers, which name a service before a people noun (110警察), not a count. */
    private static final java.util.Set<String> SERVICE_NUMBERS = java.util.Set.of("110", "119", "120", "122");

    /**
     * Four Arabic digits in this span before a people noun may be a year (2019学生运动, 1989学生, 1840华人移民史): no count.
     * 5000港人, 7580员工 lie outside it.
     */
    private static final int FIRST_YEAR_BEFORE_PEOPLE = 1500; // 1840华人移民史, 1898学生运动 are years too; 1200学生 counts
    private static final int LAST_YEAR_BEFORE_PEOPLE = 2100;

    /** A day of the month right before a 号 (7月1号): the 号 ends a date, not an identifier's label. */
    private static final Pattern DAY_OF_MONTH_BEFORE_HAO = Pattern.compile("月\\s?[0-9０-９一二三四五六七八九十]{1,3}$");

    /**
     * What follows a people noun after four digits when they name a thing, not a count: a community, group, centre,
     * hotline, movement or history (4399玩家社区, 9958儿童紧急救助中心, 8888业主群, 1898学生运动纪念活动). A few
     * modifying characters may stand between (儿童紧急救助中心).
     */
    private static final Pattern NAME_AFTER_FOUR_DIGIT_PEOPLE = Pattern.compile("[\\p{IsHan}]{0,4}?(?:社区|群|中心|热线|运动|史|论坛|平台|网)");

    /** The most chars of a party's name between a small number and its people noun (80保守党议员, 12民主党议员). */
    private static final int PARTY_NAME_CHARS = 4;

    /**
     * 美16议员, 12港人, 5000港人, 80保守党议员: a bare Arabic number of one to four digits (2 or more; four only when no
     * year) right before a people noun, or before a
     * party's name and one, counts them, as headlines write it. Not after 第, 、, letters or digits (第2议员会馆,
     * 985、211毕业生), not before a noun that runs on into a word (61儿童节, 3学生会), nor with another modifier (90后大学生,
     * 3楼居民, 5G用户), where the number names a generation, a floor or a standard.
     */
    private boolean isSmallArabicPeopleCount(String text, NumberMatch m, String raw, int end) {
        if (m.chinese() || m.multiplier() != 1 || raw.length() < 1 || raw.length() > 4 || m.value() < 2) {
            return false;
        }
        if (raw.length() == 4 && m.value() >= FIRST_YEAR_BEFORE_PEOPLE && m.value() <= LAST_YEAR_BEFORE_PEOPLE) {
            return false; // 2019学生运动, 2020港人抗争: four digits that can be a year name the year's people or events
        }
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) < '0' || raw.charAt(i) > '9') {
                return false;
            }
        }
        if (SERVICE_NUMBERS.contains(raw)) {
            return false; // 110警察, 120医生: the number calls the service, it counts no one
        }
        char before = m.start() > 0 ? text.charAt(m.start() - 1) : '\0';
        if (before == '第' || before == '、' || before == '.' || before == '-' || before == '/' || before == '#'
                || isAsciiLetter(before) || Character.isDigit(before)) {
            return false;
        }
        if (before == '号' && !DAY_OF_MONTH_BEFORE_HAO.matcher(text).region(Math.max(0, m.start() - 6), m.start() - 1).find()) {
            return false; // 编号1234学生: an identifier, no count; 7月1号370港人被捕: 号 ends a date, the number counts
        }
        int at = end;
        int len = peopleNouns.longestAt(text, at);
        if (len == 0) {
            int party = text.indexOf('党', end);
            if (party <= end || party - end > PARTY_NAME_CHARS) {
                return false;
            }
            for (int p = end; p < party; p++) {
                char c = text.charAt(p);
                if (!Character.isIdeographic(c) || NOT_IN_PEOPLE_MODIFIER.indexOf(c) >= 0) {
                    return false;
                }
            }
            at = party + 1;
            len = peopleNouns.longestAt(text, at);
            if (len == 0) {
                return false;
            }
        }
        String noun = text.substring(at, at + len);
        if (NOT_AFTER_SMALL_NUMBER.contains(noun) || noun.charAt(0) == '国') {
            return false;
        }
        if (raw.length() == 4 && NAME_AFTER_FOUR_DIGIT_PEOPLE.matcher(text).region(at + len, text.length()).lookingAt()) {
            return false; // 4399玩家社区, 9958儿童紧急救助中心, 8888业主群: four digits name a brand, a hotline, a group
        }
        return at + len >= text.length() || AFTER_PEOPLE_NOUN_IN_WORD.indexOf(text.charAt(at + len)) < 0;
    }

    private static final String[] CASUALTY_WORDS = {"失踪", "死", "伤", "亡"};

    /**
     * 3死16伤, 致21死, 一死三伤, 5死10失踪: headlines count the dead, injured and missing with the number right before 死, 伤, 亡
     * or 失踪 and nothing after it but punctuation or the next count. An Arabic number does on its own; a Chinese one only in
     * such a pair (九死一生, 决一死战, 一死了之 are idioms), and not after letters, dashes or digits (MQ-9死神, COVID-19死亡).
     */
    private static boolean isCasualtyCount(String text, NumberMatch m, int end) {
        String word = casualtyWordAt(text, end);
        if (word == null || text.substring(m.start(), m.end()).indexOf('，') >= 0) {
            return false; // 确诊1万111，135死: the scanner read two numbers as one across the comma
        }
        char before = m.start() > 0 ? text.charAt(m.start() - 1) : '\0';
        if (before == '第' || before == '-' || before == '－' || before == '.' || before == '·' || before == '/'
                || isAsciiLetter(before) || Character.isDigit(before)) {
            return false;
        }
        int after = end + word.length();
        char next = after < text.length() ? text.charAt(after) : '\0';
        boolean pairAfter = false; // 3死16伤, 一死三伤: a count of the injured or missing follows
        int p = after;
        while (p < text.length() && (Character.isDigit(text.charAt(p)) || isDigitChar(text.charAt(p)))) {
            p++;
        }
        if (p > after) {
            String second = casualtyWordAt(text, p);
            pairAfter = second != null && !second.equals("死");
        }
        boolean pairBefore = !word.equals("死") && m.start() > 0 && casualtyWordAt(text, m.start() - 1) != null
                && m.start() >= 2 && (Character.isDigit(text.charAt(m.start() - 2)) || isDigitChar(text.charAt(m.start() - 2)));
        if (m.chinese()) {
            return pairAfter || pairBefore && word.length() == 1 && !Character.isIdeographic(next);
        }
        return pairAfter || next == '\0' || !Character.isLetterOrDigit(next) && !Character.isIdeographic(next);
    }

    private static String casualtyWordAt(String text, int at) {
        for (String w : CASUALTY_WORDS) {
            if (text.startsWith(w, at)) {
                return w;
            }
        }
        return null;
    }

    /** A lone 百 or 千 after 逾, 过, 近, 上, 数 or 几 (逾百警察, 数百学生): an amount, not a name part. */
    private static boolean isLonePlaceAfterApprox(String text, NumberMatch m, String raw) {
        return raw.length() == 1 && "百千".indexOf(raw.charAt(0)) >= 0 && m.start() >= 1
                && "逾过近上数几".indexOf(text.charAt(m.start() - 1)) >= 0;
    }

    /** Words before a bare amount in 万 or 亿 that make it money (money-words-before-bare-amount.txt). */
    private static final Pattern MONEY_WORD_BEFORE_BARE_AMOUNT = Pattern.compile(
            String.join("|", Resources.rows("money-words-before-bare-amount.txt").stream().map(String::strip).map(Pattern::quote).toList()));

    /** Where the last money word in the sentence before {@code at} starts (国企利润935亿, 罚款收入能超过8000万), or -1. */
    private static int lastMoneyWordBefore(String text, int at) {
        int from = sentenceStartBefore(text, at);
        Matcher money = MONEY_WORD_BEFORE_BARE_AMOUNT.matcher(text).region(from, at);
        int last = -1;
        while (money.find()) {
            if (!HoldingWords.inside(text, money.start(), money.end(), WORDS_HIDING_A_MONEY_WORD)) {
                last = money.start();
            }
        }
        return last;
    }

    /** Words that hold a one-character money word without telling of money (峰值, 评价, 条款): words-hiding-a-money-word.txt. */
    private static final List<String> WORDS_HIDING_A_MONEY_WORD = Resources.rows("words-hiding-a-money-word.txt")
            .stream().map(String::strip).toList();


    /**
     * The currency of the nearest amount before number {@code k} in its sentence (8.7万亿美元，减到了现在的6万亿 → USD;
     * 1022亿美元，较2017年同期的1425亿 → USD, passing the year); empty when that amount is no money or has no unit
     * (平均就业人数1315万，对比去年同期的1381万) or there is none.
     */
    private Optional<Unit> currencyOfAmountBefore(String text, List<NumberMatch> numbers, int k) {
        int sentenceEnd = numbers.get(k).start();
        for (int j = k - 1; j >= 0; j--) {
            NumberMatch p = numbers.get(j);
            if (sentenceEndsBetween(text, p.end(), sentenceEnd)) {
                return Optional.empty();
            }
            int at = pastApproximation(text, p.end());
            Optional<Unit> u = units.after(text, at);
            if (u.isEmpty()) {
                return Optional.empty(); // 15元中大乐透1600万 奖池36.57亿: a bare number between, whose currency is not known
            }
            if (u.get().kind() != Unit.Kind.TIME) { // 较2017年同期的1425亿: a year is no amount
                return u.get().kind() == Unit.Kind.MONEY ? u : Optional.empty();
            }
            sentenceEnd = p.start();
        }
        return Optional.empty();
    }

    /** Count nouns besides the people nouns that make a bare amount a count (count-nouns-before-bare-amount.txt). */
    private final WordSet countNounsBeforeBareAmount = new WordSet(Resources.lines("count-nouns-before-bare-amount.txt"));

    /** Whether a number's multiplier is written 万 or 亿, not a Latin w or k (一年还能落下20-30w is slang, often money). */
    private static boolean writtenInWanOrYi(String raw) {
        return raw.endsWith("万") || raw.endsWith("亿") || raw.endsWith("萬") || raw.endsWith("億");
    }

    /**
     * Whether a number is the top end of a dashed range whose low end the scanner left apart (20-30万, 20~30w). Not after
     * 至 or 到, which end verbs too (达到773万, 上数到2.7亿).
     */
    private static boolean isRangeTopEnd(String text, int start) {
        return start > 0 && "-~～－—".indexOf(text.charAt(start - 1)) >= 0;
    }

    /** Where the sentence before the one holding {@code at} begins, not before its paragraph's start. */
    private static int previousSentenceStartInParagraph(String text, int at) {
        int from = sentenceStartBefore(text, at);
        if (from > 0 && text.charAt(from - 1) != '\n') {
            from = sentenceStartBefore(text, from - 1);
        }
        return from;
    }

    /** Whether the nearest amount before number {@code k} in its sentence has a measure word (970多万个，增长了10万多). */
    private boolean amountBeforeIsCount(String text, List<NumberMatch> numbers, int k) {
        int sentenceEnd = numbers.get(k).start();
        for (int j = k - 1; j >= 0; j--) {
            NumberMatch p = numbers.get(j);
            if (sentenceEndsBetween(text, p.end(), sentenceEnd)) {
                return false;
            }
            int at = pastApproximation(text, p.end());
            Optional<Unit> u = units.after(text, at);
            if (u.isPresent() && u.get().kind() == Unit.Kind.TIME) {
                sentenceEnd = p.start(); // 相较13天前增长了10万多: a time between is passed, as for the currency
                continue;
            }
            // 一套房子要300万: a small count of things is no count of the same as the large amount after it
            return p.multiplier() >= 1e4 && u.isPresent() && u.get().kind() == Unit.Kind.COUNT;
        }
        return false;
    }

    /**
     * Where the count noun of number {@code k} must stand before: its own start, or the start of a bare amount before it in
     * its sentence, whose reading it shares (这18万用于救助患者的只有1.9万: money both; 就业人数1315万，对比去年同期的1381万:
     * counts both).
     */
    private int bareAmountBeforeInSentence(String text, List<NumberMatch> numbers, int k) {
        int to = numbers.get(k).start();
        if (k == 0) {
            return to;
        }
        NumberMatch p = numbers.get(k - 1);
        if (sentenceEndsBetween(text, p.end(), to)) {
            return to;
        }
        return p.multiplier() >= 1e4 && units.after(text, pastApproximation(text, p.end())).isEmpty() ? p.start() : to;
    }

    /** Whether a sentence ends in {@code text[from, to)}. */
    private static boolean sentenceEndsBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Where an amount's unit may start after its digits: past 多, 余, 几 and spaces (970多万个, 10万多). */
    private static int pastApproximation(String text, int at) {
        int to = at;
        while (to < text.length() && "多余几 ".indexOf(text.charAt(to)) >= 0) {
            to++;
        }
        return to;
    }

    /** Where the sentence holding {@code at} begins. */
    private static int sentenceStartBefore(String text, int at) {
        int from = at;
        while (from > 0 && SENTENCE_ENDS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return from;
    }

    /**
     * Where the last people noun or count noun in {@code [from, to)} starts (or -1), not counting what is compared (比德国人多出近1万,
     * 较去年同期的人数: the number is then the difference or the other side, in the unit of the amount before).
     */
    private int lastCountNounBetween(String text, int from, int to) {
        int last = -1;
        for (int p = Math.max(0, from); p < to; p++) {
            int len = Math.max(Math.max(peopleNouns.longestAt(text, p), countNounsBeforeBareAmount.longestAt(text, p)),
                    countedNouns.longestAt(text, p)); // 点赞数突破50万, 播放量超过1000万
            if (len == 0 || p + len > to) {
                continue;
            }
            boolean inLongerWord = p + len < text.length() && AFTER_PEOPLE_NOUN_IN_WORD.indexOf(text.charAt(p + len)) >= 0;
            if (!(p > 0 && "比较".indexOf(text.charAt(p - 1)) >= 0) && !inLongerWord) { // 1651亿人民币: no 人民
                last = p;
            }
            p += len - 1; // 比德国人: not again as 国人 inside the compared noun
        }
        return last;
    }

    /** What ends the clause of a count in 万 or 亿 written alone: a clause's or a quote's closing mark, or the text's end. */
    private static final String LARGE_COUNT_CLAUSE_END = "，。；！？、,;!?”」";

    /** Whether the clause ends right after a count in 万 or 亿 (or after its 多/余): 未必够17万，, 冲破50万。. */
    private static boolean isClauseEndAfterLargeCount(String text, int end) {
        int at = isMoreBefore(text, end) ? end + 1 : end;
        return at >= text.length() || LARGE_COUNT_CLAUSE_END.indexOf(text.charAt(at)) >= 0;
    }

    /** 多 or 余 at {@code end}: 200多居民, 5,000余学生. */
    private static boolean isMoreBefore(String text, int end) {
        return end < text.length() && (text.charAt(end) == '多' || text.charAt(end) == '余');
    }

    /**
     * A count noun (人数, 票数, 总数, 病例数, 数量, 人口, 病例, 感染者, 死者, 粉丝, 用户) and at most a few linking words (已, 达到, 超过, 为)
     * before the number, and the clause ending right after it: 投票人数已超过23万。, 死亡总数达1,200，, 确诊病例已超50万，.
     * Not 指数 or 分数, whose numbers are points, nor a number a word follows (人数达3万人 has its measure word).
     */
    static boolean isCountAfterCountNoun(String text, int start, int end) {
        // 人口500万的州: 的 after the number still ends the amount
        if (end < text.length() && text.charAt(end) != '的' && !text.startsWith("大关", end)
                && (Character.isLetterOrDigit(text.charAt(end)) || Character.isIdeographic(text.charAt(end)))) {
            return false;
        }
        return COUNT_NOUN_BEFORE.matcher(text.substring(Math.max(0, start - 10), start)).find();
    }

    /** Words that link a count noun to its number: 人数已超过23万, 病例数多达至少510万, 出游人数就达到了2800万. */
    private static final String COUNT_LINK =
            "(?:已经|已|就|也|都|共|则|约|多达|达到|达|为|是|升至|增至|增加到|超过|超|逾|近|突破|破|累计|有|了|至少|不少于|不到|不足)";

    private static final Pattern COUNT_NOUN_BEFORE = Pattern.compile(
            "(?:(?:[人票总例户件宗亡]数|数量|人口|病例|确诊|感染者|确诊者|死亡者|死者)" + COUNT_LINK + "{0,3}"
            // 粉丝有135万, 用户超过27亿; a name or number right after them is an account (@用户6535289090)
            + "|(?:粉丝|用户)" + COUNT_LINK + "{1,3})$");

    /**
     * The approximation a character right before a bare place (百 千 万 亿) gives it: 上 is "some"
     * (上百万人, 上千名), 过 is "over" (过百宗, 过千人, 过亿元); null where they end another word
     * (不过百元 is "only", 通过, 经过) or follow a number (几十上百).
     */
    private static Approx barePlaceApprox(String text, int start) {
        if (start < 1 || start >= text.length() || "百千万亿".indexOf(text.charAt(start)) < 0) {
            return null;
        }
        boolean atStart = start < 2;
        char before = atStart ? 0 : text.charAt(start - 2);
        return switch (text.charAt(start - 1)) {
            case '上' -> atStart || UP_TO_NOT_AFTER.indexOf(before) < 0 && !isDigitChar(before)
                    && "十百千万亿".indexOf(before) < 0 ? Approx.ABOUT : null;
            case '过' -> atStart || OVER_NOT_AFTER.indexOf(before) < 0 ? Approx.MORE_THAN : null;
            default -> null;
        };
    }

    /**
     * Whether {@code c} is a Chinese digit (零 to 九, 两, their traditional forms). Spaces and
     * commas normalize to nothing: they are no digit (，上千名 is "some thousand").
     */
    private static boolean isDigitChar(char c) {
        String normalized = ChineseNumber.normalize(String.valueOf(c));
        return !normalized.isEmpty() && ChineseNumber.digit(normalized.charAt(0)) >= 0;
    }
}
