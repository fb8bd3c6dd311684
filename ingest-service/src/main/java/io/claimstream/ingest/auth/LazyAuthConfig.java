package io.claimstream.ingest.auth;

import io.claimstream.common.auth.AuthConfig;
import io.claimstream.common.auth.CredentialFilter;
import io.smallrye.config.SmallRyeConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.List;
import java.util.Optional;

/**
 * Gives the shared {@link CredentialFilter} its {@link AuthConfig} lazily. Quarkus REST creates
 * filters during static initialisation, before runtime config mappings exist, so injecting the
 * mapping itself fails at start-up (SRCFG00027); this view reads the mapping on each call, at
 * request time. Remove it once service-common resolves its configuration lazily.
 */
@ApplicationScoped
public class LazyAuthConfig {

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    AuthConfig authConfig() {
        return new View();
    }

    private static final class View implements AuthConfig {
        private static AuthConfig mapping() {
            return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(AuthConfig.class);
        }

        @Override
        public Mode mode() {
            return mapping().mode();
        }

        @Override
        public Optional<List<String>> apiKeys() {
            return mapping().apiKeys();
        }
    }
}
