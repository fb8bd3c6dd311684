package io.claimstream.parse.turns;

import io.claimstream.parse.text.Chars;

import java.util.Locale;
import java.util.Set;

/** Which words can make up a speaker name, and which {@code Word:} prefixes never do. */
final class LabelNames {

    static final int MAX_TOKENS = 5;
    static final int MAX_LENGTH = 48;

    /** Line prefixes that look like labels but introduce notes, sources and section captions. */
    private static final Set<String> NOT_SPEAKERS = Set.of(
            "note", "notes", "nb", "n.b", "ps", "p.s", "update", "updated", "updates", "source", "sources",
            "editor's note", "editors' note", "editor note", "editor's notes", "author's note", "translator's note",
            "photo", "photos", "image", "images", "picture", "caption", "credit", "credits", "photo credit",
            "video", "audio", "disclaimer", "disclaimers", "disclosure", "disclosures", "summary", "tl;dr", "tldr", "abstract", "conclusion",
            "conclusions", "key assessment", "key takeaway", "key takeaways", "takeaway", "takeaways",
            "bottom line", "the bottom line", "why it matters", "what's next", "context", "background",
            "tags", "tag", "topics", "keywords", "category", "categories", "related", "read more", "see also",
            "published", "posted", "date", "time", "title", "subtitle", "location", "place", "venue", "event",
            "example", "examples", "warning", "caution", "tip", "tips", "hint", "important", "attention",
            "reminder", "correction", "clarification", "transcript", "translation", "edited by", "translated by",
            // a subtitle file's credits ("Subtitles: Meridel Captioning for Halcyon Pictures")
            "subtitles", "subtitled by", "subtitling", "captions", "captioning", "captioned by", "closed captions",
            "written by", "by", "via", "author", "authors", "reporter's note", "url", "link", "links", "email",
            "e-mail", "phone", "tel", "fax", "address", "website", "web", "subject", "re", "fwd", "from", "to",
            "cc", "bcc", "step", "part", "chapter", "section", "figure", "fig", "table", "chart", "appendix",
            "breaking", "exclusive", "watch", "listen", "episode", "season", "duration", "length", "status",
            "version", "price", "cost", "result", "results", "answer key", "warning sign", "definition",
            "lesson", "rule", "goal", "goals", "objective", "task", "question time", "recap", "highlights",
            "highlight", "quote", "quotes", "q&a", "faq", "agenda", "overview", "introduction", "intro",
            "outro", "contents", "table of contents", "references", "reference", "footnote", "footnotes",
            "copyright", "license", "contact", "follow", "share", "comments", "comment", "reply", "replies",
            "original", "originally", "first published", "last updated", "reading time", "word count",
            "timestamp", "timestamps", "chapters", "show notes", "sponsor", "sponsors", "ad", "advertisement",
            // the fields of a meeting's minutes ("Vote: 7 in favour, 1 against", "Minutes: L. Brandt, Secretary")
            "vote", "votes", "voting", "minutes", "resolved", "resolution", "motion", "carried", "decision",
            "decisions", "action", "action item", "action items", "actions", "apologies", "attendance", "attendees",
            "present", "absent", "observers", "quorum", "next meeting", "secretary's note", "chair's note",
            // the fields of a digest's or an episode's header ("Format: video call, 70 minutes")
            "format", "released", "release date", "air date", "aired", "recorded", "recorded on", "prepared by",
            "produced by", "runtime", "run time",
            // what a call's transcriber writes in brackets where no English was spoken ("[Foreign Language]"), or
            // before the interpreter's English ("[Interpreted]"): a note on the line, nobody's name
            "foreign language", "speaking foreign language", "speaks in foreign language", "interpreted",
            "interpretation", "through interpreter", "through an interpreter", "operator instructions");

    /** Labels that name a role in the conversation rather than a person. */
    private static final Set<String> GENERIC = Set.of(
            "q", "a", "question", "answer", "interviewer", "interviewee", "host", "co-host", "cohost",
            "guest", "moderator", "audience", "audience member", "audience question", "narrator", "reporter",
            "journalist", "panelist", "panellist", "speaker", "unknown", "unknown speaker", "unidentified speaker",
            "participant", "respondent", "presenter", "chair", "chairman", "chairwoman", "anchor", "caller",
            "student", "teacher", "voice", "voiceover", "announcer", "both", "all", "crowd", "man", "woman", "operator",
            // call and event transcripts name whom they could not identify so ("Unidentified Analyst")
            "analyst", "unidentified analyst", "unidentified participant", "unidentified audience member",
            "unidentified company representative", "unidentified company speaker", "unidentified man",
            "unidentified woman", "unidentified male", "unidentified female", "unknown participant",
            // who asks from the room, as a translated panel marks it
            "from the audience", "from the floor", "floor", "question from the audience", "question from the floor",
            "unknown analyst", "male speaker", "female speaker", "unidentified", "unidentified caller",
            "主持人", "记者", "嘉宾", "问", "答", "提问", "回答", "观众");

    /** Roles that may be numbered ({@code Speaker 2}, {@code Guest B}). */
    private static final Set<String> NUMBERED = Set.of(
            "speaker", "participant", "guest", "person", "voice", "interviewee", "respondent", "panelist",
            "panellist", "audience member", "caller", "student", "host");

    /** Lower-case name particles ({@code Ludwig van Beethoven}, {@code Oscar de la Renta}). */
    private static final Set<String> PARTICLES = Set.of(
            "van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin", "ibn", "al", "el", "y",
            "dos", "das", "del", "ter", "ten", "op", "zu", "bint", "ben", "af", "av");

    /** Words that open sentences and headings, never names. */
    private static final Set<String> OPENERS = Set.of(
            "the", "this", "that", "these", "those", "it", "in", "on", "at", "for", "with", "from", "as", "if",
            "when", "why", "what", "how", "where", "who", "which", "here", "there", "finally", "however", "but",
            "and", "so", "also", "meanwhile", "today", "yesterday", "tomorrow", "first", "second", "third",
            "next", "then", "now", "our", "my", "your", "their", "his", "her", "its", "we", "i", "you", "they",
            "she", "a", "some", "all", "one", "two", "three", "part", "step", "day", "week",
            "chapter", "section", "phase", "stage", "round", "lesson", "problem", "case", "option", "scenario",
            "key", "main", "core", "final", "other", "more", "less", "new", "old", "top", "best", "worst",
            "pros", "cons", "verdict", "bonus", "extra", "fun", "fact", "myth", "claim", "reality", "truth",
            "lead", "headline", "breaking", "live", "update", "opinion", "analysis", "review", "feature",
            "interview", "exclusive", "watch", "listen", "read", "see", "click", "sign", "subscribe", "join",
            // an answer's first word before a colon inside a turn ("Yes: I think the grid is the limit")
            "yes", "no", "yeah", "yep", "nope", "well", "sure", "okay", "ok", "right", "exactly", "absolutely",
            "honestly", "frankly", "indeed", "agreed", "correct", "true", "sorry", "actually", "look", "again");

    /** Speaker ids written by diarization tools: {@code SPEAKER_00}, {@code spk_1}. */
    private static final java.util.regex.Pattern DIARIZED = java.util.regex.Pattern.compile("(?:speaker|spk)_?\\d{1,3}");
    /**
     * The askers of a session's questions by number, each described in brackets ({@code Q1 (a student from Tongji
     * University):}), unnamed; without the description "Q3:" is as often a quarter heading its figures.
     */
    private static final java.util.regex.Pattern NUMBERED_QUESTION = java.util.regex.Pattern.compile("q\\d{1,2}");

    private LabelNames() {
    }

    static String key(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Chars.isSpace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c == '\u2019' ? '\'' : c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    static boolean isNotSpeaker(String key) {
        return NOT_SPEAKERS.contains(key) || NOT_SPEAKERS.contains(stripDot(key)) || exportField(stripDot(key));
    }

    /**
     * The fields an export writes in every section ({@code SLIDE TEXT:}, {@code SPEAKER NOTES:},
     * {@code BODY TEXT:}, {@code PRESENTER NOTES:}): two or three words ending in the kind of content the
     * field holds. No name ends so; the words under such a field belong to whoever the document names.
     */
    private static boolean exportField(String key) {
        int space = key.lastIndexOf(' ');
        if (space < 0 || key.split(" ").length > 3) {
            return false;
        }
        return FIELD_CONTENTS.contains(key.substring(space + 1));
    }

    /** What an exported field holds ({@code … TEXT}, {@code … NOTES}). */
    private static final Set<String> FIELD_CONTENTS = Set.of(
            "text", "notes", "body", "content", "contents", "caption", "captions", "title", "summary", "transcript");

    static boolean isGeneric(String key) {
        if (GENERIC.contains(key) || DIARIZED.matcher(key).matches()) {
            return true;
        }
        int space = key.lastIndexOf(' ');
        return space > 0 && NUMBERED.contains(key.substring(0, space)) && isOrdinalToken(key.substring(space + 1));
    }

    /** Whether the label numbers an asker, described in the brackets after it ({@code Q1 (an investor):}). */
    static boolean isNumberedAsker(String key, String role) {
        return role != null && NUMBERED_QUESTION.matcher(key).matches();
    }

    /**
     * A voice the transcriber could not name ({@code Unidentified Analyst}, {@code Unknown Speaker},
     * {@code Audience Member}): such a label speaks once as often as not, so it cannot wait to recur.
     */
    static boolean isUnidentified(String key) {
        return isGeneric(key) && (key.startsWith("unidentified") || key.startsWith("unknown")
                || key.equals("analyst") || key.startsWith("audience") || key.endsWith(" speaker"));
    }

    static boolean isParticle(String token) {
        return PARTICLES.contains(token);
    }

    static boolean isOpener(String token) {
        return OPENERS.contains(stripDot(token.toLowerCase(Locale.ROOT)));
    }

    /** {@code 2}, {@code 12}, {@code B}: the number of a numbered role. */
    static boolean isOrdinalToken(String token) {
        if (token.isEmpty() || token.length() > 3) {
            return false;
        }
        if (token.length() == 1 && Character.isLetter(token.charAt(0))) {
            return true;
        }
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String stripDot(String key) {
        return key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
    }
}
