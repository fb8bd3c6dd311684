package io.claimstream.parse;

import static io.claimstream.parse.Samples.assertWellFormed;
import static io.claimstream.parse.Samples.parse;
import static io.claimstream.parse.Samples.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.contracts.Paragraph;
import io.claimstream.contracts.ParsedDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Threads copied from a social network and logs copied from a chat client: each post or run of messages belongs to
 * the name over its handle or beside its time, and the page's lines (dates, counts, reactions, a bot's notices, the
 * post a quote post shows) are nobody's words.
 */
class SocialAndChatThreadsTest {

    @Test
    void aSocialThreadsPostsBelongToTheNameOverEachHandle() {
        ParsedDocument doc = parse("""
                Conversation

                Ines Hartmann
                @ines_builds
                1/3 We priced our API per request last year. Margins were thin.
                9:02 AM · Mar 3, 2026
                ·
                4,812 Views

                Ines Hartmann
                @ines_builds
                2/3 Usage pricing fixed it within a quarter.

                Tobi Akande
                @tobi.bsky.social
                ·
                Mar 3
                Replying to @ines_builds
                Per-request pricing punishes your heaviest users.
                12
                3

                Mara Quist
                @maraq
                ·
                Mar 3
                Quote
                Ines Hartmann
                @ines_builds
                ·
                Mar 3
                2/3 Usage pricing fixed it within a quarter.
                Usage pricing only works when customers can forecast their bill.
                """);
        assertThat(speakers(doc)).containsExactly("Ines Hartmann", "Ines Hartmann", "Tobi Akande", "Mara Quist");
        assertThat(said(doc, 0)).containsExactly("1/3 We priced our API per request last year. Margins were thin.");
        assertThat(said(doc, 2)).containsExactly("Per-request pricing punishes your heaviest users.");
        // the post a quote post shows is the quoted poster's, printed again: the quoter said only what follows it
        assertThat(said(doc, 3)).containsExactly("Usage pricing only works when customers can forecast their bill.");
        assertWellFormed(doc);
    }

    @Test
    void aThreadExportsOneLineHeadersNameThePosterAndABoxedQuotePostIsTheQuotedPosters() {
        ParsedDocument doc = parse("""
                Thread export · 6 posts

                ────────────────────
                Odile Brandt 🛰️ (@odileb.bsky.social) · 2 Mar 2026, 10:15
                1/ Our satellite imagery model now runs on one edge board.
                💬 12  🔁 40  ❤️ 2.3K

                    ┌ Quote post ──────────
                    │ Kestrel Labs (@kestrellabs.bsky.social) · 1 Mar 2026
                    │ We cut the model's memory use by half this quarter.
                    │ The board it runs on costs forty dollars.
                    └──────────────────────

                ────────────────────
                    Piet Ambler (@pietamb.bsky.social) · 2 Mar 2026, 10:40
                    ↳ replying to @odileb.bsky.social
                    Edge inference changes who can afford to watch crops from orbit.
                    ❤️ 31

                ────────────────────
                Ruth Okoye @ruthok · 3h
                Power budgets, not chips, decide how small these boards get.
                [image] ALT: A circuit board next to a coin.
                    ┌ Quote post ──────────
                    │ Odile Brandt 🛰️ (@odileb.bsky.social) · 2 Mar 2026
                    │ 1/ Our satellite imagery model now runs on one edge …
                    └──────────────────────
                Show 3 more replies
                """);
        assertThat(speakers(doc)).containsExactly("Odile Brandt", "Kestrel Labs", "Piet Ambler", "Ruth Okoye",
                "Odile Brandt");
        assertThat(said(doc, 0)).containsExactly("1/ Our satellite imagery model now runs on one edge board.");
        // the quoted post drawn whole in its box is the quoted account's, without the box's side
        assertThat(said(doc, 1)).containsExactly("We cut the model's memory use by half this quarter.",
                "The board it runs on costs forty dollars.");
        // the reply's arrow and the counts are the page's
        assertThat(said(doc, 2)).containsExactly("Edge inference changes who can afford to watch crops from orbit.");
        assertThat(said(doc, 3)).containsExactly("Power budgets, not chips, decide how small these boards get.");
        // a post the box cuts short is a preview of one shown elsewhere: nobody says it again here
        assertThat(said(doc, 4)).isEmpty();
        assertWellFormed(doc);
    }

    @Test
    void aCommentSectionsNamesOverDatesOpenCommentsAndTheCompanyLineUnderADateIsTheRoleNotASpeaker() {
        ParsedDocument doc = parse("""
                The cheap sensor problem

                **Host:** Why are lidar prices falling?

                **Guest:** Because the automotive volume finally arrived.

                Comments

                Tariq Mensah
                Nov 4
                Liked by Lena Ruud

                Falling prices will not help if calibration stays manual.

                LIKE (14)
                REPLY

                    lidar_nerd
                    Nov 4

                    Calibration is mostly automated on the newer units.

                Ines Calder
                Nov 5
                Polaris Mapping

                We still calibrate every unit by hand in our plant.

                Lena Ruud
                Nov 5 · Author

                Thanks, I should have asked about calibration.

                12 more comments...
                """);
        assertThat(speakers(doc)).containsExactly("Host", "Guest", "Tariq Mensah", "lidar_nerd", "Ines Calder",
                "Lena Ruud");
        assertThat(said(doc, 2)).containsExactly("Falling prices will not help if calibration stays manual.");
        assertThat(said(doc, 3)).containsExactly("Calibration is mostly automated on the newer units.");
        // the company under the date says whom the commenter works for: no speaker, no words of theirs
        assertThat(doc.turns().get(4).role()).isEqualTo("Polaris Mapping");
        assertThat(said(doc, 4)).containsExactly("We still calibrate every unit by hand in our plant.");
        assertThat(said(doc, 5)).containsExactly("Thanks, I should have asked about calibration.");
        assertWellFormed(doc);
    }

    @Test
    void aProfessionalPostAndItsCommentsBelongToTheNameOverEachHeadlineAndAge() {
        ParsedDocument doc = parse("""
                Wen Obiora
                Head of Data at Pellucid | Speaker | ex-Shopify
                5d • Edited •

                We moved our forecasting to a small model last quarter. It costs a tenth of what the old one did.

                #mlops #forecasting

                👍💡 402 · 38 comments

                Comments

                Aurelio Banks • 2nd
                Staff Engineer at Tidewell
                4d
                Small models drift faster, in my experience.
                Like · Reply · 9 Reactions  |  1 Reply

                    Wen Obiora  Author
                    Head of Data at Pellucid | Speaker | ex-Shopify
                    4d
                    We retrain every week, so drift has not hurt us yet.
                    Like · Reply · 4 Reactions
                """);
        assertThat(speakers(doc)).containsExactly("Wen Obiora", "Aurelio Banks", "Wen Obiora");
        assertThat(doc.turns().get(0).role()).isEqualTo("Head of Data at Pellucid");
        assertThat(said(doc, 0)).containsExactly(
                "We moved our forecasting to a small model last quarter. It costs a tenth of what the old one did.");
        assertThat(said(doc, 1)).containsExactly("Small models drift faster, in my experience.");
        // the author's badge, the headline, the age, the counts and the buttons are the page's
        assertThat(said(doc, 2)).containsExactly("We retrain every week, so drift has not hurt us yet.");
        assertWellFormed(doc);
    }

    @Test
    void aChatLogsMessagesBelongToTheAuthorAboveThemAndABotsToNobody() {
        ParsedDocument doc = parse("""
                Jorun Vik — 03/02/2026 4:10 PM
                the new tokenizer cut our prompt costs by a fifth
                (edited)
                kestrel9 — 03/02/2026 4:12 PM
                which model did you measure it on
                👍 2
                Levelbot APP — 03/02/2026 4:12 PM
                Congrats @kestrel9, you reached level 3!
                Jorun Vik — Today at 9:15
                re the benchmark: the small one, it loses a point on recall
                """);
        assertThat(speakers(doc)).containsExactly("Jorun Vik", "kestrel9", "Jorun Vik");
        assertThat(said(doc, 0)).containsExactly("the new tokenizer cut our prompt costs by a fifth");
        assertThat(said(doc, 1)).containsExactly("which model did you measure it on");
        assertThat(said(doc, 2)).containsExactly("re the benchmark: the small one, it loses a point on recall");
        assertThat(doc.text().substring(doc.turns().get(1).span().start(), doc.turns().get(1).span().end()))
                .doesNotContain("Congrats");
        assertWellFormed(doc);
    }

    @Test
    void anIrcLogNamesTheNickOnEveryLine() {
        ParsedDocument doc = parse("""
                [10:42] <jorun> we moved inference to the new cluster on monday
                [10:43] <@kestrel9> how is the latency
                [10:44] <jorun> p50 went from 900 ms to 350 ms
                """);
        assertThat(speakers(doc)).containsExactly("jorun", "kestrel9", "jorun");
        assertThat(said(doc, 2)).containsExactly("p50 went from 900 ms to 350 ms");
    }

    @Test
    void aPhoneChatExportsMessagesBelongToTheSenderOnTheirStampedLineAndTheAppsNoticesToNobody() {
        ParsedDocument doc = parse("""
                03/02/2026, 18:40 - Ilse Varga created group "inference costs"
                03/02/2026, 18:41 - Ilse Varga added Rohan, Mika \uD83D\uDC19 and +31 6 1234 5678
                03/02/2026, 18:42 - Ilse Varga: our batch jobs moved to spot capacity last month
                the bill came down by a third
                03/02/2026, 18:44 - Mika \uD83D\uDC19: <Media omitted>
                03/02/2026, 18:45 - +31 6 1234 5678: spot capacity vanishes every time a big model ships
                03/02/2026, 18:46 - +31 6 1234 5678 left
                03/02/2026, 18:47 - Rohan: POLL:
                Will spot prices rise this quarter?
                OPTION: Yes (2 votes)
                OPTION: No (1 vote)
                """);
        assertThat(speakers(doc)).containsExactly("Ilse Varga", "Mika", "+31 6 1234 5678", "Rohan");
        // a message's lines under its stamped line are the same message
        assertThat(said(doc, 0)).containsExactly("our batch jobs moved to spot capacity last month",
                "the bill came down by a third");
        // what the export left out is no word of the sender's; the app's notices and a poll's counts are nobody's
        assertThat(said(doc, 1)).isEmpty();
        assertThat(said(doc, 2)).containsExactly("spot capacity vanishes every time a big model ships");
        assertThat(said(doc, 3)).containsExactly("POLL:", "Will spot prices rise this quarter?");
        assertWellFormed(doc);
    }

    @Test
    void anExportFromAnIphoneBracketsItsStampAndMayWriteTheMonthFirst() {
        ParsedDocument doc = parse("""
                [3/2/26, 6:42:10 PM] Ilse Varga: our batch jobs moved to spot capacity last month
                [3/2/26, 6:43:55\u202FPM] Rohan Iyer: we saw the same, the bill fell by a third
                """);
        assertThat(speakers(doc)).containsExactly("Ilse Varga", "Rohan Iyer");
        assertThat(said(doc, 1)).containsExactly("we saw the same, the bill fell by a third");
    }

    @Test
    void aQuestionAndAnswerSitesAnswersRunToTheirPublicationLineAndItsCommentsAreTheirWriters() {
        ParsedDocument doc = parse("""
                Is open-weight inference cheaper than an API?

                Tomas Ferenc
                Platform engineer at a logistics firm; formerly at a bank
                1,204 people upvoted this answer

                It depends on utilisation, and most teams overestimate theirs.

                1. Hardware

                A rented node sits idle at night unless you batch work into those hours.

                2. People

                Someone has to be on call for it, which an API never asks of you.

                Published on 2026-10-02 · IP location: Hubei
                48 comments · Share · Collect · Thanks

                Comments

                Hana Krol
                Our utilisation is above seventy per cent, so self-hosting paid off for us.
                10-03 · IP location: Sichuan · 12 likes

                Tomas Ferenc (Author) replied to Hana Krol
                Then you are the exception that proves the rule.
                10-03 · IP location: Hubei · 30 likes

                Night Owl on Servers
                Datacentre technician; twelve years on the floor
                310 people upvoted this answer

                Power prices decide this more than anything else.

                Edited on 2026-10-04 · IP location: Hebei

                Tomas Ferenc
                Platform engineer at a logistics firm; formerly at a bank
                [A second answer by the same user.]

                Since people asked: our API bill was half of what the cluster cost us.

                Published on 2026-10-05 · IP location: Hubei

                Related questions: Which GPUs are cheapest to rent? · Is serving at a loss sustainable?
                """);
        assertThat(speakers(doc)).containsExactly("Tomas Ferenc", "Hana Krol", "Tomas Ferenc", "Night Owl on Servers",
                "Tomas Ferenc");
        assertThat(doc.turns().get(0).role()).isEqualTo("Platform engineer at a logistics firm");
        // the answer's numbered headings outline it: what follows them is still the answer's, down to its publication line
        assertThat(said(doc, 0)).containsExactly("It depends on utilisation, and most teams overestimate theirs.",
                "A rented node sits idle at night unless you batch work into those hours.",
                "Someone has to be on call for it, which an API never asks of you.");
        assertThat(said(doc, 1)).containsExactly(
                "Our utilisation is above seventy per cent, so self-hosting paid off for us.");
        assertThat(said(doc, 2)).containsExactly("Then you are the exception that proves the rule.");
        assertThat(said(doc, 3)).containsExactly("Power prices decide this more than anything else.");
        assertThat(said(doc, 4)).containsExactly(
                "Since people asked: our API bill was half of what the cluster cost us.");
        assertWellFormed(doc);
    }

    @Test
    void oneNameOverAHandleIsNoThread() {
        ParsedDocument doc = parse("""
                Ines Hartmann
                @ines_builds

                Prices fell again this week, and nobody expected it.
                """);
        assertThat(doc.turns()).isEmpty();
    }

    /** The text paragraphs of one turn: what its speaker said, without the page's lines among them. */
    private static List<String> said(ParsedDocument doc, int turn) {
        int from = doc.turns().get(turn).span().start();
        return doc.paragraphs().stream().filter(p -> p.turn() == turn && p.kind().equals("text"))
                .map(Paragraph::span).filter(s -> s.end() > from)
                .map(s -> doc.text().substring(Math.max(s.start(), from), s.end())).toList();
    }
}
