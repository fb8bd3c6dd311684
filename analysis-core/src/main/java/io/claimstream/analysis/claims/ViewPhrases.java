package io.claimstream.analysis.claims;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.analysis.speakers.MentionResolver;
import io.claimstream.analysis.speakers.NameRun;
import io.claimstream.analysis.speakers.NameRuns;
import io.claimstream.analysis.speakers.Person;
import io.claimstream.analysis.speakers.Pronouns;
import io.claimstream.analysis.speakers.RoleReader;
import io.claimstream.analysis.text.Token;

/**
 * Frames of attribution without a verb of saying: {@code according to X}, {@code in X's view},
 * {@code X's feeling is that} (also with a possessive pronoun: {@code Her view is that}).
 */
final class ViewPhrases {

    private static final Set<String> VIEW_NOUNS = Set.of("view", "feeling", "belief", "opinion", "argument",
            "position", "assessment", "sense", "judgment", "judgement", "conclusion", "prediction", "expectation",
            "take", "advice", "message", "point", "bet", "hope", "worry", "concern", "answer");

    private final MentionResolver resolver;
    private final RoleReader roles;

    ViewPhrases(MentionResolver resolver, RoleReader roles) {
        this.resolver = resolver;
        this.roles = roles;
    }

    Optional<Frame> accordingTo(String text, Sentence sentence, List<Token> t, List<NameRun> runs) {
        for (int i = 0; i + 2 < t.size(); i++) {
            if (t.get(i).lower().equals("according") && t.get(i + 1).lower().equals("to")) {
                int at = i + 2;
                Token next = t.get(at);
                if (Pronouns.thirdPerson(next.lower()) != null) {
                    return Optional.of(new Frame(resolver.pronoun(next.lower()), false,
                            FrameFinder.contentSpan(sentence, t, i, at), null));
                }
                if (next.lower().equals("the") && at + 1 < t.size()
                        && SubjectDescriptions.isOrganisationNoun(t.get(at + 1).lower())) {
                    // "…, according to the company.": the organisation the text has been reporting on
                    Person p = resolver.description(text.substring(next.start(), t.get(at + 1).end()));
                    if (p != null) {
                        return Optional.of(new Frame(p, false, FrameFinder.contentSpan(sentence, t, i, at + 1), null));
                    }
                }
                Optional<NameRun> run = runs.stream().filter(r -> r.from() == at).findFirst();
                if (run.isPresent()) {
                    Person p = resolver.name(run.get().text(), run.get().titled());
                    roles.apply(p, appositiveAfter(text, t, run.get().to()));
                    return p == null ? Optional.empty()
                            : Optional.of(new Frame(p, false, FrameFinder.contentSpan(sentence, t, i, run.get().to() - 1), null));
                }
            }
        }
        return Optional.empty();
    }

    /** {@code In Luo's view, …} and {@code Her feeling about X is that …}. */
    Optional<Frame> viewOf(String text, Sentence sentence, List<Token> t, List<NameRun> runs) {
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!VIEW_NOUNS.contains(t.get(i + 1).lower()) || t.get(i + 1).isCapitalized() && i + 1 > 0) {
                continue;
            }
            Person p = null;
            int from = i;
            if (Pronouns.isPossessive(t.get(i).lower())) {
                p = resolver.pronoun(t.get(i).lower().equals("her") ? "she" : t.get(i).lower().equals("his") ? "he" : "it");
            } else if (NameRuns.possessive(t.get(i))) {
                Optional<NameRun> run = FrameFinder.runEndingAt(runs, i);
                if (run.isPresent()) {
                    p = resolver.name(run.get().text(), run.get().titled());
                    from = run.get().from();
                }
            }
            if (p == null) {
                continue;
            }
            boolean inView = from > 0 && t.get(from - 1).lower().equals("in");
            boolean isThat = t.stream().skip(i + 2).limit(12).anyMatch(x -> x.lower().equals("is") || x.lower().equals("was"));
            if (inView || isThat && (from == 0 || sentenceStartBefore(t, from))) {
                return Optional.of(new Frame(p, false, FrameFinder.contentSpan(sentence, t, from, i + 1), null));
            }
        }
        return Optional.empty();
    }

    /** {@code NAME, an analyst at Meridian Research,}: the description after a name, up to the next comma. */
    static String appositiveAfter(String text, List<Token> t, int afterName) {
        if (afterName + 1 >= t.size() || !t.get(afterName).text().equals(",")) {
            return null;
        }
        int end = afterName + 1;
        while (end < t.size() && !t.get(end).text().matches("[,.;:]")) {
            end++;
        }
        String words = text.substring(t.get(afterName + 1).start(), t.get(end - 1).end());
        return RoleReader.looksLikeRole(words) ? words : null;
    }

    private static boolean sentenceStartBefore(List<Token> t, int from) {
        for (int k = 0; k < from; k++) {
            if (t.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }

}
