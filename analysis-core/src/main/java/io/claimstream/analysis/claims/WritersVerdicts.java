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

    private WritersVerdicts() {
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
