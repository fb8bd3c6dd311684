package io.claimstream.query.rest;

import io.claimstream.query.search.RequestParams;
import io.claimstream.query.search.SpeakerLookup;
import io.claimstream.query.store.NameKey;
import io.claimstream.query.stream.StoredDocuments;
import io.claimstream.query.view.ClaimView;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

@Path("/stream")
@Tag(name = "Stream", description = "Documents and claims as they are stored")
public class StreamResource {

    static final Duration KEEP_ALIVE = Duration.ofSeconds(20);

    private final StoredDocuments stored;
    private final SpeakerLookup speakers;

    public StreamResource(StoredDocuments stored, SpeakerLookup speakers) {
        this.stored = stored;
        this.speakers = speakers;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Live stream of stored claims", description = "Server-Sent Events, from the moment of "
            + "connecting (nothing is replayed; GET /documents lists what came before). For each document stored or "
            + "re-analysed, on any replica: one event named 'document' (data: the document summary as in GET "
            + "/documents, id = document id), then one event named 'claim' per claim that passes the filters "
            + "(data: the claim as in GET /claims, id = claim id), in document order, at most 1000 per document. "
            + "With a filter, a document with no matching claim sends nothing. A comment line every 20 s keeps "
            + "proxies from closing an idle stream. Browsers: new EventSource('/stream?topic=agents') and "
            + "addEventListener('claim', ...).")
    @APIResponse(responseCode = "200", description = "An open text/event-stream")
    public Multi<OutboundSseEvent> stream(
            @Parameter(description = "Only claims by this speaker: an id or a name (any spelling documents used)")
            @QueryParam("speaker") String speaker,
            @Parameter(description = "Only claims on this topic id") @QueryParam("topic") String topic,
            @Context Sse sse) {
        Predicate<ClaimView> wanted = filter(RequestParams.blankToNull(speaker), RequestParams.blankToNull(topic));
        boolean filtered = speaker != null && !speaker.isBlank() || topic != null && !topic.isBlank();
        Multi<OutboundSseEvent> events = stored.events().onItem().transformToIterable(event -> {
            List<ClaimView> claims = event.claims().stream().filter(wanted).toList();
            if (filtered && claims.isEmpty()) {
                return List.<OutboundSseEvent>of();
            }
            List<OutboundSseEvent> out = new java.util.ArrayList<>();
            out.add(sse.newEventBuilder().name("document").id(event.document().id())
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(event.document()).build());
            claims.forEach(claim -> out.add(sse.newEventBuilder().name("claim").id(claim.id())
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(claim).build()));
            return out;
        });
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(KEEP_ALIVE)
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(events, keepAlive);
    }

    /** Matches a speaker by person id, by the people the name resolves to now, or by name for people new later. */
    private Predicate<ClaimView> filter(String speaker, String topic) {
        Predicate<ClaimView> wanted = claim -> true;
        if (speaker != null) {
            Set<String> ids = new java.util.HashSet<>(speakers.personIds(speaker));
            ids.add(speaker);
            String key = NameKey.of(speaker);
            wanted = wanted.and(claim -> claim.speaker() != null && (ids.contains(claim.speaker().id())
                    || (!key.isEmpty() && key.equals(NameKey.of(claim.speaker().name())))));
        }
        if (topic != null) {
            wanted = wanted.and(claim -> claim.topics().contains(topic));
        }
        return wanted;
    }
}
