package org.zhextract.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhextract.TestFiles;

/** The same document in every supported encoding reads to the same text. */
class EncodingTest {

    private static final Ingester INGESTER = new Ingester();
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static Stream<Arguments> seedsAndEncodings() {
        return Stream.of("000_bf65dbdb9e137cd9", "002_bc2f8cbaeac80638").flatMap(seed -> Stream.of(
                Arguments.of(seed, "GBK", "GB18030"),
                Arguments.of(seed, "GB18030", "GB18030"),
                Arguments.of(seed, "UTF-16", "UTF-16BE"),
                Arguments.of(seed, "UTF-16LE+BOM", "UTF-16LE"),
                Arguments.of(seed, "UTF-8+BOM", "UTF-8")));
    }

    /**
     * GBK may lack a few characters of the seeds (such as the U+2027 interpunct of 内德‧普赖斯);
     * for GBK both sides use the seed without them, so the comparison covers every other
     * character. The other encodings cover the whole seed.
     */
    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("seedsAndEncodings")
    void seedReadsTheSameInEveryEncoding(String seed, String encoding, String detected) throws Exception {
        String original = Files.readString(TestFiles.seed(seed), StandardCharsets.UTF_8);
        String encodable = encodableSubset(original, charsetOf(encoding));
        IngestedDocument expected = INGESTER.read(encodable.getBytes(StandardCharsets.UTF_8), "seed.txt");

        IngestedDocument actual = INGESTER.read(encode(encodable, encoding), "seed.txt");

        assertThat(actual.source().charset()).isEqualTo(detected);
        assertThat(actual.text()).isEqualTo(expected.text());
        assertThat(actual.article()).isEqualTo(expected.article());
        assertThat(actual.warnings()).isEmpty();
        if (!encoding.equals("GBK")) {
            assertThat(encodable).isEqualTo(original);
        }
    }

    /**
     * Big5 cannot encode the simplified characters, so the comparison runs on the seed with
     * every character Big5 lacks removed: what remains (的, 在, 普京, 北京, digits, Latin…) must
     * still be recognised as Big5 rather than misread as GB18030.
     */
    @ParameterizedTest
    @ValueSource(strings = {"000_bf65dbdb9e137cd9", "002_bc2f8cbaeac80638"})
    void big5EncodableSubsetOfTheSeedReadsTheSame(String seed) throws Exception {
        String original = Files.readString(TestFiles.seed(seed), StandardCharsets.UTF_8);
        String encodable = encodableSubset(original, Charset.forName("Big5"));
        IngestedDocument expected = INGESTER.read(encodable.getBytes(StandardCharsets.UTF_8), "seed.txt");

        IngestedDocument actual = INGESTER.read(encodable.getBytes(Charset.forName("Big5")), "seed.txt");

        assertThat(actual.source().charset()).isEqualTo("Big5");
        assertThat(actual.text()).isEqualTo(expected.text()).hasSizeGreaterThan(500);
    }

    @Test
    void traditionalChineseInBig5IsNotMistakenForGb18030() {
        String text = "德國之聲中文網報導，聯合國秘書長週三表示，國際社會應該團結應對氣候變遷帶來的挑戰。\n"
                + "他說，這是我們這一代人最重要的責任，各國政府必須立即採取行動，減少溫室氣體排放。";

        IngestedDocument doc = INGESTER.read(text.getBytes(Charset.forName("Big5")), "news.txt");

        assertThat(doc.source().charset()).isEqualTo("Big5");
        assertThat(doc.text()).isEqualTo(text);
    }

    @Test
    void simplifiedChineseInGbkIsNotMistakenForBig5() {
        String text = "国务院新闻办公室周三举行发布会，介绍经济运行情况。\n发言人说，今年以来国民经济总体保持恢复态势。";

        IngestedDocument doc = INGESTER.read(text.getBytes(Charset.forName("GBK")), "news.txt");

        assertThat(doc.source().charset()).isEqualTo("GB18030");
        assertThat(doc.text()).isEqualTo(text);
    }

    @Test
    void declaredMetaCharsetIsHonoured() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "<title>标题</title></head><body><h1>经济新闻</h1><p>国务院新闻办公室周三举行发布会。</p></body></html>";

        IngestedDocument doc = INGESTER.read(html.getBytes(Charset.forName("GBK")), "page.html");

        assertThat(doc.source().charset()).isEqualTo("GB18030");
        assertThat(doc.text()).isEqualTo("经济新闻\n国务院新闻办公室周三举行发布会。");
    }

    @Test
    void pageResavedAsUtf8WithItsOldGb2312DeclarationReadsAsUtf8() {
        String html = "<html><head><meta charset=\"gb2312\"><title>标题</title></head>"
                + "<body><h1>经济新闻</h1><p>国务院新闻办公室周三举行发布会。</p></body></html>";

        IngestedDocument doc = INGESTER.read(html.getBytes(StandardCharsets.UTF_8), "page.html");

        assertThat(doc.source().charset()).isEqualTo("UTF-8");
        assertThat(doc.text()).isEqualTo("经济新闻\n国务院新闻办公室周三举行发布会。");
    }

    @Test
    void invalidBytesAreReplacedWithAWarning() {
        byte[] good = "标题\n普京抵达北京，与习近平举行会谈。双方签署多项协议。".getBytes(StandardCharsets.UTF_8);
        byte[] damaged = good.clone();
        damaged[10] = (byte) 0xFF;

        IngestedDocument doc = INGESTER.read(damaged, "news.txt");

        assertThat(doc.source().charset()).isEqualTo("UTF-8");
        assertThat(doc.text()).contains("\uFFFD").contains("双方签署多项协议");
        assertThat(doc.warnings()).anyMatch(w -> w.contains("replaced with U+FFFD"));
    }

    private static Charset charsetOf(String encoding) {
        return switch (encoding) {
            case "UTF-16", "UTF-16LE+BOM" -> StandardCharsets.UTF_16;
            case "UTF-8+BOM" -> StandardCharsets.UTF_8;
            default -> Charset.forName(encoding);
        };
    }

    /** Java's encoders: UTF-16 writes a big-endian BOM itself; the others get one prepended. */
    private static byte[] encode(String text, String encoding) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (encoding) {
            case "UTF-16LE+BOM" -> {
                out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
                out.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
            }
            case "UTF-8+BOM" -> {
                out.writeBytes(UTF8_BOM);
                out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            }
            default -> out.writeBytes(text.getBytes(Charset.forName(encoding)));
        }
        return out.toByteArray();
    }

    private static String encodableSubset(String text, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String s = new String(Character.toChars(cp));
            if (encoder.canEncode(s)) {
                out.append(s);
            }
        });
        return out.toString();
    }
}
