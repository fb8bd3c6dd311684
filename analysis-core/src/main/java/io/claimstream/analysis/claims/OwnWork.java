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

    /**
     * "We make two-armed robots for warehouses.", "My lab works on robot learning, and we also run a small test floor.":
     * what the speaker's outfit does, told in the present with "we" or "my/our" and a verb of a line of work. Digits, a
     * comparison, a count, a time, a deed in the past, a modal or a marked view ("We make the best robots in China.",
     * "We build agents, and banks will pay for them.", "We make chips, and this year we shipped forty thousand cards.")
     * make it a claim.
     */
    private static final java.util.regex.Pattern OUTFIT_AT_WORK = java.util.regex.Pattern.compile("(?i)^(and |so )?(we|(my|our)"
            + " (lab|group|team|company|firm|start-?up|fund|department|unit|office|studio|shop|center|centre))"
            + " (also |mainly |mostly |currently |basically |essentially )?(make|build|design|develop|work|run|focus"
            + "|study|studies|research|do|teach|provide|offer|serve|train|invest|sell)(s|es)?\\b[^;:\\d%$€£¥]*$");
    private static final java.util.regex.Pattern NOT_PLAIN = java.util.regex.Pattern.compile("(?i)\\b(think|believe|expect"
            + "|feel|hope|will|would|should|could|must|might|may|can|cannot|can['’]t|won['’]t|best|better|worse|worst|only"
            + "|most|more|less|than|leading|largest|biggest|first|because|but|though|although|if)\\b|['’]ll\\b|\\bthe [\\p{L}-]+est\\b"
            // a count or a date, or a deed in the past ("this year we shipped forty thousand cards"), is news of the outfit
            + "|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy"
            + "|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|third|quarter|percent|year|month|week"
            + "|today|now|already|again|since|ago|every)\\b(?! ?-)|(?<!-)(?<!- )\\b\\p{L}{3,}ed\\b");

    /** Whether the sentence tells only what the speaker's outfit does, as they say right after giving their name. */
    static boolean describesTheirOutfit(String said) {
        String s = said.strip().replaceAll("\\s+", " ");
        return OUTFIT_AT_WORK.matcher(s).matches() && !NOT_PLAIN.matcher(s).find();
    }

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
