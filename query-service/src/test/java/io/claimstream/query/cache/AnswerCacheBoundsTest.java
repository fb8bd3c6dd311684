package io.claimstream.query.cache;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerCacheBoundsTest {

    private final ReadGeneration generation = new ReadGeneration();

    @BeforeEach
    void listen() {
        generation.listening(true);
    }

    private static AnswerCache.Answer answer(String body) {
        return new AnswerCache.Answer(body.getBytes(StandardCharsets.UTF_8), "application/json", "tag-" + body.length());
    }

    @Test
    void anAnswerIsServedUntilTheGenerationMovesOn() {
        AnswerCache cache = new AnswerCache(generation, true, 10, 1 << 20);
        long before = cache.generation();
        cache.put("/speakers/a", before, answer("{\"name\":\"A\"}"));
        assertThat(cache.get("/speakers/a")).isNotNull();
        generation.advance();
        assertThat(cache.get("/speakers/a")).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void anAnswerComputedAcrossAChangeIsNotKept() {
        AnswerCache cache = new AnswerCache(generation, true, 10, 1 << 20);
        long before = cache.generation();
        generation.advance(); // committed while the answer was being computed
        cache.put("/speakers/a", before, answer("{\"name\":\"old\"}"));
        assertThat(cache.get("/speakers/a")).isNull();
    }

    @Test
    void nothingIsKeptOrServedWhileChangesAreNotHeard() {
        AnswerCache cache = new AnswerCache(generation, true, 10, 1 << 20);
        cache.put("/topics", cache.generation(), answer("[]"));
        generation.listening(false);
        assertThat(cache.get("/topics")).isNull();
        cache.put("/topics", cache.generation(), answer("[]"));
        assertThat(cache.get("/topics")).isNull();
    }

    @Test
    void theLeastRecentlyReadGoFirstPastTheEntryBound() {
        AnswerCache cache = new AnswerCache(generation, true, 2, 1 << 20);
        long now = cache.generation();
        cache.put("/a", now, answer("a"));
        cache.put("/b", now, answer("b"));
        cache.get("/a");
        cache.put("/c", now, answer("c"));
        assertThat(cache.get("/a")).isNotNull();
        assertThat(cache.get("/b")).isNull();
        assertThat(cache.get("/c")).isNotNull();
    }

    @Test
    void theByteBoundHoldsAndAnOversizedAnswerIsNotKept() {
        AnswerCache cache = new AnswerCache(generation, true, 100, 1000);
        long now = cache.generation();
        cache.put("/big", now, answer("x".repeat(2000)));
        assertThat(cache.get("/big")).isNull();
        for (int i = 0; i < 10; i++) {
            cache.put("/p" + i, now, answer("y".repeat(200)));
        }
        assertThat(cache.bytes()).isLessThanOrEqualTo(1000);
        assertThat(cache.get("/p9")).isNotNull();
        assertThat(cache.get("/p0")).isNull();
    }

    @Test
    void offKeepsNothing() {
        AnswerCache cache = new AnswerCache(generation, false, 100, 1 << 20);
        cache.put("/a", cache.generation(), answer("a"));
        assertThat(cache.get("/a")).isNull();
        assertThat(cache.enabled()).isFalse();
    }

    @Test
    void parameterOrderAndEncodingDoNotMatterButRepeatedValuesKeepTheirOrder() {
        MultivaluedHashMap<String, String> one = new MultivaluedHashMap<>();
        one.add("size", "5");
        one.add("q", "a b");
        MultivaluedHashMap<String, String> two = new MultivaluedHashMap<>();
        two.add("q", "a b");
        two.add("size", "5");
        assertThat(RequestKey.of("/claims", one)).isEqualTo(RequestKey.of("/claims", two)).isEqualTo("/claims?q=a+b&size=5");
        MultivaluedHashMap<String, String> first = new MultivaluedHashMap<>();
        first.add("topic", "agents");
        first.add("topic", "safety");
        MultivaluedHashMap<String, String> second = new MultivaluedHashMap<>();
        second.add("topic", "safety");
        second.add("topic", "agents");
        assertThat(RequestKey.of("/claims", first)).isNotEqualTo(RequestKey.of("/claims", second));
        // a value holding the separators stays one value
        MultivaluedHashMap<String, String> tricky = new MultivaluedHashMap<>();
        tricky.add("q", "x&size=5");
        assertThat(RequestKey.of("/claims", tricky)).isNotEqualTo(RequestKey.of("/claims", one));
    }
}
