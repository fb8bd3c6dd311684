package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.contracts.Claim;
import org.junit.jupiter.api.Test;

/** A committee's minutes: members recorded by their initials, what each reported, and the record's own fields. */
class MeetingMinutesTest {

    private static final String MINUTES = """
            Members present:
              Dana Okafor (DO), Tessaray — Chair
              Rui Lima (RL), Vantor Networks
              Mette Vang (MV), Nordfjell Compute

            RL reported that the pooled-memory pilots had cut the node count by a fifth. He said the saving was smaller \
            than vendors claim.

            DO, speaking as a member and not as Chair, said she disagreed with that reading: the saving came from idle \
            accelerators.

            MV supported the proposal but cautioned that traces from one lab would make the benchmark a lab benchmark.

            RL disagreed: cloud customers were already asking for pooled memory, and they are the ones who buy.

            Vote: 2 in favour, 1 against (MV). Carried.

            Action item 7-2 (RL, MV): draft the pooling profile for the next meeting.

            Minutes: D. Okafor, Chair.
            """;

    @Test
    void eachMembersWordsAreTheirsAndTheRecordsFieldsAreNobodys() {
        Analyses a = Analyses.of(MINUTES);
        assertThat(a.speakerOf("saving was smaller than vendors claim")).isEqualTo("Rui Lima");
        assertThat(a.speakerOf("she disagreed with that reading")).isEqualTo("Dana Okafor");
        assertThat(a.speakerOf("traces from one lab")).isEqualTo("Mette Vang");
        assertThat(a.speakerOf("cloud customers were already asking")).isEqualTo("Rui Lima");
        assertThat(a.speakerNames()).doesNotContain("Vote", "Minutes", "Action");
        assertThat(a.doc().claims()).extracting(Claim::text)
                .noneMatch(t -> t.contains("in favour") || t.contains("Action item") || t.contains("Carried"));
    }
}
