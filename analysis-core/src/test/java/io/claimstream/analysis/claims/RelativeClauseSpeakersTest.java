package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * "…, Professor Oskar Breuning of Leiden University, who told her that …": the relative pronoun stands for the person,
 * whose name comes before the body they belong to, so what the clause reports is the person's.
 */
class RelativeClauseSpeakersTest {

    @Test
    void whoAfterAPersonOfAnInstitutionIsThePerson() {
        Analyses a = Analyses.of("""
                Ilse Marten said her lab will ship two agents next year.

                She also passed on advice from her mentor, Professor Oskar Breuning of Leiden University, who told her that a scientist should "build first and theorise later".
                """, "2026-05-02");
        assertThat(a.speakerOf("build first and theorise later")).isEqualTo("Oskar Breuning");
    }
}
