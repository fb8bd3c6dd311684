package io.claimstream.analysis.claims;

import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.analysis.speakers.Person;
import io.claimstream.contracts.Span;

/**
 * A sentence that may become a claim, with who holds it.
 *
 * @param span what the claim will point at (a sentence, or part of one)
 * @param content the asserted words without the attribution frame, for typing and topics
 * @param explicit whether a label or a verb of saying names the speaker (else it is inferred)
 */
public record Candidate(Sentence sentence, Span span, Span content, Person speaker, boolean explicit) {

    public Candidate withSpeaker(Person other, boolean isExplicit) {
        return new Candidate(sentence, span, content, other, isExplicit);
    }
}
