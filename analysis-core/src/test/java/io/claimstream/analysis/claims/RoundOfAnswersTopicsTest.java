package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.contracts.Claim;
import org.junit.jupiter.api.Test;

/**
 * A moderator puts one question to the whole panel and the guests answer in turn: each answer is about what they were
 * all asked, not about the answer of the guest who spoke just before. A guest who opens by asking something of their
 * own ("May I disagree?") takes up what was just said instead.
 */
class RoundOfAnswersTopicsTest {

    private static final String PANEL = """
            Closing round, Lakeside AI Forum

            Moderator: One last question for everyone, briefly. What should a young person who hopes to work in this field do next summer?

            Ines Falk: Contribute a fix to an open-weight model's repository and get it merged.

            Tomas Reyes: Go and work at a bakery for a month.

            Moderator: Thank you. Earlier you talked about the new GPUs. How long do they last?

            Ines Falk: About four years in our data center.

            Tomas Reyes: May I disagree? In my experience that is far too optimistic.
            """;

    @Test
    void anAnswerLaterInTheRoundReadsTheQuestionTheModeratorAsked() {
        Analyses a = Analyses.of(PANEL);
        assertThat(a.claimWith("work at a bakery")).map(Claim::topics).get().asList()
                .contains("talent-and-education").doesNotContain("open-source");
    }

    @Test
    void aGuestWhoOpensWithAQuestionTakesUpWhatWasJustSaid() {
        Analyses a = Analyses.of(PANEL);
        assertThat(a.claimWith("far too optimistic")).map(Claim::topics).get().asList()
                .contains("compute-and-chips");
    }
}
