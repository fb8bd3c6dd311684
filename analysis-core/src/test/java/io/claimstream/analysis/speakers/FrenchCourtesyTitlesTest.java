package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** "M. Roux" and "Mme Fabre", as translations from French keep the courtesy titles. */
class FrenchCourtesyTitlesTest {

    @Test
    void mAndMmeAreTitlesBeforeTheNameNotTheEndOfASentence() {
        Analyses a = Analyses.of("""
                Odile Fabre runs the Nantes lab Corbeau, a month after M. Mathis Roux, who founded Vireo, told \
                senators that Europe should stop training its own models.

                Mme Fabre said the lab would double its chip budget next year. Reached by telephone, M. Roux said \
                renting chips now costs more than buying them.
                """);
        assertThat(a.speakerOf("double its chip budget")).isEqualTo("Odile Fabre");
        assertThat(a.speakerOf("renting chips now costs more")).isEqualTo("Mathis Roux");
        assertThat(a.claimWith("renting chips now costs more").orElseThrow().text()).startsWith("Reached by telephone");
        assertThat(a.speakerNames()).doesNotContain("M. Mathis Roux", "Mme Fabre");
    }
}
