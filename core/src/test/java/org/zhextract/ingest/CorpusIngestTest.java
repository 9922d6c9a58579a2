package org.zhextract.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zhextract.TestFiles;

/**
 * Every page of the shared news corpus (four layouts, nine outlets) reads cleanly: no exception,
 * a title and non-empty text, no markup, link syntax, entities, image credits, mirror links,
 * navigation rows or bare URLs in the text, and a publication date for at least 98% of files.
 *
 * <p>By default a fixed sample (every 5th file of each folder, over 2,000 files) runs; with
 * {@code -Dzhextract.corpus=full} all of them do:
 * {@code mvn -o -B verify -pl core -Dtest=CorpusIngestTest -Dzhextract.corpus=full}.
 */
class CorpusIngestTest {

    private static final int SAMPLE_EVERY = 5;
    private static final List<String> FORBIDDEN = List.of("](http", "<div", "<p", "&nbsp;", "图像来源", "原文链接");
    private static final Pattern BARE_URL = Pattern.compile("https?://|\\bwww\\.[a-z0-9-]+\\.[a-z]", Pattern.CASE_INSENSITIVE);
    /** A 翻墙 link row or promo line; an article (or a title) about circumvention tools is fine. */
    private static final Pattern CIRCUMVENTION_ROW = Pattern.compile(
            "^(?=.*翻墙).*[|｜].*$|^(?=.*(一键翻墙|翻墙软件|翻墙教程|翻墙必看|需翻墙)).{0,24}$", Pattern.MULTILINE);

    private final Ingester ingester = new Ingester();

    @Test
    void everyCorpusPageReadsCleanly() throws IOException {
        boolean full = "full".equals(System.getProperty("zhextract.corpus"));
        List<Path> files = TestFiles.corpusFiles(full ? 1 : SAMPLE_EVERY);
        assertThat(files).as("corpus files read").hasSizeGreaterThanOrEqualTo(full ? 10_000 : 2_000);

        List<String> problems = new ArrayList<>();
        List<String> undated = new ArrayList<>();
        List<String> titleOnly = new ArrayList<>();
        Map<String, Integer> perFolder = new TreeMap<>();
        int fromCrawlStamp = 0;
        long start = System.nanoTime();
        Path corpus = TestFiles.shared("corpus");
        for (Path file : files) {
            String name = corpus.relativize(file).toString();
            perFolder.merge(name.substring(0, name.indexOf('/')), 1, Integer::sum);
            IngestedDocument doc;
            try {
                doc = ingester.read(Files.readAllBytes(file), file.toString());
            } catch (RuntimeException e) {
                problems.add(name + ": " + e);
                continue;
            }
            String text = doc.text();
            if (text.isBlank()) {
                problems.add(name + ": no text");
            }
            if (!text.contains("\n")) {
                titleOnly.add(name);
            }
            if (doc.article().title().isEmpty()) {
                problems.add(name + ": no title");
            }
            for (String bad : FORBIDDEN) {
                if (text.contains(bad)) {
                    problems.add(name + ": contains " + bad);
                }
            }
            if (BARE_URL.matcher(text).find()) {
                problems.add(name + ": contains a bare URL");
            }
            if (CIRCUMVENTION_ROW.matcher(text.substring(text.indexOf('\n') + 1)).find()) {
                problems.add(name + ": contains a 翻墙 navigation row");
            }
            if (doc.article().published().isEmpty()) {
                undated.add(name);
            }
            if (doc.warnings().contains("publication date taken from the crawl stamp")) {
                fromCrawlStamp++;
            }
        }
        double dated = 100.0 * (files.size() - undated.size()) / files.size();
        System.out.printf("corpus ingest (%s): %d files %s in %.1f s; publication date for %.2f%% (%d from the crawl stamp only); %d without:%n",
                full ? "full" : "sample", files.size(), perFolder, (System.nanoTime() - start) / 1e9, dated,
                fromCrawlStamp, undated.size());
        undated.forEach(f -> System.out.println("  no date: " + f));
        System.out.printf("%d pages have a title but no body text (image-only pages):%n", titleOnly.size());
        titleOnly.forEach(f -> System.out.println("  title only: " + f));

        assertThat(problems).as("problems").isEmpty();
        assertThat(dated).as("share of files with a publication date").isGreaterThanOrEqualTo(98.0);
        assertThat(perFolder).as("folders sampled").hasSize(4);
    }
}
