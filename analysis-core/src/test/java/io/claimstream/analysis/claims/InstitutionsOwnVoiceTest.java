package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A decision in an institution's own voice, as a regulator, a tribunal or a committee writes one: it names itself once
 * in full with a defined short name ("the Northern Competition Board (the Board)"), judges in that name ("The Board
 * considers that …", "finds that …", "does not consider that …"), numbers its paragraphs of prose, and calls the two
 * companies before it by a joint term ("the Parties") whose submissions are the leading party's.
 */
class InstitutionsOwnVoiceTest {

    private static final String DECISION = """
            NORTHERN COMPETITION BOARD

            Decision of the Northern Competition Board (the Board) on the purchase of Vell Robotics by Ostra Holdings.

            1. Ostra Holdings plc (Ostra) has agreed to buy Vell Robotics Ltd (Vell). Ostra and Vell are together \
            referred to as the Parties.

            2. The Parties submitted that robot arms and conveyor systems form a single market. Warehouse buyers \
            compare the two on cost per pick, in the Parties' account.

            3. Vell told the Board that its order book had doubled since January. It hired forty engineers in the spring.

            4. The Board considers that the two products are not close substitutes. Conveyors serve different sites \
            from arms.

            5. The Board does not consider that Vell would have left the market. Vell raised a new round in March.

            6. Pallet makers in the region number about two hundred. Most buy from more than one supplier of arms.

            7. Kestrel Freight submitted that it would switch to conveyors if arm prices rose. The Board considers \
            that few buyers could do the same.
            """;

    @Test
    void theBodysDefinedShortNameJudgesInTheNameItWasGivenInFull() {
        Analyses a = Analyses.of(DECISION);
        assertThat(a.speakerOf("the two products are not close substitutes")).isEqualTo("Northern Competition Board");
        assertThat(a.speakerOf("few buyers could do the same")).isEqualTo("Northern Competition Board");
        assertThat(a.speakerNames()).doesNotContain("Board");
    }

    @Test
    void aFindingAfterTheBodysJudgementInTheSameParagraphIsTheBodys() {
        Analyses a = Analyses.of(DECISION);
        assertThat(a.speakerOf("Conveyors serve different sites")).isEqualTo("Northern Competition Board");
    }

    @Test
    void whatTheBodyDoesNotConsiderIsItsViewAsWell() {
        assertThat(Analyses.of(DECISION).speakerOf("Vell would have left the market")).isEqualTo("Northern Competition Board");
    }

    @Test
    void theJointTermSubmitsThroughTheFirstNamedParty() {
        assertThat(Analyses.of(DECISION).speakerOf("form a single market")).isEqualTo("Ostra Holdings");
    }

    @Test
    void anOrganisationSubmittingThatPutsItsCase() {
        assertThat(Analyses.of(DECISION).speakerOf("switch to conveyors")).isEqualTo("Kestrel Freight");
    }

    @Test
    void aNumberedParagraphOfProseStartsAfreshAsAParagraphDoes() {
        Analyses a = Analyses.of(DECISION);
        a.claimWith("Pallet makers in the region")
                .ifPresent(c -> assertThat(a.speakerOf("Pallet makers in the region")).isNotEqualTo("Vell"));
    }
}
