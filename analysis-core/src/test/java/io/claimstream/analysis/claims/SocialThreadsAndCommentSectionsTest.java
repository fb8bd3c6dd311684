package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A social thread exported with one-line post headers and a newsletter post's comment section: each post's and each
 * comment's first-person words are the poster's, a quoted post drawn in a box is the quoted account's, a company
 * printed under a commenter's date speaks for nobody, and what commenters say to one another about the exchange
 * claims nothing.
 */
class SocialThreadsAndCommentSectionsTest {

    private final NonClaimReasons reasons = new NonClaimReasons();

    /** Through the document parser, which reads the posts' and the comments' headers. */
    private static Analyses parsed(String text) {
        return new Analyses(Docs.analyzer().analyze(new DocumentParser().parse(
                new RawDocument(text, null, null, null, null, null, null), Instant.parse("2026-11-01T00:00:00Z"))));
    }

    @Test
    void aThreadExportsPostsAreTheirPostersAndABoxedQuotePostTheQuotedAccounts() {
        Analyses a = parsed("""
                Thread export · Bluesky · 4 posts

                ────────────────────
                Odile Brandt 🛰️ (@odileb.bsky.social) · 2 Mar 2026, 10:15
                1/ I ran our crop model on a forty-dollar edge board for a week. It matched the cloud version on 97% of fields.
                💬 12  🔁 40  ❤️ 2.3K

                    ┌ Quote post ──────────
                    │ Kestrel Labs (@kestrellabs.bsky.social) · 1 Mar 2026
                    │ We cut the model's memory use by half this quarter.
                    └──────────────────────

                ────────────────────
                    Piet Ambler (@pietamb.bsky.social) · 2 Mar 2026, 10:40
                    ↳ replying to @odileb.bsky.social
                    I think edge inference changes who can afford to watch crops from orbit.
                    ❤️ 31

                ────────────────────
                Odile Brandt 🛰️ (@odileb.bsky.social) · 2 Mar 2026, 10:52
                ↳ replying to @pietamb.bsky.social
                Happy to. Ground stations will get cheaper before the boards do.
                """);
        assertThat(a.speakerOf("It matched the cloud version on 97% of fields")).isEqualTo("Odile Brandt");
        assertThat(a.speakerOf("We cut the model's memory use by half")).isEqualTo("Kestrel Labs");
        assertThat(a.speakerOf("edge inference changes who can afford")).isEqualTo("Piet Ambler");
        assertThat(a.speakerOf("Ground stations will get cheaper")).isEqualTo("Odile Brandt");
        assertThat(a.claimWith("Happy to.")).isEmpty();
    }

    @Test
    void aCommentersCompanyUnderTheDateIsNoSpeakerAndAHandleInLowerCaseIsOne() {
        Analyses a = parsed("""
                The cheap sensor problem

                Lidar prices fell by half this year, and I think the automotive volume explains most of it.

                Comments

                Tariq Mensah
                Nov 4

                Falling prices will not help if calibration stays manual.

                LIKE (14)
                REPLY

                    lidar_nerd
                    Nov 4

                    Calibration is mostly automated on the newer units.

                Ines Calder
                Nov 5
                Polaris Mapping

                We still calibrate every unit by hand in our plant in Leeds.

                LIKE (3)

                12 more comments...
                """);
        assertThat(a.speakerOf("calibration stays manual")).isEqualTo("Tariq Mensah");
        assertThat(a.speakerOf("mostly automated on the newer units")).isEqualTo("lidar_nerd");
        assertThat(a.speakerOf("We still calibrate every unit by hand")).isEqualTo("Ines Calder");
        assertThat(a.speakerNames()).doesNotContain("Polaris Mapping");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Long-time listener, first comment.", "Glad to debate this over a beer.", "Sent you a DM.",
            "Just emailed it to your team inbox.", "I'd love to read more.", "Asking for a friend.",
            "Code and prompts are linked below."})
    void whatCommentersSayToOneAnotherClaimsNothing(String sentence) {
        assertThat(reasons.of(sentence)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Happy to report that churn fell by half.", "We'd love to see more open evaluations.",
            "The weights are linked to the base model's licence.", "Long-time readers know I doubt these benchmarks."})
    void sayingSomethingInTheSameWordsStaysAClaim(String sentence) {
        assertThat(reasons.of(sentence)).isNull();
    }
}
