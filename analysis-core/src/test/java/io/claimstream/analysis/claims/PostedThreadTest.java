package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.contracts.Claim;
import org.junit.jupiter.api.Test;

/**
 * The numbered posts of a thread the text says somebody posted ("Orlov posted a thread on X:") are
 * that person's, not the byline author's: the posts' "I" is the poster's, so it does not make the
 * recap a first-person piece either.
 */
class PostedThreadTest {

    private static final String RECAP = """
            # Recap: an hour with the Quillsoft founder

            *By Lena Moor · March 3, 2026*

            Pavel Orlov, founder of the compiler startup Quillsoft, answered readers' questions for an hour on Tuesday.

            Later that night, Orlov posted a short thread on X:

            1/ Thanks for all the questions today.

            2/ Our compiler will support GPUs by June, a quarter earlier than I had planned.

            3/ I still think most teams overpay for cloud builds by a factor of two.

            Quillsoft did not respond to a request for comment.
            """;

    @Test
    void thePostsAreThePostersOwn() {
        Analyses a = Analyses.of(RECAP);
        assertThat(a.speakerOf("Our compiler will support GPUs")).isEqualTo("Pavel Orlov");
        assertThat(a.speakerOf("most teams overpay for cloud builds")).isEqualTo("Pavel Orlov");
    }

    @Test
    void theRecapsAuthorHoldsNoClaim() {
        Analyses a = Analyses.of(RECAP);
        assertThat(a.doc().claims()).extracting(Claim::speakerId)
                .noneMatch(id -> id != null && a.speaker(id).name().equals("Lena Moor"));
    }
}
