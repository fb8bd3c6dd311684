package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** A person the text says uses they/them: "they said" is theirs once they are met, "he" and "she" never are. */
class SingularTheyTest {

    private static final String PANEL = """
            BERLIN, May 4, 2027 - Three founders of warehouse robotics companies met on a panel on Tuesday, and they agreed on very little.

            Maria Lutz, the chief executive of Fenwick Robotics, said the cost of a picking robot would fall below that of a forklift by 2029. "The hardware is not the problem any more," she said.

            Robin Okafor, who leads the robotics group at Tessel and uses they/them pronouns, was less sure. They said most warehouses would still run on forklifts in 2035.

            "Nobody will buy a robot that needs a babysitter," they said.

            Asked about safety rules, they laughed. "The regulators are five years behind, and that is being kind."

            Jonas Brandt of Kiel Automation sided with Lutz. He said his customers had cut picking errors by half.
            """;

    @Test
    void theyIsThePersonDeclaredSoOnceMet() {
        Analyses a = Analyses.of(PANEL);
        assertThat(a.speakerOf("still run on forklifts")).isEqualTo("Robin Okafor");
        assertThat(a.speakerOf("needs a babysitter")).isEqualTo("Robin Okafor");
        assertThat(a.speakerOf("five years behind")).isEqualTo("Robin Okafor");
        assertThat(a.speakerOf("cut picking errors")).isEqualTo("Jonas Brandt");
    }

    @Test
    void aPluralTheyBeforeThePersonIsMetIsNobodysClaim() {
        Analyses a = Analyses.of(PANEL);
        assertThat(a.claimWith("agreed on very little").map(c -> c.speakerId() == null ? "" : a.speaker(c.speakerId())
                .name())).isNotEqualTo(java.util.Optional.of("Robin Okafor"));
    }
}
