package io.claimstream.query.rest;

import io.claimstream.common.errors.ApiError;
import io.claimstream.common.errors.ApiException;
import io.claimstream.query.search.ClaimFilter;
import io.claimstream.query.search.ClaimSearch;
import io.claimstream.query.search.RequestParams;
import io.claimstream.query.search.SpeakerLookup;
import io.claimstream.query.view.ClaimView;
import io.claimstream.query.view.CompareView;
import io.claimstream.query.view.PageView;
import io.claimstream.query.view.SpeakerRef;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@Path("/compare")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Compare", description = "People's claims side by side")
public class CompareResource {

    static final int MAX_SPEAKERS = 10;
    static final int DEFAULT_CLAIMS = 20;
    static final int MAX_CLAIMS = 200;

    private final ClaimSearch search;
    private final SpeakerLookup speakers;

    public CompareResource(ClaimSearch search, SpeakerLookup speakers) {
        this.search = search;
        this.speakers = speakers;
    }

    @GET
    @Revalidated
    @Operation(summary = "Compare speakers on a topic", description = "For each speaker (2 to 10, ids or names), "
            + "their claims on the topic in date order, with counts per type.")
    @APIResponse(responseCode = "200", description = "One column per speaker, in the order asked")
    @APIResponse(responseCode = "400", description = "Too few or too many speakers, or a bad size",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "A speaker matches nobody",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public CompareView compare(
            @Parameter(description = "Comma-separated speaker ids or names", required = true) @QueryParam("speakers") String speakerList,
            @Parameter(description = "A topic id; without it, all topics") @QueryParam("topic") String topic,
            @Parameter(description = "Claims per speaker, 1 to 200 (default 20)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("size") String size) {
        List<String> requested = RequestParams.list("speakers", speakerList, 2, MAX_SPEAKERS);
        RequestParams.Paging paging = RequestParams.paging(null, size, DEFAULT_CLAIMS, MAX_CLAIMS);
        String topicId = RequestParams.blankToNull(topic);
        List<CompareView.Column> columns = new ArrayList<>();
        for (String who : requested) {
            List<String> people = speakers.personIds(who);
            if (people.isEmpty()) {
                throw ApiException.notFound("no speaker matches '" + who + "'; GET /speakers lists them");
            }
            // a name several people share: the most quoted of them
            List<String> person = List.of(people.get(0));
            PageView<ClaimView> claims = search.page(ClaimFilter.of(null, person, topicId, null, null, null, null), paging);
            Map<String, Long> types = search.countByType(ClaimFilter.of(null, person, topicId, null, null, null, null));
            SpeakerRef ref = claims.items().isEmpty()
                    ? new SpeakerRef(person.get(0), speakers.name(person.get(0)))
                    : claims.items().get(0).speaker();
            columns.add(new CompareView.Column(ref, who, claims.total(), types, claims.items()));
        }
        return new CompareView(topicId, columns);
    }
}
