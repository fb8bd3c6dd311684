package io.claimstream.common.auth;

import io.claimstream.common.errors.Errors;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Guards {@link WriteAccess} endpoints: no {@code Authorization: Bearer} credential answers 401,
 * a credential that matches no configured key answers 403.
 */
@Provider
@WriteAccess
@Priority(Priorities.AUTHENTICATION)
public class CredentialFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    // Resolved per request: Quarkus REST builds filters at static init, before runtime config
    // mappings exist, so injecting the mapping itself would fail the start (SRCFG00027).
    private final Instance<AuthConfig> configs;

    public CredentialFilter(Instance<AuthConfig> configs) {
        this.configs = configs;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        AuthConfig config = configs.get();
        if (config.mode() == AuthConfig.Mode.NONE) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || header.substring(BEARER.length()).isBlank()) {
            request.abortWith(Response.fromResponse(Errors.response(401, "unauthorized",
                            "this call changes data: send 'Authorization: Bearer <api key>'"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
            return;
        }
        if (!accepted(config, header.substring(BEARER.length()).trim())) {
            request.abortWith(Errors.response(403, "forbidden", "the credential is not a valid API key"));
        }
    }

    private static boolean accepted(AuthConfig config, String presented) {
        byte[] given = presented.getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (String key : config.apiKeys().orElse(List.of())) {
            // constant-time comparison, and no early exit, so timing does not reveal a key
            match |= MessageDigest.isEqual(given, key.trim().getBytes(StandardCharsets.UTF_8));
        }
        return match;
    }
}
