package io.claimstream.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.analysis.Deadline;
import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.analysis.speakers.MentionResolver;
import io.claimstream.analysis.speakers.Person;
import io.claimstream.analysis.speakers.RoleReader;

/**
 * Attributes the sentences of speaker turns (direct speech) to the turn's speaker, explicitly,
 * except a statement the speaker relays word for word from someone else
 * ({@code … what Peak (Manus CTO) said—he said: …}), which belongs to that person.
 */
public final class TurnAttribution {

    private static final Pattern RELAY = Pattern.compile("(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){0,2})"
            + "\\s*(?:\\(([^)]{1,60})\\))?\\s+(?:said|says|put it|wrote|told (?:me|us))"
            + "\\s*(?:[—–-]+\\s*(?:he|she|they)\\s+(?:said|says|put it))?\\s*[:“\"]");

    /**
     * {@code Our founder, Idris Calloway, has always argued that …}: a named person, an appositive
     * around the name allowed, with a verb of saying or believing and {@code that}.
     */
    private static final Pattern RELAYED_VIEW = Pattern.compile("(?:^|,\\s+)(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){1,2})"
            + "(?:\\s*,\\s*[^,]{1,60}?)?\\s*,?\\s+(?:has\\s+|had\\s+)?(?:always\\s+|long\\s+|also\\s+|repeatedly\\s+|once\\s+)?"
            + "(?:argued|argues|said|says|believes|maintains|insists|claimed|claims|predicted|warned|thinks)\\s+that\\s");

    /**
     * {@code BRANDT SAYS HIS COMPANY WILL …}, {@code Veltrix said the contract …}: a reporter's turn opening with
     * a name and a saying verb, in whatever case the transcript writes it (captions write everything in capitals).
     */
    private static final Pattern REPORTED = Pattern.compile("^(\\p{Lu}[\\p{L}’'-]+(?:[ \\t]+\\p{Lu}[\\p{L}’'-]+){0,2})"
            + "[ \\t]+(?i:says|said)[ \\t]+\\p{L}");

    /** The speaker's own voice in a sentence: what it says is their view, whoever else it mentions. */
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(?:i|i['’]m|i['’]d|me|my|we|we['’]re|our|us)\\b");

    private final MentionResolver resolver;
    private final RoleReader roles;

    public TurnAttribution(MentionResolver resolver, RoleReader roles) {
        this.resolver = resolver;
        this.roles = roles;
    }

    public List<Candidate> attribute(String text, List<Sentence> sentences, Map<Integer, Person> turnSpeakers) {
        return attribute(text, sentences, turnSpeakers, Deadline.NONE);
    }

    public List<Candidate> attribute(String text, List<Sentence> sentences, Map<Integer, Person> turnSpeakers,
                                     Deadline deadline) {
        return attribute(text, sentences, turnSpeakers, java.util.Set.of(), deadline);
    }

    /**
     * @param unnamedTurns turns whose label names nobody ({@code Unidentified Analyst:}): their sentences
     *                     are candidates with no speaker, not lost and not given to a "person" of that label
     */
    public List<Candidate> attribute(String text, List<Sentence> sentences, Map<Integer, Person> turnSpeakers,
                                     java.util.Set<Integer> unnamedTurns, Deadline deadline) {
        List<Candidate> candidates = new ArrayList<>();
        for (Sentence s : sentences) {
            deadline.check("attributing sentences of speaker turns");
            Person speaker = turnSpeakers.get(s.block().turn());
            if (speaker == null && unnamedTurns.contains(s.block().turn()) && s.block().kind().canHoldClaims()) {
                candidates.add(new Candidate(s, s.span(), s.span(), null, true));
                continue;
            }
            if (speaker == null || !s.block().kind().canHoldClaims()) {
                continue;
            }
            resolver.registry().mentioned(speaker);
            Person relayed = relayedFrom(text, s, speaker);
            candidates.add(new Candidate(s, s.span(), s.span(), relayed != null ? relayed : speaker, true));
        }
        return candidates;
    }

    /**
     * {@code NAME [(role)] said[—he said]: …} or {@code NAME has argued that …} with NAME another
     * person than the speaker, whose view the speaker relays.
     */
    private Person relayedFrom(String text, Sentence s, Person speaker) {
        Matcher m = RELAY.matcher(s.text(text));
        while (m.find()) {
            Person p = resolver.name(m.group(1), false);
            if (p != null && p != speaker && (p.isPerson() || m.group(2) != null)) {
                p.becomePerson();
                roles.apply(p, m.group(2));
                return p;
            }
        }
        Person reported = reportedBy(text, s, speaker);
        if (reported != null) {
            return reported;
        }
        Matcher view = RELAYED_VIEW.matcher(s.text(text));
        if (view.find() && roles.kindOf(view.group(1)) == null) {
            Person p = resolver.name(view.group(1), false);
            if (p != null && p != speaker && p.isPerson()) {
                return p;
            }
        }
        return null;
    }

    /**
     * Who a reporter's sentence opening "NAME says …" gives the floor to: someone the text already knows, or an
     * organisation it has named as one ("the chipmaker Veltrix"). A sentence in the speaker's own first person
     * ("Altman says so, but I disagree") stays theirs, and a name the text has not met ("Utilities say …")
     * is nobody to relay.
     */
    private Person reportedBy(String text, Sentence s, Person speaker) {
        String said = s.text(text).strip();
        Matcher m = REPORTED.matcher(said);
        if (!m.find() || FIRST_PERSON.matcher(said).find()) {
            return null;
        }
        String name = m.group(1);
        Person p = resolver.known(name);
        if (p == null && namedAsOrganisation(text, name)) {
            p = resolver.organization(io.claimstream.analysis.speakers.PersonName.of(name).display());
        }
        return p == null || p == speaker ? null : p;
    }

    /** "the chipmaker Veltrix", "THE STARTUP KOBALT": the text calls the name an organisation. */
    private static boolean namedAsOrganisation(String text, String name) {
        Matcher m = Pattern.compile("(?i)\\b([\\p{L}-]+)[ \\t]+" + Pattern.quote(name) + "\\b").matcher(text);
        while (m.find()) {
            if (SubjectDescriptions.isOrganisationNoun(m.group(1).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
