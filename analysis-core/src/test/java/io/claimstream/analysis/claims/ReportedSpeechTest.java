package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import io.claimstream.contracts.Claim;
import org.junit.jupiter.api.Test;

/** Claims in articles: frames of saying, quotations, pronouns, continuation. */
class ReportedSpeechTest {

    @Test
    void attributesSayingAndBelievingFramesToTheirSubject() {
        Analyses a = Analyses.of("""
                Priya Natarajan, chief scientist at Lumen Labs, said open models will close the gap within a year.

                Natarajan believes that cheaper inference matters more than bigger models.

                Meanwhile, Tomas Berg argued that regulation is coming too slowly.
                """);
        assertThat(a.speakerOf("open models will close the gap")).isEqualTo("Priya Natarajan");
        assertThat(a.speakerOf("cheaper inference matters")).isEqualTo("Priya Natarajan");
        assertThat(a.speakerOf("regulation is coming too slowly")).isEqualTo("Tomas Berg");
        assertThat(a.speakerNamed("Priya Natarajan").affiliations()).contains("Lumen Labs");
        assertThat(a.claimWith("open models will close").orElseThrow().attribution()).isEqualTo("explicit");
    }

    @Test
    void resolvesPronounsToTheMostRecentPersonOfTheirGender() {
        Analyses a = Analyses.of("""
                Helen Ortiz said her team has doubled its GPU budget. She added that the money is well spent.

                Marcus Lee disagreed with the plan. He said the market will punish the spending.

                The chips will arrive late, she said.
                """);
        assertThat(a.speakerOf("the money is well spent")).isEqualTo("Helen Ortiz");
        assertThat(a.speakerOf("the market will punish")).isEqualTo("Marcus Lee");
        assertThat(a.speakerOf("The chips will arrive late")).isEqualTo("Helen Ortiz");
    }

    @Test
    void handlesParentheticalAccordingToAndViewFrames() {
        Analyses a = Analyses.of("""
                Dana Whitfield runs the robotics group at Corvid.

                The hardest part, Whitfield said, is collecting data from real homes.

                According to Whitfield, simulation alone will not be enough.

                In Whitfield's view, the field needs shared benchmarks.

                Her feeling is that investors are too impatient.
                """);
        assertThat(a.speakerOf("collecting data from real homes")).isEqualTo("Dana Whitfield");
        assertThat(a.speakerOf("simulation alone will not be enough")).isEqualTo("Dana Whitfield");
        assertThat(a.speakerOf("the field needs shared benchmarks")).isEqualTo("Dana Whitfield");
        assertThat(a.speakerOf("investors are too impatient")).isEqualTo("Dana Whitfield");
        assertThat(a.claimWith("runs the robotics group")).isEmpty();
    }

    @Test
    void anOwnViewWithAnAsideBeforeItsVerbIsStillThePersonsView() {
        Analyses a = Analyses.of("""
                Ilse Maartens, who edits a newsletter on chip supply, chaired the session.

                Maartens's own view, which she gave before anyone else spoke, is that memory prices will double by next summer.
                """);
        assertThat(a.speakerOf("memory prices will double")).isEqualTo("Ilse Maartens");
    }

    @Test
    void aViewPhraseAfterAShortFrontedPhraseIsStillThePersonsView() {
        Analyses a = Analyses.of("""
                Priya Natarajan, who leads the inference team at Corvel, spoke after lunch.

                Tomas Reyes, an investor at Larch Capital, spoke next.

                On pricing, Natarajan's feeling is that token prices will halve again within a year.

                But Reyes's view is that cheaper tokens mostly move margin to the cloud providers.

                On pricing, the feeling in the room was that nobody knows.
                """);
        assertThat(a.speakerOf("token prices will halve again")).isEqualTo("Priya Natarajan");
        assertThat(a.speakerOf("cheaper tokens mostly move margin")).isEqualTo("Tomas Reyes");
        // no possessive after the fronted phrase: nobody's view is reported, so nobody is given it
        assertThat(a.claimWith("nobody knows").filter(c -> c.speakerId() != null)).isEmpty();
    }

    @Test
    void aRelativeClauseAboutTheFirmInAnAppositionLeavesThePersonTheSubject() {
        Analyses a = Analyses.of("""
                Investors seem to agree. Mara Lindqvist, a partner at Solberg Capital, which led Quell's last round, said the market for inference chips is big enough for three winners.
                """);
        assertThat(a.speakerOf("big enough for three winners")).isEqualTo("Mara Lindqvist");
    }

    @Test
    void attributesEverySentenceOfAQuotationAndItsContinuation() {
        Analyses a = Analyses.of("""
                “Agents are still fragile. They break on the tenth step,” Ivo Brandt said. Reliability, he added, is the real product.
                """);
        assertThat(a.speakerOf("Agents are still fragile")).isEqualTo("Ivo Brandt");
        assertThat(a.speakerOf("They break on the tenth step")).isEqualTo("Ivo Brandt");
        assertThat(a.speakerOf("Reliability")).isEqualTo("Ivo Brandt");
        // a short two-sentence quotation of one kind that the attribution closes is one claim, which the attribution names
        Claim first = a.claimWith("Agents are still fragile").orElseThrow();
        assertThat(first.text()).contains("They break on the tenth step");
        assertThat(first.attribution()).isEqualTo("explicit");
    }

    @Test
    void continuesASpeakerThroughTheParagraphButNotIntoNarration() {
        Analyses a = Analyses.of("""
                Rosa Klein believes small models are underrated. Most tasks need far less than a frontier model.                 She joined the company in 2021.

                Rosa Klein moved to Lisbon last year. The office is in Lisbon.
                """);
        assertThat(a.speakerOf("Most tasks need far less")).isEqualTo("Rosa Klein");
        assertThat(a.claimWith("joined the company")).isEmpty();
        assertThat(a.claimWith("moved to Lisbon")).isEmpty();
        assertThat(a.claimWith("The office is in Lisbon")).isEmpty();
    }

    @Test
    void organisationsSpeakAndTheCompanyRefersBackToThem() {
        Analyses a = Analyses.of("""
                Quillstone released its new model on Monday, saying it was trained on licensed data only. \
                The company said the model beats its predecessor on every benchmark.
                """);
        assertThat(a.speakerOf("trained on licensed data")).isEqualTo("Quillstone");
        assertThat(a.speakerOf("beats its predecessor")).isEqualTo("Quillstone");
        assertThat(a.speakerNamed("Quillstone").aliases()).contains("The company");
    }

    @Test
    void aTopicVerbNamesTheSpeakerOfTheListButMakesNoClaim() {
        Analyses a = Analyses.of("""
                Wen Jiahui discussed the outlook for chip exports:
                - Supply will stay tight through next year
                - Prices for accelerators keep rising
                """);
        assertThat(a.claimWith("discussed the outlook")).isEmpty();
        assertThat(a.speakerOf("Supply will stay tight")).isEqualTo("Wen Jiahui");
        assertThat(a.speakerOf("Prices for accelerators")).isEqualTo("Wen Jiahui");
    }

    @Test
    void genericSourcesAndUnattributedNarrationMakeNoClaim() {
        Analyses a = Analyses.of("""
                Analysts said the deal was overpriced. The weather in Geneva was mild that week.
                """);
        assertThat(a.doc().claims()).isEmpty();
    }

    @Test
    void leavesAQuestionFrameOutOfTheClaim() {
        Analyses a = Analyses.of("""
                Asked whether open weights are safe, Mei Tanaka said the benefits outweigh the risks.
                """);
        Claim c = a.claimWith("benefits outweigh").orElseThrow();
        assertThat(c.text()).startsWith("Mei Tanaka said");
    }

    @Test
    void aNameInAppositionAfterItsRoleIsTheSubject() {
        Analyses a = Analyses.of("""
                The chief executive of Nimbus Labs, Jane Roe, said the company will double its research staff.
                """);
        assertThat(a.speakerOf("double its research staff")).isEqualTo("Jane Roe");
        assertThat(a.speakerNamed("Jane Roe").affiliations()).contains("Nimbus Labs");
    }

    @Test
    void aRelativeClauseSubjectAndAnInvertedOneWithItsDescription() {
        Analyses a = Analyses.of("""
                The loudest warning came from Omar Haddad, who said agents will cause a security incident this year.

                "Most pilots never reach production," said Clara Voss, a partner at Northwind Capital.
                """);
        assertThat(a.speakerOf("security incident")).isEqualTo("Omar Haddad");
        assertThat(a.speakerOf("Most pilots never reach production")).isEqualTo("Clara Voss");
        assertThat(a.speakerNamed("Clara Voss").affiliations()).contains("Northwind Capital");
    }

    @Test
    void twoFramesInOneSentenceMakeTwoClaimsEvenOfTwoPeople() {
        Analyses a = Analyses.of("""
                Greta Moll said synthetic data is overrated, but Paulo Reis argued that it will dominate pretraining.
                """);
        assertThat(a.claimWith("synthetic data is overrated").orElseThrow().text())
                .isEqualTo("Greta Moll said synthetic data is overrated");
        assertThat(a.speakerOf("synthetic data is overrated")).isEqualTo("Greta Moll");
        assertThat(a.speakerOf("it will dominate pretraining")).isEqualTo("Paulo Reis");
        assertThat(a.claimWith("it will dominate pretraining").orElseThrow().type()).isEqualTo("prediction");
    }

    @Test
    void inAWrittenInterviewTheParagraphsAfterAQuestionAreTheIntervieweesAnswers() {
        Analyses a = Analyses.of("""
                A conversation with Rhea Kapoor

                Rhea Kapoor founded Atlas Robotics in 2019. We met her in Pune.

                **Why did you start with warehouses?**

                Warehouses are structured, so a robot there can earn money on day one.

                **Will humanoids matter?**

                Wheels are cheaper and more reliable than legs for the next decade.
                """);
        assertThat(a.speakerOf("earn money on day one")).isEqualTo("Rhea Kapoor");
        assertThat(a.speakerOf("Wheels are cheaper")).isEqualTo("Rhea Kapoor");
        assertThat(a.claimWith("Why did you start")).isEmpty();
        assertThat(a.claimWith("We met her")).isEmpty();
    }

    /**
     * A frame told in the perfect or the progressive, or with the time spent saying it between the subject and
     * the verb: the subject still says what follows "that".
     */
    @Test
    void framesWithAspectOrATimeSpanBeforeTheVerb() {
        Analyses a = Analyses.of("""
                Ines Dahl has spent the past two years arguing that sparse models are cheaper to serve.

                Her co-founder, Karl Menon, has long maintained that robotics needs its own pretraining data.

                Menon has been warning that hosted inference prices will rise next year.

                Dahl spent much of 2025 in Brussels explaining that audits cost less than fines.

                The report has been cited that often.
                """);
        assertThat(a.speakerOf("sparse models are cheaper")).isEqualTo("Ines Dahl");
        assertThat(a.speakerOf("robotics needs its own")).isEqualTo("Karl Menon");
        assertThat(a.speakerOf("hosted inference prices will rise")).isEqualTo("Karl Menon");
        assertThat(a.speakerOf("audits cost less than fines")).isEqualTo("Ines Dahl");
        assertThat(a.claimWith("has been cited")).isEmpty();
    }

    @Test
    void aReporterInCaptionsRelaysWhatAPersonOrACompanySays() {
        Analyses a = new Analyses(Docs.analyzer().analyze(new DocumentParser().parse(new RawDocument("""
                >>> GOOD EVENING, I'M RUTGER HALVORSEN. OUR REPORTER NELL ABERNATHY HAS MORE FROM MESA.
                >> THANKS, RUTGER. THE NEW PLANT WILL USE FOUR MILLION GALLONS OF WATER A DAY. OSKAR VANTERPOOL
                RUNS LUMAFAB, WHICH OWNS THE PLANT.
                >> THE PLANT RECYCLES NINETY PERCENT OF ITS WATER ALREADY.
                >> THE TOWN IS NOT CONVINCED.
                >> NOBODY HERE WILL PAY FOR A PIPE THE FACTORY NEEDS.
                >> VANTERPOOL SAYS A SECOND PLANT WILL OPEN IN 2029. REPORTING FROM MESA, I'M NELL ABERNATHY.
                >> NELL, THANK YOU. SHARES OF THE PUMP MAKER HYDRALIS FELL 6 PERCENT TODAY. HYDRALIS SAID ORDERS
                FROM CHIP PLANTS HAVE DOUBLED SINCE LAST YEAR. ANALYSTS SAY THE SHARES ARE STILL EXPENSIVE.
                >> THANK YOU, RUTGER.
                """, null, null, null, null, null, null), Instant.EPOCH)));
        assertThat(a.speakerOf("A SECOND PLANT WILL OPEN")).isEqualTo("Oskar Vanterpool");
        Claim plant = a.claimWith("A SECOND PLANT WILL OPEN").orElseThrow();
        assertThat(plant.attribution()).isEqualTo("explicit");
        // the company the reporter called a pump maker speaks for itself
        assertThat(a.speakerOf("ORDERS\nFROM CHIP PLANTS HAVE DOUBLED")).isEqualTo("Hydralis");
        assertThat(a.speakerNames()).contains("Hydralis");
    }
}
