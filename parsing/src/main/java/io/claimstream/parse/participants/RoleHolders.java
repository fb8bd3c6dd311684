package io.claimstream.parse.participants;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.contracts.Turn;

/**
 * Who holds each role a transcript labels its turns by ({@code Host:}, {@code Moderator:}, {@code Guest:},
 * {@code Chair:}), as the text says it of that role: a key to the labels ({@code "Host" is Zhou Yiran}, {@code Gao Peng,
 * marked "Moderator"}), the role's own first turn ({@code I'm Gao Peng, I'll be moderating}), or the role's noun or
 * verb beside a name anywhere in the text, before the transcript or after it ({@code hosted by Zhou Yiran},
 * {@code conference moderator Gao Peng}, {@code Zhou Yiran, host of Silicon Tide}, {@code our guest today, Zhang
 * Xinyi}). A fireside chat with a host, a guest and a moderator has three people behind three labels, where the two
 * sides of {@link InterviewSides} hold two. A role the text names two people for stays unnamed here.
 */
final class RoleHolders {

    /** Each role label and the words the text calls its holder by (nouns) or says they do (verbs, past or present). */
    private record Role(String nouns, String verbs) {
    }

    private static final Map<String, Role> ROLES = Map.of(
            "host", new Role("host", "hosted|hosting|hosts"),
            "guest", new Role("guest", null),
            "moderator", new Role("moderator", "moderated|moderating|moderates"),
            "chair", new Role("chair|chairman|chairwoman|chairperson", "chaired|chairing|chairs"),
            "interviewer", new Role("interviewer", null),
            "presenter", new Role("presenter", null),
            "anchor", new Role("anchor", "anchored|anchoring|anchors"),
            "reporter", new Role("reporter", null));

    /** Words before a role noun that make it someone else's role, or not the present one ("a former guest"). */
    private static final Pattern NOT_HELD = Pattern.compile("(?i)(?:former|previous|past|last|frequent|regular|another|other|"
            + "next|every|each|no|any)[ \\t]+$");

    /**
     * Words that, between a name's comma and a role's noun, make the clause say something else than the role the
     * name holds: "Ana Ruiz, who thanked the host", "Ana Ruiz, a former guest".
     */
    private static final String NOT_DESCRIBING = "(?:who|whom|whose|which|that|and|or|but|with|to|for|by|from|at|in|on|as"
            + "|asked|told|thanked|said|says|invited|joined|met|like|than|former|previous|past|last|frequent|regular"
            + "|another|other|next|every|each|no|any)";

    private final String text;
    private final List<Turn> turns;

    private RoleHolders(String text, List<Turn> turns) {
        this.text = text;
        this.turns = turns;
    }

    /** Whether a turn label names a role whose holder the text may say ({@code host}, {@code chair}), in lower case. */
    static boolean isRole(String label) {
        return ROLES.containsKey(label);
    }

    /**
     * The role labels the turns use (lower case) to the person the text says holds each; a label the text names
     * nobody or two people for is absent.
     */
    static Map<String, String> of(String text, List<Turn> turns) {
        return new RoleHolders(text, turns).read();
    }

    private Map<String, String> read() {
        Set<String> labels = new LinkedHashSet<>();
        for (Turn turn : turns) {
            String label = labelOf(turn);
            if (label != null) {
                labels.add(label);
            }
        }
        Map<String, String> holders = new HashMap<>();
        for (String label : labels) {
            String holder = keyed(label);
            if (holder == null) {
                holder = selfIntroduced(label);
            }
            if (holder == null && ROLES.containsKey(label)) {
                holder = described(ROLES.get(label));
            }
            if (holder != null) {
                holders.put(label, holder);
            }
        }
        return holders;
    }

    /** The role label of a turn in lower case ({@code host}, {@code q}), or null for a name. */
    static String labelOf(Turn turn) {
        if (turn.speaker() == null || turn.speaker().length() > InterviewSides.MAX_ROLE_LABEL) {
            return null;
        }
        String label = turn.speaker().strip().toLowerCase(Locale.ROOT);
        return ROLES.containsKey(label) || InterviewSides.ASKING.contains(label) || InterviewSides.ANSWERING.contains(label)
                ? label : null;
    }

    private static final String QUOTE_OPEN = "[\"“'‘]";
    private static final String QUOTE_CLOSE = "[\"”'’]";

    /**
     * A key to the labels, as a translated transcript gives one: {@code "Host" is Zhou Yiran}, {@code Gao Peng,
     * marked "Moderator"}. The label is quoted, so no sentence about a host in general is read as one.
     */
    private String keyed(String label) {
        String quoted = QUOTE_OPEN + "(?i:" + Pattern.quote(label) + ")" + QUOTE_CLOSE;
        Set<String> found = new LinkedHashSet<>();
        Matcher is = Pattern.compile(quoted + "[ \\t]+(?:is|was|refers[ \\t]+to|stands[ \\t]+for|denotes|means)[ \\t]+")
                .matcher(text);
        while (is.find()) {
            add(found, nameAt(is.end()));
        }
        Matcher marked = Pattern.compile(",?[ \\t]+(?:marked|labelled|labeled|shown|identified|listed|written|appearing)"
                + "(?:[ \\t]+as)?[ \\t]+" + quoted).matcher(text);
        while (marked.find()) {
            add(found, nameEndingAt(marked.start()));
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** The full name the first turn under the label gives its speaker ({@code I'm Gao Peng, I'll be moderating}). */
    private String selfIntroduced(String label) {
        for (Turn turn : turns) {
            if (label.equals(labelOf(turn))) {
                return NamedSides.nameGivenIn(text.substring(turn.span().start(), turn.span().end()));
            }
        }
        return null;
    }

    /**
     * The one person the text calls by the role's noun or verb: {@code hosted by Zhou Yiran}, {@code moderator Gao Peng},
     * {@code Zhou Yiran, host of …}, {@code Gao Peng (moderator)}, {@code our guest today, Zhang Xinyi}. What the text
     * says outside the turns comes first; the turns are read only when it says nothing.
     */
    private String described(Role role) {
        Set<String> outside = new LinkedHashSet<>();
        Set<String> inside = new LinkedHashSet<>();
        // the noun, then a name: "conference moderator Gao Peng", "our guest today, Zhang Xinyi"
        Matcher before = Pattern.compile("(?i)\\b(?:co-)?(?:" + role.nouns() + ")(?:[ \\t]+(?:today|tonight|this[ \\t]+"
                + "(?:week|evening|morning|afternoon)))?[ \\t]*,?[ \\t]+(?-i:(?=\\p{Lu}))").matcher(text);
        while (before.find()) {
            if (!before.group().regionMatches(true, 0, "co-", 0, 3) && !NOT_HELD.matcher(text.substring(
                    Math.max(0, before.start() - 20), before.start())).find()) {
                add(inTurn(before.start()) ? inside : outside, nameAt(before.end()));
            }
        }
        // a name, then the noun: "Zhou Yiran, host of …", "Gao Peng, the conference's moderator", "Gao Peng (moderator)"
        Matcher after = Pattern.compile("(?i)(?:,[ \\t]+(?:(?:the|our|their|today's|tonight's)[ \\t]+)?"
                + "(?:(?!" + NOT_DESCRIBING + "\\b)[\\p{L}'’-]+[ \\t]+){0,3}?|[ \\t]+\\((?:the[ \\t]+)?)(?:" + role.nouns()
                + ")\\b(?!-)").matcher(text);
        while (after.find()) {
            add(inTurn(after.start()) ? inside : outside, nameEndingAt(after.start()));
        }
        if (role.verbs() != null) {
            // "hosted by Zhou Yiran", "chaired by the conference moderator Gao Peng"
            Matcher by = Pattern.compile("(?i)\\b(?:" + role.verbs() + ")[ \\t]+by[ \\t]+(?:(?-i:\\p{Ll}[\\p{L}'’-]*)[ \\t]+){0,3}?"
                    + "(?-i:(?=\\p{Lu}))").matcher(text);
            while (by.find()) {
                add(inTurn(by.start()) ? inside : outside, nameAt(by.end()));
            }
        }
        Set<String> found = outside.isEmpty() ? inside : outside;
        return found.size() == 1 ? found.iterator().next() : null;
    }

    private boolean inTurn(int at) {
        for (Turn turn : turns) {
            if (turn.span().start() <= at && at < turn.span().end()) {
                return true;
            }
        }
        return false;
    }

    private static void add(Set<String> found, String name) {
        if (name != null) {
            found.add(name);
        }
    }

    /** The full name starting at {@code at} (after a title), or null. */
    private String nameAt(int at) {
        int from = at;
        Matcher title = TITLE.matcher(text).region(at, text.length());
        if (title.lookingAt()) {
            from = title.end();
        }
        if (from >= text.length() || !Words.startsUpper(text, from)) {
            return null;
        }
        NameMentions.Mention name = NameMentions.read(text, from, text.length(), n -> false);
        return name == null || name.possessive() ? null : name.name();
    }

    private static final Pattern TITLE = Pattern.compile("(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Dame|Sir|Lord|Lady)\\.?[ \\t]+");

    /** The full name that ends right before {@code end} ({@code Gao Peng} in {@code Gao Peng, marked …}), or null. */
    private String nameEndingAt(int end) {
        int lineStart = Math.max(text.lastIndexOf('\n', Math.max(0, end - 1)) + 1, Math.max(0, end - 60));
        for (int at = lineStart; at < end; at++) {
            boolean wordStart = at == 0 || !Words.isWordChar(text.charAt(at - 1));
            if (wordStart && Words.startsUpper(text, at)) {
                NameMentions.Mention name = NameMentions.read(text, at, end, n -> false);
                if (name != null && name.end() == end && !name.possessive()) {
                    return name.name();
                }
            }
        }
        return null;
    }
}
