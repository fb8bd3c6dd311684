package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * A written symposium: the editor introduces the question, and each contributor answers in the first person under a
 * heading with their name and role. What is said under a heading is the person's it names, with the role it gives.
 */
class NamedHeadingAnswersTest {

    private static final String SYMPOSIUM = """
            # Is the data centre boom over?

            *By Harriet Quayle*

            We put the question to three people who build, fund and power data centres. Their answers follow.

            ## Oluwaseun Adeyemi, chief executive of Gridline Power

            I think the boom has two more years in it at most. Our utility customers will cap new connections by 2028.

            ## Kristin Halvorsen (Fjordcap Ventures)

            We stopped funding new sites in the spring. I expect half of the planned campuses in Europe to be cancelled.

            ## Marco Bellini - head of infrastructure, Solvane

            If I may offer one warning: operators should stop promising new halls before the grid can feed them.

            My view is that cooling, not power, is the limit. We will move every new hall to liquid cooling next year.
            """;

    @Test
    void theAnswerUnderANameHeadingIsThatPersonsOwn() {
        Analyses a = analyse(SYMPOSIUM);
        assertThat(a.speakerOf("cap new connections by 2028")).isEqualTo("Oluwaseun Adeyemi");
        assertThat(a.speakerOf("planned campuses in Europe")).isEqualTo("Kristin Halvorsen");
        assertThat(a.speakerOf("liquid cooling")).isEqualTo("Marco Bellini");
        assertThat(a.doc().claims()).extracting(c -> c.text()).noneMatch(t -> t.contains("offer one warning"));
        assertThat(a.speakerOf("stop promising new halls")).isEqualTo("Marco Bellini");
    }

    @Test
    void theHeadingsRoleAndOrganisationAreTheSpeakers() {
        Analyses a = analyse(SYMPOSIUM);
        assertThat(a.speakerNamed("Oluwaseun Adeyemi").affiliations()).contains("Gridline Power");
        assertThat(a.speakerNamed("Kristin Halvorsen").affiliations()).contains("Fjordcap Ventures");
        assertThat(a.speakerNamed("Marco Bellini").affiliations()).contains("Solvane");
    }

    private static Analyses analyse(String markdown) {
        return new Analyses(Docs.analyzer().analyze(new DocumentParser().parse(
                new RawDocument(markdown, null, null, null, null, null, "markdown"), Instant.parse("2026-11-01T00:00:00Z"))));
    }
}
