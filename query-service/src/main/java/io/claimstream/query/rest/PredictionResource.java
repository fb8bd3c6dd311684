package io.claimstream.query.rest;

import io.claimstream.common.auth.WriteAccess;
import io.claimstream.common.errors.ApiError;
import io.claimstream.common.errors.ApiException;
import io.claimstream.query.config.QueryConfig;
import io.claimstream.query.search.ClaimDetails;
import io.claimstream.query.search.ClaimFilter;
import io.claimstream.query.search.ClaimSearch;
import io.claimstream.query.search.PredictionResolutions;
import io.claimstream.query.search.RequestParams;
import io.claimstream.query.search.SpeakerLookup;
import io.claimstream.query.view.ClaimView;
import io.claimstream.query.view.PageView;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

@Path("/predictions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Predictions", description = "The ledger of forecasts and how they turned out")
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key from claimstream.auth.api-keys")
public class PredictionResource {

    private final ClaimSearch search;
    private final ClaimDetails details;
    private final SpeakerLookup speakers;
    private final PredictionResolutions resolutions;
    private final QueryConfig.Paging paging;

    public PredictionResource(ClaimSearch search, ClaimDetails details, SpeakerLookup speakers,
                              PredictionResolutions resolutions, QueryConfig config) {
        this.search = search;
        this.details = details;
        this.speakers = speakers;
        this.resolutions = resolutions;
        this.paging = config.paging();
    }

    @GET
    @Revalidated
    @Operation(summary = "The predictions ledger", description = "Prediction claims sorted by the end of their horizon "
            + "(unknown last), then chronologically. Each carries its probability, horizon as written, the date "
            + "range it resolves to, and the recorded outcome if any.")
    @APIResponse(responseCode = "200", description = "One page of predictions with the total")
    @APIResponse(responseCode = "400", description = "A parameter is invalid",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public PageView<ClaimView> predictions(
            @Parameter(description = "A speaker id or name") @QueryParam("speaker") String speaker,
            @Parameter(description = "A topic id") @QueryParam("topic") String topic,
            @Parameter(description = "Only predictions whose horizon overlaps this period: 2027, 2027-06 or 2027-06-30")
            @QueryParam("horizon") String horizon,
            @Parameter(description = "true: only resolved ones; false: only open ones", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("resolved") String resolved,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 1000 (default 50)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("size") String size) {
        RequestParams.Paging p = RequestParams.paging(page, size, paging.defaultSize(), paging.maxSize());
        LocalDate horizonFrom = RequestParams.from("horizon", horizon);
        LocalDate horizonTo = RequestParams.to("horizon", horizon);
        String who = RequestParams.blankToNull(speaker);
        List<String> people = who == null ? null : speakers.personIds(who);
        return search.page(new ClaimFilter(null, people, RequestParams.blankToNull(topic), null, null, null, null,
                true, horizonFrom, horizonTo, RequestParams.bool("resolved", resolved), ClaimFilter.Order.HORIZON), p);
    }

    @POST
    @Path("/{claimId}/resolution")
    @WriteAccess
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Resolve a prediction", description = "Records whether the prediction came true (true, "
            + "false or partly) with a note; resolving again replaces the verdict. Needs an API key.")
    @APIResponse(responseCode = "200", description = "The prediction with its resolution")
    @APIResponse(responseCode = "400", description = "Bad outcome or note, or the claim is not a prediction",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "No credential",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Credential not accepted",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ClaimView resolve(@PathParam("claimId") String claimId, ResolutionRequest request) {
        if (request == null || request.outcome() == null || request.outcome().isNull()) {
            throw ApiException.badRequest("invalid_body", "send {\"outcome\": true | false | \"partly\", \"note\": \"...\"}");
        }
        String outcome = RequestParams.outcome(request.outcome().isBoolean()
                ? Boolean.toString(request.outcome().booleanValue()) : request.outcome().asText());
        if (outcome == null) {
            throw ApiException.badRequest("invalid_body", "outcome must be true, false or partly");
        }
        resolutions.resolve(claimId, outcome, request.note());
        return details.claim(claimId);
    }

    @DELETE
    @Path("/{claimId}/resolution")
    @WriteAccess
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Withdraw a resolution", description = "Marks the prediction open again. Needs an API key.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "The prediction has no resolution",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response withdraw(@PathParam("claimId") String claimId) {
        if (!resolutions.withdraw(claimId)) {
            throw ApiException.notFound("claim " + claimId + " has no resolution to withdraw");
        }
        return Response.noContent().build();
    }
}
