package io.claimstream.common.auth;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccessDecisionTest {

    @Test
    void apiKeyModeWantsAConfiguredBearerKey() {
        AuthConfig config = config(AuthConfig.Mode.API_KEY, List.of("k1", " k2 "), false, null);
        assertEquals(AccessDecision.UNAUTHORIZED, decide(config, true, null));
        assertEquals(AccessDecision.UNAUTHORIZED, decide(config, true, "Bearer   "));
        assertEquals(AccessDecision.UNAUTHORIZED, decide(config, true, "Basic azE6"));
        assertEquals(AccessDecision.FORBIDDEN, decide(config, true, "Bearer k3"));
        assertEquals(AccessDecision.FORBIDDEN, decide(config, true, "Bearer k1k2"));
        assertEquals(AccessDecision.ALLOW, decide(config, true, "Bearer k1"));
        assertEquals(AccessDecision.ALLOW, decide(config, true, "bearer k2"));
    }

    @Test
    void withoutConfiguredKeysEveryCredentialIsRefused() {
        AuthConfig config = config(AuthConfig.Mode.API_KEY, List.of(), false, null);
        assertEquals(AccessDecision.FORBIDDEN, decide(config, true, "Bearer anything"));
        AuthConfig blank = config(AuthConfig.Mode.API_KEY, List.of(" "), false, null);
        assertEquals(AccessDecision.UNAUTHORIZED, decide(blank, true, "Bearer "));
        assertEquals(AccessDecision.FORBIDDEN, decide(blank, true, "Bearer x"));
    }

    @Test
    void noneModeLetsEverythingThrough() {
        assertEquals(AccessDecision.ALLOW, decide(config(AuthConfig.Mode.NONE, List.of(), true, null), true, null));
    }

    @Test
    void oidcModeWantsAValidTokenAndForWritesTheConfiguredRole() {
        AuthConfig config = config(AuthConfig.Mode.OIDC, List.of(), true, "claimstream-writer");
        Function<String, Optional<Set<String>>> tokens = token -> switch (token) {
            case "writer" -> Optional.of(Set.of("claimstream-writer"));
            case "reader" -> Optional.of(Set.of());
            default -> Optional.empty();
        };
        assertEquals(AccessDecision.UNAUTHORIZED, AccessDecision.of(config, true, null, tokens));
        assertEquals(AccessDecision.UNAUTHORIZED, AccessDecision.of(config, true, "Basic d3JpdGVy", tokens));
        assertEquals(AccessDecision.FORBIDDEN, AccessDecision.of(config, true, "Bearer forged", tokens));
        assertEquals(AccessDecision.FORBIDDEN, AccessDecision.of(config, true, "Bearer reader", tokens));
        assertEquals(AccessDecision.ALLOW, AccessDecision.of(config, true, "Bearer writer", tokens));
        // reads need a valid token, not the write role
        assertEquals(AccessDecision.ALLOW, AccessDecision.of(config, false, "Bearer reader", tokens));
        AuthConfig anyToken = config(AuthConfig.Mode.OIDC, List.of(), false, null);
        assertEquals(AccessDecision.ALLOW, AccessDecision.of(anyToken, true, "Bearer reader", tokens));
    }

    private static AccessDecision decide(AuthConfig config, boolean write, String header) {
        return AccessDecision.of(config, write, header, token -> Optional.empty());
    }

    private static AuthConfig config(AuthConfig.Mode mode, List<String> keys, boolean protectReads, String role) {
        return new AuthConfig() {
            public Mode mode() {
                return mode;
            }

            public Optional<List<String>> apiKeys() {
                return Optional.of(keys);
            }

            public boolean protectReads() {
                return protectReads;
            }

            public Optional<String> oidcWriteRole() {
                return Optional.ofNullable(role);
            }

            public Oidc oidc() {
                throw new UnsupportedOperationException("the decision gets verified roles, not the provider");
            }
        };
    }
}
