package io.claimstream.ingest.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.common.auth.WriteAccess;
import io.claimstream.common.errors.ApiError;
import io.claimstream.contracts.RawDocument;
import io.claimstream.ingest.service.IngestResult;
import io.claimstream.ingest.service.IngestService;
import io.claimstream.ingest.service.RequestValidator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.io.InputStream;
import java.net.URI;

/** {@code POST /documents}: submit a transcript or article, as JSON or as a raw text body. */
@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    static final String VTT = "text/vtt";
    static final String SRT = "application/x-subrip";
    static final String MARKDOWN = "text/markdown";

    private static final int JSON_OVERHEAD = 1024 * 1024;

    private final IngestService ingest;
    private final RequestBodies bodies;

    public DocumentResource(IngestService ingest, ObjectMapper mapper) {
        this.ingest = ingest;
        this.bodies = new RequestBodies(mapper);
    }

    @POST
    @WriteAccess
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a document as JSON",
            description = "Parses the document, publishes it to documents.parsed and answers after Kafka acknowledged it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RawDocument.class)))
    @APIResponse(responseCode = "202", description = "accepted; Location names the document",
            content = @Content(schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "200", description = "the same content was already ingested",
            content = @Content(schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "400", description = "empty text, invalid JSON, wrong field type or invalid date",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "413", description = "text over the size limit",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "Kafka did not acknowledge; nothing was stored",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @SecurityRequirement(name = "bearer")
    public Response submitJson(InputStream body) {
        RequestValidator validator = ingest.validator();
        return answer(ingest.ingest(() -> {
            byte[] bytes = RequestBodies.read(body, bodyLimit(validator.maxTextBytes()), validator::tooLarge);
            return bodies.json(bytes);
        }, "rest"));
    }

    /** Largest body worth reading: JSON escapes may double a text's size, the text is checked exactly later. */
    static long bodyLimit(int maxTextBytes) {
        return 2L * maxTextBytes + JSON_OVERHEAD;
    }

    @POST
    @WriteAccess
    @Consumes({MediaType.TEXT_PLAIN, MARKDOWN, MediaType.TEXT_HTML, VTT, SRT})
    @Operation(summary = "Submit a document as its raw text",
            description = "text/plain, text/markdown, text/html, text/vtt or application/x-subrip; metadata as query parameters.")
    @RequestBody(required = true, content = {@Content(mediaType = MediaType.TEXT_PLAIN), @Content(mediaType = MARKDOWN),
            @Content(mediaType = MediaType.TEXT_HTML), @Content(mediaType = VTT), @Content(mediaType = SRT)})
    @APIResponse(responseCode = "202", description = "accepted; Location names the document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "200", description = "the same content was already ingested",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "400", description = "empty text, invalid encoding or invalid date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "413", description = "text over the size limit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "Kafka did not acknowledge; nothing was stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @SecurityRequirement(name = "bearer")
    public Response submitRaw(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
                              @QueryParam("title") String title, @QueryParam("source") String source,
                              @QueryParam("url") String url, @QueryParam("published") String published,
                              @QueryParam("language") String language, @QueryParam("format") String format) {
        RequestValidator validator = ingest.validator();
        return answer(ingest.ingest(() -> {
            byte[] bytes = RequestBodies.read(body, validator.maxTextBytes(), validator::tooLarge);
            String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
            String text = RequestBodies.decode(bytes, charset);
            String effectiveFormat = format != null && !format.isBlank() ? format : formatOf(type);
            return new RawDocument(text, title, source, url, published, language, effectiveFormat);
        }, "rest"));
    }

    /** The media type names the format for markup and subtitles; plain text and Markdown are detected. */
    static String formatOf(MediaType type) {
        if (type == null) {
            return null;
        }
        String name = (type.getType() + "/" + type.getSubtype()).toLowerCase();
        return switch (name) {
            case MediaType.TEXT_HTML -> "html";
            case VTT -> "webvtt";
            case SRT -> "srt";
            default -> null;
        };
    }

    private static Response answer(IngestResult result) {
        if (result.duplicate()) {
            return Response.ok(result).build();
        }
        return Response.accepted(result).location(URI.create("/documents/" + result.id())).build();
    }
}
