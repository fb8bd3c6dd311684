package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * Two layouts of record-keeping: minutes that list members with the initials they are then recorded by, and a book
 * or an article that quotes one e-mail with its header in the middle of its own prose.
 */
class MinutesAndQuotedMailTest {

    private static Analyses analysed(String text) {
        return new Analyses(Docs.analyzer().analyze(new DocumentParser().parse(
                new RawDocument(text, "test", null, null, "2026-11-20", null, null), Instant.parse("2026-11-20T00:00:00Z"))));
    }

    @Test
    void membersListedWithInitialsAreRecordedByThem() {
        Analyses a = analysed("""
                Working Group on Cooling, Minutes of Meeting 7

                Present:
                  Dr. Nadia Forsberg (NF), Coldline Systems, Chair
                  Tobias Forsberg (TFo), Arkwell
                  Kim Seo-jin (SJK), Hanbit Memory

                NF reported that liquid cooling now ships in most new racks.

                TFo said the pumps were the weak point and that failures had doubled this year.

                SJK predicted that memory makers would ask for cold plates on every module by 2028.
                """);
        assertThat(a.speakerOf("liquid cooling now ships")).isEqualTo("Nadia Forsberg");
        assertThat(a.speakerOf("the pumps were the weak point")).isEqualTo("Tobias Forsberg");
        assertThat(a.speakerOf("cold plates on every module")).isEqualTo("Kim Seo-jin");
        assertThat(a.speakerNames()).doesNotContain("NF", "TFo", "SJK");
    }

    @Test
    void anEmailQuotedInProseIsOneQuotationNotAThread() {
        Analyses a = analysed("""
                The founders spent the first winter arguing about the product, and the arguments were long, loud and mostly about money. Hana Brezina remembers that the office heating failed twice that January and nobody noticed.

                By spring the company had eleven people, a working prototype and about six months of cash left in the bank, which the investors were starting to watch closely.

                Hana told me the turning point came in April, when a customer asked for something the prototype could not do and the team built it in a weekend anyway.

                That month the lead investor wrote to his partners about it:

                    From: M. Okonjo
                    To: Fund III partners
                    Subject: a note on Brezina Labs

                    We believe this team ships faster than anyone we have backed.

                The partners were not convinced. Hana Brezina said the weekend changed how the team worked for years. The product still lost money in every quarter of its first two years.
                """);
        assertThat(a.claimWith("To: Fund III partners")).isEmpty();
        assertThat(a.claimWith("Subject: a note on Brezina Labs")).isEmpty();
        assertThat(a.speakerOf("the weekend changed how the team worked")).isEqualTo("Hana Brezina");
        // the writer's prose after the quotation is not the e-mail's message running on
        a.claimWith("still lost money in every quarter").ifPresent(
                c -> assertThat(a.speakerOf("still lost money in every quarter")).isNotEqualTo("Okonjo"));
    }
}
