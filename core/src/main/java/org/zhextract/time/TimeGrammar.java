package org.zhextract.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhextract.text.AboutWord;
import org.zhextract.text.EnglishMonths;

/**
 * The lexical level of the time grammar: one regular expression whose alternatives each find
 * one {@link Atom} (a year, a month, a weekday, a clock time, a duration …). {@link TimeRecognizer}
 * then joins adjacent atoms into expressions.
 *
 * <p>Every quantifier is bounded and every alternative starts with a literal or a bounded
 * character class, so a scan costs a constant amount of work per character whatever the input
 * (no backtracking blow-up on long runs of digits or numerals). Immutable and thread-safe.
 *
 * <p>Most text holds no time, so the scan spends its effort on ruling positions out cheaply: an
 * alternative is tried at a position only when the char there is one it can start with (its
 * guard) and a char it needs is close by (its {@link Trigger}: a month needs 月, a duration a
 * unit). Both only skip work: {@code TimeGrammarTest} checks that the scan finds exactly what
 * trying every alternative at every position finds.
 */
final class TimeGrammar {

    /** Chars that must not precede a numeral, so that no match starts inside a number or after 第. */
    /** Before a count: no digit or numeral (the count starts there), and not 遗臭/流芳/千秋, whose 万年 is "forever". */
    private static final String NUM_LB = "(?<![0-9零〇一二三四五六七八九十百千万两几第.])(?<!分之)(?<!遗臭|流芳|千秋)";
    private static final String CN_DAY = "三十一|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?"
            + "|[一二三四五六七八九]";
    // 1,000天, 73,000小时: thousands grouped with commas, as translated text writes them (ChineseNumber drops the commas);
    // not after a digit and a comma, where the comma separates a list (隔离期为5,10,100天 is no 10100 days)
    private static final String COUNT = "[一二三四五六七八九十]分之[一二三四五六七八九十]|(?<![0-9],)[0-9]{1,3}+(?:,[0-9]{3})++(?![0-9])|(?!(?<=,)0)[0-9]{1,6}+(?:\\.[0-9]{1,3}+)?+|[零〇一二三四五六七八九十百千万两]{1,8}+|俩|好几|十几|[几数][十百千万]{1,3}+|几|数";
    /**
     * Common surnames that end no common word, so that 今 after one starts a given name (李今秋, 赵今冬) rather than 今秋;
     * left out are the surnames that end words before a season (江苏今夏, 巴黎今夏, 工程今秋, 或许今夏, 将于今夏).
     */
    private static final String SURNAMES_BEFORE_A_GIVEN_NAME =
            "李王张刘陈杨赵黄吴孙胡朱郭罗梁宋郑韩唐冯董萧曹袁邓傅沈彭吕卢蒋蔡贾丁魏薛潘杜戴汪姜姚谭廖邹熊郝孔崔毛邱秦邵孟汤尹龚";
    /** Words of the Communist takeover of China, beside which a bare 49年 is 1949. */
    private static final String FORTY_NINE_CONTEXT = "中共|共产党|共党|解放|建政|建国|土改|三反|镇反|大陆|新中国|国民党|毛泽东";
    /** Two neighbouring digits that give an approximate count (一两天, 三五年, 七八年), not a two-digit year. */
    static final String NEIGHBOUR_PAIR = "一二|一两|二三|两三|三四|三五|四五|五六|六七|七八|八九";
    /** 年 not of a word it starts: 年级, 年龄, 年轻, 年幼 (两个年幼的儿子), 年迈 (not 三年迈出一步, a stride). */
    private static final String UNIT = "年(?![级龄代轻青纪份幼]|迈(?![出进向入开过上]))|月|周(?![年边围刊报到全岁])|星期|礼拜|天(?![然下空津文使才堂生主真地线桥]|安门)|日(?![元圆报本])|小时|钟头|刻钟|分钟"
            // 8分46秒, 八分四十六秒: 分 alone is minutes only with seconds after it (八分 alone is eighty per cent, 一分 a point);
            // 一分一秒 is "every moment", left out by the duration's own guard below; not before a 秒 that ends an offset
            // (开赛8分5秒后 would give 8分 and 5秒后 apart)
            + "|分(?=(?:[0-9]{1,2}|[零〇一二三四五六七八九十]{1,3})秒(?![后前]))|秒钟|秒|世纪|季度";

    /**
     * Reign eras whose names are not also common words, read with any year (康熙十八年, 昭和50年), and the
     * Gregorian year of their first year (元年): 康熙十八年 is 1662 + 17 = 1679.
     */
    private static final Map<String, Integer> PLAIN_ERA_FIRST_YEAR = Map.ofEntries(
            Map.entry("建安", 196), Map.entry("武德", 618), Map.entry("贞观", 627), Map.entry("永徽", 650),
            Map.entry("开元", 713), Map.entry("天宝", 742), Map.entry("庆历", 1041), Map.entry("熙宁", 1068),
            Map.entry("元丰", 1078), Map.entry("靖康", 1126), Map.entry("洪武", 1368), Map.entry("建文", 1399),
            Map.entry("永乐", 1403), Map.entry("宣德", 1426), Map.entry("正统", 1436), Map.entry("景泰", 1450),
            Map.entry("成化", 1465), Map.entry("弘治", 1488), Map.entry("正德", 1506), Map.entry("嘉靖", 1522),
            Map.entry("隆庆", 1567), Map.entry("万历", 1573), Map.entry("天启", 1621), Map.entry("崇祯", 1628),
            Map.entry("顺治", 1644), Map.entry("康熙", 1662), Map.entry("雍正", 1723), Map.entry("乾隆", 1736),
            Map.entry("嘉庆", 1796), Map.entry("道光", 1821), Map.entry("咸丰", 1851), Map.entry("同治", 1862),
            Map.entry("光绪", 1875), Map.entry("宣统", 1909), Map.entry("明治", 1868), Map.entry("大正", 1912),
            Map.entry("昭和", 1926), Map.entry("平成", 1989), Map.entry("令和", 2019));

    /**
     * Reign eras many of whose names are also words or places (绍兴, 嘉定, 景德镇, 至和 in 甚至和10年前), read as
     * an era only with the year in Chinese numerals (绍兴十一年) and not before a word that counts years
     * (绍兴十年来, 嘉定三年间, 至和十年前 tell of something else); with the year of their 元年.
     */
    private static final Map<String, Integer> STRICT_ERA_FIRST_YEAR = Map.ofEntries(
            // Tang
            Map.entry("显庆", 656), Map.entry("龙朔", 661), Map.entry("麟德", 664), Map.entry("乾封", 666),
            Map.entry("总章", 668), Map.entry("咸亨", 670), Map.entry("仪凤", 676), Map.entry("调露", 679),
            Map.entry("垂拱", 685), Map.entry("天授", 690), Map.entry("神龙", 705), Map.entry("景龙", 707),
            Map.entry("至德", 756), Map.entry("乾元", 758), Map.entry("大历", 766), Map.entry("建中", 780),
            Map.entry("贞元", 785), Map.entry("长庆", 821), Map.entry("开成", 836),
            Map.entry("会昌", 841), Map.entry("大中", 847), Map.entry("咸通", 860), Map.entry("乾符", 874),
            Map.entry("天祐", 904),
            // Song
            Map.entry("建隆", 960), Map.entry("乾德", 963), Map.entry("开宝", 968), Map.entry("太平兴国", 976),
            Map.entry("雍熙", 984), Map.entry("端拱", 988), Map.entry("淳化", 990), Map.entry("至道", 995),
            Map.entry("咸平", 998), Map.entry("景德", 1004), Map.entry("大中祥符", 1008), Map.entry("天禧", 1017),
            Map.entry("天圣", 1023), Map.entry("明道", 1032), Map.entry("景祐", 1034), Map.entry("宝元", 1038),
            Map.entry("康定", 1040), Map.entry("皇祐", 1049), Map.entry("至和", 1054), Map.entry("嘉祐", 1056),
            Map.entry("治平", 1064), Map.entry("元祐", 1086), Map.entry("绍圣", 1094), Map.entry("元符", 1098),
            Map.entry("崇宁", 1102), Map.entry("大观", 1107), Map.entry("政和", 1111), Map.entry("宣和", 1119),
            Map.entry("建炎", 1127), Map.entry("绍兴", 1131), Map.entry("隆兴", 1163), Map.entry("乾道", 1165),
            Map.entry("淳熙", 1174), Map.entry("绍熙", 1190), Map.entry("庆元", 1195), Map.entry("嘉泰", 1201),
            Map.entry("开禧", 1205), Map.entry("嘉定", 1208), Map.entry("宝庆", 1225), Map.entry("绍定", 1228),
            Map.entry("端平", 1234), Map.entry("嘉熙", 1237), Map.entry("淳祐", 1241), Map.entry("宝祐", 1253),
            Map.entry("开庆", 1259), Map.entry("景定", 1260), Map.entry("咸淳", 1265), Map.entry("德祐", 1275),
            // Yuan, and Yuan Shikai's
            Map.entry("中统", 1260), Map.entry("大德", 1297), Map.entry("至大", 1308), Map.entry("皇庆", 1312),
            Map.entry("延祐", 1314), Map.entry("至治", 1321), Map.entry("泰定", 1324), Map.entry("天历", 1328),
            Map.entry("至顺", 1330), Map.entry("元统", 1333), Map.entry("至正", 1341), Map.entry("洪宪", 1916),
            // Han to Sui
            Map.entry("建武", 25), Map.entry("永平", 58), Map.entry("建初", 76), Map.entry("永元", 89),
            Map.entry("延熹", 158), Map.entry("中平", 184), Map.entry("初平", 190), Map.entry("黄初", 220),
            Map.entry("太康", 280), Map.entry("永嘉", 307), Map.entry("太元", 376), Map.entry("义熙", 405),
            Map.entry("元嘉", 424), Map.entry("开皇", 581), Map.entry("大业", 605));

    /**
     * Every reign era and the Gregorian year of its first year; a year of a Chinese era is given as the
     * Gregorian year it mostly falls in.
     */
    static final Map<String, Integer> ERA_FIRST_YEAR = erasTogether();

    /** The eras of {@link #STRICT_ERA_FIRST_YEAR}. */
    static final java.util.Set<String> STRICT_ERAS = STRICT_ERA_FIRST_YEAR.keySet();

    private static Map<String, Integer> erasTogether() {
        Map<String, Integer> all = new java.util.HashMap<>(PLAIN_ERA_FIRST_YEAR);
        all.putAll(STRICT_ERA_FIRST_YEAR);
        return Map.copyOf(all);
    }

    /** Japanese eras from 明治 on: Japan counts Gregorian months and days since 1873. */
    static final java.util.Set<String> GREGORIAN_ERAS = java.util.Set.of("明治", "大正", "昭和", "平成", "令和");

    /** 最多, 至多 before a duration (最多半年), not before an offset (最多四年后 is a date, at the latest four years on). */
    private static final String AT_MOST = "(?:最多|至多)(?![0-9零〇一二三四五六七八九十百千万两俩几半]{1,8}+[ \\t]?(?:多|余)?个?(?:多|余)?半?[ \\t]?"
            + "(?:年|个月|月|周|星期|天|日|小时)半?多?(?:以|之)?[后前])";
    /** 约 as "about", not the end of 纽约 (路透纽约7月13日 is July 13 in New York), 条约, 签约, 相约 … */
    private static final String ABOUT_YUE = "(?<![" + AboutWord.NOT_ABOUT_AFTER + "])约";
    /** The first chars of the units a count takes (年, 个月, 小时 …): duration and offset need one. */
    private static final String UNIT_FIRST = "[年月周星礼天日小钟刻分秒世季]";
    /** Named groups of an alternative: {@code (?<year>…)} but not the lookbehinds {@code (?<=…)}, {@code (?<!…)}. */
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    /**
     * One alternative of the grammar: the atom it finds, the chars a match can start with (a
     * character class such as {@code [0-9大约]}), a cheap necessary condition on the text around
     * the start, and the regular expression itself.
     */
    record Alternative(Atom.Kind kind, String guard, Trigger trigger, String regex) {

        /** The names of the capturing groups of the expression, in order. */
        List<String> groupNames() {
            List<String> names = new ArrayList<>();
            Matcher m = GROUP_NAME.matcher(regex);
            while (m.find()) {
                names.add(m.group(1));
            }
            return List.copyOf(names);
        }
    }

    /**
     * What every match of an alternative contains: one of {@code chars} at an offset between
     * {@code from} and {@code to} (inclusive, may be negative for a lookbehind) from the match start.
     * It is read off the regular expression: a month needs 月 one to three chars after the start
     * of {@code 12月}, {@code 十二 月}. Checking it costs a few table lookups, against a microsecond for
     * running the expression, and most candidate positions (一 of 一些, 中 of 中国) fail it.
     */
    record Trigger(BitSet chars, int from, int to) {

        /** No condition. */
        static final Trigger NONE = new Trigger(null, 0, 0);

        boolean admits(String text, int start) {
            if (chars == null) {
                return true;
            }
            int last = Math.min(text.length() - 1, start + to);
            for (int k = Math.max(0, start + from); k <= last; k++) {
                if (chars.get(text.charAt(k))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The alternatives in priority order, and for each its compiled expression (without the guard) and group names. */
    private final List<Alternative> alternatives;
    private final Pattern[] patterns;
    private final List<List<String>> groupNames;
    /**
     * For each (BMP) char, the alternatives that can start with it, in priority order; null for
     * chars that start none, where the scan moves on without running any pattern.
     */
    private final int[][] candidates = new int[Character.MAX_VALUE + 1][];

    TimeGrammar(List<String> holidayNamesLongestFirst) {
        List<Alternative> alternatives = new ArrayList<>();
        alt(alternatives, Atom.Kind.ISO_DATE, "[12]", needs("[0-9]", 3, 3),
                "(?<![0-9.])(?<isoY>[12][0-9]{3})(?<isoSep>[-/. ])(?<isoM>1[0-2]|0?[1-9])\\k<isoSep>"
                + "(?<isoD>3[01]|[12][0-9]|0?[1-9])(?![0-9])(?:[ T]?(?<isoH>[01]?[0-9]|2[0-3]):(?<isoMi>[0-5][0-9])"
                + "(?::(?<isoS>[0-5][0-9]))?(?![0-9]))?"
                + "|(?<![0-9.])(?<cY>(?:19|20)[0-9]{2})(?<cM>0[1-9]|1[0-2])(?<cD>0[1-9]|[12][0-9]|3[01])(?![0-9])");
        // October 6, 2020; Oct. 6, 2020: an English date, as embedded tweets and English quotations in Chinese news give it
        alt(alternatives, Atom.Kind.ISO_DATE, "[JFMASOND]", needs("[,]", 4, 13),
                "(?<![A-Za-z])(?<enM>" + EnglishMonths.namesAndAbbreviations() + ")[ \\t]{1,2}(?<enD>3[01]|[12][0-9]|0?[1-9]),[ \\t]{0,2}"
                + "(?<enY>(?:1[6-9]|20)[0-9]{2})(?![0-9])");
        alt(alternatives, Atom.Kind.CLOCK, "[0-9大约]", needs("[:]", 1, 4),
                "(?<clkPre2>大约|大概|约)?(?<![0-9:])(?<ch>[01]?[0-9]|2[0-4]):(?<cmi>[0-5][0-9])"
                + "(?::(?<cs>[0-5][0-9]))?(?![0-9:])"
                // 8:07pm, 12:30 AM, 10:15 a.m.: English meridiem markers, as embedded tweets and English captions give them
                + "(?:[ \\t]?(?<cMer>[AaPp](?:\\.[Mm]\\.|[Mm])(?![A-Za-z])))?"
                + "(?<clkAprx2>许|左右|前后)?");
        alt(alternatives, Atom.Kind.DECADE, "[上本1-9一二三四五六七八九]", needs("[年]", 2, 6),
                "(?<![0-9])(?<decCent>1[0-9]|20)(?<decFull>[0-9]0)年代"
                + "|(?<decPre>上世纪|上个世纪|本世纪)?(?<dec>[1-9]0|[一二三四五六七八九]十)年代");
        alt(alternatives, Atom.Kind.CENTURY, "[0-9一二三四五六七八九十]", needs("[世]", 1, 3),
                NUM_LB + "(?<cent>[0-9]{1,2}|二十一|二十|十[一二三四五六七八九]|[一二三四五六七八九])世纪");
        alt(alternatives, Atom.Kind.YEAR, "[0-9零〇一二三四五六七八九两]", needs("[年]", 2, 6),
                NUM_LB + "(?<year>[12][0-9]{3}|[零〇一二三四五六七八九]{4}|0[0-9]|[零〇][零〇一二三四五六七八九]"
                + "|两千(?:零[一二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?)?(?![ \\t]?年(?:[前來来间里内多余]|以[前来]|之前))|(?:[0-9]{2}|[一二三四五六七八九][零〇一二三四五六七八九])(?=年(?:[0-9一二三四五六七八九十]{1,2}月|第|[一二三四]季度|初|底|末|出生|生人|年报))"
                + "|(?!" + NEIGHBOUR_PAIR + ")[一二三四五六七八九][零〇一二三四五六七八九](?=年)"
                + "|(?<=[（(])[1-9][0-9]{2}(?=年[）)])" // 唐贞观六年（632年）: a year of three digits glossed in brackets
                + "|(?<=^|[在于从到至自，。！？；：\n、（“「]|整个)(?<![0-9]0、|(?:过去|未来|最近|近|长达|这|前|后)[0-9]{1,2}年?[、至到~-]|(?<![0-9])[0-9][、至到~-]|[一二三四五六七八九十两][、至到~-])"
                + "[0-9]{2}(?=年(?![来里内间多余以之前后半的中个天月周度代级龄纪薪化轻了不过]|期(?!间)|还没|还未|未遇|一遇))"
                // 97年楼市, 李登辉96年精准预言, 98年大水, 在99年之前: 80 to 99 before a noun is a year of the last
                // century; not after a word that counts years (有, 达, 建党, 成立) nor before one that
                // measures them (90年历史, 80年未遇, 水位90年最高, 99年租约)
                + "|(?<![有达近约经隔党政国立治历坐判刑期命整快过满共计今余])[89][0-9](?=年(?:之前|以前|之后|以后"
                + "|(?![来里内间多余以之前后半的中个天月周度代级龄纪薪化轻了不过还最未租校一呢历风长期岁寿])[\\u4e00-\\u9fff“「]))"
                // 49年以后的三反五反, 49年后的共党教育, 香港像49年上海: the year the Communists took China, where a word of
                // that history stands in the sentence (not 而是49年, 这49年中, 49年来: counts of years)
                + "|(?<![0-9])49(?=年(?:以后|以前|以来|之后|之前|后(?!续)|前(?!后)|(?![来里内间多余中半了过还历期岁的以之前后])[\\u4e00-\\u9fff“「]))"
                + "(?:(?<=(?:" + FORTY_NINE_CONTEXT + ")[^。！？\\n]{0,30}49)|(?=年[^。！？\\n]{0,20}(?:" + FORTY_NINE_CONTEXT + ")))"
                + ")[ \\t]?年(?<yPart>初|底|末)?"
                + "(?!代|级|龄|纪|薪|化|期(?!间)|轻)");
        // 公元前221年 (BC0221), 公元79年; 康熙十八年, 明治元年: a reign year, counted from the era's first year
        alt(alternatives, Atom.Kind.YEAR, "[公]", needs("[元]", 1, 1),
                "公元(?<bc>前)?(?<adYear>[0-9]{1,4}+|[零〇一二三四五六七八九十百千两]{1,6}+)[ \\t]?年(?!代|级|龄|纪|轻|间|来|里|内|多|余)");
        List<String> eras = new ArrayList<>(ERA_FIRST_YEAR.keySet());
        eras.sort(java.util.Comparator.comparing(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()));
        List<String> plainEras = eras.stream().filter(e -> !STRICT_ERAS.contains(e)).toList();
        List<String> strictEras = eras.stream().filter(STRICT_ERAS::contains).toList();
        alt(alternatives, Atom.Kind.YEAR, firstChars(eras), secondChars(eras),
                "(?<era>" + String.join("|", plainEras) + ")(?<eraYear>元|[0-9]{1,2}+|[一二三四五六七八九十廿]{1,4}+)[ \\t]?年(?!代|级|龄|纪|轻)"
                + "|(?<strictEra>" + String.join("|", strictEras) + ")(?<strictEraYear>元|[一二三四五六七八九十廿]{1,4}+)年"
                + "(?!代|级|龄|纪|轻|来|间|里|内|多|余|前|后|以|之|中|的|了|过|半)");
        alt(alternatives, Atom.Kind.YEAR, "[中民]", needs("[国]", 1, 3),
                "(?:中华)?民国(?<rocYear>[0-9]{1,3}|[一二三四五六七八九十百零〇]{1,5})[ \\t]?年(?!代|级|龄)");
        alt(alternatives, Atom.Kind.SEASON, "[春夏秋冬]", needs("[天季]", 1, 1),
                "(?<season>[春夏秋冬])(?:天|季)(?![奥运风装衣])");
        // 今夏紫外线, 今秋开放校园, 今冬第二波: this year's season in one word (抚今秋暮, 忽而今夏 are verse; 今春节 is 今 + 春节,
        // 今春运 今 + 春运, 今春运输 is this spring); not in a given name after a surname (李今秋, 王今夏; 老李今夏, 国王今夏 are a
        // person and a season)
        alt(alternatives, Atom.Kind.SEASON, "[今]", needs("[春夏秋冬]", 1, 1),
                "(?<![抚而至迄如古])(?<!(?<![老小国女亲君天霸])[" + SURNAMES_BEFORE_A_GIVEN_NAME + "])今(?<seasonNow>[春夏秋冬])(?![天季节日晚暮]|运(?![输营行]))");
        alt(alternatives, Atom.Kind.REL_YEAR, "[大前去今明后本上下翌次当同来这]", needs("[年]", 1, 2),
                "(?<!马)(?<relYear>大前年|大后年|前年|(?<![失回])去年|今年|明年|后年|(?<!日)本年度|(?<!日)本年|上一年|下一年|翌年|次年|当年|(?<![不相共])同年|上年|来年|这一年)"
                + "(?<ryPart>年初|年底|年末|初|底|末)?(?!级|轻|龄|纪)");
        alt(alternatives, Atom.Kind.HALF_YEAR, "[上下]", needs("[半]", 1, 1),
                "(?<half>上半年|下半年)");
        alt(alternatives, Atom.Kind.YEAR_PART, "[年全]", needs("[初底末年]", 1, 1),
                "(?<![0-9零〇一二三四五六七八九十两几去今明前后当同本上下次翌来])(?<yPartAlone>年初|年底|年末)"
                // 全年 (去年全年, 2017年…全年扑杀) is the year of its story; not the 全 that ends a word (完全, 安全, 健全, 周全 run
                // into a 年 after them), not where 年 starts a word (全年级, 全年龄段, 全年轻人, 全年纪), and not before the words
                // of "all year round" (全年无休, 全年皆可销售, 全年都开放) or a fiscal year's whole (全年度), which name no year
                + "|(?<![完安健周])(?<yPartWhole>全年)(?![级龄轻纪无度皆都])");
        alt(alternatives, Atom.Kind.QUARTER, "[第一二三四1-4首上下本这当]", needs("[季]", 1, 3),
                "(?<![0-9前])第?(?<quarter>[一二三四1-4首])季度"
                + "|(?<!马)(?<relQuarter>上上个季度|下下个季度|上个季度|下个季度|上季度|下季度|本季度|这个季度|当季度)");
        alt(alternatives, Atom.Kind.WEEK_OF, "[第]", needs("[周星礼]", 2, 5),
                "第(?<weekOf>[1-5]?[0-9]|[一二三四五]?十?[一二三四五六七八九十])个?(?:周|星期|礼拜)(?<nthDow>[一二三四五六日天])?(?![年末])");
        alt(alternatives, Atom.Kind.MONTH, "[0-9一二三四五六七八九十正腊闰閏]", needs("[月]", 1, 3),
                // 整个6月份, 整个4月: the whole month (个 alone before a month stays out)
                "(?<![0-9零〇一二三四五六七八九十两几])(?<!(?<!整)个)(?:(?<month>1[0-2]|0?[1-9]|十[一二]|[一二三四五六七八九十])"
                + "[ \\t]?(?:月份|月)(?<mPart>上旬|中旬|下旬|初(?![一二三四五六七八九十])|底|末)?(?![亮光饼球台票薪嫂子经]|革命|政变|(?<=(?<!年)[二十]月)政府|(?<=六月)飞雪|(?<=(?<!年)六月)下雪|(?<=十月)惊奇)"
                // 十月革命, 二月政府 (Russia's Provisional Government): the event or the regime, not the month; not
                // after 年 (今年二月政府宣布 is February); 六月飞雪 (六月下雪), an injustice that makes snow fall in
                // summer, and 十月惊奇 (the October surprise before an American election) are set phrases, not months
                // 正月初五, 腊月二十三: months of the lunar calendar, only with a day
                + "|(?<lunarMonth>正|腊)月(?=初[一二三四五六七八九十]|[二三]?十|廿|[一二三四五六七八九])"
                // 闰四月初八: a leap month of the lunar calendar, only with a day
                + "|[闰閏](?<leapMonth>十[一二]|[一二三四五六七八九十正冬腊])月(?=初[一二三四五六七八九十]|[二三]?十|廿|[一二三四五六七八九]))");
        alt(alternatives, Atom.Kind.MONTH_DAY_BARE, "[0-9初一二三四五六七八九十廿卅]", needs("[月]", -1, -1),
                "(?<=月)(?<mdayBare>初[一二三四五六七八九十]|3[01]|[12][0-9]|0?[1-9]|" + CN_DAY + ")"
                + "(?![0-9零〇一二三四五六七八九十日号號个多余天年月周度%.万亿千百元名人家次位只件台辆所场条项股架致样起直些般切定再共概旦篇份批轮笔封张审战])");
        alt(alternatives, Atom.Kind.REL_MONTH, "[上下本这当同次]", needs("[月]", 1, 3),
                "(?<!马)(?<relMonth>上上个月|上一个月|下一个月|上一月|下一月|下下个月|上个月|下个月|上月|下月|(?<!日)本月|这个月|这月|当月|同月|次月)"
                + "(?<rmPart>上旬|中旬|下旬|初|底|末)?(?![球亮光饼刊台])");
        alt(alternatives, Atom.Kind.MONTH_PART, "[月]", needs("[初底末]", 1, 1),
                "(?<![0-9零〇一二三四五六七八九十两几个本上下这当同次])(?<mPartAlone>月初|月底|月末)");
        alt(alternatives, Atom.Kind.DAY, "[0-9一二三四五六七八九十廿卅初]", needs("[日号號]", 1, 4),
                "(?<![0-9零〇一二三四五六七八九十两几第.])(?<day>3[01]|[12][0-9]|0?[1-9]|" + CN_DAY
                // 10日内, 五日以内, 三日之内 are "within so many days", durations (not 10日内阁改组, 10日内地); 日报 is a
                // newspaper's word (人民日报, 每日报), but after Arabic digits a day and a verb (23日报名, 3日报警, 4日报告)
                + "|初[一二三四五六七八九十])[ \\t]?(?:日(?![元圆语军侨币企方货寇趋益常]|本(?!应|来|该|将|届|次|场|轮)|以继|报(?![道导告])(?<![0-9]日报)|内(?![阁地容部政外在心战陆蒙衣科幕情线务])|[以之]内)"
                + "|[号號](?![房楼樓线線台機机院门門文令厅馆館车車站码碼床位舱艙窗坑井桥橋球选店铺舖层層区區病罐炉爐仓倉箱柜櫃电電厂廠船舰艦火种種修决決]|公路|州际|国道|省道|高速))");
        // 27、28号, 9月2、3日: a day listed before another day shares its 日 or 号 (not 4、5、6号楼, nor numbered people （29、30号）)
        alt(alternatives, Atom.Kind.DAY, "[0-9]", needs("[、]", 1, 2),
                "(?<![0-9零〇一二三四五六七八九十两几第.])(?<day>3[01]|[12][0-9]|0?[1-9])"
                + "(?=(?:、(?:3[01]|[12][0-9]|0?[1-9])){1,3}+(?:日|[号號])(?![0-9房楼樓线線台機机院门門厅馆館车車站码碼床位舱艙窗坑井桥橋球店铺舖层層区區病罐炉爐仓倉箱柜櫃电電厂廠船舰艦种種）)]))");
        alt(alternatives, Atom.Kind.WEEKDAY, "[上下这本今周星礼禮週]", needs("[周星礼禮週]", 0, 3),
                "(?<![0-9零〇一二三四五六七八九十两几每半个])(?<![0-9零〇一二三四五六七八九十两几个很许好]多)(?<!南方)(?<wkPre>上上个|下下个|上上|下下|上一个|下一个|上个|下个|这个|本|上|下|这|今)?"
                + "(?:周|星期|礼拜|禮拜|週)(?<wk>[一二三四五六日天1-7末])(?!(?<=末)报)"); // 南方周末报系: a newspaper
        alt(alternatives, Atom.Kind.REL_WEEK, "[上下本这当同]", needs("[周星礼]", 1, 3),
                "(?<!马)(?<relWeek>上上周|下下周|上上个星期|下下个星期|上个星期|下个星期|上星期|下星期|本星期|这星期|这个星期"
                + "|上个礼拜|下个礼拜|上礼拜|下礼拜|这个礼拜|(?<!日)本周|这周|上周|下周|当周|同周)(?![边围刊])"
                // 周报 is a weekly paper, but 上周报告, 上周报导 tell what was reported last week
                + "(?!报(?![告道导称]))");
        // 昨日黄花 (明日黄花) is what is past its time, 不可同日而语 "not to be mentioned in the same breath": no days
        alt(alternatives, Atom.Kind.REL_DAY, "[大前昨今明后後当同次翌隔第本头]", needs("[天日晨早晚夜]", 1, 3),
                "(?<relDay>大大前天|大大后天|大前天|本日|大后天|(?<![以之提])前天|昨天|昨日(?!黄花)|今天|今日(?!俄罗斯|美国[报》]|头条|经济(?![\\u4e00-\\u9fff]))|明天|(?<![光黎写注标说表查讲申阐证指])明日(?!之星|期|大屿|黄花)|(?<!最)后天|(?<!最)後天|当天|当日(?![本资企侨军元语籍货])|同日(?!而语)|同一天|次日|翌日"
                + "|隔日|隔天|第二天|前一天|前一日|今晨|今早|明早|昨早|昨晨|昨晚|今晚|明晚|当晚|昨夜|今夜|当夜"
                // 头晚, the night before, opens its clause (头晚，警方…); 带头, 开头, 枕头 before 晚 are other words
                + "|(?<![\\u4e00-\\u9fff&&[^在于就而]])头晚(?![上饭餐宴会报]))");
        alt(alternatives, Atom.Kind.HOLIDAY, firstChars(holidayNamesLongestFirst), secondChars(holidayNamesLongestFirst),
                "(?<![0-9零〇一二三四五六七八九十])(?<holiday>" + String.join("|", holidayNamesLongestFirst) + ")"
                // 儿童节目 is a programme; 五一五兵变 a numeral, not 五一 (May Day)
                // 圣诞老人 is Santa Claus; 双十字 a double cross, 双十协定 the 1945 agreement named after the day
                + "(?!目|老人)(?!(?<=双十)(?:字|协定|協定|协议))(?!(?<=[一二三四五六七八九十])[0-9零〇一二三四五六七八九十])");
        alt(alternatives, Atom.Kind.PART_OF_DAY, "[凌清早上中正午下傍晚黄夜深半白晨]", Trigger.NONE,
                // 白天鹅 is a white swan; 黄昏恋 a late-life romance
                "(?<pod>凌晨|清晨|早晨|早上|早间|上午|中午|正午|午间|下午|傍晚|黄昏(?!恋)|晚上|晚间|夜间|夜里|深夜|午夜|半夜|白天(?!鹅)"
                + "|(?<=[日号])(?:晚|早|晨|夜)|(?:早|晚|夜)(?![ \\t]?一点(?![钟半多0-9零一二三四五六七八九十]))(?=[ \\t]?(?:[0-9]{1,2}|[一二三四五六七八九十两]{1,3})[点时:]))"
                + "(?!新闻|节目|档|课)"); // 晚间新闻 is a programme
        alt(alternatives, Atom.Kind.CLOCK, "[0-9零〇一二三四五六七八九十两大约近将]", needs("[点时點時]", 1, 6),
                "(?<clkPre>大约|大概|" + ABOUT_YUE + "|将近|近)?(?<![0-9零〇一二三四五六七八九十两第几.])(?<hz>[01]?[0-9]|2[0-4]|[零〇一二三四五六七八九十两]{1,3})"
                // 一时半会 (一时半刻) is "for a while", not half past one
                + "[ \\t]?(?<hunit>点钟|点|时(?![间代候期光机尚事局速差段节区空髦装针])|點|時)(?:(?:零(?=[0-9]分))?(?<mz>[0-5]?[0-9]|[零〇一二三四五六七八九十]{1,3})分"
                + "(?:(?<sz>[0-5]?[0-9]|[零〇一二三四五六七八九十]{1,3})秒)?|(?<mzBare>[0-5][0-9]|零[一二三四五六七八九]|[一二三四五]?十[一二三四五六七八九]?)(?![0-9零〇一二三四五六七八九十分秒个多天年月日号])|(?<halfHour>半(?![会刻晌]))|(?<qtr>[一二三1-3])刻|(?<zheng>整))?"
                + "(?<clkAprx>许|左右|前后|多钟|多)?");
        alt(alternatives, Atom.Kind.CLOCK, "[0-9一二三四五六七八九十两]", needs("[~到至—―-]", 1, 4),
                "(?<![0-9零〇一二三四五六七八九十两第几.:])(?<hr>[01]?[0-9]|2[0-4]|[一二三四五六七八九十两]{1,3})"
                + "(?=[ \\t]?(?:[~到至-]|[—―]{1,2})[ \\t]?(?:[01]?[0-9]|2[0-4]|[一二三四五六七八九十两]{1,3})[ \\t]?[点时])");
        alt(alternatives, Atom.Kind.OFFSET, "[0-9零〇一二三四五六七八九十百千万两俩好几数半]", needs(UNIT_FIRST, 1, 16),
                NUM_LB + "(?<!隔|隔了|阔别|睽违)(?<!数)(?!(?<=[这那這])一个?(?:天|年|月|周|星期))(?<offNum>" + COUNT + "|半)[ \\t]?+(?<offMore>多|余)?+(?<offGe>个(?![多余]?天))?+(?<offMore3>多|余)?+(?<offHalf>半)?+[ \\t]?"
                + "(?<offUnit>" + UNIT + ")(?<offHalf2>半)?(?<offMore2>多)?(?<offDir>以前|之前|前|以后|之后|后(?!续)|过后)");
        alt(alternatives, Atom.Kind.SET, "[每]", Trigger.NONE,
                "每(?:隔)?(?<setNum>[0-9]{1,3}|[一二三四五六七八九十两半]{1,3})?(?<setGe>个)?+"
                + "(?<setUnit>周[一二三四五六日天]|星期[一二三四五六日天]|年|月|周(?![年边围刊报])|星期|礼拜|天|日(?!报)|晚|小时|钟头|分钟|秒|季度)");
        alt(alternatives, Atom.Kind.PRESENT, "[目此当现如眼]", needs("[前时刻今在下]", 1, 1),
                "(?<present>目前|此时|此刻|当今|(?<![表体出实发呈展])现在|(?<![例假比譬])如今|眼下|现今)");
        alt(alternatives, Atom.Kind.PAST, "[近往早]", needs("[年日]", 1, 2),
                "(?<past>近年来|近些年来|近些年|近几年来|近年|往年|早年"
                // 近日 (recently); not 逼近日本, 接近日落, 靠近日方 (近 ends a verb there), 近日点 (perihelion);
                // 近日本港, 近日本地 are "recently, here", 近日本 otherwise Japan
                + "|(?<![逼接靠临附贴挨迫亲走将最])近日(?![军方韩俄美欧元圆落出点光子常程记期益渐]|本(?!报|港|地|台|刊)))");
        alt(alternatives, Atom.Kind.DURATION, "[0-9零〇一二三四五六七八九十百千万两俩好几数多半过未最将接大约近超逾至不长整]", needs(UNIT_FIRST, 1, 18),
                NUM_LB + "(?<durPre>过去的|过去|未来的|未来|最近的|最近|将近|接近|大约|大概|" + ABOUT_YUE + "|近|超过|逾|至少|" + AT_MOST + "|不到|不足|长达|整整)?"
                // 约9月底, 接近7月: a month's name in Arabic digits after a prefix of approximation, which no count of months
                // is without 个 (the resolver drops 9月 as a duration); left to the month, it is not swallowed with the
                // prefix. Only after 约, 大约, 大概, 接近 and the bounds 至少, 超过 (推迟到至少9月, 超过4月预估): after 近, 过去,
                // 未来, 整整 it is a count (近3月收益率, 未来12月内). Not Chinese numerals: 历时近三月 is nearly three months
                + "(?!(?<=约|大概|接近|至少|超过)[0-9]{1,2}[ \\t]?月)"
                // (?<!数): 数十万年 is some hundreds of thousands of years, its count starts at 数, not at 十
                + "(?![12][0-9]{3}[ \\t]?年)(?!(?<![去来近达整了期续])四周(?![内以来之时多]))(?!一分一秒|(?<=(?<![0-9零〇一二三四五六七八九十两])一分)一秒)(?<!数)(?<durNum>" + COUNT + "|(?<!差不|[最至])多(?!周[一二三四五六日天末])|半)[ \\t]?+(?<durMore>多|余|来)?+(?<durGe>个(?![多余]?天))?+(?<durMore3>多|余)?+(?<durHalf>半)?+(?<durUnit>" + UNIT + ")"
                + "(?<durHalf2>半)?(?<durMore2>多|以上|左右)?");
        this.alternatives = List.copyOf(alternatives);
        int n = alternatives.size();
        this.patterns = new Pattern[n];
        List<List<String>> names = new ArrayList<>(n);
        List<List<Integer>> byChar = new ArrayList<>(Collections.nCopies(Character.MAX_VALUE + 1, null));
        for (int i = 0; i < n; i++) {
            Alternative a = alternatives.get(i);
            patterns[i] = Pattern.compile(a.regex());
            names.add(a.groupNames());
            for (char c : charsOf(a.guard())) {
                if (byChar.get(c) == null) {
                    byChar.set(c, new ArrayList<>());
                }
                byChar.get(c).add(i);
            }
        }
        this.groupNames = List.copyOf(names);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            List<Integer> list = byChar.get(c);
            if (list != null) {
                candidates[c] = list.stream().mapToInt(Integer::intValue).toArray();
            }
        }
    }

    private static void alt(List<Alternative> alternatives, Atom.Kind kind, String guard, Trigger trigger, String regex) {
        alternatives.add(new Alternative(kind, guard, trigger, regex));
    }

    /** A trigger: a char of the class {@code charClass} at an offset from {@code from} to {@code to}. */
    private static Trigger needs(String charClass, int from, int to) {
        BitSet chars = new BitSet();
        for (char c : charsOf(charClass)) {
            chars.set(c);
        }
        return new Trigger(chars, from, to);
    }

    /** A match of one of the words has one of their second chars right after its start. */
    private static Trigger secondChars(List<String> words) {
        if (words.stream().anyMatch(w -> w.length() < 2)) {
            return Trigger.NONE;
        }
        StringBuilder sb = new StringBuilder("[");
        words.stream().map(w -> w.substring(1, 2)).distinct().forEach(sb::append);
        return needs(sb.append(']').toString(), 1, 1);
    }

    private static String firstChars(List<String> words) {
        StringBuilder sb = new StringBuilder("[");
        words.stream().map(w -> w.substring(0, 1)).distinct().forEach(sb::append);
        return sb.append(']').toString();
    }

    /** The chars of a simple character class: literal chars and ranges, {@code [0-9大约]}. */
    static char[] charsOf(String charClass) {
        if (charClass.length() < 3 || charClass.charAt(0) != '[' || charClass.charAt(charClass.length() - 1) != ']'
                || charClass.indexOf('\\') >= 0 || charClass.charAt(1) == '^') {
            throw new IllegalArgumentException("not a simple character class: " + charClass);
        }
        StringBuilder chars = new StringBuilder();
        String body = charClass.substring(1, charClass.length() - 1);
        for (int i = 0; i < body.length(); i++) {
            if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
                for (char c = body.charAt(i); c <= body.charAt(i + 2); c++) {
                    chars.append(c);
                }
                i += 2;
            } else {
                chars.append(body.charAt(i));
            }
        }
        return chars.toString().toCharArray();
    }

    /** The alternatives in priority order: the grammar as data, for tests. */
    List<Alternative> alternatives() {
        return alternatives;
    }

    /** The atoms of a text (already passed through {@link #normalize}), left to right. */
    List<Atom> scan(String normalized) {
        List<Atom> atoms = new ArrayList<>();
        Matcher[] matchers = new Matcher[patterns.length];
        int length = normalized.length();
        int p = 0;
        while (p < length) {
            int[] alternatives = candidates[normalized.charAt(p)];
            int next = p + 1;
            if (alternatives != null) {
                for (int i : alternatives) {
                    if (!this.alternatives.get(i).trigger().admits(normalized, p)) {
                        continue;
                    }
                    if (matchers[i] == null) {
                        matchers[i] = patterns[i].matcher(normalized).useTransparentBounds(true).useAnchoringBounds(false);
                    }
                    Matcher m = matchers[i].region(p, length);
                    if (m.lookingAt() && m.end() > p) {
                        atoms.add(new Atom(this.alternatives.get(i).kind(), p, m.end(), m.group(), capturedGroups(m, groupNames.get(i))));
                        next = m.end();
                        break;
                    }
                }
            }
            p = next;
        }
        return atoms;
    }

    /** The groups that took part in the match, by name (built immutable, so {@link Atom} need not copy it). */
    @SuppressWarnings("unchecked")
    private static Map<String, String> capturedGroups(Matcher m, List<String> names) {
        Map.Entry<String, String>[] entries = new Map.Entry[names.size()];
        int n = 0;
        for (String name : names) {
            String value = m.group(name);
            if (value != null) {
                entries[n++] = Map.entry(name, value);
            }
        }
        return Map.ofEntries(Arrays.copyOf(entries, n));
    }

    /**
     * Maps full-width digits and punctuation to ASCII one char for one char, so that offsets stay
     * valid and the grammar needs one spelling only.
     */
    static String normalize(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '０' && c <= '９') {
                chars[i] = (char) ('0' + (c - '０'));
            } else if (c == '：') {
                chars[i] = ':';
            } else if (c == '．') {
                chars[i] = '.';
            } else if (c == '／') {
                chars[i] = '/';
            } else if (c == '－') {
                chars[i] = '-';
            } else if (c == '～') {
                chars[i] = '~';
            } else if (c == '○') {
                chars[i] = '〇'; // 二○一六年: a white circle written for the zero
            } else if (c == '\u3000') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** The TIMEX3 part-of-day code a relative-day word carries (今晚 → EV), or null. */
    static String relDayPartOfDay(String word) {
        if (word.endsWith("晚")) {
            return "EV";
        }
        if (word.endsWith("夜")) {
            return "NI";
        }
        if (word.endsWith("晨") || word.endsWith("早")) {
            return "MO";
        }
        return null;
    }
}
