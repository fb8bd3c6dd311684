package io.claimstream.parse.turns;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.parse.blocks.Draft;
import io.claimstream.parse.text.Line;

/**
 * A court reporter's transcript (a deposition, a hearing, a trial day): every line carries its number in the
 * margin, questions and answers open with {@code Q.} and {@code A.}, and who asks and who answers is said once:
 * {@code BY MS. ORTEGA:} names the lawyer whose questions follow, {@code DEPOSITION OF MARTA KOVAC} or
 * {@code MARTA KOVAC, having been first duly sworn} names the witness, who also speaks as {@code THE WITNESS:} after
 * an objection. Counsel speak in colloquy under their own names ({@code MR. HALE:}), which the appearances give in
 * full ({@code THOMAS HALE, ESQ.}). So {@code Q.} is the examining lawyer, {@code A.} the witness, each by name; the
 * margin's numbers, the page headers, the reporter's parentheticals and the officers' notices
 * ({@code THE VIDEOGRAPHER: Going off the record}) are the transcript's running of the record.
 */
public final class Depositions {

    /** A line number in the margin, then the space that sets the text off from it. */
    private static final Pattern MARGIN = Pattern.compile("[ \\t]*\\d{1,2}(?=[ \\t]|$)[ \\t]*");
    private static final Pattern QA = Pattern.compile("([QA])\\.[ \\t]+(?=\\S)");
    private static final Pattern EXAMINER = Pattern.compile("BY[ \\t]+((?:MR|MS|MRS|DR|MISS)\\.?[ \\t]+([\\p{Lu}'-]+))[ \\t]*:[ \\t]*");
    private static final Pattern COLLOQUY = Pattern.compile(
            "((?:MR|MS|MRS|DR|MISS)\\.?[ \\t]+([\\p{Lu}'-]+)|THE WITNESS)[ \\t]*:[ \\t]+(?=\\S)");
    private static final Pattern WITNESS = Pattern.compile("(?:DEPOSITION|EXAMINATION|TESTIMONY) OF[ \\t]+"
            + "(\\p{Lu}[\\p{Lu}.'-]+(?:[ \\t]+\\p{Lu}[\\p{Lu}.'-]+){1,3})|(\\p{Lu}[\\p{Lu}.'-]+(?:[ \\t]+\\p{Lu}[\\p{Lu}.'-]+){1,3}),"
            + "\\s*(?:\\d{1,2}[ \\t]+)?having been (?:first )?duly sworn");
    /** The court's officers, whose words run the record: nobody's view, and the end of the turn before. */
    private static final Pattern OFFICER = Pattern.compile(
            "THE (?:VIDEOGRAPHER|REPORTER|COURT REPORTER|CLERK|INTERPRETER|BAILIFF)[ \\t]*:.*");
    private static final Pattern PAGE = Pattern.compile("[ \\t]*Page[ \\t]+\\d+[ \\t]*");
    private static final Set<String> HONORIFICS = Set.of("MR", "MS", "MRS", "DR", "MISS", "BY", "THE", "AND", "OF");
    private static final int MIN_QUESTIONS_AND_ANSWERS = 5;

    private Depositions() {
    }

    /** Whether the text is such a transcript: several numbered lines open a question and several an answer. */
    public static boolean isTranscript(String text, List<Line> lines) {
        int questions = 0;
        int answers = 0;
        for (Line line : lines) {
            Matcher qa = questionOrAnswer(text, line);
            if (qa != null) {
                if (qa.group(1).equals("Q")) {
                    questions++;
                } else {
                    answers++;
                }
            }
        }
        return questions >= 2 && answers >= 2 && questions + answers >= MIN_QUESTIONS_AND_ANSWERS;
    }

    /** Per line, the label of the question, answer or colloquy it opens, each by the person's name. */
    public static SpeakerLabel[] labels(String text, List<Line> lines) {
        String witness = witness(text);
        SpeakerLabel[] labels = new SpeakerLabel[lines.size()];
        String examiner = null;
        for (Line line : lines) {
            if (line.isBlank()) {
                continue;
            }
            int from = afterMargin(text, line);
            String rest = text.substring(from, line.end());
            Matcher by = EXAMINER.matcher(rest);
            if (by.matches()) {
                examiner = fullName(text, by.group(2), by.group(1));
                continue;
            }
            Matcher qa = QA.matcher(rest);
            if (qa.lookingAt()) {
                String who = qa.group(1).equals("Q") ? examiner : witness;
                boolean named = who != null;
                labels[line.index()] = new SpeakerLabel(named ? who : qa.group(1), null, from, from + 1, line.start(),
                        from + qa.end(), !named, null, false, SpeakerLabel.Separator.PERIOD);
                continue;
            }
            Matcher colloquy = COLLOQUY.matcher(rest);
            if (colloquy.lookingAt()) {
                String who = colloquy.group(2) == null ? witness : fullName(text, colloquy.group(2), colloquy.group(1));
                if (who != null) {
                    labels[line.index()] = new SpeakerLabel(who, null, from, from + colloquy.end(1), line.start(),
                            from + colloquy.end(), false, null, false, SpeakerLabel.Separator.COLON);
                }
            }
        }
        return labels;
    }

    /**
     * Sets each paragraph's text off from its margin number, and marks the layout as metadata: lines holding only
     * their number, page headers, {@code BY MS. ORTEGA:} and the reporter's parentheticals ({@code (Recess taken.)}).
     * A numbered line is text whatever it looks like: the number makes no list and no heading of it. The lines of
     * one answer (or question) make one paragraph, its margin numbers inside it.
     */
    public static void markLayout(String text, List<Line> lines, List<Draft> drafts) {
        markEach(text, lines, drafts);
        // an answer goes on over the next numbered lines as one paragraph, so its sentences are read whole
        Draft previous = null;
        for (java.util.Iterator<Draft> it = drafts.iterator(); it.hasNext(); ) {
            Draft draft = it.next();
            if (previous != null && draft.label == null && draft.kind.equals(Draft.TEXT)
                    && previous.kind.equals(Draft.TEXT) && draft.firstLine == previous.lastLine + 1) {
                previous.end = draft.end;
                previous.lastLine = draft.lastLine;
                it.remove();
                continue;
            }
            previous = draft;
        }
    }

    private static void markEach(String text, List<Line> lines, List<Draft> drafts) {
        for (Draft draft : drafts) {
            Line line = lines.get(draft.firstLine);
            int from = afterMargin(text, line);
            String rest = text.substring(from, draft.end).strip();
            if (draft.label == null) {
                draft.start = Math.min(from, draft.end);
                draft.kind = Draft.TEXT;
            }
            if (OFFICER.matcher(rest).matches()) {
                draft.speakerChange = true;
            }
            if (rest.isEmpty() || draft.speakerChange || PAGE.matcher(rest).matches() || EXAMINER.matcher(rest).matches()
                    || rest.startsWith("(") && rest.endsWith(")")) {
                draft.kind = Draft.METADATA;
            }
        }
    }

    private static int afterMargin(String text, Line line) {
        Matcher m = MARGIN.matcher(text).region(line.start(), line.end());
        return m.lookingAt() ? m.end() : line.start();
    }

    private static Matcher questionOrAnswer(String text, Line line) {
        if (line.isBlank()) {
            return null;
        }
        int from = afterMargin(text, line);
        if (from == line.start()) {
            return null; // the margin's number is what sets a transcript's Q. apart from a lettered list
        }
        Matcher m = QA.matcher(text).region(from, line.end());
        return m.lookingAt() ? m : null;
    }

    /** The witness as the caption or the oath names them, in the capitals the transcript writes, or null. */
    private static String witness(String text) {
        Matcher m = WITNESS.matcher(text);
        if (!m.find()) {
            return null;
        }
        return (m.group(1) != null ? m.group(1) : m.group(2)).replaceAll("[ \\t]+", " ");
    }

    /**
     * {@code THOMAS HALE} for {@code MR. HALE}: the given name the transcript writes before the surname elsewhere
     * (the appearances), or the label as written when it gives none.
     */
    private static String fullName(String text, String surname, String label) {
        Matcher m = Pattern.compile("\\b(\\p{Lu}[\\p{L}'-]+)[ \\t]+(?:\\p{Lu}\\.[ \\t]+)?" + Pattern.quote(surname) + "\\b",
                Pattern.CASE_INSENSITIVE).matcher(text);
        while (m.find()) {
            String given = m.group(1);
            if (!HONORIFICS.contains(given.toUpperCase(java.util.Locale.ROOT).replace(".", ""))
                    && Character.isUpperCase(given.charAt(0)) && !given.equalsIgnoreCase(surname)) {
                return given + " " + text.substring(m.end() - surname.length(), m.end());
            }
        }
        return label.replaceAll("[ \\t]+", " ");
    }
}
