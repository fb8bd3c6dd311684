package io.claimstream.analysis.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.contracts.Span;

/**
 * The pieces of a page that each have a writer of their own, named at their end or over them: a letters page's
 * letters, each signed below its last paragraph ({@code Name / Title, Company / City}) or after it on the same line
 * ({@code … — Name, City}), and the turns a label line opens ({@code Name replies:}, {@code **handle** wrote:},
 * {@code A spokesperson for Acme writes:}). A signed piece runs up from its signature to the one before it, a
 * separator, a title line or a label, or from the salutation it opens with ("Sir,", "Dear editor,"); a labelled
 * piece runs down to the next separator, title line, label or signature. Each is written in the first person: its
 * "I" and its unattributed assertions are its writer's. The signature, the label and the salutation say nothing.
 */
public final class SignedPieces {

    /**
     * @param body        the writer's words
     * @param writer      the name the piece is signed or labelled with
     * @param organisation whether the writer is an organisation speaking through a spokesperson
     * @param description the title under a signature ("Chief Financial Officer, Acme"), the place after a dash
     *                    signature's name ("Leeds"), or ""
     * @param quiet       the signature, label and salutation lines, which claim nothing
     */
    public record Piece(Span body, String writer, boolean organisation, String description, List<Span> quiet) {

        public boolean holds(int at) {
            return body.start() <= at && at < body.end() || quiet.stream().anyMatch(q -> q.start() <= at && at < q.end());
        }

        /** The stretch is all signature, label or salutation. */
        public boolean isQuiet(Span s) {
            return quiet.stream().anyMatch(q -> q.start() <= s.start() && s.end() <= q.end());
        }

        /**
         * The stretch without the signature, label or salutation it opens or closes on ("Sir, Every …", "… zero. —
         * Jane Roe, Leeds"), or null when nothing else is left.
         */
        public Span outsideQuiet(Span s) {
            int start = s.start();
            int end = s.end();
            for (Span q : quiet) {
                if (q.start() <= start && start < q.end()) {
                    start = q.end();
                }
                if (q.start() < end && end <= q.end() || start < q.start() && q.end() <= end) {
                    end = Math.min(end, q.start());
                }
            }
            return start >= end ? null : start == s.start() && end == s.end() ? s : new Span(start, end);
        }
    }

    /** "---", "* * *", "___": a rule between pieces. */
    private static final Pattern SEPARATOR = Pattern.compile("[ \\t]*(?:[-–—_*=~•·][ \\t]*){3,}");
    /** "Sir,", "Madam,", "Dear Editor,", "To the editor:" opening a letter, perhaps with its first sentence after it. */
    private static final Pattern SALUTATION = Pattern.compile("[ \\t*_]*(?:Sir(?: or Madam)?|Madam|Dear [^\\n,:]{1,60}"
            + "|To the [Ee]ditor)[,:]");
    /** "Dr Jane Roe", "Qiao Wenbo", "Mira K. Solberg": a signature's name (an honorific reads as a first word). */
    private static final String NAME = "\\p{Lu}[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}\\.)?(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*){1,2}";
    private static final Pattern NAME_LINE = Pattern.compile("[ \\t*_]*(" + NAME + ")[ \\t*_]*");
    /** "— Rupert Roe, Leeds" closing a letter's last line, or on a line of its own under it. */
    private static final Pattern DASH_SIGNATURE = Pattern.compile("(?:(?<=[.!?\"”’)])[ \\t]+|^[ \\t]*)(?:[—–]|--)[ \\t]*("
            + NAME + ")(?:,[ \\t]*([^\\n.!?:;]{1,60}))?[ \\t]*$", Pattern.MULTILINE);
    /** Who a spokesperson speaks for: "A spokesperson for Meridel AI". */
    private static final String SPOKESPERSON = "(?:An?|The)[ \\t]+(?:spokesperson|spokesman|spokeswoman|representative)"
            + "[ \\t]+(?:for|of|at)[ \\t]+(\\p{Lu}[\\p{L}\\d&'’.-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\d&'’.-]*){0,3})";
    /** A commenter's handle: a word with an underscore or a digit in it, or after an at sign. */
    private static final String HANDLE = "@?[\\p{L}\\d._-]*[_\\d][\\p{L}\\d._-]*|@[\\p{L}\\d._-]+";
    private static final Pattern LABEL = Pattern.compile("[ \\t]*(?:" + SPOKESPERSON + "|[*_]{0,2}(" + NAME + "|" + HANDLE
            + ")[*_]{0,2})[ \\t]+(?:writes|wrote|replies|replied|responds|responded|adds|comments|commented|answers)"
            + "[ \\t]*:[ \\t*_]*");
    /** A letter, a reply and a comment are written in the first person, or to the publication ("your columnist"). */
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s|i|[Yy]ou|[Yy]our)\\b");
    /** A line of a signature under the name, or a title over a piece: short, and no sentence. */
    private static final int SHORT = 90;
    private static final int SIGNATURE_LINES = 3;

    private SignedPieces() {
    }

    private record Line(int start, int end, String text) {
        boolean blank() {
            return text.isBlank();
        }
    }

    /** The signed and labelled pieces of the text, in order; empty for a text that has none. */
    public static List<Piece> in(String text) {
        List<Line> lines = lines(text);
        List<Piece> pieces = new ArrayList<>();
        int boundary = 0; // where the piece being read may begin: after a separator, a title, a label or a signature
        Piece labelled = null;
        int labelledFrom = -1;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            Matcher label = LABEL.matcher(line.text());
            boolean separator = SEPARATOR.matcher(line.text()).matches();
            boolean title = isTitle(lines, i);
            int signatureEnd = separator || label.matches() ? -1 : signatureEnd(lines, i);
            Matcher dash = DASH_SIGNATURE.matcher(line.text());
            boolean dashed = !separator && signatureEnd < 0 && dash.find() && endsParagraph(lines, i)
                    && !opensWithQuotation(text, boundary);
            if (labelled != null && (separator || title || label.matches() || signatureEnd >= 0 || dashed)) {
                addIfFirstPerson(pieces, text, labelled, labelledFrom, line.start());
                labelled = null;
            }
            if (label.matches() && !quotationFollows(lines, i)) {
                String writer = label.group(1) != null ? label.group(1) : label.group(2);
                labelled = new Piece(null, writer.strip(), label.group(1) != null, "",
                        List.of(new Span(line.start(), line.end())));
                labelledFrom = line.end();
                boundary = line.end();
            } else if (signatureEnd >= 0) {
                Matcher name = NAME_LINE.matcher(line.text());
                name.matches();
                // the line under the name gives the title and the organisation; a place may follow it
                String description = signatureEnd > i ? lines.get(i + 1).text().strip() : "";
                addSigned(pieces, text, lines, boundary, line.start(), name.group(1), description,
                        new Span(line.start(), lines.get(signatureEnd).end()));
                boundary = lines.get(signatureEnd).end();
                i = signatureEnd;
            } else if (dashed) {
                int at = line.start() + dash.start();
                addSigned(pieces, text, lines, boundary, at, dash.group(1),
                        dash.group(2) == null ? "" : dash.group(2).strip(), new Span(at, line.end()));
                boundary = line.end();
            } else if (separator || title) {
                boundary = line.end();
            }
        }
        if (labelled != null) {
            addIfFirstPerson(pieces, text, labelled, labelledFrom, text.length());
        }
        return pieces;
    }

    /** A piece signed at {@code signedAt}: its body runs up to the boundary before it, or its salutation. */
    private static void addSigned(List<Piece> pieces, String text, List<Line> lines, int boundary, int signedAt,
                                  String writer, String description, Span signature) {
        List<Span> quiet = new ArrayList<>(List.of(signature));
        int start = boundary;
        for (Line l : lines) {
            if (l.start() >= boundary && l.start() < signedAt) {
                Matcher salutation = SALUTATION.matcher(l.text());
                if (salutation.lookingAt()) {
                    start = l.start();
                    int after = salutation.end();
                    while (after < l.text().length() && (l.text().charAt(after) == ' ' || l.text().charAt(after) == '\t')) {
                        after++; // "Sir, Every build-out …": the letter's first words follow on the salutation's line
                    }
                    quiet.add(new Span(l.start(), l.start() + after));
                    break;
                }
            }
        }
        Piece piece = new Piece(new Span(start, signedAt), writer.replaceAll("[ \\t]+", " "), false, description, quiet);
        if (quiet.size() > 1) {
            pieces.add(piece); // a salutation makes it a letter, in whatever person it goes on
        } else {
            addIfFirstPerson(pieces, text, piece, start, signedAt);
        }
    }

    private static void addIfFirstPerson(List<Piece> pieces, String text, Piece piece, int from, int to) {
        if (from < to && FIRST_PERSON.matcher(text.substring(from, to)).find()) {
            pieces.add(new Piece(new Span(from, to), piece.writer(), piece.organisation(), piece.description(),
                    piece.quiet()));
        }
    }

    /**
     * Where the signature whose name is on line {@code i} ends (its last line), or -1 when the line is no signature: a
     * name alone on its line under a paragraph's end, at most three short lines under it (title, organisation, place),
     * and then a blank line and nothing, a separator, a title or a salutation.
     */
    private static int signatureEnd(List<Line> lines, int i) {
        Matcher name = NAME_LINE.matcher(lines.get(i).text());
        if (!name.matches() || Byline.NOT_A_NAME.matcher(name.group(1)).matches()
                || NameRuns.isNeverAName(name.group(1).split("[ \\t]+")[0])) {
            return -1;
        }
        int above = previousWithText(lines, i);
        if (above < 0 || !Byline.endsAParagraph(lines.get(above).text().strip())) {
            return -1;
        }
        int end = i;
        while (end + 1 < lines.size() && !lines.get(end + 1).blank()) {
            String next = lines.get(end + 1).text().strip();
            if (end - i == SIGNATURE_LINES || next.length() > SHORT || next.matches(".*[.!?:;]")
                    || SEPARATOR.matcher(next).matches()) {
                return SEPARATOR.matcher(next).matches() ? end : -1;
            }
            end++;
        }
        int after = end + 1;
        while (after < lines.size() && lines.get(after).blank()) {
            after++;
        }
        if (after == lines.size()) {
            return end;
        }
        String next = lines.get(after).text();
        return SEPARATOR.matcher(next).matches() || SALUTATION.matcher(next).lookingAt() || isTitle(lines, after)
                ? end : -1;
    }

    /** A short line of its own with no sentence's end, set apart by blank lines: a letter's title or a section's. */
    private static boolean isTitle(List<Line> lines, int i) {
        String t = lines.get(i).text().strip();
        return t.length() <= SHORT && !t.matches(".*[.!?:;,\"”]") && (i == 0 || lines.get(i - 1).blank())
                && (i + 1 == lines.size() || lines.get(i + 1).blank()) && !NAME_LINE.matcher(t).matches();
    }

    /** '"…" — Dana Park, CEO': a quotation and its credit, which the readers of quotations attribute. */
    private static boolean opensWithQuotation(String text, int from) {
        String rest = text.substring(from).strip();
        return rest.startsWith("\"") || rest.startsWith("“");
    }

    /** The line ends its paragraph: a blank line, a separator or the end of the text is next. */
    private static boolean endsParagraph(List<Line> lines, int i) {
        return i + 1 == lines.size() || lines.get(i + 1).blank() || SEPARATOR.matcher(lines.get(i + 1).text()).matches();
    }

    /**
     * '"Tomasz Wren wrote:" over a block quote or a quotation: an article introducing somebody's words, which a reader
     * of quotations attributes; a label's turn runs on in plain paragraphs.
     */
    private static boolean quotationFollows(List<Line> lines, int i) {
        int next = i + 1;
        while (next < lines.size() && lines.get(next).blank()) {
            next++;
        }
        return next < lines.size() && lines.get(next).text().matches("(?:[ \\t]*>|[ \\t]{4,}|\\t|[ \\t]*[\"“]).*");
    }

    private static int previousWithText(List<Line> lines, int i) {
        int above = i - 1;
        while (above >= 0 && lines.get(above).blank()) {
            above--;
        }
        return above;
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            lines.add(new Line(start, end, text.substring(start, end)));
            start = end + 1;
        }
        return lines;
    }
}
