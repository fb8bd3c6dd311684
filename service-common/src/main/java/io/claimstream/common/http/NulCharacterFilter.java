package io.claimstream.common.http;

import io.claimstream.common.errors.Errors;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;

/**
 * Refuses a URL that encodes a NUL character ({@code %00}) in its path or query with a 400,
 * before any resource sees it. No identifier, name or search term contains one, and PostgreSQL
 * cannot hold one in text: passed on, it would end as a database error (a 500) instead of a
 * clear answer.
 */
public class NulCharacterFilter {

    public static final String INVALID_PARAMETER = "invalid_parameter";

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseNul(ContainerRequestContext request) {
        RawRequestTarget target = RawRequestTarget.of(request);
        if (encodesNul(target.path()) || encodesNul(target.query())) {
            return Optional.of(Errors.response(400, INVALID_PARAMETER,
                    "the URL encodes a NUL character (%00), which no path segment or parameter may contain"));
        }
        return Optional.empty();
    }

    static boolean encodesNul(String raw) {
        if (raw == null) {
            return false;
        }
        for (int i = raw.indexOf('%'); i >= 0 && i + 2 < raw.length(); i = raw.indexOf('%', i + 1)) {
            if (raw.charAt(i + 1) == '0' && raw.charAt(i + 2) == '0') {
                return true;
            }
        }
        return raw.indexOf('\0') >= 0;
    }
}
