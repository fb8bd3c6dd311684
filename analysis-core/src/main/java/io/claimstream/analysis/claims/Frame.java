package io.claimstream.analysis.claims;

import io.claimstream.analysis.speakers.Person;
import io.claimstream.contracts.Span;

/**
 * How a sentence attributes what it says: to whom, by which words, and where the attributed
 * content is.
 *
 * @param speaker who holds the content; null when the subject is generic ("analysts said")
 * @param topicOnly the verb only says what was talked about ("discussed"); no content of its own
 * @param content the attributed words, without the frame ("Luo said that")
 * @param subjectRole words describing the subject in an appositive ("head of Xiaomi's team"), or null
 * @param unnamedSource the subject is one particular person the text does not name ("An official at the
 *                      agency, who spoke on condition of anonymity, said"): a claim without a speaker,
 *                      unlike a generic subject, whose views are nobody's in particular
 */
public record Frame(Person speaker, boolean topicOnly, Span content, String subjectRole, boolean unnamedSource) {

    public Frame(Person speaker, boolean topicOnly, Span content, String subjectRole) {
        this(speaker, topicOnly, content, subjectRole, false);
    }
}
