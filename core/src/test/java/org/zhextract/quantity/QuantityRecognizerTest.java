package org.zhextract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.zhextract.model.Approx;
import org.zhextract.model.Quantity;
import org.zhextract.text.DocumentText;

class QuantityRecognizerTest {

    private static final QuantityRecognizer RECOGNIZER = new QuantityRecognizer();

    /**
     * testdata/cases/quantities.tsv: a sentence and its first quantity (type, text, value, unit,
     * approx, per, classifier, min, max; "-" for none), or type NONE when the sentence holds no
     * quantity at all.
     */
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(files = "../testdata/cases/quantities.tsv", delimiter = '\t', numLinesToSkip = 1,
            nullValues = "-", maxCharsPerColumn = 2000)
    void recognizesTableExpression(String sentence, String type, String text, String value, String unit,
                                   String approx, String per, String classifier, String min, String max) {
        List<Quantity> found = RECOGNIZER.recognize(sentence);
        if (type.equals("NONE")) {
            assertThat(found).as("quantities in %s", sentence).isEmpty();
            return;
        }
        assertThat(found).as("quantities in %s", sentence).isNotEmpty();
        Quantity q = found.get(0);
        assertThat(q.type().name()).as("type").isEqualTo(type);
        assertThat(q.text()).as("text").isEqualTo(text);
        assertThat(q.unit()).as("unit").isEqualTo(unit);
        assertThat(q.approx().map(Approx::code)).as("approx").isEqualTo(Optional.ofNullable(approx));
        assertThat(q.per()).as("per").isEqualTo(Optional.ofNullable(per));
        assertThat(q.classifier()).as("classifier").isEqualTo(Optional.ofNullable(classifier));
        assertNumber("value", q.value(), value);
        assertNumber("min", q.min(), min);
        assertNumber("max", q.max(), max);
    }

    private static void assertNumber(String field, Optional<Double> actual, String expected) {
        if (expected == null) {
            assertThat(actual).as(field).isEmpty();
            return;
        }
        double want = Double.parseDouble(expected);
        assertThat(actual).as(field).isPresent();
        assertThat(actual.get()).as(field).isCloseTo(want, within(Math.max(Math.abs(want), 1.0) * 1e-9));
    }

    @Test
    void aCurrencyGlossedForWhatFollowsHoldsForLaterYuan() {
        // （新台币，以下同）: 元 amounts after the gloss are in that currency, those before it are not
        List<Quantity> found = RECOGNIZER.recognize("去年预算为80亿元。该计划耗费成本约312亿元（新台币，以下同），其中设备费用为50亿元。");
        assertThat(found).extracting(Quantity::text).containsExactly("80亿元", "约312亿元", "50亿元");
        assertThat(found).extracting(Quantity::unit).containsExactly("CNY", "TWD", "TWD");
        List<Quantity> yuan = RECOGNIZER.recognize("外资净卖出350亿元（人民币，下同），内资买入120亿元，另有3亿美元流出。");
        assertThat(yuan).extracting(Quantity::unit).containsExactly("CNY", "CNY", "USD");
    }

    @Test
    void aBareAmountInWanAtAClauseEndTakesTheCurrencyOfTheAmountBeforeIt() {
        // 8.7万亿美元，减到了现在的6万亿: the second amount leaves out the currency the first one wrote
        List<Quantity> found = RECOGNIZER.recognize("A股总市值从去年底的8.7万亿美元，减到了现在的6万亿。法国人均净资产为26500欧元，比德国人多出近1万。");
        assertThat(found).extracting(Quantity::text).containsExactly("8.7万亿美元", "6万亿", "26500欧元", "近1万");
        assertThat(found).extracting(Quantity::unit).containsExactly("USD", "USD", "EUR", "EUR");
        // a count before it (人数1315万) or no amount at all leaves a count; a money word with no currency, no quantity
        assertThat(RECOGNIZER.recognize("平均就业人数1315万，对比去年同期的1381万。")).extracting(Quantity::unit)
                .containsExactly("count", "count");
        assertThat(RECOGNIZER.recognize("国企利润935亿，较去年同期的816亿。")).isEmpty();
    }

    @Test
    void aBareAmountAfterAPeopleOrCountNounIsACountThoughMoneyCameBefore() {
        // 营收3000亿美元，员工超过20万: the noun between the two amounts says what the second one counts
        assertThat(RECOGNIZER.recognize("这家公司去年营收3000亿美元，员工超过20万。")).extracting(Quantity::unit)
                .containsExactly("USD", "count");
        assertThat(RECOGNIZER.recognize("港府派发1万港元，受惠市民达700万。")).extracting(Quantity::unit)
                .containsExactly("HKD", "count");
        assertThat(RECOGNIZER.recognize("总投资50亿元，可创造就业岗位2万。")).extracting(Quantity::unit)
                .containsExactly("CNY", "count");
        assertThat(RECOGNIZER.recognize("如果美国对2000亿美元中国商品加征关税，大陆的失业人数将有70万。"))
                .extracting(Quantity::unit).containsExactly("USD", "count");
        // the noun of a comparison is no count noun: 比德国人多出近1万 stays in euros (above); nor is 人民 of 人民币, nor a
        // people noun before a money word (员工工资总额500万 is money)
        assertThat(RECOGNIZER.recognize("利润总额1651亿人民币，较去年同期的1881亿。")).extracting(Quantity::unit)
                .containsExactly("CNY", "CNY");
        assertThat(RECOGNIZER.recognize("公司去年利润3000亿美元，员工工资总额500万。")).extracting(Quantity::unit)
                .containsExactly("USD", "USD");
    }

    @Test
    void aBareAmountWithNothingCountedInReachIsNoCount() {
        // 一套房子要300万，他拿出了100万: no people or count noun says what is counted, so no count of nothing
        assertThat(RECOGNIZER.recognize("一套房子要300万，他拿出了100万。")).isEmpty();
        assertThat(RECOGNIZER.recognize("股市一天蒸发3000亿。")).isEmpty();
        // a noun in the sentence before, in the paragraph, still counts (投票人数…！起先以为两日都未必够17万，)
        assertThat(RECOGNIZER.recognize("投票人数超过23万人！起先以为两日都未必够17万，而现在一日已经爆满。"))
                .extracting(Quantity::text).containsExactly("超过23万人", "17万");
        // the amount before it with a measure word says it is a count (970多万个——增长了10万多)
        assertThat(RECOGNIZER.recognize("封禁账号970多万个，相较13天前增长了10万多。")).extracting(Quantity::unit)
                .containsExactly("count", "count");
    }

    @Test
    void aCurrencyAfterAnAmountIsNotTheCurrencyOfTheConvertedAmount() {
        // 3万港币约合2.7万元: 港币 closes the amount before it; the 元 after 约合 is the converted sum in yuan
        List<Quantity> found = RECOGNIZER.recognize("他月薪3万港币约合2.7万元。该车售价50万新台币约合11万元。");
        assertThat(found).extracting(Quantity::text).containsExactly("3万港币", "约合2.7万元", "50万新台币", "约合11万元");
        assertThat(found).extracting(Quantity::unit).containsExactly("HKD", "CNY", "TWD", "CNY");
        assertThat(RECOGNIZER.recognize("香港政府拨款港币约3万元。")).extracting(Quantity::unit).containsExactly("HKD");
    }

    @Test
    void aListNumberBeforeANumberIsNoDecimalPoint() {
        String text = "5.江苏男孩跳楼身亡\n9月3日是开学的日子。\n6.21岁女子峨眉山跳崖\n7.3.5%的人受影响";
        List<Quantity> found = RECOGNIZER.recognize(text);
        assertThat(found).extracting(Quantity::text).containsExactly("21岁", "3.5%");
        assertThat(found.get(0).value()).contains(21.0);
        assertThat(RECOGNIZER.recognize("6.21岁女子峨眉山跳崖")).extracting(Quantity::text).containsExactly("6.21岁");
    }

    @Test
    void numbersQuantitiesInTextOrderWithCodePointOffsets() {
        String text = "𠮷每年480亿立方米，10多份合同";
        List<Quantity> found = RECOGNIZER.recognize(new DocumentText(text));
        assertThat(found).extracting(Quantity::id).containsExactly("Q1", "Q2");
        Quantity first = found.get(0);
        assertThat(first.start()).isEqualTo(3);
        assertThat(first.end()).isEqualTo(10);
        assertThat(text.codePoints().skip(first.start()).limit(first.end() - first.start())
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                .isEqualTo("480亿立方米");
    }

    /** Speed is measured in benchmarks; the timeout only guards against a runaway (backtracking) scan. */
    @Test
    @org.junit.jupiter.api.Timeout(120)
    void handlesLongInputInOnePass() {
        String text = "俄罗斯每年向中国出口480亿立方米天然气，约占10%。".repeat(5_000);
        List<Quantity> found = RECOGNIZER.recognize(text);
        assertThat(found).hasSize(10_000);
        assertThat(found.get(9_999).text()).isEqualTo("10%");
    }
}
