package io.claimstream.analysis.topics;

import java.util.List;

/**
 * A topic of the taxonomy: a stable id, a description, the terms that signal it (each as stems
 * with a weight, and as written, for the semantic prototype) and optional example sentences that
 * only shape the prototype.
 */
public record Topic(String id, String description, List<Term> terms, List<String> examples) {

    public Topic {
        terms = List.copyOf(terms);
        examples = List.copyOf(examples);
    }

    /** A term of one or more words, stemmed; {@code text} is the term as the taxonomy writes it. */
    public record Term(String text, List<String> stems, double weight) {
    }
}
