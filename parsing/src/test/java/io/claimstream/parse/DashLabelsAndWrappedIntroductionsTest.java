package io.claimstream.parse;

import static io.claimstream.parse.Samples.assertWellFormed;
import static io.claimstream.parse.Samples.parse;
import static io.claimstream.parse.Samples.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.contracts.ParsedDocument;
import org.junit.jupiter.api.Test;

/**
 * Two surfaces that used to lose a transcript's speakers: a one-word name before a dash ("OKONJO — Good morning"),
 * which labels turns where it opens sentences and recurs, where a list of figures ("Nvidia — up 3%") does not; and an
 * introduction hard-wrapped at a width, whose line break splits the interviewee's name.
 */
class DashLabelsAndWrappedIntroductionsTest {

    @Test
    void aOneWordNameBeforeADashLabelsTheSentencesItOpens() {
        ParsedDocument doc = parse("""
                Morning session, harbour logistics forum.

                OKONJO — Good morning, and thanks for coming out in the rain.

                VASQUEZ — Happy to be here. Our cranes now schedule themselves overnight.

                OKONJO — Does that save money or only time?

                VASQUEZ — Both, and I expect the savings to double by next winter.
                """);
        assertThat(speakers(doc)).containsExactly("Okonjo", "Vasquez", "Okonjo", "Vasquez");
        assertWellFormed(doc);
    }

    @Test
    void aListOfFiguresAfterOneWordNamesOpensNoTurn() {
        ParsedDocument doc = parse("""
                Chip stocks, Monday close.

                Nvidia — up 3% after the earnings call
                Broadcom — down 1% on guidance

                Chip stocks, Tuesday close.

                Nvidia — flat at the open
                Broadcom — up 2% by noon
                """);
        assertThat(doc.turns()).isEmpty();
    }

    @Test
    void anIntervieweeNamedAcrossAWrappedLineAnswersTheQuestions() {
        ParsedDocument doc = parse("""
                Interview: "Harbours that think for themselves" - a conversation with Teodora
                Vasquez, who runs the container terminal at Port Aldren

                Q: Why automate the cranes first?

                A: Because they are the bottleneck. Every minute a crane waits costs us a ship's slot.

                Q: What comes next?

                A: The trucks, and I think we will get there within two years.
                """);
        assertThat(speakers(doc)).containsExactly("Interviewer", "Teodora Vasquez", "Interviewer", "Teodora Vasquez");
        assertWellFormed(doc);
    }

    @Test
    void aRoleInParenthesesBetweenTheNameAndTheDashIsTheSpeakersRole() {
        ParsedDocument doc = parse("""
                Evening bulletin, item three.

                MAREN HOLT (ANCHOR) — Good evening. Tonight the port votes on its new cranes.

                OSCAR VENN (REPORTER) — The board meets at seven, and most members expect a yes.

                MAREN HOLT (ANCHOR) — And the dockworkers?

                OSCAR VENN (REPORTER) — They want the vote delayed until spring.
                """);
        assertThat(speakers(doc)).containsExactly("Maren Holt", "Oscar Venn", "Maren Holt", "Oscar Venn");
        assertThat(doc.turns().get(1).role()).isEqualTo("Reporter");
        assertWellFormed(doc);
    }
}
