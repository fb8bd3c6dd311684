package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * Narrative prose that quotes people as a book does: nicknames and familiar forms of a name, a relative's gender stated
 * before the relative is named, tags whose pronoun looks past the names a quotation speaks of, a quotation introduced
 * by a colon that runs over paragraphs, and a quoted e-mail that is its sender's.
 */
class NarrativeDialogueTest {

    @Test
    void aNicknameInAppositionIsTheSamePerson() {
        Analyses a = Analyses.of("""
                Margaret Olsen, Peggy to her staff, had run the Harwick lab for a decade before the merger.

                "Nobody buys a model, they buy a result," Peggy said.

                Bartholomew Quist — Bart, to everyone at the fund — had written the first cheque.

                "Most of the market is the same company twice," Bart said.
                """);
        assertThat(a.speakerOf("they buy a result")).isEqualTo("Margaret Olsen");
        assertThat(a.speakerOf("the same company twice")).isEqualTo("Bartholomew Quist");
        assertThat(a.speakerNames()).doesNotContain("Peggy", "Bart");
    }

    @Test
    void aFamiliarPrefixOrAnInitialBeforeASurnameIsThePersonWithThatSurname() {
        Analyses a = Analyses.of("""
                Zhou Wenbo founded the lab in Hangzhou, and his students call him Lao Zhou.

                "Cheap inference decides the next two years," Lao Zhou said.

                Priscilla Haverford chairs the fund. "We will not chase the largest models," P. Haverford said.
                """);
        assertThat(a.speakerOf("Cheap inference decides")).isEqualTo("Zhou Wenbo");
        assertThat(a.speakerOf("chase the largest models")).isEqualTo("Priscilla Haverford");
        assertThat(a.speakerNames()).doesNotContain("Lao Zhou", "P. Haverford");
    }

    @Test
    void aRelativeNamedAfterTheKinshipWordHasItsGender() {
        Analyses a = Analyses.of("""
                The shop on Canal Street had one door. Nora Vance liked to say it was the best decision the firm had made.

                It was there, one night in March, that she and her brother had the quarrel that shaped the firm. Felix Vance had come back from Berlin that day.

                "Everyone is building faster cars," Felix said. "It is the wrong idea."

                Nora would tell me later that she had heard this speech from her brother many times. Felix saw a gap in every market.

                "The difference that night," she said, "was that I agreed with him. Customers wanted slower cars."
                """);
        assertThat(a.speakerOf("Customers wanted slower cars")).isEqualTo("Nora Vance");
    }

    @Test
    void aTagsPronounLooksPastTheNamesItsQuotationSpeaksOf() {
        Analyses a = Analyses.of("""
                Dmitri Varga, a partner at Corvell Capital, sits on the board. Jonas Pike runs research at Qiming, a lab in Shenzhen.

                Pike and the Corvell team traded papers for months. But Varga was uneasy, and said so.

                "I like Jonas," he told me. "But every regulator I meet asks about data leaving the country."
                """);
        assertThat(a.speakerOf("every regulator I meet")).isEqualTo("Dmitri Varga");
    }

    @Test
    void aSpeakerNamedOnlyInsideTheLastQuotationDoesNotTakeTheNextTag() {
        Analyses a = Analyses.of("""
                Wren Dalby runs a startup, and she buys from every vendor. Imogen Hale sells accelerators to her.

                "Most buyers ask for speed," she told me. "Wren asked how long a chip keeps a user's state warm."

                The answer, she said, was "not long enough," because the parts were built for batches.
                """);
        assertThat(a.speakerOf("not long enough")).isEqualTo("Imogen Hale");
    }

    @Test
    void aQuotationIntroducedByAColonRunsOverParagraphsUntilItCloses() {
        Analyses a = Analyses.of("""
                Anselm Brook runs research at Tovey. Most of what he told me was about the cache layer. But he ended with this:

                "The cache is a workaround. What we want is a model that learns overnight.

                "Nobody has that yet. I think it is a five-year problem if the chips keep up.

                "Whoever solves it will not need investors."

                He laughed, and the call ended. The weather in Leeds was grey all week.
                """);
        assertThat(a.speakerOf("The cache is a workaround")).isEqualTo("Anselm Brook");
        assertThat(a.speakerOf("a five-year problem")).isEqualTo("Anselm Brook");
        assertThat(a.speakerOf("will not need investors")).isEqualTo("Anselm Brook");
        assertThat(a.claimWith("he ended with this")).isEmpty();
    }

    @Test
    void aQuotedEmailIsItsSendersMessageAndItsHeaderNoClaim() {
        Analyses a = Analyses.of("""
                Priscilla Haverford led the seed round for the fund, and Tomas Reyes ran the company it backed.

                The board met twice that spring. Tomas Reyes said the meetings were short and the questions were hard.

                Later that month, the fund wrote to its partners:

                    From: P. Haverford
                    To: Fund IV partners
                    Subject: a note on Reyes Robotics

                    We believe warehouse robots will be cheaper than forklifts within three years.

                The partners, by most accounts, were not persuaded.
                """);
        assertThat(a.speakerOf("cheaper than forklifts")).isEqualTo("Priscilla Haverford");
        assertThat(a.claimWith("To: Fund IV partners")).isEmpty();
        assertThat(a.claimWith("Subject: a note on Reyes Robotics")).isEmpty();
    }

    @Test
    void aClauseOpeningOnWhetherNamesNobody() {
        Analyses a = Analyses.of("""
                "Memory is the product," Halden said in its annual report.

                Whether Halden will be one of the winners, the wall does not say.
                """);
        assertThat(a.speakerNames()).doesNotContain("Whether Halden");
    }

    @Test
    void aQuotationAfterANarratedNegatedActionIsThatPersons() {
        Analyses a = Analyses.of("""
                Mira Tal runs the robotics lab at Ostrava Works. "We lost four engineers in one month," she said.

                She does not blame them. "If I were younger, I would take the offer too. The labs pay so that we do not have them."
                """);
        assertThat(a.speakerOf("take the offer too")).isEqualTo("Mira Tal");
        assertThat(a.speakerOf("so that we do not have them")).isEqualTo("Mira Tal");
    }

    @Test
    void aParagraphOfQuotationBelowOneEndingOnAPersonsDoingIsTheirs() {
        Analyses a = Analyses.of("""
                Karel Novak runs the rival lab at Brno. Novak waited a moment before answering.

                "I half agree with the panel. Data is the moat. But private data is a liability too.

                "And I think the first privacy scandal is a year away."

                The moderator moved on.
                """);
        assertThat(a.speakerOf("Data is the moat")).isEqualTo("Karel Novak");
        assertThat(a.speakerOf("private data is a liability")).isEqualTo("Karel Novak");
        assertThat(a.speakerOf("first privacy scandal")).isEqualTo("Karel Novak");
    }

    @Test
    void aQuotationAfterASentenceDescribingAPersonIsThatPersons() {
        Analyses a = Analyses.of("""
                Lena Marsh ran the robotics group at Fairlight for six years before she left to start her own company.

                Asked whether warehouse robots would pay for themselves by 2028, she was careful. "Forty percent. Maybe forty-five. Most sites still need people on the night shift."
                """);
        assertThat(a.speakerOf("Forty percent")).isEqualTo("Lena Marsh");
        assertThat(a.speakerOf("night shift")).isEqualTo("Lena Marsh");
        assertThat(a.claimWith("Forty percent").orElseThrow().text()).doesNotContain("careful")
                .contains("Maybe forty-five.");
        assertThat(a.claimWith("Forty percent").orElseThrow().type()).isEqualTo("prediction");
    }
}
