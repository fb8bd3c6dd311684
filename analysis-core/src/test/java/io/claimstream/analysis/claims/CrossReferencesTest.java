package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.claimstream.analysis.speakers.Person;
import io.claimstream.analysis.speakers.PersonRegistry;
import io.claimstream.analysis.text.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A formal document pointing from a point already made to the part of itself that deals with it claims nothing; what
 * it decides is said there. A reply that answers before pointing on, and a decision with no pointer, stay claims.
 */
class CrossReferencesTest {

    private final PersonRegistry people = new PersonRegistry();
    private final NonClaims nonClaims = new NonClaims(people);

    private String reason(String sentence) {
        Person speaker = people.register("Appeals Panel", Person.Kind.ORGANIZATION);
        return nonClaims.reason(sentence, tokens(sentence), speaker);
    }

    private static List<Token> tokens(String sentence) {
        return RoughTokens.of(sentence, word -> word.matches("(?i)is|are|rejects|deals|answered|taken|has"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The Panel rejects this argument, for the reasons set out below.",
            "The Panel deals with these objections at paragraphs 18 to 20 below.",
            "Each concern is answered under the relevant heading below.",
            "The Panel has taken those submissions into account in its findings below."})
    void aPointerToWhereAPointIsDealtWithClaimsNothing(String sentence) {
        assertThat(reason(sentence)).isNotNull();
    }

    @org.junit.jupiter.api.Test
    void onlyThePointerGoesAnAnswerOrADecisionStays() {
        assertThat(reason("The Panel addresses this objection at paragraph 9 above.")).isNotNull();
        assertThat(reason("No, with one exception set out below.")).isNull();
        assertThat(reason("The Panel rejects the appeal.")).isNull();
        assertThat(reason("Tariffs on these points will fall below ten percent.")).isNull();
    }
}
