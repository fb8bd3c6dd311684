package io.claimstream.query.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

    @Test
    void readableIds() {
        assertThat(Slugs.of("Luo Fuli")).isEqualTo("luo-fuli");
        assertThat(Slugs.of("José García (CEO)")).isEqualTo("jose-garcia-ceo");
        assertThat(Slugs.of("罗福莉")).isEqualTo("罗福莉");
    }

    @Test
    void nothingUsableFallsBackToAWord() {
        assertThat(Slugs.of("—")).isEqualTo("speaker");
        assertThat(Slugs.of(null)).isEqualTo("speaker");
    }

    @Test
    void takenIdsGetASuffix() {
        assertThat(Slugs.candidate("luo-fuli", 0)).isEqualTo("luo-fuli");
        assertThat(Slugs.candidate("luo-fuli", 1)).isEqualTo("luo-fuli-2");
    }

    @Test
    void longNamesAreCut() {
        assertThat(Slugs.of("a".repeat(100))).hasSize(60);
    }
}
