package io.claimstream.analysis.claims;

import io.claimstream.analysis.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Tokens for the non-claim checks without the tagger: words and punctuation split as the tokenizer would, each word
 * tagged a verb when the test says so and a noun otherwise, enough for the length and shape checks.
 */
final class RoughTokens {

    private RoughTokens() {
    }

    static List<Token> of(String sentence, Predicate<String> isVerb) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : sentence.split("(?<=\\s)|(?=[,.?!])|(?<=[,.?!])")) {
            String word = w.strip();
            if (!word.isEmpty()) {
                String tag = word.matches("\\p{Punct}") ? "PUNCT" : isVerb.test(word) ? "VERB" : "NOUN";
                tokens.add(new Token(word, at, at + word.length(), tag, word.toLowerCase()));
            }
            at += w.length();
        }
        return tokens;
    }
}
