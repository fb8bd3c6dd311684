package io.claimstream.query.rest;

import io.claimstream.common.errors.ApiError;
import io.claimstream.query.emergent.EmergentTopics;
import io.claimstream.query.search.RequestParams;
import io.claimstream.query.search.TopicQueries;
import io.claimstream.query.view.EmergentTopicsView;
import io.claimstream.query.view.PageView;
import io.claimstream.query.view.TopicSummaryView;
import io.claimstream.query.view.TopicView;
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

import java.util.List;

@Path("/topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Topics", description = "What was said about each topic, by whom, and when")
public class TopicResource {

    static final int DEFAULT_SPEAKERS = 20;
    static final int MAX_SPEAKERS = 200;

    private final TopicQueries topics;
    private final EmergentTopics emergent;

    public TopicResource(TopicQueries topics, EmergentTopics emergent) {
        this.topics = topics;
        this.emergent = emergent;
    }

    @GET
    @Revalidated
    @Path("/emergent")
    @Operation(summary = "Emergent topics", description = "Claims that fit no taxonomy topic (their only topic is "
            + "the catch-all 'other', which the analysis gives a claim no topic fits) clustered into new topics: spherical k-means over their "
            + "sentence vectors (k about the square root of a third of the claims, at most 30; at least 3 claims a "
            + "topic), each labelled by its most distinctive words and two-word phrases (TF-IDF against a sample "
            + "of the whole corpus) and shown by its most central claims. A claim close to no cluster centre "
            + "(similarity below 0.2) is an outlier, in no topic: outlierShare says what share that is, and "
            + "largestShare the share of the largest emergent topic (no 'misc' bin should hold most claims). The "
            + "newest 3000 such claims are clustered (complete=false when there are more). Kept until the next "
            + "document is stored. Emergent topic ids change when the claims do; they are not taxonomy ids.")
    @APIResponse(responseCode = "200", description = "The emergent topics, largest first")
    public EmergentTopicsView emergent() {
        return emergent.view();
    }

    @GET
    @Revalidated
    @Operation(summary = "All topics", description = "Every taxonomy topic and every topic a claim carries, the most "
            + "discussed first, with claim, speaker and document counts and claims per month of publication. "
            + "The list is bounded by the taxonomy, so it is not paged.")
    @APIResponse(responseCode = "200", description = "The topics")
    public PageView<TopicSummaryView> topics() {
        List<TopicSummaryView> all = topics.all();
        return new PageView<>(all, all.size(), 0, all.size());
    }

    @GET
    @Revalidated
    @Path("/{id}")
    @Operation(summary = "One topic, by speaker", description = "The topic's claims grouped by speaker, most claims "
            + "first (speakers paged), each with counts per claim type and their most representative claims: stated "
            + "views before facts, firm before hedged. Topics with central questions (configured per topic, e.g. "
            + "china-vs-us: 'Can China lead in AI?') also get, per question, the speakers grouped into camps: "
            + "agreeing (most of their side-taking claims answer yes), disagreeing (most answer no) and mixed; each "
            + "speaker's positions; and each representative claim's stance (support, oppose or neutral) with the "
            + "cue words that decided it. Stances are read from the claim's words (cues for yes and no, turned by "
            + "negation, a rival as subject, hedges and concessions), not understood: sarcasm and answers without "
            + "cue words read as neutral. Camps are formed from the topic's newest "
            + "claimstream.query.stance.max-claims (3000) claims; claimsRead says how many.")
    @APIResponse(responseCode = "200", description = "The topic")
    @APIResponse(responseCode = "400", description = "Bad page or size",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such topic",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public TopicView topic(
            @PathParam("id") String id,
            @Parameter(description = "Page of speakers, from 0", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("page") String page,
            @Parameter(description = "Speakers per page, 1 to 200 (default 20)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("size") String size) {
        return topics.topic(id, RequestParams.paging(page, size, DEFAULT_SPEAKERS, MAX_SPEAKERS));
    }
}
