package io.claimstream.common.auth;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;

/**
 * With {@code claimstream.auth.protect-reads=true}, every REST endpoint that is not already a
 * {@link WriteAccess} one needs a credential too. Only JAX-RS endpoints pass here: health,
 * metrics and the OpenAPI description are served outside it and stay open for probes.
 */
public class ReadAccessFilter {

    // looked up per request, for the same reason as in CredentialFilter
    private final Instance<AuthConfig> configs;
    private final Instance<TokenVerifier> tokens;

    public ReadAccessFilter(Instance<AuthConfig> configs, Instance<TokenVerifier> tokens) {
        this.configs = configs;
        this.tokens = tokens;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> protectReads(ContainerRequestContext request, ResourceInfo resource) {
        AuthConfig config = configs.get();
        if (!config.protectReads() || isWrite(resource)) {
            return Optional.empty();
        }
        return Credentials.check(config, tokens.get(), request, false);
    }

    private static boolean isWrite(ResourceInfo resource) {
        return resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(WriteAccess.class)
                || resource.getResourceClass() != null && resource.getResourceClass().isAnnotationPresent(WriteAccess.class);
    }
}
