package io.claimstream.query.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /predictions/{claimId}/resolution}. */
public record ResolutionRequest(
        @Schema(description = "true, false or \"partly\" (JSON booleans or strings)", required = true,
                oneOf = {Boolean.class, String.class}, examples = {"true", "\"partly\""})
        JsonNode outcome,
        @Schema(description = "Why, and where the evidence is", maxLength = 4000)
        String note) {
}
