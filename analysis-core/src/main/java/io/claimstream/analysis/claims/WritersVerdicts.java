package io.claimstream.analysis.claims;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.claimstream.analysis.speakers.Person;

/**
 * A roundup prints each respondent's answer under their name and then, under a label in the writer's own first person
 * ({@code **Our read:**}, {@code Our take:}, {@code My verdict:}), what the writer makes of the answers. That paragraph
 * is the byline author's, not the respondent's whose answer it follows, however the layout ran the answer on into it.
 */
public final class WritersVerdicts {

    /** A paragraph opening on the writer's label, markup around it allowed: "**Our read:**", "_My take_:". */
    private static final Pattern LABEL = Pattern.compile("[ \\t>*_]*(?i:our|my)[ \\t]+(?i:read|take|view|verdict"
            + "|assessment|analysis|conclusion|reading|thoughts?)[ \\t]*[*_]*[ \\t]*:");

    /**
     * A line of its own that heads the writer's notes after a transcript ("Translator's afterword", "Editor's note",
     * "Postscript"), no sentence and no label, the turn above it never closed by the layout.
     */
    private static final Pattern AFTERWORD = Pattern.compile("(?m)^[ \\t#*_]*(?:(?i:(?:the[ \\t]+)?(?:translator|editor"
            + "|author|writer|reporter|interviewer|host)s?['’]s?)[ \\t]+(?i:(?:closing|final|short|brief)[ \\t]+)?"
            + "(?i:afterword|postscript|epilogue|notes?|comments?|commentary|thoughts|reflections)"
            + "|(?i:afterword|postscript|epilogue)"
            // "(End of transcript.)", "[END OF TRANSCRIPT]": the words above were the speakers', those below the writer's
            + "|[(\\[]?(?i:end[ \\t]+of[ \\t]+(?:the[ \\t]+)?(?:transcript|translation|recording|panel|session|interview"
            + "|conversation|discussion))\\.?[)\\]]?\\.?"
            // "My take, and my numbers", "Our own view": a heading in the writer's first person
            + "|(?i:my|our)[ \\t]+(?i:own[ \\t]+)?(?i:take|view|read|verdict|thoughts|numbers|odds|assessment)\\b[^.!?:\\n]{0,60})"
            + "[ \\t*_]*$");

    /**
     * A rule on a line of its own ("— — —", "—", "* * *", "---"), then, past blank lines, a short line that is no
     * sentence ("What I make of it", "THE TALLY"): under the last answer, the writer closes the transcript with a
     * section of their own, which the layout never labels.
     */
    private static final Pattern RULED_HEADING = Pattern.compile("(?m)^[ \\t]*(?:[—–*_=-][ \\t]*){1,9}\\n(?:[ \\t]*\\n)*"
            + "[ \\t#*_]*\\p{L}[^\\n.!?:;\"“”|]{0,58}[^\\n.!?:;\"“”|,\\s][ \\t*_]*$");

    private WritersVerdicts() {
    }

    /**
     * The candidates with every sentence of a turn below a heading of the writer's own notes given to the author, as
     * the writer's inferred words: the transcript ended above the heading, which its layout did not show by any label,
     * and the notes are the byline's, not the last speaker's; unchanged when there is no such heading or no author.
     *
     * @param turns the document's turns, whose spans tell which turn the heading sits in
     * @param author the byline's author, registered only when some note is theirs
     */
    public static List<Candidate> afterwordToAuthor(String text, List<io.claimstream.contracts.Turn> turns,
                                                    List<Candidate> candidates, Supplier<Person> author) {
        java.util.Map<Integer, Integer> headingInTurn = new java.util.HashMap<>();
        java.util.regex.Matcher m = AFTERWORD.matcher(text);
        while (m.find()) {
            for (int i = 0; i < turns.size(); i++) {
                if (within(turns.get(i).span(), m.start(), m.end())) {
                    headingInTurn.putIfAbsent(i, m.end());
                }
            }
        }
        // a section the writer heads under a rule ends only the last turn: between turns, a rule and a heading part the
        // transcript's own sections ("— — —", "Part 2 | Robots"), and the next label goes on with it
        int last = turns.size() - 1;
        m = RULED_HEADING.matcher(text);
        while (last >= 0 && m.find()) {
            if (within(turns.get(last).span(), m.start(), m.end())) {
                headingInTurn.merge(last, m.end(), Math::min);
            }
        }
        if (headingInTurn.isEmpty()) {
            return candidates;
        }
        java.util.Map<Integer, Person> labelled = new java.util.HashMap<>();
        for (Candidate c : candidates) {
            Integer heading = headingInTurn.get(c.sentence().block().turn());
            if (heading != null && c.span().start() < heading && c.speaker() != null) {
                labelled.putIfAbsent(c.sentence().block().turn(), c.speaker());
            }
        }
        Person writer = null;
        List<Candidate> out = new java.util.ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            int turn = c.sentence().block().turn();
            Integer heading = headingInTurn.get(turn);
            // what the writer's notes quote another saying, in a frame that names them, stays theirs
            boolean othersWords = c.explicit() && c.speaker() != null && labelled.containsKey(turn)
                    && c.speaker() != labelled.get(turn);
            if (heading != null && c.span().start() >= heading && !othersWords) {
                writer = writer != null ? writer : author.get();
                if (writer == null) {
                    return candidates;
                }
                out.add(c.withSpeaker(writer, false));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean within(io.claimstream.contracts.Span turn, int start, int end) {
        return turn != null && turn.start() < start && end < turn.end();
    }

    /**
     * The candidates inside a note the author signs ({@code [JK: I think Ma is generous here.]} in the turn of the
     * panellist Ma) given to the author: the writer who presents a transcript sets their own remarks into it, and
     * they are no part of the turn around them.
     *
     * @param notes  the author's notes, as {@link io.claimstream.analysis.sentences.SentenceSplitter#writersNotes}
     *               finds them
     * @param author the byline's author, registered only when some note holds a claim
     */
    public static List<Candidate> notesToAuthor(List<io.claimstream.contracts.Span> notes, List<Candidate> candidates,
                                                Supplier<Person> author) {
        if (notes.isEmpty()) {
            return candidates;
        }
        Person writer = null;
        List<Candidate> out = new java.util.ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if (notes.stream().anyMatch(n -> n.start() <= c.span().start() && c.span().end() <= n.end())) {
                writer = writer != null ? writer : author.get();
                out.add(c.withSpeaker(writer, true));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The candidates with every sentence of a paragraph under the writer's label given to the author; unchanged when
     * no paragraph has the label or the text names no author.
     *
     * @param author the byline's author, registered only when some paragraph is theirs
     */
    public static List<Candidate> givenToAuthor(String text, List<Candidate> candidates, Supplier<Person> author) {
        Person writer = null;
        List<Candidate> out = new java.util.ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            io.claimstream.contracts.Span block = c.sentence().block().span();
            if (c.speaker() != null && LABEL.matcher(text).region(block.start(), block.end()).lookingAt()) {
                writer = writer != null ? writer : author.get();
                if (writer == null) {
                    return candidates;
                }
                out.add(c.withSpeaker(writer, c.explicit()));
            } else {
                out.add(c);
            }
        }
        return out;
    }
}
