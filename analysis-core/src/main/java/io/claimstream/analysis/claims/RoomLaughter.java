package io.claimstream.analysis.claims;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.analysis.text.Token;

/**
 * The room's laughter, as a transcript notes it right after a remark ("(laughs)", "(Laughter)"), marks the remark as a
 * joke. When its subject is the speaker or the one addressed ("I was promised a sofa.", "You have done your
 * homework.") and it gives no figure and no view of the speaker's ("I think …", "I expect …"), it is banter about the
 * people in the room, not a claim about the world. A laughed-at remark about anything else ("The chip company pays,
 * eventually.") and an answer in a round of odds stay claims.
 */
final class RoomLaughter {

    /** The note of laughter, after the sentence or closing it. */
    private static final Pattern LAUGHTER = Pattern.compile("(?i)[(\\[](?:(?:audience|the audience|crowd|the room|room"
            + "|all|everyone) )?(laughs?|laughter|laughing|chuckles?)[)\\]]");

    /** The speaker or the one addressed, as the remark's first word. */
    private static final Set<String> PEOPLE_IN_THE_ROOM = Set.of("i", "i'm", "i’m", "i'll", "i’ll", "i've", "i’ve", "i'd",
            "i’d", "you", "you're", "you’re", "you've", "you’ve", "you'll", "you’ll");

    /** Words that may come before that subject: "And I …", "Well, you …". */
    private static final Set<String> OPENERS = Set.of("and", "so", "well", "oh", "then", "but", "ok", "okay", "look");

    /** A view the speaker marks as theirs after "I": what follows is their claim, laughed at or not. */
    private static final Set<String> VIEW_VERBS = Set.of("think", "believe", "expect", "predict", "suspect", "doubt",
            "bet", "reckon", "guess", "estimate", "forecast");

    private RoomLaughter() {
    }

    /** Whether the transcript notes laughter right after the sentence, on its line. */
    static boolean laughedAt(String text, Sentence s) {
        String own = s.text(text).strip();
        if (LAUGHTER.matcher(own).find() && LAUGHTER.matcher(own).results().anyMatch(m -> m.end() == own.length())) {
            return true;
        }
        int at = s.span().end();
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        return LAUGHTER.matcher(text).region(at, text.length()).lookingAt();
    }

    /**
     * Whether the sentence opens a turn that the one before called with the speaker's name alone ("Yao." "I'll say
     * the same as the professor … (Laughter)"): the host going down the row for answers to a question already put, so
     * what the speaker says there is their answer, however the room takes it.
     */
    static boolean answersWhenCalled(String text, List<Sentence> sentences, Sentence s) {
        int i = s.index();
        if (i < 2 || !s.block().inTurn()) {
            return false;
        }
        Sentence call = sentences.get(i - 1);
        Sentence beforeCall = sentences.get(i - 2);
        if (!call.block().inTurn() || call.block().turn() == s.block().turn() || beforeCall.block().turn() == call.block().turn()) {
            return false;
        }
        List<Token> words = call.tokens().stream().filter(Token::isWord).toList();
        return !words.isEmpty() && words.size() <= 3 && words.stream().allMatch(Token::isCapitalized);
    }

    /** Whether the remark's subject is the speaker or the one addressed, with no figure and no marked view. */
    static boolean aboutThePeopleInTheRoom(List<Token> tokens) {
        List<Token> words = tokens.stream().filter(t -> t.isWord() || t.text().startsWith("'") || t.text().startsWith("’"))
                .toList();
        int first = 0;
        while (first < words.size() && OPENERS.contains(words.get(first).lower())) {
            first++;
        }
        if (first >= words.size() || !PEOPLE_IN_THE_ROOM.contains(words.get(first).lower())) {
            return false;
        }
        for (int i = first; i < words.size(); i++) {
            Token w = words.get(i);
            if (w.is("NUM") || Character.isDigit(w.text().charAt(0))) {
                return false;
            }
            if (w.text().equals("I") && i + 1 < words.size() && VIEW_VERBS.contains(words.get(i + 1).lower())) {
                return false;
            }
        }
        return true;
    }
}
