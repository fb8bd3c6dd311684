package io.claimstream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.RawDocument;
import io.claimstream.contracts.Speaker;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * Transcript conventions from parse to claims: the claims of each turn go to its speaker, with
 * neither the label nor a recording time inside them, and nobody is called "Q" or "Note".
 */
class TranscriptConventionsTest {

    private static final DocumentParser PARSER = new DocumentParser();

    @Test
    void revTimesInParenthesesAreNoPartOfTheSpeakerOrTheClaim() {
        Analyses a = analyze("""
                Dana Park (00:01:12):
                Is the accelerator shortage over?

                Marcus Feld (00:01:20):
                Not really. Lead times for the newest accelerators will stay near nine months through next year.

                Dana Park (00:01:41):
                What about power?

                Marcus Feld (00:01:45):
                Power is the real constraint now. Data centers in Virginia wait three years for a grid connection.
                """);
        assertThat(a.speakerOf("Lead times for the newest accelerators")).isEqualTo("Marcus Feld");
        assertThat(a.speakerOf("wait three years")).isEqualTo("Marcus Feld");
        assertThat(a.speakerNamed("Marcus Feld").role()).isNull();
        assertClean(a);
    }

    @Test
    void aHearingRecordGivesEachTitledSurnameTheFullNameTheRecordIntroduces() {
        Analyses a = analyze("""
                HEARING ON GRID CAPACITY FOR DATA CENTERS

                Hon. Teresa Ambrose, chair of the subcommittee, presiding.
                Present: Senators Ambrose, Kowalczyk and Idris.

                Chair AMBROSE. The subcommittee will come to order. Utilities in three states have paused new data center connections.

                Our thanks to Senator Piotr Kowalczyk. I now recognize Ranking Member Kowalczyk.

                Senator KOWALCZYK. Thank you, Madam Chair. I worry that the grid will not be ready before 2030.

                Chair AMBROSE. Dr. Idris, you may begin.

                Dr. IDRIS. Thank you. Transmission lines take nine years to permit in most states.
                """);
        assertThat(a.speakerOf("paused new data center connections")).isEqualTo("Teresa Ambrose");
        assertThat(a.speakerOf("will not be ready before 2030")).isEqualTo("Piotr Kowalczyk");
        assertThat(a.speakerNamed("Teresa Ambrose").aliases()).contains("Chair AMBROSE");
        assertThat(a.speakerNames()).doesNotContain("Ambrose", "Kowalczyk", "Chair Ambrose");
        assertClean(a);
    }

    @Test
    void namesInCapitalsBecomeMixedCaseAndKeepTheirWrittenForm() {
        Analyses a = analyze("""
                >> DANA PARK: Good evening. Tonight, the race to build bigger data centers.
                >> HUGO LAMBERT: The largest campuses will need more than five gigawatts each by 2028.
                >> DANA PARK: Where does that power come from?
                >> HUGO LAMBERT: Mostly natural gas at first. Nuclear will not arrive before the next decade.
                >> MARIA DE LA CRUZ: Some of these campuses will never be filled.
                """);
        assertThat(a.speakerOf("five gigawatts")).isEqualTo("Hugo Lambert");
        assertThat(a.speakerNamed("Hugo Lambert").aliases()).contains("HUGO LAMBERT");
        assertThat(a.speakerOf("never be filled")).isEqualTo("Maria de la Cruz");
        assertClean(a);
    }

    @Test
    void aRoleInCapitalsStillNamesTheOrganisation() {
        Analyses a = analyze("""
                DANA PARK, CEO OF LATTICE LABS: Agents will run most customer support by 2027.

                HUGO LAMBERT, ANALYST AT NORTHCOTE: That seems early to me.

                DANA PARK, CEO OF LATTICE LABS: Our own numbers say otherwise.
                """);
        assertThat(a.speakerOf("customer support by 2027")).isEqualTo("Dana Park");
        assertThat(a.speakerNamed("Dana Park").affiliations()).contains("Lattice Labs");
        assertThat(a.speakerNamed("Hugo Lambert").affiliations()).contains("Northcote");
    }

    @Test
    void anUnnamedCaptionSpeakerIsNotThePreviousOne() {
        Analyses a = analyze("""
                >> DANA PARK: Good evening. Tonight, the race to build bigger data centers.
                >> HUGO LAMBERT: The largest campuses will need more than five gigawatts each by 2028.
                >> DANA PARK: Let's go to the phones.
                >> Hi, I think the whole thing is a bubble and it will burst next year.
                >> HUGO LAMBERT: Some of these campuses will never be filled.
                """);
        assertThat(a.doc().claims()).filteredOn(c -> c.text().contains("bubble"))
                .allSatisfy(c -> assertThat(c.speakerId()).isNull());
        assertThat(a.speakerOf("never be filled")).isEqualTo("Hugo Lambert");
        assertClean(a);
    }

    @Test
    void printInterviewQuestionsAndAnswersWithPeriods() {
        Analyses a = analyze("""
                Robots at scale

                In this interview, Ledger reporter Sam Whitaker spoke with Ines Varga, chief executive of Corvid Robotics.

                Q. How many robots will you ship this year?

                A. About two thousand. Next year we will ship ten times that many.

                Q. What holds you back?

                A. Actuators. The supply chain for precision motors is still thin.
                """);
        assertThat(a.speakerOf("ten times that many")).isEqualTo("Ines Varga");
        assertThat(a.speakerOf("precision motors")).isEqualTo("Ines Varga");
        assertClean(a);
    }

    @Test
    void aDashInPlaceOfTheColon() {
        Analyses a = analyze("""
                Dana Park — Welcome to the panel. Let's talk about chips.

                Keiko Tanaka — Thanks. Every hyperscaler now designs its own accelerator.

                Dana Park — Will the incumbents lose share?

                Keiko Tanaka — Inference is where the incumbents are most exposed.
                """);
        assertThat(a.speakerOf("Inference is where the incumbents")).isEqualTo("Keiko Tanaka");
        assertThat(a.speakerOf("designs its own accelerator")).isEqualTo("Keiko Tanaka");
        assertClean(a);
    }

    @Test
    void notesInsideATranscriptAreNobodysClaims() {
        Analyses a = analyze("""
                Transcript

                Note: audio dropped briefly at the start.

                10:32

                Dana Park: How fast is enterprise adoption moving?

                Sven Aalto: Half our customers now run agents in production.

                Update: the figure covers pilots as well.

                Sven Aalto: Compliance teams will slow banks down until 2027.
                """);
        assertThat(a.speakerOf("Half our customers")).isEqualTo("Sven Aalto");
        assertThat(a.speakerOf("slow banks down")).isEqualTo("Sven Aalto");
        assertClean(a);
    }

    @Test
    void anEarningsCallGivesEachRemarkToTheNameAboveItAndNoneToTheOperator() {
        Analyses a = analyze("""
                Corvane Networks Q2 2026 Earnings Call

                Operator

                Good morning, and welcome to the call. I will now turn the call over to Lukas Brenner.

                Lukas Brenner -- Chief Executive Officer

                Revenue from AI networking switches doubled from a year ago.

                Nadia Ferrante -- Chief Financial Officer

                We plan to spend about $300 million on new manufacturing capacity next year.

                Operator

                Our first question comes from Mei Tanaka with Harbor Street Capital.

                Mei Tanaka -- Harbor Street Capital -- Analyst

                Thanks. Is the switch shortage easing?

                Lukas Brenner -- Chief Executive Officer

                Not yet. Lead times for our fastest switches will stay above six months.
                """);
        assertThat(a.speakerOf("doubled from a year ago")).isEqualTo("Lukas Brenner");
        assertThat(a.speakerOf("$300 million")).isEqualTo("Nadia Ferrante");
        assertThat(a.speakerOf("stay above six months")).isEqualTo("Lukas Brenner");
        assertThat(a.speakerNamed("Mei Tanaka").affiliations()).contains("Harbor Street Capital");
        assertThat(a.speakerNames()).doesNotContain("Operator");
        assertThat(a.doc().claims()).noneMatch(c -> c.text().contains(" -- "));
        assertClean(a);
    }

    @Test
    void aMeetingChatSavedAfterTheCaptionsIsReadAsTurnsOfItsSenders() {
        Analyses a = analyze("""
                [Hana Weller] 10:00:05
                Welcome, everyone. Storage prices for flash memory rose sharply this quarter.

                [Oskar Brandt | Fjell Storage] 10:00:40
                They did, and I think flash will stay scarce until the new fabs in Japan open.

                [Hana Weller] 10:01:30
                Hard drives will be the cheaper medium for backups through 2028, in my view.

                Chat

                10:00:12 From Ines M. to Everyone:
                \tour storage bill fell by 30% in 2025 after we moved cold data to tape
                10:00:50 From Oskar Brandt | Fjell Storage to Everyone:
                \tReplying to "our team cut its storage bill..."
                \tTape costs about a fifth as much per terabyte as disk, even with the retrieval fees.
                10:01:02 From Hana Weller to Everyone:
                \tReacted to "Tape is cheaper than most..." with \uD83D\uDC4D
                10:01:10 From Ines Moreau to Everyone:
                \tsorry, this is Ines M. from Tallow Freight, my name was cut
                """);
        assertClean(a);
        // the display name cut to "Ines M." is the attendee whose full display name appears later
        assertThat(a.speakerOf("cold data to tape")).isEqualTo("Ines Moreau");
        assertThat(a.speakerNames()).doesNotContain("Ines M", "Ines M.");
        assertThat(a.speakerOf("per terabyte")).isEqualTo("Oskar Brandt");
        assertThat(a.speakerOf("stay scarce")).isEqualTo("Oskar Brandt");
        assertThat(a.doc().claims()).noneMatch(c -> c.text().contains("From ") || c.text().contains("Replying to")
                || c.text().contains("Reacted to"));
    }

    @Test
    void aTeachingAssistantLabelledWithASurnameInBracketsIsThePersonTheHeaderNames() {
        Analyses a = analyze("""
                Seminar: Energy and Computing. Lecturer: Dr. Ruth Amsel. Chat questions: Lena Ortiz, teaching assistant.

                >> DR. AMSEL: Data centres used about four percent of the grid's power in 2025 in this state.
                >> TA (ORTIZ): THERE IS A QUESTION ONLINE. I THINK NUCLEAR PLANTS WILL POWER MOST NEW CAMPUSES BY 2032.
                >> DR. AMSEL: Gas will power most of them before 2030, I expect.
                """);
        assertThat(a.speakerNames()).contains("Lena Ortiz").doesNotContain("Ta", "TA");
    }

    @Test
    void aChatExportsSenderShownByNumberOrByADecoratedFirstNameIsThePersonTheChatNames() {
        Analyses a = analyze("""
                03/02/2026, 18:41 - Ilse Varga added Rohan, Mika \uD83D\uDC19 and +31 6 1234 5678
                03/02/2026, 18:42 - Ilse Varga: welcome all. Rohan Iyer runs the platform team at Quayside, Mika Tanaka buys our GPUs, and Pieter Smit joins from Delft
                03/02/2026, 18:43 - +31 6 1234 5678: hi everyone, Pieter here, sorry for the unsaved number
                03/02/2026, 18:45 - +31 6 1234 5678: spot capacity vanishes every time a big open model ships
                03/02/2026, 18:46 - Mika \uD83D\uDC19: Reserved capacity costs about 40% more than spot, and we still buy it for training.
                03/02/2026, 18:47 - Rohan: Our inference bill fell by a third after we moved batch jobs to the night.
                """);
        assertThat(a.speakerOf("spot capacity vanishes")).isEqualTo("Pieter Smit");
        assertThat(a.speakerOf("Reserved capacity costs")).isEqualTo("Mika Tanaka");
        assertThat(a.speakerOf("Our inference bill fell")).isEqualTo("Rohan Iyer");
        assertThat(a.speakerNamed("Pieter Smit").aliases()).contains("+31 6 1234 5678");
        assertThat(a.speakerNames()).doesNotContain("+31 6 1234 5678");
        assertThat(a.doc().claims()).noneMatch(c -> c.text().contains("18:4") || c.text().contains("added"));
    }

    private static Analyses analyze(String text) {
        return new Analyses(Docs.analyzer().analyze(PARSER.parse(new RawDocument(text, null, null, null, null, null, null),
                Instant.EPOCH)));
    }

    /** No speaker named for a label word or a time; no claim that opens with a label or a time. */
    private static void assertClean(Analyses a) {
        AnalyzedDocument doc = a.doc();
        for (Speaker speaker : doc.speakers()) {
            assertThat(speaker.name().toLowerCase(Locale.ROOT)).isNotIn(List.of("q", "a", "note", "update", "transcript"));
            assertThat(speaker.name()).doesNotMatch(".*\\d.*");
        }
        for (Claim claim : doc.claims()) {
            assertThat(claim.text()).doesNotContainPattern("^\\s*(\\[|\\()?\\d{1,2}:\\d{2}")
                    .doesNotContainPattern("^(?:>>\\s*)?\\p{Lu}[\\p{L}. -]+\\s*(?:\\([^)]*\\))?\\s*[:\\u2014]\\s")
                    .doesNotContainPattern("^[QA]\\.\\s");
        }
    }
}
