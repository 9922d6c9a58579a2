package org.zhextract.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.zhextract.TestFiles;

/**
 * jqwik generators for hostile input: random bytes, HTML from a small grammar of nested tags,
 * attributes, text, entities and comments, random Chinese text dense in the characters the time
 * and quantity grammars look at, and mutations (byte flips, truncation, splicing, re-encoding) of
 * seed files from testdata and of a sample of ../shared/corpus read at run time.
 */
final class Generators {

    /** Ordinary news characters, punctuation and whitespace. */
    private static final String PROSE = "的是在了不和有大这主中人上为们地个用工时要动国产以我到他会作来分生对于学下级就年阶义发成部民可出能方进同行面说种过命度革而多子后自社加小机也经力线本电高量长党得实家定深法表着水理化争现所二起政三好十战无农使性前等反体合斗路图把结第里正新开论之物从当两些还天资事队批如应形想制心样干都向变关点育重其思与间内去因件日利相由压员气业代全组数果期导平各基或月毛然问比展那它最及外没看治提五解系林者米群头意只明四道马认次文通但条较克又公孔领军流入接席位情运器并飞原油放立题质指建区验活众很教决特此常石强极土少已根共直团统式转别造切九你取西持总料连任志观调七么山程百报更见必真保热委手改管处己将修支识病象几先老光专什六型具示复安带每东增则完风回南广劳轮科北打积车计给节做务被整联步类集号列温装即毫知轴研单色坚据速防史拉世设达尔场织历花受求传口断况采精金界品判参层止边清至万确究书术状厂须离再目海交权且儿青才证低越际八试规斯近注办布门铁需走议县兵固除般引齿千胜细影济白格效置推空配刀叶率述今选养德话查差半敌始片施响收华觉备名红续均药标记难存测士身紧液派准斤角降维板许破述技消底床田势端感往神便贺村构照容非搞亚磨族火段算适讲按值美态黄易彪服早班麦削信排台声该击素张密害侯草何树肥继右属市严径螺检左页抗苏显苦英快称坏移约巴材省黑武培著河帝仅针怎植京助升王眼她抓含苗副杂普谈围食射源例致酸旧却充足短划剂宣环落首尺波承粉践府鱼随考刻靠够满夫失包住促枝局菌杆周护岩师举曲春元超负砂封换太模贫减阳扬江析亩木言球朝医校古呢稻宋听唯输滑站另卫字鼓刚写刘微略范供阿块某功套友限项余倒卷创律雨让骨远帮初皮播优占死毒圈伟季训控激找叫云互跟裂粮粒母练塞钢顶策双留误础吸阻故寸盾晚丝女散焊功株亲院冷彻弹错散商视艺灭版烈零室轻血倍缺厘泵察绝富城冲喷壤简否柱李望盘磁雄似困巩益洲脱投送奴侧润盖挥距触星松送获兴独官混纪依未突架宽冬章湿偏纹吃执阀矿寨责熟稳夺硬价努翻奇甲预职评读背协损棉侵灰虽矛厚罗泥辟告卵箱掌氧恩爱停曾溶营终纲孟钱待尽俄缩沙退陈讨奋械载胞幼哪剥迫旋征槽倒握担仍呀鲜吧卡粗介钻逐弱脚怕盐末阴丰雾冠丙街莱贝辐肠付吉渗瑞惊顿挤秒悬姆烂森糖圣凹陶词迟蚕亿矩";
    /** What the time grammar reacts to: numerals, calendar words, relative words, ranges. */
    private static final String TIME = "0123456789０１２３４５６７８９〇零一二两三四五六七八九十百千万年月日号时点分秒周星期礼拜天上中下午早晚凌晨前后今明昨去来本下上世纪代初末底旬季度半刻整至到~～—-/.:：春节元旦中秋国庆除夕农历正腊每隔当同翌次";
    /** What the quantity grammar reacts to: numerals, multipliers, units, approximators, percent. */
    private static final String QUANTITY = "0123456789０１２３４５６７８９.,，·〇零一二两三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟%％‰元美元欧元人民币港币日圆吨公斤克千米公里米平方立方升桶度个名人位次件份架艘辆枚多余约近逾超过逾左右上下至到几数每人均点分之成倍百分";
    private static final String PUNCTUATION = "，。！？、；：“”‘’「」『』（）《》【】—…·\n\n\t \u3000\u00a0";
    /** Characters that break naive code: astral planes, combining marks, zero-width, BOM, controls, lone surrogates. */
    private static final String[] ODD = {"𠀀", "𝄞", "😀", "👨‍👩‍👧", "\u0301", "\u200b", "\u200d", "\ufeff", "\ufffd",
        "\u0000", "\u0007", "\u001b", "\r", "\r\n", "\u2028", "\u2029", "\ud800", "\udfff", "e\u0301", "ﬁ", "Ⅻ", "①",
        "²", "½", "٣", "\u202e", "<", ">", "&", "\"", "'", "\\", "$", "{", "}"};

    private Generators() {
    }

    /** Arbitrary bytes, sometimes long, sometimes starting like a known binary or text format. */
    static Arbitrary<byte[]> randomBytes() {
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
        Arbitrary<byte[]> prefix = Arbitraries.of(
                new byte[0], new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xFE, (byte) 0xFF},
                new byte[] {(byte) 0xFF, (byte) 0xFE}, "<html>".getBytes(StandardCharsets.US_ASCII),
                "<?xml version=\"1.0\" encoding=\"gb2312\"?>".getBytes(StandardCharsets.US_ASCII),
                "<meta charset=big5>".getBytes(StandardCharsets.US_ASCII), "# ".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0x89, 'P', 'N', 'G'}, new byte[] {0x1F, (byte) 0x8B});
        return Combinators.combine(prefix, raw).as(Generators::concat);
    }

    /** Chinese text dense in time and quantity triggers, with odd characters sprinkled in. */
    static Arbitrary<String> chineseText() {
        Arbitrary<String> prose = Arbitraries.strings().withChars(PROSE).ofMinLength(1).ofMaxLength(30);
        Arbitrary<String> time = Arbitraries.strings().withChars(TIME).ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> quantity = Arbitraries.strings().withChars(QUANTITY).ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> punctuation = Arbitraries.strings().withChars(PUNCTUATION).ofMinLength(1).ofMaxLength(3);
        Arbitrary<String> odd = Arbitraries.of(ODD);
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, prose), net.jqwik.api.Tuple.of(5, time), net.jqwik.api.Tuple.of(5, quantity),
                net.jqwik.api.Tuple.of(3, punctuation), net.jqwik.api.Tuple.of(1, odd));
        return piece.list().ofMaxSize(200).map(pieces -> String.join("", pieces));
    }

    /** HTML from a small grammar: nested elements, attributes, text, entities, comments, broken markup. */
    static Arbitrary<String> html() {
        Arbitrary<String> head = Arbitraries.of("", "<!DOCTYPE html>", "<?xml version=\"1.0\"?>",
                "<html><head><meta charset=\"gbk\"><title>", "<html><head><title>标题</title>",
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\">", "<html lang=zh>");
        return Combinators.combine(head, node(0).list().ofMaxSize(8))
                .as((h, body) -> h + String.join("", body));
    }

    private static Arbitrary<String> node(int depth) {
        Arbitrary<String> leaf = Arbitraries.oneOf(chineseText(), entity(), comment(), rawMarkup());
        if (depth >= 6) {
            return leaf;
        }
        Arbitrary<String> tag = Arbitraries.of("p", "div", "span", "a", "b", "i", "h1", "h2", "title", "table", "tr",
                "td", "ul", "li", "br", "img", "script", "style", "noscript", "iframe", "article", "section", "header",
                "footer", "nav", "figure", "figcaption", "pre", "code", "blockquote", "svg", "math", "template",
                "textarea", "select", "option", "frameset", "meta", "x-custom", "P", "DIV");
        Arbitrary<String> attributes = attribute().list().ofMaxSize(3).map(list -> String.join("", list));
        Arbitrary<String> children = Arbitraries.lazy(() -> node(depth + 1)).list().ofMaxSize(4)
                .map(list -> String.join("", list));
        Arbitrary<Integer> closing = Arbitraries.integers().between(0, 3);
        Arbitrary<String> element = Combinators.combine(tag, attributes, children, closing).as((t, a, c, close) ->
                switch (close) {
                    case 0 -> "<" + t + a + ">" + c;                  // never closed
                    case 1 -> "<" + t + a + "/>" + c;                 // self-closed
                    case 2 -> "<" + t + a + ">" + c + "</" + t + ">"; // well formed
                    default -> "<" + t + a + ">" + c + "</p></div>";   // closes the wrong tags
                });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, leaf), net.jqwik.api.Tuple.of(3, element));
    }

    private static Arbitrary<String> attribute() {
        Arbitrary<String> name = Arbitraries.of("class", "id", "style", "href", "src", "alt", "content", "name",
                "property", "datetime", "charset", "lang", "data-x", "onclick", "itemprop");
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("article", "content", "nav", "footer", "share", "https://example.com/a?b=1&c=2",
                        "og:title", "article:published_time", "2022-02-04T10:00:00+08:00", "javascript:alert(1)",
                        "text/html; charset=gb2312", ""),
                chineseText().map(s -> s.length() > 20 ? s.substring(0, 20) : s));
        Arbitrary<Integer> quoting = Arbitraries.integers().between(0, 3);
        return Combinators.combine(name, value, quoting).as((n, v, q) -> switch (q) {
            case 0 -> " " + n + "=\"" + v + "\"";
            case 1 -> " " + n + "='" + v + "'";
            case 2 -> " " + n + "=" + v.replace(' ', '_');
            default -> " " + n + "=\"" + v;                        // unterminated quote
        });
    }

    private static Arbitrary<String> entity() {
        return Arbitraries.of("&amp;", "&lt;", "&gt;", "&nbsp;", "&quot;", "&#20013;", "&#x4E2D;", "&#x1F600;",
                "&#0;", "&#xD800;", "&#99999999;", "&#x110000;", "&bogus;", "&", "&#", "&#x;", "&amp", "&ldquo;",
                "&hellip;", "&emsp;");
    }

    private static Arbitrary<String> comment() {
        return Arbitraries.of("<!-- 注释 -->", "<!--", "-->", "<!---->", "<!-- <p>隐藏</p> -->", "<![CDATA[ 数据 ]]>",
                "<![CDATA[", "<!DOCTYPE", "<?php echo 1; ?>", "<!-- a -- b -->");
    }

    private static Arbitrary<String> rawMarkup() {
        return Arbitraries.of("<", ">", "</", "</>", "< p>", "<p", "<a href=", "<<>>", "<p>&</p>", "</body>",
                "</html><html>", "<body><body>", "<head>", "<script>var s='</p>';", "</script>", "<style>p{}",
                "\n\n", "\r\n", "\u0000");
    }

    /** A file name whose extension hints at a format, or misleads. */
    static Arbitrary<String> fileName() {
        return Arbitraries.of("a.html", "a.htm", "a.md", "a.txt", "a", "a.json", "a.HTML", "图片.png", ".html",
                "目录/页面.html", "a.html.txt", "../a.html", "C:\\a.html");
    }

    /** The seed articles of testdata and up to {@code corpusSample} files of ../shared/corpus, read now. */
    static List<byte[]> seedCorpus(int corpusSample) {
        List<byte[]> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestFiles.testdata("seeds"))) {
            for (Path file : files.sorted().toList()) {
                seeds.add(Files.readAllBytes(file));
            }
            Path corpus = TestFiles.shared("corpus");
            if (Files.isDirectory(corpus)) {
                try (Stream<Path> walk = Files.walk(corpus)) {
                    List<Path> all = walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
                    // An even spread over the sorted list reaches every sub-corpus and format.
                    int step = Math.max(1, all.size() / Math.max(1, corpusSample));
                    for (int i = 0; i < all.size() && seeds.size() < corpusSample + 2; i += step) {
                        seeds.add(Files.readAllBytes(all.get(i)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(seeds);
    }

    /** Mutations of the seeds: byte flips, truncation, splicing, duplication, re-encoding, inserted junk. */
    static Arbitrary<byte[]> mutations(List<byte[]> seeds) {
        return Arbitraries.randomValue(random -> mutate(random, seeds));
    }

    private static byte[] mutate(Random random, List<byte[]> seeds) {
        byte[] bytes = seeds.get(random.nextInt(seeds.size())).clone();
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds; r++) {
            bytes = switch (random.nextInt(7)) {
                case 0 -> flip(random, bytes);
                case 1 -> Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length));
                case 2 -> splice(random, bytes, seeds.get(random.nextInt(seeds.size())));
                case 3 -> duplicate(random, bytes);
                case 4 -> reencode(random, bytes);
                case 5 -> insertJunk(random, bytes);
                default -> Arrays.copyOfRange(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length), bytes.length);
            };
        }
        return bytes;
    }

    private static byte[] flip(Random random, byte[] bytes) {
        if (bytes.length == 0) {
            return bytes;
        }
        int flips = 1 + random.nextInt(Math.max(1, bytes.length / 100));
        for (int i = 0; i < flips; i++) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return bytes;
    }

    private static byte[] splice(Random random, byte[] a, byte[] b) {
        int cutA = a.length == 0 ? 0 : random.nextInt(a.length);
        int cutB = b.length == 0 ? 0 : random.nextInt(b.length);
        return concat(Arrays.copyOf(a, cutA), Arrays.copyOfRange(b, cutB, b.length));
    }

    private static byte[] duplicate(Random random, byte[] bytes) {
        if (bytes.length == 0) {
            return bytes;
        }
        int from = random.nextInt(bytes.length);
        int to = Math.min(bytes.length, from + 1 + random.nextInt(2000));
        byte[] region = Arrays.copyOfRange(bytes, from, to);
        byte[] out = bytes;
        for (int i = 0, n = 1 + random.nextInt(20); i < n; i++) {
            out = concat(out, region);
        }
        return out;
    }

    private static byte[] reencode(Random random, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Charset charset = List.of(Charset.forName("GB18030"), Charset.forName("Big5"), StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE, StandardCharsets.UTF_16, Charset.forName("GBK")).get(random.nextInt(6));
        byte[] encoded = text.getBytes(charset);
        // Cut at an odd byte to leave a broken multi-byte character at the end.
        return random.nextBoolean() && encoded.length > 1 ? Arrays.copyOf(encoded, encoded.length - 1) : encoded;
    }

    private static byte[] insertJunk(Random random, byte[] bytes) {
        byte[] junk = new byte[1 + random.nextInt(64)];
        random.nextBytes(junk);
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        return concat(concat(Arrays.copyOf(bytes, at), junk), Arrays.copyOfRange(bytes, at, bytes.length));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
