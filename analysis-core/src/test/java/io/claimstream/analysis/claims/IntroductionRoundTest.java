package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * What a panel says about who is on it and how the session runs: the host presenting each guest by post and employer
 * before the guest speaks, a guest's line on what their outfit does right after giving their name, a guest's word on
 * the capacity they speak in, the host's tally of a round of odds with a hedge after it, the host asking for
 * introductions, reaching the next subject or telling the time left, and the transcript's certificate. None of them
 * claims anything; the same words after the guest has spoken, with a figure, a comparison or a view, with figures
 * nobody gave, or with nothing asked of anybody, stay claims.
 */
class IntroductionRoundTest {

    private static final String PANEL = """
            Nadia Brook: Good evening, and welcome to the battery session. Let me introduce tonight's guests.
            Dr. Oskar Lind is a senior fellow at the Halden Institute, and until last year he ran the cell lab at Vesta \
            Motors. Carla Mendes is a partner at Quill & Ward. Oskar, let me start with you. How cheap are cells now?

            Oskar Lind: Thank you, Nadia. I should say at the start that I speak for myself, not for my former employer.
            Cell prices fell by about a third this year, and most of the drop came from cheaper lithium.

            Carla Mendes: The tariffs will push cell prices back up by next summer.

            Nadia Brook: Carla Mendes is a partner at a firm that has lost two tariff cases this year.
            Tomas Ek is the chief executive of Vesta Motors, and his board wants the tariffs gone.
            What are the odds that a solid-state cell is in a mass-market car by 2030? Oskar?

            Oskar Lind: Thirty percent.

            Carla Mendes: Ten percent, at most.

            Petra Voss: Forty percent, maybe more.

            Nadia Brook: So we have thirty, ten and forty, in that order. I speak for myself when I say the tariffs failed.
            """;

    @Test
    void theHostPresentingAGuestBeforeTheGuestSpeaksClaimsNothing() {
        Analyses a = Analyses.of(PANEL, "2026-03-01");
        assertThat(a.claimWith("senior fellow at the Halden")).isEmpty();
        assertThat(a.claimWith("is a partner at Quill")).isEmpty();
        // once Carla Mendes has spoken, what the host says of her firm is a claim; so is a person who never speaks
        assertThat(a.claimWith("lost two tariff cases")).isPresent();
        assertThat(a.claimWith("chief executive of Vesta")).isPresent();
        assertThat(a.claimWith("fell by about a third")).isPresent();
    }

    @Test
    void speakingForOneselfAndTheTallyOfARoundClaimNothing() {
        Analyses a = Analyses.of(PANEL, "2026-03-01");
        assertThat(a.claimWith("not for my former employer")).isEmpty();
        assertThat(a.claimWith("So we have thirty, ten and forty")).isEmpty();
        assertThat(a.claimWith("the tariffs failed")).isPresent();
    }

    @Test
    void aTallyOfFiguresNobodyGaveStays() {
        Analyses a = Analyses.of(PANEL.replace("thirty, ten and forty", "thirty, ten and ninety"), "2026-03-01");
        assertThat(a.claimWith("So we have thirty, ten and ninety")).isPresent();
    }

    private static final String ROUND = """
            Nadia Brook: Let's have each guest introduce themselves first.

            Oskar Lind: Hello, I'm Oskar Lind from the Halden Institute. We study battery chemistry for trucks, mostly \
            solid-state cells. Cell prices fell by about a third this year.

            Carla Mendes: Hi everyone, I'm Carla Mendes. My team works on tariff cases for importers, and we also advise \
            carmakers in Turin.

            Petra Voss: Hello, I'm Petra Voss from Kelvin Cells. We make 40,000 cells a week in Ostrava.

            Nadia Brook: Thank you all. Oskar, what changed this year?

            Oskar Lind: We study battery chemistry for buses now, and the buses pay for the research.
            """;

    @Test
    void whatAGuestsOutfitDoesRightAfterTheirNameClaimsNothing() {
        Analyses a = Analyses.of(ROUND, "2026-03-01");
        assertThat(a.claimWith("We study battery chemistry for trucks")).isEmpty();
        assertThat(a.claimWith("My team works on tariff cases")).isEmpty();
        // a figure, or the same line later in the talk, away from the introduction, stay claims
        assertThat(a.claimWith("40,000 cells a week")).isPresent();
        assertThat(a.claimWith("battery chemistry for buses")).isPresent();
    }

    private static final String HOST = """
            Nadia Brook: Before we begin, I'd like each guest to introduce themselves in a sentence or two.

            Oskar Lind: Hello, I'm Oskar Lind from the Halden Institute.

            Nadia Brook: That brings us to money, which is what our listeners ask about most. Oskar, who pays?

            Oskar Lind: Carmakers pay, and they pay late. Startups introduce themselves as battery companies to raise money. That brings the number of unpaid invoices to forty.

            Nadia Brook: We have about ten minutes left, so let me ask about hiring. Who is hiring?

            Oskar Lind: Everyone is hiring chemists. We are running out of chemists, so let me be blunt about wages.
            The auditors refused to certify the accounts of two cell makers this spring.

            Nadia Brook: Before we go to the audience, I am going to ask each of you for one number. Oskar?

            Oskar Lind: Forty. I am going to ask regulators to cap the fees on cell imports.

            Nadia Brook: We are almost out of time. Thank you both.

            I, Dana Holt, court reporter in and for the County of Kent, do hereby certify that the foregoing is a true \
            record of the proceedings, and that I am not related to any of the parties.
            """;

    @Test
    void theHostRunningTheSessionClaimsNothing() {
        Analyses a = Analyses.of(HOST, "2026-03-01");
        assertThat(a.claimWith("introduce themselves in a sentence")).isEmpty();
        assertThat(a.claimWith("That brings us to money")).isEmpty();
        assertThat(a.claimWith("ten minutes left")).isEmpty();
        assertThat(a.claimWith("almost out of time")).isEmpty();
        assertThat(a.claimWith("ask each of you for one number")).isEmpty();
        assertThat(a.claimWith("cap the fees")).isPresent();
        // nobody asked for anything, a figure reached, chemists running out: claims
        assertThat(a.claimWith("Startups introduce themselves")).isPresent();
        assertThat(a.claimWith("unpaid invoices to forty")).isPresent();
        assertThat(a.claimWith("running out of chemists")).isPresent();
        // the transcript's certificate is its form, not anybody's claim; an audit refused is news
        assertThat(a.claimWith("do hereby certify")).isEmpty();
        assertThat(a.claimWith("refused to certify")).isPresent();
    }
}
