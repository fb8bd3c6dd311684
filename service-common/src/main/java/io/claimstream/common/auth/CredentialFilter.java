package io.claimstream.common.auth;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Guards {@link WriteAccess} endpoints: no {@code Authorization: Bearer} credential answers 401,
 * a credential that is not accepted answers 403 (see {@link AccessDecision}).
 */
@Provider
@WriteAccess
@Priority(Priorities.AUTHENTICATION)
public class CredentialFilter implements ContainerRequestFilter {

    // Resolved per request: Quarkus REST builds filters at static init, before runtime config
    // mappings exist, so injecting the mapping itself would fail the start (SRCFG00027).
    private final Instance<AuthConfig> configs;
    private final Instance<TokenVerifier> tokens;

    public CredentialFilter(Instance<AuthConfig> configs, Instance<TokenVerifier> tokens) {
        this.configs = configs;
        this.tokens = tokens;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Credentials.check(configs.get(), tokens.get(), request, true).ifPresent(request::abortWith);
    }
}
