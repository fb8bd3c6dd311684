package io.claimstream.common.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.jboss.resteasy.reactive.server.spi.ServerHttpRequest;

/**
 * A request's path and query exactly as received (still percent-encoded), read from the HTTP
 * request itself. {@code UriInfo.getRequestUri()} gives the same strings, but builds and parses a
 * {@link java.net.URI} for them on every call: a per-request cost that filters on every read paid.
 */
public record RawRequestTarget(String path, String query) {

    /** @return the raw path, and the raw query or {@code null} without one */
    public static RawRequestTarget of(ContainerRequestContext request) {
        if (request instanceof ResteasyReactiveContainerRequestContext container
                && container.getServerRequestContext() instanceof ResteasyReactiveRequestContext context) {
            ServerHttpRequest http = context.serverRequest();
            return new RawRequestTarget(http.getRequestPath(), http.query());
        }
        java.net.URI uri = request.getUriInfo().getRequestUri();
        return new RawRequestTarget(uri.getRawPath(), uri.getRawQuery());
    }
}
