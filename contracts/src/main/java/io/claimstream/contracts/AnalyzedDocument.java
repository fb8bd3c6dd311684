package io.claimstream.contracts;

import java.time.Instant;
import java.util.List;

/**
 * Event on {@code documents.analyzed}, keyed by {@link #id()}: a document's speakers and claims.
 * It carries the text so that the read side can show every claim in its context.
 */
public record AnalyzedDocument(int schemaVersion, String id, String analyzerVersion, String text,
                               DocumentMetadata metadata, List<Speaker> speakers, List<Claim> claims,
                               Instant analyzedAt) {

    public static final int SCHEMA_VERSION = 1;

    public AnalyzedDocument {
        speakers = List.copyOf(speakers);
        claims = List.copyOf(claims);
    }
}
