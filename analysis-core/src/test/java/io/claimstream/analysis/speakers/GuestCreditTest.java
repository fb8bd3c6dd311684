package io.claimstream.analysis.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.claimstream.analysis.Analyses;

class GuestCreditTest {

    private static final String SHOW_NOTES = """
            Margin Calls — Episode 12 show notes
            Guest: Tomas Varga, founder and chief executive, Quillstone Robotics
            Recorded 3 March 2026 · 58 min

            What he argued
            Tomas Varga started Quillstone after a decade of building conveyor systems.
            - Warehouse robots pay for themselves within two years at most mid-sized retailers.
            - Cheap vision models matter more than better grippers.

            Pushback
            Co-host Dana Ruiz pushed back on the payback figure, saying that integration costs are usually underestimated.
            """;

    @Test
    void theCreditedGuestHoldsTheNotesViewsAndTheShowIsNoSpeaker() {
        Analyses a = Analyses.of(SHOW_NOTES);
        assertEquals("Tomas Varga", a.speakerOf("Warehouse robots pay for themselves"));
        assertEquals("Tomas Varga", a.speakerOf("Cheap vision models"));
        assertFalse(a.speakerNames().contains("Margin Calls"), a.speakerNames().toString());
    }

    @Test
    void theCoHostRelayedInTheNotesHoldsThePushback() {
        assertEquals("Dana Ruiz", Analyses.of(SHOW_NOTES).speakerOf("integration costs are usually underestimated"));
    }

    @Test
    void aGuestLabelOverAnAnswerIsAGuestsTurn() {
        assertEquals(null, RoleLabels.creditedGuest("Guest: Tomas Varga, I think you are right about that."));
        assertEquals("Tomas Varga", RoleLabels.creditedGuest("Guest: Tomas Varga (托马斯), founder, Quillstone Robotics"));
    }
}
