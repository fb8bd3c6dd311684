package io.claimstream.analysis.sentences;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.contracts.Paragraph;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.Span;
import io.claimstream.contracts.Turn;

/**
 * Reads a {@link ParsedDocument} into blocks: the parser's paragraphs cut to the spoken part of
 * their turn (the {@code Name:} label is not speech), tables cut into rows, list markers
 * stripped. A document without paragraphs is read line by line, so a hand-made or minimal
 * parse still analyzes.
 */
public final class BlockReader {

    /** The marks the parser reads as a list item's (its LineClassifier), arrows and triangles of digests too. */
    private static final Pattern BULLET_MARKER = Pattern.compile("^\\s*(?:[-*•·▪◦‣–—→⇒➜➤▸►▶]|\\d{1,2}[.)]|\\(\\d{1,2}\\))\\s+");
    private static final Pattern TABLE_RULE = Pattern.compile("^[\\s|:+-]*$");

    private BlockReader() {
    }

    public static List<Block> read(ParsedDocument doc) {
        String text = doc.text();
        List<Paragraph> paragraphs = doc.paragraphs().isEmpty() ? linesAsParagraphs(doc) : doc.paragraphs();
        List<Block> blocks = new ArrayList<>();
        String section = "";
        int wrapWidth = LineBreaks.wrapWidth(text);
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph paragraph = paragraphs.get(p);
            Span span = clip(paragraph.span(), text.length());
            int last = p;
            while (paragraph.turn() < 0 && "heading".equals(paragraph.kind())
                    && wrappedHeading(text, paragraphs, last, wrapWidth)) {
                last++;
            }
            if (last > p) {
                // a line of the header that the wrap broke in two ("Panelists: … TANAKA" / "Yui (CTO, …)") is one
                // line of text, read as it was before the wrap, so that a name broken across the lines stays one
                add(blocks, trimmed(text, new Span(span.start(), clip(paragraphs.get(last).span(), text.length())
                        .end())), BlockKind.PROSE, -1, p, section, List.of());
                p = last;
                continue;
            }
            int turn = paragraph.turn() >= 0 && paragraph.turn() < doc.turns().size() ? paragraph.turn() : -1;
            if (turn >= 0) {
                span = spokenPart(span, doc.turns().get(turn).span());
            }
            String kind = paragraph.kind() == null ? "text" : paragraph.kind();
            if (kind.equals("heading")) {
                section = span.of(text).strip();
            }
            addBlocks(blocks, text, span, kind, turn, p, section);
        }
        return blocks;
    }

    /**
     * The blocks with each paragraph that is one of the writer's own bracketed notes ({@code [JK: …]} under Jonah
     * Keller's byline), which the parser set aside as an editor's insertion, read as prose: the writer says it.
     *
     * @param marks the labels the writer signs notes with, as {@link SentenceSplitter#writersNotes} reads them
     */
    public static List<Block> withWritersNotes(List<Block> blocks, String text, java.util.Set<String> marks) {
        List<io.claimstream.contracts.Span> notes = SentenceSplitter.writersNotes(text, marks);
        if (notes.isEmpty()) {
            return blocks;
        }
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            boolean note = b.kind() == BlockKind.METADATA && notes.stream().anyMatch(n -> n.equals(b.span()));
            out.add(note ? new Block(b.index(), b.span(), BlockKind.PROSE, b.turn(), b.paragraph(), b.section(),
                    b.columns()) : b);
        }
        return out;
    }

    /**
     * Whether paragraph {@code p}, a heading, and the next, a heading too, are one line that a text hard-wrapped at
     * {@code width} broke: nothing between them but the line break, and the next one's first word would not have
     * fitted on the line.
     */
    private static boolean wrappedHeading(String text, List<Paragraph> paragraphs, int p, int width) {
        if (width < 0 || p + 1 >= paragraphs.size()) {
            return false;
        }
        Paragraph next = paragraphs.get(p + 1);
        Span here = clip(paragraphs.get(p).span(), text.length());
        Span there = clip(next.span(), text.length());
        if (next.turn() >= 0 || !"heading".equals(next.kind()) || there.start() < here.end()) {
            return false;
        }
        String between = text.substring(here.end(), there.start());
        return between.isBlank() && between.chars().filter(c -> c == '\n').count() == 1
                && LineBreaks.wrappedBetween(lastLine(here.of(text)), there.of(text), width);
    }

    private static String lastLine(String s) {
        return s.substring(s.lastIndexOf('\n') + 1);
    }

    private static void addBlocks(List<Block> blocks, String text, Span span, String kind, int turn, int p,
                                  String section) {
        switch (kind) {
            case "heading" -> add(blocks, trimmed(text, span), BlockKind.HEADING, turn, p, section, List.of());
            case "metadata" -> add(blocks, trimmed(text, span), BlockKind.METADATA, turn, p, section, List.of());
            case "table" -> addTableRows(blocks, text, span, turn, p, section);
            case "bullet" -> {
                Span s = trimmed(text, span);
                Matcher m = BULLET_MARKER.matcher(text).region(s.start(), s.end());
                add(blocks, m.lookingAt() ? new Span(m.end(), s.end()) : s, BlockKind.BULLET, turn, p, section,
                        List.of());
            }
            default -> add(blocks, trimmed(text, span), BlockKind.PROSE, turn, p, section, List.of());
        }
    }

    private static void addTableRows(List<Block> blocks, String text, Span span, int turn, int p, String section) {
        List<String> columns = null;
        for (Span line : lines(text, span)) {
            String row = line.of(text);
            if (TABLE_RULE.matcher(row).matches()) {
                continue;
            }
            Span cells = trimmed(text, stripPipes(text, line));
            if (columns == null) {
                columns = TableCells.of(text, cells).stream().map(c -> c.of(text).strip()).toList();
                add(blocks, cells, BlockKind.TABLE_HEADER, turn, p, section, columns);
            } else {
                add(blocks, cells, BlockKind.TABLE_ROW, turn, p, section, columns);
            }
        }
    }

    private static Span stripPipes(String text, Span line) {
        int start = line.start();
        int end = line.end();
        while (start < end && (text.charAt(start) == '|' || Character.isWhitespace(text.charAt(start)))) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == '|' || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return new Span(start, end);
    }

    private static void add(List<Block> blocks, Span span, BlockKind kind, int turn, int p, String section,
                            List<String> columns) {
        if (span.length() > 0) {
            blocks.add(new Block(blocks.size(), span, kind, turn, p, section, columns));
        }
    }

    /** Without paragraphs from the parser: every non-blank line is a paragraph of its turn, if any. */
    private static List<Paragraph> linesAsParagraphs(ParsedDocument doc) {
        List<Paragraph> paragraphs = new ArrayList<>();
        String text = doc.text();
        for (Span line : lines(text, new Span(0, text.length()))) {
            int turn = -1;
            for (int t = 0; t < doc.turns().size(); t++) {
                Turn candidate = doc.turns().get(t);
                Span whole = new Span(candidate.label() != null ? Math.min(candidate.label().start(),
                        candidate.span().start()) : candidate.span().start(), candidate.span().end());
                if (whole.start() < line.end() && line.start() < whole.end()) {
                    turn = t;
                    break;
                }
            }
            paragraphs.add(new Paragraph(line, turn, line.of(text).strip().startsWith("|") ? "table" : "text"));
        }
        return paragraphs;
    }

    static List<Span> lines(String text, Span span) {
        List<Span> lines = new ArrayList<>();
        int start = span.start();
        for (int i = span.start(); i <= span.end(); i++) {
            if (i == span.end() || text.charAt(i) == '\n') {
                Span line = trimmed(text, new Span(start, i));
                if (line.length() > 0) {
                    lines.add(line);
                }
                start = i + 1;
            }
        }
        return lines;
    }

    static Span trimmed(String text, Span span) {
        int start = span.start();
        int end = span.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    /** The part of a paragraph inside its turn's spoken span, which leaves out the speaker label. */
    private static Span spokenPart(Span paragraph, Span spoken) {
        int start = Math.max(paragraph.start(), spoken.start());
        int end = Math.min(paragraph.end(), spoken.end());
        if (start < end) {
            return new Span(start, end);
        }
        // a label alone on its line ("Ruth Adebayo -- Chief Financial Officer") before its turn's text
        // says who speaks, nothing the speaker said
        return paragraph.end() <= spoken.start() ? new Span(paragraph.start(), paragraph.start()) : paragraph;
    }

    private static Span clip(Span span, int length) {
        int end = Math.min(span.end(), length);
        return new Span(Math.min(span.start(), end), end);
    }
}
