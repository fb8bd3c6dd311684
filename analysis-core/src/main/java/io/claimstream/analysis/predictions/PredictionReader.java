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
        Horizon inContent = contentStart > 0 ? horizons.read(claim, contentStart, documentDate) : null;
        Horizon h = inContent != null ? inContent : horizons.read(claim, documentDate);
        Double probability = probabilities.read(claim);
        String answer = claim.substring(Math.max(0, Math.min(contentStart, claim.length())));
        boolean oddsAsked = ProbabilityReader.asksForOdds(question);
        if (probability == null) {
            probability = oddsAsked ? ProbabilityReader.figureAnswered(answer) : ProbabilityReader.bareOdds(answer, question);
        }
        if (probability != null && h == null && (oddsAsked || ProbabilityReader.bareOdds(answer, question) != null)) {
            h = question == null ? null : horizons.read(question, documentDate);
        }
        return new Prediction(probability, h == null ? null : h.text(),
                h == null || h.start() == null ? null : h.start().toString(),
                h == null || h.end() == null ? null : h.end().toString());
    }
}
