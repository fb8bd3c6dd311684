package io.claimstream.query.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A validated claim query. Null fields do not filter. {@code personIds} is null for "any
 * speaker" and empty when the requested speaker matched nobody.
 *
 * @param horizonFrom only predictions whose horizon ends on or after this day
 * @param horizonTo   only predictions whose horizon starts on or before this day
 * @param resolved    only predictions with (true) or without (false) a recorded outcome
 */
public record ClaimFilter(String q, List<String> personIds, String topic, String type, String documentId,
                          LocalDate from, LocalDate to, boolean predictionsOnly, LocalDate horizonFrom,
                          LocalDate horizonTo, Boolean resolved, Order order) {

    /** The stable orders a claim list can take. */
    public enum Order {
        /** Published date (unknown last), document, position in the document. */
        CHRONOLOGICAL,
        /** Full-text rank first, then chronological; only with {@code q}. */
        RANK,
        /** Horizon end (unknown last), then chronological: the predictions ledger. */
        HORIZON
    }

    public static ClaimFilter of(String q, List<String> personIds, String topic, String type, String documentId,
                                 LocalDate from, LocalDate to) {
        return new ClaimFilter(q, personIds, topic, type, documentId, from, to, false, null, null, null,
                q == null ? Order.CHRONOLOGICAL : Order.RANK);
    }

    public static ClaimFilter forDocument(String documentId) {
        return of(null, null, null, null, documentId, null, null);
    }

    public boolean matchesNothing() {
        return personIds != null && personIds.isEmpty();
    }
}
