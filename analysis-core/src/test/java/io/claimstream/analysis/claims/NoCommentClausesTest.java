package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.contracts.Claim;
import org.junit.jupiter.api.Test;

/**
 * That somebody would not comment is the writer's report of silence, no claim: a clause saying so is cut from the
 * claim a semicolon joins it to, and alone it claims nothing.
 */
class NoCommentClausesTest {

    private static final String FEATURE = """
            THE COLD CHAIN

            By Paula Grimm

            Oskar Lind keeps a ledger of every freezer in his warehouse. Lind, who is forty and spent years in shipping \
            before he co-founded Polar Freight, runs a company that moves vaccines across Europe.

            Three people who know the firm said its largest client is a drug maker; a spokesperson for Polar declined \
            to comment. Lind said the firm will open two more depots next year.

            Vantor Biologics did not respond to a request for comment.
            """;

    @Test
    void aNoCommentClauseAfterASemicolonIsCutFromTheClaim() {
        Analyses a = Analyses.of(FEATURE);
        Claim claim = a.claimWith("largest client is a drug maker").orElseThrow();
        assertThat(claim.text()).doesNotContain("declined");
        assertThat(a.doc().claims()).noneMatch(c -> c.text().contains("declined to comment"));
    }

    @Test
    void aSentenceThatOnlyReportsSilenceClaimsNothing() {
        Analyses a = Analyses.of(FEATURE);
        assertThat(a.doc().claims()).noneMatch(c -> c.text().contains("request for comment"));
        assertThat(a.speakerOf("open two more depots")).isEqualTo("Oskar Lind");
    }

    @Test
    void aHintLeftAfterDecliningToNameAndAnUnansweredQuestionClaimNothing() {
        assertThat(NonClaims.isNoComment("She declined to name customers beyond \"two of the three largest logistics "
                + "groups in Poland\".")).isTrue();
        assertThat(NonClaims.isNoComment("He did not answer the host's question about a second funding round.")).isTrue();
        assertThat(NonClaims.isNoComment("She declined to answer questions about the merger.")).isTrue();
        // what is said besides the refusal is a claim
        assertThat(NonClaims.isNoComment("She declined to disclose revenue but said it grew by half last year.")).isFalse();
        assertThat(NonClaims.isNoComment("He did not answer the question, saying the board would decide by March."))
                .isFalse();
    }
}
