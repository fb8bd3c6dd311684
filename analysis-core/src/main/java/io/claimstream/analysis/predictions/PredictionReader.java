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
        Horizon inContent = contentStart > 0 ? horizons.read(claim, contentStart, documentDate) : null;
        Horizon h = inContent != null ? inContent : horizons.read(claim, documentDate);
        return new Prediction(probabilities.read(claim), h == null ? null : h.text(),
                h == null || h.start() == null ? null : h.start().toString(),
                h == null || h.end() == null ? null : h.end().toString());
    }
}
