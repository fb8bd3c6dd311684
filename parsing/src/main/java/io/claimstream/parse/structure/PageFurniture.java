package io.claimstream.parse.structure;

import io.claimstream.parse.blocks.Draft;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a web page puts around an article, copied along with it: menus and breadcrumbs, share and comment buttons,
 * cookie banners, paywall and newsletter boxes, advertisements, photo captions with their credits, author bios,
 * copyright lines, editors' notes and publication credits, and boxes of related headlines. None of it is what the
 * article reports, so each such paragraph becomes metadata, which no claim is read from and no title is taken from.
 *
 * <p>Each test is on the shape of a whole paragraph (a line of links, a banner's opening words, a credit closing a
 * caption), never on the words of a particular page; a sentence of the article that merely mentions cookies or
 * subscribers opens otherwise and stays.
 */
final class PageFurniture {

    /** The page's controls and labels, each a whole line or one item of a line of links. */
    private static final Pattern CONTROL = Pattern.compile("(?i)(share( this( article| story| page| debate)?)?|share on \\p{L}+"
            + "|tweet|post|copy( the)? link( to this (contribution|comment|post|answer|section))?|e-?mail|print|save( article| for later)?|gift( this)? article|listen"
            + "( to this (article|story))?|\\d{1,2} min(ute)?s?( read| listen)?|comments?( \\(\\d+\\))?|show comments"
            + "( \\(\\d+\\))?|join the (conversation|discussion)|log in to comment|sign in to comment|reader comments"
            + "|sort by:? \\p{L}+|follow( us)?|facebook|linkedin|whatsapp|reddit|x|twitter|threads|bluesky|telegram"
            + "|advertisement|sponsored( content)?|story continues below( this)? advertisement|scroll to continue"
            + "( with content)?|skip to (main )?content|menu|search|sections|sign in|log in|log out|register|subscribe"
            + "|newsletters?|home|accept( all)?( cookies)?|reject( all)?|manage (preferences|cookies|settings)"
            + "|cookie (settings|policy|preferences)|settings|ok|more|back to top|terms( of (use|service))?"
            + "|terms (&|and) conditions|privacy( policy)?|accessibility|careers|contact( us)?|about( us)?)");
    /** What separates the items of a line of links: a bar, a dot, an arrow, two spaces or more. */
    private static final Pattern LINK_SEPARATOR = Pattern.compile("\\s*[|·•›»>/]\\s*|\\s{2,}");
    /** A breadcrumb run together by the copy: "HomeTechnology", "HomeNewsflashDeep Dive". */
    private static final Pattern RUN_TOGETHER_CRUMBS = Pattern.compile("Home\\p{Lu}\\p{L}*(\\p{Lu}\\p{L}*)*( \\p{L}+){0,3}");

    private static final String NAME = "\\p{Lu}[\\p{L}'’.-]+( \\p{Lu}[\\p{L}'’.-]+){1,3}";
    private static final String PIECE = "(article|story|piece|interview|report|post|column|essay|content|material)";

    /** The opening words of a box or a note the page adds; the rest of the paragraph belongs to it. */
    private static final Pattern OPENS_A_BOX = Pattern.compile("(?i)^("
            // cookie banners
            + "we use cookies\\b|this (web)?site uses cookies\\b|we value your privacy\\b|we and our partners\\b"
            // paywalls and newsletters
            + "|this " + PIECE + " is (only )?(for|available to|reserved for) (paying |paid )?(subscribers|members)\\b"
            + "|you have (\\d+|one|two|three) free (articles?|stories) left\\b|already a (subscriber|member)\\b"
            + "|subscribe (now|today|to continue|to keep reading|for|to our|to the)\\b|to (keep|continue) reading\\b"
            + "|sign up (for|to)\\b|want more stories like this\\b|newsletter:|enter your e-?mail\\b"
            + "|get (the|our) [^.]{0,60}\\b(delivered )?(to|in) your inbox\\b"
            // author bios and contacts
            + "|about the (author|authors|writer|reporter)\\b|(follow|contact|email|reach) (him|her|them|the (author|writer"
            + "|reporter|reporters)) (on|at|via)\\b"
            + "|" + NAME + " is (a|an|our|the) [^.;]{0,50}?\\b(reporter|correspondent|editor|writer|columnist"
            + "|journalist|contributor)( covering| who covers| based in| at| for|\\.|$)"
            + "|" + NAME + " (covers|writes about|reports on) [^.;]{1,80}\\bfor (the )?\\p{Lu}"
            // copyright and terms
            + "|©|\\(c\\) \\d{4}|copyright\\b|all rights reserved\\b|all content ©|this material may not be published\\b"
            + "|reproduction [^.]{0,40}\\bprohibited\\b"
            // comment sections
            + "|comments are (closed|open)\\b|what do you think\\? leave a comment\\b|leave a comment\\b"
            // editors' notes and publication credits
            + "|(editor['’]s note|editors['’] note):"
            // "Correction, May 3: An earlier version …", "Update: This story …": a note on the piece, where a live
            // blog's "Update, 10:50 a.m.: A spokesperson tells us …" is an entry of the blog
            + "|(update|updated|correction|clarification)\\b.{0,30}?:\\s*(this " + PIECE + "|an? (earlier|previous"
            + "|prior) version)\\b"
            + "|this " + PIECE + " (has been|was) (updated|corrected|amended|edited|condensed|translated|republished)\\b"
            + "|(this " + PIECE + " )?(was )?(originally|first) (published|appeared|ran)\\b"
            + "|(translated|edited|translation|additional reporting)( by|:)"
            + ")");
    /** A caption closed by its credit: "… outside Dublin. Photo: Reuters", "(Photo by A. Name/Agency)". */
    private static final Pattern CREDITED_CAPTION = Pattern.compile("(?i).*(^|[.(\\s])(photo|photograph|image|picture"
            + "|illustration|credit|video)s?( by|:)\\s*[^.()]{2,60}\\)?\\s*$");
    private static final int MAX_BOX = 500;
    /** A pitch closed by its call to action: "The week's chips and labs, every Tuesday. Sign up here." */
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?i).*(^|[.!?]\\s+)(sign up|subscribe|register)"
            + "( (here|now|today|for free|free))?[.!]?$");
    /** Labels the page writes before a field of its own, which the turn reader can take for a speaker's name. */
    private static final Pattern LABELS_OF_THE_PAGE = Pattern.compile("(?i)(photo|photograph|image|picture|illustration"
            + "|credit|video|caption|newsletter|sponsored|advertisement|tags|topics|filed under|more about|share)s?");

    /** The heading of a box of related headlines: "Related articles", "More on this story", "Most read". */
    private static final Pattern RELATED_HEADING = Pattern.compile("(?i)(related|related (articles|stories|coverage"
            + "|content|reading|links|news|topics)|more (on|from|about) [^.:;]{1,30}|read more|read next|see also"
            + "|most (read|popular|viewed|shared)|you (may|might) also (like|be interested in)|recommended( for you"
            + "| reading| stories)?|further reading|trending( now)?|more stories|top stories|latest (news|stories)"
            + "|what to read next|editor['’]s picks)\\s*:?");

    /** Markdown emphasis or a heading's hashes around a control ("**Share**", "## Menu"). */
    private static final Pattern MARKUP_AROUND = Pattern.compile("^[*_#\\s]+|[*_\\s]+$");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+");

    private PageFurniture() {
    }

    /** Whether a line on its own is the page's: a control, a line of links, the opening of a box or a caption. */
    static boolean isPageLine(String line) {
        String l = line.strip();
        return !l.isEmpty() && (controls(l) || OPENS_A_BOX.matcher(l).find() || CREDITED_CAPTION.matcher(l).matches()
                || RELATED_HEADING.matcher(l).matches());
    }

    static void mark(String text, List<Draft> drafts) {
        boolean inRelated = false;
        for (Draft draft : drafts) {
            if (draft.label != null && LABELS_OF_THE_PAGE.matcher(draft.label.name()).matches()) {
                // "Photograph: A. Name for The Outlet", "Newsletter: The Brief": a field of the page, no speaker
                draft.label = null;
                draft.kind = Draft.METADATA;
                continue;
            }
            if (draft.label != null || draft.kind.equals(Draft.TABLE)) {
                inRelated = false;
                continue;
            }
            String para = draft.of(text).strip();
            String[] lines = LINE_BREAK.split(para);
            if (RELATED_HEADING.matcher(lines[0].strip()).matches() && headlines(lines, 1)) {
                draft.kind = Draft.METADATA;
                inRelated = true;
                continue;
            }
            if (inRelated && headlines(lines, 0)) {
                draft.kind = Draft.METADATA; // one more headline of the box
                continue;
            }
            inRelated = false;
            if (furniture(lines)) {
                draft.kind = Draft.METADATA;
            }
        }
    }

    /** Every line from {@code from} on is a headline: short, one line of words, no sentence closing it. */
    private static boolean headlines(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.length() > 140 || SPACES.split(line).length > 20
                    || ".,;:!\"”".indexOf(line.charAt(line.length() - 1)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Every line of the paragraph is the page's, or the paragraph opens as a box or note the page adds. */
    private static boolean furniture(String[] lines) {
        String first = lines[0].strip();
        int length = 0;
        for (String line : lines) {
            length += line.length();
        }
        // a pitch is a sentence or two before its call to action; a speaker's longer paragraph ending "Sign up." stays
        boolean pitch = CALL_TO_ACTION.matcher(first).matches() && SENTENCE_END.split(first).length <= 2;
        if (length <= MAX_BOX && (OPENS_A_BOX.matcher(first).find() || lines.length == 1 && length <= 300
                && (CREDITED_CAPTION.matcher(first).matches() || pitch))) {
            return true;
        }
        for (String line : lines) {
            if (!controls(line.strip())) {
                return false;
            }
        }
        return true;
    }

    /** A line of the page's controls: one control, a line of them, or a breadcrumb trail. */
    static boolean controls(String line) {
        String l = MARKUP_AROUND.matcher(line).replaceAll("");
        if (l.isEmpty() || CONTROL.matcher(l).matches() || RUN_TOGETHER_CRUMBS.matcher(l).matches()) {
            return !l.isEmpty();
        }
        String[] items = LINK_SEPARATOR.split(l);
        if (items.length < 2) {
            return false;
        }
        boolean allControls = true;
        boolean allShortNames = items.length >= 3;
        for (String item : items) {
            String it = item.strip();
            if (it.isEmpty()) {
                continue;
            }
            allControls &= CONTROL.matcher(it).matches();
            // "Home > Technology > Artificial Intelligence": a trail of section names
            allShortNames &= SPACES.split(it).length <= 3 && Character.isUpperCase(it.codePointAt(0))
                    && ".,;:!?".indexOf(it.charAt(it.length() - 1)) < 0;
        }
        return allControls || allShortNames;
    }
}
