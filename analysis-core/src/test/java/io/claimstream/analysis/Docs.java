package io.claimstream.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.contracts.DocumentMetadata;
import io.claimstream.contracts.Paragraph;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.Span;
import io.claimstream.contracts.Turn;

/**
 * Hand-built {@link ParsedDocument}s for tests, independent of the parsing module: every line is a
 * paragraph; {@code Name:} or {@code Name (Role):} at a line start opens a turn that runs until
 * the next label or a {@code #} heading; {@code - } lines are bullets, {@code |} lines table rows.
 */
public final class Docs {

    private static final Pattern LABEL = Pattern.compile("^(\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,3})"
            + "(?: \\(([^)]{1,60})\\))?: ");
    private static final DocumentAnalyzer ANALYZER = new DocumentAnalyzer();

    private Docs() {
    }

    private static int occurrences(String text, String label) {
        int n = 0;
        for (int at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) {
            n++;
        }
        return n;
    }

    public static DocumentAnalyzer analyzer() {
        return ANALYZER;
    }

    public static ParsedDocument parse(String text) {
        return parse(text, null);
    }

    public static ParsedDocument parse(String text, String published) {
        List<Turn> turns = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        int currentTurn = -1;
        int start = 0;
        String previousKind = "";
        for (String line : text.split("\n", -1)) {
            int end = start + line.length();
            if (!line.isBlank()) {
                Matcher label = LABEL.matcher(line);
                boolean isLabel = label.find();
                String kind = line.startsWith("#") ? "heading" : line.startsWith("- ") ? "bullet"
                        : line.startsWith("|") ? "table" : "text";
                if (isLabel) {
                    turns.add(new Turn(label.group(1), label.group(2), new Span(start, start + label.end() - 2),
                            new Span(start + label.end(), end), null, null));
                    currentTurn = turns.size() - 1;
                } else if (kind.equals("heading")) {
                    currentTurn = -1;
                } else if (currentTurn >= 0) {
                    Turn t = turns.get(currentTurn);
                    turns.set(currentTurn, new Turn(t.speaker(), t.role(), t.label(), new Span(t.span().start(), end),
                            null, null));
                }
                if (kind.equals("table") && previousKind.equals("table")) {
                    Paragraph last = paragraphs.remove(paragraphs.size() - 1);
                    paragraphs.add(new Paragraph(new Span(last.span().start(), end), last.turn(), "table"));
                } else {
                    paragraphs.add(new Paragraph(new Span(start, end), kind.equals("heading") ? -1 : currentTurn, kind));
                }
                previousKind = kind;
            }
            start = end + 1;
        }
        return new ParsedDocument(ParsedDocument.SCHEMA_VERSION, "doc-" + Integer.toHexString(text.hashCode()), text,
                "test", new DocumentMetadata("test", null, null, published, published == null ? null : "day", "en", null),
                List.of(), turns, paragraphs, List.of(), Instant.parse("2026-01-01T00:00:00Z"));
    }
}
