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
