package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * A surname met on the page before the full name it stands for: a newest-first live blog whose top entry says
 * "Brandt said" while the entry introducing Oskar Brandt lies further down, a standfirst above the article.
 */
class NamesBeforeTheirFullFormTest {

    private static final DocumentParser PARSER = new DocumentParser();

    private static final String NEWEST_FIRST = """
            LIVE | Harbour Finance Forum, day one
            Last updated 15:40

            15:40
            Okoro, as Brandt put it this morning, thinks agents "will run the back office", though she believes it will take longer than Brandt suggested.

            14:10
            Ada Okoro, chief economist at the Bank of Lagos, said most lenders are still only testing agents. She argued that regulators will demand an audit trail for every automated payment.

            11:20
            Brandt said Halden already processes about 4,000 invoices a day with agents. He added that the company has not hired an accountant since March.

            10:30
            The opening keynote from Halden Group founder Oskar Brandt ended on a forecast: agents will handle most invoices by 2029.

            09:00
            Good morning from the harbour! Newest posts are at the top.
            """;

    @Test
    void aSurnameAboveTheEntryThatIntroducesThePersonIsThatPerson() {
        Analyses a = analyze(NEWEST_FIRST);
        assertThat(a.speakerOf("already processes about 4,000 invoices")).isEqualTo("Oskar Brandt");
        // the pronoun after the surname is the same man, not the economist of the entry above
        assertThat(a.speakerOf("has not hired an accountant")).isEqualTo("Oskar Brandt");
        assertThat(a.speakerNames()).doesNotContain("Brandt").contains("Oskar Brandt", "Ada Okoro");
        assertThat(a.speakerNamed("Oskar Brandt").aliases()).contains("Brandt");
    }

    @Test
    void aStandfirstSurnameIsThePersonTheArticleNamesInFull() {
        Analyses a = analyze("""
                Invoices go to the machines

                Brandt says most invoices will be handled by agents before the decade is out.

                By Dana Whitfield

                Oskar Brandt told investors on Monday that his company now files its own tax returns with agents.
                """);
        assertThat(a.speakerOf("handled by agents before the decade")).isEqualTo("Oskar Brandt");
        assertThat(a.speakerNames()).doesNotContain("Brandt");
    }

    @Test
    void aSurnameTwoPeopleShareIsNotMergedIntoEither() {
        Analyses a = analyze("""
                Two Chens, two views

                Chen said the cheapest chips will come from Shenzhen within three years.

                Chen Wei, who runs the hardware fund at Pinecrest Ventures, argued that domestic accelerators are now good enough for inference. Chen Li, a professor of computer science in Hangzhou, disagreed: she said the software stack still breaks every few weeks.
                """);
        assertThat(a.speakerOf("domestic accelerators are now good enough")).isEqualTo("Chen Wei");
        assertThat(a.speakerOf("software stack still breaks")).isEqualTo("Chen Li");
        // "Chen" above them is left to the nearest context; the two stay two
        assertThat(a.speakerNames()).contains("Chen Wei", "Chen Li").doesNotContain("Chen");
        assertThat(a.speakerNamed("Chen Li").aliases()).doesNotContain("Chen Wei");
    }

    private static Analyses analyze(String text) {
        return new Analyses(Docs.analyzer().analyze(PARSER.parse(new RawDocument(text, null, null, null, null, null, null),
                Instant.EPOCH)));
    }
}
