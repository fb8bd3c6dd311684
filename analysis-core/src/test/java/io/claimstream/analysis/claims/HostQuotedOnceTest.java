package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A summary of one talk quotes the event's host once at the end, by role first and then by a name with a title
 * written before it ("The summit's chair, Lisbon University professor …, said …"), and goes on with "He added": both
 * are the host's, not the talk's speaker's nor the account that wrote the summary up.
 */
class HostQuotedOnceTest {

    @Test
    void aNameWithItsTitleInAppositionAfterARoleIsWhoSpeaks() {
        Analyses a = Analyses.of("""
                Original · Pine Ledger · 2026-04-02

                **Editor's note:** On April 1, at the Tagus Robotics Summit in Lisbon, Marta Quental, founder of Ribeira Motion, gave a talk about warehouse robots.

                **1. Robots need boring jobs**

                Quental said that warehouse robots will pay for themselves within two years. In her view, the best robot is the one nobody notices.

                The summit's chair, Lisbon University professor Tiago Brandao, said in his closing remarks that 「the field is moving from papers to products, and this talk showed it」. He added that schools need to teach design alongside maths if they want their students to find work.

                *This article is compiled by Pine Ledger from the talk.*
                """);
        assertThat(a.speakerOf("the field is moving from papers to products")).isEqualTo("Tiago Brandao");
        assertThat(a.speakerOf("schools need to teach design")).isEqualTo("Tiago Brandao");
        assertThat(a.speakerOf("pay for themselves within two years")).isEqualTo("Marta Quental");
    }

    @Test
    void aLecturersTitleIsATitleToo() {
        Analyses a = Analyses.of("""
                Marta Quental, founder of Ribeira Motion, spoke first. Quental said that warehouse robots will pay for themselves within two years.

                The fund's chair, Porto University lecturer Rui Lobo, said that robot makers should publish their failure rates.
                """);
        assertThat(a.speakerOf("publish their failure rates")).isEqualTo("Rui Lobo");
    }
}
