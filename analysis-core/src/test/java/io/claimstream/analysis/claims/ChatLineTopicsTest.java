package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * A meeting tool writes each sentence of a turn on a line of its own, and a chat puts a person's next messages
 * under a new header with the same name: a short line that names no topic reads with the line before it from the
 * same person, and one that follows a question naming nothing reads with what the meeting was just talking about,
 * rather than with the tool's header.
 */
class ChatLineTopicsTest {

    private static final String MEETING = """
            Platform sync-20261110_100212-Meeting Recording
            November 10, 2026, 10:02AM
            14m 3s

            Mara Lind   0:04
            How are the new GPUs holding up?

            Okafor, Ben   0:09
            Fine. We pulled forty million forum pages into the training data this autumn.
            About a third of them came from sites that never answered our emails.

            Mara Lind   0:41
            Who approved that?

            Okafor, Ben   0:44
            The steering group did, in October, over my objection.
            """;

    @Test
    void aLineReadsWithTheLineBeforeItFromTheSameSpeaker() {
        Analyses a = meeting();
        assertThat(a.claimWith("About a third of them came from sites")).map(Claim::topics).get()
                .asList().contains("data");
    }

    @Test
    void anAnswerThatNamesNothingReadsWhatTheMeetingWasAbout() {
        Analyses a = meeting();
        assertThat(a.claimWith("The steering group did")).map(Claim::topics).get().asList().contains("data");
    }

    /** Parsed as the ingest service parses it, so the meeting tool's layout is read as turns. */
    private static Analyses meeting() {
        return new Analyses(Docs.analyzer().analyze(new DocumentParser().parse(
                new RawDocument(MEETING, "Platform sync", null, null, null, null, null),
                Instant.parse("2026-11-10T12:00:00Z"))));
    }
}
