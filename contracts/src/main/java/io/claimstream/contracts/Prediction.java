package io.claimstream.contracts;

/**
 * What a prediction claim forecasts: a probability if one is stated, and a horizon as written
 * ({@code in three to five years}) with the date range it resolves to, when it can be computed.
 */
public record Prediction(Double probability, String horizon, String horizonStart, String horizonEnd) {
}
