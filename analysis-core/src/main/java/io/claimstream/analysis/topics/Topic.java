package io.claimstream.analysis.topics;

import java.util.List;

/**
 * A topic of the taxonomy: a stable id, a description and the terms that signal it, each term
 * as stems with a weight.
 */
public record Topic(String id, String description, List<Term> terms) {

    /** A term of one or more words, stemmed. */
    public record Term(List<String> stems, double weight) {
    }
}
