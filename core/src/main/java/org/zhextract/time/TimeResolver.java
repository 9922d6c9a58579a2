package org.zhextract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhextract.model.Approx;
import org.zhextract.model.TimeType;
import org.zhextract.text.EnglishMonths;
import org.zhextract.text.HoldingWords;
import org.zhextract.text.ResourceLines;

/**
 * Turns the atoms of one expression into a TIMEX3-style value. One resolver serves one document:
 * it remembers the last full date mentioned, which 当天, 同日 and 次日 refer to.
 */
final class TimeResolver {

    /**
     * 将 as the future marker: not 将近 (nearly), not the nouns 将军/将领/将士, and not 将 before a pronoun or a
     * demonstrative, where it marks the object as 把 does (周日将他逮捕 tells of last Sunday); nor 将 before a short noun
     * phrase and a verb of disposal (5月将华为列入, 2月起将中国服务器纳入, 周日将示威者带走), which also marks the object.
     * 将 right before a preposition, a modal or an adverb (将于, 将会, 将正式纳入, 将被列入) stays the future.
     */
    private static final String FUTURE_JIANG = "将(?![近军领士其他她它该这此那])(?!" + "[^于在会要可能对与向从以由被把很正全逐陆首再直继进尽立马不也都还仍已有同一自将，,。！？；;\\s]"
            + "[^，,。！？；;\\s]{0,9}?(?:纳入|列入|列为|视为|改为|转为|定为|设为|设定为|认定为|界定为|规定为|称为|当作|当成|变成|变为|"
            + "交给|交由|交予|移交|转交|送往|送到|送交|送回|送进|运往|运到|带到|带回|带走|押往|押走|押回|逮捕|驱逐|遣返|推向|推上|"
            + "告上|上传|迁至|迁往|迁到|降至|降到|降低到|提高到|提高至|提升至|提升到|写入|写进|置于|归为|归入|并入|纳为|更名为|改名为|"
            + "命名为|卖给|转移到|转移至|关进|赶出|逐出))";
    /** Words near an expression that point to the future (将于2月10日, 下周五将…). */
    private static final Pattern FUTURE_CUE = Pattern.compile(FUTURE_JIANG + "|即将|预计|计划|期待|期盼|希望|有望|定于|拟于|届时|准备|下周|明天|明年|下个月|下月|未来");
    private static final String CLAUSE_END = "。！？；\n!?;";
    /** Words right before N天后 that make it the end of a stretch told with its date (绝食了27天后, 持续149天后). */
    private static final Pattern LASTED_BEFORE = Pattern.compile("(?:了|持续|连续|历时)$");
    /** Verbs after which N日 counts days (停业19日, 隔离14日, 为期3日), as Hong Kong news writes it. */
    private static final Pattern DURATION_VERB_BEFORE = Pattern.compile(
            "(?:停业|歇业|停工|停课|停牌|停市|休市|停运|停航|停飞|隔离|拘留|关押|羁押|监禁|拘禁|休假|为期|历时|连续|一连|长达|"
            + "罢工|绝食|延长|延期|暂停|封锁|封城|禁足|居家)\\s?$");
    /** Nouns right after N日 that make it a number of days (14日隔离, 七日强制检疫, 14日隔离期), as Hong Kong news writes it. */
    private static final Pattern DURATION_NOUN_AFTER = Pattern.compile(
            "\\s?(?:的)?(?:隔离|检疫|强制检疫|医学观察|居家隔离|酒店隔离|集中隔离|自我隔离|隔離|檢疫)");
    /** Words before a part of the day that make it some day, not a date: 一天下午, 有一天晚上, 一个中午 (not 这一天). */
    private static final Pattern GENERIC_DAY_BEFORE = Pattern.compile("(?<![这那同前后第每当头])(?:一天|一个|某天|某一天|某个|一日)的?$"
            + "|(?:有一年|某年|某一年)的?$"); // 有一年凌晨: a night of some year
    /** The words of habit of {@code habit-words.txt} as one group; 多在 not after 大/很/许/众 (大多在上午10点前). */
    private static String habitWordsPattern() {
        List<String> words = ResourceLines.read(TimeResolver.class, "habit-words.txt").stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .flatMap(line -> Arrays.stream(line.trim().split("\\s+")))
                .map(w -> w.equals("多在") ? "(?<![大很许众])多在" : Pattern.quote(w)).toList();
        return "(?:" + String.join("|", words) + ")";
    }

    /** Words before a lone part of the day that make it a habit, not a date: 通常夜间, 平时晚上. */
    private static final Pattern HABIT_BEFORE = Pattern.compile(habitWordsPattern() + "[都会在于是]?\\s?$");
    /** Words of habit before a clock time with no date, 从 or 在 allowed between: 通常从上午11点, 一般在晚上10点, 往往凌晨3点. */
    private static final Pattern HABIT_CLOCK_BEFORE = Pattern.compile(habitWordsPattern() + "[都会]?[在于从是]?\\s?$");
    /** A count before a part of the day: 三个晚上, 四个白天 are so many nights and days, not a date. */
    private static final Pattern COUNTED_BEFORE = Pattern.compile("[0-9两二三四五六七八九十几数]个$");
    /** Words after a lone part of the day that make it a habit, not a date: 此门夜间从不落锁, 晚上总是加班. */
    private static final Pattern HABIT_AFTER = Pattern.compile(
            "\\s?(?:都|也|还|则)?(?:从不|从来|从未|总是|总会|总要|经常|常常|通常|一般|往往|很少|鲜少|不时|时常|常会|照例|照常|一律|一概)");
    /**
     * Names of spacecraft, probes and rockets that a number with 号 follows (水手4号, 嫦娥5号, 旅行者1号):
     * the craft, not the fourth day of the month.
     */
    private static final Pattern CRAFT_BEFORE = Pattern.compile(
            "(?:水手|旅行者|先锋|先驱者|阿波罗|神舟|嫦娥|天宫|天舟|天问|长征|风云|北斗|实践|鹊桥|玉兔|联盟|进步|猎鹰|飞龙|海盗|信使"
            + "|月神|朱诺|天链|东方红|探险者|伽利略|隼鸟|星链|快舟|遥感|高分|墨子|悟空|天和|问天|梦天|月船"
            // storms are numbered too (扰流1号, 台风21号), and so are houses (唐宁街10号, 中山西路5号, 弥敦道3号); 道 not
            // of a word that ends in it (据报道8号, 知道3号)
            // 皇后大道中18号, 中山路东5号: a road's section before the number
            + "|扰流|台风|颱風|热带风暴|热带低压|[路街巷弄]|(?<![报報知说說渠频頻轨軌跑车車味难難赛賽航])道|(?<=[路街道])[东西南北中])\\s?$");
    /**
     * Nouns after N号 that make it the name of a craft or machine (5号探测器, 1号卫星), not a day; floods and storm
     * signals are numbered too (长江3号洪峰, 2号洪水, 8号风球).
     */
    private static final Pattern CRAFT_AFTER = Pattern.compile(
            "\\s?(?:洪峰|洪水|风球|風球|探测器|卫星|飞船|宇宙飞船|航天器|火箭|运载火箭|空间站|着陆器|巡视器|月球车|火星车|返回器|轨道器|潜艇|核潜艇|航母|航空母舰|驱逐舰|护卫舰)");
    /**
     * A year in brackets right before N号 makes it the serial number of a document (国发〔2024〕3号,
     * 残联厅发【2021】10号, 寿汛旱办电（2018）28号), not a day.
     */
    private static final Pattern DOCUMENT_YEAR_BEFORE = Pattern.compile("[〔【\\[［(（]\\s?(?:1[89]|20)\\d\\d\\s?[〕】\\]］)）]\\s?$");
    /** Words right before a year that make it the baseline of a comparison (同比2023年, 较2016年, 2015年比2014年). */
    private static final Pattern COMPARED_BEFORE = Pattern.compile("(?:同比|较|比|相比|相较于?|对比|比起)$");
    /** Words right after a year that make it the baseline of a comparison (与2016年同期相比, 和2019年相比). */
    private static final Pattern COMPARED_AFTER = Pattern.compile("的?(?:同期|相比|相较|比较)");
    /**
     * Words of a plan made before (原定于8月1日, 原计划, 原本计划): the date they give was planned, and need not lie
     * ahead, so the future cue inside them (定于, 计划, 预计) does not count.
     */
    private static final Pattern ORIGINAL_PLAN = Pattern.compile(
            "原定|原计划|原预计|原拟|本拟|(?:原本|原先|本来)(?:计划|预计|定于|打算|拟|将|要)");
    /**
     * What stands between a date and a 第二天 that glosses it (13日，正是习近平南巡的第二天; 上周三，也就是国安法颁布的第二天):
     * the next day of the event named is the date itself.
     */
    private static final Pattern APPOSITION = Pattern.compile(
            "[，,]\\s?(?:也就是|也即|亦即|即|正是|就是|恰是|恰逢|正值)[^，,。；;！？!?\\n]{1,20}的");
    /**
     * What follows a month (and day) that names an election, a summit or a party plenum (11月的总统大选, 11月6日是美国中期选举日,
     * 11月份竞选连任, 26日的五中全会): an event on a calendar, as often ahead of the reference as behind it.
     */
    private static final Pattern EVENT_AFTER = Pattern.compile(
            "[^，,。；;！？!?\\n]{0,8}?(?:大选|选举|竞选|峰会|公投|全会)");
    /**
     * An outcome told as done, with 了, in the sentence of such an event (特朗普输掉了11月的大选, 反民主阵营赢得了11月24日的
     * 区议会选举): the event is behind the reference, the month the last one, unless a condition makes it a prospect
     * ({@link #PROSPECT}). Without 了 the verb tells nothing: 提高他在11月3日大选中获胜机率, 巴不得11月大选川普落败 and
     * 期望共和党在中期选举中失利 all look ahead.
     */
    private static final Pattern OUTCOME = Pattern.compile("(?:获胜|胜选|胜出|落败|败选|失利|输掉|输|赢得|赢)了");
    /**
     * The bare verb right before the date (特朗普输掉11月的大选, 民主派赢得11月24日的区议会选举): the event is the verb's
     * object, told as an outcome; unlike a bare verb after it (提高他在11月3日大选中获胜机率, 巴不得11月大选川普落败), which looks ahead
     * as often as back. Still only without a condition, prospect or wish before it ({@link #PROSPECT}).
     */
    private static final Pattern OUTCOME_BEFORE = Pattern.compile("(?:输掉|赢得|拿下|赢下)了?$");
    /**
     * What must follow the event of such a bare verb for it to be done: 后, what came after it (输掉11月的大选后一直不认输). A
     * bare 赢得11月的大选 alone is as often a hope (正在为拜登赢得11月大选造势, 无论谁赢得11月的美国大选).
     */
    private static final Pattern EVENT_THEN = Pattern.compile(
            "[^，,。；;！？!?\\n]{0,8}?(?:大选|选举|竞选|峰会|公投|全会)[^，,。；;！？!?\\n]{0,4}?(?:之后|以后|后)");
    /** What tells, after such an event, that what follows it is still to come (赢得11月大选后将撤销关税). */
    private static final Pattern AHEAD_IN_SENTENCE = Pattern.compile("将|会|要|可能|能否|[？?]");
    /**
     * A condition, a prospect or a wish before such an outcome: 如果拜登在11月的大选中获胜, 他希望拜登赢得11月的大选 and
     * 特朗普可能输掉11月的大选 are still ahead.
     */
    private static final Pattern PROSPECT = Pattern.compile(
            "如果|若|假如|假若|倘若|要是|一旦|即使|即便|万一|能否|可能|有望|将(?!近)|会|希望|期望|盼|巴不得|争取|力争|试图|想|要|能|可|为了|确保"
            + "|无论|不论|不管|指望");
    /** Words right before a date (or opening it) that go back to the story year after 如今: 那年8月7日, 当年, 同年. */
    private static final Pattern BACK_TO_STORY_YEAR = Pattern.compile("那年$|当年|同年");
    /** What after 如今 looks back into the story told (如今回忆起来, 如今他回想起), which then goes on. */
    private static final Pattern RECALLING_AFTER = Pattern.compile("[他她我们人]{0,2}(?:回忆|回想|想起|忆起|回首)");
    /**
     * What follows the day of a dateline: 新华社北京3日电, 美联社3日报道, 中央社台北15日讯. 电 that opens a word (15日电视讲话,
     * 20日电话会谈, 15日电力恢复, 24日电影节) is no dateline.
     */
    private static final Pattern DATELINE_AFTER = Pattern.compile("电(?![力视话影子脑邮网器池台价费])|讯|訊|報道|报道|报导|報導|消息");

    /** Figures of a period, which are published after it ends: 4-6月营收, 6月的就业数据, 9月份CPI. */
    private static final Pattern RESULTS_AFTER = Pattern.compile(
            "份?(?:的)?(?:营收|營收|营业收入|财报|財報|业绩|業績|净利|盈利|利润|销量|銷量|销售额|销售数据|就业数据|就业报告|非农|"
            + "经济数据|贸易数据|进出口|出口数据|进口数据|失业率|通胀|CPI|PPI|PMI|GDP)");

    /**
     * Things made for a holiday ahead of it, after its name (双十国庆广告, 国庆杯, 春节礼包): the holiday names what they are
     * for, not a day the story has reached (七一游行, 双十讲话 happen on the day, and stay).
     */
    private static final Pattern THING_FOR_HOLIDAY = Pattern.compile("广告|廣告|杯|礼包|禮包|贺卡|賀卡|特刊|促销|促銷|档期|檔期");

    /** What follows the date a report was filed: 【大纪元2020年10月14日讯】, 新华社北京3日电. */
    private static final Pattern FILED_AFTER = Pattern.compile("[电電](?![视視话話影脑腦子力邮郵台厂廠网網池器车車])|讯|訊"); // not 14日电视讲话
    /**
     * Holiday names that are also ordinary words (政治清明, 吃元宵) or given names (王国庆): a holiday
     * only with a cue after them or a date before.
     */
    private static final java.util.Set<String> WORD_LIKE_HOLIDAYS = java.util.Set.of("清明", "元宵", "国庆");
    /** Chars before a word-like holiday name that introduce a date: 明天清明, 今年的清明, 到了清明, 逢元宵. */
    private static final String HOLIDAY_LEAD = "天日年是到了逢过在近值至时前后个的每";
    private static final Pattern HOLIDAY_CUE_AFTER = Pattern.compile(
            "\\s?(?:期间|前后|前夕|假期|小长假|长假|时节|当天|那天|之际|来临|到来|将至|节|佳节|晚会|祭|扫墓|踏青|放假|假|黄金周|阅兵|庆典|档)");


    private static final Map<String, Integer> REL_YEAR = Map.ofEntries(
            Map.entry("大前年", -3), Map.entry("前年", -2), Map.entry("去年", -1), Map.entry("上一年", -1),
            Map.entry("上年", -1), Map.entry("今年", 0), Map.entry("本年", 0), Map.entry("本年度", 0),
            Map.entry("明年", 1), Map.entry("来年", 1), Map.entry("下一年", 1), Map.entry("后年", 2),
            Map.entry("大后年", 3), Map.entry("这一年", 0), Map.entry("当年", 0), Map.entry("同年", 0), Map.entry("翌年", 1), Map.entry("次年", 1));
    private static final Map<String, Integer> REL_MONTH = Map.ofEntries(
            Map.entry("上上个月", -2), Map.entry("上个月", -1), Map.entry("上月", -1), Map.entry("本月", 0),
            Map.entry("这个月", 0), Map.entry("这月", 0), Map.entry("当月", 0), Map.entry("同月", 0),
            Map.entry("上一个月", -1), Map.entry("上一月", -1), Map.entry("下一个月", 1), Map.entry("下一月", 1),
            Map.entry("次月", 1), Map.entry("下个月", 1), Map.entry("下月", 1), Map.entry("下下个月", 2));
    private static final Map<String, Integer> REL_DAY = Map.ofEntries(
            Map.entry("大大前天", -4), Map.entry("大大后天", 4), Map.entry("大前天", -3), Map.entry("本日", 0), Map.entry("前天", -2), Map.entry("昨天", -1), Map.entry("昨日", -1),
            Map.entry("昨晚", -1), Map.entry("昨夜", -1), Map.entry("昨早", -1), Map.entry("昨晨", -1), Map.entry("今天", 0), Map.entry("今日", 0),
            Map.entry("今晨", 0), Map.entry("今早", 0), Map.entry("今晚", 0), Map.entry("今夜", 0),
            Map.entry("明天", 1), Map.entry("明日", 1), Map.entry("明早", 1), Map.entry("明晚", 1),
            Map.entry("后天", 2), Map.entry("後天", 2), Map.entry("大后天", 3),
            Map.entry("当天", 0), Map.entry("当日", 0), Map.entry("同日", 0), Map.entry("同一天", 0),
            Map.entry("当晚", 0), Map.entry("当夜", 0), Map.entry("次日", 1), Map.entry("翌日", 1),
            Map.entry("隔日", 1), Map.entry("隔天", 1), Map.entry("第二天", 1), Map.entry("前一天", -1),
            Map.entry("前一日", -1), Map.entry("头晚", -1));
    /** Relative-day words that count from the date in context rather than from the reference date. */
    private static final List<String> CONTEXTUAL = List.of("当", "同", "次", "翌", "隔", "第二", "前一", "头");
    private static final Map<String, String> PART_OF_DAY = Map.ofEntries(
            Map.entry("凌晨", "NI"), Map.entry("半夜", "NI"), Map.entry("午夜", "NI"), Map.entry("深夜", "NI"),
            Map.entry("夜间", "NI"), Map.entry("夜里", "NI"), Map.entry("夜", "NI"),
            Map.entry("清晨", "MO"), Map.entry("早晨", "MO"), Map.entry("早上", "MO"), Map.entry("早间", "MO"),
            Map.entry("上午", "MO"), Map.entry("早", "MO"), Map.entry("晨", "MO"),
            Map.entry("中午", "MI"), Map.entry("正午", "MI"), Map.entry("午间", "MI"),
            Map.entry("下午", "AF"), Map.entry("傍晚", "EV"), Map.entry("黄昏", "EV"), Map.entry("晚上", "EV"), Map.entry("晚间", "EV"),
            Map.entry("晚", "EV"), Map.entry("白天", "DT"));

    private final String text;
    private final Matcher futureCues;
    private final Optional<LocalDate> reference;
    private final HolidayCalendar holidays;
    private LocalDate contextDate;
    /** The last bare weekday read as ahead of the reference, and where it stands, or null and -1. */
    private LocalDate weekdayAhead;
    private int weekdayAheadAt = -1;
    private Integer contextYear;
    /** Where {@link #contextDate} was given with its month written out (9月3日, not 今天), or -1. */
    private int writtenDateAt = -1;
    /** Where {@link #contextDate} was last set, or -1 while it is the reference. */
    private int contextDateAt = -1;
    /** Where the last dateline written after an earlier date stands (【…2020年10月14日讯】), and that earlier date. */
    private int datelineAt = -1;
    private LocalDate dateBeforeDateline;
    /** The last expression that gave a clock time, and its hour (0 to 24), for a bare hour after it; null before any. */
    private ResolvedTime lastClock;
    private int lastClockHour = -1;
    /** Where the last calendar expression ended, or -1. */
    private int lastEnd = -1;
    /** Where the last calendar expression (a year, a date, a time of day) started, or -1. */
    private int lastDateAt = -1;
    /** The last year written out (2018年, 去年, 当年 after one), for 当年 and 同年; null before any. */
    private Integer writtenYear;
    /** Whether {@link #writtenYear} opens a "since" phrase (自去年6月以来): no story year for holidays. */
    private boolean writtenYearOpensSince;
    /** Whether the year last written out is a year of a Chinese reign era (道光二十三年), whose month-days are lunar. */
    private boolean writtenYearLunar;
    /** Where {@link #writtenYear} was written, or -1 once a date counted from the reference (昨天, 周五) follows it. */
    private int storyYearAt = -1;
    /**
     * Where the story year was written before 如今 turned back to the present, or -1: 那年, 当年, 同年 right before a later
     * date return to it (1998年的洪灾中…，如今他已是一名军人。那年8月7日 is 1998's).
     */
    private int storyYearBeforeNowadays = -1;
    /** Whether {@link #writtenYear} is a year counted from the reference (去年), which holds for its sentence only. */
    private boolean storyYearRelative;
    /** Where {@link #writtenYear} was written. */
    private int writtenYearAt = -1;
    /** The year an offset into the past gave (十三年前 → 2005), for a year offset after it (一年后); see {@link #offsetYearAt}. */
    private int offsetYear;
    /** Where {@link #offsetYear} was given, or -1. */
    private int offsetYearAt = -1;
    /** The month written with or after {@link #writtenYear} (1959年9月), null when none was. */
    private Integer writtenMonth;

    TimeResolver(String text, Optional<LocalDate> reference, HolidayCalendar holidays) {
        this.text = text;
        // transparent bounds: whether 将 marks the object is seen in the words after it, past the searched region
        this.futureCues = FUTURE_CUE.matcher(text).useTransparentBounds(true);
        this.reference = reference;
        this.holidays = holidays;
        this.contextDate = reference.orElse(null);
        this.contextYear = reference.map(LocalDate::getYear).orElse(null);
    }

    /** Whether no sentence end (。！？ or a line break) stands between two offsets. */
    private boolean sameSentence(int from, int to) {
        return sameParagraph(from, to) && sentenceBreaks(from, to) == 0;
    }

    /**
     * How many sentence ends (a run of 。！？ and line breaks, closing quotes between them) stand
     * between two offsets: 0 in one sentence, 1 when {@code to} is in the next sentence.
     */
    private int sentenceBreaks(int from, int to) {
        int n = 0;
        boolean inRun = false;
        for (int i = Math.max(0, from); i < to; i++) {
            char c = text.charAt(i);
            if ("。！？!?\n".indexOf(c) >= 0) {
                if (!inRun) {
                    n++;
                }
                inRun = true;
            } else if (!inRun || "”’」』）) \t".indexOf(c) < 0) {
                inRun = false;
            }
        }
        return n;
    }

    /**
     * The date an offset (两天后, 2个月后, 三天前) inside a story counts from: the date last written
     * out (2020年3月5日, 9月3日) in the same or the previous sentence of its paragraph, with no date
     * counted from the reference after it; null for the reference.
     */
    private LocalDate storyDate(int at) {
        if (contextDate == null || writtenDateAt < 0 || !sameParagraph(writtenDateAt, at)) {
            return null;
        }
        if (sentenceBreaks(writtenDateAt, at) <= 1) {
            return contextDate;
        }
        // 2004年4月13日晚…。第二天…。…。半个月后: a story set in another time goes on in its paragraph
        return reference.isPresent() && Math.abs(contextDate.toEpochDay() - reference.get().toEpochDay()) > STORY_DISTANCE_DAYS
                ? contextDate : null;
    }

    /** How far from the reference a written date must lie for its story to hold for its whole paragraph. */
    private static final int STORY_DISTANCE_DAYS = 60;

    /** Whether no line break stands between two offsets: they are in one paragraph. */
    private boolean sameParagraph(int from, int to) {
        if (from < 0 || from > to) {
            return false;
        }
        int lineBreak = text.indexOf('\n', from);
        return lineBreak < 0 || lineBreak >= to;
    }

    /** The value of one expression, or empty when its atoms do not make a time (一时, 3点建议). */
    Optional<ResolvedTime> resolve(List<Atom> atoms, ResolvedTime rangeStart) {
        int at = atoms.get(0).start();
        if (storyYearAt < 0 && storyYearBeforeNowadays >= 0
                && (BACK_TO_STORY_YEAR.matcher(text).region(Math.max(0, at - 2), at).find()
                    || BACK_TO_STORY_YEAR.matcher(atoms.get(0).text()).lookingAt())) {
            storyYearAt = storyYearBeforeNowadays; // 如今…。那年8月7日: back in the story
        }
        Optional<ResolvedTime> result = resolveAtoms(atoms, rangeStart);
        if (result.isEmpty() && rangeStart == null && atoms.size() == 1 && atoms.get(0).kind() == Atom.Kind.DAY
                && atoms.get(0).text().equals("一日") && oneDayLong(atoms.get(0).start(), atoms.get(0).end())) {
            result = Optional.of(plain(atoms.get(0), TimeType.DURATION, "P1D")); // 现在一日已经爆满, 经一日巡视
        }
        result.ifPresent(r -> {
            Matcher clock = CLOCK_VALUE.matcher(r.value());
            if (clock.find()) {
                lastClock = r;
                lastClockHour = Integer.parseInt(clock.group(1));
            }
        });
        return result;
    }

    /**
     * Words before a bare 一日 that make it a day's length: verbs that spend or last a stretch (花, 用, 耗时, 历时, 拖延, 延迟)
     * or start one that is then counted (推出一日, a day after the launch), 经 (经一日巡视, after a day), the adverbs that
     * limit an amount (仅, 只, 才), and 现在, which sets what a day brings now against before (而现在一日已经…).
     */
    private static final Pattern ONE_DAY_LONG_BEFORE = Pattern.compile("(?:经|仅|只|才|花|用|耗时|历时|拖延|延迟|推出|现在)$");
    /** Adverbs after a bare 一日 that tell what came within the day, so that it is a day's length: 一日已经爆满, 一日便被叫停, 一日就…. */
    private static final Pattern ONE_DAY_LONG_AFTER = Pattern.compile("(?:已|便|就|即)");

    /**
     * Whether a bare 一日 (no month; alone it is rarely the 1st, and mostly an idiom: 有朝一日, 如一日, 日复一日, 一日之寒)
     * counts one day: after a verb of spending or 经/仅, or before 已/便/就/即.
     */
    private boolean oneDayLong(int start, int end) {
        return ONE_DAY_LONG_BEFORE.matcher(text).region(Math.max(0, start - 4), start).find()
                || ONE_DAY_LONG_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    /** The hour of a resolved time of day (2020-07-01T15:00, XXXX-XX-XXT08:30). */
    private static final Pattern CLOCK_VALUE = Pattern.compile("T([0-9]{2}):[0-9]{2}");

    private static final Pattern RANGE_AFTER = Pattern.compile("[ \\t]?(?:[到至~～\\-－—–]|[—―]{1,2})");

    /** How far after a clock time a bare hour may stand and still be read on its day and part of the day. */
    private static final int BARE_HOUR_REACH = 12;

    /** Words after a bare 点 that make it points, not o'clock: 3点建议, 两点意见. */
    private static final Pattern POINTS_AFTER = Pattern.compile(
            "(?:意见|建议|要求|看法|共识|理由|原因|内容|措施|做法|声明|体会|希望|主张|启示|结论|考虑|说明|原则|理念|疑问|问题|很|是|都|也|就|：|:)");

    /**
     * 每天下午三点交稿，五点报纸付印; 晚上8点开始，10点结束: a bare hour (no part of the day, no minutes) a few chars after a
     * clock time in its sentence, and later than it on the clock face, is an hour of the same day and half of the day. On
     * its own 五点 is no time (also "five points"); an earlier hour (晚上11点睡下，两点又醒了) may be the next morning.
     */
    private ResolvedTime clockBefore(List<Atom> atoms, ResolvedTime rangeStart, int start) {
        Atom a = atoms.get(0);
        if (atoms.size() != 1 || rangeStart != null || lastClock == null || a.kind() != Atom.Kind.CLOCK
                || !a.has("hz") || a.has("hr") || a.has("ch") || lastClock.end() > start
                || start - lastClock.end() > BARE_HOUR_REACH || !sameSentence(lastClock.end(), start)) {
            return null;
        }
        int hour = ChineseNumber.parseInt(a.group("hz"));
        if (hour < 1 || hour > 12 || hour <= lastClockHour % 12 || lastClockHour == 24 || lastClockHour == 0
                || POINTS_AFTER.matcher(text).region(a.end(), text.length()).lookingAt()
                || RANGE_AFTER.matcher(text).region(a.end(), text.length()).lookingAt()) {
            return null; // 服务时间是9点到17点: a range of its own, read on its own
        }
        return lastClock;
    }

    private Optional<ResolvedTime> resolveAtoms(List<Atom> atoms, ResolvedTime rangeStartGiven) {
        Atom first = atoms.get(0);
        ResolvedTime clockBefore = clockBefore(atoms, rangeStartGiven, first.start());
        ResolvedTime rangeStart = rangeStartGiven;
        int start = first.start();
        int end = atoms.get(atoms.size() - 1).end();
        if (first.kind() == Atom.Kind.SET && atoms.size() > 1) {
            return timedSet(atoms);
        }
        if (!first.kind().combines()) {
            return standalone(first);
        }
        if (atoms.size() == 1 && rangeStart == null && first.kind() == Atom.Kind.DAY && first.text().endsWith("日")
                && (DURATION_VERB_BEFORE.matcher(text).useTransparentBounds(true).region(Math.max(0, start - 4), start).find()
                    || DURATION_NOUN_AFTER.matcher(text).region(end, text.length()).lookingAt())) {
            // 停业19日, 隔离14日, 14日隔离 (Hong Kong usage): a number of days after the verb or before the noun, not the 19th
            String d = first.group("day");
            return Optional.of(plain(first, TimeType.DURATION, "P" + ChineseNumber.parseInt(d) + "D"));
        }
        Fields f = new Fields();
        boolean future = futureCue(start, end);
        if (future && atoms.stream().anyMatch(a -> a.kind() == Atom.Kind.MONTH || a.kind() == Atom.Kind.MONTH_DAY_BARE)
                && originalPlan(start)) {
            // 原定于8月1日: the nearest 1 August, before or after (a plan put off, or called off ahead of its date);
            // 原定于周一 keeps its cue (the weekday is mostly ahead)
            future = false;
            f.planned = true;
        }
        if (future && atoms.stream().anyMatch(a -> a.kind() == Atom.Kind.MONTH)
                && atoms.stream().noneMatch(a -> a.kind() == Atom.Kind.YEAR || a.kind() == Atom.Kind.REL_YEAR)
                && (rangeStart == null || rangeStart.year() == null)
                && RESULTS_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            // 将于周二公布4-6月营收, 将公布6月的就业数据: the cue is the report's; the months whose figures it gives are over
            future = false;
        }
        if (atoms.stream().anyMatch(a -> a.kind() == Atom.Kind.MONTH || a.kind() == Atom.Kind.MONTH_DAY_BARE)
                && POSTPONED_TO.matcher(text).region(Math.max(0, start - 4), start).find()) {
            // 案件押后至11月17日 on 9 September, 两会延后至5月21日举行 in July: the date something was put off to,
            // the nearest one, as a plan is; ahead when the report comes before it, past when it tells of it after
            future = false;
            f.planned = true;
        }
        if (!future && atoms.stream().anyMatch(a -> a.kind() == Atom.Kind.MONTH)
                && atoms.stream().noneMatch(a -> a.kind() == Atom.Kind.YEAR || a.kind() == Atom.Kind.REL_YEAR || a.kind() == Atom.Kind.ISO_DATE)
                && EVENT_AFTER.matcher(text).region(end, Math.min(text.length(), end + 12)).lookingAt()
                && !outcomeTold(start, end)) {
            // 即使拜登赢得11月的总统大选 in July 2020: an election or a summit is planned, the nearest November, not
            // last year's (拜登在11月的大选中获胜 in March 2021 is the one before)
            f.planned = true;
        }
        if (!future && atoms.size() == 1 && rangeStart == null && first.kind() == Atom.Kind.DAY
                && EVENT_AFTER.matcher(text).region(end, Math.min(text.length(), end + 12)).lookingAt()
                && !outcomeTold(start, end)) {
            // 可能与26日的五中全会有关 on 17 October: a bare day of such an event is the nearest 26th, not September's
            f.planned = true;
        }
        if (first.kind() == Atom.Kind.PART_OF_DAY && GENERIC_DAY_BEFORE.matcher(text).useTransparentBounds(true).region(Math.max(0, start - 5), start).find()) {
            f.special = "XXXX-XX-XX"; // 一天下午, 有一天晚上, 一个中午: some day, not a date
        }
        for (Atom a : atoms) {
            if (!apply(a, f, future, atoms.size() > 1 || rangeStart != null || clockBefore != null)) {
                return Optional.empty();
            }
        }
        if (rangeStart == null && f.special == null && f.year == null && f.month == null && f.day == null && f.hour != null
                && atoms.stream().allMatch(a -> a.kind() == Atom.Kind.PART_OF_DAY || a.kind() == Atom.Kind.CLOCK)
                && HABIT_CLOCK_BEFORE.matcher(text).region(Math.max(0, start - 7), start).find()) {
            // 紫外线通常从上午11点到下午3点之间最强, 他一般在晚上10点睡觉: the hour of any day, not of the story's
            // (the range's second end borrows the XXXX day through clockBefore)
            f.special = "XXXX-XX-XX";
        }
        if (atoms.size() == 1 && first.kind() == Atom.Kind.PART_OF_DAY && rangeStart == null && f.special == null
                && (HABIT_BEFORE.matcher(text).region(Math.max(0, start - 6), start).find()
                    || HABIT_AFTER.matcher(text).region(end, text.length()).lookingAt())) {
            f.special = "XXXX-XX-XX"; // 此门夜间从不落锁, 通常晚上: a habit, not the night of a date
        }
        if (atoms.size() == 1 && first.kind() == Atom.Kind.PART_OF_DAY && rangeStart == null
                && (first.group("pod").length() == 1
                    || COUNTED_BEFORE.matcher(text).useTransparentBounds(true).region(Math.max(0, start - 4), start).find())) {
            return Optional.empty(); // 日日夜夜, 日夜兼程: no day before 夜; 三个晚上, 四个白天: a count of them
        }
        if (f.pairHour && f.year == null && f.month == null && f.day == null && f.special == null && rangeStart == null) {
            f.special = "XXXX-XX-XX"; // 早上七八点起床, 干到晚上八九点: a habit or some night, with no date of its own
        }
        if (f.month != null && LUNAR_BEFORE.matcher(text).useTransparentBounds(true).region(Math.max(0, start - 2), start).find()) {
            f.lunar = true; // 农历三月初三, 阴历7月15日
        }
        if (clockBefore != null) {
            // the day of the clock time before (每天下午三点…五点 has none), and its half of the day: 下午三点交稿，五点付印,
            // 中午12点…2点 go on into the afternoon; 凌晨4点…7点钟 stays in the morning
            if (clockBefore.year() != null && clockBefore.month() != null && clockBefore.day() != null) {
                f.year = clockBefore.year();
                f.month = clockBefore.month();
                f.day = clockBefore.day();
            } else if (clockBefore.value().startsWith("XXXX-XX-XX")) {
                f.special = "XXXX-XX-XX";
            }
            if (f.hour != null && f.hour < 12 && lastClockHour >= 12) {
                f.hour += 12;
            }
        }
        return Optional.ofNullable(finish(f, start, end, future, rangeStart));
    }

    /**
     * Right before a date, the new date something was put off to (押后至9月15日); the date before such a verb is the one
     * it was first set for (投票从5月推迟到现在), which no rule here changes.
     */
    private static final Pattern POSTPONED_TO = Pattern.compile("(?:押后|延期|延后|推迟|改期|展延)(?:至|到)$");

    /** Words that say the month and day after them are of the lunar calendar. */
    private static final Pattern LUNAR_BEFORE = Pattern.compile("(?:农历|阴历|旧历|夏历|黄历|農曆|陰曆)$");

    /** The calendar fields gathered from the atoms of one expression. */
    private static final class Fields {
        Integer year;
        Integer month;
        Integer day;
        String special;        // a value that is not a calendar date: 2022-W05, 2022-Q1, 199
        String holiday;
        String partOfDay;
        boolean lookBack;      // 头晚: the night before the story's day, a look back the story does not stay in
        /** 凌晨: its 12点 is the midnight that starts the day, where 晚上/夜里 12点 ends it. */
        boolean earlyMorning;
        /** A month written after a plan made before (原定于8月1日): the nearest occurrence, either side of the reference. */
        boolean planned;
        Integer hour;
        Integer minute;
        Integer second;
        Approx approx;
        boolean bareChineseDay;
        boolean dateline;      // 3日电, 14日报道: the day of a dateline, near the publication date
        boolean spokenDay;     // 20号: a day in the spoken form, as people tell their own story (news reports write 20日)
        boolean weekdayOnly;
        boolean relativeYear;
        Integer weekOf;        // 第3周 of the month (or of the year when no month is given)
        Integer nthWeekday;    // 第3个星期日: the weekday of the nth week
        boolean yearWritten;   // the year is written out (2018年, 去年), not taken from context
        boolean monthWritten;  // the month is written out (9月, 2018-09-03)
        boolean dayWritten;    // the day is written out (16日), its month from the text or the reference
        boolean deictic;       // counted from the reference date (昨天, 周五, 上周), which ends a story's year
        boolean contextualYear; // 当年, 同年: the year of the story told before
        boolean pairHour;      // 十一二点, 七八点: an hour given as two neighbouring numbers
        boolean chineseMonth;  // the month is written in Chinese numerals (八月)
        boolean numberedYear;  // the expression writes a year number (2004年, 两千零四年)
        boolean lunar;         // the month and day are of the lunar calendar (农历八月十五, 正月初五)
        boolean eraLunar;      // the year is of a Chinese reign era (道光二十二年十二月十九日): its month-days are lunar
        boolean leapMonth;     // 闰四月初八: the leap month of the lunar year
        boolean bareSeason;    // 秋天, 春季 written alone: its year is the story's or the reference's
    }

    private boolean apply(Atom a, Fields f, boolean future, boolean supported) {
        switch (a.kind()) {
            case ISO_DATE -> {
                f.yearWritten = true;
                f.monthWritten = true;
                if (a.has("enY")) {
                    f.year = Integer.parseInt(a.group("enY"));
                    f.month = EnglishMonths.number(a.group("enM"));
                    f.day = Integer.parseInt(a.group("enD"));
                } else if (a.has("cY")) {
                    f.year = Integer.parseInt(a.group("cY"));
                    f.month = Integer.parseInt(a.group("cM"));
                    f.day = Integer.parseInt(a.group("cD"));
                } else {
                    f.year = Integer.parseInt(a.group("isoY"));
                    f.month = Integer.parseInt(a.group("isoM"));
                    f.day = Integer.parseInt(a.group("isoD"));
                    if (a.has("isoH")) {
                        f.hour = Integer.parseInt(a.group("isoH"));
                        f.minute = Integer.parseInt(a.group("isoMi"));
                        f.second = a.has("isoS") ? Integer.parseInt(a.group("isoS")) : null;
                    }
                }
            }
            case CENTURY -> f.special = zeroPadded(ChineseNumber.parseInt(a.group("cent")) - 1, 2);
            case DECADE -> {
                int decade = ChineseNumber.parseInt(a.has("decFull") ? a.group("decFull") : a.group("dec")) / 10;
                int century;
                if (a.has("decCent")) {
                    century = Integer.parseInt(a.group("decCent")); // 1930年代
                } else if (f.special != null) {
                    century = Integer.parseInt(f.special);
                } else if (a.group("decPre").startsWith("上")) {
                    century = 19;
                } else if (a.group("decPre").startsWith("本")) {
                    century = 20;
                } else {
                    int refYear = reference.map(LocalDate::getYear).orElse(2000);
                    century = refYear / 100;
                    if (century * 100 + decade * 10 > refYear) {
                        century--;
                    }
                }
                f.special = zeroPadded(century, 2) + decade;
            }
            case YEAR -> {
                if (a.has("adYear")) {
                    int y = ChineseNumber.parseInt(a.group("adYear"));
                    if (y <= 0) {
                        return false;
                    }
                    if (a.has("bc")) {
                        f.special = "BC" + zeroPadded(y, 4); // 公元前221年: TIMEX3 writes a year before Christ as BC0221
                        return true;
                    }
                    f.year = y;
                } else if (a.has("era") || a.has("strictEra")) {
                    String era = a.has("era") ? a.group("era") : a.group("strictEra");
                    String eraYear = a.has("era") ? a.group("eraYear") : a.group("strictEraYear");
                    int n = eraYear.equals("元") ? 1 : ChineseNumber.parseInt(eraYear);
                    if (n <= 0) {
                        return false;
                    }
                    f.year = TimeGrammar.ERA_FIRST_YEAR.get(era) + n - 1; // 康熙十八年 → 1679, 绍兴十一年 → 1141
                    f.eraLunar = !TimeGrammar.GREGORIAN_ERAS.contains(era);
                } else {
                    f.year = a.has("rocYear") ? 1911 + ChineseNumber.parseInt(a.group("rocYear")) : expandYear(a.group("year"));
                }
                f.numberedYear = true;
                f.yearWritten = true;
            }
            case REL_YEAR -> {
                String word = a.group("relYear");
                boolean contextual = word.startsWith("当") || word.startsWith("同") || word.startsWith("翌") || word.startsWith("次")
                        || word.equals("这一年") && writtenYear != null && sameParagraph(writtenYearAt, a.start()); // 1957年…这一年她只有23岁
                if (contextual && (writtenYear == null || !sameParagraph(writtenYearAt, a.start())) && word.equals("当年")
                        && !supported && !a.has("ryPart") && reference.isPresent()) {
                    f.special = "PAST_REF"; // 就像当年的北约: "back then", no year written before it
                    return true;
                }
                Integer base = contextual ? (writtenYear != null ? writtenYear : contextYear)
                        : reference.map(LocalDate::getYear).orElse(null);
                f.relativeYear = true;
                f.contextualYear = contextual;
                f.yearWritten = base != null;
                f.year = base == null ? null : base + REL_YEAR.get(word);
                if (base == null) {
                    f.special = "XXXX";
                }
            }
            case SEASON -> {
                if (a.has("seasonNow") && f.year == null && f.special == null) {
                    // 今夏: the reference's year is in the word
                    f.year = reference.map(LocalDate::getYear).orElse(null);
                    f.relativeYear = true;
                    if (f.year == null) {
                        f.special = "XXXX";
                    }
                } else if (!supported && f.year == null && f.special == null) {
                    if (!bareSeasonTellsADate(a)) {
                        return false; // 秋季学期, 科学的春天, 每个夏天: a kind of term, a figure of speech, a habit
                    }
                    f.bareSeason = true; // 预计秋天裁员, 从春季开始上升: the season of the story's year (finish)
                } else if (f.year == null && f.special == null) {
                    return false;
                }
                f.special = switch (a.has("seasonNow") ? a.group("seasonNow") : a.group("season")) {
                    case "春" -> "SP";
                    case "夏" -> "SU";
                    case "秋" -> "FA";
                    default -> "WI";
                };
            }
            case HALF_YEAR -> f.special = "H" + (a.group("half").startsWith("上") ? 1 : 2);
            case YEAR_PART -> {
                if (f.year == null && a.has("yPartWhole")) {
                    if (writtenYear == null || !sameSentence(writtenYearAt, a.start())) {
                        return false; // 全年公开征稿, 占全年收入的七成: all year round, any year; no year in its sentence to be
                    }
                    f.year = writtenYear; // 去年全年增持…，全年净增持; 今年房价…，同时全年成交将…: the year the sentence is about
                } else if (f.year == null) {
                    f.year = reference.map(LocalDate::getYear).orElse(null);
                    f.relativeYear = true;
                }
            }
            case QUARTER -> {
                if (a.has("relQuarter")) {
                    LocalDate base = reference.orElse(null);
                    if (base == null) {
                        f.special = "XXXX-QX";
                    } else {
                        LocalDate d = base.plusMonths(3L * weekOffset(a.group("relQuarter")));
                        f.year = d.getYear();
                        f.special = "Q" + ((d.getMonthValue() - 1) / 3 + 1);
                    }
                } else {
                    f.special = "Q" + (a.group("quarter").equals("首") ? 1 : ChineseNumber.parseInt(a.group("quarter")));
                }
            }
            case WEEK_OF -> {
                int k = ChineseNumber.parseInt(a.group("weekOf"));
                if (!supported || k < 1 || k > 53) {
                    return false; // 第三周 alone: of what?
                }
                f.weekOf = k;
                if (a.has("nthDow")) {
                    f.nthWeekday = "一二三四五六".indexOf(a.group("nthDow")) + 1;
                    f.nthWeekday = f.nthWeekday == 0 ? 7 : f.nthWeekday;
                }
            }
            case MONTH -> {
                if (a.has("lunarMonth")) {
                    f.month = a.group("lunarMonth").equals("正") ? 1 : 12;
                    f.lunar = true;
                } else if (a.has("leapMonth")) {
                    String m = a.group("leapMonth");
                    f.month = m.equals("正") ? 1 : m.equals("冬") ? 11 : m.equals("腊") ? 12 : ChineseNumber.parseInt(m);
                    f.lunar = true;
                    f.leapMonth = true;
                } else {
                    f.month = ChineseNumber.parseInt(a.group("month"));
                    f.chineseMonth = !ChineseNumber.isArabic(a.group("month"));
                }
                f.monthWritten = true;
            }
            case REL_MONTH -> {
                String word = a.group("relMonth");
                boolean contextual = word.startsWith("当") || word.startsWith("同") || word.startsWith("次");
                LocalDate base = contextual ? contextDate : reference.orElse(null);
                f.deictic |= !contextual;
                if (base != null && f.year != null) {
                    f.month = base.plusMonths(REL_MONTH.get(word)).getMonthValue(); // 去年本月
                } else if (base != null) {
                    YearMonth ym = YearMonth.from(base).plusMonths(REL_MONTH.get(word));
                    f.year = ym.getYear();
                    f.month = ym.getMonthValue();
                } else {
                    f.special = "XXXX-XX";
                }
            }
            case MONTH_PART -> reference.ifPresent(r -> {
                f.year = r.getYear();
                f.month = r.getMonthValue();
            });
            case REL_WEEK -> {
                int offset = weekOffset(a.group("relWeek"));
                boolean contextual = a.group("relWeek").startsWith("当") || a.group("relWeek").startsWith("同");
                LocalDate base = contextual ? contextDate : reference.orElse(null);
                f.deictic |= !contextual;
                f.special = base == null ? "XXXX-WXX" : isoWeek(base.plusWeeks(offset));
            }
            case DAY, MONTH_DAY_BARE -> {
                String d = a.has("day") ? a.group("day") : a.group("mdayBare");
                boolean lunarDay = d.startsWith("初");
                if (d.startsWith("初")) {
                    d = d.substring(1);
                }
                f.day = ChineseNumber.parseInt(d);
                f.bareChineseDay = !ChineseNumber.isArabic(d);
                if (a.kind() == Atom.Kind.MONTH_DAY_BARE && f.bareChineseDay && f.chineseMonth
                        && (lunarDay || f.day == 15 && !f.numberedYear)) {
                    // 九月初九, 六月初八, 明年八月十五: a day 初X, or the full moon 十五 in words without 日, is of the
                    // lunar calendar; not 一月二十三, nor 两千零四年八月十五 with a year number written
                    f.lunar = true;
                }
                f.dayWritten = true;
                // 20号: the spoken form of a day, which crafts, storms, houses and documents are numbered with too
                f.spokenDay = a.kind() == Atom.Kind.DAY && (a.text().endsWith("号") || a.text().endsWith("號"));
                if (f.spokenDay
                        && (CRAFT_BEFORE.matcher(text).region(Math.max(0, a.start() - 4), a.start()).find()
                            || CRAFT_AFTER.matcher(text).region(a.end(), text.length()).lookingAt())) {
                    return false; // 水手4号, 嫦娥5号探测器: a craft, not a day
                }
                if (f.spokenDay
                        && DOCUMENT_YEAR_BEFORE.matcher(text).region(Math.max(0, a.start() - 9), a.start()).find()) {
                    return false; // 国发〔2024〕3号: a document's number, not a day
                }
                f.dateline = a.kind() == Atom.Kind.DAY && DATELINE_AFTER.matcher(text).region(a.end(), text.length()).lookingAt();
            }
            case REL_DAY -> {
                String word = a.group("relDay");
                boolean contextual = CONTEXTUAL.stream().anyMatch(word::startsWith);
                LocalDate base = contextual ? contextDate : reference.orElse(null);
                if (contextual && REL_DAY.get(word) == 0 && text.startsWith("周年", Math.max(0, a.start() - 2))
                        && (contextDateAt < 0 || sentenceBreaks(contextDateAt, a.start()) > 0)) {
                    // 六四35周年当天: the anniversary, not the day of the event told before (星期四…五周年当天 keeps 星期四)
                    base = reference.orElse(null);
                }
                if (contextual && REL_DAY.get(word) == 0 && !future && base != null && reference.isPresent()
                        && base.isAfter(reference.get()) && contextDateAt >= 0 && sentenceBreaks(contextDateAt, a.start()) > 0) {
                    // 星期天投票结束时…可望超过50万人。…当晚八时许召开记者会: a day ahead of the report is a forecast; a 当晚
                    // told with no future cue sentences later is a day that has been, the report's own
                    base = reference.get();
                }
                if (contextual && REL_DAY.get(word) == 0 && datelineAt >= 0 && contextDateAt == datelineAt
                        && sentenceBreaks(datelineAt, a.start()) == 0 && dateBeforeDateline != null) {
                    // 习近平10月12日到潮州。⏎【大纪元2020年10月14日讯】习近平到广东考察当天: the dateline gives the day the report
                    // was filed; 当天 in its sentence is the day the text told before it (later sentences count from the dateline)
                    base = dateBeforeDateline;
                }
                f.deictic |= !contextual;
                f.lookBack = word.startsWith("头");
                int offset = REL_DAY.get(word);
                if (contextual && offset == 1 && base != null && contextDateAt == lastDateAt && lastEnd >= 0 && lastEnd <= a.start()
                        && APPOSITION.matcher(text).region(lastEnd, a.start()).matches()) {
                    offset = 0; // 上周三，也就是国安法颁布的第二天: the date just written is that next day, it says which day it is
                }
                if (contextual && REL_DAY.get(word) == 0 && f.day != null) {
                    // 11月19日当晚: the date written just before it, with its part of the day
                    f.partOfDay = TimeGrammar.relDayPartOfDay(word);
                    return true;
                }
                if (base != null) {
                    LocalDate d = base.plusDays(offset);
                    f.year = d.getYear();
                    f.month = d.getMonthValue();
                    f.day = d.getDayOfMonth();
                } else {
                    f.special = "XXXX-XX-XX";
                }
                f.partOfDay = TimeGrammar.relDayPartOfDay(word);
            }
            case WEEKDAY -> {
                applyWeekday(a, f, future);
                f.deictic = true;
            }
            case HOLIDAY -> {
                String name = a.group("holiday");
                if (WORD_LIKE_HOLIDAYS.contains(name) && !supported && !holidayContext(a)) {
                    return false; // 政治清明, 吃元宵: the ordinary word, not the holiday
                }
                f.holiday = name;
                if (name.startsWith("国庆")) {
                    // 美国国庆日7月4日: a country before 国庆 names its own national day, not China's 1 October
                    holidays.nationalDayBefore(text.substring(Math.max(0, a.start() - 6), a.start()))
                            .ifPresent(country -> f.holiday = country);
                }
            }
            case PART_OF_DAY -> {
                if (a.group("pod").equals("黄昏") && !supported && !(lastDateAt >= 0 && sameSentence(lastDateAt, a.start()))) {
                    return false; // 黄昏 alone is mostly a scene or a figure (黄昏夕照, 赤娃不晓黄昏晚); 周五…警方黄昏抵达时 is that day's
                }
                f.partOfDay = PART_OF_DAY.get(a.group("pod"));
                f.earlyMorning = a.group("pod").equals("凌晨");
            }
            case CLOCK -> {
                return applyClock(a, f, supported);
            }
            default -> throw new IllegalStateException("not a date part: " + a.kind());
        }
        return true;
    }

    /**
     * Whether a holiday name that is also an ordinary word reads as the holiday: a cue after it
     * (清明前后, 元宵节 …), or nothing before it that makes it part of a phrase (政治清明, 吃元宵):
     * the start of a clause, or a word that introduces a date (明天清明, 今年的清明, 到了清明).
     */
    private boolean holidayContext(Atom a) {
        if (HOLIDAY_CUE_AFTER.matcher(text).region(a.end(), text.length()).lookingAt()) {
            return true;
        }
        char prev = a.start() > 0 ? text.charAt(a.start() - 1) : '\0';
        return !Character.isIdeographic(prev) || HOLIDAY_LEAD.indexOf(prev) >= 0;
    }

    private static final Pattern ISO_WEEK = Pattern.compile("\\d{4}-W\\d\\d");

    private void applyWeekday(Atom a, Fields f, boolean future) {
        String prefix = a.group("wkPre");
        String w = a.group("wk");
        LocalDate ref = reference.orElse(null);
        if (w.equals("末")) {
            int offset = weekOffset(prefix.isEmpty() ? "本" : prefix);
            if (prefix.isEmpty() && !future && ref != null && ref.getDayOfWeek().getValue() <= DayOfWeek.THURSDAY.getValue()
                    && !weekendAhead(a.start(), a.end())) {
                // 初选于周末落幕 in a Tuesday report: a bare 周末 told with no cue ahead is the weekend just past, as a bare
                // weekday is; from a Friday on, the coming one (周末，示威者走上街头 in a Friday report)
                offset = -1;
            }
            f.special = ref == null ? "XXXX-WXX-WE" : isoWeek(ref.plusWeeks(offset)) + "-WE";
            return;
        }
        int dow = "一二三四五六".indexOf(w) + 1;
        if (dow == 0) {
            dow = Character.isDigit(w.charAt(0)) ? w.charAt(0) - '0' : 7;
        }
        f.weekdayOnly = true;
        if (ref == null) {
            f.special = "XXXX-WXX-" + dow;
            return;
        }
        LocalDate d;
        if (prefix.isEmpty() && f.special != null && ISO_WEEK.matcher(f.special).matches()) {
            d = LocalDate.parse(f.special + "-" + dow, java.time.format.DateTimeFormatter.ISO_WEEK_DATE); // 下周周六
            f.special = null;
        } else if (prefix.isEmpty()) {
            if (!future && ref.plusDays(1).getDayOfWeek().getValue() == dow && forecastAfter(a.end())) {
                future = true; // 星期天投票结束时投票总数或可望超过50万人 in a Saturday report: tomorrow, not last Sunday
            }
            if (!future && weekdayAhead != null && sameSentence(weekdayAheadAt, a.start())
                    && dow > weekdayAhead.getDayOfWeek().getValue()
                    && !ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(dow))).isAfter(weekdayAhead.plusDays(6))) {
                // 将于周二公布贸易数据，周四公布投资数据: a later weekday of the same week listed after one ahead is ahead too
                // (将于周日最接近香港…；并在周四发布警告 lists an earlier day: the Thursday before)
                future = true;
            }
            d = future ? ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(dow)))
                    : ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(dow)));
            if (d.isAfter(ref)) {
                weekdayAhead = d;
                weekdayAheadAt = a.start();
            }
        } else {
            d = ref.with(DayOfWeek.MONDAY).plusWeeks(weekOffset(prefix)).plusDays(dow - 1L);
        }
        f.year = d.getYear();
        f.month = d.getMonthValue();
        f.day = d.getDayOfMonth();
    }

    /** Words before a bare 周末 that look ahead to it: 据预报，周末…, 打算周末去, 定在周末, 距离周末, 对周末峰会的预期. */
    private static final Pattern WEEKEND_AHEAD_BEFORE = Pattern.compile("预期|预报|打算|定在|距离");
    /**
     * A modal of the future in the clause after a bare 周末 (周末会留在华盛顿, 周末全市会出现雷阵雨, 周末要去): not the 会 of a
     * noun (周末会议, 周末的聚会, 峰会) nor 要 past the word right after it (需要, 主要).
     */
    private static final Pattern WEEKEND_AHEAD_AFTER = Pattern.compile(
            "^要(?![闻求])|(?<![聚社大开晚舞宴协工学国议机体都理约峰年省商博法委员事唱动览盛集庙酒茶例全教公帮展])"
            + "会(?![议谈晤面见场上所员展长址])");
    /** Past markers after a bare 周末 that keep it the weekend just past whatever cue there is (周末会议已经结束了). */
    private static final Pattern WEEKEND_PAST_AFTER = Pattern.compile("了|已|曾|过");

    /**
     * Whether a bare 周末 in a Monday–Thursday report points to the coming weekend: a word that looks ahead before it in
     * its clause (预报, 打算, 距离), a modal of the future or a forecast after it up to a comma, with no past marker there.
     */
    private boolean weekendAhead(int start, int end) {
        int to = end;
        while (to < text.length() && CLAUSE_END.indexOf(text.charAt(to)) < 0 && text.charAt(to) != '，' && text.charAt(to) != ',') {
            to++;
        }
        if (WEEKEND_PAST_AFTER.matcher(text).region(end, to).find()) {
            return false;
        }
        int from = start;
        for (int i = start - 1; i >= Math.max(0, start - 12) && CLAUSE_END.indexOf(text.charAt(i)) < 0; i--) {
            from = i;
        }
        if (WEEKEND_AHEAD_BEFORE.matcher(text).region(from, start).find() || forecastAfter(end)) {
            return true;
        }
        // 周末他们说会离开: a modal after a speech verb is what was said, not when
        Matcher modal = WEEKEND_AHEAD_AFTER.matcher(text).region(end, to);
        return modal.find() && !SPEECH_BEFORE_FORECAST.matcher(text).region(end, modal.start()).find();
    }

    /**
     * A forecast (可望, 预计, 或将 …) later in the clause, with no speech verb before it whose content it would be;
     * 将 before a pronoun or a demonstrative (将其, 将该) marks the object, as 把 does, and is no future.
     */
    private static final Pattern FORECAST_AFTER = Pattern.compile("可望|有望|预计|预料|料将|或将|将会|" + FUTURE_JIANG);
    /** Verbs of saying: a future cue after one is the content of what was said (他表示将…), not the writer's forecast. */
    private static final String SPEECH_VERBS = "表示|说|称|指出|宣布|透露|认为|强调";
    private static final Pattern SPEECH_BEFORE_FORECAST = Pattern.compile(SPEECH_VERBS);

    /** A future cue right before a month (将于10月到期): the month itself lies ahead (2007年春节即将来临，2月初 is the story's). */
    private static final Pattern FUTURE_RIGHT_BEFORE = Pattern.compile("(?:将于|将在|将会|将|预计于|预计在|预计)$");
    /**
     * Verbs after which a future cue is the told party's, in the story's time: the verbs of saying and those of planning
     * (2010年他表示将于10月访华, 2010年他决定将于10月访华).
     */
    private static final Pattern TOLD_PLAN = Pattern.compile(SPEECH_VERBS + "|计划|决定|打算|承诺|同意|预期|希望");

    /**
     * 联合国于2010年对伊朗实施了目前的武器禁运，并将于10月到期 in a 2020 report: a month with a future cue after a year written
     * before the reference's is ahead of the report, not in that year, unless a verb of saying or planning between them makes
     * the cue the story's (2010年他表示将于10月访华).
     */
    private boolean aheadOfAPastYear(boolean future, LocalDate ref, int start) {
        return future && ref != null && FUTURE_RIGHT_BEFORE.matcher(text).region(Math.max(0, start - 3), start).find() && writtenYear != null && writtenYear < ref.getYear() && storyYearAt >= 0
                && storyYearAt < start && !TOLD_PLAN.matcher(text).region(storyYearAt, start).find();
    }

    /** Whether a forecast cue follows {@code end} in its clause (up to a comma) with no speech verb in between. */
    private boolean forecastAfter(int end) {
        int to = end;
        while (to < text.length() && CLAUSE_END.indexOf(text.charAt(to)) < 0 && text.charAt(to) != '，' && text.charAt(to) != ',') {
            to++;
        }
        Matcher m = FORECAST_AFTER.matcher(text).region(end, to);
        return m.find() && !SPEECH_BEFORE_FORECAST.matcher(text).region(end, m.start()).find();
    }

    private static int weekOffset(String word) {
        if (word.startsWith("上上")) {
            return -2;
        }
        if (word.startsWith("下下")) {
            return 2;
        }
        if (word.startsWith("上")) {
            return -1;
        }
        if (word.startsWith("下")) {
            return 1;
        }
        return 0;
    }

    private boolean applyClock(Atom a, Fields f, boolean supported) {
        boolean colon = a.has("ch");
        boolean rangeStart = a.has("hr"); // 9 in 9~12点: the hour that opens a range of clock times
        String hourText = colon ? a.group("ch") : rangeStart ? a.group("hr") : a.group("hz");
        OptionalDouble pairLow = colon ? OptionalDouble.empty() : neighbourPairLow(hourText);
        int hour = pairLow.isPresent() ? (int) pairLow.getAsDouble() : ChineseNumber.parseInt(hourText); // 十一二点 → 11, about
        if (hour < 0 || hour > 24) {
            return false;
        }
        int minute = 0;
        Integer second = null;
        if (colon) {
            minute = Integer.parseInt(a.group("cmi"));
            second = a.has("cs") ? Integer.parseInt(a.group("cs")) : null;
        } else if (a.has("mzBare")) {
            minute = ChineseNumber.parseInt(a.group("mzBare"));
        } else if (a.has("mz")) {
            minute = ChineseNumber.parseInt(a.group("mz"));
            second = a.has("sz") ? ChineseNumber.parseInt(a.group("sz")) : null;
        } else if (a.has("halfHour")) {
            minute = 30;
        } else if (a.has("qtr")) {
            minute = 15 * ChineseNumber.parseInt(a.group("qtr"));
        }
        if (minute < 0 || minute > 59) {
            return false;
        }
        String approxWord = colon ? a.group("clkAprx2") : a.group("clkAprx");
        String pre = colon ? a.group("clkPre2") : a.group("clkPre");
        if (rangeStart) {
            approxWord = "";
            pre = "";
        }
        boolean selfSupported = colon || rangeStart || a.has("mz") || a.has("mzBare") || a.has("halfHour") || a.has("qtr") || a.has("zheng")
                || !approxWord.isEmpty() || !pre.isEmpty() && !pre.endsWith("近") || a.group("hunit").equals("点钟")
                || (ChineseNumber.isArabic(hourText) && a.group("hunit").startsWith("时"));
        // 一时, 一点 and 3点 (建议) are no times on their own: they need a part of day, a date or a minute
        if (!selfSupported && !supported) {
            return false;
        }
        if (approxWord.equals("多") || approxWord.equals("多钟")) {
            f.approx = Approx.MORE_THAN;
        } else if (pre.endsWith("近") && approxWord.isEmpty()) {
            f.approx = Approx.NEARLY; // 下午近3时 (走近一点 has no part of day and is no time)
        } else if (!approxWord.isEmpty() || !pre.isEmpty() || pairLow.isPresent()) {
            f.approx = Approx.ABOUT;
        }
        if (colon && a.has("cMer")) {
            boolean pm = Character.toLowerCase(a.group("cMer").charAt(0)) == 'p';
            if (hour > 12) {
                return false;   // 14:00pm: no clock writes that
            }
            hour = pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);   // 12:30 AM is half past midnight
        }
        f.hour = hour;
        f.minute = minute;
        f.second = second;
        f.pairHour = pairLow.isPresent();
        return true;
    }

    /**
     * Whether the time opens a "since" phrase (自去年6月以来, 从2019年起): the story runs from it to
     * the present, so its year is no story year for the holidays written after it (同年 still refers to it).
     */
    private boolean opensSincePhrase(int start, int end) {
        if (start == 0 || "自从".indexOf(text.charAt(start - 1)) < 0) {
            return false;
        }
        return SINCE_END.matcher(text).region(end, Math.min(text.length(), end + 16)).find();
    }

    private static final Pattern SINCE_END = Pattern.compile("^[^，。；！？,;!?]{0,12}?(?:以来|起|开始)");

    private ResolvedTime finish(Fields f, int start, int end, boolean future, ResolvedTime rangeStart) {
        LocalDate ref = reference.orElse(null);
        if (f.hour != null && f.partOfDay != null) {
            f.hour = adjustHour(f.hour, f.partOfDay);
            if (f.hour == 24 && f.earlyMorning) {
                f.hour = 0;   // 凌晨12点: the midnight that starts the day
            }
        }
        if (rangeStart != null && f.partOfDay == null && f.hour != null && rangeStart.partOfDay() != null
                && f.day == null && f.month == null && f.year == null) {
            // 下午1时至4时 is 16:00; 晚上11时至6时 runs past midnight, so 6时 is 06:00, not 18:00 before its own start
            int shifted = adjustHour(f.hour, rangeStart.partOfDay());
            Integer startHour = hourOfRangeStart(rangeStart.value());
            if (startHour == null || shifted >= startHour) {
                f.hour = shifted;
            }
        }
        boolean timeOfDay = f.hour != null || f.partOfDay != null;
        if (f.holiday != null) {
            if (f.year == null && rangeStart != null && rangeStart.year() != null) {
                f.year = rangeStart.year(); // 去年春节到元宵节
            }
            if (f.year == null && writtenYear != null && (ref == null || writtenYear != ref.getYear()) && !writtenYearOpensSince
                    && (storyYearRelative ? sameSentence(storyYearAt, start) : sameParagraph(storyYearAt, start))) {
                // 1959年9月…春节: the story's holiday, the first after its month when the story gives one
                int storyMonth = writtenMonth == null ? 1 : writtenMonth;
                LocalDate inStoryYear = holidays.dateIn(f.holiday, writtenYear);
                f.year = inStoryYear.isBefore(LocalDate.of(writtenYear, storyMonth, 1).minusMonths(2)) ? writtenYear + 1 : writtenYear;
            }
            if (f.year == null && ref != null) {
                LocalDate d = nearReference(y -> holidays.dateIn(f.holiday, y), ref, future);
                f.year = d.getYear();
            }
            if (f.year != null) {
                LocalDate d = holidays.dateIn(f.holiday, f.year);
                f.month = d.getMonthValue();
                f.day = d.getDayOfMonth();
            } else {
                f.special = holidays.valueWithoutYear(f.holiday);
            }
        }
        if (f.day != null && f.month == null && f.special == null) {
            if (f.bareChineseDay && rangeStart == null && !f.dateline) {
                return null; // 一日之计: a Chinese numeral with 日 and no month is rarely a date
            }
            if (f.dateline && rangeStart == null && ref != null) {
                LocalDate d = nearestDay(f.day, ref);
                if (d != null && d.isAfter(ref.plusDays(2)) && !future) {
                    // (a sentence looking ahead, 将于15日…, keeps the day ahead) 美联社10日报道 in a paper of 30 July: a report is filed before it is published (two days' slack for
                    // time zones and pages dated by their first version), so the 10th is July's, however near August's lies
                    YearMonth before = YearMonth.from(d).minusMonths(1);
                    d = f.day <= before.lengthOfMonth() ? before.atDay(f.day) : d;
                }
                if (d != null) {
                    f.year = d.getYear();
                    f.month = d.getMonthValue();
                }
            }
            if (f.dateline) {
                f.deictic = true;
            }
            int glossWeekday = f.month == null && rangeStart == null && ref != null ? weekdayBeforeBracket(start) : 0;
            if (glossWeekday > 0) {
                // 自周三(15日)起: the 15th that is a Wednesday, nearest the reference
                LocalDate best = null;
                for (int k = -2; k <= 2; k++) {
                    YearMonth ym = YearMonth.from(ref).plusMonths(k);
                    if (f.day <= ym.lengthOfMonth() && ym.atDay(f.day).getDayOfWeek().getValue() == glossWeekday
                            && (best == null || Math.abs(ym.atDay(f.day).toEpochDay() - ref.toEpochDay()) < Math.abs(best.toEpochDay() - ref.toEpochDay()))) {
                        best = ym.atDay(f.day);
                    }
                }
                if (best != null) {
                    f.month = best.getMonthValue();
                    f.year = best.getYear();
                }
            }
            if (f.month != null) {
                // the dateline's (or the weekday's) month is settled
            } else if (rangeStart != null && rangeStart.month() != null) {
                f.month = rangeStart.month();
                f.year = f.year != null ? f.year : rangeStart.year();
            } else if (contextDate != null && writtenDateAt >= 0 && !f.bareChineseDay
                    && (sameParagraph(writtenDateAt, start)
                        || ref != null && Math.abs(contextDate.toEpochDay() - ref.toEpochDay()) <= 45
                            && (future || !contextDate.isAfter(ref) || !after(nearestDay(f.day, contextDate, ref), ref))
                        || spokenDayGoesOn(f, start))
                    && nearestDay(f.day, contextDate, ref) != null) {
                // 9月3日中午…4日早上: the day nearest the date just written, in its month or the next; a paragraph on
                // from a date ahead, not past the reference without a cue (要在9月1日报到。⏎在10日被捕的十人 in an August
                // article is August 10; 【2018年09月11日讯】…⏎本周末（16日） stays September)
                LocalDate d = nearestDay(f.day, contextDate, ref);
                f.month = d.getMonthValue();
                f.year = d.getYear();
            } else if (ref != null && f.planned && nearestDay(f.day, ref) != null) {
                LocalDate d = nearestDay(f.day, ref); // 26日的五中全会 (see resolve)
                f.month = d.getMonthValue();
                f.year = d.getYear();
            } else if (ref != null) {
                YearMonth ym = YearMonth.from(ref);
                if (!future && f.day > ref.getDayOfMonth()) {
                    ym = ym.minusMonths(1);
                } else if (future && f.day < ref.getDayOfMonth()) {
                    ym = ym.plusMonths(1);
                }
                f.month = ym.getMonthValue();
                f.year = ym.getYear();
            }
        }
        if (f.month != null && f.year == null && f.special == null) {
            if (rangeStart != null && rangeStart.year() != null) {
                f.year = rangeStart.year();
            } else if (writtenYear != null && (storyYearRelative ? sameSentence(storyYearAt, start) : sameParagraph(storyYearAt, start))
                    && (sameSentence(storyYearAt, start) || !aheadOfReference(writtenYear, f.month, f.day, ref, future))
                    && !aheadOfAPastYear(future, ref, start)) {
                f.year = writtenYear; // 2018年3月，公司成立。9月26日…: the story's year, not the reference's
                f.eraLunar |= writtenYearLunar && f.chineseMonth; // 道光二十三年（1843）二月二十一日
            } else if (historyGoesOn(f, start, future) && !aheadOfAPastYear(future, ref, start)) {
                f.year = writtenYear; // 1937年6月…12月22日…⏎12月29日夜: a history told on in the next paragraph
                f.eraLunar |= writtenYearLunar && f.chineseMonth;
            } else if (ref != null) {
                int month = f.month;
                int day = f.day == null ? 1 : Math.min(f.day, 28);
                // 1月8日，他宣布将于3月27日开唱: a future cue counts from the date its sentence tells of
                LocalDate anchor = future && contextDate != null && writtenDateAt >= 0 && sameSentence(writtenDateAt, start)
                        && contextDate.isBefore(ref) ? contextDate : ref;
                if (month >= 1 && month <= 12) {
                    f.year = f.planned ? nearest(y -> LocalDate.of(y, month, day), anchor).getYear()
                            : nearReference(y -> LocalDate.of(y, month, day), anchor, future).getYear();
                    while (month == 2 && f.day != null && f.day == 29 && !java.time.Year.isLeap(f.year)) {
                        f.year += future ? 1 : -1; // 2月29日: the nearest leap year in the same direction
                    }
                }
            }
        }
        f.lunar |= f.eraLunar;
        if (f.lunar && f.year != null && f.month != null && f.day != null && f.special == null
                && f.month >= 1 && f.month <= 12 && f.day >= 1 && f.day <= 30) {
            // 明年八月十五 → the Gregorian date of that lunar day in the lunar year that starts in that year
            LocalDate d = HolidayCalendar.lunarToGregorian(f.year, f.month, f.day, f.leapMonth);
            f.year = d.getYear();
            f.month = d.getMonthValue();
            f.day = d.getDayOfMonth();
        }
        if (timeOfDay && f.year == null && f.month == null && f.day == null && f.special == null) {
            // a range's start without a reference date may know its day but not its year (25日–4时)
            // a written start that is no date (2019年2月29日至3时, a typo) gives the hour no day
            LocalDate base = rangeStart != null && rangeStart.day() != null && rangeStart.month() != null
                    && rangeStart.year() != null
                    ? (validDate(rangeStart.year(), rangeStart.month(), rangeStart.day())
                            ? LocalDate.of(rangeStart.year(), rangeStart.month(), rangeStart.day()) : null)
                    // 通常从上午11点到下午3点, 每周六晚上10时至2时: the second end of any day's range is any day's too
                    : rangeStart != null && rangeStart.value().startsWith("XXXX-") ? null
                    : contextDate;
            if (base != null) {
                f.year = base.getYear();
                f.month = base.getMonthValue();
                f.day = base.getDayOfMonth();
            } else {
                f.special = "XXXX-XX-XX";
            }
        }
        if (f.weekOf != null) {
            if (f.month != null && f.year == null) {
                f.year = ref != null ? ref.getYear() : null;
            }
            if (f.year == null) {
                return null;
            }
            if (f.nthWeekday != null) {
                if (f.month == null) {
                    return null;
                }
                LocalDate d = LocalDate.of(f.year, f.month, 1)
                        .with(TemporalAdjusters.dayOfWeekInMonth(f.weekOf, DayOfWeek.of(f.nthWeekday)));
                f.month = d.getMonthValue();
                f.day = d.getDayOfMonth();
                f.weekOf = null;
            }
        }
        if (f.weekOf != null) {
            LocalDate monday = f.month != null
                    ? LocalDate.of(f.year, f.month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusWeeks(f.weekOf - 1L)
                    : LocalDate.of(f.year, 1, 4).with(DayOfWeek.MONDAY).plusWeeks(f.weekOf - 1L);
            f.special = isoWeek(monday);
            f.month = null;
            f.day = null;
        }
        if (f.bareSeason && f.year == null) {
            // 2019年…，随后夏天失业率下降: the story's year, as a bare month takes it; else the reference's (美国航空预计秋天
            // 裁员 is this autumn); without a reference it stays XXXX-FA. A prospect looks ahead of the reference, not from a
            // year written before it (这项法律于2015年通过，…预计秋天将有更多人失业 is this autumn; dateline 2020-12-10
            // 预计疫苗春天上市 is 2021's spring)
            String cue = seasonClauseCue(start, end);
            boolean ahead = "ahead".equals(cue);
            if (cue == null) {
                // 北方冬天漫长, 夏季人们喜欢到海滩避暑: no prospect or course dates it, so it is any year's season (XXXX-WI),
                // as TimeML writes a generic season; the story's year was wrong for 13 of 22 such seasons in the corpus
                f.year = null;
            } else if (ahead && seasonCueBefore(start, "ahead")) {
                // 预计秋天, 疫苗最快春天上市: a prospect told before the season looks to the next one of its name
                f.year = reference.map(r -> r.getMonthValue() > lastMonthOfSeason(f.special) ? r.getYear() + 1 : r.getYear())
                        .orElse(null);
            } else if (ahead) {
                f.year = reference.map(LocalDate::getYear).orElse(null); // 冬天随时会有数万人出事: this year's
            } else {
                f.year = writtenYear != null && (storyYearRelative ? sameSentence(storyYearAt, start) : sameParagraph(storyYearAt, start))
                        ? writtenYear : reference.map(LocalDate::getYear).orElse(null);
            }
        }
        if (f.special != null && (f.special.startsWith("Q") || f.special.startsWith("H")) && f.year == null) {
            f.year = rangeStart != null && rangeStart.year() != null ? rangeStart.year()
                    : reference.map(LocalDate::getYear).orElse(null);
        }
        if (f.hour != null && f.hour == 24 && f.year != null && f.month != null && f.day != null
                && f.special == null && !f.lunar && validDate(f.year, f.month, f.day)) {
            // 2月3日晚上十二点 is 2月4日 0点: the next day's start, as a date with a day can say
            // (an impossible date such as 2月30日 has no next day: it keeps 24:00, as written)
            LocalDate next = LocalDate.of(f.year, f.month, f.day).plusDays(1);
            f.year = next.getYear();
            f.month = next.getMonthValue();
            f.day = next.getDayOfMonth();
            f.hour = 0;
        }
        String value = dateValue(f);
        if (f.hour != null) {
            value += "T" + zeroPadded(f.hour, 2) + ":" + zeroPadded(f.minute, 2);
            if (f.second != null) {
                value += ":" + zeroPadded(f.second, 2);
            }
        } else if (f.partOfDay != null) {
            value += "T" + f.partOfDay;
        }
        // a date in brackets after a time (昨天（7日）) says which day that is; a weekday after a date (7月16日（周四）) is a gloss
        boolean aside = start > 0 && "（(".indexOf(text.charAt(start - 1)) >= 0 && end < text.length()
                && "）)".indexOf(text.charAt(end)) >= 0 && (f.weekdayOnly || lastEnd != start - 1);
        ResolvedTime result = new ResolvedTime(start, end, timeOfDay ? TimeType.TIME : TimeType.DATE, value,
                Optional.ofNullable(f.approx), f.year, f.month, f.day,
                f.partOfDay != null ? f.partOfDay : rangeStart != null && f.hour != null ? rangeStart.partOfDay() : null,
                f.weekdayOnly && f.hour == null && f.partOfDay == null);
        if (f.yearWritten && !f.relativeYear && f.month == null && f.day == null && f.special == null
                && (COMPARED_BEFORE.matcher(text).region(Math.max(0, start - 3), start).find()
                    || COMPARED_AFTER.matcher(text).region(end, text.length()).lookingAt())) {
            lastEnd = end;
            return result; // 同比2023年, 与2016年同期相比: a year compared with is not the year the story goes on in
        }
        if (f.yearWritten && !f.relativeYear && f.month == null && f.day == null && f.special == null && start > 0
                && "（(".indexOf(text.charAt(start - 1)) >= 0 && lastEnd != start - 1 && bracketClosesAfter(end)) {
            lastEnd = end;
            return result; // 降水量 (1980年437.3毫米)。当地从4月16日…: a year in an aside is not the story's year
        }
        if (f.lookBack) {
            lastEnd = end;
            return result; // 头晚，警方搜索了…。当地时间晚九时: the story goes on on its own day, not the night before
        }
        if (aside && f.day != null && !f.yearWritten) {
            lastEnd = end;
            return result; // （4月14日）…16日, 7月16日（周四）: a day in brackets is an aside; later days keep the story's month
        }
        if (f.holiday != null && !f.yearWritten && THING_FOR_HOLIDAY.matcher(text).region(end, text.length()).lookingAt()) {
            lastEnd = end;
            return result; // 10月7日刊登双十国庆广告，…当晚: a holiday naming what an ad, a speech, a cup is for is no day of the story
        }
        if (f.year != null && f.month != null && f.day != null && validDate(f.year, f.month, f.day)) {
            if (contextDateAt >= 0 && FILED_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
                dateBeforeDateline = contextDate; // 10月12日到潮州。【大纪元2020年10月14日讯】: see REL_DAY
                datelineAt = start;
            }
            contextDate = LocalDate.of(f.year, f.month, f.day);
            contextDateAt = start;
            if (f.monthWritten || f.dayWritten) {
                writtenDateAt = start;
            } else if (f.deictic) {
                writtenDateAt = -1;
            }
        }
        if (f.year != null) {
            contextYear = f.year;
        }
        if (f.yearWritten && f.year != null) {
            writtenYear = f.year;
            writtenYearOpensSince = opensSincePhrase(start, end);
            writtenYearLunar = f.eraLunar;
            writtenMonth = f.month;
            storyYearAt = start;
            storyYearBeforeNowadays = -1;
            writtenYearAt = start;
            storyYearRelative = f.relativeYear && !f.contextualYear;
        } else if (f.deictic) {
            storyYearAt = -1;
        } else if (f.monthWritten && f.month != null && f.year != null && f.year.equals(writtenYear)) {
            writtenMonth = f.month;
        }
        lastDateAt = start;
        lastEnd = end;
        return result;
    }

    /**
     * Whether a month and day without a year go on with a history whose year was written in the paragraph before
     * (1937年6月…12月22日…⏎12月29日夜 is 1937): the history is told in dates (a month or a date was written in its
     * year; a year alone, 2000年互联网泡沫以来, sets no story), the year lies at least {@link #HISTORY_YEARS} before the reference,
     * nothing counted from the reference and no other year came between, no word points ahead, and the date
     * taken in the reference's year would lie more than {@link #STORY_DISTANCE_DAYS} from the reference (12月13日
     * in a December article after 1937年12月13日 is this year's memorial day). A story of fewer years back (at least
     * {@link #RECENT_STORY_YEARS}) goes on too, for up to {@link #RECENT_STORY_PARAGRAPHS} paragraphs, when it opened with a
     * full date and the month-day falls a little after it ({@link #recentStoryGoesOn}).
     */
    private boolean historyGoesOn(Fields f, int start, boolean future) {
        LocalDate ref = reference.orElse(null);
        if (ref == null || writtenYear == null || storyYearRelative || storyYearAt < 0 || future || f.month < 1 || f.month > 12
                || writtenMonth == null && (contextDate == null || contextDate.getYear() != writtenYear)
                || ref.getYear() - writtenYear < RECENT_STORY_YEARS || contextYear == null || !contextYear.equals(writtenYear)
                || start - storyYearAt > HISTORY_REACH) {
            return false;
        }
        int paragraphs = paragraphBreaks(storyYearAt, start);
        boolean history = ref.getYear() - writtenYear >= HISTORY_YEARS && paragraphs == 1;
        if (!history && !recentStoryGoesOn(f, paragraphs)) {
            return false;
        }
        int month = f.month;
        int day = f.day == null ? 15 : Math.min(f.day, 28);
        LocalDate near = nearReference(y -> LocalDate.of(y, month, day), ref, false);
        return Math.abs(near.toEpochDay() - ref.toEpochDay()) > STORY_DISTANCE_DAYS;
    }

    /**
     * 2016年1月2日下午…⏎…住了三个月…⏎…一直到4月6日 (in 2020): a story a few years back that opens with a full date (year, month
     * and day) goes on in the next two paragraphs with a month-day that falls a little after that day (at most
     * {@link #RECENT_STORY_DAYS}), nothing counted from the reference coming between. A month-day before the story's day
     * (2019年12月8日…⏎4月8日，武汉解封) or far after it is the reference's year, and a story opened with a month only (2015年6月…⏎
     * 12月29日) does not carry over: with no day the story is too loosely dated to go on.
     */
    private boolean recentStoryGoesOn(Fields f, int paragraphs) {
        if (paragraphs < 1 || paragraphs > RECENT_STORY_PARAGRAPHS || f.day == null || contextDate == null
                || contextDate.getYear() != writtenYear || writtenDateAt != storyYearAt
                || !validDate(writtenYear, f.month, f.day)) {
            return false;
        }
        long after = LocalDate.of(writtenYear, f.month, f.day).toEpochDay() - contextDate.toEpochDay();
        return after >= 0 && after <= RECENT_STORY_DAYS;
    }

    /** How many days after its opening date a month-day may lie and go on with a story a few years back. */
    private static final int RECENT_STORY_DAYS = 183;
    /** How many years before the reference a story told in dates may lie and go on for {@link #RECENT_STORY_PARAGRAPHS}. */
    private static final int RECENT_STORY_YEARS = 3;
    /** How many paragraphs on a story a few years back (at least {@link #RECENT_STORY_YEARS}) goes on in its dates. */
    private static final int RECENT_STORY_PARAGRAPHS = 2;

    /** How many days after the date told before a spoken day of the next paragraph may lie and go on with its story. */
    private static final int SPOKEN_DAY_REACH = 7;

    /**
     * Whether a bare day in the spoken form (20号) goes on with the date told in the paragraph before: an interview
     * tells its story day by day (1月19号、20号，就开始胸痛。⏎20号我在家里休息) and the day lies within a week on from that date.
     * A report's 12日 after a date of another month in the paragraph before keeps the reference month.
     */
    private boolean spokenDayGoesOn(Fields f, int start) {
        if (!f.spokenDay || paragraphBreaks(writtenDateAt, start) != 1) {
            return false;
        }
        LocalDate d = nearestDay(f.day, contextDate);
        long after = d == null ? -1 : d.toEpochDay() - contextDate.toEpochDay();
        return after >= 0 && after <= SPOKEN_DAY_REACH;
    }

    /** Whether a closing bracket follows within the sentence, a few chars on (an aside: （1980年437.3毫米）). */
    private boolean bracketClosesAfter(int from) {
        for (int i = from; i < text.length() && i < from + 30; i++) {
            char c = text.charAt(i);
            if ("）)".indexOf(c) >= 0) {
                return true;
            }
            if ("（(。！？\n".indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    /** The weekday (1 = Monday) written right before the bracket that opens at {@code start - 1}: 周三(15日); 0 if none. */
    private int weekdayBeforeBracket(int start) {
        if (start < 3 || "（(".indexOf(text.charAt(start - 1)) < 0) {
            return 0;
        }
        int i = "一二三四五六日天".indexOf(text.charAt(start - 2));
        char unit = text.charAt(start - 3);
        boolean weekWord = unit == '周' || unit == '週' || unit == '期' && start >= 4 && text.charAt(start - 4) == '星'
                || unit == '拜' && start >= 4 && "礼禮".indexOf(text.charAt(start - 4)) >= 0;
        return i < 0 || !weekWord ? 0 : Math.min(i + 1, 7);
    }

    private static final java.util.Set<String> SEASONS = java.util.Set.of("SP", "SU", "FA", "WI");

    /**
     * What after a season written alone makes it a kind of thing rather than a time (秋季学期, 盛夏季节, 冬季班, 夏季赛, 春季招生,
     * 秋冬季时装): the season names a sort of term, class or goods, in any year.
     */
    private static final Pattern SEASON_KIND_AFTER = Pattern.compile(
            "学期|节|班|赛|档|招生|时装|服|款|系列|新品|作物|攻势|课|营|运动|限定|高考|学|入学|开学|大促|促销|[装衣风运奥]"
            + "|是(?!否)"); // 秋天是收获的季节: what any autumn is
    /**
     * Before a season written alone: 的 (科学的春天, 人生的冬天, figures of speech), 每 (每个夏天, 每逢冬季: a habit), 比 (比冬天更冷:
     * a likeness), 大 (大夏天, 大冬天: the height of any summer) and a year no rule reads (那年夏天, 某年冬天: some year's).
     */
    private static final Pattern SEASON_FIGURE_BEFORE = Pattern.compile("(?:的|每个?|每逢|一个|几个|[比大年春夏秋冬])$");

    /**
     * Whether a season written alone, with no year in its expression (预计秋天约有2万人, 紫外线指数从春季开始上升), names a time
     * of the story: not a season's kind of thing after it, nor a figure of speech or a habit before it.
     */
    private boolean bareSeasonTellsADate(Atom a) {
        return !SEASON_KIND_AFTER.matcher(text).region(a.end(), text.length()).lookingAt()
                && !SEASON_FIGURE_BEFORE.matcher(text).region(Math.max(0, a.start() - 2), a.start()).find()
                && !COUNTED_BEFORE.matcher(text).region(Math.max(0, a.start() - 3), a.start()).find() // 三个夏天, 两个冬天
                && !seasonFigureOrHabit(a.start(), a.end());
    }

    /** Cues in a bare season's clause, by kind (season-date-cues.txt): "ahead" (预计秋天) or "course" (从春季开始上升). */
    private static final Map<String, List<String>> SEASON_DATE_CUES = seasonWordsByKind("season-date-cues.txt");
    /** Words that make a bare season no date (season-figure-words.txt): "before", "after" it, or in its "clause". */
    private static final Map<String, List<String>> SEASON_FIGURE_WORDS = seasonWordsByKind("season-figure-words.txt");

    private static Map<String, List<String>> seasonWordsByKind(String resource) {
        Map<String, List<String>> byKind = new java.util.HashMap<>();
        for (String line : ResourceLines.read(TimeResolver.class, resource)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.trim().split("\\s+");
            byKind.computeIfAbsent(words[0], k -> new java.util.ArrayList<>()).addAll(Arrays.asList(words).subList(1, words.length));
        }
        return Map.copyOf(byKind);
    }

    /** The clause around a season: from the last clause mark or comma before it to the next one after it. */
    private int[] seasonClause(int start, int end) {
        int from = start;
        while (from > 0 && "。！？；\n!?;，,：:".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && "。！？；\n!?;，,：:".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        String rest = text.substring(end, to);
        if (to < text.length() && "，,".indexOf(text.charAt(to)) >= 0 && (rest.equals("的时候") || rest.equals("时"))) {
            // 秋天的时候，他将去北京上学: the clause the season's time frames goes on after the comma
            to++;
            while (to < text.length() && "。！？；\n!?;，,：:".indexOf(text.charAt(to)) < 0) {
                to++;
            }
        }
        return new int[] {from, to};
    }

    /** Whether a figure of speech, a habit or a name makes the season at [start, end) no date. */
    private boolean seasonFigureOrHabit(int start, int end) {
        int[] clause = seasonClause(start, end);
        for (String w : SEASON_FIGURE_WORDS.getOrDefault("before", List.of())) {
            if (start >= w.length() && text.startsWith(w, start - w.length())) {
                return true;
            }
        }
        for (String w : SEASON_FIGURE_WORDS.getOrDefault("after", List.of())) {
            if (text.startsWith(w, end) || text.startsWith("的" + w, end)) {
                return true;
            }
        }
        String before = text.substring(clause[0], start);
        for (String w : SEASON_FIGURE_WORDS.getOrDefault("clause", List.of())) {
            if (before.contains(w)) {
                return true;
            }
        }
        // 冬天来了，春天还会远吗: a question about any spring
        return clause[1] < text.length() && "？?".indexOf(text.charAt(clause[1])) >= 0
                || text.substring(end, clause[1]).endsWith("吗") || text.substring(end, clause[1]).endsWith("呢");
    }

    /** The kind of the first cue in a season's clause that dates it ("ahead" or "course"), or null when there is none. */
    private String seasonClauseCue(int start, int end) {
        int[] clause = seasonClause(start, end);
        String before = text.substring(clause[0], start);
        String after = text.substring(end, clause[1]);
        for (String kind : List.of("ahead", "course")) {
            for (String w : SEASON_DATE_CUES.getOrDefault(kind, List.of())) {
                if (before.contains(w) || after.contains(w)) {
                    return kind;
                }
            }
        }
        return null;
    }

    /** Whether a cue of {@code kind} stands before the season in its clause (预计秋天, not 春季…启动了一个计划). */
    private boolean seasonCueBefore(int start, String kind) {
        String before = text.substring(seasonClause(start, start)[0], start);
        return SEASON_DATE_CUES.getOrDefault(kind, List.of()).stream().anyMatch(before::contains);
    }

    /** The last month of a season in the year it is named by (winter is left out: it runs into the next year). */
    private static int lastMonthOfSeason(String season) {
        return switch (season) {
            case "SP" -> 5;
            case "SU" -> 8;
            case "FA" -> 11;
            default -> 12;
        };
    }

    private static String dateValue(Fields f) {
        String year = f.year == null ? "XXXX" : zeroPadded(f.year, 4);
        if (f.special != null) {
            if (f.special.startsWith("Q") || f.special.startsWith("H") || SEASONS.contains(f.special)) {
                return year + "-" + f.special;
            }
            if (f.special.startsWith("BC") && f.month != null) {
                return f.special + "-" + zeroPadded(f.month, 2) + (f.day == null ? "" : "-" + zeroPadded(f.day, 2)); // 公元前二零二年九月
            }
            return f.special;
        }
        if (f.month == null) {
            return f.day == null ? year : year + "-XX-" + zeroPadded(f.day, 2);
        }
        if (f.day == null) {
            return year + "-" + zeroPadded(f.month, 2);
        }
        return year + "-" + zeroPadded(f.month, 2) + "-" + zeroPadded(f.day, 2);
    }

    private static boolean validDate(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
    }

    /**
     * Whether a month (and day) in this year lies more than six months after the reference with
     * no future cue: 2021年1月1日起实施。该法于12月28日通过 in a January 2021 article is last December's
     * (2020年大选…11月3日 in a July 2020 article stays 2020).
     */
    private static boolean aheadOfReference(int year, int month, Integer day, LocalDate ref, boolean future) {
        if (ref == null || future || year < ref.getYear() || month < 1 || month > 12) {
            return false;
        }
        return LocalDate.of(year, month, day == null ? 1 : Math.max(1, Math.min(day, 28))).isAfter(ref.plusMonths(6));
    }

    /** The occurrence nearest the reference, last year's, this year's or next year's (原定于12月10日, 原计划于4月22日). */
    private static LocalDate nearest(java.util.function.IntFunction<LocalDate> inYear, LocalDate ref) {
        LocalDate best = null;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            LocalDate d = inYear.apply(y);
            if (best == null || Math.abs(d.toEpochDay() - ref.toEpochDay()) < Math.abs(best.toEpochDay() - ref.toEpochDay())) {
                best = d;
            }
        }
        return best;
    }

    /**
     * The occurrence nearest the reference in the news sense: this year's, unless it lies more
     * than two months ahead without a future cue (then last year's), or more than a month before
     * the reference with one (then next year's: a plan reported a few days after its date, 定于1月31日
     * in a February article, was for this year's).
     */
    private static LocalDate nearReference(java.util.function.IntFunction<LocalDate> inYear, LocalDate ref, boolean future) {
        LocalDate d = inYear.apply(ref.getYear());
        if (future && d.isBefore(ref.minusMonths(1))) {
            return inYear.apply(ref.getYear() + 1);
        }
        if (!future && d.isAfter(ref.plusMonths(2))) {
            return inYear.apply(ref.getYear() - 1);
        }
        return d;
    }

    /**
     * Whether the sentence around a date (up to {@link #CLAUSE_END}, across commas) tells the outcome of its event as
     * done ({@link #OUTCOME}) with no condition or prospect before that outcome ({@link #PROSPECT}).
     */
    private boolean outcomeTold(int start, int end) {
        int sentenceStart = start;
        while (sentenceStart > 0 && CLAUSE_END.indexOf(text.charAt(sentenceStart - 1)) < 0) {
            sentenceStart--;
        }
        int sentenceEnd = end;
        while (sentenceEnd < text.length() && CLAUSE_END.indexOf(text.charAt(sentenceEnd)) < 0) {
            sentenceEnd++;
        }
        Matcher before = OUTCOME_BEFORE.matcher(text).region(Math.max(sentenceStart, start - 3), start);
        if (before.find() && !before.group().endsWith("了")) {
            Matcher then = EVENT_THEN.matcher(text).region(end, sentenceEnd);
            return then.lookingAt()
                    && !PROSPECT.matcher(text).region(sentenceStart, before.start()).find()
                    && !AHEAD_IN_SENTENCE.matcher(text).region(then.end(), sentenceEnd).find();
        }
        Matcher outcome = OUTCOME.matcher(text).region(sentenceStart, sentenceEnd);
        return outcome.find() && !PROSPECT.matcher(text).region(sentenceStart, outcome.start()).find();
    }

    /**
     * The date with this day of the month nearest the reference, in its month or the one before
     * or after (the earlier on a tie): a dateline (北京16日电) gives the day of the report, which
     * is the publication date or a day or two around it, whatever the time zones.
     */
    private static LocalDate nearestDay(int day, LocalDate ref) {
        return nearestDay(day, ref, null);
    }

    /** Whether a date is given and lies after another. */
    private static boolean after(LocalDate d, LocalDate other) {
        return d != null && d.isAfter(other);
    }

    /**
     * The date with this day of the month nearest {@code anchor}, as {@link #nearestDay(int, LocalDate)}, a tie going to
     * the one nearer {@code tieBreak} when given (深圳在10月1日…⏎16日的通报 in an article of 16 October: October 16, not
     * September 16).
     */
    private static LocalDate nearestDay(int day, LocalDate anchor, LocalDate tieBreak) {
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int offset = -1; offset <= 1; offset++) {
            YearMonth ym = YearMonth.from(anchor).plusMonths(offset);
            if (day < 1 || day > ym.lengthOfMonth()) {
                continue;
            }
            LocalDate d = ym.atDay(day);
            long distance = Math.abs(d.toEpochDay() - anchor.toEpochDay());
            if (distance < bestDistance || distance == bestDistance && tieBreak != null
                    && Math.abs(d.toEpochDay() - tieBreak.toEpochDay()) < Math.abs(best.toEpochDay() - tieBreak.toEpochDay())) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static final Pattern HOUR_OF_VALUE = Pattern.compile("T(\\d{2}):");

    /** The hour of a resolved clock time's value (XXXX-XX-XXT23:00 → 23), or null when it has none. */
    private static Integer hourOfRangeStart(String value) {
        Matcher m = HOUR_OF_VALUE.matcher(value);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static int adjustHour(int hour, String partOfDay) {
        return switch (partOfDay) {
            case "AF" -> hour < 12 ? hour + 12 : hour;
            // 12点 at night is midnight, the end of the day (24:00), not noon
            case "EV" -> hour == 12 ? 24 : hour >= 5 && hour < 12 ? hour + 12 : hour; // 晚上1点多钟 is past midnight, not 13:00
            case "NI" -> hour == 12 ? 24 : hour >= 6 && hour < 12 ? hour + 12 : hour;
            case "MI" -> hour < 6 ? hour + 12 : hour;
            default -> hour;
        };
    }

    private Integer expandYear(String s) {
        int y = ChineseNumber.parseInt(s);
        if (s.length() == 2 && s.indexOf('千') < 0) {
            int refYear = reference.map(LocalDate::getYear).orElse(2030);
            y = 2000 + y <= refYear + 10 ? 2000 + y : 1900 + y;
        }
        return y;
    }

    private static String isoWeek(LocalDate d) {
        return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + zeroPadded(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
    }

    /**
     * Whether a plan made before (原定于, 原本计划于) stands before the expression in its clause (at most 12 chars):
     * a month and day it gives was planned ahead of then, not of now (原本计划于8月1日 in September is this August).
     */
    private boolean originalPlan(int start) {
        int from = start;
        for (int i = start - 1; i >= Math.max(0, start - 12); i--) {
            if (CLAUSE_END.indexOf(text.charAt(i)) >= 0) {
                break;
            }
            from = i;
        }
        return ORIGINAL_PLAN.matcher(text).region(from, start).find();
    }

    /**
     * Whether a future cue stands before the expression in its clause (at most 12 chars) or in
     * the 4 chars after it up to a comma. The two sides are searched apart, each with opaque bounds, so that no
     * cue is made of chars from both sides or of the expression itself.
     */
    private boolean futureCue(int start, int end) {
        int from = start;
        for (int i = start - 1; i >= Math.max(0, start - 12); i--) {
            if (CLAUSE_END.indexOf(text.charAt(i)) >= 0) {
                break;
            }
            from = i;
        }
        int to = Math.min(text.length(), end + 4);
        for (int i = end; i < to; i++) {
            if (CLAUSE_END.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == '，' || text.charAt(i) == ',') {
                to = i; // 于7月初宣布，将…: a cue after a comma is the content of what was said, not the date's
                break;
            }
        }
        return futureCues.region(from, start).find() || futureCues.region(end, to).find();
    }

    private Optional<ResolvedTime> standalone(Atom a) {
        return switch (a.kind()) {
            case DURATION -> duration(a);
            case OFFSET -> offset(a);
            case SET -> set(a);
            case PRESENT -> {
                if ((a.group("present").equals("如今") || a.group("present").equals("现今")) && writtenMonth == null
                        && !RECALLING_AFTER.matcher(text).region(a.end(), text.length()).lookingAt()) {
                    // 2019年的自给率仅15.7%，如今受美禁令冲击…。图为8月26日…: "nowadays" turns from a year written alone back
                    // to the present, so a later month-day is no longer that year's (目前, 现在 also speak inside a story
                    // told; a story told in dates, 1989年6月4日…，如今…。6月5日, goes on past the aside)
                    // (如今回忆起来, 如今回想: the present looks back into the story, which goes on)
                    storyYearBeforeNowadays = storyYearAt;
                    storyYearAt = -1;
                }
                yield Optional.of(plain(a, TimeType.DATE, "PRESENT_REF"));
            }
            // 将在近日撤离: "in the coming days" with a future cue in its clause; else 近日 tells what happened lately
            case PAST -> Optional.of(plain(a, TimeType.DATE,
                    a.group("past").equals("近日") && futureCue(a.start(), a.end()) ? "FUTURE_REF" : "PAST_REF"));
            default -> Optional.empty();
        };
    }

    private static ResolvedTime plain(Atom a, TimeType type, String value) {
        return plain(a, type, value, null);
    }

    private static ResolvedTime plain(Atom a, TimeType type, String value, Approx approx) {
        return new ResolvedTime(a.start(), a.end(), type, value, Optional.ofNullable(approx), null, null, null, null, false);
    }

    /**
     * Han chars after which 俩 opens a count (俩月 is two months) rather than closing a pair of people (夫妻俩, 他们俩): the
     * position words of a stretch (前俩月, 后俩月, 头俩月), the demonstratives (这俩月, 那俩月), 近, 过 and 再 (近俩月, 过俩月,
     * 再过俩月), and the verb endings and 有 that a count follows (过了俩月, 有俩月, 回来俩月).
     */
    private static final String COUNT_OPENS_AFTER = "前近这那有过头后再了来";

    private Optional<ResolvedTime> duration(Atom a) {
        String unit = a.group("durUnit");
        String num = a.group("durNum");
        boolean vague = isVague(num);
        if (unit.equals("月") && !a.has("durGe") && !vague && !num.equals("半") && !num.equals("俩") && !num.equals("两")) {
            return Optional.empty(); // 三月 is March (俩月, 两月 name no month: two months)
        }
        if (num.equals("俩") && unit.equals("月") && a.start() > 0 && Character.isIdeographic(text.charAt(a.start() - 1))
                && COUNT_OPENS_AFTER.indexOf(text.charAt(a.start() - 1)) < 0) {
            return Optional.empty(); // 夫妻俩月收入: 俩 closes 夫妻俩 (the two of them) before 月收入 (他们俩礼拜 counts weeks)
        }
        if (num.equals("一") && (unit.equals("天") || unit.equals("日") || unit.equals("周") || unit.equals("星期") || unit.equals("年"))
                && !a.has("durPre") && !a.has("durGe")
                && !a.has("durMore") && !a.has("durHalf") && !a.has("durHalf2") && !a.has("durMore2")
                && a.start() > 0 && "这那這".indexOf(text.charAt(a.start() - 1)) >= 0) {
            return Optional.empty(); // 等得到这一天, 那一天, 那一年后, 这一周前后: the day, year or week meant, not a length
        }
        if (num.equals("一") && unit.equals("年") && !a.has("durPre") && !a.has("durGe") && !a.has("durMore")
                && !a.has("durHalf") && !a.has("durHalf2") && !a.has("durMore2") && a.start() > 0 && text.charAt(a.start() - 1) == '有'
                && (a.start() < 2 || !Character.isIdeographic(text.charAt(a.start() - 2)))) {
            return Optional.empty(); // 有一年，他回到老家: once, some year (还有一年 is a year left)
        }
        boolean plainOne = num.equals("一") && !a.has("durPre") && !a.has("durGe") && !a.has("durMore") && !a.has("durMore3")
                && !a.has("durHalf") && !a.has("durHalf2") && !a.has("durMore2");
        if (plainOne && unit.equals("天") && a.start() > 0 && someDay(a.start(), a.end())) {
            return Optional.empty(); // 总有一天, 有一天会, 哪一天: some day, not a day's length (只有一天, 还有一天 are)
        }
        if (plainOne && unit.equals("年") && text.startsWith("一度", a.end())) {
            return Optional.empty(); // 一年一度的游行: yearly, not a year's length
        }
        OptionalDouble low = neighbourPairLow(num);
        OptionalDouble amount = low.isPresent() ? low : amount(num, a.has("durHalf") || a.has("durHalf2"));
        if (unit.equals("天") && a.has("durGe") && a.has("durHalf") && low.isEmpty() && amount.isPresent()) {
            // 两个半天, 另一个半天: half-days counted (两天半 is two and a half days)
            amount = OptionalDouble.of(amount.getAsDouble() - 0.5);
            amount = OptionalDouble.of(amount.getAsDouble() * 0.5);
        }
        if (!vague && amount.isEmpty()) {
            return Optional.empty();
        }
        Approx approx = approx(a.group("durPre"), a.group("durMore") + a.group("durMore3"), a.group("durMore2"), vague && num.equals("多"));
        if (low.isPresent() && approx == null) {
            approx = Approx.ABOUT; // 一两天, 三五年: about the lower of the two
        }
        return Optional.of(plain(a, TimeType.DURATION, durationValue(vague ? null : amount.getAsDouble(), unit), approx));
    }

    /** Chars before 有一天 that make it a count of days (只有一天, 还有一天, 没有一天, 拥有一天之内, 一周有一天的休息), not "some day". */
    private static final String COUNTED_HAVE = "只还没仅就共才都剩各每又也拥具享";

    /**
     * Whether 一天 is "some day": after 哪 (哪一天), or after 有 (有一天, 总有一天, 终有一天) that does not count what there is
     * ({@link #COUNTED_HAVE}) and with no 的, 内 or 时间 after it (一周有一天的休息, 有一天时间).
     */
    private boolean someDay(int start, int end) {
        char before = text.charAt(start - 1);
        if (before == '哪') {
            return true;
        }
        return before == '有' && (start < 2 || COUNTED_HAVE.indexOf(text.charAt(start - 2)) < 0)
                && !text.startsWith("的", end) && !text.startsWith("之内", end) && !text.startsWith("内", end)
                && !text.startsWith("以内", end) && !text.startsWith("时间", end);
    }

    private static final Pattern NEIGHBOUR_PAIR = Pattern.compile(
            "(十?)(" + TimeGrammar.NEIGHBOUR_PAIR + ")([十百千万]?)");

    /**
     * The lower value of two neighbouring digits (一两天 → 1, 三五年 → 3, 十七八年 → 17, 二三十年 → 20),
     * or empty when the numeral is not such a pair.
     */
    static OptionalDouble neighbourPairLow(String num) {
        Matcher m = NEIGHBOUR_PAIR.matcher(num);
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        return ChineseNumber.parse(m.group(1) + m.group(2).charAt(0) + m.group(3));
    }

    /**
     * Counts that name no number: 几, 数, 好几, 十几, 几十 and 数十万 (数十万年, some hundreds of thousands of years), and
     * 千百 (千百年来, for ages: a thousand and a hundred together, not 1100).
     */
    private static boolean isVague(String num) {
        return num.startsWith("几") || num.startsWith("数") || num.equals("多") || num.equals("好几") || num.equals("十几")
                || num.equals("千百") || num.equals("百千");
    }

    /** Three neighbouring digits in a row (五六七八千, 三四五个): a rough amount listed out, no one number. */
    private static final Pattern LISTED_DIGITS = Pattern.compile("一二三|二三四|三四五|四五六|五六七|六七八|七八九");

    private static OptionalDouble amount(String num, boolean plusHalf) {
        if (num.equals("半")) {
            return OptionalDouble.of(0.5);
        }
        if (LISTED_DIGITS.matcher(num).find()) {
            return OptionalDouble.empty(); // 拿五六七八千一个月的养老金: 5,000 to 8,000 a month, not 8001 months
        }
        int fraction = num.indexOf("分之");
        OptionalDouble v = fraction < 0 ? ChineseNumber.parse(num) : fraction(num.substring(0, fraction), num.substring(fraction + 2));
        return v.isPresent() && plusHalf ? OptionalDouble.of(v.getAsDouble() + 0.5) : v;
    }

    /** 四分之一 (一个世纪) → 0.25: numerator over denominator, empty for a zero denominator. */
    private static OptionalDouble fraction(String denominator, String numerator) {
        OptionalDouble d = ChineseNumber.parse(denominator);
        OptionalDouble n = ChineseNumber.parse(numerator);
        if (d.isEmpty() || n.isEmpty() || d.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(n.getAsDouble() / d.getAsDouble());
    }

    private static Approx approx(String pre, String more, String more2, boolean numberIsDuo) {
        switch (pre) {
            case "约", "大约", "大概" -> {
                return Approx.ABOUT;
            }
            case "近", "将近", "接近" -> {
                return Approx.NEARLY;
            }
            case "超过", "逾" -> {
                return Approx.MORE_THAN;
            }
            case "至少" -> {
                return Approx.AT_LEAST;
            }
            case "最多", "至多" -> {
                return Approx.AT_MOST; // 战争最多半年
            }
            case "不到", "不足" -> {
                return Approx.LESS_THAN;
            }
            default -> {
            }
        }
        if (numberIsDuo) {
            return null;
        }
        if (more.equals("多") || more.equals("余") || more2.equals("多") || more2.equals("以上")) {
            return Approx.MORE_THAN;
        }
        if (more.equals("来") || more2.equals("左右")) {
            return Approx.ABOUT;
        }
        return null;
    }

    /**
     * P3Y, P1Y6M, PT3H, PT30M, PXD … ({@code amount} null for a vague count such as 几 or 数). A
     * fraction goes into the next smaller unit (半小时 PT30M, 两年半 P2Y6M, 一天半 P1DT12H, 半个月
     * P15D, 一周半 P10DT12H), as the news gold writes 约半小时: ISO 8601 readers such as Java's
     * {@code Duration.parse} and {@code Period.parse} take a fraction in seconds only, and
     * PT0.5H would fail there. A fraction that stays one in the smaller unit too keeps its decimal.
     */
    static String durationValue(Double amount, String unit) {
        double factor = 1;
        String code;
        boolean time = false;
        switch (unit) {
            case "年" -> code = "Y";
            case "世纪" -> {
                code = "Y";
                factor = 100;
            }
            case "月", "个月" -> code = "M";
            case "季度" -> {
                code = "M";
                factor = 3;
            }
            case "周", "星期", "礼拜" -> code = "W";
            case "天", "日", "晚" -> code = "D";
            case "小时", "钟头" -> {
                code = "H";
                time = true;
            }
            case "分钟", "分" -> {
                code = "M";
                time = true;
            }
            case "刻钟" -> {
                code = "M";
                time = true;
                factor = 15;
            }
            default -> {
                code = "S";
                time = true;
            }
        }
        String designator = time ? "PT" : "P";
        if (amount == null) {
            return designator + "X" + code;
        }
        double n = amount * factor;
        if (n == Math.rint(n)) {
            return designator + formatNumber(n) + code;
        }
        if (code.equals("W")) {
            n *= 7;
            code = "D";
        }
        return withFractionInSmallerUnit(n, code, time);
    }

    /** The next smaller unit of a duration unit (keyed "T" + code for time units): its code and how many make one. */
    private record SmallerUnit(String code, int perUnit) {
    }

    private static final Map<String, SmallerUnit> SMALLER_UNIT = Map.of(
            "Y", new SmallerUnit("M", 12), "M", new SmallerUnit("D", 30), "D", new SmallerUnit("H", 24),
            "TH", new SmallerUnit("M", 60), "TM", new SmallerUnit("S", 60));

    /** {@code n} of the unit {@code code}, not whole: the whole part, then the rest in the next smaller unit. */
    private static String withFractionInSmallerUnit(double n, String code, boolean time) {
        SmallerUnit smaller = SMALLER_UNIT.get(time ? "T" + code : code);
        long whole = (long) Math.floor(n);
        double part = smaller == null ? Double.NaN : (n - whole) * smaller.perUnit();
        if (smaller == null || Math.abs(part - Math.rint(part)) > 1e-9) {
            return (time ? "PT" : "P") + formatNumber(n) + code; // seconds, and fractions of the smaller unit too
        }
        String wholePart = whole == 0 ? "" : whole + code;
        String smallerPart = Math.round(part) + smaller.code();
        if (time) {
            return "PT" + wholePart + smallerPart;
        }
        return "P" + wholePart + (code.equals("D") ? "T" : "") + smallerPart; // P1DT12H: hours after T
    }

    /**
     * {@code value} in decimal with zeros in front up to {@code width} chars, the sign counted
     * in the width: what {@code String.format("%0<width>d", value)} gives, without its cost.
     */
    /** A year as TIMEX3 writes it: 0020, and BC0981 for the year −980 (981 BC; there is no year 0), 三千年前 in 2020. */
    static String yearValue(long year) {
        return year > 0 ? zeroPadded(year, 4) : "BC" + zeroPadded(1 - year, 4);
    }

    static String zeroPadded(long value, int width) {
        String digits = Long.toString(value);
        boolean negative = value < 0;
        int zeros = width - digits.length();
        if (zeros <= 0) {
            return digits;
        }
        StringBuilder sb = new StringBuilder(width);
        if (negative) {
            sb.append('-');
        }
        sb.append("0".repeat(zeros));
        return sb.append(digits, negative ? 1 : 0, digits.length()).toString();
    }

    private static String formatNumber(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** Words after an offset that tell of what will or may be (10年之后会在哪里), or ask. */
    private static final Pattern AHEAD_OR_ASKED = Pattern.compile("会|将|能否|可能|[？?]|吗|呢");

    /** Whether the rest of the sentence from {@code from} tells of the future or asks (这个艺术家，10年之后会在哪里？). */
    private boolean aheadOrAsked(int from) {
        int to = from;
        while (to < text.length() && to - from < 60 && "。！!\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        // 会 of 记者会, 社会, 委员会 is no "will" (两个多小时后，民主动力召开记者会); 会面临, 会上升, 都会 are
        int end = Math.min(text.length(), to + 1);
        Matcher m = AHEAD_OR_ASKED.matcher(text).region(from, end);
        while (m.find()) {
            if (!insideNounHoldingWill(m.start(), m.end())) {
                return true;
            }
        }
        return false;
    }

    /** Nouns whose 会 is no "will" after an offset, from {@code nouns-holding-will-after-offset.txt}; ~ marks a noun
     *  whose head can also be a subject (记者会 / 记者 会赶到): the noun only after a clause start, 的, 在 or 国, or before a
     *  word that follows nouns. */
    private static final List<String> NOUNS_HOLDING_WILL = ResourceLines.read(TimeResolver.class,
                    "nouns-holding-will-after-offset.txt")
            .stream().filter(line -> !line.isBlank() && !line.startsWith("#"))
            .flatMap(line -> Arrays.stream(line.trim().split("\\s+"))).toList();

    /** What may follow a noun of {@link #NOUNS_HOLDING_WILL} marked ~ for it to be read as the noun (记者会上, 记者会将). */
    private static final Pattern AFTER_NOUN_NOT_VERB = Pattern.compile("[，,。；;：:！!？?、）)\\s”」]|$|[上中后前的将在于已也并和与是时]|会|结束|举行|召开|现场");

    /** Whether a noun marked ~ starts its clause or follows 的, 在 or a country's 国 (，国会通过, 美国国会通过), not a head of its own. */
    private boolean nounStartsPlainly(int at) {
        return at == 0 || "，,、：:；;。\n的在国".indexOf(text.charAt(at - 1)) >= 0
                || HOLDING_VERB_BEFORE.matcher(text).region(Math.max(0, at - 2), at).find(); // 召开记者会公布结果
    }

    /** Verbs of holding or attending right before a noun marked ~ make it the event (召开记者会, 出席大会). */
    private static final Pattern HOLDING_VERB_BEFORE = Pattern.compile("(?:召开|举行|举办|出席|参加|主持|开完)$");

    private boolean insideNounHoldingWill(int at, int end) {
        for (String entry : NOUNS_HOLDING_WILL) {
            boolean subjectHead = entry.startsWith("~");
            String w = subjectHead ? entry.substring(1) : entry;
            if (HoldingWords.inside(text, at, end, w, start -> !subjectHead || nounStartsPlainly(start)
                    || AFTER_NOUN_NOT_VERB.matcher(text).region(start + w.length(), text.length()).lookingAt())) {
                return true;
            }
        }
        return false;
    }

    /** The line breaks between two offsets. */
    private int paragraphBreaks(int from, int to) {
        int n = 0;
        for (int i = Math.max(0, from); i < to && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** How far (chars) back a history's year is looked for: two paragraphs of news, and a bound on the work per offset. */
    private static final int HISTORY_REACH = 3000;

    /** How many years before the reference a story's year lies for later year offsets to count from it, paragraphs on. */
    private static final int HISTORY_YEARS = 10;

    private Optional<ResolvedTime> offset(Atom a) {
        String unit = a.group("offUnit");
        String num = a.group("offNum");
        boolean past = a.group("offDir").contains("前");
        boolean vague = isVague(num) || neighbourPairLow(num).isPresent() // 两三天后: some days later
                || num.equals("百") || num.equals("千") || num.equals("万"); // 百年前, 千年前: a round figure, not a count
        if (unit.equals("月") && !a.has("offGe") && !vague && !num.equals("半")) {
            return Optional.empty();
        }
        LocalDate ref = reference.orElse(null);
        LocalDate story = storyDate(a.start());
        if (story != null && !past && a.start() > 0 && LASTED_BEFORE.matcher(text).region(Math.max(0, a.start() - 2), a.start()).find()
                && sameSentence(writtenDateAt, a.start())) {
            // 12月5日，在绝食了27天后，他获释: the date written is the end of the 27 days, the day it tells of
            return Optional.of(plain(a, TimeType.DATE, story.toString()));
        }
        if (story != null) {
            ref = story; // 2020年3月5日，他被捕。两天后… counts from 5 March 2020
        } else if (unit.equals("年") && !past && ref != null && offsetYearAt >= 0 && lastDateAt < offsetYearAt
                && !a.has("offHalf") && !a.has("offHalf2") && !num.equals("半")
                && sameParagraph(offsetYearAt, a.start()) && sentenceBreaks(offsetYearAt, a.start()) <= 1
                && offsetYear + amount(num, false).orElse(Double.MAX_VALUE) <= ref.getYear()) {
            // 十三年前，他患了病，一年后治愈: counted from the year told by the offset before it, when that
            // stays in the past (收30年前的税，放50年后的债 contrasts two offsets from now)
            ref = LocalDate.of(offsetYear, 1, 1);
        } else if ((unit.equals("年") || unit.equals("世纪")) && ref != null && writtenYear != null && !storyYearRelative
                && !a.has("offHalf") && !a.has("offHalf2") && !num.equals("半")
                && storyYearAt == lastDateAt && sameParagraph(storyYearAt, a.start()) && sentenceBreaks(storyYearAt, a.start()) <= 1) {
            // 1989年，他离开中国。三年后… is 1992; not when another date came between (自2016年以来…截至7月底…三年后)
            ref = LocalDate.of(writtenYear, 1, 1);
        } else if ((unit.equals("年") || unit.equals("世纪")) && !past && ref != null && writtenYear != null && !storyYearRelative
                && storyYearAt >= 0 && storyYearAt == lastDateAt && !a.has("offHalf") && !a.has("offHalf2") && !num.equals("半")
                && ref.getYear() - writtenYear >= HISTORY_YEARS && !futureCue(a.start(), a.end())
                && a.start() - storyYearAt <= HISTORY_REACH && paragraphBreaks(storyYearAt, a.start()) <= 1 && !aheadOrAsked(a.end())
                && writtenYear + amount(num, false).orElse(Double.MAX_VALUE) * (unit.equals("年") ? 1 : 100) <= ref.getYear()) {
            // a history told paragraphs on: 1918年…战争结束。…20年后，欧洲再来一次 is 1938, not twenty years
            // from the publication; only when that stays in the past and no word points ahead (20年后将…)
            ref = LocalDate.of(writtenYear, 1, 1);
        }
        OptionalDouble amount = amount(num, a.has("offHalf") || a.has("offHalf2"));
        boolean withinADay = !CALENDAR_UNITS.contains(unit);
        if (!past && !vague && ref != null && amount.isPresent()
                && (withinADay || story == null && ref.equals(reference.get())) && afterUnanchoredEvent(a)) {
            // hours or minutes after something told (宣布延后公布…，两个多小时后，民主动力突然召开记者会) count from that moment,
            // which no date names to the hour, even when the story's day is known: the count is what the text states
            // 在边境关闭5个月后, 示威活动开始一年后, 隐忍9个月后: counted from an event whose date the text does not give,
            // so the count is all it states (a duration, as TimeML marks "five months after the closure"); from the
            // publication it would name a date ahead of a story told in the past
            String dir = a.group("offDir");
            boolean more = a.has("offMore") || a.has("offMore2") || a.has("offMore3");
            double n = amount.getAsDouble();
            String unitWord = a.has("offGe") && unit.equals("月") ? "个月" : unit;
            return Optional.of(new ResolvedTime(a.start(), a.end() - dir.length(), TimeType.DURATION,
                    durationValue(n, unitWord), Optional.ofNullable(more ? Approx.MORE_THAN : null),
                    null, null, null, null, false));
        }
        if (vague || ref == null || amount.isEmpty()) {
            return Optional.of(plain(a, TimeType.DATE, past ? "PAST_REF" : "FUTURE_REF"));
        }
        double n = amount.getAsDouble() * (past ? -1 : 1);
        String value;
        switch (unit) {
            case "年", "世纪" -> {
                double years = unit.equals("年") ? n : n * 100;
                value = years == Math.rint(years) ? yearValue(ref.getYear() + (long) years)
                        : zeroPadded(ref.plusMonths(Math.round(years * 12)).getYear(), 4)
                        + "-" + zeroPadded(ref.plusMonths(Math.round(years * 12)).getMonthValue(), 2);
                if (past && unit.equals("年") && years == Math.rint(years)) {
                    offsetYear = ref.getYear() + (int) years;
                    offsetYearAt = a.start();
                }
            }
            case "月", "季度" -> {
                double months = unit.equals("月") ? n : n * 3;
                if (months != Math.rint(months)) {
                    value = ref.plusDays(Math.round(months * 30)).toString(); // 半个多月后: some fifteen days later, a day
                } else {
                    LocalDate d = ref.plusMonths(Math.round(months));
                    value = zeroPadded(d.getYear(), 4) + "-" + zeroPadded(d.getMonthValue(), 2);
                }
            }
            case "周", "星期", "礼拜" -> value = isoWeek(ref.plusDays(Math.round(n * 7)));
            case "天", "日" -> value = ref.plusDays(Math.round(n)).toString();
            default -> value = ref.toString(); // hours and minutes: the reference has no time of day
        }
        return Optional.of(plain(a, TimeType.DATE, value));
    }

    /**
     * Units of an offset that a story counts in days or more. Hours and minutes after something told (5小时后，救援队抵达)
     * are a duration, the story's day or not; before the publication (5小时前) or ahead of it, they keep its day.
     */
    private static final java.util.Set<String> CALENDAR_UNITS = java.util.Set.of("年", "月", "周", "星期", "礼拜", "天", "日", "季度", "世纪");
    /** Words after an offset that tell what is to come (一年后，客运站要搬到新区): counted from the publication. */
    // 料升至, 料将: 料 (expected to) before a verb is a forecast (12个月后料升至1.10%)
    private static final Pattern AHEAD_AFTER = Pattern.compile("要|打算|准备|预定|预测|预料|料(?:将|会|升|降|达|增|涨|跌|可|在|于|再|持续)|才能|方可|可以|届满|到期");

    /** What follows an offset that names its date (大选一周后的11月10日, 一周后，即11月10日): the date, not a count. */
    private static final Pattern DATE_GLOSS_AFTER = Pattern.compile("的|[，,]\\s?(?:即|也就是|也即|亦即|就是)");
    /**
     * Words before an offset in its sentence that make it count from the telling (美国宣布30天后加征关税, 警方要求三天后报到) or
     * look ahead (如果未能在7年后取得, 可能两年后): from the publication it is right.
     */
    private static final Pattern TOLD_OR_AHEAD = Pattern.compile(
            "宣布|表示|称|说|指出|要求|规定|决定|通知|下令|命令|警告|预测|预料|估计|认为|透露|提出|同意|承诺|公布|发布|限|给");

    /**
     * Whether a count after something (5个月后) tells of a past story whose date the text does not give: its sentence tells
     * more than the count, nothing in it before or after the count points ahead or makes it part of what is announced,
     * and no date follows it to say which day it is.
     */
    private boolean afterUnanchoredEvent(Atom a) {
        int sentenceStart = a.start();
        while (sentenceStart > 0 && CLAUSE_END.indexOf(text.charAt(sentenceStart - 1)) < 0) {
            sentenceStart--;
        }
        int sentenceEnd = a.end();
        while (sentenceEnd < text.length() && CLAUSE_END.indexOf(text.charAt(sentenceEnd)) < 0) {
            sentenceEnd++;
        }
        if (a.start() - sentenceStart + sentenceEnd - a.end() < 2) {
            return false; // “20天后” alone, as a headline or a query, counts from its own day
        }
        return !futureCue(a.start(), a.end()) && !aheadOrAsked(a.end())
                && !AHEAD_AFTER.matcher(text).region(a.end(), sentenceEnd).find()
                && !DATE_GLOSS_AFTER.matcher(text).region(a.end(), text.length()).lookingAt()
                && !cueOutsideWords(PROSPECT, sentenceStart, a.start())
                && !cueOutsideWords(TOLD_OR_AHEAD, sentenceStart, a.start())
                && !futureCues.region(sentenceStart, a.start()).find();
    }

    /**
     * Words that hold a one-char cue of {@link #PROSPECT} or {@link #TOLD_OR_AHEAD} without meaning it (社会, 许可证, 名称),
     * from {@code words-holding-a-cue.txt}. The cue char's place in the word is found by search, so a word is listed once.
     */
    private static final List<String> WORDS_HOLDING_A_CUE = ResourceLines.read(TimeResolver.class, "words-holding-a-cue.txt")
            .stream().filter(line -> !line.isBlank() && !line.startsWith("#"))
            .flatMap(line -> Arrays.stream(line.trim().split("\\s+"))).toList();

    /** Whether {@code cue} matches in {@code [from, to)} other than inside a word of {@link #WORDS_HOLDING_A_CUE}. */
    private boolean cueOutsideWords(Pattern cue, int from, int to) {
        Matcher m = cue.matcher(text).region(from, to);
        while (m.find()) {
            if (!insideWordHoldingCue(m.start(), m.end())) {
                return true;
            }
        }
        return false;
    }

    private boolean insideWordHoldingCue(int at, int end) {
        return HoldingWords.inside(text, at, end, WORDS_HOLDING_A_CUE);
    }

    /** 每周一下午八点 → XXXX-WXX-1T20:00, 每天早上 → XXXX-XX-XXTMO. */
    private Optional<ResolvedTime> timedSet(List<Atom> atoms) {
        Optional<ResolvedTime> set = set(atoms.get(0));
        if (set.isEmpty()) {
            return set;
        }
        Fields f = new Fields();
        for (Atom a : atoms.subList(1, atoms.size())) {
            if (!apply(a, f, false, true)) {
                return set;
            }
        }
        if (f.hour != null && f.partOfDay != null) {
            f.hour = adjustHour(f.hour, f.partOfDay);
        }
        if (TimeRecognizer.isYearlySet(atoms.get(0))) {
            if (f.month == null || f.day != null && !validDate(2000, f.month, f.day)) {
                return set;
            }
            String value = "XXXX-" + zeroPadded(f.month, 2) + (f.day != null ? "-" + zeroPadded(f.day, 2) : "")
                    + (f.day == null ? "" : f.hour != null ? "T" + zeroPadded(f.hour, 2) + ":" + zeroPadded(f.minute, 2)
                        : f.partOfDay != null ? "T" + f.partOfDay : "");
            return Optional.of(new ResolvedTime(atoms.get(0).start(), atoms.get(atoms.size() - 1).end(), TimeType.SET, value,
                    Optional.empty(), null, null, null, null, false));
        }
        String base = set.get().value().startsWith("XXXX-WXX") ? set.get().value() : "XXXX-XX-XX";
        String time = f.hour != null ? "T" + zeroPadded(f.hour, 2) + ":" + zeroPadded(f.minute, 2) : "T" + f.partOfDay;
        Atom first = atoms.get(0);
        // the part of the day goes with it, for a range's second end (每日下午1时至4时: 4时 is 16:00)
        return Optional.of(new ResolvedTime(first.start(), atoms.get(atoms.size() - 1).end(), TimeType.SET, base + time,
                Optional.empty(), null, null, null, f.partOfDay, false));
    }

    private Optional<ResolvedTime> set(Atom a) {
        String unit = a.group("setUnit");
        if ((unit.length() == 2 && unit.startsWith("周")) || (unit.length() == 3 && unit.startsWith("星期"))) {
            char w = unit.charAt(unit.length() - 1);
            int dow = "一二三四五六".indexOf(w) + 1;
            return Optional.of(plain(a, TimeType.SET, "XXXX-WXX-" + (dow == 0 ? 7 : dow)));
        }
        if (unit.equals("晚")) {
            return Optional.of(plain(a, TimeType.SET, "XXXX-XX-XXTNI"));
        }
        String num = a.group("setNum");
        OptionalDouble low = neighbourPairLow(num);
        OptionalDouble amount = num.isEmpty() ? OptionalDouble.of(1) : low.isPresent() ? low : amount(num, false);
        if (amount.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(plain(a, TimeType.SET, durationValue(amount.getAsDouble(), unit)));
    }
}
