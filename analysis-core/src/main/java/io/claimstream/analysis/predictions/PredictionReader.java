package io.claimstream.analysis.predictions;

import java.time.LocalDate;

import io.claimstream.contracts.Prediction;

/** What a prediction claim forecasts: its stated probability and its horizon, resolved to dates. */
public final class PredictionReader {

    private final ProbabilityReader probabilities = new ProbabilityReader();
    private final HorizonReader horizons = new HorizonReader();

    public Prediction read(String claim, LocalDate documentDate) {
        return read(claim, 0, documentDate);
    }

    /**
     * As {@link #read(String, LocalDate)}, with the horizon taken from what the claim asserts, written from
     * {@code contentStart} on, when it names one: in "Zhao told Jingwei in March that few labs would remain by 2028" March dates the telling.
     */
    public Prediction read(String claim, int contentStart, LocalDate documentDate) {
        return read(claim, contentStart, documentDate, "");
    }

    /**
     * As {@link #read(String, int, LocalDate)} for a claim that answers {@code question} (the end of the turn it
     * answers, or empty): where the question asks for odds ("The chance that a rival ships first, by the end of
     * 2028."), an answer that only gives a figure ("Ten.", "Lower. Two.", "I'll say three.") gives it in percent, and
     * an answer that names no horizon forecasts for the question's.
     */
    public Prediction read(String claim, int contentStart, LocalDate documentDate, String question) {
        return read(claim, contentStart, documentDate, question, ProbabilityReader.asksForOdds(question));
    }

    /**
     * As {@link #read(String, int, LocalDate, String)}, where {@code oddsAsked} says whether the claim answers a call
     * for odds: a question in their words, or a proposition that a round of speakers answers with figures
     * ("Median price under twenty cents by the end of 2027?" "Seventy percent." "Sixty.").
     */
    public Prediction read(String claim, int contentStart, LocalDate documentDate, String question, boolean oddsAsked) {
        Horizon inContent = contentStart > 0 ? horizons.read(claim, contentStart, documentDate) : null;
        Horizon h = inContent != null ? inContent : horizons.read(claim, documentDate);
        String answer = claim.substring(Math.max(0, Math.min(contentStart, claim.length())));
        // asked for odds, the figure an answer opens on is them, whatever hedge follows ("Sixty percent, maybe more.")
        Double probability = oddsAsked ? ProbabilityReader.figureAnswered(answer) : null;
        if (probability == null) {
            probability = probabilities.read(claim);
        }
        if (probability == null && !oddsAsked) {
            probability = ProbabilityReader.bareOdds(answer, question);
        }
        if (probability != null && h == null && (oddsAsked || ProbabilityReader.bareOdds(answer, question) != null)) {
            h = question == null ? null : horizons.read(question, documentDate);
        }
        return prediction(probability, h);
    }

    /**
     * "By 2028 most of it runs on our chips. I would put my confidence at about 70 percent.": odds put on the forecast
     * just said, which name no horizon of their own, are for the horizon of the sentence before, {@code said}.
     */
    public Prediction withHorizonSaidBefore(Prediction p, String claim, String said, LocalDate documentDate) {
        if (p == null || p.probability() == null || p.horizon() != null || !ODDS_ON_WHAT_WAS_SAID.matcher(claim).find()) {
            return p;
        }
        Horizon h = horizons.read(said, documentDate);
        return h == null ? p : prediction(p.probability(), h);
    }

    /**
     * "Next year's price per token, up or down?" "Down, by half at least.": an answer that names no horizon forecasts
     * for the one its question names.
     */
    public Prediction withHorizonAsked(Prediction p, String question, LocalDate documentDate) {
        if (p == null || p.horizon() != null || question == null || question.isBlank()) {
            return p;
        }
        Horizon h = horizons.read(question, documentDate);
        return h == null ? p : prediction(p.probability(), h);
    }

    /**
     * "Staying on top for a year is a different question, and there I would say ten.": in answer to a call for odds,
     * a bare figure the speaker says or guesses is their odds in percent, where the claim read none.
     */
    public Prediction withOddsJudged(Prediction p, String answer) {
        if (p == null || p.probability() != null) {
            return p;
        }
        Double judged = ProbabilityReader.judgedFigure(answer);
        return judged == null ? p : new Prediction(judged, p.horizon(), p.horizonStart(), p.horizonEnd());
    }

    /**
     * Odds given as a score out of ten ("Seven." when every guest was asked for a score out of ten): read as a
     * percentage, the figure is a tenth of what it says.
     */
    public Prediction outOfTen(Prediction p) {
        if (p == null || p.probability() == null || p.probability() > 0.1) {
            return p;
        }
        return new Prediction(Math.round(p.probability() * 1000.0) / 100.0, p.horizon(), p.horizonStart(), p.horizonEnd());
    }

    /** "I'd put that at", "I would put my confidence at", "I'd give it": odds put on what was just said. */
    private static final java.util.regex.Pattern ODDS_ON_WHAT_WAS_SAID = java.util.regex.Pattern.compile(
            "(?i)\\b(?:put|puts|give|gives|place|places)\\s+(?:it|that|this|(?:my|our|her|his) confidence|the (?:"
            + OddsWords.NOUN_ALTERNATION + "))\\b");

    private static Prediction prediction(Double probability, Horizon h) {
        return new Prediction(probability, h == null ? null : h.text(),
                h == null || h.start() == null ? null : h.start().toString(),
                h == null || h.end() == null ? null : h.end().toString());
    }
}
