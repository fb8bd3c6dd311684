package io.claimstream.query.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /predictions/{claimId}/resolution}. */
public record ResolutionRequest(
        @Schema(description = "Whether it came true: true, false or partly (JSON booleans are accepted too)",
                required = true, type = SchemaType.STRING, implementation = String.class,
                enumeration = {"true", "false", "partly"})
        JsonNode outcome,
        @Schema(description = "Why, and where the evidence is", maxLength = 4000)
        String note) {
}
