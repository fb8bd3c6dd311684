package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a first reading of a panel write-up or a scraped briefing keeps and should not: the panellists' remarks about
 * one another and the room, the chair naming the next question's subject or keeping the room on one, the page talking
 * about its pictures, its subscribers and its caveats, the event that hosted the conversation and the room's vote, the
 * writer weighing the next quotation against the last, and a career told in clauses or in a table of posts.
 */
class PanelBanterAndPageChromeTest {

    private final NonClaimReasons reasons = new NonClaimReasons();

    private String reason(String sentence) {
        return reasons.of(sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // the panel about itself
            "So the lawyer is the sceptic and the engineer the believer.", "I'll be the contrarian, then.",
            "Ana, you are the one with the budget.", "I am the one who used to sign the cheques.",
            "I have my board in the audience.", "We've got two regulators on this panel.",
            "That is why we are still friends.", "And that's how we get along.",
            "I agree with both of them, which almost never happens on a podcast.",
            "That is the lawyer's answer.", "That's a very diplomatic reply.",
            "Then I will hold you to that.", "I'll quote you on it.",
            // the chair moving the room along
            "Last one from me: data centres.", "Okay, next question: pricing.",
            "Let me push on the licensing question, because I sense we differ.",
            "Let's stay on the safety point.",
            // the page
            "Photo captions: Left, the main stage; right, the demo hall.", "Photos: the organisers.",
            "Pictures courtesy of the conference.", "All images in this article were supplied by the company.",
            "If you found this useful, please share it with a colleague.",
            "If you enjoyed it, subscribe for the next issue.",
            "This note is for information only.", "Nothing here constitutes investment advice.",
            "Thanks to the Harbour Forum for hosting us and to Ada for reading the draft.",
            // the news peg
            "According to the Daily Ledger on Monday, on Friday evening the Harbour Forum hosted a fireside chat between "
                    + "Ana Ruiz, chief executive of Tidewater, and Tom Berg, partner at Keel Ventures.",
            // the room's vote and the backing of a company already named
            "Closing audience vote: FOR 52% | AGAINST 40% | UNDECIDED 8%",
            "Keel Ventures led the company's $80 million Series C in 2024.",
            // the next quotation weighed against the last
            "Her advice was the opposite.", "Ruiz's forecast was more cautious.",
            // a career in clauses
            "It was her first interview since she left the ministry in 2022; before that she spent a decade at Initech."})
    void claimsNothing(String sentence) {
        assertThat(reason(sentence)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The investor is the one who carries the risk when a lab fails.",
            "That is why inference prices will fall by half next year.",
            "I agree with both of them, which is why I think sodium cells will win the cheap end.",
            "The engineer's answer is that every delayed run is a week lost.",
            "Images: most generated pictures will carry a watermark by 2027.",
            "Thanks to cheaper chips, training runs cost a third of what they did.",
            "Let me push back: margins in factories are the thinnest anywhere.",
            "The forum heard that chip exports fell by a third in the spring.",
            "It was her first interview since she left the ministry, and she said the rules will be rewritten.",
            "Before that she spent a decade at Initech; she now thinks most labs over-hire.",
            "Keel Ventures led the company's Series C because it expects inference prices to halve.",
            "The audience for agents is every back office with a backlog.",
            "Her advice was to start with accounts payable.",
            "Ruiz's forecast was that prices will halve by 2027."})
    void keepsClaimsThatLookAlike(String sentence) {
        assertThat(reason(sentence)).isNull();
    }

    @Test
    void aCareerTrackTableHoldsNoClaimWhereAForecastTableDoes() {
        Analyses a = Analyses.of("""
                Profile: Ana Ruiz

                Ana Ruiz said that memory will decide which assistants people keep.

                | Period | Organisation | Focus |
                |---|---|---|
                | 2015-2019 | Initech Research | Speech recognition |
                | 2019- | Tidewater Labs | Long-term memory |

                Her forecasts:

                | Year | Forecast |
                |---|---|
                | 2027 | Every major assistant will ship editable memory |
                """);
        assertThat(a.doc().claims()).noneMatch(c -> c.text().contains("Initech") || c.text().contains("Tidewater Labs"));
        assertThat(a.claimWith("editable memory")).isPresent();
    }
}
