package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.speakers.Byline;
import org.junit.jupiter.api.Test;

/** The byline's author: the asking side of a Q&amp;A, and the first-person views of a column. */
class BylineAuthorTest {

    @Test
    void findsTheAuthorInTheHeadOfTheText() {
        assertThat(Byline.author("Chips in 2027\n\n*By Hana Oyelaran · 4 May 2026*\n\nText.")).isEqualTo("Hana Oyelaran");
        assertThat(Byline.author("Notes\nPosted by Tom Reyes, June 1\n")).isEqualTo("Tom Reyes");
        assertThat(Byline.author("Notes\n\nShe was hired by Google in 2019.")).isNull();
        assertThat(Byline.author("By the way, nothing here names anyone.")).isNull();
        assertThat(Byline.author("HARBOUR RESEARCH | Equity Note\nAnalyst: Dana Park, CFA  |  +1 555 0100\n")).isEqualTo("Dana Park");
        assertThat(Byline.author("Notes\n\nThe analyst: Dana Park was right.")).isNull();
        // a blog's "Posted by X on <outlet>" and a research digest's "Prepared by: X, <desk>"
        assertThat(Byline.author("Chips\n\nPosted by Owen Hale on Lattice Letter · 3 Dec 2026\n")).isEqualTo("Owen Hale");
        assertThat(Byline.author("Chips\nPosted by Owen Hale on 3 Dec 2026\n")).isEqualTo("Owen Hale");
        assertThat(Byline.author("DIGEST\nPrepared by: Ines Carvel, Harbour Research\n")).isEqualTo("Ines Carvel");
        assertThat(Byline.author("Notes\n\nBy Monday the market had moved on Tuesday's news.")).isNull();
        // a newsletter platform's name line over the date and the post's access, set apart by its bullet operator
        assertThat(Byline.author("The Sensor Letter\n\nWhy lidar got cheap\n\nMara Holt\nDec 3, 2026 \u2219 Paid\n\nText."))
                .isEqualTo("Mara Holt");
    }

    @Test
    void aLetterIsSignedByItsWriterAtTheEnd() {
        String letter = """
                To our customers and partners,

                We shipped our first fleet this year.

                Thank you for your patience.

                Tomas Verhoef
                Chief Executive Officer
                """;
        assertThat(Byline.author(letter)).isEqualTo("Tomas Verhoef");
        assertThat(Byline.signer("Notes on pricing\n\nWe raised prices.\n\nTomas Verhoef\n")).isNull();
        assertThat(Byline.signer("Dear Ana,\n\nThe deck is attached.\n\nBest regards,\nTomas Verhoef\n"))
                .isEqualTo("Tomas Verhoef");
        assertThat(Byline.signer("Dear Ana,\n\nThe deck is attached.\n\nBest Regards\n")).isNull();
    }

    @Test
    void aSignedLettersWeIsItsWritersAndTheSignatureClaimsNothing() {
        Analyses a = Analyses.of("""
                # Annual letter

                To our shareholders,

                We doubled the fleet this year, to 800 vans. Our customers renewed 96% of their contracts.

                Our engineering lead, Ana Ruiz, believes the new battery will cut charging time by a third.

                We will stop leasing diesel vans in 2027. By 2029, I think every delivery van in the city will be electric.

                I also want to be direct about one risk.

                Thank you for your trust.

                Tomas Verhoef
                Co-Founder and Chief Executive Officer
                """);
        assertThat(a.speakerOf("We doubled the fleet")).isEqualTo("Tomas Verhoef");
        assertThat(a.speakerOf("renewed 96%")).isEqualTo("Tomas Verhoef");
        assertThat(a.speakerOf("will cut charging time")).isEqualTo("Ana Ruiz");
        assertThat(a.speakerOf("stop leasing diesel vans")).isEqualTo("Tomas Verhoef");
        assertThat(a.speakerOf("every delivery van in the city")).isEqualTo("Tomas Verhoef");
        assertThat(a.claimWith("direct about one risk")).isEmpty();
        assertThat(a.claimWith("Chief Executive Officer")).isEmpty();
    }

    @Test
    void questionsBelongToTheBylinesAuthorAndAnswersToTheInterviewee() {
        Analyses a = Analyses.of("""
                # Small models, big margins

                *By Hana Oyelaran · 4 May 2026*

                Felix Amundsen runs the inference team at Corvid Labs. We spoke by phone.

                Q: Thanks for your time.

                A: Happy to be here.

                Q: Are small models good enough?

                A: For most support work they are. Distilled 7B models now handle 80% of our traffic.
                """);
        assertThat(a.speakerOf("Distilled 7B models")).isEqualTo("Felix Amundsen");
        assertThat(a.speakerNames()).doesNotContain("Q", "A");
        assertThat(a.claimWith("Happy to be here")).isEmpty();
    }

    @Test
    void anUnnamedQuestionerIsNobody() {
        Analyses a = Analyses.of("""
                Felix Amundsen runs the inference team at Corvid Labs. He spoke with us in Oslo.

                Q: Regulators want audits of every model. Is that workable?

                A: Audits of deployments would work better than audits of checkpoints.
                """);
        assertThat(a.speakerNames()).doesNotContain("Q");
        assertThat(a.claimWith("Regulators want audits")).isEmpty();
        assertThat(a.speakerOf("Audits of deployments")).isEqualTo("Felix Amundsen");
    }

    @Test
    void theWritersOwnViewIsTheirsButTheirNarrationIsNot() {
        Analyses a = Analyses.of("""
                What buyers told me

                By Tom Reyes

                I spent a month calling procurement teams. Lia Chen of Brightpeak said budgets will shrink next year.

                I think the budget cuts will hit small vendors hardest.
                """);
        assertThat(a.speakerOf("budget cuts will hit small vendors")).isEqualTo("Tom Reyes");
        assertThat(a.claimWith("I spent a month")).isEmpty();
        assertThat(a.speakerOf("budgets will shrink")).isEqualTo("Lia Chen");
    }
}
