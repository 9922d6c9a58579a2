package org.zhextract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhextract.model.TimeType;
import org.zhextract.model.TimeValue;
import org.zhextract.model.Span;
import org.zhextract.text.DocumentText;

class TimeRecognizerTest {

    private static final Optional<LocalDate> FRIDAY = Optional.of(LocalDate.of(2022, 2, 4));
    private static TimeRecognizer recognizer;

    @BeforeAll
    static void load() {
        recognizer = new TimeRecognizer();
    }

    private static List<TimeValue> times(String text) {
        return recognizer.recognize(new DocumentText(text), FRIDAY);
    }

    @Test
    void numbersIdsInTextOrder() {
        List<TimeValue> times = times("周五（2月4日），普京抵达北京。这是400多天来首次会面，每年如此。");
        assertThat(times).extracting(TimeValue::id).containsExactly("T1", "T2", "T3", "T4");
        assertThat(times).extracting(TimeValue::text).containsExactly("周五", "2月4日", "400多天", "每年");
        assertThat(times).extracting(TimeValue::start).isSorted();
    }

    @Test
    void aTimeWordInsideAPersonsNameIsNoTime() {
        // 白天辉 is a person (the entity stage's mention); 白天 alone is daytime
        String text = "𠮷白天辉一审宣判，他白天上班，周五出庭。白天辉说";
        assertThat(recognizer.recognize(new DocumentText(text), FRIDAY, List.of())).extracting(TimeValue::text)
                .containsExactly("白天", "白天", "周五", "白天");
        // a person's span that is the time word itself (周五 taken for a name, twice) keeps it
        List<Span> persons = List.of(new Span(15, 17), new Span(1, 4), new Span(20, 23), new Span(15, 17));
        List<TimeValue> times = recognizer.recognize(new DocumentText(text), FRIDAY, persons);
        assertThat(times).extracting(TimeValue::text).containsExactly("白天", "周五");
        assertThat(times.get(0).start()).isEqualTo(10);
        // a name found once may be a time word run into the next word: 白天 stays
        assertThat(recognizer.recognize(new DocumentText(text), FRIDAY, List.of(new Span(1, 4)))).extracting(TimeValue::text)
                .containsExactly("白天", "白天", "周五", "白天");
    }

    @Test
    void offsetsAreCodePointsPastSupplementaryCharacters() {
        String text = "𠮷𠮷先生2月4日抵达。";
        TimeValue t = times(text).get(0);
        assertThat(t.text()).isEqualTo("2月4日");
        assertThat(t.start()).isEqualTo(4);
        assertThat(new DocumentText(text).slice(t.span())).isEqualTo("2月4日");
    }

    @Test
    void resolvesWeekdayToMostRecentPastDayAndFutureWithCue() {
        assertThat(times("普京周三表示支持。").get(0).value()).isEqualTo("2022-02-02");
        assertThat(times("普京将于周三抵达。").get(0).value()).isEqualTo("2022-02-09");
    }

    @Test
    void anchorsSameDayOnTheLastDateMentioned() {
        List<TimeValue> times = times("2021年9月15日，美国宣布成立联盟。当天下午，英国回应。次日，法国召回大使。");
        assertThat(times).extracting(TimeValue::value)
                .containsExactly("2021-09-15", "2021-09-15TAF", "2021-09-16");
        assertThat(times.get(1).type()).isEqualTo(TimeType.TIME);
    }

    @Test
    void aYearWrittenInAnEarlierParagraphDoesNotCarryOver() {
        Optional<LocalDate> ref = Optional.of(LocalDate.of(2024, 5, 10));
        List<TimeValue> sameParagraph = recognizer.recognize(new DocumentText("2018年，公司成立。9月26日，公司上市。"), ref);
        assertThat(sameParagraph.get(1).value()).isEqualTo("2018-09-26");
        List<TimeValue> nextParagraph = recognizer.recognize(new DocumentText("2018年，公司成立。\n9月26日，公司上市。"), ref);
        assertThat(nextParagraph.get(1).value()).isEqualTo("2023-09-26");
    }

    @Test
    void aYearOffsetInAHistoryCountsFromTheYearOfThePreviousParagraph() {
        Optional<LocalDate> ref = Optional.of(LocalDate.of(2024, 4, 28));
        // 2006 + 1, not the year after the publication
        List<TimeValue> story = recognizer.recognize(new DocumentText("2006年前后，宏刚在鄂尔多斯的客运站开超市。\n一年后，客运站要搬到新区。"), ref);
        assertThat(story.get(story.size() - 1).value()).isEqualTo("2007");
        // two paragraphs on, or telling of what will be, it counts from the publication
        List<TimeValue> far = recognizer.recognize(new DocumentText("2006年前后，他开超市。\n他喜欢聊天。\n一年后，客运站要搬到新区。"), ref);
        assertThat(far.get(far.size() - 1).value()).isEqualTo("2025");
        List<TimeValue> ahead = recognizer.recognize(new DocumentText("1994年，他创办了画廊。\n这个艺术家，10年之后会在哪里？"), ref);
        assertThat(ahead.get(ahead.size() - 1).value()).isEqualTo("2034");
    }

    @Test
    void dangNianAloneTakesAYearWrittenInItsParagraphOrIsThePast() {
        Optional<LocalDate> ref = Optional.of(LocalDate.of(2024, 6, 5));
        assertThat(recognizer.recognize(new DocumentText("1989年，学生走上街头。当年我没想到会有这么多人。"), ref).get(1).value())
                .isEqualTo("1989");
        assertThat(recognizer.recognize(new DocumentText("1996年，他被禁止入境。\n当年我没想到会有这么多人。"), ref).get(1).value())
                .isEqualTo("PAST_REF");
    }

    @Test
    void aBareDayTakesTheMonthOfANearbyDateNotOfAFarOne() {
        Optional<LocalDate> ref = Optional.of(LocalDate.of(2020, 6, 12));
        List<TimeValue> near = recognizer.recognize(new DocumentText("5月30日，会议开幕。\n2日，会议闭幕。"), ref);
        assertThat(near.get(1).value()).isEqualTo("2020-06-02");
        List<TimeValue> far = recognizer.recognize(new DocumentText("1989年6月4日，北京发生屠杀。\n教授12日表示，中国需要改变。"), ref);
        assertThat(far.get(1).value()).isEqualTo("2020-06-12");
    }

    @Test
    void aBareDayAParagraphOnIsNotPastTheReferenceAndTiesGoToIt() {
        // a date ahead told before (要在9月1日报到) gives a later paragraph's 10日 no September: it is the reference's month
        List<TimeValue> ahead = recognizer.recognize(new DocumentText("她要在9月1日再次去警署报到。\n在10日被捕的十人中，还有他。"),
                Optional.of(LocalDate.of(2020, 8, 12)));
        assertThat(ahead.get(1).value()).isEqualTo("2020-08-10");
        // 16日 fifteen days either side of 10月1日: the one of the reference's month
        List<TimeValue> tie = recognizer.recognize(new DocumentText("深圳在10月1日刚发出条例。\n根据官方16日的通报，15日新增2个病例。"),
                Optional.of(LocalDate.of(2020, 10, 16)));
        assertThat(tie).extracting(TimeValue::value).containsExactly("2020-10-01", "2020-10-16", "2020-10-15");
        // from a date not ahead of the reference, ahead it may lie (a dateline, then the coming weekend)
        List<TimeValue> dateline = recognizer.recognize(new DocumentText("【大纪元2018年09月11日讯】报导。\n本周末（16日），华尔街大佬将前往北京。"),
                Optional.of(LocalDate.of(2018, 9, 11)));
        assertThat(dateline).extracting(TimeValue::value).contains("2018-09-16");
        // with a cue, ahead it may lie
        List<TimeValue> cued = recognizer.recognize(new DocumentText("她要在9月1日再次去警署报到。\n法院将在10日开庭。"),
                Optional.of(LocalDate.of(2020, 8, 12)));
        assertThat(cued.get(1).value()).isEqualTo("2020-09-10");
    }

    @Test
    void aSpokenBareDayGoesOnWithTheDateToldInTheParagraphBefore() {
        Optional<LocalDate> ref = Optional.of(LocalDate.of(2020, 7, 6));
        List<TimeValue> story = recognizer.recognize(new DocumentText(
                "1月19号、20号，就开始胸痛。\n20号我在家里休息了一天。\n没有发热，我21号去医院。"), ref);
        assertThat(story).extracting(TimeValue::value).containsExactly("2020-01-19", "2020-01-20", "2020-01-20", "P1D", "2020-01-21");
        // more than a week on, or a report's 日, keeps the reference month
        List<TimeValue> far = recognizer.recognize(new DocumentText("1月5日，他被捕。\n21号，警方宣布起诉他。"), ref);
        assertThat(far.get(1).value()).isEqualTo("2020-06-21");
        List<TimeValue> report = recognizer.recognize(new DocumentText("7月1日，他被捕。\n3日，警方宣布起诉他。"),
                Optional.of(LocalDate.of(2020, 9, 10)));
        assertThat(report.get(1).value()).isEqualTo("2020-09-03");
    }

    @Test
    void aMonthDayGoesOnWithAHistoryWrittenInTheParagraphBefore() {
        Optional<LocalDate> ref = Optional.of(LocalDate.of(2019, 6, 1));
        List<TimeValue> history = recognizer.recognize(new DocumentText(
                "1937年6月，他来到南京。12月22日，他离开南京。\n12月29日夜，他抵达武汉。"), ref);
        assertThat(history.get(history.size() - 1).value()).isEqualTo("1937-12-29TNI");
        // a date near the publication is this year's (a memorial day), and a recent year does not carry over
        List<TimeValue> memorial = recognizer.recognize(new DocumentText("1937年12月13日，日军攻占南京。\n12月13日，南京举行公祭。"),
                Optional.of(LocalDate.of(2019, 12, 14)));
        assertThat(memorial.get(1).value()).isEqualTo("2019-12-13");
        List<TimeValue> recent = recognizer.recognize(new DocumentText("2015年6月，他来到南京。\n12月29日，他抵达武汉。"), ref);
        assertThat(recent.get(1).value()).isEqualTo("2018-12-29");
    }

    @Test
    void aMonthDayGoesOnWithARecentStoryOpenedByAFullDate() {
        Optional<LocalDate> ref = Optional.of(LocalDate.of(2020, 10, 9));
        List<TimeValue> story = recognizer.recognize(new DocumentText(
                "2016年1月2日下午3点多，她去中南海请愿。\n她住进了太平间，住了三个月。\n北京的冬季很冷，一直到4月6日，医院叫警察将她赶走。"), ref);
        assertThat(story.get(story.size() - 1).value()).isEqualTo("2016-04-06");
        // three paragraphs on, before the story's day, or far after it, the month-day is the reference's year
        List<TimeValue> far = recognizer.recognize(new DocumentText(
                "2016年1月2日，她去请愿。\n她住了下来。\n她没有放弃。\n4月6日，她被赶走。"), ref);
        assertThat(far.get(far.size() - 1).value()).isEqualTo("2020-04-06");
        List<TimeValue> before = recognizer.recognize(new DocumentText("2016年12月8日，她去请愿。\n4月8日，武汉解封。"), ref);
        assertThat(before.get(before.size() - 1).value()).isEqualTo("2020-04-08");
        List<TimeValue> later = recognizer.recognize(new DocumentText("2016年1月2日，她去请愿。\n9月1日，她被赶走。"), ref);
        assertThat(later.get(later.size() - 1).value()).isEqualTo("2020-09-01");
    }

    @Test
    void aTimeOfDayAloneTakesTheStoryDateOfAnEarlierParagraph() {
        Optional<LocalDate> ref = Optional.of(LocalDate.of(2020, 7, 14));
        List<TimeValue> story = recognizer.recognize(new DocumentText("9月3日，他抵达北京。\n下午，他会见了官员。"), ref);
        assertThat(story.get(1).value()).isEqualTo("2020-09-03TAF");
    }

    @Test
    void aCountAndItsUnitDoNotJoinAcrossALineBreak() {
        Optional<LocalDate> ref = Optional.of(LocalDate.of(2020, 9, 21));
        List<TimeValue> times = recognizer.recognize(new DocumentText("法国7天每日平均新病例破万\n周日，法国新增10,569病例。"), ref);
        assertThat(times).extracting(TimeValue::text).containsExactly("7天", "每日", "周日");
        assertThat(times.get(2).value()).isEqualTo("2020-09-20");
    }

    @Test
    void leavesUnknownPartsAsXWithoutReference() {
        List<TimeValue> times = recognizer.recognize(new DocumentText("2月4日，周五，今天"), Optional.empty());
        assertThat(times).extracting(TimeValue::value).containsExactly("XXXX-02-04", "XXXX-WXX-5", "XXXX-XX-XX");
    }

    @Test
    void aRangeFromADayToAnHourNeedsNoReference() {
        // found by TimeFuzzTest: the range's start has a day but no year without a reference date
        List<TimeValue> times = recognizer.recognize(new DocumentText("25日–4时"), Optional.empty());
        assertThat(times).isNotEmpty().allSatisfy(t -> assertThat(t.value()).isNotBlank());
    }

    @Test
    void aRangeFromAnImpossibleDateToAnHourDoesNotThrow() {
        // found by TimeFuzzTest: a written 2月29日 of a common year (or 2月30日) as a range's start
        assertEveryTimeHasAValue(List.of("2019年2月29日至3时", "1519年2月29日–4时", "2019年2月30日–4时"), LocalDate.of(2019, 5, 1));
    }

    @Test
    void anImpossibleDateAtTwentyFourHundredDoesNotThrow() {
        // found by TimeFuzzTest: 24时 moves to the next day's 0时, which needs a real date to move from
        assertEveryTimeHasAValue(List.of("2021年2月30日24时", "2019年2月29日晚上十二点", "2月31日24时"), LocalDate.of(2021, 5, 1));
    }

    /** Each text, without a reference date and with {@code reference}, gives times, each with a value (and no exception). */
    private void assertEveryTimeHasAValue(List<String> texts, LocalDate reference) {
        for (String text : texts) {
            for (Optional<LocalDate> ref : List.of(Optional.<LocalDate>empty(), Optional.of(reference))) {
                List<TimeValue> times = recognizer.recognize(new DocumentText(text), ref);
                assertThat(times).as(text).isNotEmpty().allSatisfy(t -> assertThat(t.value()).isNotBlank());
            }
        }
    }

    @Test
    void convertsLunarHolidaysWithTheChineseCalendar() {
        HolidayCalendar holidays = HolidayCalendar.load();
        assertThat(holidays.dateIn("春节", 2022)).isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(holidays.dateIn("春节", 2021)).isEqualTo(LocalDate.of(2021, 2, 12));
        assertThat(holidays.dateIn("端午节", 2022)).isEqualTo(LocalDate.of(2022, 6, 3));
        assertThat(holidays.dateIn("中秋节", 2023)).isEqualTo(LocalDate.of(2023, 9, 29));
        assertThat(holidays.dateIn("除夕", 2025)).isEqualTo(LocalDate.of(2025, 1, 28));
        assertThat(holidays.dateIn("元宵节", 2019)).isEqualTo(LocalDate.of(2019, 2, 19));
        assertThat(holidays.dateIn("清明", 2019)).isEqualTo(LocalDate.of(2019, 4, 5));
        assertThat(holidays.dateIn("清明", 2020)).isEqualTo(LocalDate.of(2020, 4, 4));
        assertThat(holidays.dateIn("感恩节", 2022)).isEqualTo(LocalDate.of(2022, 11, 24));
    }

    @Test
    void findsNothingInPlainProse() {
        assertThat(times("两国领导人就一系列地缘政治问题发表了共同看法，这是第一次。")).isEmpty();
    }

    /**
     * A million-char line mixing prose, long runs of numerals and near-miss fragments must be
     * scanned in one pass, not backtracked into: the test only has to finish.
     */
    @Test
    void handlesAMillionCharacterLine() {
        StringBuilder sb = new StringBuilder(1_000_100);
        String[] pieces = {"两国领导人会面，", "一二三四五六七八九十", "1234567890", "年月日周点时每前多", "2022年2月4日"};
        for (int i = 0; sb.length() < 1_000_000; i++) {
            sb.append(pieces[i % pieces.length]);
            if (i % 1000 == 0) {
                sb.append("9".repeat(5000)).append("十".repeat(5000));
            }
        }
        List<TimeValue> times = times(sb.toString());
        assertThat(times).isNotEmpty();
        assertThat(times).extracting(TimeValue::value).contains("2022-02-04");
    }
}
