package io.claimstream.common.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/** {@code claimstream.auth.*}: how callers prove who they are, and which calls need it. */
@ConfigMapping(prefix = "claimstream.auth")
public interface AuthConfig {

    /**
     * {@code api-key} (default): a key from {@link #apiKeys()}; {@code oidc}: an access token that
     * quarkus-oidc verified (the service must include it and enable its tenant); {@code none}:
     * no check at all (trusted networks only).
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

    enum Mode { API_KEY, OIDC, NONE }
}
