package io.claimstream.parse.participants;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.contracts.Turn;

/**
 * Where an interview's sides are named outside the introduction's sentences: a header's credits ({@code Host: Marcus
 * Tillery | Guest: …}), a role label's parentheses ({@code Host (Sam Ortega):}), and the name a side gives itself in
 * its first turn ({@code Q: Welcome to the show. I'm Lena Ortiz.}).
 */
final class NamedSides {

    /** A header's credit naming a side: {@code Host: Marcus Tillery | Guest: Priya Venkataraman, …}. */
    private static final Pattern CREDIT = Pattern.compile("(?:^|\\|)[ \\t]*(host|interviewer|moderator|guest|interviewee)"
            + "[ \\t]*:[ \\t]*(?=\\p{Lu})", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    /**
     * A profile box's {@code Name: Lucia Ferro (…)} over notes of an interview: the box is about the person who
     * answers, whatever the notes' author, host or companies it also names.
     */
    private static final Pattern PROFILE_NAME = Pattern.compile("^[ \\t*_]*Name[ \\t*_]*:[ \\t]*(?=\\p{Lu})",
            Pattern.MULTILINE);

    private static final Pattern SELF_INTRODUCTION = Pattern.compile("\\b(?:I'm|I’m|I am|[Mm]y name is)[ \\t]+");

    private NamedSides() {
    }

    /** The header's credits, read line by line as written: a credit line is short, and no wrapped paragraph. */
    static void credits(String header, Sides sides) {
        Matcher credit = CREDIT.matcher(header);
        while (credit.find()) {
            NameMentions.Mention mention = NameMentions.read(header, credit.end(), header.length(), n -> false);
            String named = mention == null ? null : mention.name();
            if (InterviewSides.ASKING.contains(credit.group(1).toLowerCase(Locale.ROOT))) {
                sides.asking(named);
            } else {
                sides.answering(named);
            }
        }
    }

    /** Where a profile box sits: at the head of the notes, however long they run before the first question. */
    private static final int PROFILE_HEAD = 1500;

    /** The person a profile box at the head of the text names ({@code Name: Lucia Ferro}), who answers. */
    static void profile(String text, int firstLabel, Sides sides) {
        String head = text.substring(0, Math.min(firstLabel, PROFILE_HEAD));
        Matcher profile = PROFILE_NAME.matcher(head);
        if (profile.find()) {
            NameMentions.Mention mention = NameMentions.read(head, profile.end(), head.length(), n -> false);
            sides.answering(mention == null ? null : mention.name());
        }
    }

    /**
     * {@code Host (Sam Ortega):}: a role label that names its person in parentheses, as a transcript's first turn
     * often does before the rest go under "Q:"; that person is the side the role is.
     */
    static void inRoleLabels(List<Turn> turns, Sides sides) {
        for (Turn turn : turns) {
            String label = roleLabel(turn);
            String name = nameInParentheses(turn);
            if (label == null || name == null) {
                continue;
            }
            if (InterviewSides.ASKING.contains(label)) {
                sides.asking(name);
            } else {
                sides.answering(name);
            }
        }
    }

    /** The full name a role label's parentheses give ({@code Host (Sam Ortega):}), or null. */
    static String nameInParentheses(Turn turn) {
        if (RoleHolders.labelOf(turn) == null) {
            return null;
        }
        String role = turn.role() == null ? "" : turn.role().strip();
        NameMentions.Mention name = role.isEmpty() || !Words.startsUpper(role, 0) ? null
                : NameMentions.read(role, 0, role.length(), n -> false);
        return name == null || name.end() != role.length() ? null : name.name();
    }

    /**
     * A side the introduction leaves unnamed that names itself in its first turn ({@code Q: Welcome to the show.
     * I'm Lena Ortiz.}), as a host opens a programme and a witness opens their evidence.
     */
    static void selfIntroduced(String text, List<Turn> turns, Sides sides) {
        boolean askerSeen = false;
        boolean answererSeen = false;
        for (Turn turn : turns) {
            String label = roleLabel(turn);
            boolean asking = label != null && InterviewSides.ASKING.contains(label);
            if (label == null || (asking ? askerSeen : answererSeen)) {
                continue;
            }
            String name = nameGivenIn(text.substring(turn.span().start(), turn.span().end()));
            if (asking) {
                askerSeen = true;
                if (sides.interviewer == null) {
                    sides.asking(name);
                }
            } else {
                answererSeen = true;
                if (sides.interviewee == null) {
                    sides.answering(name);
                }
            }
        }
    }

    /** The turn's role label in lower case ({@code q}, {@code host}, {@code answer}), or null for a name. */
    private static String roleLabel(Turn turn) {
        if (turn.speaker() == null || turn.speaker().length() > InterviewSides.MAX_ROLE_LABEL) {
            return null;
        }
        String label = turn.speaker().strip().toLowerCase(Locale.ROOT);
        return InterviewSides.ASKING.contains(label) || InterviewSides.ANSWERING.contains(label) ? label : null;
    }

    /** The full name a speaker gives themselves in {@code turn} ({@code I'm Lena Ortiz}), or null. */
    static String nameGivenIn(String turn) {
        Matcher m = SELF_INTRODUCTION.matcher(turn);
        while (m.find()) {
            if (m.end() < turn.length() && Words.startsUpper(turn, m.end())) {
                NameMentions.Mention name = NameMentions.read(turn, m.end(), turn.length(), n -> false);
                if (name != null && !name.possessive()) {
                    return name.name();
                }
            }
        }
        return null;
    }
}
