package io.claimstream.common.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.util.List;
import java.util.function.Predicate;

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
     * @param user          the identity an authentication mechanism (quarkus-oidc) established, or null
     * @param hasRole       whether that identity holds a role
     */
    public static AccessDecision of(AuthConfig config, boolean write, String authorization, Principal user,
                                    Predicate<String> hasRole) {
        return switch (config.mode()) {
            case NONE -> ALLOW;
            case API_KEY -> apiKey(config.apiKeys().orElse(List.of()), authorization);
            case OIDC -> oidc(user, write ? config.oidcWriteRole().orElse(null) : null, hasRole);
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

    static AccessDecision oidc(Principal user, String role, Predicate<String> hasRole) {
        if (user == null || user.getName() == null || user.getName().isEmpty()) {
            return UNAUTHORIZED;
        }
        return role == null || hasRole.test(role) ? ALLOW : FORBIDDEN;
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
