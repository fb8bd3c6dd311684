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
 */
public record Frame(Person speaker, boolean topicOnly, Span content, String subjectRole) {
}
