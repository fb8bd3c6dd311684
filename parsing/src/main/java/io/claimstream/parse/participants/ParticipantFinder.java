package io.claimstream.parse.participants;

import io.claimstream.contracts.Participant;
import io.claimstream.contracts.Span;
import io.claimstream.contracts.Turn;
import io.claimstream.parse.turns.LabelVetting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people a document introduces ({@link Introductions}) and the people who speak in it (its
 * turn labels), one entry per person: a speaker the text introduces gets the introduction's role
 * and organisation, else what the label's parentheses or appositive say. Names are matched as
 * written, or a one-word label to the one introduced name that holds that word.
 */
public final class ParticipantFinder {

    /** Introductions sit near the top or around quotes; past this many characters the scan stops. */
    static final int MAX_SCAN = 200_000;
    private static final java.util.regex.Pattern SPACED_HYPHEN = java.util.regex.Pattern.compile("(?<=\\p{L}) - (?=\\p{L})");

    private ParticipantFinder() {
    }

    public static List<Participant> find(String text, List<Turn> turns) {
        try {
            return people(text, turns);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(); // a flaw in reading introductions must not cost the document its structure
        }
    }

    private static List<Participant> people(String text, List<Turn> turns) {
        Map<String, Entry> people = new LinkedHashMap<>();
        java.util.Set<String> labels = new java.util.HashSet<>();
        for (Turn turn : turns) {
            if (turn.speaker() != null) {
                labels.add(key(turn.speaker()));
            }
        }
        DescriptionCache descriptions = new DescriptionCache();
        introductions(text, people, labels, descriptions, repeatedLabels(turns));
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Turn turn : turns) {
            // a transcript repeats each label many times; what a label says is read once
            if (turn.speaker() != null && seen.add(turn.speaker() + '\u0000' + turn.role())) {
                speaker(text, turn, people, descriptions);
            }
        }
        List<Participant> out = new ArrayList<>(people.size());
        people.values().stream().sorted(Comparator.comparingInt(e -> e.span.start()))
                .forEach(e -> out.add(new Participant(e.name, e.role, e.affiliation, e.span)));
        return out;
    }

    /**
     * Where a label repeats one seen before, name and parentheses alike: {@code [label start, spoken
     * text start)} pairs in text order. It says nothing its first writing did not, so the scan skips it.
     */
    private static int[] repeatedLabels(List<Turn> turns) {
        int[] skips = new int[turns.size() * 2];
        int n = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Turn turn : turns) {
            if (turn.speaker() != null && !seen.add(turn.speaker() + '\u0000' + turn.role())
                    && turn.span().start() > turn.label().start()) {
                skips[n++] = turn.label().start();
                skips[n++] = turn.span().start();
            }
        }
        return java.util.Arrays.copyOf(skips, n);
    }

    private static void introductions(String text, Map<String, Entry> people, java.util.Set<String> labels,
                                      DescriptionCache descriptions, int[] repeatedLabels) {
        int limit = Math.min(text.length(), MAX_SCAN);
        int i = 0;
        int skip = 0;
        while (i < limit) {
            while (skip < repeatedLabels.length && repeatedLabels[skip + 1] <= i) {
                skip += 2;
            }
            if (skip < repeatedLabels.length && repeatedLabels[skip] <= i) {
                i = repeatedLabels[skip + 1];
                continue;
            }
            char c = text.charAt(i);
            boolean upper = c >= 'A' && c <= 'Z' || c >= 0x80 && (Character.isSurrogate(c)
                    ? Character.isUpperCase(text.codePointAt(i)) : Character.isUpperCase(c) || Character.isTitleCase(c));
            if (!upper || i > 0 && continuesWord(text.charAt(i - 1))) {
                i++;
                continue;
            }
            if (!NameMentions.mayStartName(text, i, limit)) {
                Introductions.Introduction single = ParentheticalNames.read(text, i, limit, descriptions);
                if (single != null && !people.containsKey(key(single.name()))) {
                    Entry entry = new Entry(single.name(), new Span(single.start(), single.end()));
                    entry.offer(single.role(), single.affiliation());
                    people.put(key(single.name()), entry);
                }
                i = Math.max(i + 1, single != null ? single.end() : Words.end(text, i, limit));
                continue;
            }
            NameMentions.Mention mention = NameMentions.read(text, i, limit, name -> labels.contains(key(name)));
            if (mention == null) {
                i = Math.max(i + 1, Words.end(text, i, limit));
                continue;
            }
            Entry known = mention.possessive() ? null : people.get(key(mention.name()));
            if (!mention.possessive() && (known == null || !known.complete())) {
                Introductions.Introduction intro = Introductions.read(text, mention, text.length(), descriptions);
                if (intro != null) {
                    Entry entry = people.computeIfAbsent(key(intro.name()),
                            k -> new Entry(intro.name(), new Span(intro.start(), intro.end())));
                    entry.offer(intro.role(), intro.affiliation());
                }
            }
            i = Math.max(i + 1, mention.end());
        }
    }

    private static boolean continuesWord(char c) {
        return Words.isWordChar(c) || c == '-' || c == '\'' || c == '\u2019';
    }

    private static void speaker(String text, Turn turn, Map<String, Entry> people, DescriptionCache descriptions) {
        String name = turn.speaker();
        if (name == null || name.isBlank() || !LabelVetting.namesAPerson(name) || quotedOutlet(text, turn.label())) {
            return;
        }
        Descriptions.RoleAndAffiliation said = turn.role() == null ? null : descriptions.ofParenthesis(turn.role());
        Entry entry = people.get(key(name));
        if (entry == null && name.indexOf(' ') < 0) {
            entry = uniqueHolder(people, name);
        }
        if (entry == null) {
            entry = new Entry(name, writtenAt(text, name, turn.label()));
            people.put(key(name), entry);
        }
        if (said != null) {
            entry.offer(said.role(), said.affiliation());
        } else if (turn.role() != null && entry.role == null && turn.role().length() <= 60) {
            entry.offer(turn.role(), null);
        }
    }

    /** The label, or for a role label the introduction resolved ({@code Q} for Mara Lind) where the name is written. */
    private static Span writtenAt(String text, String name, Span label) {
        if (label.end() <= text.length() && name.contentEquals(text.subSequence(label.start(), label.end()))) {
            return label;
        }
        int at = text.indexOf(name);
        return at < 0 ? label : new Span(at, at + name.length());
    }

    /** The one introduced person whose name holds {@code word} ({@code Guangmi} in {@code Li Guangmi}). */
    private static Entry uniqueHolder(Map<String, Entry> people, String word) {
        Entry found = null;
        for (Entry entry : people.values()) {
            for (String part : Words.SPACES.split(entry.name)) {
                if (part.equalsIgnoreCase(word)) {
                    if (found != null && found != entry) {
                        return null;
                    }
                    found = entry;
                }
            }
        }
        return found;
    }

    /** {@code “Undercurrent”:}, an outlet asking the questions, is not a person. */
    private static boolean quotedOutlet(String text, Span label) {
        return label.start() > 0 && label.end() < text.length() && isQuote(text.charAt(label.start() - 1))
                && isQuote(text.charAt(label.end()));
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB' || c == '\u300C' || c == '\u300D';
    }

    static String key(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (io.claimstream.parse.text.Chars.isSpace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c == '\u2019' ? '\'' : Character.toLowerCase(c));
        }
        return out.toString();
    }

    /** A person while the document is read; the first introduction that says something wins. */
    private static final class Entry {
        private final String name;
        private final Span span;
        private String role;
        private String affiliation;

        Entry(String name, Span span) {
            this.name = name;
            this.span = span;
        }

        boolean complete() {
            return role != null && affiliation != null;
        }

        void offer(String role, String affiliation) {
            if (this.role == null && role != null) {
                this.role = tidy(role);
            }
            if (this.affiliation == null && affiliation != null) {
                this.affiliation = tidy(affiliation);
            }
        }

        /** {@code co - founder}, as text copied from slides often spaces its hyphens. */
        private static String tidy(String words) {
            return words == null ? null : words.indexOf(" - ") < 0 ? words : SPACED_HYPHEN.matcher(words).replaceAll("-");
        }
    }
}
