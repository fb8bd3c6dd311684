package io.claimstream.analysis.predictions;

import java.time.LocalDate;

/**
 * When a prediction is due: the words used ({@code in the next three to five years}) and, when
 * the document's date allows, the date range they mean; either end may be open.
 */
public record Horizon(String text, LocalDate start, LocalDate end) {
}
