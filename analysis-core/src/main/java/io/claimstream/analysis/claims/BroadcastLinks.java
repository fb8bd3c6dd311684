package io.claimstream.analysis.claims;

import io.claimstream.analysis.text.Anywhere;

/**
 * The links an anchor speaks between a news broadcast's pieces: a guest or a reporter brought in ("Ada Kim joins me
 * now from Lagos.", "Joining me now, Ada Kim.", "Our Lagos correspondent Ben Ode reports."), the story moved on ("Now
 * to Brussels, where …", "And before we go, a quick look at the markets.") and the clip announced ("Here's what she
 * said.", "“Market Hour” starts right now."). Each hands the air to somebody or something else and claims nothing
 * itself. A guest presented by the chair
 * of a panel ("And we have Ada Kim joining us from Lagos.") is the same link, one list of them.
 */
final class BroadcastLinks {

    /** A capital, whatever the case-insensitive patterns around it say. */
    private static final String UPPER = "(?-i:\\p{Lu})";
    /** "Ada Kim", "Dr. Ben Ode-Lowe": a name of one to four capitalised words. */
    private static final String NAME = "(" + UPPER + "[\\p{L}'’.-]+ ?){1,4}";
    /** "now", "live", "from Lagos", "in the studio": when and where the guest is. */
    private static final String WHERE_NOW = "(( now| live| tonight| today| here| again| also)*( (from|in|on)"
            + " [^,;:]{1,40})?)";

    /**
     * "Ada Kim joins me now live.", "Joining me now, Ada Kim.", "Joining us from Lagos, our reporter Ben Ode.", "And
     * finally we have Ada Kim joining us from Lagos.": a guest presented, where they are.
     */
    private static final Anywhere GUEST_JOINS = Anywhere.compile("(?i)^((and|so|now|also),? )?" + NAME + "(joins|is joining)"
            + " (me|us)" + WHERE_NOW + "[.!]*$"
            + "|(?i)^((and|so|now|also),? )?(joining|with) (me|us)" + WHERE_NOW + ",( (our|my|the) [^,;:]{1,40})? " + NAME
            + "[.!]*$"
            + "|^((?i:and|so|now|also),? )?((?i:finally|also|next|lastly),? )?(?i:we have|we['’]ve got|there is|there['’]s)"
            + " (" + UPPER + "[\\p{L}'’.-]+ ){0,2}" + UPPER + "[\\p{L}'’.-]+( (?i:also))? (?i:joining|with) (?i:us|me)( (?i:today|now|tonight"
            + "|remotely|online|live|by video|on the line))?( (?i:from|in|via|on) [^,;:]{1,30})?[.!]*$");

    /** "Our Beijing correspondent Ben Ode reports.", "Ada Kim has the story.": the piece handed to a reporter. */
    private static final Anywhere REPORTER_CUED = Anywhere.compile("(?i)^[^;:,\"“]{0,50}\\b(correspondent|reporter|editor"
            + "|analyst|producer) " + NAME + "(reports|has (the|this|that|more|our|today['’]s) (story|report|details)"
            + "|is (there|on the scene|live)|explains)( (from|in|on) [^,;:]{1,40})?[.!]*$"
            + "|(?i)^" + NAME + "(reports|has (the|this|that|more) (story|report|details))( from [^,;:]{1,40})?[.!]*$");

    /** "Now to Brussels, where …", "And before we go tonight, a quick look at the markets.": the next story. */
    private static final Anywhere STORY_MOVED_ON = Anywhere.compile("(?i)^(and |but )?(now,? (over )?to|over to) "
            + UPPER + "[^;:]*$"
            + "|(?i)^(and |but )?((before we (go|leave you|wrap up|close)|finally|first|next)( tonight| today| this"
            + " (evening|morning|hour))?,? )?a (quick|brief|closer|final|last) look at\\b[^;:]{0,50}[.!]*$");

    /**
     * "Here's what he said.", "Here is how she put it.", "We spoke to Ada Kim last year; here is a clip of what she said
     * then.": the clip that follows announced, after the meeting it comes from.
     */
    private static final Anywhere CLIP_ANNOUNCED = Anywhere.compile("(?i)^((we|i) (interviewed|spoke (to|with)|talked (to|with)"
            + "|met|asked|caught up with) [^;:,]{1,40}[;,] )?(and |so )?here(['’]s| is) (a (short |brief )?(clip|bit|excerpt"
            + "|snippet|part|portion|recording) of )?(what|how) (he|she|they"
            + "|" + UPPER + "[\\p{L}'’.-]+( " + UPPER + "[\\p{L}'’.-]+)?) (said|put it|told (us|me|reporters|[^,;:]{1,20})"
            + "|had to say|said about it)( (today|tonight|earlier|this morning|yesterday|then|at the time|back then"
            + "|last (week|month|year)))?[.:!]*$");

    /** "“Market Hour” starts right now.", "The Night Show is next.": the programme after this one, handed the air. */
    private static final Anywhere SHOW_NEXT = Anywhere.compile("^[\"“]?(" + NAME + "[\"”] |" + NAME + "(?i:show|hour|tonight"
            + "|today|live|news|report|weekly|daily|programme|program) )(?i:(starts|begins|is next|is up next|comes up next"
            + "|follows)( right)?( now| next| after (the|this) break| in a (moment|minute|few minutes)| after this)?)[.!]*$");

    private BroadcastLinks() {
    }

    /** Whether the sentence only links a broadcast's pieces: a guest brought in, a reporter cued, the story moved on. */
    static boolean linksThePieces(String sentence) {
        String s = sentence.strip();
        return GUEST_JOINS.in(s) || REPORTER_CUED.in(s) || STORY_MOVED_ON.in(s) || CLIP_ANNOUNCED.in(s) || SHOW_NEXT.in(s);
    }
}
