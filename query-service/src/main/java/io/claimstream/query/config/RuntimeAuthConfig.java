package io.claimstream.query.config;

import io.claimstream.common.auth.AuthConfig;
import io.smallrye.config.SmallRyeConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.List;
import java.util.Optional;

/**
 * Workaround until service-common's {@code CredentialFilter} stops reading {@link AuthConfig} at
 * static init: REST filters are built during static init, when runtime config mappings do not
 * exist yet, so injecting the mapping directly fails the start ("SRCFG00027: Could not find a
 * mapping"). This alternative hands the filter a view that reads the mapping on each call, at
 * request time. Remove it once service-common resolves the config lazily (or marks it
 * {@code @StaticInitSafe}).
 */
public class RuntimeAuthConfig {

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    AuthConfig authConfig() {
        return new AuthConfig() {
            @Override
            public Mode mode() {
                return current().mode();
            }

            @Override
            public Optional<List<String>> apiKeys() {
                return current().apiKeys();
            }
        };
    }

    private static AuthConfig current() {
        return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(AuthConfig.class);
    }
}
