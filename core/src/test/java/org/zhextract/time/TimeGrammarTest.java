package org.zhextract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scan's shortcuts (first-char guards, triggers) must never change what it finds: it is
 * compared with the plain reading of the grammar, every alternative tried at every position.
 */
class TimeGrammarTest {

    /**
     * Pieces of time expressions, including the longest forms each alternative allows (过去的,
     * 123456.789, 多个多半, 上个世纪, 两千一十一), so that random joins reach the edges of the triggers' windows.
     */
    private static final List<String> PIECES = List.of(
            "1", "12", "2024", "1998", "20220204", "123456", "123456.789", "0", "09", "30", "31", "5",
            "一", "二十", "三十一", "两千", "两千一十一", "二〇二二", "十二", "廿", "卅一", "初一", "初十", "几", "十几",
            "好几", "几十", "数", "俩", "半", "多", "百", "千", "万", "零",
            "年", "月", "日", "号", "號", "周", "星期", "礼拜", "禮拜", "週", "天", "小时", "钟头", "刻钟", "分钟", "秒钟",
            "秒", "世纪", "季度", "年代", "月份", "点", "点钟", "时", "點", "時", "分", "刻", "整", "许", "左右", "前后",
            "多钟", "以上", "来", "余", "个", "之前", "以前", "前", "后", "以后", "之后", "过后", "初", "底", "末", "上旬",
            "中旬", "下旬", "上半年", "下半年", "年初", "月底",
            "上", "下", "本", "这", "今", "当", "同", "次", "翌", "隔", "第", "每", "大约", "大概", "约", "近", "将近",
            "接近", "超过", "逾", "至少", "不到", "不足", "长达", "整整", "过去的", "过去", "未来的", "未来", "最近的",
            "最近", "上世纪", "上个世纪", "本世纪", "上上个", "下下个", "上一个", "下一个", "上个", "下个", "这个", "大前",
            "大后", "大大", "去", "明", "首", "马", "大", "早", "晚", "夜", "晨", "凌晨", "上午", "下午", "中午", "傍晚",
            "晚上", "深夜", "白天", "目前", "现在", "表", "此时", "如今", "眼下", "近年来", "近些年", "往年", "早年", "昨",
            "前一", "第二", "夏天", "冬季", "民国", "中华民国", "春节", "国庆", "中秋节", "元旦", "除夕", "大年三十", "清明", "七夕", "国", "中", "新",
            " ", "  ", ":", "-", "/", ".", "~", "到", "至", "—", "，", "的", "T", "x", "他", "\n");

    private static TimeGrammar grammar;
    /** Each alternative with its guard as a lookahead, in priority order. */
    private static List<Pattern> guarded;

    @BeforeAll
    static void load() {
        grammar = new TimeGrammar(HolidayCalendar.load().namesLongestFirst());
        guarded = grammar.alternatives().stream()
                .map(a -> Pattern.compile("(?=" + a.guard() + ")(?:" + a.regex() + ")")).toList();
    }

    @Test
    void findsWhatThePlainReadingFindsInTheCaseSentencesAndSeeds() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("../testdata/cases/times.tsv"), StandardCharsets.UTF_8)) {
            texts.add(line.split("\t")[0]);
        }
        try (Stream<Path> seeds = Files.list(Path.of("../testdata/seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(seed, StandardCharsets.UTF_8));
            }
        }
        int atoms = 0;
        for (String text : texts) {
            String normalized = TimeGrammar.normalize(text);
            List<Atom> expected = plainReading(normalized);
            assertThat(grammar.scan(normalized)).as(text).isEqualTo(expected);
            atoms += expected.size();
        }
        assertThat(atoms).as("the texts hold many time atoms").isGreaterThan(300);
    }

    @Test
    void findsWhatThePlainReadingFindsInRandomJoinsOfTimePieces() {
        Random random = new Random(20_240_204L);
        Map<Atom.Kind, Integer> found = new HashMap<>();
        for (int n = 0; n < 10_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = 1 + random.nextInt(10); k > 0; k--) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String normalized = TimeGrammar.normalize(text.toString());
            List<Atom> expected = plainReading(normalized);
            assertThat(grammar.scan(normalized)).as(normalized).isEqualTo(expected);
            expected.forEach(a -> found.merge(a.kind(), 1, Integer::sum));
        }
        assertThat(found.keySet()).as("every kind of atom was found").containsExactlyInAnyOrder(Atom.Kind.values());
    }

    /** Every alternative, its guard as a lookahead, tried at every position in priority order. */
    private static List<Atom> plainReading(String text) {
        List<TimeGrammar.Alternative> alternatives = grammar.alternatives();
        List<Atom> atoms = new ArrayList<>();
        int p = 0;
        while (p < text.length()) {
            int next = p + 1;
            for (int i = 0; i < alternatives.size(); i++) {
                TimeGrammar.Alternative a = alternatives.get(i);
                Matcher m = guarded.get(i).matcher(text).useTransparentBounds(true).useAnchoringBounds(false).region(p, text.length());
                if (m.lookingAt() && m.end() > p) {
                    Map<String, String> groups = new HashMap<>();
                    for (String name : a.groupNames()) {
                        if (m.group(name) != null) {
                            groups.put(name, m.group(name));
                        }
                    }
                    atoms.add(new Atom(a.kind(), p, m.end(), m.group(), groups));
                    next = m.end();
                    break;
                }
            }
            p = next;
        }
        return atoms;
    }
}
