package io.claimstream.ingest.rest;

import io.claimstream.common.errors.ApiError;
import io.claimstream.contracts.EventCodec;
import io.claimstream.ingest.config.IngestConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a document whose declared Content-Length is beyond any acceptable size before its body
 * is read, with the same JSON 413 as the resource gives; without it, bodies above Quarkus' own
 * body limit would get a bare 413 with no explanation.
 */
@ApplicationScoped
public class EarlySizeCheck {

    private final IngestConfig config;

    public EarlySizeCheck(IngestConfig config) {
        this.config = config;
    }

    void install(@Observes Router router) {
        long limit = DocumentResource.bodyLimit(config.maxTextBytes());
        String body = EventCodec.encode(new ApiError("payload_too_large", "the request body is larger than "
                + limit + " bytes; the text limit is " + config.maxTextBytes() + " bytes of UTF-8"));
        router.route(HttpMethod.POST, "/documents").order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && declaredAbove(length, limit)) {
                ctx.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(body);
                return;
            }
            ctx.next();
        });
    }

    private static boolean declaredAbove(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
