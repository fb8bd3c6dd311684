package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * Whom "she", "his sister" and "the company" refer to when a story has two people they could be: the salience of
 * reported speech, not only the last name read.
 */
class SalientAntecedentsTest {

    @Test
    void aPronounBesideANameIsTheOtherPersonAndTheNextSheIsHerToo() {
        Analyses a = Analyses.of("""
                Greta Lund runs the inference team at Solvik. Ines Varga joined Solvik from a chip start-up last year.

                The former hardware engineer now runs procurement, and she and Greta disagree about almost every purchase. She says the company buys accelerators two years too early. "We pay for speed we never use."
                """);
        assertThat(a.speakerOf("two years too early")).isEqualTo("Ines Varga");
        assertThat(a.speakerOf("speed we never use")).isEqualTo("Ines Varga");
    }

    @Test
    void aPronounAfterANameInItsOwnSentenceIsThatPerson() {
        Analyses a = Analyses.of("""
                Greta Lund runs the inference team at Solvik. Ines Varga runs procurement there.

                Ines Varga thinks the company buys accelerators too early.

                When I ask Greta whether she minds the delays, she shrugs. "Every quarter we lose a month. But a late model is still a better model."
                """);
        assertThat(a.claimWith("she shrugs")).isEmpty();
        assertThat(a.speakerOf("a late model is still a better model")).isEqualTo("Greta Lund");
    }

    @Test
    void theRoleAProfileOpensOnBelongsToThePersonItThenNames() {
        Analyses a = Analyses.of("""
                When the chief scientist of Solvik finally sits down, she has already taken two calls.

                Her name is Greta Lund, and she has led the lab since 2021. Ines Varga runs procurement there.

                "Procurement wants fewer suppliers," Varga says.

                The chief scientist thinks smaller models will win most enterprise contracts within three years.
                """);
        assertThat(a.speakerOf("smaller models will win")).isEqualTo("Greta Lund");
    }

    @Test
    void aRelativeNamedEarlierSaysTheQuotationAfterTheSentenceAboutThem() {
        Analyses a = Analyses.of("""
                Greta Lund runs research at Solvik. Her brother, Anton Lund, is the chief executive.

                "We should sell the robotics unit this year," Anton Lund says. His sister shakes her head. "Buyers always come back in a downturn."
                """);
        assertThat(a.speakerOf("sell the robotics unit")).isEqualTo("Anton Lund");
        assertThat(a.speakerOf("Buyers always come back")).isEqualTo("Greta Lund");
    }

    @Test
    void anOrganisationNamedOnlyAsSomebodysEmployerIsTheCompanyThatSpeaksLater() {
        Analyses a = Analyses.of("""
                Oskar Brandt runs Kestrel Labs in Leeds. Mira Holt, who runs the rival Osprey Robotics from a former mill, disagrees with him.

                Osprey raised £12 million in March, and the company said its orders had doubled since January.
                """);
        assertThat(a.speakerNames()).contains("Osprey Robotics");
        assertThat(a.speakerOf("orders had doubled")).isEqualTo("Osprey Robotics");
    }

    @Test
    void aVerbOfSayingAfterAndSharesTheSubjectOfTheClause() {
        Analyses a = Analyses.of("""
                Kestrel Labs, which Oskar Brandt founded in 2022, sells vision models to farms.

                The firm employs 40 people and says it broke even in the second quarter.
                """);
        assertThat(a.speakerOf("broke even in the second quarter")).isEqualTo("Kestrel Labs");
    }
}
