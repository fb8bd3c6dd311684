package io.claimstream.query.rest;

import io.claimstream.common.errors.ApiError;
import io.claimstream.query.search.DocumentQueries;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The text a document's spans point into, as plain text beside its JSON description: a long
 * transcript stays out of every {@code GET /documents/{id}}, and a reader that shows claims in
 * place (the web reader does) fetches it once.
 */
@Path("/documents/{id}/text")
@Tag(name = "Documents")
public class DocumentTextResource {

    private final DocumentQueries documents;

    public DocumentTextResource(DocumentQueries documents) {
        this.documents = documents;
    }

    @GET
    @Revalidated
    @Produces("text/plain;charset=UTF-8")
    @Operation(summary = "A document's text", description = "Exactly as submitted, in every format, so that every "
            + "claim's span (UTF-16 code-unit offsets) selects its sentence in it. For an HTML page or a subtitle file "
            + "that is the page's source or the file with its timing lines: the analysis read their readable text, and "
            + "its spans were mapped back into the submission, covering the markup between a sentence's first and last "
            + "character.")
    @APIResponse(responseCode = "200", description = "The text")
    @APIResponse(responseCode = "404", description = "Not stored (yet)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public String text(@PathParam("id") String id) {
        return documents.require(id).text;
    }
}
