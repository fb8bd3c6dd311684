package io.claimstream.analysis.claims;

import java.util.List;
import java.util.Set;

import io.claimstream.analysis.text.Token;

/**
 * What a speaker says of their own work right after a greeting: "I teach at Delft and run a group of about twenty
 * students.", "I cover chip makers from our Munich office, so I'm the outsider today." The only subject is the speaker,
 * the verbs are in the present and name what they do, not what they think or expect, so the sentence says who is
 * talking, whatever figure or length it has. "I run a lab, and we spend half our budget on chips" brings in another
 * subject and stays a claim, as do "I think …" and "I expect …".
 */
final class OwnWork {

    /** Verbs that report a view, a forecast or a saying, and modals: what follows them is a claim. */
    private static final Set<String> NOT_WORK = Set.of("think", "believe", "expect", "doubt", "feel", "suspect", "guess",
            "bet", "worry", "fear", "hope", "agree", "disagree", "predict", "know", "say", "mean", "want", "need", "see",
            "find", "argue", "reckon", "estimate", "assume", "suppose", "wish", "prefer", "recommend", "suggest", "would",
            "will", "can", "could", "should", "must", "might", "may", "do", "have", "'d", "’d", "'ll", "’ll");

    /** Other subjects: a sentence that brings one in says something beyond the speaker's job. */
    private static final Set<String> OTHER_SUBJECTS = Set.of("we", "they", "it", "he", "she", "you", "this", "these",
            "those", "there", "that", "which", "who", "everyone", "nobody", "people");

    /** Words that open a clause of another subject, whatever the tagger makes of them. */
    private static final Set<String> RELATIVES = Set.of("that", "which", "who");

    /** After "I am", what names a post or a place: "I'm the outsider", "I am from …", "I'm here with …". */
    private static final Set<String> POST_OR_PLACE = Set.of("a", "an", "the", "from", "at", "with", "in", "on", "here",
            "based", "one", "part", "responsible");

    private OwnWork() {
    }

    static boolean describes(List<Token> tokens) {
        // "I'm" comes as "I" and "'m": the contracted verb is a word here
        List<Token> words = tokens.stream().filter(t -> t.isWord() || t.text().startsWith("'") || t.text().startsWith("’"))
                .toList();
        int first = 0;
        while (first < words.size() && (words.get(first).lower().equals("and") || words.get(first).lower().equals("so"))) {
            first++;
        }
        if (first + 2 >= words.size() || !words.get(first).text().equals("I")) {
            return false;
        }
        for (int i = first; i < words.size(); i++) {
            Token w = words.get(i);
            boolean pronoun = w.tag().startsWith("PRON") || RELATIVES.contains(w.lower());
            if (pronoun && OTHER_SUBJECTS.contains(w.lower()) || NOT_WORK.contains(w.lower()) || NOT_WORK.contains(w.stem())) {
                return false;
            }
            if (w.text().equals("I") && i + 1 < words.size() && !ownWorkVerb(words, i + 1)) {
                return false;
            }
            // "I'm" as one word: a post or a place must follow
            if ((w.lower().equals("i'm") || w.lower().equals("i’m"))
                    && (i + 1 >= words.size() || !POST_OR_PLACE.contains(words.get(i + 1).lower()))) {
                return false;
            }
        }
        return true;
    }

    /** "teach", "run", "cover", "lead", or "am" / "'m" before a post or a place; in the present, as a job is told. */
    private static boolean ownWorkVerb(List<Token> words, int at) {
        Token verb = words.get(at);
        String v = verb.lower();
        if (v.equals("am") || v.equals("'m") || v.equals("’m")) {
            return at + 1 < words.size() && POST_OR_PLACE.contains(words.get(at + 1).lower());
        }
        return verb.is("VERB") && v.equals(verb.stem());
    }
}
