package io.claimstream.analysis.types;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.contracts.Claim;
import org.junit.jupiter.api.Test;

/**
 * A report moves the speaker's words back a tense: "she said the rules were a mess" reports the view "the rules are a
 * mess", while a perfect or a progressive kept in the report ("had produced false readings") still tells what happened.
 */
class BackshiftedViewsTest {

    private static String typeOf(String text, String phrase) {
        return Analyses.of(text).claimWith(phrase).map(Claim::type).orElseThrow();
    }

    @Test
    void aVerdictReportedInThePastIsAView() {
        assertThat(typeOf("Ana Ruiz said the drone rules were a mess for small farms.", "drone rules"))
                .isEqualTo("opinion");
        assertThat(typeOf("Ana Ruiz said most pilots had little patience for paperwork.", "little patience"))
                .isEqualTo("opinion");
    }

    @Test
    void whatHadHappenedBeforeTheReportStaysAFact() {
        assertThat(typeOf("Ana Ruiz said the sensor had produced false readings in every trial her team ran.",
                "false readings")).isEqualTo("fact");
    }
}
