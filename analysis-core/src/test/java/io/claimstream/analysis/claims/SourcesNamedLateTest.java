package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A magazine names its sources late or sideways: by role first and by name in apposition after the quote, as the
 * relation of someone just mentioned ("Its sponsor, State Senator …"), and it tells the writer's own questions and
 * where the piece ran, which claim nothing.
 */
class SourcesNamedLateTest {

    private static final String FEATURE = """
            THE LONG QUEUE

            By Hana Oyelaran

            Clara Voss runs Tidewell Storage, which builds batteries next to wind farms.

            A manager at Pellworth Foods, one of Tidewell's customers, told me that his company now runs its freezers on stored wind power. "We used to buy diesel by the truck," said the manager, Jonas Feld, who runs the plant in Aberdeen. "Now we buy it by the can."

            Lawmakers are weighing a bill on grid access. Its sponsor, State Senator Ruth Adeyemi, said in a statement that the bill would cut connection waits in half.

            Near the end of the tour, I asked Voss whether she feared a price war. "Every market gets one," she said.

            This article appears in the spring print edition.
            """;

    @Test
    void aSourceFirstMetByRoleIsThePersonNamedAfterTheQuote() {
        Analyses a = Analyses.of(FEATURE);
        assertThat(a.speakerOf("runs its freezers on stored wind power")).isEqualTo("Jonas Feld");
        assertThat(a.speakerOf("Now we buy it by the can")).isEqualTo("Jonas Feld");
    }

    @Test
    void aTitleBeforeANameInAppositionIsNoPartOfIt() {
        assertThat(Analyses.of(FEATURE).speakerOf("cut connection waits in half")).isEqualTo("Ruth Adeyemi");
    }

    @Test
    void theWritersQuestionAndThePiecesEditionClaimNothing() {
        Analyses a = Analyses.of(FEATURE);
        assertThat(a.claimWith("whether she feared a price war")).isEmpty();
        assertThat(a.claimWith("spring print edition")).isEmpty();
        assertThat(a.speakerOf("Every market gets one")).isEqualTo("Clara Voss");
    }
}
