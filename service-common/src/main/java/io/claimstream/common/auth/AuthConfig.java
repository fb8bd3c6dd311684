package io.claimstream.common.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/** {@code claimstream.auth.*}: how callers prove who they are, and which calls need it. */
@ConfigMapping(prefix = "claimstream.auth")
public interface AuthConfig {

    /**
     * {@code api-key} (default): a key from {@link #apiKeys()}; {@code oidc}: a JWT access token
     * from the OIDC provider in {@link #oidc()}, verified here; {@code none}: no check at all
     * (trusted networks only).
     */
    @WithDefault("api-key")
    Mode mode();

    /** Accepted keys, comma separated; with none configured every write is refused. */
    Optional<List<String>> apiKeys();

    /**
     * Whether reads need a credential too. Off by default: the read API is meant to be open.
     * Health, metrics and the OpenAPI description stay open either way, so probes keep working.
     */
    @WithDefault("false")
    boolean protectReads();

    /** In {@code oidc} mode, the role a token must carry to write; without it any verified token may. */
    Optional<String> oidcWriteRole();

    /** The OIDC provider whose tokens {@code oidc} mode accepts. */
    Oidc oidc();

    enum Mode { API_KEY, OIDC, NONE }

    interface Oidc {
        /** The provider's issuer, compared with each token's {@code iss} (env CLAIMSTREAM_AUTH_OIDC_ISSUER). */
        Optional<String> issuer();

        /**
         * Where the provider's signing keys are: its JWKS URL ({@code jwks_uri} of its discovery
         * document), or a file (env CLAIMSTREAM_AUTH_OIDC_JWKS_LOCATION).
         */
        Optional<String> jwksLocation();

        /** Audiences a token must name one of in {@code aud}; none configured: not checked. */
        Optional<List<String>> audience();

        /** The claim that lists a token's roles, a path for nested ones (Keycloak: {@code realm_access/roles}). */
        @WithDefault("groups")
        String rolesClaim();
    }
}
