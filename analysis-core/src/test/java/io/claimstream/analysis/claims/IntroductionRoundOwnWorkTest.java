package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * The answers to a host's call for introductions: what a guest says of their own work or their outfit's line of work
 * tells the room who is talking, greeting or none; a figure, a date gone by, a view or a forecast in the same answer,
 * and the same words outside the round, stay claims.
 */
class IntroductionRoundOwnWorkTest {

    private static final String PANEL = """
            Mara Quint (Moderator): Thank you for coming. Before we begin, half a minute each on who you are and what you \
            are working on.

            Ivo Brandt: I lecture at Tartu, in the physics department, and my group works on battery separators.

            Nell Ashby: Nell Ashby, Corvane Pumps. We make irrigation pumps for small farms, mostly in dry regions.

            Mara Quint (Moderator): Pavel.

            Pavel Hruby: Until June I was at a bank in Prague; now I'm building Ledgerfox, which checks loan files for errors.
            We opened a second office in Brno last year.

            Ines Vela: Hello, I'm Ines Vela from Sorel Capital. We have backed nine water companies. I think pumps will get \
            cheaper.

            Mara Quint (Moderator): Thank you all. Ivo, what changed in separators this year?

            Ivo Brandt: My group works on battery separators, and the work got harder.
            """;

    @Test
    void whatAGuestSaysOfTheirOwnWorkInTheRoundClaimsNothing() {
        Analyses a = Analyses.of(PANEL, "2026-03-01");
        assertThat(a.claimWith("I lecture at Tartu")).isEmpty();
        assertThat(a.claimWith("Until June I was at a bank")).isEmpty();
        // news, a count, a view in the same answers stay claims
        assertThat(a.claimWith("second office in Brno")).isPresent();
        assertThat(a.claimWith("backed nine water companies")).isPresent();
        assertThat(a.claimWith("pumps will get cheaper")).isPresent();
        // without the host's call, the same line is heard like any other
        Analyses noCall = Analyses.of(PANEL.replace("half a minute each on who you are and what you are working on",
                "what broke in your industry this year"), "2026-03-01");
        assertThat(noCall.claimWith("I lecture at Tartu")).isPresent();
    }

    @Test
    void whatTheirOutfitDoesWithoutAGreetingClaimsNothingInTheRoundOnly() {
        Analyses a = Analyses.of(PANEL, "2026-03-01");
        assertThat(a.claimWith("We make irrigation pumps")).isEmpty();
        // the guest's second turn, after the host has moved on, is no introduction
        assertThat(a.claimWith("the work got harder")).isPresent();
    }
}
