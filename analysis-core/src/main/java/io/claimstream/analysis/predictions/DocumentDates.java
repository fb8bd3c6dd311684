package io.claimstream.analysis.predictions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.claimstream.contracts.DocumentMetadata;

/** The date a document speaks from, which relative horizons ("in three years") count from. */
public final class DocumentDates {

    private DocumentDates() {
    }

    /** The published date ({@code 2026-06-12}, or {@code 2026-06} as its first day), or null. */
    public static LocalDate of(DocumentMetadata metadata) {
        if (metadata == null || metadata.published() == null) {
            return null;
        }
        String p = metadata.published().strip();
        try {
            if (p.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return LocalDate.parse(p.substring(0, 10));
            }
            if (p.matches("\\d{4}-\\d{2}")) {
                return LocalDate.parse(p + "-01");
            }
            if (p.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(p), 1, 1);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }
}
