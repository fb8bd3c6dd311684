package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A first name used alone after the full name was written once where nobody spoke is that person, once the text
 * gives it a person's role ("Lena is our chief executive"); a one-word company with no such role stays a company.
 */
class FirstNamesTest {

    @Test
    void aFirstNameGivenAPersonsRoleIsThePersonWrittenInFullBefore() {
        Analyses a = Analyses.of("""
                # Notes from the workshop

                By Oren Halevy

                I first met Lena Strand at a hackathon in Malmo in 2018.

                Lena is our chief executive now. Lena thinks robots will sort most parcels by 2030.

                Parcelo said on Monday that its sorting arms cost 20% less than last year.
                """);
        assertThat(a.speakerOf("sort most parcels")).isEqualTo("Lena Strand");
        assertThat(a.speakerNamed("Lena Strand").kind()).isEqualTo("person");
        assertThat(a.speakerOf("cost 20% less")).isEqualTo("Parcelo");
    }
}
