package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A presenter telling how the piece was reported (whom they asked about what, whose figures they carried to whom, the
 * access they were given), a sentence trailing off before its main clause, and the housekeeping of an investor
 * fireside (a colleague brought in, the rest left to him, the guidance kept, the disclosures pointed to, the
 * transcriber's disclaimer): none of it is a claim. The sentences after each are.
 */
class ReportingAndCallHousekeepingTest {

    private final NonClaimReasons reasons = new NonClaimReasons();

    @ParameterizedTest
    @ValueSource(strings = {
            "Before we drove back to Leeds, I asked them both about the gas contracts.",
            "I asked the plant manager about night shifts.",
            "I told her what Professor Adebayo had said, that the furnace would last a decade.",
            "Back at the quarry, I put his figures to Ines.",
            "The engineer who built the kiln agreed to show us around.",
            "Its owner, Marta Lind, does not usually talk to foreign journalists.",
            "When you say \u201Cnext winter\u201D...",
            "If the mill closes\u2026",
            "Let me bring Ines in on the pricing.",
            "I'll leave the rest to her.",
            "If I can add one thing to Tamsin's point.",
            "And I'll stick to the guidance we gave in March.",
            "Before we begin, I need to point you to the disclosures at the end of this report regarding our ratings.",
            "This transcript may not be 100 percent accurate and may contain errors.",
            "This transcript is provided \"as is\", without warranties of any kind.",
            "It's a fair question, and we get it from our lenders too.",
    })
    void isNoClaim(String sentence) {
        assertThat(reasons.of(sentence)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I asked the bank for a loan and it said no.",
            "Our kilns lose a tenth of their heat every night.",
            "Engineers never talk about the maintenance budget.",
            "When the furnace runs at night, gas costs us twice as much.",
            "We will raise prices in the spring.",
            "Our guidance for next year is revenue growth of 12%.",
            "The transcript of the hearing shows the minister knew in March.",
    })
    void isStillAClaim(String sentence) {
        assertThat(reasons.of(sentence)).isNull();
    }
}
