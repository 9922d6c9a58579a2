package org.zhextract.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/** The input layouts the reader knows, detected by extension and by content. */
enum Format {
    HTML("html"), MARKDOWN("markdown"), TEXT("text");

    private static final Pattern HTML_START = Pattern.compile(
            "\\A\\s*(<!doctype\\s+html|<html|<head|<body|<meta|<\\?xml)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN_LINE = Pattern.compile(
            "(?m)^(#{1,6}\\s+\\S|\\[[^\\]\\n]+\\]\\([^)\\s]+\\)\\s*$|-{3,}\\s*$|={3,}\\s*$)");
    private static final Pattern HTML_TAG = Pattern.compile(
            "<(p|div|span|br|a|img|h[1-6]|main|section|article|table|ul|li)[\\s>/]", Pattern.CASE_INSENSITIVE);

    private final String code;

    Format(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    /**
     * Content decides where it is clear (a Markdown heading or link line, an HTML document
     * start); the extension decides otherwise. A {@code .txt} full of tags is HTML.
     */
    static Format detect(String name, String text) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        String lower = name.toLowerCase(Locale.ROOT);
        if (HTML_START.matcher(head).find()) {
            return HTML;
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return HTML;
        }
        if (MARKDOWN_LINE.matcher(head).find() || lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return MARKDOWN;
        }
        if (HTML_TAG.matcher(head).find()) {
            return HTML;
        }
        return TEXT;
    }
}
