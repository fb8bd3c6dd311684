package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * Capitalised words a reader would never list as a document's speakers: a pronoun run together with its verb
 * ("You've said …"), the note on how a transcript was made, and a common noun of the field written in capitals ("AI will …", "GPUs are …").
 */
class WordsThatAreNoSpeakersTest {

    @Test
    void aContractedPronounIsNobodysName() {
        Analyses a = Analyses.of("""
                PV: Thanks for coming in.

                NO: Glad to be here.

                PV: You've argued that storage will be cheaper than memory by 2028. Do you still think so?

                NO: I do. Memory makers are sold out for two years.
                """);
        assertThat(a.speakerNames()).doesNotContain("You've");
        assertThat(NameRuns.isNamePart(new io.claimstream.analysis.text.Token("They're", 0, 7, "PRON", "they're"))).isFalse();
    }

    @Test
    void theFieldsCommonNounInCapitalsIsNoOrganisation() {
        Analyses a = Analyses.of("""
                AI will double the demand for power engineers by 2029, says Tallow Grid chief

                Nadia Okafor, chief executive of Tallow Grid, said on Tuesday that utilities will hire more \
                engineers than they did in the last decade. "The grid is the bottleneck," Okafor said.
                """);
        assertThat(a.speakerNames()).doesNotContain("AI");
    }

    @Test
    void theTranscriptionNoteOfAStudysHeaderIsNobody() {
        Analyses a = Analyses.of("""
                Transcription: verbatim; pauses and laughter marked.

                Interviewer: How many of your engineers use a coding agent every day?

                Participant: About two thirds. The rest will follow once the agents read our older code.

                Interviewer: And the reviews?

                Participant: Reviews take longer now, because the changes are bigger.
                """);
        assertThat(a.speakerNames()).doesNotContain("Transcription");
    }
}
