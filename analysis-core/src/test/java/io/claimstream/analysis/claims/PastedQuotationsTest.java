package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A quotation pasted into a turn, in a paragraph of its own, under the line that says whose it is: the quoted words are
 * the person's the line names (or points to, or the sentence before it names), and the line itself says nothing; what
 * the poster says around the quotation stays theirs.
 */
class PastedQuotationsTest {

    @Test
    void aQuotedParagraphUnderALineNamingItsSpeakerIsThatPersons() {
        Analyses a = Analyses.of("""
                Ines Moreau: for anyone who missed the keynote, this is from Pavel Kostic an hour ago:
                "Our new accelerator ships in March. It will cost half of what the last one did."
                Ines Moreau: I doubt the March date will hold.
                """);
        assertThat(a.speakerOf("Our new accelerator ships in March")).isEqualTo("Pavel Kostic");
        assertThat(a.speakerOf("cost half of what")).isEqualTo("Pavel Kostic");
        assertThat(a.speakerOf("I doubt the March date")).isEqualTo("Ines Moreau");
        assertThat(a.claimWith("this is from Pavel Kostic")).isEmpty();
    }

    @Test
    void aBlockQuoteUnderALinePointingBackToAPersonNamedBeforeIsThatPersons() {
        Analyses a = Analyses.of("""
                Ines Moreau: Pavel Kostic, the chief architect at Velmar, spoke on a panel this week. I wrote down his answer:
                > "The memory wall will matter more than the process node for the next five years."
                Ines Moreau: I think he is right about memory.
                """);
        assertThat(a.speakerOf("The memory wall will matter")).isEqualTo("Pavel Kostic");
        assertThat(a.speakerOf("I think he is right")).isEqualTo("Ines Moreau");
    }

    @Test
    void aPassageIntroducedAfterTheSentenceNamingWhoseInterviewItIsIsTheirsAndBothSentencesOnlyIntroduceIt() {
        Analyses a = Analyses.of("""
                Ines Moreau: Our chief architect Pavel Kostic discussed the roadmap in an interview last week. The relevant passage:
                "Memory bandwidth, not compute, will decide the next two generations of accelerators."
                Ines Moreau: We agree with him, and our own numbers show the same.
                """);
        assertThat(a.speakerOf("Memory bandwidth, not compute")).isEqualTo("Pavel Kostic");
        assertThat(a.claimWith("discussed the roadmap")).isEmpty();
        assertThat(a.claimWith("The relevant passage")).isEmpty();
    }
}
