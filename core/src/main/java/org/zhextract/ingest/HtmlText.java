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
 * scripts, styles, embedded media, hidden ({@code aria-hidden}, {@code hidden}) regions, ad,
 * share and promotion slots, and no block whose words are all link text (navigation rows,
 * related-article lists). Blocks end with {@link #BLOCK_BREAK}; whitespace inside a block, line
 * breaks included, is kept as written for {@link Whitespace} to collapse.
 *
 * <p>The walk is iterative, so deeply nested markup costs time linear in its size.
 */
final class HtmlText {

    /** Separates blocks; a plain line break inside a block is only source formatting. */
    static final char BLOCK_BREAK = '\u2029';

    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "iframe", "svg", "button", "nav", "form", "select", "picture",
            "template", "head", "title", "object", "video", "audio", "canvas", "input", "textarea", "embed");
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr",
            "td", "th", "table", "section", "article", "main", "header", "footer", "aside",
            "blockquote", "figure", "figcaption", "pre", "dd", "dt", "dl", "body", "time", "caption");
    /** Class, id and data markers of slots that are not the article: ads, share bars, promotions. */
    private static final PrefilteredPattern SLOT_MARKER = PrefilteredPattern.compile(
            "advert|\\bads?\\b|\\bad[-_]|[-_]ads?\\b|\\bmpu\\b|share|social|newsletter|subscribe|selfpromo|promo\\b|related|recommend");
    private static final PrefilteredPattern HIDDEN_STYLE = PrefilteredPattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private HtmlText() {
    }

    static String of(Element root) {
        Collector collector = new Collector(new StringBuilder());
        NodeTraversor.filter(collector, root);
        collector.endLine();
        return collector.out.toString();
    }

    private static final class Collector implements NodeFilter {

        private final StringBuilder out;
        private int lineStart;
        private int linkDepth;
        private boolean lineHasWords;
        /** Words outside links: a line with words but none of these is all link text. */
        private boolean lineHasWordsOutsideLinks;

        Collector(StringBuilder out) {
            this.out = out;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String s = text.getWholeText();
                out.append(s);
                // Only whether the line has words, and words outside links, matters: once known, no scan.
                boolean outsideLinks = linkDepth == 0;
                if ((outsideLinks ? !lineHasWordsOutsideLinks : !lineHasWords) && hasWordChar(s)) {
                    lineHasWords = true;
                    lineHasWordsOutsideLinks |= outsideLinks;
                }
                return FilterResult.CONTINUE;
            }
            if (node instanceof Element element) {
                if (isHidden(element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCKS.contains(element.normalName())) {
                    endLine();
                }
                if (isLink(element)) {
                    linkDepth++;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (isLink(element)) {
                    linkDepth--;
                }
                if (BLOCKS.contains(element.normalName())) {
                    endLine();
                }
            }
            return FilterResult.CONTINUE;
        }

        /** Ends the current line, dropping it when all its words are link text. */
        void endLine() {
            if (lineHasWords && !lineHasWordsOutsideLinks) {
                out.setLength(lineStart);
            }
            out.append(BLOCK_BREAK);
            lineStart = out.length();
            lineHasWords = false;
            lineHasWordsOutsideLinks = false;
        }
    }

    private static boolean isLink(Element element) {
        return element.normalName().equals("a") && element.hasAttr("href");
    }

    private static boolean hasWordChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHidden(Element element) {
        if (SKIPPED.contains(element.normalName())) {
            return true;
        }
        if ("true".equalsIgnoreCase(element.attr("aria-hidden")) || element.hasAttr("hidden")
                || HIDDEN_STYLE.find(element.attr("style").toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (element.attributesSize() == 0) {
            return false;
        }
        StringBuilder marker = new StringBuilder(element.id()).append(' ').append(element.className());
        element.attributes().forEach(a -> {
            if (a.getKey().startsWith("data-")) {
                marker.append(' ').append(a.getKey()).append(' ').append(a.getValue());
            }
        });
        return SLOT_MARKER.find(marker.toString().toLowerCase(Locale.ROOT));
    }
}
