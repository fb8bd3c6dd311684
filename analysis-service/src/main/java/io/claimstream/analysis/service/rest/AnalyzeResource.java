package io.claimstream.analysis.service.rest;

import io.claimstream.analysis.Deadline;
import io.claimstream.analysis.service.AnalysisRunner;
import io.claimstream.common.errors.ApiException;
import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.EventCodec;
import io.claimstream.contracts.ParsedDocument;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Analyzes a {@link ParsedDocument} synchronously and returns the {@link AnalyzedDocument}, exactly
 * as the Kafka path would publish it. It stores nothing, so it needs no credential: it is for
 * debugging the analysis of one document.
 */
@Path("/analyze")
public class AnalyzeResource {

    private final AnalysisRunner runner;

    public AnalyzeResource(AnalysisRunner runner) {
        this.runner = runner;
    }

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Analyze one parsed document without publishing it")
    @APIResponse(responseCode = "200", description = "The analysis",
            content = @Content(schema = @Schema(implementation = AnalyzedDocument.class)))
    @APIResponse(responseCode = "400", description = "The body is not a ParsedDocument")
    @APIResponse(responseCode = "422", description = "The analysis ran past its time limit (analysis_time_limit)")
    public String analyze(@RequestBody(content = @Content(schema = @Schema(implementation = ParsedDocument.class)))
                          String body) {
        ParsedDocument doc;
        try {
            doc = EventCodec.decode(body, ParsedDocument.class);
        } catch (EventCodec.MalformedEventException e) {
            throw ApiException.badRequest("invalid_document", e.getMessage());
        }
        if (doc.text() == null || doc.id() == null) {
            throw ApiException.badRequest("invalid_document", "a ParsedDocument needs at least 'id' and 'text'");
        }
        try {
            return EventCodec.encode(runner.analyze(doc));
        } catch (Deadline.AnalysisTimeoutException e) { // the document's fault, as parse_time_limit is on ingest
            throw new ApiException(422, Deadline.CODE, e.getMessage());
        }
    }
}
