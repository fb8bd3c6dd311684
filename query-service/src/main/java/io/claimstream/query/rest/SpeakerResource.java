package io.claimstream.query.rest;

import io.claimstream.common.errors.ApiError;
import io.claimstream.query.config.QueryConfig;
import io.claimstream.query.search.RequestParams;
import io.claimstream.query.search.SpeakerQueries;
import io.claimstream.query.view.PageView;
import io.claimstream.query.view.SpeakerProfileView;
import io.claimstream.query.view.SpeakerView;
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

@Path("/speakers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Speakers", description = "People resolved across documents")
public class SpeakerResource {

    private final SpeakerQueries speakers;
    private final QueryConfig.Paging paging;

    public SpeakerResource(SpeakerQueries speakers, QueryConfig config) {
        this.speakers = speakers;
        this.paging = config.paging();
    }

    @GET
    @Revalidated
    @Operation(summary = "All speakers", description = "One entry per person across documents, by name, paged.")
    @APIResponse(responseCode = "200", description = "One page of speakers with the total")
    @APIResponse(responseCode = "400", description = "Bad page or size",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public PageView<SpeakerView> speakers(
            @Parameter(description = "Only speakers whose name or an alias contains this text") @QueryParam("name") String name,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 1000 (default 50)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("size") String size) {
        RequestParams.Paging p = RequestParams.paging(page, size, paging.defaultSize(), paging.maxSize());
        return speakers.list(RequestParams.blankToNull(name), p);
    }

    @GET
    @Revalidated
    @Path("/{id}")
    @Operation(summary = "One speaker's profile", description = "Aliases, current and dated affiliations (first and "
            + "last publication dates of all the documents stating each), claim counts per topic, the documents they "
            + "speak in, newest first: the first documentsLimit (default 20, at most 200) of documentCount "
            + "(documentsTruncated says whether there are more, and GET /documents?speaker=<id> pages through all "
            + "in the same order), and their claims in date order: the first timelineLimit (default 50, at most "
            + "1000; timelineTruncated says whether there are more, and GET /claims?speaker=<id> pages through all).")
    @APIResponse(responseCode = "200", description = "The profile")
    @APIResponse(responseCode = "400", description = "Bad documentsLimit or timelineLimit; the message says which",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such speaker",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public SpeakerProfileView speaker(
            @PathParam("id") String id,
            @Parameter(description = "Most documents in the documents list, newest first, 1 to 200 (default 20)",
                    schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("documentsLimit") String documentsLimit,
            @Parameter(description = "Most claims in the timeline, 1 to 1000 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("timelineLimit") String timelineLimit) {
        return speakers.profile(id,
                RequestParams.limit("documentsLimit", documentsLimit, SpeakerQueries.DEFAULT_DOCUMENTS,
                        SpeakerQueries.MAX_DOCUMENTS),
                RequestParams.limit("timelineLimit", timelineLimit, SpeakerQueries.DEFAULT_TIMELINE,
                        SpeakerQueries.MAX_TIMELINE));
    }
}
