package org.zhextract.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhextract.TestFiles;
import org.zhextract.Extraction;
import org.zhextract.Extractor;
import org.zhextract.SharedExtractor;

/**
 * Inputs that are not news pages yield an extraction with warnings, or a clear per-file error,
 * in bounded time and memory, through the {@link Extractor} facade.
 */
class BadInputTest {

    /**
     * Generous: the point is that time does not grow faster than the input. A million characters
     * take about 5 s on a quiet core; a quadratic scan over them would take hours. Measured in the
     * test thread's CPU time, which other jobs on a loaded build machine do not stretch as they do
     * wall-clock time (one run at a load average of 15 took over 90 s of wall clock).
     */
    private static final Duration BOUNDED = Duration.ofSeconds(90);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n',
            0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};

    private final Extractor extractor = SharedExtractor.get();

    @Test
    void pngImageIsAClearPerFileError() {
        assertThatThrownBy(() -> extractor.extract(PNG_START, "photos/cover.png"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("photos/cover.png").hasMessageContaining("PNG image");
    }

    @Test
    void pngRenamedToHtmlIsStillRecognised() {
        assertThatThrownBy(() -> extractor.extract(PNG_START, "article.html"))
                .isInstanceOf(UnreadableDocumentException.class);
    }

    @Test
    void emptyFileYieldsAnEmptyExtractionWithAWarning() {
        Extraction x = extractor.extract(new byte[0], "empty.html");

        assertThat(x.text()).isEmpty();
        assertThat(x.entities()).isEmpty();
        assertThat(x.warnings()).contains("no article body found");
    }

    @Test
    void whitespaceOnlyFileYieldsAnEmptyExtractionWithAWarning() {
        byte[] blank = " \n\t\r\n\u3000  \n".getBytes(StandardCharsets.UTF_8);

        Extraction x = extractor.extract(blank, "blank.txt");

        assertThat(x.text()).isEmpty();
        assertThat(x.warnings()).contains("no article body found");
    }

    /**
     * The 50 MB page is cut to the configured maximum before charset detection and parsing, so the
     * expensive stages see a bounded text. The limit here is 16 KB to keep the test fast; the
     * default (20 MB) works the same way.
     */
    @Test
    void fiftyMegabyteHtmlIsTruncatedBeforeParsing() {
        byte[] huge = hugeHtml(50 * 1024 * 1024);
        Extractor limited = Extractor.builder().maxInputBytes(16 * 1024).build();

        long start = THREADS.getCurrentThreadCpuTime();
        Extraction x = limited.extract(huge, "huge.html");
        Duration took = Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - start);

        assertThat(took).isLessThan(BOUNDED);
        assertThat(x.warnings()).anyMatch(w -> w.startsWith("input truncated: read the first 16384 of 52428800 bytes"));
        assertThat(x.article().title()).contains("超大页面");
        assertThat(x.text()).startsWith("超大页面\n俄罗斯总统普京抵达北京").hasSizeLessThan(16 * 1024);
    }

    /**
     * A file on disk is streamed: only the first {@code maxInputBytes} are ever held, the hash
     * still covers the whole file, and the warning names its full size.
     */
    @Test
    void aLargeFileIsStreamedAndOnlyItsPrefixKept(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp)
            throws Exception {
        byte[] huge = hugeHtml(3 * 1024 * 1024);
        java.nio.file.Path file = java.nio.file.Files.write(temp.resolve("huge.html"), huge);
        Extractor limited = Extractor.builder().maxInputBytes(16 * 1024).build();

        Extraction fromFile = limited.extract(file);
        Extraction fromBytes = limited.extract(huge, file.toString());

        assertThat(fromFile.warnings())
                .anyMatch(w -> w.startsWith("input truncated: read the first 16384 of " + huge.length + " bytes"));
        assertThat(fromFile).isEqualTo(fromBytes);
        assertThat(fromFile.source().sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(huge)));
    }

    @Test
    void htmlNestedTenThousandLevelsDeepIsReadInBoundedTime() {
        int depth = 10_000;
        StringBuilder html = new StringBuilder("<html><body><h1>嵌套页面</h1>");
        html.append("<div>".repeat(depth)).append("<p>普京抵达北京，与习近平举行会谈。</p>").append("</div>".repeat(depth));
        html.append("</body></html>");

        long start = THREADS.getCurrentThreadCpuTime();
        Extraction x = extractor.extract(html.toString().getBytes(StandardCharsets.UTF_8), "deep.html");
        Duration took = Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - start);

        assertThat(took).isLessThan(BOUNDED);
        assertThat(x.text()).isEqualTo("嵌套页面\n普京抵达北京，与习近平举行会谈。");
    }

    /**
     * A page on one line of a million characters: the article text of the seeds repeated, once
     * with its punctuation (sentences split as usual) and once with no sentence break at all.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    @Timeout(value = 600, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)   // a runaway fails, never hangs
    void aLineOfOneMillionCharactersIsExtractedInBoundedTime(boolean punctuated) throws Exception {
        String prose = Files.readString(TestFiles.testdata("expected/002_bc2f8cbaeac80638.text.txt"))
                .replace("\n", "");
        if (!punctuated) {
            prose = prose.replaceAll("[\\p{P}\\s]", "");
        }
        StringBuilder line = new StringBuilder(1_000_000);
        while (line.length() < 1_000_000) {
            line.append(prose);
        }
        line.setLength(1_000_000);
        String page = "<html><head><title>一行</title></head><body><p>" + line + "</p></body></html>";

        long start = THREADS.getCurrentThreadCpuTime();
        Extraction x = extractor.extract(page.getBytes(StandardCharsets.UTF_8), "one-line.html");
        Duration took = Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - start);

        assertThat(took).isLessThan(BOUNDED);
        assertThat(x.text()).startsWith("一行\n").hasSizeGreaterThan(900_000);
        assertThat(x.entities()).isNotEmpty();
    }

    @Test
    @Timeout(value = 600, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)   // a runaway fails, never hangs
    void oneHundredThousandTinyParagraphsAreExtractedInBoundedTime() {
        StringBuilder html = new StringBuilder("<html><body><h1>很多段落</h1>");
        for (int i = 0; i < 100_000; i++) {
            html.append("<p>第").append(i % 10).append("段。</p>\n");
        }
        html.append("</body></html>");

        long start = THREADS.getCurrentThreadCpuTime();
        Extraction x = extractor.extract(html.toString().getBytes(StandardCharsets.UTF_8), "many.html");
        Duration took = Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - start);

        assertThat(took).isLessThan(BOUNDED);
        assertThat(x.text().lines().count()).isGreaterThan(90_000);
        assertThat(x.sentences()).hasSizeGreaterThan(90_000);
    }

    /** Nesting 10,000 deep in the shapes a generator gets wrong: unclosed inline tags, tables, lists, quotes. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "deep-inline.html | <b><i>        | ''",
        "deep-table.html  | <table><tr><td> | </td></tr></table>",
        "deep-list.html   | <ul><li>       | </li></ul>",
        "deep-quote.html  | <blockquote>   | </blockquote>",
        "deep-quote.md    | '> '           | ''"})
    @Timeout(value = 600, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)   // a runaway fails, never hangs
    void otherShapesOfTenThousandDeepNestingAreReadInBoundedTime(String name, String open, String close) {
        String page = (name.endsWith(".md") ? "# 嵌套\n" : "<html><body><h1>嵌套</h1>")
                + open.repeat(10_000) + "普京抵达北京，与习近平举行会谈。" + close.repeat(10_000);

        long start = THREADS.getCurrentThreadCpuTime();
        Extraction x = extractor.extract(page.getBytes(StandardCharsets.UTF_8), name);
        Duration took = Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - start);

        assertThat(took).isLessThan(BOUNDED);
        assertThat(x.text()).contains("普京抵达北京，与习近平举行会谈。");
    }

    private static byte[] hugeHtml(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) ' ');
        byte[] head = "<html><head><title>超大页面</title></head><body><h1>超大页面</h1>".getBytes(StandardCharsets.UTF_8);
        byte[] paragraph = "<p>俄罗斯总统普京抵达北京，与中国国家主席习近平举行会谈，双方签署了多项合作协议。</p>\n"
                .getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, bytes, 0, head.length);
        for (int at = head.length; at + paragraph.length <= size; at += paragraph.length) {
            System.arraycopy(paragraph, 0, bytes, at, paragraph.length);
        }
        return bytes;
    }
}
