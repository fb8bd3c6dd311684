package io.claimstream.ingest.rest;

import io.claimstream.common.auth.WriteAccess;
import io.claimstream.common.errors.ApiError;
import io.claimstream.common.errors.ApiException;
import io.claimstream.ingest.deadletter.DeadLetterCount;
import io.claimstream.ingest.deadletter.DeadLetterReplayer;
import io.claimstream.ingest.deadletter.ReplayResult;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Operator calls for the dead-letter topics: how many records wait in each, and replaying a topic
 * to where its records failed once the cause is fixed (a new analyzer, a database that is back).
 */
@Path("/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dead letters", description = "Records the pipeline could not process, and replaying them")
public class DeadLetterResource {

    private final DeadLetterReplayer replayer;

    public DeadLetterResource(DeadLetterReplayer replayer) {
        this.replayer = replayer;
    }

    @GET
    @Operation(summary = "Dead-letter topics and their records",
            description = "For each dead-letter topic: the records it holds and how many were not replayed yet.")
    @APIResponse(responseCode = "200", description = "one entry per dead-letter topic",
            content = @Content(schema = @Schema(implementation = DeadLetterCount.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "503", description = "Kafka did not answer",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public List<DeadLetterCount> counts() {
        return replayer.counts();
    }

    @POST
    @Path("/{topic}/replay")
    @WriteAccess
    @Operation(summary = "Replay a dead-letter topic",
            description = "Re-publishes every record not replayed yet to the topic it failed on (the dead-letter-topic "
                    + "header, else the name without .dlq), with the same key and value, up to the end the topic had "
                    + "when the call began. Progress is committed only after the broker acknowledged each copy, so a "
                    + "failed or limited replay resumes where it stopped. A record that fails again returns to the "
                    + "dead-letter topic with its new reason.")
    @APIResponse(responseCode = "200", description = "what was replayed",
            content = @Content(schema = @Schema(implementation = ReplayResult.class)))
    @APIResponse(responseCode = "400", description = "limit is not a positive number",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "no credential",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "credential not accepted",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "not a dead-letter topic",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "a replay of this topic is already running",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "Kafka did not answer or acknowledge; retry to replay the rest",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @SecurityRequirement(name = "bearer")
    public ReplayResult replay(
            @Parameter(description = "documents.incoming.dlq, documents.parsed.dlq or documents.analyzed.dlq")
            @PathParam("topic") String topic,
            @Parameter(description = "Most records to replay in this call (default: all)",
                    schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit) {
        return replayer.replay(topic, limit(limit));
    }

    private static long limit(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            long limit = Long.parseLong(value.strip());
            if (limit > 0) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ApiException.badRequest("invalid_limit", "limit must be a positive whole number, got '" + value + "'");
    }
}
