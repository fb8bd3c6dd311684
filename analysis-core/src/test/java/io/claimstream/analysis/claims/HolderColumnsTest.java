package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A table of forecasts whose first column says who made each one: every row is the person's it names, not the
 * writer's who collected them; a table whose first column is no person's leaves its rows to the narration.
 */
class HolderColumnsTest {

    @Test
    void eachRowIsThePersonsItsFirstCellNames() {
        Analyses a = Analyses.of("""
                # Forecast tracker, spring edition

                By Dorota Wilk

                I collect what executives predict so that I can check it later.

                | Who | Said where | Forecast | By when |
                |---|---|---|---|
                | Hamid Roshan, CEO, Quarry Labs | Podcast, 3 March | Agents will handle most support tickets | 2027 |
                | Elsa van Loon, CTO, Brightwater | Keynote, 9 April | No model will cost more than $5 billion to train | 2028 |

                Van Loon repeated the figure in April. I think she is wrong about the cost.
                """);
        assertThat(a.speakerOf("most support tickets")).isEqualTo("Hamid Roshan");
        assertThat(a.speakerOf("more than $5 billion")).isEqualTo("Elsa van Loon");
        assertThat(a.speakerNamed("Hamid Roshan").role()).isEqualTo("CEO");
        // the forecast and its horizon are the claim; where and when it was said are not
        assertThat(a.claimWith("most support tickets").orElseThrow().text())
                .isEqualTo("Agents will handle most support tickets | 2027");
    }

    @Test
    void aFirstColumnOfTopicsLeavesTheRowsToTheWriter() {
        Analyses a = Analyses.of("""
                # What changed this year

                By Dorota Wilk

                I looked back at the year in three lines.

                | Area | Last year | This year |
                |---|---|---|
                | Compute Supply | Severely short | Short only for the largest runs |
                """);
        assertThat(a.speakerOf("Severely short")).isEqualTo("Dorota Wilk");
    }

    @Test
    void aRespondentColumnNamesPeopleIntroducedAboveByTheirSurnames() {
        Analyses a = Analyses.of("""
                # Three founders, the same two questions

                By Dorota Wilk

                Hamid Roshan runs Quarry Labs. Elsa van Loon is chief technology officer of Brightwater. Ivo Brandt and
                Katja Brandt, siblings, run rival robot makers.

                | Respondent | Agents replace support desks | Training price in 2028 |
                |---|---|---|
                | Roshan | 2027 | 40% lower |
                | K. Brandt | Never | Twice today's |
                | Dunmore | Not asked | Flat |
                """);
        assertThat(a.speakerOf("| 2027 | 40% lower")).isEqualTo("Hamid Roshan");
        assertThat(a.speakerOf("| Never | Twice")).isEqualTo("Katja Brandt");
        // a surname the text never introduced is no respondent of its own: nobody is made up from a cell
        assertThat(a.speakerNames()).doesNotContain("Dunmore");
    }
}
