package io.claimstream.parse.formats;

import io.claimstream.contracts.SourceMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Extracts the readable text of an HTML page with jsoup: navigation, scripts, forms and page
 * furniture are dropped; headings become {@code #} lines, list items {@code -} lines, table rows
 * {@code | cell |} lines and other blocks paragraphs separated by blank lines, so that the text
 * pipeline finds the same structure as in Markdown. The analysis reads this text; its offsets map
 * back to the page, where the spans the service reports point.
 */
public final class HtmlText {

    private static final String DROP = "script, style, noscript, template, iframe, svg, canvas, form, button, input, "
            + "select, textarea, nav, header, footer, aside, menu, dialog, [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]";
    private static final Pattern FURNITURE = Pattern.compile(
            "(^|[\\s_-])(nav|navbar|menu|breadcrumbs?|sidebar|footer|header|cookie|consent|banner|advert|ads?|promo"
                    + "|share|sharing|social|related|recommend|newsletter|subscribe|comments?|popup|modal)([\\s_-]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NBSP = Pattern.compile("\u00A0");
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\u200B]+");
    private static final Pattern PIPE = Pattern.compile("\\|");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "blockquote", "pre",
            "figure", "figcaption", "dd", "dt", "address", "center", "details", "summary", "body");

    private HtmlText() {
    }

    /** True when the text is an HTML document or fragment rather than prose that mentions a tag. */
    public static boolean looksLikeHtml(String text) {
        int firstTag = text.indexOf('<');
        if (firstTag < 0 || firstTag >= 2_000 && firstTag - leadingSpace(text, firstTag) >= 2_000) {
            return false; // every sign below is a tag within the first 2,000 characters past leading space
        }
        String head = (text.length() <= 8_192 ? text : text.substring(0, 8_192)).stripLeading(); // no copy of a long text
        head = head.substring(0, Math.min(head.length(), 2_000)).toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")) {
            return true;
        }
        int tags = 0;
        for (String tag : new String[] {"<p>", "<p ", "<div", "<h1", "<h2", "<br", "<li>", "<span", "<a href"}) {
            int at = head.indexOf(tag);
            while (at >= 0 && tags < 10) {
                tags++;
                at = head.indexOf(tag, at + 1);
            }
        }
        return head.startsWith("<") && tags >= 3;
    }

    private static int leadingSpace(String text, int limit) {
        int i = 0;
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The page's text, and its title and publication date when the markup names them.
     *
     * @param offsets where each character of {@code text} was written in the page
     */
    public record Extracted(String text, SourceMap offsets, String title, String published) {
    }

    public static Extracted extract(String html) {
        Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        String title = firstNonBlank(document.select("meta[property=og:title]").attr("content"), document.title(),
                document.select("h1").text());
        String published = isoDate(firstNonBlank(document.select("meta[property=article:published_time]").attr("content"),
                document.select("meta[name=date], meta[name=pubdate], meta[itemprop=datePublished]").attr("content"),
                document.select("time[datetime]").attr("datetime")));
        document.select(DROP).remove();
        for (Element element : document.getAllElements()) {
            if (element.parent() != null && isFurniture(element)) {
                element.remove();
            }
        }
        Element root = mainContent(document);
        MappedText out = new MappedText(html.length() / 2);
        new Blocks(html).append(root, out);
        MappedText text = out.strip();
        return new Extracted(text.toString(), text.toSourceMap(), title == null ? null : collapse(title), published);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** The {@code yyyy-MM-dd} a machine-readable date starts with, or null. */
    private static String isoDate(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        return v.length() >= 10 && v.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}") ? v.substring(0, 10) : null;
    }

    private static boolean isFurniture(Element element) {
        if (element.tagName().equals("body") || element.tagName().equals("html") || element.tagName().equals("article")
                || element.tagName().equals("main")) {
            return false;
        }
        String marks = element.id() + " " + element.className();
        return !marks.isBlank() && FURNITURE.matcher(marks).find();
    }

    /** The {@code <article>} or {@code <main>} holding most of the text, else the body. */
    private static Element mainContent(Document document) {
        Element best = null;
        int bestLength = 0;
        for (Element candidate : document.select("article, main, [role=main]")) {
            int length = candidate.text().length();
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        Element body = document.body();
        return best != null && bestLength * 2 >= body.text().length() ? best : body;
    }

    /** Appends an element's blocks to the text; knows the page so that every character keeps its source position. */
    private record Blocks(String html) {

        void append(Element element, MappedText out) {
            String tag = element.tagName();
            if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
                paragraph(out, new MappedText().appendInsertedAt("#".repeat(tag.charAt(1) - '0') + " ", contentStart(element))
                        .append(inline(element)));
                return;
            }
            switch (tag) {
                case "li" -> {
                    paragraph(out, new MappedText().appendInsertedAt("- ", contentStart(element)).append(inline(element)));
                    return;
                }
                case "table" -> {
                    table(element, out);
                    return;
                }
                case "pre", "listing", "plaintext" -> {
                    preformatted(element, out);
                    return;
                }
                case "br", "hr", "img" -> {
                    return;
                }
                default -> {
                }
            }
            MappedText run = new MappedText();
            for (Node child : element.childNodes()) {
                if (child instanceof Element e && (isBlock(e) || e.tagName().equals("li") || e.tagName().equals("table"))) {
                    paragraph(out, run);
                    run = new MappedText();
                    append(e, out);
                } else if (child instanceof Element e && e.tagName().equals("br")) {
                    // a line break inside a paragraph is kept: transcripts put a speaker on each line
                    run.appendInsertedAt("\n", sourceStart(e));
                } else if (child instanceof TextNode t) {
                    text(t, run);
                } else if (child instanceof Element e) {
                    run.append(inline(e));
                }
            }
            paragraph(out, run);
        }

        private MappedText inline(Element element) {
            MappedText text = new MappedText();
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode t) {
                    text(t, text);
                } else if (child instanceof Element e) {
                    if (e.tagName().equals("br")) {
                        text.appendInsertedAt("\n", sourceStart(e));
                    } else {
                        text.append(inline(e));
                    }
                }
            }
            return text;
        }

        private void table(Element table, MappedText out) {
            MappedText rows = new MappedText();
            boolean header = true;
            for (Element row : table.select("tr")) {
                Elements cells = row.select("> th, > td");
                if (cells.isEmpty()) {
                    continue;
                }
                rows.appendInsertedAt("|", sourceStart(row));
                for (Element cell : cells) {
                    rows.appendInserted(" ").append(collapse(inline(cell)).replaceAll(PIPE, m -> "\\|")).appendInserted(" |");
                }
                rows.appendInserted("\n");
                if (header) {
                    rows.appendInserted("|" + " --- |".repeat(cells.size()) + "\n");
                    header = false;
                }
            }
            paragraph(out, rows);
        }

        /**
         * Preformatted text as written: its line breaks and runs of spaces are the layout (a logged
         * exchange, a transcript, code), so nothing is collapsed; tags inside it are dropped.
         */
        private void preformatted(Element pre, MappedText out) {
            MappedText text = new MappedText();
            pre.traverse((node, depth) -> {
                if (node instanceof TextNode t) {
                    verbatim(t, text);
                } else if (node instanceof Element e && e.tagName().equals("br")) {
                    text.appendInsertedAt("\n", sourceStart(e));
                }
            });
            int from = 0;
            if (from < text.length() && text.charAt(from) == '\n') {
                from++; // a line break just after the opening tag is not content, as browsers read it
            }
            int to = text.length();
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            while (from < to && text.charAt(from) == '\n') {
                from++;
            }
            if (from < to) {
                if (out.length() > 0) {
                    out.appendInserted("\n\n");
                }
                out.append(text, from, to);
            }
        }

        /**
         * The text node's characters, white space collapsed to one space as a browser shows it: a
         * line break in the source wraps the text at its width, it does not end a line of it.
         */
        private void text(TextNode node, MappedText out) {
            MappedText written = new MappedText(node.getWholeText().length());
            verbatim(node, written);
            out.append(written.replaceAll(WHITE_SPACE, m -> " "));
        }

        /** The text node's characters, each mapped to what it was written as: entities decoded, markup around it skipped. */
        private void verbatim(TextNode node, MappedText out) {
            String decoded = node.getWholeText();
            Range range = node.sourceRange();
            if (!range.isTracked()) {
                out.appendInserted(decoded); // a node the parser made up: it sits where the text before it ends
                return;
            }
            SourceEntities.align(decoded, html, range.start().pos(), range.end().pos(), out);
        }

        /** Where a block's own text starts in the page, for the marks the extraction puts before it. */
        private static int contentStart(Element element) {
            Range range = element.sourceRange();
            return range.isTracked() ? range.end().pos() : 0;
        }

        private static int sourceStart(Element element) {
            Range range = element.sourceRange();
            return range.isTracked() ? range.start().pos() : 0;
        }
    }

    private static boolean isBlock(Element e) {
        String tag = e.tagName();
        return BLOCKS.contains(tag) || tag.equals("ul") || tag.equals("ol") || tag.equals("dl") || tag.equals("hr")
                || (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1)));
    }

    /**
     * Appends a block, its white space collapsed, separated from the previous one by a blank line.
     * The line breaks left in it are the page's {@code <br>}s: deliberate, so they stay.
     */
    private static void paragraph(MappedText out, MappedText block) {
        MappedText text = collapseLines(block);
        if (text.isEmpty()) {
            return;
        }
        if (out.length() > 0) {
            out.appendInserted("\n\n");
        }
        out.append(text);
    }

    private static MappedText collapseLines(MappedText block) {
        MappedText out = new MappedText(block.length());
        int lineStart = 0;
        for (int i = 0; i <= block.length(); i++) {
            if (i == block.length() || block.charAt(i) == '\n') {
                MappedText collapsed = collapse(block.slice(lineStart, i));
                if (!collapsed.isEmpty()) {
                    if (out.length() > 0) {
                        out.appendInserted("\n");
                    }
                    out.append(collapsed);
                }
                lineStart = i + 1;
            }
        }
        return out;
    }

    private static MappedText collapse(MappedText s) {
        return s.replaceAll(NBSP, m -> " ").replaceAll(WHITE_SPACE, m -> " ").strip();
    }

    private static String collapse(String s) {
        return collapse(MappedText.of(s, 0, s.length())).toString();
    }
}
