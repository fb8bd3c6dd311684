package io.claimstream.analysis.claims;

import io.claimstream.analysis.text.Anywhere;

/**
 * What a web page says about itself around the article: its pictures ("Photo captions: Left, the stage; …",
 * "Pictures courtesy of the organisers."), a call to subscribe after a conditional or a purpose ("If you found this
 * useful, sign up below", "To get new posts, consider becoming a subscriber.") and a notice that the piece is for
 * information only and no advice, and the outlet's line about itself with its call to follow it, when the page
 * was last edited, how to read an e-mail in full, and its row of reaction buttons. A scraper keeps these lines in the text; they describe the page, never the world the page reports
 * on.
 */
final class PageChrome {

    /** What a page shows besides its text. */
    private static final String PICTURES = "(images?|photos?|photographs?|pictures?|illustrations?|video stills?|footage)";

    /** "Image captions: Top, …", "Photo credit: …", "Photos: the organisers.": a label heading the page's pictures. */
    private static final Anywhere PICTURES_LABELLED = Anywhere.compile("(?i)^(top |header |cover |lead |featured )?"
            + PICTURES + " (captions?|credits?|sources?|descriptions?)\\s*[:：].*"
            // "Photos: Forum organisers.": a credit in a few words; "Images: most will be watermarked" is a list's claim
            + "|(?i)^" + PICTURES + "\\s*[:：]\\s*(?!.*\\b(will|would|is|are|was|were|can|could|should|must|has|have)\\b)"
            + "[^.;:!?]{1,40}[.]?$");

    /** "Images provided by the organiser.", "All photos courtesy of the conference.": where the pictures came from. */
    private static final Anywhere PICTURES_SOURCED = Anywhere.compile("(?i)^(all |the )?" + PICTURES
            + "( (in|of|for|on) (this|the) (article|post|piece|story|page|report))? ((are|is|were|was) )?(provided|supplied"
            + "|courtesy|taken|used with permission|reproduced)\\b[^;:\"“]{0,60}[.!]*$");

    /** "If you enjoyed this, subscribe below", "If you found it useful, please share it.": the page asking for readers. */
    private static final Anywhere SUBSCRIBE_IF = Anywhere.compile("(?i)^([\\p{L} ]{1,20}\\) )?if you (enjoyed|liked|loved"
            + "|found|want more|want to read more|would like more|['’]d like more)\\b[^,;:\"“]{0,40}, (please |do |why not )?"
            // "(Outro) If you enjoyed this episode, please like, subscribe and …": a video's call, after its cue
            + "(like,? (and )?)?(subscribe|sign up|share (this|it)|follow (us|me)|forward (this|it)|tell a friend)\\b.*"
            // "To receive new posts and support my work, consider becoming a free or paid subscriber.": the same call
            + "|(?i)^(to [^,;:\"“]{1,60}, )?(please )?(consider )?(becoming|become|upgrading to|signing up as) an? (free or paid"
            + " |paid or free |paid |free |premium )?(subscriber|member|supporter|patron)\\b[^;:\"“]{0,40}[.!]?$");

    /** "This briefing is for information only and does not constitute investment advice.": the page's own caveat. */
    private static final Anywhere INFORMATION_ONLY = Anywhere.compile("(?i)^(this|the|our) ([\\p{L}-]+ ){0,2}(is|are|was"
            + "|were) (provided |published |intended )?for (general )?information(al)?( purposes)? only\\b.*"
            + "|(?i).*\\b(does|do|shall|should) not (constitute|amount to|represent) (an? )?(investment|financial|legal|tax"
            + "|professional) (advice|recommendation)\\b.*"
            + "|(?i)^nothing (here|herein|in this ([\\p{L}-]+ ){0,2}[\\p{L}-]+) (constitutes|is|amounts to|should be (read|taken)"
            + " as) (an? )?(investment|financial|legal|tax|professional) (advice|recommendation)\\b.*");

    /**
     * "Rackline is a technology outlet covering Europe's chip industry.", "Follow us for more interviews.": the
     * publication's standing line about itself under its articles, and its call to follow it.
     */
    private static final Anywhere OUTLET_BLURB = Anywhere.compile("^\\p{Lu}[\\p{L}'’.-]*( \\p{Lu}[\\p{L}'’.-]*){0,3} (?i:is"
            + " (a|an|the) ([\\p{L}-]+ ){0,3}(outlet|publication|newsletter|magazine|news site|news service|media (company|brand"
            + "|platform|outlet)|podcast|blog|website) (covering|about|that covers|focused on|focusing on|reporting on|on|for)"
            + ")\\b[^;:\"“]{1,60}[.!]?$"
            + "|(?i)^(please )?(follow|subscribe to|sign up for) (us|our (newsletter|channel|account|page))( (on [\\p{L}-]+|here"
            + "|today|now))? (for|to (get|read|see|hear)) (more|all|every|our|the latest)\\b[^;:\"“]{0,40}[.!]?$");

    /**
     * "[Read the interview (French)](https://…)", "[Unsubscribe](…) · [Manage preferences](…)": a line that is nothing
     * but Markdown links is the page's navigation; its anchor text names where the link goes and says nothing of it.
     */
    private static final Anywhere LINKS_ONLY = Anywhere.compile("^[>*_\\s-]*(\\[[^\\]\\n]{1,120}\\]\\([^)\\s]{1,300}\\)"
            + "[*_]*[\\s·|•,;/-]*)+[.]?$");

    /** "Screenshot via a reader (h/t R.K.); …", "Chart via the company's filing.": where a picture or a tip came from. */
    private static final Anywhere SOURCED_VIA = Anywhere.compile("(?i)^(" + PICTURES + "|screenshots?|screen ?grabs?|charts?"
            + "|graphics?|clips?|tip) (via|courtesy of|from|thanks to) [^\"“]{1,160}$|(?i)^(h/t|hat tip|via)\\b[^;:\"“]{1,60}$");

    /** "The Weekly Gradient is reader-supported.", "Two Tokens In is independent and listener-supported.": who pays. */
    private static final Anywhere SUPPORTED_BY_ITS_AUDIENCE = Anywhere.compile("^[*_]*\\p{Lu}[\\p{L}'’.-]*( \\p{Lu}?[\\p{L}'’.-]*)"
            + "{0,4} (?i:is|are) (?i:(an? )?(independent|ad-free|free)( and|,) )?(?i:(reader|listener|viewer|member|subscriber"
            + "|audience|community)[- ](supported|funded|owned))( (?i:and|,) [^;:\"“]{1,40})?[.!]?[*_]*$");

    /** "This page was last edited on 2 October 2026, at 09:14 (UTC).": when the page itself last changed. */
    private static final Anywhere LAST_EDITED = Anywhere.compile("(?i)^(this|the) (page|article|entry|post|story)( was| has been)?"
            + " (last |most recently )?(edited|modified|updated|revised|changed)( on| at| in)? [^;\"“]{1,60}$");

    /**
     * "If your email client cuts this off, open it in the browser.", "Trouble reading? View this issue in your browser.":
     * a newsletter's e-mail telling the reader how to see all of it.
     */
    private static final Anywhere MAIL_VIEW = Anywhere.compile("(?i)^(if |when )?(your |this |the )?(e-?mail|message|inbox)"
            + "( client| app| program| provider)? (cuts|clips|truncates|trims|shortens|hides|breaks|does not show|doesn['’]t show"
            + "|does not display|doesn['’]t display)\\b[^;:\"“]{0,60}[.!]*$"
            + "|(?i)^([^,;:\"“]{1,30}[,?] )?(please )?(view|read|open|see) (this|it|the (full )?(issue|post|newsletter|e-?mail"
            + "|article))( issue| post| e-?mail)? (in|on) (your|the|a) (web )?browser\\b[^;:\"“]{0,30}[.!]*$");

    /**
     * "If this was useful, forward it to one person who should read it.": the page asking to be passed on, after the
     * worth it claims for itself.
     */
    private static final Anywhere PASS_IT_ON = Anywhere.compile("(?i)^if (this|it|the (article|post|piece|issue|newsletter"
            + "|story|episode)) (was|is|has been|were) (useful|helpful|interesting|worth (it|reading|your time)|of (use|interest)"
            + "|valuable)( to you)?, (please |do |why not )?(forward|share|send|pass|give|like|subscribe|tell|recommend)\\b.*");

    /**
     * "Like 👍 Share ↗ Wow ✨ — …": the row of reaction buttons under a post, two or more button words with only their
     * icons between them, whatever the line goes on to ask.
     */
    private static final Anywhere REACTION_BUTTONS = Anywhere.compile("(?i)^(like|share|wow|looking|favou?rite|repost|retweet"
            + "|comment|upvote|save|reply|in ?look)\\s*[^\\p{L}\\s,.;:]+\\s*(like|share|wow|looking|favou?rite|repost|retweet"
            + "|comment|upvote|save|reply|in ?look)\\b.*");

    private PageChrome() {
    }

    /** Whether the sentence is the page talking about itself. */
    static boolean aboutThePage(String sentence) {
        String s = sentence.strip();
        return PICTURES_LABELLED.in(s) || PICTURES_SOURCED.in(s) || SUBSCRIBE_IF.in(s) || INFORMATION_ONLY.in(s)
                || OUTLET_BLURB.in(s) || LINKS_ONLY.in(s) || SOURCED_VIA.in(s) || SUPPORTED_BY_ITS_AUDIENCE.in(s)
                || LAST_EDITED.in(s) || MAIL_VIEW.in(s) || PASS_IT_ON.in(s) || REACTION_BUTTONS.in(s);
    }
}
