package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/** What the asking side of an interview says around its questions. */
class InterviewerTurnsTest {

    private static final DocumentParser PARSER = new DocumentParser();

    /**
     * "Last week you raised $2 billion. What will you do with it?": what the host tells the guest about the
     * guest before asking is the question's premise, after an opening phrase too; the host's marked view and
     * advice stay the host's claims.
     */
    @Test
    void aLeadInAboutTheGuestBeforeAQuestionIsNoClaimOfTheHost() {
        Analyses a = analyze("""
                Irene Vos: Last week you raised $2 billion. What will you do with it?

                Pavel Ruiz: Most of it goes to compute, because rented GPUs cost us twice as much.

                Irene Vos: In 2024, your company nearly ran out of cash. How close was it?

                Pavel Ruiz: We had four months of runway left.

                Irene Vos: I think you are underpricing your API. Why not charge more?

                Pavel Ruiz: Cheap access wins developers, and developers bring the enterprise deals.

                Irene Vos: Your rivals should worry about that. Who is next?
                """);
        assertThat(a.claimWith("you raised $2 billion")).isEmpty();
        assertThat(a.claimWith("nearly ran out of cash")).isEmpty();
        assertThat(a.speakerOf("underpricing your API")).isEqualTo("Irene Vos");
        assertThat(a.speakerOf("Your rivals should worry")).isEqualTo("Irene Vos");
        assertThat(a.speakerOf("rented GPUs cost us")).isEqualTo("Pavel Ruiz");
        assertThat(a.speakerOf("four months of runway")).isEqualTo("Pavel Ruiz");
    }

    /**
     * A publication asking under its own name ("PostLedger:", "Bloomberg:") is no person: its questions are no
     * claims, a view it states is the publication's, and the answers are the interviewee's.
     */
    @Test
    void aPublicationAsInterviewerIsNoPerson() {
        Analyses a = analyze("""
                Why Corvid stopped selling chatbots

                Marta Ruiz founded Corvid Labs in 2021 and runs it from Oslo.

                PostLedger: Why did you stop selling chatbots?

                Marta Ruiz: Agents are where the money is. Chatbots became a commodity within a year.

                PostLedger: Last month you opened an office in Austin. Why there?

                Marta Ruiz: Half of our enterprise customers are in Texas.

                PostLedger: In our view the agent market is overheated. Do you agree?

                Marta Ruiz: No. Enterprises have barely started buying agents.
                """);
        assertThat(a.speakerNamed("PostLedger").kind()).isEqualTo("organization");
        assertThat(a.claimWith("opened an office")).isEmpty();
        assertThat(a.speakerOf("agent market is overheated")).isEqualTo("PostLedger");
        assertThat(a.speakerOf("Agents are where the money is")).isEqualTo("Marta Ruiz");
        assertThat(a.speakerOf("enterprise customers are in Texas")).isEqualTo("Marta Ruiz");

        Analyses known = analyze("""
                Bloomberg: How big is the new cluster?

                Ruiz: Forty thousand accelerators, all in one building.

                Bloomberg: And who pays for it?

                Ruiz: Our customers do, through three-year contracts.
                """);
        assertThat(known.doc().speakers()).noneMatch(s -> s.name().equals("Bloomberg") && s.kind().equals("person"));
        assertThat(known.speakerOf("three-year contracts")).isEqualTo("Ruiz");
    }

    /** A publication whose name opens with a number ("8Ledger:") asks under it as well. */
    @Test
    void aPublicationNamedWithANumberIsNoPersonEither() {
        Analyses a = analyze("""
                8Ledger: Why did you leave the lab?

                Mira Holt: Research labs cannot ship products fast enough.

                8Ledger: And the next model?

                Mira Holt: Our next model will run on a laptop.
                """);
        assertThat(a.doc().speakers()).noneMatch(s -> s.name().equals("8Ledger") && s.kind().equals("person"));
        assertThat(a.speakerOf("cannot ship products")).isEqualTo("Mira Holt");
        assertThat(a.speakerOf("run on a laptop")).isEqualTo("Mira Holt");
    }

    /** A person's run-together surname asking questions ("McKay:") stays a person. */
    @Test
    void aPersonsSurnameLabelStaysAPerson() {
        Analyses a = analyze("""
                McKay: How big is the new cluster?

                Ruiz: Forty thousand accelerators, all in one building.

                McKay: Who pays for it? Our readers want to know.

                Ruiz: Our customers do, through three-year contracts.
                """);
        assertThat(a.doc().speakers()).anyMatch(s -> s.name().equals("McKay") && s.kind().equals("person"));
    }

    private static Analyses analyze(String text) {
        return new Analyses(Docs.analyzer().analyze(PARSER.parse(new RawDocument(text, null, null, null, null, null, null),
                Instant.EPOCH)));
    }
}
