package io.claimstream.analysis.speakers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.claimstream.contracts.Turn;

/**
 * Registers the speakers of a transcript's turns: one person per distinct label name (so
 * {@code Li Guangmi} and {@code Li Guangmi (Moderator)} are one), with the label's parenthesis
 * read as role and affiliation ({@code Mira Sandoval (Chief Scientist, Lumen Labs)}). The answer
 * side of a {@code Q:}/{@code A:} interview is the person the interview is with.
 */
public final class TurnSpeakers {

    private TurnSpeakers() {
    }

    /**
     * Turn index to the person speaking it.
     *
     * @param text the document's text, where each turn's label is written
     * @param interviewee who answers under a role label ({@code A:}, {@code Guest:}), or null
     * @param host who asks under a role label ({@code Q:}, {@code Moderator:}), or null
     * @param fullNames one-word labels to the full names the text gives them ({@code Sam} to "Sam Okafor")
     */
    public static Map<Integer, Person> register(String text, List<Turn> turns, PersonRegistry registry, RoleReader roles,
                                                String interviewee, String host, Map<String, String> fullNames) {
        return register(text, turns, registry, roles, interviewee, host, fullNames, Map.of());
    }

    /** @param turnNames turn index to the name of a label that stands for several people, in that turn */
    public static Map<Integer, Person> register(String text, List<Turn> turns, PersonRegistry registry, RoleReader roles,
                                                String interviewee, String host, Map<String, String> fullNames,
                                                Map<Integer, String> turnNames) {
        Map<Integer, Person> speakers = new HashMap<>();
        java.util.Set<String> publications = publicationsAsking(text, turns, roles);
        Map<String, String> misspelt = text == null ? Map.of() : MisspeltLabels.corrections(text, turns);
        java.util.Set<String> labels = new java.util.HashSet<>();
        turns.forEach(t -> labels.add(t.speaker() == null ? "" : t.speaker().strip()));
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            if (turn.speaker() == null || turn.speaker().isBlank() || PersonName.of(turn.speaker()).isEmpty()) {
                continue;
            }
            String label = turn.speaker().strip();
            if (host == null && RoleLabels.isQuestionMark(label) || RoleLabels.isOperator(label)
                    || RoleLabels.isNoteLabel(label) || RoleLabels.isCastList(label) || RoleLabels.isHeadline(label)
                    || RoleLabels.isUnnamedVoice(label) && !fullNames.containsKey(label) && !turnNames.containsKey(i)) {
                // an unnamed questioner is nobody to attribute to, and no speaker called "Q"; nor is the
                // operator who hands a call from one speaker to the next, nor an editor's note or an update, nor
                // the list of an event's panelists
                continue;
            }
            if (introducesLabelledSpeaker(text, turn, label, labels)) {
                // "Guest: Su Wanqing, co-founder of …" over a transcript where Su Wanqing speaks under her own name:
                // the header's cast line, which says who takes part, not a turn of the guest's
                continue;
            }
            if (publications.contains(label)) {
                // a publication asking under its own name ("LatePost:") is no person; what it asserts besides its
                // questions is the publication's
                Person outlet = registry.register(label, Person.Kind.ORGANIZATION);
                outlet.offerRole("interviewer");
                speakers.put(i, outlet);
                continue;
            }
            String name = interviewee != null && RoleLabels.isAnswering(label) ? interviewee
                    : host != null && RoleLabels.isAsking(label) ? host
                    : turnNames.getOrDefault(i, fullNames.getOrDefault(label, misspelt.getOrDefault(label, label)));
            Person p = registry.register(name, Person.Kind.PERSON);
            if (!name.equals(label) && RoleLabels.isRole(label) && !NumberedLabels.isNumbered(label)) {
                p.offerRole(label.length() > 1 ? label : RoleLabels.isAnswering(label) ? "interviewee" : "interviewer");
            }
            if (!name.equals(label) && !(RoleLabels.isUnnamedVoice(label) && turnNames.containsKey(i))) {
                // "QUESTIONER" names a different asker each time: no alias of any one of them
                p.addAlias(label);
            }
            String written = writtenLabel(text, turn);
            if (written != null && !written.equals(label) && (PersonName.of(written).sameAs(p.name())
                    || PersonName.of(written).sameAs(PersonName.of(label)))) {
                // DANA PARK, as the transcript wrote the label the parser gave as Dana Park; Chair WALSH, as the
                // record wrote the label of Margaret Walsh
                p.addAlias(written);
            } else if (written != null && !written.equals(label) && RoleLabels.isRole(written)
                    && !NumberedLabels.isNumbered(written) && !PersonName.of(written).sameAs(p.name())) {
                // "Host:", which the parser gave the person the text says hosts: the label is what the transcript
                // calls them
                p.addAlias(written);
            }
            p.markTurnSpeaker();
            if (turn.role() != null && !turn.role().isBlank()) {
                roles.apply(p, turn.role());
            }
            p.offerRole(Honorifics.roleOf(turn.speaker()));
            speakers.put(i, p);
        }
        return speakers;
    }

    /**
     * Whether a turn under a role label ({@code Guest:}, {@code Host:}) only opens with the name of somebody who speaks
     * under that name elsewhere, a comma after it ({@code Guest: Su Wanqing, co-founder of …}).
     */
    private static boolean introducesLabelledSpeaker(String text, Turn turn, String label, java.util.Set<String> labels) {
        if (text == null || turn.span() == null || turn.span().end() > text.length()
                || !RoleLabels.isAnswering(label) && !RoleLabels.isAsking(label)) {
            return false;
        }
        String said = turn.span().of(text).strip();
        int comma = said.indexOf(',');
        if (comma < 0 || !said.substring(0, comma).strip().contains(" ")
                || !labels.contains(said.substring(0, comma).strip())) {
            return false;
        }
        // "Moderator: Priya Raman, what breaks first?" addresses her: a description is no question and no one's words
        java.util.regex.Matcher end = java.util.regex.Pattern.compile("[.?!]").matcher(said);
        String described = end.find(comma) ? said.substring(comma + 1, end.end()) : said.substring(comma + 1);
        return described.endsWith(".") && !ADDRESSING.matcher(described).find();
    }

    private static final java.util.regex.Pattern ADDRESSING = java.util.regex.Pattern.compile(
            "(?i)\\b(?:i|i'm|we|you|your|us|me|my|our)\\b");


    /**
     * A bilingual transcript's labels of the originals ({@code 苏婉清}) as aliases of whom the labels of their
     * translations name ({@code Su Wanqing}): one person, whose name is written in two scripts.
     *
     * @param originalLabels an original's label to its translation's label
     */
    public static void nameOriginalLabels(List<Turn> turns, Map<Integer, Person> speakers,
                                          Map<String, String> originalLabels) {
        if (originalLabels.isEmpty()) {
            return;
        }
        for (int i = 0; i < turns.size(); i++) {
            Person p = speakers.get(i);
            String label = turns.get(i).speaker();
            if (p != null && label != null) {
                originalLabels.forEach((original, translation) -> {
                    if (translation.equals(label.strip())) {
                        p.addAlias(original);
                    }
                });
            }
        }
    }

    /**
     * Turns under a label that names nobody ({@code Unidentified Analyst:}, {@code Audience Member:}): their
     * statements are claims all the same, held by no known person rather than by a "person" of that name.
     */
    public static java.util.Set<Integer> unnamedVoices(List<Turn> turns, Map<Integer, Person> speakers) {
        java.util.Set<Integer> voices = turnsLabelled(turns, RoleLabels::isUnnamedVoice);
        voices.removeIf(speakers::containsKey); // an asker who said who they are
        return voices;
    }

    /** The turns of a questioner the labels do not name ({@code Q}) and who was given no name. */
    public static java.util.Set<Integer> unnamedAskers(List<Turn> turns, Map<Integer, Person> speakers) {
        java.util.Set<Integer> askers = turnsLabelled(turns, label -> RoleLabels.isQuestionMark(label.strip()));
        askers.removeIf(speakers::containsKey);
        return askers;
    }

    /**
     * The turns of an interpreter ({@code INTERPRETER:}): their notes to the room are nobody's claims, but their relays
     * in the third person ("The minister says that …", "He adds that …") are the claims of whom they name.
     */
    public static java.util.Set<Integer> interpreters(List<Turn> turns) {
        return turnsLabelled(turns, RoleLabels::isInterpreter);
    }

    /** The indexes of the turns whose label is not blank and is of the kind asked. */
    private static java.util.Set<Integer> turnsLabelled(List<Turn> turns, java.util.function.Predicate<String> kind) {
        java.util.Set<Integer> found = new java.util.HashSet<>();
        for (int i = 0; i < turns.size(); i++) {
            String label = turns.get(i).speaker();
            if (label != null && !label.isBlank() && kind.test(label)) {
                found.add(i);
            }
        }
        return found;
    }

    /** The labels under which a publication asks ({@code LatePost:}), which name no person. */
    private static java.util.Set<String> publicationsAsking(String text, List<Turn> turns, RoleReader roles) {
        Map<String, List<String>> byLabel = new HashMap<>();
        for (Turn t : turns) {
            if (t.speaker() != null && !t.speaker().isBlank() && text != null && t.span() != null
                    && t.span().end() <= text.length()) {
                byLabel.computeIfAbsent(t.speaker().strip(), k -> new java.util.ArrayList<>()).add(t.span().of(text));
            }
        }
        java.util.Set<String> publications = new java.util.HashSet<>();
        byLabel.forEach((label, texts) -> {
            if (byLabel.size() > 1 && roles.isPublicationAsking(label, texts)) {
                publications.add(label);
            }
        });
        return publications;
    }

    private static String writtenLabel(String text, Turn turn) {
        if (text == null || turn.label() == null || turn.label().end() > text.length()
                || turn.label().start() >= turn.label().end()) {
            return null;
        }
        return turn.label().of(text).strip();
    }
}
