package io.claimstream.analysis.topics;

import java.util.List;

import io.claimstream.analysis.text.Nlp;
import io.claimstream.analysis.text.NlpModels;
import io.claimstream.analysis.text.Token;
import io.claimstream.contracts.Span;

/** A sentence of the topic tests' own, tokenized and tagged as the analysis does it; the models load once. */
final class TopicTokens {

    private static final Nlp NLP = new Nlp(NlpModels.load());

    private TopicTokens() {
    }

    static List<Token> of(String text) {
        return NLP.tokens(text, new Span(0, text.length()));
    }
}
