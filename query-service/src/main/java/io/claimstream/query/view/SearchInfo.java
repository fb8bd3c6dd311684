package io.claimstream.query.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How a semantic search was answered, so that a client can tell a complete ranking from a
 * bounded one.
 *
 * @param method     {@code pgvector} (the database's HNSW index: approximate nearest neighbours) or
 *                   {@code exact} (every candidate's vector compared in the service)
 * @param model      the embedding model of the query and of the claims it was compared with
 * @param minScore   the lowest cosine similarity that counts as a match
 * @param considered claims whose vectors were compared (exact) or the candidates asked of the index (pgvector)
 * @param complete   false when more claims passed the filters than the exact ranking reads
 *                   ({@code claimstream.query.semantic.max-candidates}): then only the newest were ranked
 */
@JsonPropertyOrder({"mode", "method", "model", "minScore", "considered", "complete"})
public record SearchInfo(String mode, String method, String model, double minScore, long considered,
                         boolean complete) {
}
