package org.zhextract.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.zhextract.model.Article;
import org.zhextract.model.Source;

/**
 * Reads one input (HTML, Markdown with HTML inside, or plain text, in any of the charsets
 * {@link Charsets} knows) into clean article text and metadata. The text is the title on the
 * first line, then the body, one paragraph per line.
 *
 * <p>Stateless and thread-safe.
 */
public final class Ingester {

    private static final Pattern LINK_LINE = Pattern.compile("^\\s*\\[([^\\]\\n]+)\\]\\((https?://[^)\\s]+)\\)\\s*$");
    private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]\\n]*)\\]\\(([^)\\s]*)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern RULE = Pattern.compile("^\\s*([-=*_]\\s*){3,}$");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'）)】\\]]+");
    private static final Pattern ORIGINAL_LINK = Pattern.compile("原文链接[^：:]*[：:]\\s*(https?://\\S+)");
    private static final Pattern CREDIT = Pattern.compile(
            "^(图像来源|图片来源|图片版权|图像版权|图片提供|Image source|Getty Images)[，,:：\\s].*|^(图像来源|图片来源|图片版权)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAV_ROW = Pattern.compile("\\[[^\\]\\n]{1,20}\\]\\([^)\\s]*\\)");

    public IngestedDocument read(byte[] bytes, String name) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(name, "name");
        Charsets.Decoded decoded = Charsets.decode(bytes);
        List<String> warnings = new ArrayList<>(decoded.warnings());
        String raw = decoded.text();
        Format format = Format.detect(name, raw);
        Parsed parsed = switch (format) {
            case HTML -> readHtml(raw);
            case MARKDOWN -> readMarkdown(raw);
            case TEXT -> readText(raw);
        };
        List<String> body = new ArrayList<>();
        for (String line : parsed.lines()) {
            String clean = cleanLine(line);
            if (!clean.isEmpty() && !CREDIT.matcher(clean).matches()) {
                body.add(clean);
            }
        }
        Optional<String> title = parsed.title().map(Ingester::cleanLine).filter(t -> !t.isEmpty());
        if (title.isEmpty() && !body.isEmpty()) {
            title = Optional.of(body.get(0));
            body.remove(0);
        } else if (title.isPresent() && !body.isEmpty() && body.get(0).equals(title.get())) {
            body.remove(0);
        }
        Optional<String> url = parsed.url();
        Optional<String> published = parsed.published().or(() -> firstDateIn(body));
        if (published.isEmpty()) {
            published = Metadata.crawlDate(raw);
            if (published.isPresent()) {
                warnings.add("publication date taken from the crawl stamp");
            }
        }
        StringBuilder text = new StringBuilder();
        title.ifPresent(text::append);
        for (String line : body) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(line);
        }
        if (text.length() == 0) {
            warnings.add("no text found");
        }
        Article article = new Article(title, url, Metadata.publisherOf(url), published,
                Metadata.authors(body), Metadata.editor(body));
        Source source = new Source(Optional.of(name), format.code(), decoded.charset().name(), sha256(bytes));
        return new IngestedDocument(source, article, text.toString(), warnings);
    }

    /** Plain text as given: no title guessing beyond the first line. */
    public IngestedDocument readText(String text, String name) {
        return read(text.getBytes(StandardCharsets.UTF_8), name);
    }

    private record Parsed(Optional<String> title, Optional<String> url, Optional<String> published,
                          List<String> lines) {
    }

    private static Parsed readHtml(String raw) {
        Document doc = Jsoup.parse(raw);
        Optional<String> title = firstNonBlank(
                doc.selectFirst("meta[property=og:title]") == null ? null : doc.selectFirst("meta[property=og:title]").attr("content"),
                doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text(),
                doc.title());
        Optional<String> url = firstNonBlank(
                attr(doc, "link[rel=canonical]", "href"), attr(doc, "meta[property=og:url]", "content"));
        Optional<String> published = publishedFromTags(doc);
        List<String> lines = new ArrayList<>(List.of(HtmlText.of(doc.body()).split(String.valueOf(HtmlText.BLOCK_BREAK))));
        return new Parsed(title, url.or(() -> originalLink(lines)), published, lines);
    }

    private static Parsed readMarkdown(String raw) {
        Optional<String> title = Optional.empty();
        Optional<String> url = Optional.empty();
        StringBuilder html = new StringBuilder();
        for (String line : raw.split("\\R", -1)) {
            if (title.isEmpty()) {
                Matcher link = LINK_LINE.matcher(line);
                Matcher heading = HEADING.matcher(line);
                if (link.matches()) {
                    title = Optional.of(link.group(1));
                    url = Optional.of(link.group(2));
                    continue;
                }
                if (heading.matches() && !heading.group(1).isBlank()) {
                    title = Optional.of(MD_LINK.matcher(heading.group(1)).replaceAll("$1"));
                    continue;
                }
            }
            if (RULE.matcher(line).matches() || isNavigationRow(line)) {
                html.append("\n<br>\n");
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            String content = heading.matches() ? heading.group(1) : line;
            content = MD_LINK.matcher(content).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            if (line.isBlank()) {
                html.append("\n<br>\n");
            } else {
                html.append(heading.matches() ? "<p>" + content + "</p>" : content).append('\n');
            }
        }
        Document doc = Jsoup.parseBodyFragment(html.toString());
        Optional<String> published = publishedFromTags(doc);
        List<String> lines = new ArrayList<>(List.of(HtmlText.of(doc.body()).split(String.valueOf(HtmlText.BLOCK_BREAK))));
        return new Parsed(title, url.or(() -> originalLink(lines)), published, lines);
    }

    private static Parsed readText(String raw) {
        List<String> lines = new ArrayList<>(List.of(raw.split("\\R")));
        return new Parsed(Optional.empty(), originalLink(lines), Optional.empty(), lines);
    }

    private static boolean isNavigationRow(String line) {
        Matcher m = NAV_ROW.matcher(line);
        int links = 0;
        while (m.find()) {
            links++;
        }
        if (links < 2) {
            return false;
        }
        String rest = NAV_ROW.matcher(line).replaceAll("").replaceAll("[\\s|·•/&nbsp;#>-]", "");
        return rest.length() <= 4;
    }

    private static Optional<String> publishedFromTags(Document doc) {
        for (Element time : doc.select("time[datetime]")) {
            String value = time.attr("datetime").strip();
            if (value.length() >= 10) {
                Optional<String> date = Metadata.firstDate(value.substring(0, 10));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.ofNullable(attr(doc, "meta[property=article:published_time]", "content"))
                .flatMap(v -> Metadata.firstDate(v.length() >= 10 ? v.substring(0, 10) : v));
    }

    private static Optional<String> firstDateIn(List<String> lines) {
        for (String line : lines.subList(0, Math.min(lines.size(), 3))) {
            Optional<String> date = Metadata.firstDate(line);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> originalLink(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher m = ORIGINAL_LINK.matcher(lines.get(i));
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    private static String cleanLine(String line) {
        if (line.contains("原文链接")) {
            return "";
        }
        String noUrls = URL.matcher(line).replaceAll("");
        return Whitespace.collapse(noUrls);
    }

    private static String attr(Document doc, String css, String attribute) {
        Element e = doc.selectFirst(css);
        return e == null ? null : e.attr(attribute);
    }

    private static Optional<String> firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return Optional.of(v.strip());
            }
        }
        return Optional.empty();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
