package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * A summary's numbered headings capitalise every word ("2. Talent: Hire Builders, Then Teach Theory"), so two
 * capitalised words in one are no full name: a sentence below opening on one of them ("Theory can be taught …") names
 * nobody, and the claims around it stay with the person the summary is about.
 */
class TitleCasedHeadingsTest {

    @Test
    void aTitleCasedHeadingNamesNobody() {
        Analyses a = new Analyses(Docs.analyzer().analyze(new DocumentParser().parse(new RawDocument("""
                Key Points
                Mara Velde, head of research at Quillon, talked for an hour on a radio show in May 2026.
                Core Views
                1. Data Beats Size
                Velde believes better data matters more than bigger models for most customers.
                2. Talent: Hire Builders, Then Teach Theory
                On hiring, Velde said Quillon now prefers engineers who have built products.
                Theory can be taught in a semester; judgement about what fails in production takes years. Most of the lab's staff came from startups rather than from universities.
                """, null, null, null, null, null, null), Instant.EPOCH)));
        assertThat(a.speakerNames()).containsExactly("Mara Velde");
        assertThat(a.speakerOf("came from startups")).isEqualTo("Mara Velde");
    }
}
