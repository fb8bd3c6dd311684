package io.claimstream.parse.blocks;

import io.claimstream.parse.text.Chars;
import io.claimstream.parse.text.Line;
import io.claimstream.parse.text.Timestamps;
import io.claimstream.parse.turns.SpeakerLabel;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups lines into paragraphs. Blank lines always separate; inside a block, a label, heading,
 * bullet, table or note starts a new paragraph, and a plain line joins the previous one only when
 * the block looks hard-wrapped (short lines of similar width). Text copied from web pages puts one
 * paragraph on each line, so there every line is its own paragraph. The lines of one paragraph
 * are therefore one run of text wrapped at a width, which the analysis reads across.
 */
public final class ParagraphAssembler {

    /** Lines longer than this are not hard-wrapped prose. */
    private static final int MAX_WRAPPED_WIDTH = 100;

    private ParagraphAssembler() {
    }

    /**
     * @param labels per line, the accepted speaker label or null
     * @param mayBeWrapped whether a line break may only wrap a paragraph at a width (a text file);
     *     false for text extracted from a page, where wrapping is already undone and every line
     *     break left was meant ({@code <br>})
     */
    public static List<Draft> assemble(String text, List<Line> lines, SpeakerLabel[] labels, boolean mayBeWrapped) {
        int n = lines.size();
        LineKind[] kinds = new LineKind[n];
        boolean inCapitals = writtenInCapitals(text);
        for (int i = 0; i < n; i++) {
            Line line = lines.get(i);
            kinds[i] = line.isBlank() ? null : labels[i] != null ? LineKind.TEXT : LineClassifier.classify(text, line);
            if (inCapitals && kinds[i] == LineKind.HEADING && text.charAt(line.start()) != '#') {
                kinds[i] = LineKind.TEXT; // every line is in capitals: that says nothing of a heading
            }
        }
        int[] blockWidth = blockWidths(lines);
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        for (int i = 0; i < n; i++) {
            Line line = lines.get(i);
            if (line.isBlank() || kinds[i] == LineKind.RULE) {
                current = null;
                continue;
            }
            LineKind kind = resolveNumbered(text, lines, kinds, i);
            if (current != null && labels[i] == null
                    && joins(text, current, lines.get(i - 1), line, kind, blockWidth[i], mayBeWrapped, inCapitals)) {
                current.end = line.end();
                current.lastLine = i;
                continue;
            }
            current = open(text, line, kind, labels[i]);
            drafts.add(current);
        }
        return drafts;
    }

    private static Draft open(String text, Line line, LineKind kind, SpeakerLabel label) {
        Draft draft = new Draft(line.start(), line.end(), kindName(kind), line.index());
        draft.label = label;
        if (label == null && opensWithChevrons(text, line)) {
            // closed captions mark a change of speaker with ">>" and name the speaker only when known
            int marks = line.start() + 2;
            while (marks < line.end() && text.charAt(marks) == '>') {
                marks++; // ">>>": a broadcast's change of story, and of speaker
            }
            int after = Chars.skipSpace(text, marks, line.end());
            if (after < line.end()) {
                draft.start = after;
                draft.speakerChange = true;
            }
        }
        if (kind == LineKind.HEADING || kind == LineKind.NUMBERED) {
            int markdown = LineClassifier.headingLevel(text, line.start(), line.end());
            if (markdown > 0) {
                draft.level = markdown;
                draft.strong = true;
            } else if (kind == LineKind.NUMBERED) {
                draft.level = LineClassifier.numberDepth(text, line.start(), line.end());
                draft.strong = true;
            } else {
                draft.level = 2;
            }
        }
        return draft;
    }

    private static boolean joins(String text, Draft current, Line previous, Line line, LineKind kind, int width,
                                 boolean mayBeWrapped, boolean inCapitals) {
        if (previous.isBlank()) {
            return false;
        }
        if (current.kind.equals(Draft.TABLE)) {
            return kind == LineKind.TABLE_ROW;
        }
        if (current.label != null && line.end() <= current.label.textStart()) {
            return true; // the role line under a name ("Chief Financial Officer") belongs to the label
        }
        if (current.label != null && current.label.textStart() >= current.end) {
            return false; // a label on its own line: what follows is the first paragraph of the turn
        }
        if (kind != LineKind.TEXT || Timestamps.at(text, line.start(), line.end()) != null
                || opensWithChevrons(text, line)) {
            return false; // a line that starts with a recording time or a speaker change is an utterance of its own
        }
        if (current.kind.equals(Draft.BULLET) && line.indent() > 0) {
            return true;
        }
        if (!current.kind.equals(Draft.TEXT) && !current.kind.equals(Draft.BULLET)) {
            return false;
        }
        return mayBeWrapped && wrapped(text, previous, line, width, inCapitals);
    }

    /**
     * A text written in capitals throughout, as broadcast captions and old wire copy are: there a short line in
     * capitals is a wrapped line of prose like any other, not a heading.
     */
    static boolean writtenInCapitals(String text) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= MIN_LETTERS_IN_CAPITALS && upper * 100 >= letters * 95;
    }

    private static final int MIN_LETTERS_IN_CAPITALS = 200;

    private static boolean opensWithChevrons(String text, Line line) {
        return line.length() > 2 && text.charAt(line.start()) == '>' && text.charAt(line.start() + 1) == '>';
    }

    /** The previous line was broken for width, not because its paragraph ended. */
    private static boolean wrapped(String text, Line previous, Line line, int width, boolean inCapitals) {
        if (width > MAX_WRAPPED_WIDTH) {
            return false;
        }
        if (previous.length() * 10 >= width * 6 && width >= 30) {
            return true;
        }
        char last = text.charAt(previous.end() - 1);
        char next = text.charAt(line.start());
        // in capitals, the next line's first letter cannot say whether it goes on with the sentence
        return !Chars.isSentenceEnd(last) && !Chars.isClosingQuote(last) && last != ':'
                && (Character.isLowerCase(next) || inCapitals && Character.isLetterOrDigit(next));
    }

    /** A numbered line is a heading when it stands alone and does not read like a sentence. */
    private static LineKind resolveNumbered(String text, List<Line> lines, LineKind[] kinds, int i) {
        if (kinds[i] != LineKind.NUMBERED) {
            return kinds[i];
        }
        Line line = lines.get(i);
        if (continuesSentence(text, lines, kinds, i)) {
            return LineKind.TEXT;
        }
        boolean listNeighbour = (i > 0 && kinds[i - 1] == LineKind.NUMBERED)
                || (i + 1 < kinds.length && kinds[i + 1] == LineKind.NUMBERED);
        boolean heading = !listNeighbour && line.length() <= 150
                && LineClassifier.endsLikeNumberedHeading(text, line.start(), line.end());
        return heading ? LineKind.NUMBERED : LineKind.BULLET;
    }

    /**
     * {@code ELECTRICITY IS ROUGHLY / 10 TO 15 PERCENT OF WHAT IT}: a line that opens with a bare figure (no "1."
     * or "4)" after it) right under a line of prose left open mid-sentence is that sentence going on past a wrap,
     * as captions and hard-wrapped text break it wherever the width runs out, not a numbered heading.
     */
    private static boolean continuesSentence(String text, List<Line> lines, LineKind[] kinds, int i) {
        if (i == 0 || kinds[i - 1] != LineKind.TEXT || lines.get(i - 1).isBlank()) {
            return false;
        }
        Line line = lines.get(i);
        int digits = line.start();
        while (digits < line.end() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        boolean bareFigure = digits > line.start() && digits < line.end() && Chars.isSpace(text.charAt(digits));
        Line previous = lines.get(i - 1);
        char last = text.charAt(previous.end() - 1);
        return bareFigure && !Chars.isSentenceEnd(last) && !Chars.isClosingQuote(last) && last != ':';
    }

    private static String kindName(LineKind kind) {
        return switch (kind) {
            case HEADING, NUMBERED -> Draft.HEADING;
            case BULLET -> Draft.BULLET;
            case TABLE_ROW -> Draft.TABLE;
            case METADATA -> Draft.METADATA;
            default -> Draft.TEXT;
        };
    }

    /** Per line, the widest line of its block of consecutive non-blank lines. */
    private static int[] blockWidths(List<Line> lines) {
        int n = lines.size();
        int[] widths = new int[n];
        int i = 0;
        while (i < n) {
            if (lines.get(i).isBlank()) {
                i++;
                continue;
            }
            int j = i;
            int max = 0;
            while (j < n && !lines.get(j).isBlank()) {
                max = Math.max(max, lines.get(j).length());
                j++;
            }
            for (int k = i; k < j; k++) {
                widths[k] = max;
            }
            i = j;
        }
        return widths;
    }
}
