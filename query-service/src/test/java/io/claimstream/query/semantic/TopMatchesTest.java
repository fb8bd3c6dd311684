package io.claimstream.query.semantic;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopMatchesTest {

    @Test
    void keepsTheBestAboveTheThresholdInAStableOrder() {
        TopMatches top = new TopMatches(3, 0.3);
        top.offer("e", 0.9);
        top.offer("a", 0.2);
        top.offer("c", 0.5);
        top.offer("b", 0.5);
        top.offer("d", 0.4);
        top.offer("f", Double.NaN);
        top.offer("g", 0.95);
        assertThat(top.best()).extracting(TopMatches.Match::id).containsExactly("g", "e", "b");
    }
}
