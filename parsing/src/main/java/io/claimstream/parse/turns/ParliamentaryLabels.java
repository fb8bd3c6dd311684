package io.claimstream.parse.turns;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.parse.text.Chars;
import io.claimstream.parse.text.Line;

/**
 * The labels of a parliamentary record (Hansard and the reports laid out like it), each alone on its line over the
 * member's words, which the ordinary name test refuses for their "The" and their lower-case "of":
 * <ul>
 *   <li>a peer by title, with the party in brackets or without it: {@code Lord Ashgrove (Lab)},
 *       {@code Lord Mehta of Rivenhall (LD)}, {@code The Countess of Dunmere (Con)}, {@code The Lord Bishop of Eastleigh}.
 *       The title is how a peer is named, so it stays part of the name; "The" and a bishop's "Lord" do not
 *       ({@code Bishop of Eastleigh});</li>
 *   <li>a minister or a presiding officer by office, the holder in brackets:
 *       {@code The Minister of State, Home Office (Baroness Kerridge) (Lab)}, {@code The Prime Minister (Ada Quist)},
 *       {@code Madam Deputy Speaker (Dame Ellen Furness)}: the words are the holder's, the office is the role;</li>
 *   <li>a member of the Commons by name, seat and party: {@code Ruth Calder (Harrow Vale) (Lab)};</li>
 *   <li>the chair alone ({@code Mr Speaker}, {@code The Chair}): a role label, which names nobody by itself.</li>
 * </ul>
 */
final class ParliamentaryLabels {

    /** An office label with its holder may run long ("The Parliamentary Under-Secretary of State, Department for …"). */
    private static final int MAX_LINE = 200;

    private static final String WORD = "\\p{Lu}[\\p{L}'’-]*";
    /** A seat or a territorial designation: "Kingsmere", "Newcastle upon Tyne Central", "Hay-on-Wye". */
    private static final String PLACE = WORD + "(?:,? (?:(?:and|upon|on|under|in|the|of|by|with|next|le) )*" + WORD + ")*";
    /** A party or group's short name in brackets: (Lab), (Con), (LD), (CB), (Lab Co-op), (Non-Afl), (D-CA). */
    private static final String PARTY = "\\((\\p{Lu}[\\p{L}.&/-]{0,7}(?: [\\p{L}.&/-]{1,7})?)\\)";
    private static final String PEERAGE = "(?:Lord|Baroness|Baron|Lady|Viscount|Viscountess|Earl|Countess|Marquess"
            + "|Marchioness|Duke|Duchess)";
    /** A peer as the record names them: a title and a name, a title and a designation, or both. */
    private static final String PEER = PEERAGE + "(?:(?: " + WORD + "){1,2}(?: of " + PLACE + ")?| of " + PLACE + ")";
    private static final String BISHOP = "(?:Arch)?[Bb]ishop of " + PLACE;
    private static final String COURTESY = "(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Rt Hon|Hon)\\.? )?";
    private static final String MEMBER = COURTESY + WORD + "(?: " + WORD + "){1,3}";

    private static final Pattern PEER_LINE = Pattern.compile(
            "(?:The )?(?:Lord (?=(?:Arch)?[Bb]ishop))?(" + PEER + "|" + BISHOP + ")(?: " + PARTY + ")?");
    /** An office, the holder in brackets, perhaps the holder's party after them. */
    private static final Pattern OFFICE_LINE = Pattern.compile(
            "(?:The )?(\\p{Lu}[^()\\n]{2,150}?) \\((" + PEER + "|" + MEMBER + ")\\)(?: " + PARTY + ")?");
    /** What makes the words before the brackets an office rather than a name. */
    private static final Pattern OFFICE_WORD = Pattern.compile("\\b(?:Minister|Secretary|Under-Secretary|Speaker"
            + "|Leader|Chancellor|Whip|Attorney|Solicitor|Advocate|Privy Seal|Paymaster|Chair|Chairman|Chairwoman"
            + "|President)\\b");
    private static final Pattern MEMBER_LINE = Pattern.compile("(" + MEMBER + ") \\((" + PLACE + ")\\) " + PARTY);
    /** The presiding officer, named by the chair alone. */
    private static final Pattern CHAIR_LINE = Pattern.compile("(?:Mr|Madam|The) ((?:Deputy |Lord )?(?:Speaker"
            + "|Chair|Chairman|Chairwoman)(?: of (?:Committees|Ways and Means))?)");

    private ParliamentaryLabels() {
    }

    /** The record's label filling {@code line}, or null. */
    static SpeakerLabel read(String text, Line line) {
        int s = line.start();
        int e = Chars.trimEnd(text, s, line.end());
        if (e - s > MAX_LINE || e - s < 4) {
            return null;
        }
        String written = text.substring(s, e);
        Matcher peer = PEER_LINE.matcher(written);
        if (peer.matches()) {
            return label(peer.group(1), peer.group(2), s + peer.start(1), s + peer.end(1), line, false);
        }
        Matcher office = OFFICE_LINE.matcher(written);
        if (office.matches() && OFFICE_WORD.matcher(office.group(1)).find()) {
            String role = office.group(1).strip();
            return label(office.group(2), role, s + office.start(2), s + office.end(2), line, false);
        }
        Matcher member = MEMBER_LINE.matcher(written);
        if (member.matches()) {
            return label(member.group(1), member.group(3) + ", " + member.group(2), s + member.start(1),
                    s + member.end(1), line, false);
        }
        Matcher chair = CHAIR_LINE.matcher(written);
        if (chair.matches()) {
            return label(chair.group(1), null, s + chair.start(1), s + chair.end(1), line, true);
        }
        return null;
    }

    /** Whether a label's name is a peer's as the record writes it ("Lord Ashgrove", "Bishop of Eastleigh"). */
    static boolean namesAPeer(String name) {
        return PEER_OR_BISHOP.matcher(name).matches();
    }

    private static final Pattern PEER_OR_BISHOP = Pattern.compile(PEER + "|" + BISHOP);

    private static SpeakerLabel label(String name, String role, int nameStart, int nameEnd, Line line,
                                      boolean generic) {
        return new SpeakerLabel(name, role, nameStart, nameEnd, line.start(), line.end(), generic, null, false,
                SpeakerLabel.Separator.LINE);
    }
}
