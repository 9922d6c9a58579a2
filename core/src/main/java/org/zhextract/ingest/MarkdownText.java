package org.zhextract.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Turns Markdown with embedded HTML, as archives save news pages, into HTML for {@link HtmlText}:
 * links become {@code <a>} elements (so rows of links are recognised as navigation), images
 * disappear, heading, emphasis and escape syntax go while the words stay, and rules and blank
 * lines end paragraphs. The page's own title line ({@code [title](url)} or the first heading)
 * and labelled header fields ({@code **标题：** …}, {@code **发表日期：** …}) are set aside as
 * metadata.
 */
final class MarkdownText {

    private static final PrefilteredPattern TITLE_LINK = PrefilteredPattern.compile("^\\s*\\[([^\\]\\n]+)\\]\\((https?://[^)\\s]+)\\)\\s*$");
    private static final PrefilteredPattern HEADING = PrefilteredPattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final PrefilteredPattern RULE = PrefilteredPattern.compile("^\\s{0,3}([-=*_]\\s*){3,}$");
    private static final PrefilteredPattern IMAGE = PrefilteredPattern.compile("!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)");
    private static final PrefilteredPattern LINK = PrefilteredPattern.compile("\\[([^\\[\\]\\n]*)\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"\\n]*\")?\\s*\\)");
    private static final PrefilteredPattern FIELD = PrefilteredPattern.compile("^\\s*\\*\\*\\s*([^*：:\\n]{1,12})\\s*[：:]\\s*\\*\\*\\s*(.*?)\\s*$");
    private static final Pattern FIELD_NAMES = Pattern.compile("标题|作者|发表日期|发布日期|日期|来源|主题归类|CDS收藏|版权说明|编辑|责任编辑");
    private static final PrefilteredPattern EMPHASIS = PrefilteredPattern.compile("(\\*{1,3}|_{2,3})(?=\\S)(.+?)(?<=\\S)\\1");
    private static final PrefilteredPattern ESCAPE = PrefilteredPattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~])");

    private MarkdownText() {
    }

    /** What a Markdown page holds: its title line, its header fields, and its body as HTML. */
    record Page(Optional<String> title, Optional<String> url, Map<String, String> fields, String html) {
        Page {
            fields = Map.copyOf(fields);
        }
    }

    static Page read(String markdown) {
        Optional<String> title = Optional.empty();
        Optional<String> url = Optional.empty();
        Map<String, String> fields = new LinkedHashMap<>();
        StringBuilder html = new StringBuilder(markdown.length() + 64);
        boolean bodyStarted = false;
        for (String source : lines(markdown)) {
            String line = withoutQuoteMarkers(source);
            SketchedText sketched = SketchedText.of(line);
            if (line.isBlank() || RULE.matches(sketched)) {
                html.append("\n<br>\n");
                continue;
            }
            Optional<MatchResult> field = FIELD.wholeMatch(sketched)
                    .filter(f -> FIELD_NAMES.matcher(f.group(1)).matches());
            if (field.isPresent()) {
                fields.putIfAbsent(field.get().group(1).strip(), plainText(field.get().group(2)));
                html.append("\n<br>\n");
                continue;
            }
            Optional<MatchResult> heading = HEADING.wholeMatch(sketched);
            if (title.isEmpty() && !bodyStarted) {
                Optional<MatchResult> titleLink = TITLE_LINK.wholeMatch(sketched);
                if (titleLink.isPresent()) {
                    title = Optional.of(plainText(titleLink.get().group(1)));
                    url = Optional.of(titleLink.get().group(2));
                    continue;
                }
                if (heading.isPresent() && !LINK.find(heading.get().group(1)) && !heading.get().group(1).isBlank()) {
                    title = Optional.of(plainText(heading.get().group(1)));
                    continue;
                }
            }
            if (heading.isPresent()) {
                html.append("<p>").append(inline(heading.get().group(1), true)).append("</p>\n");
            } else {
                String content = inline(sketched, true);
                html.append(content).append('\n');
                bodyStarted |= !content.isEmpty() && !content.startsWith("<!--");
            }
        }
        return new Page(title, url, fields, html.toString());
    }

    /**
     * A title or field as plain text: its inline Markdown goes and its character references are decoded, as
     * Markdown decodes them outside code (feed archives write a title's quotes as {@code &quot;}). Body lines stay
     * HTML and are decoded by the HTML parser.
     */
    private static String plainText(String text) {
        return Parser.unescapeEntities(inline(text, false), false);
    }

    /** Inline Markdown: images go, links become anchors (or their words), emphasis and escapes go. */
    private static String inline(String text, boolean anchors) {
        return inline(SketchedText.of(text), anchors);
    }

    private static String inline(SketchedText text, boolean anchors) {
        SketchedText s = IMAGE.replaceAll(text, "");
        s = LINK.replaceAll(s, m -> Matcher.quoteReplacement(anchors && !m.group(2).isEmpty()
                ? "<a href=\"" + m.group(2).replace("\"", "%22") + "\">" + m.group(1) + "</a>"
                : m.group(1)));
        s = EMPHASIS.replaceAll(s, "$2");
        s = EMPHASIS.replaceAll(s, "$2");
        return ESCAPE.replaceAll(s, "$1").text().strip();
    }

    /** {@code text.split("\\R", -1)} without a regex: the lines between any kind of line break. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    /**
     * The line without its leading blockquote markers ({@code > > text} → {@code text}): what the
     * regex {@code ^\s{0,3}(>\s?)+} removes, as a loop, because the regex recurses once per marker
     * and overflows the stack on a line of thousands of them.
     */
    static String withoutQuoteMarkers(String line) {
        int i = 0;
        while (i < 3 && i < line.length() && isRegexSpace(line.charAt(i))) {
            i++;
        }
        if (i >= line.length() || line.charAt(i) != '>') {
            return line;
        }
        while (i < line.length() && line.charAt(i) == '>') {
            i++;
            if (i < line.length() && isRegexSpace(line.charAt(i))) {
                i++;
            }
        }
        return line.substring(i);
    }

    private static boolean isRegexSpace(char c) {
        return " \t\n\u000B\f\r".indexOf(c) >= 0;
    }
}
