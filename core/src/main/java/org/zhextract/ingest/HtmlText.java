package org.zhextract.ingest;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The visible text of an HTML tree as a reader sees it: one line per block, nothing from
 * scripts, styles, embedded media, hidden regions or ad slots. Blocks end with
 * {@link #BLOCK_BREAK}; whitespace inside a block, line breaks included, is kept as written for
 * {@link Whitespace} to collapse.
 */
final class HtmlText {

    /** Separates blocks; a plain line break inside a block is only source formatting. */
    static final char BLOCK_BREAK = '\u2029';

    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "iframe", "svg", "button", "nav", "form", "select",
            "template", "head", "title", "object", "video", "audio", "canvas", "input", "textarea");
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr",
            "td", "th", "table", "section", "article", "main", "header", "footer", "aside",
            "blockquote", "figure", "figcaption", "pre", "dd", "dt", "dl", "body", "time", "caption");

    private HtmlText() {
    }

    static String of(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.filter(new Collector(out), root);
        return out.toString();
    }

    private record Collector(StringBuilder out) implements NodeFilter {

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                out.append(text.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (node instanceof Element element) {
                if (isHidden(element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCKS.contains(element.normalName())) {
                    out.append(BLOCK_BREAK);
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                out.append(BLOCK_BREAK);
            }
            return FilterResult.CONTINUE;
        }
    }

    private static boolean isHidden(Element element) {
        if (SKIPPED.contains(element.normalName())) {
            return true;
        }
        if ("true".equalsIgnoreCase(element.attr("aria-hidden")) || element.hasAttr("hidden")) {
            return true;
        }
        String marker = (element.attr("data-e2e") + " " + element.id() + " " + element.className())
                .toLowerCase(Locale.ROOT);
        return marker.contains("advert") || marker.contains("share") || marker.matches(".*\\bad(s|_|-|\\b).*");
    }
}
