package io.claimstream.common.auth;

import org.junit.jupiter.api.Test;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccessDecisionTest {

    private static final Principal ALICE = () -> "alice";

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
    void oidcModeWantsAVerifiedIdentityAndForWritesTheConfiguredRole() {
        AuthConfig config = config(AuthConfig.Mode.OIDC, List.of(), true, "claimstream-writer");
        assertEquals(AccessDecision.UNAUTHORIZED, AccessDecision.of(config, true, "Bearer forged", null, r -> true));
        assertEquals(AccessDecision.FORBIDDEN, AccessDecision.of(config, true, "Bearer t", ALICE, r -> false));
        assertEquals(AccessDecision.ALLOW, AccessDecision.of(config, true, "Bearer t", ALICE,
                Set.of("claimstream-writer")::contains));
        // reads need an identity, not the write role
        assertEquals(AccessDecision.ALLOW, AccessDecision.of(config, false, "Bearer t", ALICE, r -> false));
        AuthConfig anyToken = config(AuthConfig.Mode.OIDC, List.of(), false, null);
        assertEquals(AccessDecision.ALLOW, AccessDecision.of(anyToken, true, "Bearer t", ALICE, r -> false));
    }

    private static AccessDecision decide(AuthConfig config, boolean write, String header) {
        return AccessDecision.of(config, write, header, null, r -> false);
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
        };
    }
}
