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
 * A debate in a parliamentary record: peers named by their titles, which stay part of their names, and the courtesies
 * every contribution is wrapped in (the chair addressed, interests declared, the last speaker followed and thanked,
 * points counted out, the minister's note of who raised what), none of which is a claim.
 */
class ParliamentaryDebateTest {

    private static final String DEBATE = """
            Lord Ashgrove (Lab)
            Copy link to this contribution
            My Lords, I declare my interests as a director of a water company, as set out in the register. I shall make two points. My first point is about leaks. A third of the water we treat is lost before it reaches a tap.

            The Countess of Dunmere (Con)
            Copy link to this contribution
            My Lords, it is a pleasure to follow the noble Lord, whose knowledge of pipes exceeds mine. I agree with much of what the noble Lord, Lord Ashgrove, said. Metering every home would cut demand by a tenth.

            Lord Mehta of Rivenhall (LD)
            Copy link to this contribution
            My Lords, I am grateful to the noble Lord for securing this debate. I have two questions for the Minister. Reservoirs have not been built in the south for thirty years.

            The Minister of State, Department for Rural Affairs (Baroness Kerridge) (Lab)
            Copy link to this contribution
            My Lords, I thank the noble Lord, Lord Ashgrove, for the debate and all noble Lords for their contributions, which were as well informed as ever. The noble Earl raised an important point. Two new reservoirs will open by 2029. I will write to the noble Lord, Lord Mehta, with the sites. I hope the noble Countess will reflect on that.
            """;

    @Test
    void peersAreNamedWithTheirTitles() {
        Analyses a = parsed(DEBATE);
        assertThat(a.speakerOf("A third of the water")).isEqualTo("Lord Ashgrove");
        assertThat(a.speakerOf("Metering every home")).isEqualTo("Countess of Dunmere");
        assertThat(a.speakerOf("Reservoirs have not been built")).isEqualTo("Lord Mehta of Rivenhall");
        assertThat(a.speakerOf("Two new reservoirs")).isEqualTo("Baroness Kerridge");
        // "the noble Earl", "the noble Lord": how members are called in the chamber, never a speaker or a company
        assertThat(a.speakerNames()).doesNotContain("Earl", "Lord", "Ashgrove", "Kerridge");
    }

    @Test
    void theCourtesiesOfTheChamberAreNoClaims() {
        Analyses a = parsed(DEBATE);
        assertThat(a.doc().claims()).extracting(Claim::text).containsExactly(
                "A third of the water we treat is lost before it reaches a tap.",
                "Metering every home would cut demand by a tenth.",
                "Reservoirs have not been built in the south for thirty years.",
                "Two new reservoirs will open by 2029.");
    }

    /** The record read by the parser, whose labels stand on lines of their own. */
    private static Analyses parsed(String text) {
        return new Analyses(Docs.analyzer().analyze(new DocumentParser().parse(
                new RawDocument(text, null, null, null, null, null, null), Instant.parse("2026-11-01T00:00:00Z"))));
    }
}
