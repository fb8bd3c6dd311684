package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * "The company said …" after "Quillon, a Lisbon chip-design startup, raised …": the organisation the text introduced
 * with that noun in an appositive, not one named only later or an organisation of another kind.
 */
class OrganisationsIntroducedByNounTest {

    @Test
    void theCompanyIsTheOneTheAppositiveIntroduced() {
        Analyses a = Analyses.of("""
                Chip designers find money

                By Rosa Menezes

                Quillon, a Lisbon chip-design company, closed a $30 million round on Friday. The company said the \
                money would fund a second tape-out before the summer.
                """);
        assertThat(a.speakerOf("second tape-out")).isEqualTo("Quillon");
    }

    @Test
    void anOrganisationNamedLaterDoesNotTakeTheDescription() {
        Analyses a = Analyses.of("""
                Chip designers find money

                By Rosa Menezes

                Quillon, a Lisbon chip-design startup, closed a $30 million round on Friday. The startup said the \
                money would fund a second tape-out before the summer.

                Not everyone is convinced. "Tape-outs are where young chip firms go to die," said Omar Haddad, \
                a lecturer at Tagus Polytechnic University.
                """);
        assertThat(a.speakerOf("second tape-out")).isEqualTo("Quillon");
        assertThat(a.speakerOf("young chip firms")).isEqualTo("Omar Haddad");
    }
}
