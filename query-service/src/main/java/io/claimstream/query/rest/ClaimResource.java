package io.claimstream.query.rest;

import io.claimstream.common.errors.ApiError;
import io.claimstream.query.config.QueryConfig;
import io.claimstream.query.search.ClaimDetails;
import io.claimstream.query.search.ClaimFilter;
import io.claimstream.query.search.ClaimSearch;
import io.claimstream.query.search.RequestParams;
import io.claimstream.query.search.SpeakerLookup;
import io.claimstream.query.view.ClaimDetailView;
import io.claimstream.query.view.ClaimView;
import io.claimstream.query.view.PageView;
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
    private final QueryConfig.Paging paging;

    public ClaimResource(ClaimSearch search, ClaimDetails details, SpeakerLookup speakers, QueryConfig config) {
        this.search = search;
        this.details = details;
        this.speakers = speakers;
        this.paging = config.paging();
    }

    @GET
    @Operation(summary = "Search claims", description = "All filters combine. Without q the order is by the "
            + "document's published date (unknown last), then document, then position; with q, by full-text rank "
            + "first, and each claim carries a highlight with <mark> around the matched words.")
    @APIResponse(responseCode = "200", description = "One page of claims with the total")
    @APIResponse(responseCode = "400", description = "A parameter is invalid; the message says which and why",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public PageView<ClaimView> claims(
            @Parameter(description = "Full-text query in web-search syntax: words, \"a phrase\", or, -not")
            @QueryParam("q") String q,
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
        String who = RequestParams.blankToNull(speaker);
        List<String> people = who == null ? null : speakers.personIds(who);
        return search.page(ClaimFilter.of(RequestParams.blankToNull(q), people, RequestParams.blankToNull(topic),
                validType, RequestParams.blankToNull(document), fromDate, toDate), p);
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
