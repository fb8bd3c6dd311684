package io.claimstream.common.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Whether a request may go on: {@code ALLOW}, {@code UNAUTHORIZED} (no credential: 401) or
 * {@code FORBIDDEN} (a credential that is not accepted: 403). Plain Java, unit-tested.
 */
public enum AccessDecision {
    ALLOW, UNAUTHORIZED, FORBIDDEN;

    private static final String BEARER = "Bearer ";

    /**
     * @param write         the endpoint changes data (reads only reach here when they are protected)
     * @param authorization the {@code Authorization} header, or null
     * @param tokens        in oidc mode, a token's roles when it is valid, empty when it is not
     */
    public static AccessDecision of(AuthConfig config, boolean write, String authorization,
                                    Function<String, Optional<Set<String>>> tokens) {
        return switch (config.mode()) {
            case NONE -> ALLOW;
            case API_KEY -> apiKey(config.apiKeys().orElse(List.of()), authorization);
            case OIDC -> oidc(authorization, write ? config.oidcWriteRole().orElse(null) : null, tokens);
        };
    }

    static AccessDecision apiKey(List<String> keys, String authorization) {
        String presented = bearer(authorization);
        if (presented == null) {
            return UNAUTHORIZED;
        }
        byte[] given = presented.getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (String key : keys) {
            String trimmed = key.trim();
            // constant-time comparison, and no early exit, so timing does not reveal a key
            match |= !trimmed.isEmpty() && MessageDigest.isEqual(given, trimmed.getBytes(StandardCharsets.UTF_8));
        }
        return match ? ALLOW : FORBIDDEN;
    }

    /** Like a wrong API key, a token that fails verification (forged, expired, foreign) is 403. */
    static AccessDecision oidc(String authorization, String role, Function<String, Optional<Set<String>>> tokens) {
        String presented = bearer(authorization);
        if (presented == null) {
            return UNAUTHORIZED;
        }
        Optional<Set<String>> roles = tokens.apply(presented);
        if (roles.isEmpty()) {
            return FORBIDDEN;
        }
        return role == null || roles.get().contains(role) ? ALLOW : FORBIDDEN;
    }

    /** The token of an {@code Authorization: Bearer <token>} header; null when there is none. */
    static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).trim();
        return token.isEmpty() ? null : token;
    }
}
