package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;

/**
 * A fireside chat whose turns go under "Host:", "Guest:" and "Moderator:", parsed as submitted: each role is the
 * person the text says holds it, one speaker with the role label as an alias, and the moderator is a speaker of their
 * own, not the host. The text is written for this test.
 */
class RoleLabelledTranscriptTest {

    private static final String TEXT = """
            Inference after the subsidies

            The closing session paired Marta Keane, host of the podcast Low Latency, with our guest, Tobias Wren, founder of the \
            chip start-up Corrib Silicon. Questions from the hall were taken by the conference moderator Ines Duarte.

            Host: Welcome back to the main stage. Tobias, will inference get cheaper?

            Guest: It will. I expect the price of a served token to fall by half within a year, mostly because \
            smaller models are good enough now.

            Host: I think the big labs will resist that, because their margins depend on large models.

            Guest: They will try, but enterprises will not pay for capability they do not use.

            Moderator: We have time for one question from the floor. I believe open models will set prices by 2027.

            Guest: I agree with that entirely.
            """;

    private static Analyses analysed() {
        return new Analyses(Docs.analyzer().analyze(new DocumentParser().parse(
                new RawDocument(TEXT, null, null, null, null, null, null), Instant.EPOCH)));
    }

    @Test
    void eachRoleLabelIsThePersonTheTextGivesThatRole() {
        Analyses a = analysed();
        assertThat(a.speakerOf("fall by half within a year")).isEqualTo("Tobias Wren");
        assertThat(a.speakerOf("big labs will resist")).isEqualTo("Marta Keane");
        assertThat(a.speakerOf("open models will set prices")).isEqualTo("Ines Duarte");
        assertThat(a.speakerNames()).contains("Marta Keane", "Tobias Wren", "Ines Duarte")
                .doesNotContain("Host", "Guest", "Moderator");
        assertThat(a.speakerNamed("Ines Duarte").aliases()).contains("Moderator");
        assertThat(a.speakerNamed("Marta Keane").aliases()).contains("Host");
        assertThat(a.speakerNamed("Tobias Wren").aliases()).contains("Guest");
    }
}
