package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A feature that introduces a person by role first, the name in commas after it
 * ({@code Its chair, Oskar Lind, had called …}), then quotes them by surname and pronoun.
 */
class RoleFirstAppositionTest {

    @Test
    void theNameAfterARoleIsAPersonAndTheSurnameFindsThem() {
        Analyses a = Analyses.of("""
                The hearing was called by the transport committee. Its chair, Oskar Lind, had asked for it after a year of delays.

                "Driverless freight will be legal on motorways by 2028," Lind said after the session. "The insurers are ready before the roads are," he said.

                Mina Sato, who runs safety research at the Osaka lab Kiri, argued that the trials are too short. "Nobody has tested a winter yet," she said.
                """);
        assertThat(a.speakerOf("Driverless freight will be legal")).isEqualTo("Oskar Lind");
        assertThat(a.speakerOf("The insurers are ready")).isEqualTo("Oskar Lind");
        assertThat(a.speakerOf("Nobody has tested a winter yet")).isEqualTo("Mina Sato");
        assertThat(a.speakerNamed("Oskar Lind").kind()).isEqualTo("person");
        assertThat(a.speakerNamed("Oskar Lind").role()).isEqualTo("chair");
        assertThat(a.speakerNames()).doesNotContain("Lind");
    }

    @Test
    void anIntroductoryPhraseOrAListIsNoRole() {
        Analyses a = Analyses.of("""
                In Rotterdam, Pieter Smit, the port's director, said automation will cut berth times by a third.

                Harbour pilots, Ana Veld and Rui Costa, said nothing.
                """);
        assertThat(a.speakerOf("automation will cut berth times")).isEqualTo("Pieter Smit");
        assertThat(a.speakerNamed("Pieter Smit").role()).isEqualTo("port's director");
    }

    @Test
    void aTitleWrittenBeforeTheNameWithoutCommasMakesAPersonWhomTheSurnameAndPronounFind() {
        Analyses a = Analyses.of("""
                Halden Robotics opened its warehouse to reporters on Monday. Operations director Ines Barros met them at the gate.

                She says the robots now pick 40,000 orders a day. Barros says the fleet will double by next summer.
                """);
        assertThat(a.speakerOf("pick 40,000 orders a day")).isEqualTo("Ines Barros");
        assertThat(a.speakerOf("the fleet will double")).isEqualTo("Ines Barros");
        assertThat(a.speakerNames()).doesNotContain("Barros");
    }
}
