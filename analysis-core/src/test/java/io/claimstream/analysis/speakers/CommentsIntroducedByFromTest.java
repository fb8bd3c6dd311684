package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * An annex of members' comments introduces each with "From NAME, role, org:": "From" is the preposition of the
 * line, no part of the commenter's name.
 */
class CommentsIntroducedByFromTest {

    @Test
    void fromBeforeACommentersNameIsNoPartOfIt() {
        Analyses a = Analyses.of("""
                Annex — comments from our members

                We asked members to comment on the draft rules. Three replies are printed below.

                From Ilse Marchetti, founder, Quill Harbor (a four-person company that builds legal search tools):

                "The proposed evaluation fee is larger than our whole compute budget. Small firms like ours will move abroad."
                """, "2026-11-20");
        assertThat(a.speakerOf("larger than our whole compute budget")).isEqualTo("Ilse Marchetti");
        assertThat(a.speakerNames()).doesNotContain("From Ilse Marchetti");
    }
}
