package io.claimstream.analysis.topics;

import java.util.List;

/**
 * What a document as a whole is about ({@link TopicClassifier#theme}).
 *
 * @param topics    the topic its sentences come back to more than to any other, or none
 * @param pervasive whether most of the sentences that name any topic name this one: a report on the water a data
 *                  centre draws is about data centres even where a sentence speaks only of wells and winters, so each
 *                  of its claims carries the topic beside what it names, where a text that ranges over many topics
 *                  lends its most frequent one only to claims that name nothing
 */
public record DocumentTheme(List<String> topics, boolean pervasive) {

    public static final DocumentTheme NONE = new DocumentTheme(List.of(), false);

    public DocumentTheme {
        topics = List.copyOf(topics);
    }
}
