package io.claimstream.common.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/** {@code claimstream.auth.*}: how write calls prove who they are. */
@ConfigMapping(prefix = "claimstream.auth")
public interface AuthConfig {

    /** {@code api-key} (default) or {@code none} (trusted networks only). */
    @WithDefault("api-key")
    Mode mode();

    /** Accepted keys, comma separated; with none configured every write is refused. */
    Optional<List<String>> apiKeys();

    enum Mode { API_KEY, NONE }
}
