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

    /**
     * A term of one or more words, stemmed; {@code text} is the term as the taxonomy writes it.
     *
     * @param ambiguous a word of several senses ("memory"), which counts only where no longer term of another
     *                  topic holds it ("memory bandwidth" is hardware)
     * @param side      for a name of one side of a topic that is a contest between sides ("Chinese" for the rivalry of
     *                  China and the US), the side it names (its first name in the taxonomy); else {@code null}
     */
    public record Term(String text, List<String> stems, double weight, boolean ambiguous, String side) {

        public Term(String text, List<String> stems, double weight, boolean ambiguous) {
            this(text, stems, weight, ambiguous, null);
        }

        public Term(String text, List<String> stems, double weight) {
            this(text, stems, weight, false);
        }
    }
}
