package io.claimstream.analysis.speakers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.analysis.entities.KnownEntities;
import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.contracts.Turn;

/**
 * Names behind the numbered labels of machine transcripts ({@code Speaker 1}, {@code Speaker 2},
 * {@code Participant 3}, a diarization tool's {@code SPEAKER_02}): a transcription service tells voices apart but
 * not who they are, and the conversation usually says it. A speaker who introduces themselves ("I'm Ada Brook") is
 * named by their own words; one who is introduced ("My guest today is Sam Ortiz"), greeted or thanked by
 * name ("Welcome, Sam." closing the turn before theirs, "Thanks, Ada." opening the turn after theirs) is
 * named by the others'.
 * A first name resolves to the one full name the text gives it. Each label keeps the name with
 * the most evidence, and no two labels share one, so an unresolved label stays as written. A lone
 * word that the text never completes to a full name needs two voices ("I'm British" names nobody).
 */
public final class NumberedLabels {

    private static final Pattern NUMBERED = Pattern.compile(
            "(?i)(?:speaker|participant|person|voice|spk|caller|guest|panell?ist|interviewee|interviewer)"
                    + "[\\s_]*#?\\s*(?:\\d{1,3}|[A-Z])");

    private static final String NAME = "(\\p{Lu}[\\p{L}’'-]+(?:[ \\t]+\\p{Lu}[\\p{L}’'-]+){0,2})";

    /**
     * "I'm Ada Brook", "my name is Ada", a caption's "I'M ADA BROOK": the speaker's own name ("this is …" too often
     * names the show).
     */
    private static final Pattern SELF = Pattern.compile(
            "(?:^|[\\s,.;:!—–-])(?i:" + SelfIntroductions.OWN_NAME_WORDS + ")[ \\t]+" + NAME
                    + "(?=\\s*(?:[,.;:!?—–)]|and\\b|here\\b|from\\b|with\\b|$))");

    /**
     * "Thanks, Ada." / "Hi Sam!" / "Thanks for having me, Ada.": someone just heard from, addressed by name at the
     * start of a reply.
     */
    /** "That was Loretta Simms, who chairs …": a broadcast naming the voice just heard. */
    private static final Pattern NAMES_WHO_SPOKE = Pattern.compile("^(?i:that was|you heard|that's)[ \\t]+" + NAME
            + "(?=[ \\t]*[,.!—–])");

    private static final Pattern GREETS_BEFORE = Pattern.compile(
            "^(?i:(?:thanks|thank you)(?: so much| very much| again)?(?: for [\\p{L}’' -]{3,40})?|hi|hello|hey|sure|right"
                    + "|yes|exactly|absolutely|great question|good question|fair point|(?:good|great|glad|nice) to be here)"
                    + "[ \\t]*,?[ \\t]+" + NAME + "[ \\t]*[.!,—–-]");

    /** "Welcome, Sam." / "Sam, welcome." / "Over to you, Sam.": whoever is handed the floor next. */
    private static final Pattern HANDS_TO = Pattern.compile(
            "^(?i:(?:and )?welcome(?: back| to the (?:show|podcast|programme|program))?|over to you|go ahead"
                    + "|great to have you(?: here| on)?|good to have you(?: here| on)?)[ \\t]*,[ \\t]*" + NAME
                    + "[ \\t]*[.!]\\s*$|^" + NAME + "[ \\t]*,[ \\t]*(?i:welcome|thank you|thanks|good to have you|great to have you)"
                    + "(?: (?:for (?:joining|coming|being)[^.!?]*|so much|very much))?[ \\t]*[.!]\\s*$");

    /** "My guest today is Sam Ortiz", "I'm joined by Sam Ortiz": the host names who speaks next. */
    private static final Pattern INTRODUCES = Pattern.compile("(?:(?i:my|our) (?i:guest|guests)(?: (?i:today|this week|"
            + "this time|now))? (?i:is|are)|(?i:joining me|with me)(?: (?i:today|now|this week))? (?i:is)|(?i:i['’]m|i am|"
            + "we['’]re|we are) (?i:joined|talking)(?: (?i:now|today|tonight|here))? (?i:by|with))[ \\t]+" + NAME + "(?=\\s*[,.;:!—–]|\\s+(?:who|from|of)\\b)");

    /**
     * "Dmitri, thank you." / "Serena Okoye of Fathom Research, thank you." opening a caption turn: the anchor thanks
     * the voice just heard, by name and often with where they work.
     */
    private static final Pattern THANKS_WHO_SPOKE = Pattern.compile("^" + NAME
            + "(?:[ \\t]+(?i:of|from|at|with)[ \\t]+[^,.!?]{2,40})?[ \\t]*,[ \\t]*(?i:thank you|thanks)\\b");

    /**
     * A broadcast's hand-off to the next voice in the closing sentence of a turn: "Our correspondent Dmitri Anand has
     * more", "Hollis Brandt runs Brandt Digital, which …", "Its chief executive, Anika Rausch, spoke to investors":
     * the anchor or reporter names a person, by first and last name, and a clip of that person follows. Saying
     * verbs stay out: "Brandt says …" reports what someone said instead of handing them the floor.
     */
    private static final Pattern HANDS_OFF = Pattern.compile("(?:^|[\\s,])(\\p{Lu}[\\p{L}’'-]+[ \\t]+\\p{Lu}[\\p{L}’'-]+)"
            + "[ \\t]*,?[ \\t]+(?i:has more|joins us|joins me|is live|reports|is standing by|spoke|talked|told"
            + "|runs|leads|heads|chairs|founded|co-founded|directs|oversees|manages|owns)\\b");

    private NumberedLabels() {
    }

    public static boolean isNumbered(String label) {
        return label != null && NUMBERED.matcher(label.strip()).matches();
    }

    /**
     * A forum's or chat's handle ({@code kestrel_infra}, {@code throwaway_8812}, {@code dana.p}): one word with an
     * underscore, a dot or a digit in it, which no parent gives a child. Like a numbered voice it names nobody, but
     * only its own words name it ("Disclosure: I'm Ilse Vandermeer and I run pricing at …"): in a thread the posts
     * around it are not a conversation that greets it by name.
     */
    static boolean isHandle(String label) {
        return label != null && HANDLE.matcher(label.strip()).matches();
    }

    private static final Pattern HANDLE = Pattern.compile("(?=[\\p{L}\\d_.-]*[_.\\d])[\\p{L}\\d][\\p{L}\\d_.-]{1,30}");

    /**
     * What the conversation names its numbered voices: per label, and per turn where one label stands for several
     * people. Captions that mark every change of speaker with "&gt;&gt;" give the anchor's, the reporter's and the
     * guests' turns to two alternating voices; where a voice is named twice over ("I'm Dmitri Anand" in one turn,
     * "I'm joined now by Serena Okoye" before another), each of its turns is the person named nearest to it.
     *
     * @param byTurn turn index to name, for the turns of a label named for several people
     */
    public record Names(Map<String, String> byLabel, Map<Integer, String> byTurn) {
    }

    private record Anchor(String label, String name, int turn) {
    }

    public static Names names(String text, List<Turn> turns, List<Sentence> sentences, KnownEntities entities) {
        if (turns.stream().noneMatch(t -> isNumbered(t.speaker()) || isHandle(t.speaker()))) {
            return new Names(Map.of(), Map.of());
        }
        List<Anchor> anchors = new ArrayList<>();
        Map<Integer, List<Sentence>> byTurn = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            if (s.block().inTurn()) {
                byTurn.computeIfAbsent(s.block().turn(), t -> new ArrayList<>()).add(s);
            }
        }
        text = inCapitals(text, sentences);
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        boolean captions = chevronVoices(text, turns);
        List<Anchor> handOffs = new ArrayList<>();
        for (Map.Entry<Integer, List<Sentence>> e : byTurn.entrySet()) {
            int turn = e.getKey();
            List<Sentence> said = e.getValue();
            String own = label(turns, turn);
            for (Sentence s : said) {
                Matcher self = SELF.matcher(s.text(text));
                if (self.find() && isHandle(own) && !PersonName.of(self.group(1)).isSingleWord()) {
                    votes.computeIfAbsent(own, l -> new LinkedHashMap<>()).merge(self.group(1).strip(), 3, Integer::sum);
                } else if (self.find(0)) {
                    vote(votes, own, self.group(1), PersonName.of(self.group(1)).isSingleWord() ? 1 : 3);
                    anchor(anchors, own, self.group(1), turn);
                }
            }
            String opening = said.get(0).text(text).strip();
            Matcher before = GREETS_BEFORE.matcher(opening);
            String previous = otherLabel(turns, turn, -1, own);
            if (before.find() && previous != null) {
                vote(votes, previous, before.group(1), 1);
                anchor(anchors, previous, before.group(1), turn - 1);
            }
            Matcher spoke = NAMES_WHO_SPOKE.matcher(opening);
            if (spoke.find() && previous != null && !PersonName.of(spoke.group(1)).isSingleWord()
                    && !isFunctionWords(spoke.group(1))) { // "That's the evening report" names the show
                vote(votes, previous, spoke.group(1), 1);
                anchor(anchors, previous, spoke.group(1), turn - 1);
            }
            String next = otherLabel(turns, turn, +1, own);
            for (Sentence s : said) {
                Matcher introduced = INTRODUCES.matcher(s.text(text));
                if (introduced.find() && next != null) {
                    vote(votes, next, introduced.group(1), 1);
                    anchor(anchors, next, introduced.group(1), turn + 1);
                }
            }
            String closing = said.get(said.size() - 1).text(text).strip();
            Matcher to = HANDS_TO.matcher(closing);
            if (to.find() && next != null) {
                vote(votes, next, to.group(1) != null ? to.group(1) : to.group(2), 1);
                anchor(anchors, next, to.group(1) != null ? to.group(1) : to.group(2), turn + 1);
            }
            if (captions) {
                // a broadcast passes the floor among many people under two alternating voices: each turn is named
                // by the words around it, the anchor's thanks naming the turn before and a hand-off the turn after
                Matcher thanked = THANKS_WHO_SPOKE.matcher(opening);
                if (thanked.find() && previous != null) {
                    anchor(anchors, previous, thanked.group(1), turn - 1);
                }
                Matcher off = HANDS_OFF.matcher(closing);
                if (off.find() && next != null && !isFunctionWords(off.group(1))) {
                    anchor(handOffs, next, off.group(1), turn + 1);
                }
            }
        }
        anchors.addAll(handOffs); // last, so that on the same turn what the turn itself says wins
        handlesNamedAboveTheirPosts(text, turns, sentences, votes);
        return new Names(choose(votes, text, sentences, entities), byTurn(anchors, turns, text, sentences, entities));
    }

    /** Turns opened by caption chevrons ({@code >>}), which tell voices apart and name none. */
    private static boolean chevronVoices(String text, List<Turn> turns) {
        return turns.stream().anyMatch(t -> isNumbered(t.speaker()) && t.label() != null
                && t.label().start() >= 0 && text.startsWith(">>", t.label().start()));
    }

    /** "The Company", "This Rule": capitalised like a name, made of words no name is made of. */
    private static boolean isFunctionWords(String name) {
        for (String w : name.split("[ \\t]+")) {
            String titled = w.isEmpty() ? w : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
            if (NameRuns.isNeverAName(titled)) {
                return true;
            }
        }
        return false;
    }

    private static void anchor(List<Anchor> anchors, String label, String name, int turn) {
        if (label != null && isNumbered(label) && !RoleLabels.isRole(name) && !isNumbered(name)) {
            anchors.add(new Anchor(label, name.strip(), turn));
        }
    }

    /**
     * For each label the conversation names as two or more people by full name, each of its turns to the name
     * whose evidence lies nearest (the earlier on a tie); a label named as one person is left to {@link #choose}.
     */
    private static Map<Integer, String> byTurn(List<Anchor> anchors, List<Turn> turns, String text,
                                               List<Sentence> sentences, KnownEntities entities) {
        Map<String, List<Anchor>> byLabel = new LinkedHashMap<>();
        for (Anchor a : anchors) {
            String full = fullName(a.name(), text, sentences, entities);
            if (full != null && !PersonName.of(full).isSingleWord()) {
                byLabel.computeIfAbsent(a.label(), l -> new ArrayList<>()).add(new Anchor(a.label(), full, a.turn()));
            }
        }
        Map<Integer, String> names = new HashMap<>();
        byLabel.forEach((label, named) -> {
            if (named.stream().map(a -> PersonName.of(a.name()).display().toLowerCase(Locale.ROOT)).distinct().count() < 2) {
                return;
            }
            for (int i = 0; i < turns.size(); i++) {
                if (!label.equals(label(turns, i))) {
                    continue;
                }
                Anchor nearest = null;
                for (Anchor a : named) {
                    if (nearest == null || Math.abs(a.turn() - i) < Math.abs(nearest.turn() - i)
                            || Math.abs(a.turn() - i) == Math.abs(nearest.turn() - i) && a.turn() < nearest.turn()) {
                        nearest = a;
                    }
                }
                names.put(i, nearest.name());
            }
        });
        return names;
    }

    /**
     * A poster's note between their handle and their post ("Disclosure: I'm Ilse Vandermeer and I run pricing at
     * …") reads as the page's metadata, outside the turn, yet it is the poster naming themselves.
     */
    private static void handlesNamedAboveTheirPosts(String text, List<Turn> turns, List<Sentence> sentences,
                                                    Map<String, Map<String, Integer>> votes) {
        int turn = -1;
        for (Sentence s : sentences) {
            while (turn + 1 < turns.size() && turns.get(turn + 1).label() != null
                    && turns.get(turn + 1).label().start() <= s.span().start()) {
                turn++;
            }
            if (turn < 0 || s.block().inTurn() || s.span().start() >= turns.get(turn).span().start()) {
                continue;
            }
            String own = label(turns, turn);
            Matcher self = SELF.matcher(s.text(text));
            if (isHandle(own) && self.find() && !PersonName.of(self.group(1)).isSingleWord()) {
                votes.computeIfAbsent(own, l -> new LinkedHashMap<>()).merge(self.group(1).strip(), 3, Integer::sum);
            }
        }
    }

    /** A word of lower-case letters only: the form a caption writes a name in. */
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("\\b\\p{Ll}+\\b");
    private static final Pattern CAPITALISED_NAME = Pattern.compile("\\b\\p{Lu}\\p{Ll}{1,20}(?:[ \\t]+\\p{Lu}\\p{Ll}{1,20}){1,2}\\b");

    /**
     * An automatic caption transcript writes almost nothing in capitals ("i'm maya lindqvist", "thanks maya"), while
     * its title or description names the same people properly: where most spoken sentences open in lower case,
     * the words of the capitalised names the text gives are read in capitals wherever they occur, so that the
     * patterns above see a name. The text keeps its length, so every span still points where it did.
     */
    private static String inCapitals(String text, List<Sentence> sentences) {
        long spoken = sentences.stream().filter(s -> s.block().inTurn()).count();
        long lower = sentences.stream().filter(s -> s.block().inTurn())
                .filter(s -> Character.isLowerCase(s.text(text).strip().isEmpty() ? 'A' : s.text(text).strip().charAt(0)))
                .count();
        if (spoken == 0 || lower * 2 < spoken) {
            return text;
        }
        java.util.Set<String> words = new java.util.HashSet<>();
        Matcher m = CAPITALISED_NAME.matcher(text);
        while (m.find()) {
            for (String w : m.group().split("[ \\t]+")) {
                if (w.length() >= 3) {
                    words.add(w);
                }
            }
        }
        // one pass over the text's lower-case words, not one whole-text replacement per name word
        Map<String, String> capitalised = new HashMap<>();
        for (String w : words) {
            capitalised.putIfAbsent(w.toLowerCase(java.util.Locale.ROOT), w);
        }
        StringBuilder out = new StringBuilder(text);
        Matcher lowerWord = LOWER_CASE_WORD.matcher(text);
        while (lowerWord.find()) {
            String w = capitalised.get(lowerWord.group());
            if (w != null) {
                out.replace(lowerWord.start(), lowerWord.end(), w);
            }
        }
        return out.toString();
    }

    private static void vote(Map<String, Map<String, Integer>> votes, String label, String name, int weight) {
        if (label == null || !isNumbered(label) || RoleLabels.isRole(name) || isNumbered(name)) {
            return;
        }
        votes.computeIfAbsent(label, l -> new LinkedHashMap<>()).merge(name.strip(), weight, Integer::sum);
    }

    /** The best-supported full name per label; a name two labels claim goes to the better-supported one. */
    private static Map<String, String> choose(Map<String, Map<String, Integer>> votes, String text,
                                              List<Sentence> sentences, KnownEntities entities) {
        Map<String, Integer> support = new HashMap<>();
        Map<String, String> chosen = new HashMap<>();
        for (Map.Entry<String, Map<String, Integer>> e : votes.entrySet()) {
            Map<String, Integer> byName = new LinkedHashMap<>();
            e.getValue().forEach((name, n) -> {
                String full = fullName(name, text, sentences, entities);
                if (full != null) {
                    byName.merge(full, n, Integer::sum);
                }
            });
            byName.entrySet().stream().filter(n -> !PersonName.of(n.getKey()).isSingleWord() || n.getValue() >= 2)
                    .max(Map.Entry.comparingByValue()).ifPresent(best -> {
                chosen.put(e.getKey(), best.getKey());
                support.put(e.getKey(), best.getValue());
            });
        }
        Map<String, String> names = new HashMap<>();
        chosen.forEach((label, name) -> {
            boolean beaten = chosen.entrySet().stream().anyMatch(o -> !o.getKey().equals(label)
                    && PersonName.of(o.getValue()).sameAs(PersonName.of(name))
                    && support.get(o.getKey()) >= support.get(label));
            if (!beaten) {
                names.put(label, name);
            }
        });
        return names;
    }

    /** A first name to the one full name the text gives it; a full name as written; an organisation to null. */
    private static String fullName(String name, String text, List<Sentence> sentences, KnownEntities entities) {
        if (entities.kindOf(name) != null) {
            return null;
        }
        PersonName parsed = PersonName.of(name);
        if (parsed.isEmpty()) {
            return null;
        }
        if (!parsed.isSingleWord()) {
            return parsed.display();
        }
        String full = RoleLabels.fullNameOf(parsed.display(), text, sentences, entities);
        return full != null ? full : parsed.display();
    }

    private static String label(List<Turn> turns, int turn) {
        String speaker = turn < turns.size() ? turns.get(turn).speaker() : null;
        return speaker == null ? null : speaker.strip().toLowerCase(Locale.ROOT).isEmpty() ? null : speaker.strip();
    }

    /** The label of the nearest turn in {@code direction} spoken by someone else than {@code own}. */
    private static String otherLabel(List<Turn> turns, int turn, int direction, String own) {
        int i = turn + direction;
        if (i < 0 || i >= turns.size()) {
            return null;
        }
        String other = label(turns, i);
        return other == null || other.equals(own) ? null : other;
    }
}
