package io.claimstream.analysis.claims;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.contracts.Span;

/**
 * A report that joins a forecast to a statement of another kind ("Zhou said costs had fallen to 0.4 yuan, and that the
 * unit would break even in 2027"; "She sees a 30% chance of a floor, arguing that open models keep resetting the
 * market") is two claims: a reader tracks forecasts, and one claim can carry one type only, so the forecast and the
 * fact or view beside it are each typed as what they are. The second statement opens with a second that-clause, a
 * participle of saying or a second verb of saying. A report whose halves are of one kind ("said revenue passed $300
 * million, and that its largest customer accounts for half") stays one claim, and so does a fact joined to a view:
 * cut from its frame, the half that is a fact can read as a view, while the forecast keeps its "will" wherever it goes.
 * A second statement that points back to the first with a demonstrative ("…, and that this discipline will remain an
 * advantage") stays with it too: alone it would not say what it is about.
 */
public final class JoinedReports {

    /** Where the second statement opens: group "marker" starts its span, group "content" its asserted words. */
    private static final Pattern SECOND_STATEMENT = Pattern.compile("(?<comma>,?)\\s(?<marker>(?:and that|"
            + "(?<=,\\s)(?:adding|arguing|noting|warning|insisting|stressing|explaining|saying) that|"
            + "(?<=,\\s)(?:though|although|but) (?:he|she|they|it|[A-Z][\\w'’-]+) (?:conceded|admitted|acknowledged|added|"
            + "said|noted|warned)(?: that)?|(?<=,\\s)and (?:said|added|argued|warned|noted|stressed|insisted)(?: that)?)\\s)"
            // a that-clause has a subject of its own: a determiner or pronoun, a name, or a plural noun before its verb
            // ("and that labs will"); "and that is", "and that delay cost us" point back and are no second report
            // a demonstrative ("and that this discipline will last") points back to the first statement, which the second
            // then needs to be understood: they stay one claim
            + "(?<content>(?:the|a|an|its|their|his|her|it|they|he|she|there|most|many|some|all|no|"
            + "[A-Z][\\w'’-]*)\\b|[a-z]+s (?:will|would|are|were|have|had|can|could|should|may|might|must|do|did|keep|"
            + "remain)\\b)");
    private static final int MIN_CHARS = 20;
    private static final String PREDICTION = "prediction";

    private JoinedReports() {
    }

    /**
     * The candidate as one claim, or as two when its frame reports a second statement of another kind.
     *
     * @param typeOf the type a candidate's claim would get
     */
    public static List<Candidate> split(String text, Candidate c, Function<Candidate, String> typeOf) {
        boolean reported = c.span().start() < c.content().start() || c.span().end() > c.content().end();
        if (!reported) {
            return List.of(c);
        }
        Span span = c.span();
        Matcher m = SECOND_STATEMENT.matcher(text).region(c.content().start(), span.end());
        if (!m.find()) {
            return List.of(c);
        }
        int firstEnd = m.start();
        int secondStart = m.start("marker");
        int secondContent = m.start("content");
        if (firstEnd - c.content().start() < MIN_CHARS || span.end() - secondContent < MIN_CHARS) {
            return List.of(c);
        }
        int firstContentEnd = Math.min(c.content().end(), firstEnd);
        // the content may end before a frame that trails the first statement (", he said, adding that …")
        int secondContentEnd = c.content().end() > secondContent ? c.content().end() : span.end();
        Candidate first = new Candidate(c.sentence(), new Span(span.start(), firstEnd),
                new Span(c.content().start(), firstContentEnd), c.speaker(), c.explicit());
        Candidate second = new Candidate(c.sentence(), new Span(secondStart, span.end()),
                new Span(secondContent, secondContentEnd), c.speaker(), c.explicit());
        String firstType = typeOf.apply(first);
        String secondType = typeOf.apply(second);
        boolean oneForecast = firstType.equals(PREDICTION) != secondType.equals(PREDICTION);
        return oneForecast ? List.of(first, second) : List.of(c);
    }
}
