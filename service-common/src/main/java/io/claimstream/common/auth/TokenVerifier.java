package io.claimstream.common.auth;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies an OIDC provider's JWT access tokens with smallrye-jwt: the signature against the
 * provider's JWKS (fetched and cached; refetched when a token names a key it has not seen, so key
 * rotation needs no restart), the issuer, expiry and not-before, and the audience when one is
 * configured. Answers the token's roles, or empty when the token is not accepted.
 */
@ApplicationScoped
public class TokenVerifier {

    private static final Logger LOG = Logger.getLogger(TokenVerifier.class);

    private final Instance<AuthConfig> configs;
    private volatile DefaultJWTParser parser;
    private volatile boolean misconfigured;

    public TokenVerifier(Instance<AuthConfig> configs) {
        this.configs = configs;
    }

    /** The roles of a valid token; empty for a forged, expired, foreign or malformed one. */
    public Optional<Set<String>> verify(String token) {
        DefaultJWTParser current = parser();
        if (current == null) {
            return Optional.empty();
        }
        try {
            JsonWebToken jwt = current.parse(token);
            return Optional.of(jwt.getGroups() == null ? Set.of() : new HashSet<>(jwt.getGroups()));
        } catch (ParseException | RuntimeException e) {
            // the reason names the failed check (signature, issuer, expiry), never the token
            LOG.debugf("access token refused: %s", e.getMessage());
            return Optional.empty();
        }
    }

    private DefaultJWTParser parser() {
        DefaultJWTParser current = parser;
        if (current == null && !misconfigured) {
            synchronized (this) {
                if (parser == null && !misconfigured) {
                    parser = create(configs.get().oidc());
                    misconfigured = parser == null;
                }
                current = parser;
            }
        }
        return current;
    }

    static DefaultJWTParser create(AuthConfig.Oidc oidc) {
        if (oidc.issuer().isEmpty() || oidc.jwksLocation().isEmpty()) {
            LOG.error("claimstream.auth.mode=oidc needs claimstream.auth.oidc.issuer and claimstream.auth.oidc.jwks-location"
                    + " (CLAIMSTREAM_AUTH_OIDC_ISSUER, CLAIMSTREAM_AUTH_OIDC_JWKS_LOCATION): every token is refused");
            return null;
        }
        JWTAuthContextInfo context = new JWTAuthContextInfo(oidc.jwksLocation().get(), oidc.issuer().get());
        List<String> audience = oidc.audience().orElse(List.of());
        if (!audience.isEmpty()) {
            context.setExpectedAudience(Set.copyOf(audience));
        }
        context.setGroupsPath(oidc.rolesClaim());
        return new DefaultJWTParser(context);
    }
}
