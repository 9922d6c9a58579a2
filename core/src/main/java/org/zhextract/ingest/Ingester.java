package org.zhextract.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.zhextract.model.Article;
import org.zhextract.model.Source;
import org.zhextract.text.ResourceLines;

/**
 * Reads one input (HTML, Markdown with HTML inside, or plain text, in UTF-8, UTF-16, GB18030/GBK
 * or Big5) into clean article text and metadata. The text is the title on the first line, then
 * the body paragraphs and image captions in reading order, one per line, without navigation,
 * link rows, image credits, share and subscription prompts, footers and raw URLs.
 *
 * <pre>{@code
 * IngestedDocument doc = new Ingester().read(Files.readAllBytes(path), path.toString());
 * doc.article().published();   // Optional[2022-02-04]
 * doc.text();                  // "冬奥会开幕前 习近平与普京会面\n习近平与普京会面资料照。\n【大纪元…"
 * }</pre>
 *
 * <p>Building one loads its tables (common characters, boilerplate rules, publishers) once.
 * Immutable and thread-safe.
 */
public final class Ingester {

    /** Inputs longer than this are cut, with a warning, before any parsing. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 20L * 1024 * 1024;

    private static final PrefilteredPattern URL = PrefilteredPattern.compile(
            "(?:https?:\\\\?/+|(?<![\\w@.])www\\.)[A-Za-z0-9\\-._~:/?#@!$&'*+,;=%\\\\]+");
    /** A link written without its scheme but with a path: pic.twitter.com/uhLIck, facebook.com/djy.news. */
    private static final PrefilteredPattern SCHEMELESS_URL = PrefilteredPattern.compile(
            "(?<![\\w@.])(?:[a-z0-9-]+\\.)+(?:com|net|org|tv|news|cn|hk|tw|io|me|info|co|ly|be)/[A-Za-z0-9\\-._~/?#=&%+]*",
            Pattern.CASE_INSENSITIVE);
    /** Markup that a page shows as text (an escaped embed): never article prose. */
    private static final PrefilteredPattern LEAKED_MARKUP = PrefilteredPattern.compile(
            "</?(?:p|div|a|span|br|img|iframe|script|table|td|tr|li|ul)(?:\\s[^>]*)?/?>", Pattern.CASE_INSENSITIVE);
    private static final PrefilteredPattern ORIGINAL_LINK = PrefilteredPattern.compile(
            "(?:原文链接|原文地址|原文网址)[^：:\\n]{0,12}[：:]\\s*(https?://[A-Za-z0-9\\-._~:/?#@!$&'*+,;=%]+)");
    private static final PrefilteredPattern EMPTY_BRACKETS = PrefilteredPattern.compile("[（(【\\[]\\s*[)）】\\]]");
    private static final Pattern FULL_DATELINE = Pattern.compile(
            "^.{0,14}?\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(?:讯|电|专电)|^[【（(〔].{0,14}?\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");
    /** A Markdown image's or an {@code <img>}'s source URL. */
    private static final Pattern IMAGE_SOURCE = Pattern.compile(
            "!\\[[^\\]\\n]*\\]\\((https?://[^)\\s]+)|<img\\s[^>]*?src\\s*=\\s*[\"']?(https?://[^\"'\\s>]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_PLACEHOLDER = Pattern.compile("填入标题|无标题|untitled", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_NUMBER_PREFIX = Pattern.compile("^\\d+_\\s*");
    private static final int HEAD_LINES = 8;
    /** How many last lines of the body may be closing credits (责任编辑：…, 记者：… 责编：… 网编：…). */
    private static final int CREDIT_LINES = 6;
    // CSS queries parsed once: parsing one costs more than running it on a page. These simple
    // tag-and-attribute evaluators keep no state, so threads share them.
    private static final Evaluator OG_TITLE = QueryParser.parse("meta[property=og:title]");
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical]");
    private static final Evaluator OG_URL = QueryParser.parse("meta[property=og:url]");
    private static final Evaluator TIME = QueryParser.parse("time[datetime]");
    private static final List<String> DATE_META_QUERIES = List.of("meta[property=article:published_time]",
            "meta[name=pubdate]", "meta[itemprop=datePublished]", "meta[name=date]");
    private static final List<Evaluator> DATE_METAS = DATE_META_QUERIES.stream().map(QueryParser::parse).toList();
    /** Any element the date tags look at, found in one walk of the page instead of one per query. */
    private static final Evaluator DATE_TAG = QueryParser.parse("time[datetime], " + String.join(", ", DATE_META_QUERIES));

    private final long maxInputBytes;
    private final Charsets charsets;
    private final Boilerplate boilerplate;
    private final Metadata metadata;

    /** An ingester that cuts inputs at {@link #DEFAULT_MAX_INPUT_BYTES}. */
    public Ingester() {
        this(DEFAULT_MAX_INPUT_BYTES);
    }

    /** @param maxInputBytes inputs longer than this are cut, with a warning, before any parsing */
    public Ingester(long maxInputBytes) {
        if (maxInputBytes < 1) {
            throw new IllegalArgumentException("maxInputBytes must be positive: " + maxInputBytes);
        }
        this.maxInputBytes = maxInputBytes;
        this.charsets = new Charsets(commonHan(ResourceLines.read(Ingester.class, "common-han.txt")));
        this.boilerplate = Boilerplate.load(ResourceLines.read(Ingester.class, "boilerplate.txt"));
        this.metadata = Metadata.load(ResourceLines.read(Ingester.class, "publishers.tsv"),
                ResourceLines.read(Ingester.class, "title-tails.tsv"),
                ResourceLines.read(Ingester.class, "lead-bylines.txt"),
                // One list of surnames for the whole library: the entity stage's.
                ResourceLines.read(Ingester.class, "/org/zhextract/entity/surnames.txt"),
                // Bylines run places into names: the entity stage's places plus bureau cities.
                ReportPlaces.load(ResourceLines.read(Ingester.class, "report-places.txt"),
                        ResourceLines.read(Ingester.class, "/org/zhextract/entity/gazetteer-places.txt")),
                ResourceLines.read(Ingester.class, "title-labels.tsv"));
    }

    /**
     * Reads one document.
     *
     * @param name the document's path or name: its extension hints at the format, and it is the
     *             title of last resort
     * @throws UnreadableDocumentException if the bytes are not text (an image, an archive)
     */
    public IngestedDocument read(byte[] bytes, String name) {
        Objects.requireNonNull(bytes, "bytes");
        return read(bytes, name, bytes.length, sha256(bytes));
    }

    /**
     * Reads a file without ever holding more than the size limit (plus one buffer) in memory:
     * a multi-gigabyte file is hashed as a stream and only its first {@code maxInputBytes} bytes
     * are kept, with the same truncation warning {@link #read(byte[], String)} gives.
     *
     * @throws UnreadableDocumentException if the bytes are not text (an image, an archive)
     */
    public IngestedDocument read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        MessageDigest digest = newSha256();
        java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream();
        long total = 0;
        long limit = Math.min(maxInputBytes, Integer.MAX_VALUE - 16);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                if (total < limit) {
                    kept.write(buffer, 0, (int) Math.min(n, limit - total));
                }
                total += n;
            }
        }
        return read(kept.toByteArray(), file.toString(), total, HexFormat.of().formatHex(digest.digest()));
    }

    private IngestedDocument read(byte[] bytes, String name, long totalBytes, String sha256) {
        Objects.requireNonNull(name, "name");
        List<String> warnings = new ArrayList<>();
        Binary.kindOf(bytes).ifPresent(kind -> {
            throw new UnreadableDocumentException(name + ": not a text document (" + kind + ")");
        });
        byte[] input = bytes;
        if (totalBytes > maxInputBytes) {
            input = bytes.length > maxInputBytes
                    ? Arrays.copyOf(bytes, (int) Math.min(maxInputBytes, Integer.MAX_VALUE - 16)) : bytes;
            warnings.add("input truncated: read the first " + input.length + " of " + totalBytes + " bytes");
        }
        Charsets.Decoded decoded = charsets.decode(input);
        warnings.addAll(decoded.warnings());
        String raw = decoded.text();
        Format format = Format.detect(name, raw);
        Parsed parsed = switch (format) {
            case HTML -> readHtml(raw);
            case MARKDOWN -> readMarkdown(raw);
            case TEXT -> readText(raw);
        };
        Optional<String> url = parsed.url().or(() -> originalLink(raw));
        List<String> body = new ArrayList<>();
        List<String> dateLines = new ArrayList<>();
        List<String> bylines = new ArrayList<>();
        List<String> headAuthors = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String line : parsed.lines()) {
            String clean = cleanLine(line);
            if (!clean.isEmpty()) {
                lines.add(clean);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            String clean = lines.get(i);
            boolean head = body.size() < HEAD_LINES;
            // Only before any prose: a name above a date further down signs a letter or statement.
            List<String> headByline = body.isEmpty() && i + 1 < lines.size() && Dates.isDateLine(lines.get(i + 1))
                    ? metadata.headBylineNames(clean) : List.of();
            if (head && Dates.isDateLine(clean)) {
                dateLines.add(clean);
            } else if (head && Metadata.isLatinByline(clean)) {
                bylines.add(clean);
            } else if (!headByline.isEmpty()) {
                // A name line right above the date is the feed's byline: metadata, not prose.
                headAuthors.addAll(headByline);
            } else {
                body.add(clean);
            }
        }
        Optional<String> title = realTitle(parsed.title());
        if (title.isEmpty() && format != Format.TEXT) {
            // Archives that keep the title only in the file name; plain text starts with its title.
            Optional<String> fromFileName = titleFromFileName(name);
            Optional<String> fromField = realTitle(Optional.ofNullable(parsed.fields().get("标题")));
            // A 标题 field the file name does not contain describes another article (a card for the
            // last issue, a quoted original titled 原标题：…): the page's own title is the file name.
            title = fromField.isPresent() && fromFileName.map(f -> containsIgnoringPunctuation(f, fromField.get())).orElse(true)
                    ? fromField : fromFileName;
        }
        if (title.isEmpty() && !body.isEmpty()) {
            title = Optional.of(body.remove(0));
        }
        while (title.isPresent() && !body.isEmpty() && sameText(body.get(0), title.get())) {
            body.remove(0);
        }
        Optional<LocalDate> published = published(parsed, dateLines, body, url, name, raw, warnings);
        Optional<String> pageTitle = title;
        Optional<String> publisher = url.flatMap(metadata::publisherOfUrl)
                // A stated 来源 outranks the first line: 联合早报引述路透社报道，… opens a repost of
                // 微信公众号“张3丰的世界” with the outlet it quotes.
                .or(() -> Optional.ofNullable(parsed.fields().get("来源")).filter(s -> !s.isBlank()))
                .or(() -> body.isEmpty() ? Optional.empty() : metadata.publisherOfDateline(body.get(0)))
                // An outlet credited as the author (**作者：** 中国数字时代) published its own piece.
                .or(() -> Optional.ofNullable(parsed.fields().get("作者")).filter(metadata::isPublisherName))
                .or(() -> url.isPresent() ? Optional.empty() : imagePublisher(raw))
                // Last, the column the title's label names (【网络民议】…): nothing else on such a page says it.
                .or(() -> url.isPresent() ? Optional.empty() : pageTitle.flatMap(metadata::publisherOfTitleLabel));
        if (title.isPresent() && publisher.isPresent()) {
            title = Optional.of(metadata.withoutOutletName(title.get(), publisher.get()));
        }
        List<String> authors = new ArrayList<>();
        Optional.ofNullable(parsed.fields().get("作者")).ifPresent(a -> authors.addAll(Metadata.namesIn(a)));
        authors.addAll(headAuthors);
        bylines.forEach(b -> authors.addAll(metadata.authors(List.of(b))));
        if (publisher.filter(metadata::leadsWithWriters).isPresent() && !body.isEmpty()) {
            authors.addAll(Metadata.leadWriters(body.get(0)));
        }
        metadata.authors(body).stream().filter(a -> !authors.contains(a)).forEach(authors::add);
        Optional<String> editor = Metadata.editor(body);
        // The closing credit lines name the reporters and the editor. They stay in the text: the
        // annotated seeds keep 责任编辑：林妍 there and count 林妍 as a person of the document.
        for (int i = body.size() - 1; i >= Math.max(0, body.size() - CREDIT_LINES); i--) {
            Optional<Credits.Line> credits = Credits.of(body.get(i), metadata.places());
            if (credits.isPresent()) {
                credits.get().authors().stream().filter(a -> !authors.contains(a)).forEach(authors::add);
                editor = editor.or(credits.get()::editor);
            }
        }
        String text = String.join("\n", concat(title, body));
        if (body.isEmpty()) {
            warnings.add("no article body found");
        }
        Article article = new Article(title, url, publisher, published.map(LocalDate::toString),
                authors.stream().distinct().toList(), editor);
        Source source = new Source(Optional.of(name), format.code(), decoded.charset().name(), sha256);
        return new IngestedDocument(source, article, text, warnings);
    }

    /** Plain text as given, its first line the title. */
    public IngestedDocument readText(String text, String name) {
        return read(text.getBytes(StandardCharsets.UTF_8), name);
    }

    private record Parsed(Optional<String> title, Optional<String> url, Optional<LocalDate> tagDate,
                          Map<String, String> fields, List<String> lines) {
    }

    private static Parsed readHtml(String raw) {
        Document doc = Jsoup.parse(raw);
        Optional<String> title = firstNonBlank(
                attr(doc, OG_TITLE, "content"),
                doc.selectFirst(H1) == null ? null : doc.selectFirst(H1).text(),
                doc.title());
        Optional<String> url = firstNonBlank(
                attr(doc, CANONICAL, "href"), attr(doc, OG_URL, "content"))
                .filter(u -> u.startsWith("http"));
        return new Parsed(title, url, dateFromTags(doc), Map.of(), blocks(doc.body()));
    }

    private static Parsed readMarkdown(String raw) {
        MarkdownText.Page page = MarkdownText.read(raw);
        Document doc = Jsoup.parseBodyFragment(page.html());
        return new Parsed(page.title(), page.url(), dateFromTags(doc), page.fields(), blocks(doc.body()));
    }

    private static final Pattern BLANK_LINE = Pattern.compile("\\R\\s*\\R");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    /** Paragraphs are separated by blank lines when the text has any, else each line is one. */
    private static Parsed readText(String raw) {
        String[] paragraphs = raw.strip().contains("\n\n") || raw.contains("\r\n\r\n")
                ? BLANK_LINE.split(raw) : LINE_BREAK.split(raw);
        return new Parsed(Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), List.of(paragraphs));
    }

    private static List<String> blocks(Element body) {
        if (body == null) {
            return List.of();
        }
        return List.of(HtmlText.of(body).split(String.valueOf(HtmlText.BLOCK_BREAK)));
    }

    /**
     * The publication date from the strongest evidence found: markup, a labelled field, a date
     * line, a full dateline, a day-only dateline completed from another date, the URL or file
     * name, an early full date, and last the crawl stamp (with a warning).
     */
    private static Optional<LocalDate> published(Parsed parsed, List<String> dateLines, List<String> body,
                                                 Optional<String> url, String name, String raw,
                                                 List<String> warnings) {
        if (parsed.tagDate().isPresent()) {
            return parsed.tagDate();
        }
        for (String field : List.of("发表日期", "发布日期", "日期")) {
            Optional<LocalDate> d = Optional.ofNullable(parsed.fields().get(field)).flatMap(Dates::firstFullDate);
            if (d.isPresent()) {
                return d;
            }
        }
        for (String line : dateLines) {
            Optional<LocalDate> d = Dates.firstFullDate(line);
            if (d.isPresent()) {
                return d;
            }
        }
        List<String> head = body.subList(0, Math.min(body.size(), HEAD_LINES));
        for (String line : head) {
            if (FULL_DATELINE.matcher(line).find()) {
                Optional<LocalDate> d = Dates.firstFullDate(line);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        Optional<LocalDate> fromPath = url.flatMap(Dates::inPath).or(() -> Dates.inPath(fileName(name)));
        Optional<LocalDate> crawled = Dates.crawlStamp(raw);
        Optional<LocalDate> reference = fromPath.or(() -> crawled);
        if (reference.isPresent()) {
            for (String line : head) {
                Optional<LocalDate> d = Dates.partialDateline(line, reference.get());
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        if (fromPath.isPresent()) {
            return fromPath;
        }
        for (String line : body.subList(0, Math.min(body.size(), 5))) {
            // With a crawl stamp to fall back on, a date told inside a sentence (随后，在2019年10月28日，…) is an event's,
            // not the publication's: an FT column of July 2020 resolved its 6月底 to 2019
            Optional<LocalDate> d = crawled.isPresent() ? Dates.firstOpeningDate(line) : Dates.firstFullDate(line);
            if (d.isPresent()) {
                return d;
            }
        }
        if (crawled.isPresent()) {
            warnings.add("publication date taken from the crawl stamp");
        }
        return crawled;
    }

    /** The first dated {@code <time>}, else the first of the date metas, in this order of queries. */
    private static Optional<LocalDate> dateFromTags(Document doc) {
        Elements tagged = doc.select(DATE_TAG);
        for (Element time : tagged) {
            if (time.is(TIME)) {
                Optional<LocalDate> d = Dates.firstFullDate(time.attr("datetime"));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        for (Evaluator css : DATE_METAS) {
            Optional<LocalDate> d = tagged.stream().filter(e -> e.is(css)).findFirst()
                    .flatMap(e -> Dates.firstFullDate(e.attr("content")));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> originalLink(String raw) {
        List<MatchResult> links = ORIGINAL_LINK.findAll(raw);
        return links.isEmpty() ? Optional.empty() : Optional.of(links.get(links.size() - 1).group(1));
    }

    private static Optional<String> realTitle(Optional<String> candidate) {
        return candidate.map(Ingester::cleanTitle).filter(Ingester::hasWords)
                .filter(t -> !TITLE_PLACEHOLDER.matcher(t).find());
    }

    /** Whether {@code outer} holds {@code inner}, comparing letters and digits only (file names lose ：？/). */
    private static boolean containsIgnoringPunctuation(String outer, String inner) {
        return lettersAndDigits(outer).contains(lettersAndDigits(inner));
    }

    private static String lettersAndDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /**
     * A page saved without its URL still shows where it was published: the images it embeds are
     * uploads to that site (chinadigitaltimes.net/chinese/files/…). The known outlet most of the
     * page's images come from, if any.
     */
    private Optional<String> imagePublisher(String raw) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = IMAGE_SOURCE.matcher(raw);
        while (m.find()) {
            String src = m.group(1) != null ? m.group(1) : m.group(2);
            metadata.knownPublisherOfUrl(src).ifPresent(p -> counts.merge(p, 1, Integer::sum));
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey);
    }

    /** A title loses URLs and formatting whitespace only: boilerplate rules are for body lines. */
    private static String cleanTitle(String title) {
        return Whitespace.collapse(URL.replaceAll(title, ""));
    }

    private String cleanLine(String line) {
        if (!hasWords(line)) {
            return "";
        }
        SketchedText noUrls = SketchedText.of(line);
        for (PrefilteredPattern p : List.of(URL, SCHEMELESS_URL, EMPTY_BRACKETS)) {
            noUrls = p.replaceAll(noUrls, "");
        }
        String clean = boilerplate.clean(Whitespace.collapse(noUrls.text()));
        return hasWords(clean) && !LEAKED_MARKUP.find(clean) ? clean : "";
    }

    private static boolean hasWords(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetterOrDigit(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Equal but for whitespace ({@code \s}). */
    private static boolean sameText(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length() && isRegexSpace(a.charAt(i))) {
                i++;
            }
            while (j < b.length() && isRegexSpace(b.charAt(j))) {
                j++;
            }
            if (i == a.length() || j == b.length()) {
                return i == a.length() && j == b.length();
            }
            if (a.charAt(i++) != b.charAt(j++)) {
                return false;
            }
        }
    }

    /** Java's {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private Optional<String> titleFromFileName(String name) {
        String stem = fileName(name);
        int dot = stem.lastIndexOf('.');
        if (dot > 0) {
            stem = stem.substring(0, dot);
        }
        stem = FILE_NUMBER_PREFIX.matcher(stem).replaceFirst("");
        String clean = Whitespace.collapse(stem.replace('_', ' '));
        return hasWords(clean) && clean.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                ? Optional.of(clean) : Optional.empty();
    }

    private static String fileName(String name) {
        String n = name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    private static List<String> concat(Optional<String> first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        first.ifPresent(all::add);
        all.addAll(rest);
        return all;
    }

    private static String attr(Document doc, Evaluator css, String attribute) {
        Element e = doc.selectFirst(css);
        return e == null ? null : e.attr(attribute);
    }

    private static Optional<String> firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return Optional.of(Parser.unescapeEntities(v.strip(), false));
            }
        }
        return Optional.empty();
    }

    /** The tables this ingester reads bylines and publishers with (for tests of the package). */
    Metadata metadata() {
        return metadata;
    }

    private static Set<Integer> commonHan(List<String> lines) {
        Set<Integer> chars = new HashSet<>();
        for (String line : lines) {
            if (!line.startsWith("#")) {
                line.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                        .forEach(chars::add);
            }
        }
        return chars;
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(newSha256().digest(bytes));
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
