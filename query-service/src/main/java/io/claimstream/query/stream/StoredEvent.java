package io.claimstream.query.stream;

import io.claimstream.query.view.ClaimView;
import io.claimstream.query.view.DocumentSummaryView;

import java.util.List;

/** A document that was just stored (or replaced by a new analysis), with its claims. */
public record StoredEvent(DocumentSummaryView document, List<ClaimView> claims) {
}
