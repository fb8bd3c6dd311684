package io.claimstream.parse.participants;

import io.claimstream.contracts.Turn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives the role labels of an interview ({@code Q:}/{@code A:}, {@code Interviewer:}) the people
 * behind them, as the introduction names them: {@code Mara Lind spoke with Dev Patel, CEO of Corvid},
 * {@code An interview with Dev Patel}, {@code Interview: Dev Patel on agents}, {@code Dev Patel spoke
 * to us from Oslo}, {@code conducted by Mara Lind}, or the one person the introduction names. A turn
 * keeps its label's span (which still reads {@code Q}); its speaker becomes the person's name, or
 * {@code Interviewer}/{@code Interviewee} when the text names nobody, so that no one is called
 * "Q". An outlet that asks ({@code The Ledger spoke with him}) becomes the interviewer's role. Where the
 * introduction does not write the names out, {@link NamedSides} reads them from the header's credits, a role label's
 * parentheses or a side's own first turn, and {@link ShortNames} a surname alone ({@code an interview with Asante}).
 */
public final class InterviewSides {

    public static final String INTERVIEWER = "Interviewer";
    public static final String INTERVIEWEE = "Interviewee";

    /** The introduction is read up to this many characters before the first role label. */
    private static final int MAX_PRELUDE = 4000;
    private static final int MAX_OBJECT_WORDS = 6;

    static final Set<String> ASKING = Set.of("q", "question", "interviewer", "host", "moderator");
    static final Set<String> ANSWERING = Set.of("a", "answer", "interviewee", "guest");
    private static final Set<String> SHORT = Set.of("q", "a", "question", "answer");
    /** Longer than any of the labels above, with room for spaces around it. */
    static final int MAX_ROLE_LABEL = 16;

    private static final Pattern MEETS = Pattern.compile("\\b(?:interview(?:ed|s)?|conversation|q\\s*&\\s*a|chat(?:s|ted)?"
            + "|talk(?:s|ed)?|sp(?:oke|eaks?|eaking)|s(?:at|its|itting) down|caught up|met|meets)[ \\t]+(?:with|to)[ \\t]+"
            + "|\\binterview(?:ed|s)?[ \\t]+(?=\\p{Lu})", Pattern.CASE_INSENSITIVE);
    private static final Pattern BY = Pattern.compile("\\b(?:interviewed|hosted|moderated|conducted|presented)[ \\t]+by[ \\t]+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLED = Pattern.compile("^[ \\t#*]*(?:interview|q\\s*&\\s*a|in conversation)[ \\t]*[:|\\u2013\\u2014-][ \\t]*",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    private InterviewSides() {
    }

    /** The turns with role labels resolved; the same list when there are none. */
    public static List<Turn> resolve(String text, String title, List<Turn> turns) {
        int first = firstRoleLabel(turns);
        if (first < 0) {
            return turns;
        }
        String prelude = unwrapped(text.substring(Math.max(0, first - MAX_PRELUDE), first));
        Sides sides = new Sides();
        if (title != null && !text.startsWith(title)) {
            read(unwrapped(title), sides);
        }
        NamedSides.credits(text.substring(Math.max(0, first - MAX_PRELUDE), first), sides);
        NamedSides.profile(text, first, sides);
        read(prelude, sides);
        NamedSides.inRoleLabels(turns, sides);
        NamedSides.selfIntroduced(text, turns, sides);
        Map<String, String> holders = RoleHolders.of(text, turns);
        if (sides.interviewee == null) {
            // the host and the moderator the text names are not whom the interview is with
            Set<String> others = new java.util.HashSet<>(holders.values());
            if (sides.interviewer != null) {
                others.add(sides.interviewer);
            }
            sides.interviewee = onlyPersonNamed(prelude, others);
        }
        List<Turn> out = new ArrayList<>(turns.size());
        for (Turn turn : turns) {
            out.add(resolved(turn, sides, holders));
        }
        return out;
    }

    /**
     * The introduction with the line breaks of a hard-wrapped paragraph read as the spaces they stand for, so that a
     * name broken over two lines ("a conversation with Ingrid" / "Solberg") is read whole; a break after a short line
     * (a list of participants, a byline) or before a blank line or markup stays a break. Same length as given.
     */
    static String unwrapped(String intro) {
        char[] chars = intro.toCharArray();
        int lineStart = 0;
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] != '\n') {
                continue;
            }
            boolean wrapped = i - lineStart >= MIN_WRAPPED_LINE && i + 1 < chars.length
                    && Character.isLetterOrDigit(chars[i + 1]) && chars[i - 1] != '\r';
            lineStart = i + 1;
            if (wrapped) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** Shorter than this, a line ended where its writer ended it, not where a width broke it. */
    private static final int MIN_WRAPPED_LINE = 50;

    private static int firstRoleLabel(List<Turn> turns) {
        for (Turn turn : turns) {
            // a transcript of named speakers is ruled out by length, without lower-casing each label
            if (turn.speaker() != null && turn.speaker().length() <= MAX_ROLE_LABEL) {
                String label = turn.speaker().strip().toLowerCase(Locale.ROOT);
                if (ASKING.contains(label) || ANSWERING.contains(label) || RoleHolders.isRole(label)) {
                    return turn.label().start();
                }
            }
        }
        return -1;
    }

    /**
     * The turn under the person its role label stands for: the one its parentheses name ({@code Host (Zhou Yiran):},
     * where two hosts take turns), else the one the text says holds that role, else the side the label is on, unless
     * the text gave that side's person another role label of the transcript ("Host" and "Moderator" both ask, and are
     * two people).
     */
    private static Turn resolved(Turn turn, Sides sides, Map<String, String> holders) {
        String label = turn.speaker() == null ? "" : turn.speaker().strip().toLowerCase(Locale.ROOT);
        String name;
        String role = turn.role();
        String own = NamedSides.nameInParentheses(turn);
        String held = own != null ? own : holders.get(label);
        if (held != null) {
            name = held;
        } else if (ASKING.contains(label)) {
            String side = heldElsewhere(sides.interviewer, label, holders) ? null : sides.interviewer;
            name = side != null ? side : SHORT.contains(label) ? INTERVIEWER : null;
            if (sides.interviewer == null && role == null) {
                role = sides.outlet;
            }
        } else if (ANSWERING.contains(label)) {
            String side = heldElsewhere(sides.interviewee, label, holders) ? null : sides.interviewee;
            name = side != null ? side : SHORT.contains(label) ? INTERVIEWEE : null;
        } else {
            return turn;
        }
        if (name != null && name.equals(role)) {
            role = turn.speaker().strip(); // "Host (Sam Ortega)": the parentheses named the person, the label is the role
        }
        return name == null ? turn : new Turn(name, role, turn.label(), turn.span(), turn.startMillis(), turn.endMillis());
    }

    /** Whether the text gives the person another of the transcript's role labels than this one. */
    private static boolean heldElsewhere(String person, String label, Map<String, String> holders) {
        if (person == null) {
            return false;
        }
        for (Map.Entry<String, String> holder : holders.entrySet()) {
            if (!holder.getKey().equals(label) && holder.getValue().equals(person)) {
                return true;
            }
        }
        return false;
    }

    private static void read(String intro, Sides sides) {
        Matcher by = BY.matcher(intro);
        while (by.find()) {
            sides.asking(nameFrom(intro, by.end()));
        }
        Matcher meets = MEETS.matcher(intro);
        while (meets.find()) {
            String subject = subjectBefore(intro, meets.start());
            String object = pronounAt(intro, meets.end());
            if (object.equals("us") || object.equals("me")) {
                sides.answering(subject); // "Dev Patel spoke to us"
            } else if (object.equals("him") || object.equals("her") || object.equals("them")) {
                offerAsker(intro, meets.start(), subject, sides); // "The Ledger spoke with him"
            } else {
                String answering = nameFrom(intro, meets.end());
                if (answering == null) {
                    answering = ShortNames.fullNameOfSurnameAt(intro, meets.end()); // "an interview with von der Heide"
                }
                if (answering != null) {
                    sides.answering(answering);
                    offerAsker(intro, meets.start(), subject, sides);
                }
            }
        }
        Matcher titled = TITLED.matcher(intro);
        if (titled.find()) {
            String named = nameFrom(intro, titled.end());
            if (sides.interviewee != null && named != null && !named.equals(sides.interviewee)) {
                // "Interview: Matthias Brenner" above "an interview with von der Heide": who conducted it
                sides.asking(named);
            } else {
                sides.answering(named);
            }
        }
    }

    private static void offerAsker(String intro, int verb, String subject, Sides sides) {
        if (subject != null) {
            sides.asking(subject);
        } else if (sides.outlet == null) {
            sides.outlet = outletBefore(intro, verb);
        }
    }

    /** The person's name that ends right before {@code verb} ({@code Mara Lind spoke with}). */
    private static String subjectBefore(String intro, int verb) {
        int end = Words.previousWordEnd(intro, verb, 0);
        if (end < 0) {
            return null;
        }
        int lineStart = Math.max(intro.lastIndexOf('\n', end - 1) + 1, Math.max(0, end - 80));
        for (NameMentions.Mention mention : names(intro, lineStart, end)) {
            if (mention.end() == end) {
                return mention.name();
            }
        }
        return null;
    }

    /** {@code The Ledger} before {@code spoke with him}: the capitalised words right before the verb. */
    private static String outletBefore(String intro, int verb) {
        int end = Words.previousWordEnd(intro, verb, 0);
        if (end < 0) {
            return null;
        }
        int start = -1;
        int at = end;
        for (int words = 0; words < 4; words++) {
            int wordStart = Words.start(intro, at, 0);
            if (wordStart == at || !Words.startsUpper(intro, wordStart)) {
                break;
            }
            start = wordStart;
            at = Words.previousWordEnd(intro, wordStart, 0);
            if (at < 0) {
                break;
            }
        }
        if (start < 0) {
            return null;
        }
        String run = intro.substring(start, end);
        return run.indexOf(' ') < 0 && NameMentions.isStopWord(run) ? null : run; // "He spoke with her"
    }

    private static String pronounAt(String intro, int at) {
        return NameMentions.wordAt(intro, at, intro.length()).toLowerCase(Locale.ROOT);
    }

    /** The first person's name within a few words of {@code from}, before the clause ends. */
    private static String nameFrom(String intro, int from) {
        int i = from;
        for (int words = 0; words < MAX_OBJECT_WORDS && i < intro.length(); words++) {
            char c = intro.charAt(i);
            if (c == '.' || c == ';' || c == ':' || c == '\n' || c == '(' || c == '?' || c == '!') {
                return null;
            }
            if (Words.isWordChar(c) && Words.startsUpper(intro, i)) {
                NameMentions.Mention mention = NameMentions.read(intro, i, intro.length(), name -> false);
                if (mention != null) {
                    return mention.name();
                }
            }
            int end = Words.end(intro, i, intro.length());
            i = io.claimstream.parse.text.Chars.skipSpace(intro, Math.max(end, i + 1), intro.length());
            while (i < intro.length() && intro.charAt(i) == ',') {
                i = io.claimstream.parse.text.Chars.skipSpace(intro, i + 1, intro.length());
            }
        }
        return null;
    }

    /** The one person the introduction names, other than the interviewer and the other roles' holders; null for none or several. */
    private static String onlyPersonNamed(String prelude, Set<String> others) {
        String found = null;
        for (NameMentions.Mention mention : names(prelude, 0, prelude.length())) {
            String name = mention.name();
            if (others.contains(name) || name.equals(found) || namesAnEpisode(prelude, mention.end())) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = name;
        }
        return found;
    }

    /** A numbered episode or issue after a dash or colon: {@code Inference Hour — Episode 112: …}. */
    private static final Pattern EPISODE = Pattern.compile("[ \\t]*[:|\\u2013\\u2014-][ \\t]*(?:episode|ep\\.|issue|no\\.|#)[ \\t]*\\d",
            Pattern.CASE_INSENSITIVE);

    /**
     * Whether the name ending at {@code end} is a show's, as a title line writes it before the episode's number: the
     * line is written once, at the top, where a speaker's label recurs before what they say.
     */
    private static boolean namesAnEpisode(String prelude, int end) {
        return EPISODE.matcher(prelude).region(end, prelude.length()).lookingAt();
    }

    private static List<NameMentions.Mention> names(String text, int from, int to) {
        List<NameMentions.Mention> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            boolean wordStart = i == 0 || !Words.isWordChar(text.charAt(i - 1));
            if (wordStart && Words.isWordChar(text.charAt(i)) && Words.startsUpper(text, i) && NameMentions.mayStartName(text, i, to)) {
                NameMentions.Mention mention = NameMentions.read(text, i, to, name -> false);
                if (mention != null) {
                    found.add(mention);
                    i = mention.end();
                    continue;
                }
            }
            i++;
        }
        return found;
    }
}
