package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * What a reference work and an oral history lay out around the words said: the list of cited works whose titles
 * quote somebody, the line telling when the page was last edited, and a numbered section heading in capitals left
 * inside a speaker's turn. None is a claim; the body around them is.
 */
class ReferencesAndHeadingsTest {

    private static final String ENCYCLOPEDIA = """
            # Ines Kowalczyk
            Ines Kowalczyk is a Polish engineer and the founder of Vistula Compute.[1]
            Kowalczyk has argued that open accelerators will halve training costs within four years.[2]
            # References
            1. "Vistula Compute: about us". Vistula Compute. Retrieved 4 May 2026.
            2. Nowak, Piotr (14 March 2025). "Open chips 'will halve the bill', says Vistula founder". Baltic Wire.
            3. Lind, Marta (2024). "Kowalczyk: 'We build what others rent'". Northern Ledger.

            This page was last edited on 9 June 2026, at 10:02 (UTC).
            """;

    @Test
    void referenceEntriesQuotingSomeoneAreNotClaims() {
        Analyses a = Analyses.of(ENCYCLOPEDIA);
        assertThat(a.claimWith("will halve the bill")).isEmpty();
        assertThat(a.claimWith("We build what others rent")).isEmpty();
        assertThat(a.claimWith("Retrieved")).isEmpty();
        assertThat(a.speakerOf("open accelerators will halve training costs")).isEqualTo("Ines Kowalczyk");
    }

    @Test
    void whenThePageWasLastEditedIsNotAClaim() {
        assertThat(new NonClaimReasons().of("This page was last edited on 9 June 2026, at 10:02 (UTC).")).isNotNull();
        assertThat(Analyses.of(ENCYCLOPEDIA).claimWith("last edited")).isEmpty();
    }

    @Test
    void anAuthorDateCitationIsNotAClaimWithoutItsHeading() {
        Analyses a = Analyses.of("""
                Kowalczyk has argued that open accelerators will halve training costs within four years.
                Nowak, Piotr (14 March 2025). "Open chips 'will halve the bill', says Vistula founder". Baltic Wire.
                """);
        assertThat(a.claimWith("will halve the bill")).isEmpty();
        assertThat(a.claimWith("open accelerators will halve")).isPresent();
    }

    private static final String ORAL_HISTORY = """
            # The Winter the Clouds Filled Up
            Dana Okoro: We were four people in Lagos building a tutoring agent. I think small teams win this decade.
            II. "NOBODY SAW THE BILL"
            Dana Okoro: The bill tripled in a month. Cheap inference is the only thing that matters for us.
            """;

    @Test
    void aNumberedHeadingInCapitalsIsNotAClaim() {
        Analyses a = Analyses.of(ORAL_HISTORY);
        assertThat(a.claimWith("NOBODY SAW THE BILL")).isEmpty();
        assertThat(a.speakerOf("The bill tripled in a month")).isEqualTo("Dana Okoro");
    }
}
