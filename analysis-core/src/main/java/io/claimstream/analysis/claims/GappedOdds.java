package io.claimstream.analysis.claims;

import java.util.ArrayList;
import java.util.List;

import io.claimstream.analysis.speakers.MentionResolver;
import io.claimstream.analysis.speakers.NameRun;
import io.claimstream.analysis.speakers.Person;
import io.claimstream.analysis.text.Token;
import io.claimstream.contracts.Span;

/**
 * {@code Rao put it at 15% and Professor Qian at 5%}, {@code Lin said 30%, Ortiz 10%}, {@code Lin said 30%; Mayor Ortiz,
 * about 10%; Dr. Rao, "no more than 5%"}: a round of odds told with its verb
 * written once, each later figure after its own holder's name (the verb left out), is one forecast per person named, not
 * all of them the first speaker's.
 */
final class GappedOdds {

    private final MentionResolver resolver;

    GappedOdds(MentionResolver resolver) {
        this.resolver = resolver;
    }

    /** The candidate cut before each later holder's name, each part its holder's; the candidate alone when none. */
    List<Candidate> split(String text, Candidate c) {
        if (c.speaker() == null) {
            return List.of(c);
        }
        List<Token> t = c.sentence().tokens();
        List<Candidate> parts = new ArrayList<>();
        Candidate current = c;
        for (NameRun run : resolver.names(text, t)) {
            if (run.span().start() <= current.content().start() || run.span().end() >= current.span().end()
                    || run.from() < 1 || run.to() >= t.size() || !gapped(t, run)) {
                continue;
            }
            Person holder = resolver.registry().lookupWithoutRegistering(run.text()) != null || run.titled()
                    || run.to() - run.from() >= 2 ? resolver.name(run.text(), run.titled()) : null;
            if (holder == null || !holder.isPerson() || holder == current.speaker()) {
                continue;
            }
            // ", and Qian at 5%": the comma before the conjunction ends the first part too
            int cut = run.from() - 1;
            if (cut > 0 && !t.get(cut).text().equals(",") && t.get(cut - 1).text().equals(",")) {
                cut--;
            }
            Span before = new Span(current.span().start(), t.get(cut - 1).end());
            Span content = new Span(current.content().start(), Math.max(current.content().start(),
                    Math.min(current.content().end(), before.end())));
            parts.add(new Candidate(c.sentence(), before, content, current.speaker(), current.explicit()));
            Span rest = new Span(run.span().start(), current.span().end());
            int figure = t.get(run.to()).lower().matches("at|,") ? run.to() + 1 : run.to();
            current = new Candidate(c.sentence(), rest, new Span(t.get(figure).start(), rest.end()), holder, true);
        }
        parts.add(current);
        return parts;
    }

    /**
     * The name follows "and", "while", a comma or a semicolon, and a figure follows it, directly or after "at" ("and Qian
     * at 5%", ", Ortiz 10%"): the figure is the named person's, their verb the one said before. After a semicolon the
     * name may stand alone before a comma, the verb's gap marked by it ("; Mayor Okoye, about 12%"; "; Dr. Ito, "no more
     * than 5%""), so long as the figure comes before the next semicolon.
     */
    private static boolean gapped(List<Token> t, NameRun run) {
        String joint = t.get(run.from() - 1).lower();
        if (!joint.equals("and") && !joint.equals("while") && !joint.equals(",") && !joint.equals(";")) {
            return false;
        }
        int after = run.to();
        if (joint.equals(";") && t.get(after).lower().equals(",")) {
            return figureInClause(t, after + 1);
        }
        if (t.get(after).lower().equals("at")) {
            after++;
        }
        return after < t.size() && after <= run.to() + 1 && FrameFinder.figureFollows(t, after)
                && (after > run.to() || t.get(after).lower().chars().anyMatch(Character::isDigit));
    }

    /** A figure among the next few words, before the clause's semicolon ends it. */
    private static boolean figureInClause(List<Token> t, int from) {
        for (int k = from; k < t.size() && k < from + 10 && !t.get(k).text().equals(";"); k++) {
            if (FrameFinder.figureFollows(t.subList(k, k + 1), 0)) {
                return true;
            }
        }
        return false;
    }
}
