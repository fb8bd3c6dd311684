package io.claimstream.analysis.claims;

import io.claimstream.analysis.text.Anywhere;

/**
 * What people in a comment section or a reply thread say to one another about the exchange rather than about its
 * subject: who they are as readers ("Long-time reader, first comment."), taking up or making an offer to go on
 * elsewhere ("Happy to.", "DM me.", "Happy to argue about it over coffee.", "Sent to your work email."), asking to
 * read more ("Would love to read more."), the thread's idioms ("Asking for a friend.", "Corrections welcome.") and
 * where the poster's material is ("Harness and raw outputs are linked below."). None says anything of the world the
 * thread is about.
 */
final class CommentCourtesies {

    /** "Long-time reader, first comment.", "First-time commenter here.": who is writing, as a reader of the page. */
    private static final Anywhere WHO_READS = Anywhere.compile("(?i)^(long[- ]?time|first[- ]?time|regular|occasional)"
            + " (reader|listener|subscriber|lurker|commenter|viewer)(,? (first|rare|occasional) (time )?(comment|commenter|post"
            + "|poster)| here)?[.!]*$");
    /** "Happy to.", "DM me.", "Happy to argue about it over coffee.": an offer to go on with the exchange elsewhere. */
    private static final Anywhere GOING_ON = Anywhere.compile("(?i)^(sure[.,!]? |yes[.,!]? )?(happy|glad|keen) to( help| chat)?[.!]*$"
            + "|(?i)^(feel free to |just )?(dm|message|e-?mail|ping) me( (any ?time|here|directly|if [^.;:]{1,30}))?[.!]*$"
            + "|(?i)^(happy|glad|keen|would love) to (argue|chat|talk|debate|compare notes) (about )?(it|this|that)? ?"
            + "(over (a )?(coffee|beer|drink|call|lunch)|offline|sometime|any ?time)[.!]*$"
            // "Sent to your work email.", "Sent you a DM.": what was asked for, passed on outside the thread
            + "|(?i)^(just |done[.,!]? )?(sent|e-?mailed|dm['’]?e?d|messaged) (it |them )?(to )?(you|your [\\p{L} -]{1,20})"
            + "( a (dm|message|note|link))?[.!]*$");
    /** "Would love to read more.", "Keen to see more.": a reader asking for more, not saying anything. */
    private static final Anywhere MORE_PLEASE = Anywhere.compile("(?i)^(i would |i['’]d |would )love to (read|see|hear|learn)"
            + " more( about (it|this|that))?[.!]*$|(?i)^(keen|eager) to (read|see|hear) more[.!]*$");
    /** The thread's idioms: "Asking for a friend.", "Corrections welcome.", "Pushback appreciated." */
    private static final Anywhere IDIOM = Anywhere.compile("(?i)^asking for a friend( \\([^)]{1,10}\\))?[.!]*$"
            + "|(?i)^(corrections|feedback|pushback|comments|thoughts) (welcome|appreciated|very welcome)[.!]*$");
    /** "Harness and raw outputs are linked below.": where the poster's material is on the page. */
    private static final Anywhere LINKED = Anywhere.compile("(?i)^([\\p{L}'’-]+ ){0,2}[\\p{L}'’-]+( and ([\\p{L}'’-]+ ){0,2}"
            + "[\\p{L}'’-]+)? (is|are) (linked|attached|in the (link|links)) (below|above|in the (next|first|last|following)"
            + " (post|reply|comment|tweet))[.!]*$");

    private CommentCourtesies() {
    }

    /** Whether the sentence is such a remark between commenters. */
    static boolean betweenCommenters(String sentence) {
        String s = sentence.strip();
        return WHO_READS.in(s) || GOING_ON.in(s) || MORE_PLEASE.in(s) || IDIOM.in(s) || LINKED.in(s);
    }
}
