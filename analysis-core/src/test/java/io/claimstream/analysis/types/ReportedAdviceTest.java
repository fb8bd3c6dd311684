package io.claimstream.analysis.types;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.contracts.Claim;
import org.junit.jupiter.api.Test;

/**
 * Advice reported of a person is their advice: what they urged, proposed, suggested (that others do), supported doing,
 * called or argued for, and the course they named best, whatever tense the report is told in.
 */
class ReportedAdviceTest {

    private static String typeOf(String text, String phrase) {
        return Analyses.of(text).claimWith(phrase).map(Claim::type).orElseThrow();
    }

    @Test
    void aCourseProposedByItsGerundIsAdvice() {
        assertThat(typeOf("Kofi Mensah proposed moving the plenary to Lisbon, and offered his office for the drafting.",
                "moving the plenary")).isEqualTo("recommendation");
    }

    @Test
    void doingSomethingSupportedIsAdvice() {
        assertThat(typeOf("Ana Ruiz said she supported hiring two more reviewers.", "hiring two more reviewers"))
                .isEqualTo("recommendation");
    }

    @Test
    void whatOthersAreToDoSuggestedInASubjunctiveIsAdvice() {
        assertThat(typeOf("Ana Ruiz suggested that each member pay a flat fee before the audit starts.",
                "each member pay")).isEqualTo("recommendation");
    }

    @Test
    void aReadingSuggestedInThePastIsNoAdvice() {
        assertThat(typeOf("Ana Ruiz suggested that the audit was too slow.", "the audit was too slow"))
                .isNotEqualTo("recommendation");
    }

    @Test
    void aThingCalledOrArguedForIsAdvice() {
        assertThat(typeOf("Ana Ruiz called for a common register of drone flights.", "common register"))
                .isEqualTo("recommendation");
        assertThat(typeOf("Ana Ruiz argued for a cap on session fees, on the grounds that buyers hate surprises.",
                "cap on session fees")).isEqualTo("recommendation");
    }

    @Test
    void theCourseNamedBestIsAdvice() {
        assertThat(typeOf("Ana Ruiz argued that the better fix was to shrink the cache before it leaves the board.",
                "shrink the cache")).isEqualTo("recommendation");
    }

    @Test
    void adviceNamedInTheFrameIsWhatTheContentSaysItWas() {
        assertThat(typeOf("Ana Ruiz spoke last. Her advice to the buyers in the hall was to \"test every drone in rain\","
                + " because rain finds every fault.", "buyers in the hall")).isEqualTo("recommendation");
    }
}
