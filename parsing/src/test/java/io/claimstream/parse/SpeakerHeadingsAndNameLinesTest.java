package io.claimstream.parse;

import static io.claimstream.parse.Samples.assertWellFormed;
import static io.claimstream.parse.Samples.parse;
import static io.claimstream.parse.Samples.speakers;
import static io.claimstream.parse.Samples.spoken;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.contracts.ParsedDocument;
import org.junit.jupiter.api.Test;

/**
 * A transcript may set each turn under its speaker's name rather than after a colon: a Markdown heading that recurs
 * ("## Lucia Ferrante" over each of her answers) or a one-word name alone on its line, as first-name podcasts and
 * surname-first panels do. Both open turns only where the names recur, and a one-word name only where the text also
 * names that person, so a recurring heading word ("Pros", "Cons") stays a heading.
 */
class SpeakerHeadingsAndNameLinesTest {

    @Test
    void aRecurringNameHeadingOpensTheTurnOfTheNamedSpeaker() {
        ParsedDocument doc = parse("""
                # Ferrying compute: a conversation

                ## Lucia Ferrante

                Welcome back. Why did your team stop training its own models?

                ## Anders Holm

                Because renting them got cheaper than our electricity bill.

                ## Lucia Ferrante

                And will that last?

                ## Anders Holm

                I expect prices to fall by half again next year.
                """, "markdown");
        assertThat(speakers(doc)).containsExactly("Lucia Ferrante", "Anders Holm", "Lucia Ferrante", "Anders Holm");
        assertThat(doc.turns().get(3).span().of(doc.text())).isEqualTo("I expect prices to fall by half again next year.");
        assertWellFormed(doc);
    }

    @Test
    void aFirstNameAloneOnItsLineLabelsTheTurnWhenTheIntroductionNamesThem() {
        ParsedDocument doc = parse("""
                This week Mira Osei talks to Joel Brandt about chips.

                Mira
                Joel, are the shortages over?

                Joel
                Mostly. Memory is still tight and I think it stays tight until 2028.

                Mira
                Who gains from that?

                Joel
                The three memory makers, and nobody else.
                """, "auto");
        assertThat(doc.turns()).hasSize(4);
        assertThat(doc.turns().get(1).span().of(doc.text())).startsWith("Mostly. Memory is still tight");
        assertWellFormed(doc);
    }

    @Test
    void aRecurringHeadingWordThatNamesNobodyOpensNoTurn() {
        ParsedDocument doc = parse("""
                Two laptops for field work, reviewed.

                The Brantwood 14

                Pros
                Light and quiet, with a bright screen.

                Cons
                The battery barely lasts a working day.

                The Kestrel Air

                Pros
                The battery lasts two days.

                Cons
                It runs hot under load.
                """, "auto");
        assertThat(doc.turns()).isEmpty();
    }

    @Test
    void initialsAloneOnTheirLineLabelTurnsWhenTheIntroductionWritesTheNames() {
        ParsedDocument doc = parse("""
                # Shipping lanes and sensors

                Halvard Brekke-Moen runs fleet analytics at Tidewater Lines. Our editor Sunniva Dahl asked him about it.

                ## SD

                How many of your ships carry the new sensors?

                ## HBM

                About forty of them, and we expect every ship to carry them by 2028.

                ## SD

                What did they change?

                ## HBM

                Fuel use fell by six percent on the routes we measured.
                """, "markdown");
        assertThat(speakers(doc)).containsExactly("SD", "HBM", "SD", "HBM");
        assertThat(doc.turns().get(3).span().of(doc.text())).isEqualTo(
                "Fuel use fell by six percent on the routes we measured.");
        assertWellFormed(doc);
    }

    @Test
    void capitalsThatAreNobodysInitialsOpenNoTurn() {
        ParsedDocument doc = parse("""
                Notes from the Harbour Technology Meeting

                EU
                The rules on port data take effect next year.

                US
                The agency has not said when its rules will follow.

                EU
                Ports must report their emissions each quarter.

                US
                Two states already ask for the same figures.
                """, "auto");
        assertThat(doc.turns()).isEmpty();
    }

    @Test
    void aFirstNameLabelCountsAsIntroducedByTheCreditsAfterTheirBoldRole() {
        ParsedDocument doc = parse("""
                # Cold storage, live

                **Hosts:** Petra Lindgren and Omar Haddad

                Petra
                Omar, where does the cold chain break first?

                Omar
                At the last mile. I think most spoilage happens in the final hour.

                Petra
                And who pays for it?

                Omar
                The grocer, almost always.
                """, "markdown");
        assertThat(speakers(doc)).containsExactly("Petra", "Omar", "Petra", "Omar");
        assertWellFormed(doc);
    }

    @Test
    void aSpeakerLabelledOnceWithAColonAmongNameLinesOpensTheirTurn() {
        ParsedDocument doc = parse("""
                A talk on river freight, translated.

                Wang Xiaoling
                Mr. Zhao, will barges come back?

                Zhao Peng
                They already have on the upper river.

                Wang Xiaoling
                Why there?

                Zhaopeng: The roads are full and the water is cheap. I expect twice the traffic by 2030.

                Wang Xiaoling
                And after 2030?

                Zhao Peng
                Nobody can say. Thank you.
                """, "auto");
        assertThat(speakers(doc)).containsExactly("Wang Xiaoling", "Zhao Peng", "Wang Xiaoling", "Zhaopeng",
                "Wang Xiaoling", "Zhao Peng");
        assertWellFormed(doc);
    }

    @Test
    void shortAnswersInOneParagraphUnderANameLineGoToEachSpeakerNamed() {
        ParsedDocument doc = parse("""
                # Lightning round

                ## Nadia Brenner

                Are you both ready?

                ## Sofia Lind

                Ready.

                ## Pavel Horak

                As ever.

                ## Nadia Brenner

                One word each for next year. Sofia?

                ## Sofia Lind

                Batteries; Nadia Brenner: Grids, I think; Pavel Horak: Storage, by a mile.

                ## Pavel Horak

                And I stand by it.

                ## Nadia Brenner

                Thank you both.
                """, "markdown");
        assertThat(speakers(doc)).endsWith("Nadia Brenner", "Sofia Lind", "Nadia Brenner", "Pavel Horak",
                "Pavel Horak", "Nadia Brenner");
        assertThat(spoken(doc).get(4)).isEqualTo("Batteries;");
        assertThat(spoken(doc).get(6)).isEqualTo("Storage, by a mile.");
        assertWellFormed(doc);
    }
}
