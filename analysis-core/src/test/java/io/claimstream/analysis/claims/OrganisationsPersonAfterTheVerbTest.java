package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A headline's or a quotation's speaker after the verb, introduced by an organisation's possessive ("…, says Marlin's
 * Hana Voss", "…," said Vell Systems' Tomas Berg): the person speaks, of that organisation, and the possessive is no
 * part of the name; people counted, not named ("Not everyone at Marlin agrees"), are not the organisation.
 */
class OrganisationsPersonAfterTheVerbTest {

    private static final String STORY = """
            Storage prices have bottomed out, says Marlin's Hana Voss

            By Tim Rowe

            Storage prices have stopped falling, says Marlin's Hana Voss. Marlin Cloud sells storage to banks.

            "Nobody is cutting prices any more," said Vell Systems' Tomas Berg.

            Not everyone at Marlin agrees with the plan.
            """;

    @Test
    void thePersonTheOrganisationsPossessiveIntroducesSpeaks() {
        Analyses a = Analyses.of(STORY);
        assertThat(a.speakerOf("have stopped falling")).isEqualTo("Hana Voss");
        assertThat(a.speakerNamed("Hana Voss").affiliations()).contains("Marlin Cloud");
    }

    @Test
    void aPluralsApostropheEndsTheOrganisationsName() {
        Analyses a = Analyses.of(STORY);
        assertThat(a.speakerOf("Nobody is cutting prices")).isEqualTo("Tomas Berg");
        assertThat(a.speakerNamed("Tomas Berg").affiliations()).contains("Vell Systems");
    }

    @Test
    void peopleCountedAtAnOrganisationAreNotIt() {
        Analyses a = Analyses.of(STORY);
        boolean notTheOrganisations = a.claimWith("Not everyone at Marlin").map(c -> c.speakerId() == null
                || !a.speaker(c.speakerId()).name().equals("Marlin Cloud")).orElse(true);
        assertThat(notTheOrganisations).isTrue();
    }
}
