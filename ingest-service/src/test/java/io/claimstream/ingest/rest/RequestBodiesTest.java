package io.claimstream.ingest.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.common.errors.ApiException;
import io.claimstream.contracts.RawDocument;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestBodiesTest {

    private final RequestBodies bodies = new RequestBodies(new ObjectMapper());

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertRefused(Runnable call, int status, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    @Test
    void readsAllFieldsAndIgnoresUnknownOnes() {
        RawDocument doc = bodies.json(utf8("{\"text\":\"Hi 😀\",\"title\":\"T\",\"source\":\"S\",\"url\":\"https://x.test/a\","
                + "\"published\":\"2026-06-12\",\"language\":\"en\",\"format\":\"auto\",\"extra\":[1,2]}"));
        assertThat(doc).isEqualTo(new RawDocument("Hi 😀", "T", "S", "https://x.test/a", "2026-06-12", "en", "auto"));
        assertThat(bodies.json(utf8("{\"text\":\"x\",\"title\":null}")).title()).isNull();
    }

    @Test
    void wrongTypesAndNonObjectsAreInvalidJson() {
        assertRefused(() -> bodies.json(utf8("{\"text\":42}")), 400, RequestBodies.INVALID_JSON);
        assertRefused(() -> bodies.json(utf8("{\"text\":\"x\",\"title\":{\"a\":1}}")), 400, RequestBodies.INVALID_JSON);
        assertRefused(() -> bodies.json(utf8("{\"text\":[\"x\"]}")), 400, RequestBodies.INVALID_JSON);
        assertRefused(() -> bodies.json(utf8("[\"x\"]")), 400, RequestBodies.INVALID_JSON);
        assertRefused(() -> bodies.json(utf8("\"x\"")), 400, RequestBodies.INVALID_JSON);
        assertRefused(() -> bodies.json(utf8("")), 400, RequestBodies.INVALID_JSON);
        assertRefused(() -> bodies.json(utf8("{\"text\":")), 400, RequestBodies.INVALID_JSON);
    }

    @Test
    void missingTextIsLeftToTheValidator() {
        assertThat(bodies.json(utf8("{\"title\":\"T\"}")).text()).isNull();
    }

    @Test
    void aStringPastJacksonsLongestIsTooLargeNotMalformed() {
        byte[] body = ("{\"text\": \"" + "x".repeat(20_000_001) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> bodies.json(body), 413, "payload_too_large");
        byte[] deep = ("{\"text\": " + "[".repeat(2000) + "]".repeat(2000) + "}").getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> bodies.json(deep), 400, RequestBodies.INVALID_JSON);
        byte[] badUtf8 = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertRefused(() -> bodies.json(badUtf8), 400, RequestBodies.INVALID_JSON);
    }

    @Test
    void rawBodiesAreDecodedStrictly() {
        assertThat(RequestBodies.decode(utf8("naïve 中文 😀"), null)).isEqualTo("naïve 中文 😀");
        assertThat(RequestBodies.decode("café".getBytes(StandardCharsets.ISO_8859_1), "ISO-8859-1")).isEqualTo("café");
        assertRefused(() -> RequestBodies.decode(new byte[] {'a', (byte) 0xff, 'b'}, null), 400, RequestBodies.INVALID_ENCODING);
        assertRefused(() -> RequestBodies.decode(new byte[] {(byte) 0xe4, (byte) 0xb8}, "utf-8"), 400, RequestBodies.INVALID_ENCODING);
        assertRefused(() -> RequestBodies.decode(utf8("x"), "no-such-charset"), 400, RequestBodies.INVALID_ENCODING);
    }

    @Test
    void readingStopsAtTheLimit() {
        byte[] ten = utf8("0123456789");
        assertThat(RequestBodies.read(new ByteArrayInputStream(ten), 10, n -> new ApiException(413, "big", "big"))).hasSize(10);
        assertRefused(() -> RequestBodies.read(new ByteArrayInputStream(ten), 9, n -> new ApiException(413, "big", "big")),
                413, "big");
    }

    @Test
    void mediaTypeNamesTheFormatOnlyForMarkupAndSubtitles() {
        assertThat(DocumentResource.formatOf(MediaType.valueOf("text/html; charset=utf-8"))).isEqualTo("html");
        assertThat(DocumentResource.formatOf(MediaType.valueOf("text/vtt"))).isEqualTo("webvtt");
        assertThat(DocumentResource.formatOf(MediaType.valueOf("application/x-subrip"))).isEqualTo("srt");
        assertThat(DocumentResource.formatOf(MediaType.valueOf("text/plain"))).isNull();
        assertThat(DocumentResource.formatOf(MediaType.valueOf("text/markdown"))).isNull();
    }
}
