package io.claimstream.query.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How a search was answered, so that a client can tell a complete ranking from a bounded one.
 *
 * @param mode       {@code semantic} or {@code fulltext}; a full-text answer has method
 *                   {@code bounded-rank}, no model and no minScore, and complete=false when it
 *                   ranked only the newest claimstream.query.full-text.max-ranked matches
 * @param method     {@code pgvector} (the database's HNSW index: approximate nearest neighbours),
 *                   {@code hnsw} (the service's own Lucene HNSW index, where the database has no
 *                   pgvector: approximate too) or {@code exact} (every candidate's vector compared in
 *                   the service: before that index is built, or with filters it does not carry)
 * @param model      the embedding model of the query and of the claims it was compared with
 * @param minScore   the lowest cosine similarity that counts as a match
 * @param considered claims whose vectors were compared (exact) or the candidates asked of the index (pgvector, hnsw)
 * @param complete   false when more claims passed the filters than the exact ranking reads
 *                   ({@code claimstream.query.semantic.max-candidates}): then only the newest were ranked
 */
@JsonPropertyOrder({"mode", "method", "model", "minScore", "considered", "complete"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchInfo(String mode, String method, String model, Double minScore, long considered,
                         boolean complete) {

    /**
     * A ranked full-text answer: at most {@code maxRanked} matches were read and ranked, the newest;
     * when {@code considered} reached it, older claims may match too, and the page's total is a
     * lower bound.
     */
    public static SearchInfo fullText(long considered, int maxRanked) {
        return new SearchInfo("fulltext", "bounded-rank", null, null, considered, considered < maxRanked);
    }
}
