package io.claimstream.analysis.claims;

import java.util.List;
import java.util.Set;

import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.analysis.text.Token;

/**
 * A sentence about a person that announces what the person said and then gives it after a colon:
 * {@code Ferro raised a worry from her warehouses: pickers trained on old layouts make more mistakes},
 * {@code She described the current pilot: the company runs two arms on night shifts}, {@code Lindqvist closed on a
 * cautious note: most startups will run out of money}. What follows the colon is the person's, as it would be after
 * "said that"; the lead-in only says how it was put.
 * <p>
 * What the colon opens must be a statement: a clause with a finite verb, not a list of nouns ("listed three things:
 * welding, painting and sorting"), not a question, and not what somebody was asked ("asked each guest for one number:
 * the share of jobs that …"), whose answer is still to come.
 */
final class ColonLeadIns {

    /** Words before the colon that put a question rather than give an answer. */
    private static final Set<String> ASKING_STEMS = Set.of("ask", "question", "wonder", "quiz", "press", "invite",
            "poll", "survey");

    /** The fewest words after the colon that make a statement rather than a label's value. */
    private static final int MIN_CONTENT_WORDS = 4;

    private ColonLeadIns() {
    }

    /** Whether the sentence's colon introduces a statement. */
    static boolean introducesStatement(String text, Sentence s) {
        if (s.isQuestion(text)) {
            return false;
        }
        List<Token> t = s.tokens();
        int colon = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).text().equals(":") || t.get(i).text().equals("：")) {
                colon = i;
                break;
            }
        }
        if (colon < 2 || colon + 1 >= t.size() || opensQuotation(t.get(colon + 1))) {
            return false; // a quotation after the colon is read as one; a name and a colon is a label
        }
        boolean predicate = false;
        for (int i = 0; i < colon; i++) {
            Token w = t.get(i);
            if (ASKING_STEMS.contains(w.stem()) || ASKING_STEMS.contains(w.lower().replaceAll("(ed|s|ing)$", ""))) {
                return false;
            }
            predicate |= w.isVerbal();
        }
        int words = 0;
        boolean finite = false;
        boolean relative = false;
        for (int i = colon + 1; i < t.size(); i++) {
            Token w = t.get(i);
            words += w.isWord() ? 1 : 0;
            if (RELATIVES.contains(w.lower()) && (!w.lower().equals("that") || i > colon + 1 && nominal(t.get(i - 1)))) {
                relative = true; // "the share of hours that agents will handle": the verb is the noun's, no statement's
            } else if (w.isVerbal() && relative) {
                while (i + 1 < t.size() && (t.get(i + 1).isVerbal() || t.get(i + 1).is("ADV"))) {
                    i++; // the rest of the relative clause's verb group
                }
                relative = false;
            } else {
                finite |= w.isVerbal() && !w.lower().endsWith("ing");
            }
        }
        // "gave a different answer: people": what an answer or a verdict is needs no verb of its own
        boolean viewNamed = ViewPhrases.isViewNoun(t.get(colon - 1).lower());
        return predicate && (viewNamed && words > 0 || finite && words >= MIN_CONTENT_WORDS);
    }

    /** Words that open a clause inside a noun phrase ("a plan that …", "beyond what is public"). */
    private static final Set<String> RELATIVES = Set.of("that", "which", "who", "whom", "whose", "what", "where", "when");

    private static boolean nominal(Token token) {
        return token.is("NOUN") || token.is("PROPN") || token.is("NUM") || token.is("PRON");
    }

    private static boolean opensQuotation(Token token) {
        return token.text().matches("[\"“「『'‘]");
    }
}
