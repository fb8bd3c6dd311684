package io.claimstream.parse.formats;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Extracts the readable text of an HTML page with jsoup: navigation, scripts, forms and page
 * furniture are dropped; headings become {@code #} lines, list items {@code -} lines, table rows
 * {@code | cell |} lines and other blocks paragraphs separated by blank lines, so that the text
 * pipeline finds the same structure as in Markdown. This text is what gets stored.
 */
public final class HtmlText {

    private static final String DROP = "script, style, noscript, template, iframe, svg, canvas, form, button, input, "
            + "select, textarea, nav, header, footer, aside, menu, dialog, [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]";
    private static final Pattern FURNITURE = Pattern.compile(
            "(^|[\\s_-])(nav|navbar|menu|breadcrumbs?|sidebar|footer|header|cookie|consent|banner|advert|ads?|promo"
                    + "|share|sharing|social|related|recommend|newsletter|subscribe|comments?|popup|modal)([\\s_-]|$)",
            Pattern.CASE_INSENSITIVE);
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

    /** The page's text, and its title and publication date when the markup names them. */
    public record Extracted(String text, String title, String published) {
    }

    public static Extracted extract(String html) {
        Document document = Jsoup.parse(html);
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
        StringBuilder out = new StringBuilder(html.length() / 2);
        appendBlocks(root, out);
        return new Extracted(out.toString().strip(), title == null ? null : collapse(title), published);
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

    private static void appendBlocks(Element element, StringBuilder out) {
        String tag = element.tagName();
        if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
            paragraph(out, "#".repeat(tag.charAt(1) - '0') + " " + inline(element));
            return;
        }
        switch (tag) {
            case "li" -> {
                paragraph(out, "- " + inline(element));
                return;
            }
            case "table" -> {
                table(element, out);
                return;
            }
            case "br", "hr", "img" -> {
                return;
            }
            default -> {
            }
        }
        StringBuilder run = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof Element e && (isBlock(e) || e.tagName().equals("li") || e.tagName().equals("table"))) {
                paragraph(out, run.toString());
                run.setLength(0);
                appendBlocks(e, out);
            } else if (child instanceof Element e && e.tagName().equals("br")) {
                // a line break inside a paragraph is kept: transcripts put a speaker on each line
                run.append('\n');
            } else {
                run.append(child instanceof TextNode t ? t.getWholeText() : child instanceof Element e ? inline(e) : "");
            }
        }
        paragraph(out, run.toString());
    }

    private static boolean isBlock(Element e) {
        String tag = e.tagName();
        return BLOCKS.contains(tag) || tag.equals("ul") || tag.equals("ol") || tag.equals("dl") || tag.equals("hr")
                || (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1)));
    }

    private static String inline(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                text.append(t.getWholeText());
            } else if (child instanceof Element e) {
                text.append(e.tagName().equals("br") ? "\n" : inline(e));
            }
        }
        return text.toString();
    }

    private static void table(Element table, StringBuilder out) {
        StringBuilder rows = new StringBuilder();
        boolean header = true;
        for (Element row : table.select("tr")) {
            Elements cells = row.select("> th, > td");
            if (cells.isEmpty()) {
                continue;
            }
            rows.append('|');
            for (Element cell : cells) {
                rows.append(' ').append(collapse(cell.text()).replace("|", "\\|")).append(" |");
            }
            rows.append('\n');
            if (header) {
                rows.append('|').append(" --- |".repeat(cells.size())).append('\n');
                header = false;
            }
        }
        paragraph(out, rows.toString());
    }

    /** Appends a block, its whitespace collapsed (line breaks kept), separated from the previous one by a blank line. */
    private static void paragraph(StringBuilder out, String block) {
        String text = collapseLines(block);
        if (text.isEmpty()) {
            return;
        }
        if (out.length() > 0) {
            out.append("\n\n");
        }
        out.append(text);
    }

    private static String collapseLines(String block) {
        StringBuilder out = new StringBuilder(block.length());
        for (String line : block.split("\n")) {
            String collapsed = collapse(line);
            if (!collapsed.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(collapsed);
            }
        }
        return out.toString();
    }

    private static String collapse(String s) {
        return s.replace('\u00A0', ' ').replaceAll("[\\s\\u200B]+", " ").strip();
    }
}
