package io.claimstream.common.auth;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;

/**
 * A stand-in OIDC provider: a fresh RSA key, its public half served as a JWKS over HTTP (where a
 * real provider's {@code jwks_uri} points), and the service configured for {@code oidc} mode
 * against it. The key pair is injected into the test, which signs its tokens with it.
 */
public class OidcProvider implements QuarkusTestResourceLifecycleManager {

    static final String ISSUER = "https://login.example.test/realms/claimstream";
    static final String KEY_ID = "test-key-1";
    static final String WRITE_ROLE = "claimstream-writer";

    private KeyPair keys;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        keys = rsaKeyPair();
        byte[] jwks = jwks((RSAPublicKey) keys.getPublic()).getBytes(StandardCharsets.UTF_8);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/certs", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        server.start();
        return Map.of(
                "claimstream.auth.mode", "oidc",
                "claimstream.auth.oidc.issuer", ISSUER,
                "claimstream.auth.oidc.jwks-location", "http://127.0.0.1:" + server.getAddress().getPort() + "/certs",
                "claimstream.auth.oidc-write-role", WRITE_ROLE);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(keys, new TestInjector.MatchesType(KeyPair.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jwks(RSAPublicKey key) {
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + KEY_ID + "\",\"n\":\""
                + base64Url(key.getModulus()) + "\",\"e\":\"" + base64Url(key.getPublicExponent()) + "\"}]}";
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
