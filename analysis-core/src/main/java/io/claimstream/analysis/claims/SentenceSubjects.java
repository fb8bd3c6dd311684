package io.claimstream.analysis.claims;

import java.util.List;

import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.analysis.speakers.MentionResolver;
import io.claimstream.analysis.speakers.NameRun;
import io.claimstream.analysis.speakers.NameRuns;
import io.claimstream.analysis.speakers.Person;
import io.claimstream.analysis.speakers.Pronouns;
import io.claimstream.analysis.speakers.RoleReader;
import io.claimstream.analysis.text.Token;

/**
 * Recognises narration about a person or organisation: a sentence whose subject is a name and
 * whose verb is not one of saying ({@code Luo made the comments while …}, {@code Anthropic
 * recently published …}). Such a sentence reports what somebody did, not what they claim.
 */
public final class SentenceSubjects {

    /** "Priya Raman leads the agents team at Corvid AI": verbs that state a position. */
    private static final java.util.Set<String> ROLE_VERBS = java.util.Set.of("leads", "led", "heads", "headed", "runs",
            "ran", "founded", "co-founded", "cofounded", "chairs", "chaired", "directs", "directed", "oversees",
            "manages", "works", "worked", "joined");

    private static final java.util.Set<String> ADVISING_MODALS = java.util.Set.of("should", "must", "ought", "shouldn't",
            "mustn't");

    private final MentionResolver resolver;
    private final RoleReader roles;

    public SentenceSubjects(MentionResolver resolver, RoleReader roles) {
        this.resolver = resolver;
        this.roles = roles;
    }

    /** The person or organisation the sentence narrates about, or null when its subject is not a name. */
    public Person subjectOf(String text, Sentence sentence) {
        List<Token> t = sentence.tokens();
        int start = clauseStart(t);
        if (start + 1 < t.size() && Pronouns.thirdPerson(t.get(start).lower()) != null
                && t.get(start).is("PRON") && narratedAction(t, start + 1)) {
            resolver.readNamesBefore(text, t, start); // "When I ask Nadia whether …, she laughs.": Nadia
            return resolver.pronoun(t.get(start).lower()); // "He joined the company in 2019."
        }
        if (start + 1 < t.size() && t.get(start).lower().equals("they") && t.get(start).is("PRON")
                && narratedAction(t, start + 1)) {
            resolver.readNamesBefore(text, t, start);
            Person declared = resolver.singularThey("they"); // "Asked about it, they shrugged." of whoever goes by they
            if (declared != null) {
                return declared;
            }
        }
        if (start + 2 < t.size() && Pronouns.isPossessive(t.get(start).lower())
                && io.claimstream.analysis.speakers.Kinship.genderOf(t.get(start + 1).text()) != null) {
            // "His sister rolls her eyes at that.": the relative the text has named, whose quotation may follow
            return resolver.relativeOf(t.get(start).lower(), t.get(start + 1).text());
        }
        Person described = describedOrganisation(text, t, start);
        if (described != null) {
            return described;
        }
        for (NameRun run : resolver.names(text, t)) {
            if (run.from() != start) {
                continue;
            }
            int next = afterAffiliation(t, run.to());
            if (NameRuns.possessive(t.get(next - 1)) || next < t.size() && t.get(next).text().matches("[’']s")) {
                return null;
            }
            boolean known = resolver.registry().lookup(run.text()) != null;
            if (!known && run.to() - run.from() < 2 && !run.titled() && writtenInLowercase(text, run.text())) {
                return null; // "Labs need to log …" where the text also writes "labs": a common noun, capitalised to open the sentence
            }
            boolean finiteVerbNext = next < t.size() && t.get(next).isVerbal() && !t.get(next).lower().endsWith("ing");
            if (!known && run.to() - run.from() < 2 && !run.titled()
                    && !(t.get(run.from()).is("PROPN") && finiteVerbNext)) {
                return null; // one unknown capitalised word opening a sentence is as likely a common word as a name
            }
            if (next < t.size() && ADVISING_MODALS.contains(t.get(next).lower())) {
                return null; // "Vendors should publish …": a view of what the subject ought to do, not narration of what it did
            }
            boolean appositive = next < t.size() && t.get(next).text().equals(",");
            boolean verb = next < t.size() && (t.get(next).isVerbal()
                    || t.get(next).is("ADV") && next + 1 < t.size() && t.get(next + 1).isVerbal());
            if (appositive || verb) {
                Person p = resolver.name(run.text(), run.titled());
                roles.apply(p, description(text, t, next, appositive));
                return p;
            }
        }
        return null;
    }

    /** What a question put to someone goes on with: "asked the investor whether …", "pressed Lee on …". */
    private static final java.util.Set<String> QUESTION_OPENERS = java.util.Set.of("whether", "if", "about", "on",
            "what", "how", "why", "when", "which", "who", "for", "to");

    /**
     * The person the narrated subject puts a question to ({@code Rao asked the Redkite partner whether investors …},
     * {@code Lee pressed Ortiz on pricing}): the one who answers it, so the next sentence's "he said" is theirs, not
     * the asker's. The object is a known name or a position the text gave somebody ("the Redkite partner"); null
     * when the sentence puts no question to anyone known.
     */
    public Person personAsked(String text, Sentence sentence, Person asker) {
        List<Token> t = sentence.tokens();
        int verb = -1;
        for (int i = clauseStart(t) + 1; i < t.size() - 2; i++) {
            if (ASKED.contains(t.get(i).lower())) {
                verb = i;
                break;
            }
        }
        if (verb < 0) {
            return null;
        }
        int object = verb + 1;
        for (NameRun run : resolver.names(text, t)) {
            if (run.from() == object && run.to() < t.size() && QUESTION_OPENERS.contains(t.get(run.to()).lower())) {
                Person p = resolver.registry().lookupWithoutRegistering(run.text());
                return p != null && p.isPerson() && p != asker ? p : null;
            }
        }
        if (!t.get(object).lower().equals("the")) {
            return null;
        }
        for (int noun = object + 1; noun <= object + 3 && noun + 1 < t.size(); noun++) {
            if (RoleReader.looksLikeRole(t.get(noun).lower())
                    && QUESTION_OPENERS.contains(t.get(noun + 1).lower())) {
                Person p = resolver.registry().lookupRole(text.substring(t.get(object).start(), t.get(noun).end()));
                return p != null && p.isPerson() && !p.isUnnamed() && p != asker ? p : null;
            }
        }
        return null;
    }

    /**
     * Who a sentence that leads into something after a colon is about ({@code She did not mince words: …},
     * {@code He was not shy about it: …}, {@code Ruiz was blunt:}): a third-person pronoun opening the clause
     * before any verb, auxiliary or copula, negated or not, or else the named subject {@link #subjectOf} reads.
     * Only for what the colon introduces: "He is …" alone is no narration about him.
     */
    public Person subjectBeforeColon(String text, Sentence sentence) {
        List<Token> t = sentence.tokens();
        int start = clauseStart(t);
        if (start + 1 < t.size() && t.get(start).is("PRON") && Pronouns.thirdPerson(t.get(start).lower()) != null) {
            int verb = t.get(start + 1).is("ADV") && start + 2 < t.size() ? start + 2 : start + 1;
            if (t.get(verb).isVerbal()) {
                resolver.readNamesBefore(text, t, start);
            }
            return t.get(verb).isVerbal() ? resolver.pronoun(t.get(start).lower()) : null;
        }
        return subjectOf(text, sentence);
    }

    /**
     * Who a sentence that says no more than how a person is ({@code She was careful.}, {@code Asked about it, he was
     * quite precise.}) is about: a third-person pronoun opening the clause, a form of "be", an adjective (an adverb
     * may grade it) and the stop. Null for anything more, which may be a view of its own ("He is sure it will fail").
     */
    public Person pronounDescribed(String text, Sentence sentence) {
        List<Token> t = sentence.tokens();
        int start = clauseStart(t);
        int end = t.size();
        while (end > start && !t.get(end - 1).isWord()) {
            end--;
        }
        if (start + 2 >= end || !t.get(start).is("PRON") || Pronouns.thirdPerson(t.get(start).lower()) == null
                || !t.get(start + 1).stem().equals("be")) {
            return null;
        }
        int adjective = t.get(start + 2).is("ADV") ? start + 3 : start + 2;
        if (adjective != end - 1 || !t.get(adjective).is("ADJ")) {
            return null;
        }
        resolver.readNamesBefore(text, t, start);
        return resolver.pronoun(t.get(start).lower());
    }

    /** The text these lowercase words were read from: one analyzer reads one document. */
    private String wordsOf;
    private java.util.Set<String> lowercaseWords = java.util.Set.of();

    /** Whether the text also writes the word in lowercase, as a common word, somewhere else. */
    private boolean writtenInLowercase(String text, String word) {
        if (text != wordsOf) {
            java.util.Set<String> words = new java.util.HashSet<>();
            java.util.regex.Matcher m = LOWERCASE_WORD.matcher(text);
            while (m.find()) {
                words.add(m.group());
            }
            lowercaseWords = words;
            wordsOf = text;
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return !lower.equals(word) && lowercaseWords.contains(lower);
    }

    private static final java.util.regex.Pattern LOWERCASE_WORD = java.util.regex.Pattern.compile(
            "(?<![\\p{L}'’-])\\p{Ll}[\\p{Ll}'’-]*(?![\\p{L}'’-])");

    /**
     * {@code The company has raised $410 million since …}: an organisation named by a definite
     * description, doing something rather than saying it, is narrated about; null otherwise.
     */
    private Person describedOrganisation(String text, List<Token> t, int start) {
        if (start + 2 >= t.size() || !t.get(start).lower().equals("the")
                || !SubjectDescriptions.isOrganisationNoun(t.get(start + 1).lower())) {
            return null;
        }
        Token verb = t.get(start + 2).is("ADV") && start + 3 < t.size() ? t.get(start + 3) : t.get(start + 2);
        String w = verb.lower();
        if (!verb.isVerbal() || SayingVerbs.isContentVerb(w) || SayingVerbs.isTopicVerb(w)) {
            return null;
        }
        return resolver.registry().lookupRole(text.substring(t.get(start).start(), t.get(start + 1).end()));
    }

    /**
     * Past an affiliation that follows the name ({@code Ji-woo Park of the University of Amsterdam
     * was …}): the index of the token after it, or {@code next} when there is none.
     */
    private static int afterAffiliation(List<Token> t, int next) {
        if (next + 1 >= t.size() || !t.get(next).lower().matches("of|at|from")) {
            return next;
        }
        int k = next + 1;
        if (t.get(k).lower().equals("the")) {
            k++;
        }
        int end = k;
        while (end < t.size() && (t.get(end).isCapitalized() || t.get(end).lower().matches("of|for|and|&")
                && end + 1 < t.size() && t.get(end + 1).isCapitalized())) {
            end++;
        }
        return end > k ? end : next;
    }

    /**
     * A verb of doing, not of saying or thinking, right after the subject ("joined", "founded", "ran"), also in the
     * present a profile tells its scenes in ("she laughs", "he shrugs").
     */
    private static boolean narratedAction(List<Token> t, int i) {
        if (i + 2 < t.size() && DO_SUPPORT.contains(t.get(i).lower()) && NEGATIONS.contains(t.get(i + 1).lower())) {
            // "She does not blame them.", "He did not answer.": a negated action is an action narrated as well
            String w = t.get(i + 2).lower();
            return t.get(i + 2).is("VERB") && !SayingVerbs.isContentVerb(w) && !SayingVerbs.isTopicVerb(w)
                    && !WANTING.contains(w + "s") && !WANTING.contains(w);
        }
        Token verb = t.get(i).is("ADV") && i + 1 < t.size() ? t.get(i + 1) : t.get(i);
        String w = verb.lower();
        return verb.is("VERB") && (w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss") && !WANTING.contains(w))
                && !SayingVerbs.isContentVerb(w) && !SayingVerbs.isTopicVerb(w);
    }

    private static final java.util.Set<String> DO_SUPPORT = java.util.Set.of("does", "did");
    private static final java.util.Set<String> NEGATIONS = java.util.Set.of("not", "n't", "never");

    /** "He wants the line set at …", "She needs …": a present verb of wanting states a view, no scene. */
    private static final java.util.Set<String> WANTING = java.util.Set.of("wants", "needs", "wishes", "prefers",
            "favours", "favors", "supports", "opposes", "backs", "likes", "dislikes", "plans", "intends", "demands",
            "calls", "sees", "puts", "gives", "places", "rates", "values", "trusts", "distrusts");

    /** {@code X, head of Y, …} or {@code X is the CEO of Y}: what the sentence says X is, if it is a role. */
    private static String description(String text, List<Token> t, int next, boolean appositive) {
        boolean copula = next < t.size() && t.get(next).stem().equals("be");
        boolean roleVerb = next < t.size() && ROLE_VERBS.contains(t.get(next).lower());
        int from = appositive ? next + 1 : copula ? next + 1 : roleVerb ? next : -1;
        if (from < 0 || from >= t.size()) {
            return null;
        }
        int end = from;
        while (end < t.size() && !t.get(end).text().matches("[,.;:—–]")) {
            end++;
        }
        if (end == from) {
            return null;
        }
        String words = text.substring(t.get(from).start(), t.get(end - 1).end());
        return RoleReader.looksLikeRole(words) ? words : null;
    }

    private static final java.util.Set<String> TIME_DETERMINERS = java.util.Set.of("that", "this", "last", "next",
            "the", "each", "every", "one", "same");
    private static final java.util.regex.Pattern TIME_NOUN = java.util.regex.Pattern.compile(
            "night|evening|morning|afternoon|day|week|weekend|month|year|quarter|season|spring|summer|autumn|fall"
            + "|winter|time|hour|minute|moment|decade|monday|tuesday|wednesday|thursday|friday|saturday|sunday");

    /**
     * {@code That night, …}, {@code This week, …}, {@code The next morning, …}: a phrase of time that opens with a
     * determiner, not an adverb or a preposition, is still no part of the clause's subject.
     */
    private static boolean openingTime(List<Token> t, int first) {
        if (!TIME_DETERMINERS.contains(t.get(first).lower())) {
            return false;
        }
        for (int i = first + 1; i < Math.min(t.size() - 1, first + 4); i++) {
            if (TIME_NOUN.matcher(t.get(i).lower()).matches()) {
                return t.get(i + 1).text().equals(",");
            }
        }
        return false;
    }

    /** Index of the first token of the main clause: after an introductory phrase ("In 2023, …") ending in a comma. */
    private static final java.util.Set<String> ASKED = java.util.Set.of("asked", "pressed", "questioned", "challenged");

    private static int clauseStart(List<Token> t) {
        int first = 0;
        while (first < t.size() && !t.get(first).isWord()) {
            first++;
        }
        if (first >= t.size()) {
            return first;
        }
        Token f = t.get(first);
        // "Asked whether the lab would keep releasing weights, Ruiz was careful: …": the question put is no subject
        boolean introductory = f.is("ADP") || f.is("SCONJ") || f.is("ADV") || f.lower().endsWith("ing")
                || openingTime(t, first) || ASKED.contains(f.lower());
        if (introductory) {
            for (int i = first; i < Math.min(t.size(), first + 14); i++) {
                if (t.get(i).text().equals(",")) {
                    return i + 1;
                }
            }
        }
        return first;
    }
}
