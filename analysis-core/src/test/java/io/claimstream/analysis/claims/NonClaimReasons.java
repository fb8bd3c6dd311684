package io.claimstream.analysis.claims;

import io.claimstream.analysis.speakers.Person;
import io.claimstream.analysis.speakers.PersonRegistry;

/**
 * Why one sentence, said by one person in a panel, is not a claim: the question the non-claim readers' tests ask of
 * sentences on their own, outside a document.
 */
final class NonClaimReasons {

    private final PersonRegistry people = new PersonRegistry();
    private final NonClaims nonClaims = new NonClaims(people);

    /** The reason the sentence is left out, or null when it is a claim. */
    String of(String sentence) {
        Person speaker = people.register("Ben Ortega", Person.Kind.PERSON);
        return nonClaims.reason(sentence, RoughTokens.of(sentence, word -> true), speaker);
    }
}
