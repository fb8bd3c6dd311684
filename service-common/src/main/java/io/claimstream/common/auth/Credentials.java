package io.claimstream.common.auth;

import io.claimstream.common.errors.Errors;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.util.Optional;

/** Applies an {@link AccessDecision} to a request: empty when it goes on, else its JSON 401 or 403 answer. */
final class Credentials {

    private Credentials() {
    }

    static Optional<Response> check(AuthConfig config, ContainerRequestContext request, boolean write) {
        SecurityContext security = request.getSecurityContext();
        AccessDecision decision = AccessDecision.of(config, write, request.getHeaderString(HttpHeaders.AUTHORIZATION),
                security == null ? null : security.getUserPrincipal(),
                role -> security != null && security.isUserInRole(role));
        String what = write ? "this call changes data" : "reads are protected here";
        String credential = config.mode() == AuthConfig.Mode.OIDC ? "an access token" : "<api key>";
        return switch (decision) {
            case ALLOW -> Optional.empty();
            case UNAUTHORIZED -> Optional.of(Response.fromResponse(Errors.response(401, "unauthorized",
                            what + ": send 'Authorization: Bearer " + credential + "'"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
            case FORBIDDEN -> Optional.of(Errors.response(403, "forbidden",
                    config.mode() == AuthConfig.Mode.OIDC ? "the access token lacks the role this call needs"
                            : "the credential is not a valid API key"));
        };
    }
}
