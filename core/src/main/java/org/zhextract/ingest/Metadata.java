package org.zhextract.ingest;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publisher names, publication dates and bylines read from URLs, datelines and date lines. */
final class Metadata {

    /** Host suffix → the publisher's usual Chinese or brand name. */
    private static final Map<String, String> PUBLISHERS = Map.ofEntries(
            Map.entry("bbc.com", "BBC"), Map.entry("bbc.co.uk", "BBC"),
            Map.entry("epochtimes.com", "大纪元"), Map.entry("voachinese.com", "美国之音"),
            Map.entry("rfi.fr", "法广"), Map.entry("dw.com", "德国之声"),
            Map.entry("reuters.com", "路透"), Map.entry("ftchinese.com", "金融时报"),
            Map.entry("rfa.org", "自由亚洲电台"), Map.entry("nytimes.com", "纽约时报"),
            Map.entry("cn.nytimes.com", "纽约时报"), Map.entry("chinadigitaltimes.net", "中国数字时代"));

    private static final Pattern CHINESE_DATE = Pattern.compile(
            "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern REPORTER = Pattern.compile(
            "(?:记者|撰稿|作者)[：:\\s]*(\\p{IsHan}{2,3}?)(?=综合|报导|报道|编译|采访|撰稿|/|）|\\)|\\s|$)");
    private static final Pattern EDITOR = Pattern.compile("责任编辑[：:]\\s*(\\p{IsHan}{2,4})");
    private static final Pattern CRAWL_STAMP = Pattern.compile("<!--\\s*(\\d{12,13})\\s*-->");

    private Metadata() {
    }

    static Optional<String> publisherOf(Optional<String> url) {
        return url.flatMap(Metadata::host).map(host -> {
            for (Map.Entry<String, String> e : PUBLISHERS.entrySet()) {
                if (host.equals(e.getKey()) || host.endsWith("." + e.getKey())) {
                    return e.getValue();
                }
            }
            return host.startsWith("www.") ? host.substring(4) : host;
        });
    }

    private static Optional<String> host(String url) {
        try {
            return Optional.ofNullable(URI.create(url.strip()).getHost()).map(h -> h.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The first full date (2022年02月04日 or 2022-02-04) in a text, if it is a real date. */
    static Optional<String> firstDate(String text) {
        for (Pattern p : List.of(CHINESE_DATE, ISO_DATE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Optional<String> date = date(m.group(1), m.group(2), m.group(3));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> date(String year, String month, String day) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return d.getYear() >= 1900 && d.getYear() <= 2100 ? Optional.of(d.toString()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The {@code <!--1643953383000-->} crawl stamp as a UTC date, a last resort. */
    static Optional<String> crawlDate(String raw) {
        Matcher m = CRAWL_STAMP.matcher(raw.length() > 512 ? raw.substring(0, 512) : raw);
        if (!m.find()) {
            return Optional.empty();
        }
        long millis = Long.parseLong(m.group(1));
        if (m.group(1).length() == 12) {
            millis *= 10;
        }
        return Optional.of(Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate().toString());
    }

    static List<String> authors(List<String> lines) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String line : lines.subList(0, Math.min(lines.size(), 6))) {
            Matcher m = REPORTER.matcher(line);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return new ArrayList<>(names);
    }

    static Optional<String> editor(List<String> lines) {
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 5); i--) {
            Matcher m = EDITOR.matcher(lines.get(i));
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
