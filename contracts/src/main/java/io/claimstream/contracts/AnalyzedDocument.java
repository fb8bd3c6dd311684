package io.claimstream.contracts;

import java.time.Instant;
import java.util.List;

/**
 * Event on {@code documents.analyzed}, keyed by {@link #id()}: a document's speakers and claims.
 * It carries the text so that the read side can show every claim in its context.
 *
 * @param claimEmbeddings the claims' vectors when the analysis ran with an embedding model;
 *                        null when it did not (or when a producer older than this field sent the
 *                        record), and then the read side embeds the claims itself
 */
public record AnalyzedDocument(int schemaVersion, String id, String analyzerVersion, String text,
                               DocumentMetadata metadata, List<Speaker> speakers, List<Claim> claims,
                               Instant analyzedAt, ClaimEmbeddings claimEmbeddings) {

    public static final int SCHEMA_VERSION = 1;

    public AnalyzedDocument {
        speakers = List.copyOf(speakers);
        claims = List.copyOf(claims);
    }

    /** An analysis without claim vectors, as producers wrote it before vectors were shipped. */
    public AnalyzedDocument(int schemaVersion, String id, String analyzerVersion, String text,
                            DocumentMetadata metadata, List<Speaker> speakers, List<Claim> claims,
                            Instant analyzedAt) {
        this(schemaVersion, id, analyzerVersion, text, metadata, speakers, claims, analyzedAt, null);
    }

    /** The same analysis with the claims' vectors. */
    public AnalyzedDocument withClaimEmbeddings(ClaimEmbeddings embeddings) {
        return new AnalyzedDocument(schemaVersion, id, analyzerVersion, text, metadata, speakers, claims, analyzedAt,
                embeddings);
    }
}
