package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A court filing names its parties by their standing in the case ("Defendant Hale", "Defendants Hale and Ortiz"): the standing
 * is a title before the name, as "Dr." is, so the statements it quotes are the person's, under their full name.
 */
class CourtFilingPartiesTest {

    private static final String COMPLAINT = """
            21. Defendant Marisol Hale ("Hale") is, and at all relevant times was, the Chief Executive Officer of \
            Brightwater AI.

            22. On May 4, 2026, Defendant Hale stated during the quarterly call that "our inference margins expanded \
            every month of the quarter."

            23. Plaintiff Owen Ross purchased Brightwater shares on May 5, 2026.
            """;

    @Test
    void aPartyNamedByStandingIsThePerson() {
        Analyses a = Analyses.of(COMPLAINT, "2026-09-01");
        assertThat(a.speakerOf("inference margins expanded")).isEqualTo("Marisol Hale");
        assertThat(a.speakerNames()).noneMatch(n -> n.startsWith("Defendant"));
    }
}
