package io.claimstream.query.rest;

import io.claimstream.common.errors.ApiError;
import io.claimstream.query.config.QueryConfig;
import io.claimstream.query.search.ClaimFilter;
import io.claimstream.query.search.ClaimSearch;
import io.claimstream.query.search.DocumentList;
import io.claimstream.query.search.DocumentQueries;
import io.claimstream.query.search.RequestParams;
import io.claimstream.query.search.SpeakerLookup;
import io.claimstream.query.view.ClaimView;
import io.claimstream.query.view.DocumentSpeakerView;
import io.claimstream.query.view.DocumentSummaryView;
import io.claimstream.query.view.DocumentView;
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

@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents", description = "Documents as stored once analysed")
public class DocumentResource {

    private final DocumentQueries documents;
    private final DocumentList list;
    private final ClaimSearch claims;
    private final SpeakerLookup speakers;
    private final QueryConfig.Paging paging;

    public DocumentResource(DocumentQueries documents, DocumentList list, ClaimSearch claims, SpeakerLookup speakers,
                            QueryConfig config) {
        this.documents = documents;
        this.list = list;
        this.claims = claims;
        this.speakers = speakers;
        this.paging = config.paging();
    }

    @GET
    @Revalidated
    @Operation(summary = "Stored documents", description = "Newest publication first (unknown dates last), then by "
            + "id; paged. Filters combine.")
    @APIResponse(responseCode = "200", description = "One page of documents with the total")
    @APIResponse(responseCode = "400", description = "A parameter is invalid; the message says which and why",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public PageView<DocumentSummaryView> documents(
            @Parameter(description = "Published on or after this date (2026-06-12, 2026-06 or 2026)") @QueryParam("from") String from,
            @Parameter(description = "Published on or before this date (2026-06-12, 2026-06 or 2026)") @QueryParam("to") String to,
            @Parameter(description = "The source, exactly (any case)") @QueryParam("source") String source,
            @Parameter(description = "Words anywhere in the title (any case)") @QueryParam("q") String q,
            @Parameter(description = "Only documents this speaker speaks in: a speaker id, or a name (any spelling "
                    + "documents used); the rest of a profile's documents list, in its order")
            @QueryParam("speaker") String speaker,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 20)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("size") String size) {
        RequestParams.Paging p = RequestParams.paging(page, size, DocumentList.DEFAULT_PAGE, DocumentList.MAX_PAGE);
        LocalDate fromDate = RequestParams.from("from", from);
        LocalDate toDate = RequestParams.to("to", to);
        RequestParams.order("from", fromDate, "to", toDate);
        String who = RequestParams.blankToNull(speaker);
        return list.page(new DocumentList.Filter(fromDate, toDate, RequestParams.blankToNull(source),
                RequestParams.blankToNull(q), who == null ? null : speakers.personIds(who)), p);
    }

    @GET
    @Revalidated
    @Path("/{id}")
    @Operation(summary = "A stored document", description = "Answers 404 until the document has been analysed and "
            + "stored; then its metadata, speakers (as cross-document people) and claim count.")
    @APIResponse(responseCode = "200", description = "The document")
    @APIResponse(responseCode = "404", description = "Not stored (yet)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public DocumentView document(@PathParam("id") String id) {
        return documents.view(id);
    }

    @GET
    @Revalidated
    @Path("/{id}/claims")
    @Operation(summary = "A document's claims", description = "In document order, paged.")
    @APIResponse(responseCode = "200", description = "One page of claims")
    @APIResponse(responseCode = "400", description = "Bad page or size",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "Not stored (yet)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public PageView<ClaimView> claims(
            @PathParam("id") String id,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 1000 (default 50)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("size") String size) {
        RequestParams.Paging p = RequestParams.paging(page, size, paging.defaultSize(), paging.maxSize());
        documents.require(id);
        return claims.page(ClaimFilter.forDocument(id), p);
    }

    @GET
    @Revalidated
    @Path("/{id}/speakers")
    @Operation(summary = "A document's speakers", description = "Each as the cross-document person it resolved to "
            + "(id and canonical name), with the aliases, role and affiliations this document gives, most claims first.")
    @APIResponse(responseCode = "200", description = "The speakers")
    @APIResponse(responseCode = "404", description = "Not stored (yet)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public List<DocumentSpeakerView> speakers(@PathParam("id") String id) {
        documents.require(id);
        return documents.speakers(id);
    }
}
