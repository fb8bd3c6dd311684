package io.claimstream.analysis.predictions;

import java.time.LocalDate;

import io.claimstream.contracts.Prediction;

/** What a prediction claim forecasts: its stated probability and its horizon, resolved to dates. */
public final class PredictionReader {

    private final ProbabilityReader probabilities = new ProbabilityReader();
    private final HorizonReader horizons = new HorizonReader();

    public Prediction read(String claim, LocalDate documentDate) {
        Horizon h = horizons.read(claim, documentDate);
        return new Prediction(probabilities.read(claim), h == null ? null : h.text(),
                h == null || h.start() == null ? null : h.start().toString(),
                h == null || h.end() == null ? null : h.end().toString());
    }
}
