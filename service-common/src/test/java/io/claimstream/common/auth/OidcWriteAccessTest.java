package io.claimstream.common.auth;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * {@code claimstream.auth.mode=oidc} on a real write endpoint: tokens signed with the provider's
 * key (published as a JWKS by {@link OidcProvider}) are verified by smallrye-jwt. No token is
 * 401; a token that fails verification, or lacks the write role, is 403, as a wrong API key is.
 */
@QuarkusTest
@QuarkusTestResource(OidcProvider.class)
class OidcWriteAccessTest {

    KeyPair keys;

    @Test
    void aValidTokenWithTheWriteRoleMayWrite() {
        write(sign(token(), keys.getPrivate())).statusCode(201);
    }

    @Test
    void noTokenIsUnauthorized() {
        given().post("/probe").then().statusCode(401).header("WWW-Authenticate", "Bearer")
                .body("error", equalTo("unauthorized"));
        given().header("Authorization", "Basic YWxpY2U6c2VjcmV0").post("/probe").then().statusCode(401);
    }

    @Test
    void aTokenFromAnotherIssuerIsForbidden() {
        write(sign(token().issuer("https://elsewhere.example.test"), keys.getPrivate())).statusCode(403)
                .body("error", equalTo("forbidden"));
    }

    @Test
    void anExpiredTokenIsForbidden() {
        Instant hourAgo = Instant.now().minusSeconds(3600);
        write(sign(token().issuedAt(hourAgo.minusSeconds(600)).expiresAt(hourAgo), keys.getPrivate())).statusCode(403);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsForbidden() {
        PrivateKey forger = OidcProvider.rsaKeyPair().getPrivate();
        write(sign(token(), forger)).statusCode(403);
    }

    @Test
    void aTamperedOrMalformedTokenIsForbidden() {
        String valid = sign(token(), keys.getPrivate());
        String[] parts = valid.split("\\.");
        String widened = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"iss\":\"" + OidcProvider.ISSUER + "\",\"sub\":\"mallory\",\"groups\":[\"" + OidcProvider.WRITE_ROLE
                        + "\"],\"exp\":" + (Instant.now().getEpochSecond() + 600) + "}").getBytes());
        write(parts[0] + "." + widened + "." + parts[2]).statusCode(403);
        write("not-a-jwt").statusCode(403);
    }

    @Test
    void aValidTokenWithoutTheWriteRoleIsForbidden() {
        write(sign(token().groups(Set.of("reader")), keys.getPrivate())).statusCode(403);
    }

    @Test
    void readsStayOpenByDefault() {
        given().get("/probe").then().statusCode(200).body(equalTo("open"));
    }

    private static JwtClaimsBuilder token() {
        return Jwt.issuer(OidcProvider.ISSUER).subject("alice").groups(Set.of(OidcProvider.WRITE_ROLE))
                .expiresIn(300);
    }

    private static String sign(JwtClaimsBuilder claims, PrivateKey key) {
        return claims.jws().keyId(OidcProvider.KEY_ID).sign(key);
    }

    private static io.restassured.response.ValidatableResponse write(String token) {
        return given().header("Authorization", "Bearer " + token).post("/probe").then();
    }
}
