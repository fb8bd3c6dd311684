package io.claimstream.analysis.claims;

import java.util.List;

import io.claimstream.analysis.sentences.Block;
import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.analysis.speakers.MentionResolver;
import io.claimstream.analysis.speakers.NameRun;
import io.claimstream.analysis.speakers.Person;
import io.claimstream.analysis.text.Token;

/**
 * A quotation pasted into a turn under the line that says whose it is: a chat message "this is from Ana Ruiz on the
 * launch stream:" over the quoted paragraph, an answer's "I wrote down her answer:" over a block quote, "The relevant
 * passage:" after the sentence naming whose interview it is. The quoted paragraph is the words of the person the
 * introduction names, or points to with a pronoun, or the sentence before it names; not the poster's, who only passes
 * them on, and the introduction itself says nothing.
 */
final class PastedQuotations {

    private static final String OPENING_MARKS = "\"“";
    private static final String CLOSING_MARKS = "\"”";

    private final MentionResolver resolver;

    PastedQuotations(MentionResolver resolver) {
        this.resolver = resolver;
    }

    /** Whether the sentence closes its paragraph on a colon, as a line introducing what is pasted below it does. */
    static boolean introduces(String text, Sentence s) {
        return s.last() && s.text(text).strip().endsWith(":");
    }

    /**
     * Whether the paragraph is a quotation and nothing else: it opens with a quotation mark and closes with one, or it
     * is set off as a block quote by "&gt;".
     */
    static boolean isWhollyQuoted(String text, Block block) {
        String b = block.span().of(text).strip();
        return b.startsWith(">") || b.length() > 2 && OPENING_MARKS.indexOf(b.charAt(0)) >= 0
                && CLOSING_MARKS.indexOf(b.charAt(b.length() - 1)) >= 0;
    }

    /**
     * Whose words the introduction {@code s} announces: the last person it names, else the one its "he", "she", "her"
     * or "his" stands for, else the last person the sentence before it in the paragraph names ("Ana Ruiz was asked
     * about it on a podcast. I wrote down her answer:"); never the speaker, and null when it points at nobody else.
     */
    Person introducer(String text, Sentence s, Sentence before, Person speaker) {
        Person named = lastPersonNamed(text, s.tokens(), speaker);
        if (named != null) {
            return named;
        }
        return pronounOrNamedBefore(text, s, before, speaker);
    }

    /**
     * Whether the introduction names nobody and the sentence before it in the paragraph names whose words follow
     * ("Our chief executive Ana Ruiz discussed it in an interview last week. The relevant passage:"): then that
     * sentence introduces the quotation too, and says nothing of its own either.
     */
    boolean introducedBefore(String text, Sentence s, Sentence before, Person speaker, Person introducer) {
        return before != null && lastPersonNamed(text, s.tokens(), speaker) == null && !pointsByPronoun(s)
                && before.block().index() == s.block().index() && lastPersonNamed(text, before.tokens(), speaker) == introducer;
    }

    private static boolean pointsByPronoun(Sentence s) {
        return s.tokens().stream().map(Token::lower).anyMatch(PRONOUNS::contains);
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "her", "his");

    private Person pronounOrNamedBefore(String text, Sentence s, Sentence before, Person speaker) {
        List<Token> t = s.tokens();
        for (int k = 0; k < t.size(); k++) {
            String w = t.get(k).lower();
            if (PRONOUNS.contains(w)) {
                resolver.readNamesBefore(text, t, k);
                Person p = resolver.pronoun(w);
                if (p != null && p != speaker && p.isPerson()) {
                    return p;
                }
                break;
            }
        }
        return before == null || before.block().index() != s.block().index() ? null : lastPersonNamed(text, before.tokens(), speaker);
    }

    private Person lastPersonNamed(String text, List<Token> tokens, Person speaker) {
        Person named = null;
        for (NameRun run : resolver.names(text, tokens)) {
            Person p = resolver.name(run.text(), false);
            if (p != null && p != speaker && p.isPerson()) {
                named = p;
            }
        }
        return named;
    }
}
