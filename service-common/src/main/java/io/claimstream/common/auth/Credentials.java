package io.claimstream.common.auth;

import io.claimstream.common.errors.Errors;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.Optional;

/** Applies an {@link AccessDecision} to a request: empty when it goes on, else its JSON 401 or 403 answer. */
final class Credentials {

    private Credentials() {
    }

    static Optional<Response> check(AuthConfig config, TokenVerifier tokens, ContainerRequestContext request,
                                    boolean write) {
        AccessDecision decision = AccessDecision.of(config, write, request.getHeaderString(HttpHeaders.AUTHORIZATION),
                tokens::verify);
        String what = write ? "this call changes data" : "reads are protected here";
        String credential = config.mode() == AuthConfig.Mode.OIDC ? "an access token" : "<api key>";
        return switch (decision) {
            case ALLOW -> Optional.empty();
            case UNAUTHORIZED -> Optional.of(Response.fromResponse(Errors.response(401, "unauthorized",
                            what + ": send 'Authorization: Bearer " + credential + "'"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
            case FORBIDDEN -> Optional.of(Errors.response(403, "forbidden",
                    config.mode() == AuthConfig.Mode.OIDC
                            ? "the access token is not valid here (signature, issuer, audience, expiry) or lacks the role this call needs"
                            : "the credential is not a valid API key"));
        };
    }
}
