package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * The small talk around a show's greetings claims nothing, wherever in the turn the "hi" comes: a host telling who
 * the guests are, a guest's line about what their firm does right after saying hello. A figure, in digits or in
 * words ("by about half"), is past the small talk. Credits set off in italics and a request headed "the ask:" are
 * no claims either.
 */
class SmallTalkAndCreditsTest {

    @Test
    void aHostTellingWhoTheGuestsAreIntroducesThem() {
        Analyses a = Analyses.of("""
                Mara Quist: Welcome back to Rack Notes. I'm Mara Quist. Today two guests who run data centres for a living are with me. Idris Bello is head of operations at Coldline, which leases racks to research labs, and Sanne Holt runs procurement at Fjordhall.

                Idris Bello: Glad to be here.

                Sanne Holt: Thanks, Mara.

                Mara Quist: Idris, what does a rack cost you today?

                Idris Bello: About 40 percent more than in 2024, mostly because of cooling.
                """);
        assertThat(a.claimWith("Idris Bello is head of operations")).isEmpty();
        assertThat(a.claimWith("About 40 percent more than in 2024")).isPresent();
    }

    @Test
    void aGuestsLineAboutTheirFirmAfterTheirHelloIsSmallTalk() {
        Analyses a = Analyses.of("""
                Mara Quist: Our second guest has just joined from a train. Can you hear us?

                Sanne Holt: I can, the signal comes and goes. Hi all, I'm Sanne Holt, I run procurement at Fjordhall. We buy cooling systems for hospitals.

                Mara Quist: Welcome, Sanne. What happened to prices this year?

                Sanne Holt: Hi again, sorry. Our cooling bill fell by about half. The new pumps did most of it.
                """);
        assertThat(a.claimWith("We buy cooling systems for hospitals")).isEmpty();
        assertThat(a.claimWith("Our cooling bill fell by about half")).isPresent();
    }

    @Test
    void aShortFigureWithItsVerbInAContractionIsAClaimButAShortReactionIsNot() {
        Analyses a = Analyses.of("""
                Mara Quist: How much of your load is inference now?

                Idris Bello: A year ago it was a fifth of our racks. Today it's 60 percent.

                Mara Quist: That's a big jump.

                Idris Bello: It is, and it keeps climbing every month because agents run for hours.
                """);
        assertThat(a.claimWith("Today it's 60 percent")).isPresent();
        assertThat(a.claimWith("That's a big jump")).isEmpty();
    }

    @Test
    void italicCreditsAndTheAskAreNoClaims() {
        Analyses a = Analyses.of("""
                Mara Quist: What comes after air cooling?

                Idris Bello: Liquid cooling will be standard in new halls by 2028.

                Mara Quist: Idris Bello, thank you.

                Idris Bello: Thanks for having me.

                *Rack Notes is produced by Lowfield Studio. Find us wherever you listen.*
                """);
        assertThat(a.speakerOf("Liquid cooling will be standard")).isEqualTo("Idris Bello");
        assertThat(a.claimWith("produced by Lowfield Studio")).isEmpty();

        Analyses chat = Analyses.of("""
                Mara Quist: Morning, everyone.

                Mara Quist: The ask: one plan for how many racks we lease in 2027 and from which provider.

                Idris Bello: We ran at 95 percent of capacity all autumn, so we are short by about 200 racks.
                """);
        assertThat(chat.claimWith("one plan for how many racks")).isEmpty();
        assertThat(chat.speakerOf("short by about 200 racks")).isEqualTo("Idris Bello");
    }
}
