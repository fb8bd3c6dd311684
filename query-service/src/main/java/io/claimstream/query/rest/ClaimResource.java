package io.claimstream.query.rest;

import io.claimstream.common.errors.ApiError;
import io.claimstream.common.errors.ApiException;
import io.claimstream.query.config.QueryConfig;
import io.claimstream.query.search.ClaimDetails;
import io.claimstream.query.search.ClaimFilter;
import io.claimstream.query.search.ClaimSearch;
import io.claimstream.query.search.RequestParams;
import io.claimstream.query.search.SpeakerLookup;
import io.claimstream.query.semantic.SemanticSearch;
import io.claimstream.query.view.ClaimPageView;
import io.claimstream.query.view.ClaimDetailView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

@Path("/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "Who claimed what, searchable across every document")
public class ClaimResource {

    private final ClaimSearch search;
    private final ClaimDetails details;
    private final SpeakerLookup speakers;
    private final SemanticSearch semantic;
    private final QueryConfig.Paging paging;

    public ClaimResource(ClaimSearch search, ClaimDetails details, SpeakerLookup speakers, SemanticSearch semantic,
                         QueryConfig config) {
        this.search = search;
        this.semantic = semantic;
        this.details = details;
        this.speakers = speakers;
        this.paging = config.paging();
    }

    @GET
    @Revalidated
    @Operation(summary = "Search claims", description = "All filters combine, in both search modes. Without q the "
            + "order is by the document's published date (unknown last), then document, then position. "
            + "With q (mode=fulltext, the default): PostgreSQL full text (English stemming, tsvector with a GIN "
            + "index), by rank first, and each claim carries a highlight with <mark> around the matched words. "
            + "The rank is PostgreSQL's ts_rank of the query's words (excluded words left out): how often a claim "
            + "says them and, for several words, how near each other; equal ranks oldest first. "
            + "Ranking is bounded: at most claimstream.query.full-text.max-ranked (1000) matches are read and "
            + "ranked, the newest (by the document's published date, undated claims counted newest, as in "
            + "semantic search): matches are read a published month at a time from the newest, and older "
            + "months are not searched once the bound is reached. The answer's search object says "
            + "complete=false when that bound was reached, and total (the matches ranked) is then a lower "
            + "bound (narrow with more words, filters or from/to to rank among older claims). "
            + "With q and mode=semantic: claims that say roughly what q says, by cosine similarity of sentence "
            + "vectors (all-MiniLM-L6-v2, 384 dimensions, the model of the embeddings module; claims are embedded "
            + "when stored). Each claim carries its score; only scores of at least "
            + "claimstream.query.semantic.min-score (0.25) count, at most max-results (1000) are ranked, and the "
            + "answer's search object says how: method pgvector (the database's HNSW index, approximate) where "
            + "the server has pgvector, else hnsw (the service's own Lucene HNSW index of every claim vector, "
            + "built from the stored vectors at start and kept up as documents are stored; approximate, filters "
            + "applied inside the graph search, and exactly when they leave few claims), else exact (before that "
            + "index is built: every filtered claim's vector compared in the service, the "
            + "newest max-candidates (20000; undated claims count as newest) at most: complete=false when more matched the filters; narrow "
            + "with filters on large corpora). English-centric; a paraphrase in another language ranks poorly.")
    @APIResponse(responseCode = "200", description = "One page of claims with the total")
    @APIResponse(responseCode = "400", description = "A parameter is invalid; the message says which and why",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ClaimPageView claims(
            @Parameter(description = "The query: in fulltext mode web-search syntax (words, \"a phrase\", or, -not); "
                    + "in semantic mode a sentence or question in plain words")
            @QueryParam("q") String q,
            @Parameter(description = "fulltext (default) or semantic", schema = @Schema(enumeration = {"fulltext", "semantic"}))
            @QueryParam("mode") String mode,
            @Parameter(description = "A speaker id, or a name (any spelling documents used)") @QueryParam("speaker") String speaker,
            @Parameter(description = "A topic id, e.g. reinforcement-learning") @QueryParam("topic") String topic,
            @Parameter(description = "opinion, prediction, recommendation or fact") @QueryParam("type") String type,
            @Parameter(description = "A document id") @QueryParam("document") String document,
            @Parameter(description = "Documents published on or after this date (2026-06-12, 2026-06 or 2026)")
            @QueryParam("from") String from,
            @Parameter(description = "Documents published on or before this date (2026-06-12, 2026-06 or 2026)")
            @QueryParam("to") String to,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 1000 (default 50)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("size") String size) {
        RequestParams.Paging p = RequestParams.paging(page, size, paging.defaultSize(), paging.maxSize());
        String validType = RequestParams.type(type);
        LocalDate fromDate = RequestParams.from("from", from);
        LocalDate toDate = RequestParams.to("to", to);
        RequestParams.order("from", fromDate, "to", toDate);
        boolean semanticMode = RequestParams.semantic(mode);
        String text = RequestParams.blankToNull(q);
        if (semanticMode && text == null) {
            throw ApiException.badRequest("invalid_parameter", "mode=semantic needs q: the sentence to find claims like");
        }
        String who = RequestParams.blankToNull(speaker);
        List<String> people = who == null ? null : speakers.personIds(who);
        String topicId = RequestParams.blankToNull(topic);
        String documentId = RequestParams.blankToNull(document);
        if (semanticMode) {
            return semantic.page(text, ClaimFilter.of(null, people, topicId, validType, documentId, fromDate, toDate), p);
        }
        return search.search(ClaimFilter.of(text, people, topicId, validType, documentId, fromDate, toDate), p);
    }

    @GET
    @Revalidated
    @Path("/{id}")
    @Operation(summary = "One claim, in context", description = "The claim, the paragraph around its sentence, and, "
            + "when the same statement was reported in several documents, its corroboration cluster: every source "
            + "sentence with its own surrounding paragraph.")
    @APIResponse(responseCode = "200", description = "The claim")
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ClaimDetailView claim(@PathParam("id") String id) {
        return details.detail(id);
    }
}
