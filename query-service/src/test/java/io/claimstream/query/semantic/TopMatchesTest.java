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

    @Test
    void saysBeforehandWhetherAScoreCouldBeKept() {
        TopMatches top = new TopMatches(2, 0.3);
        assertThat(top.mayKeep(0.29)).isFalse();
        assertThat(top.mayKeep(Double.NaN)).isFalse();
        assertThat(top.mayKeep(0.3)).isTrue();
        top.offer("m", 0.6);
        top.offer("n", 0.5);
        assertThat(top.mayKeep(0.4)).isFalse();
        // an equal score can still displace the worst kept match by its id
        assertThat(top.mayKeep(0.5)).isTrue();
        top.offer("a", 0.5);
        assertThat(top.best()).extracting(TopMatches.Match::id).containsExactly("m", "a");
    }
}
