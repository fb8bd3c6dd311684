package io.claimstream.analysis.claims;

import java.util.Locale;
import java.util.Set;

import io.claimstream.analysis.text.Anywhere;

/**
 * What a transcript's header says about how the document was made: when and where it was recorded ("Taped March 3,
 * 2026, at the Lyric Theatre."), what kind of transcript it is ("Machine transcript, checked by the editors.") and
 * the conventions of the transcription under a label ("Transcription: verbatim; pauses marked."), and in a report's
 * body the same about the piece itself ("The answers below are our translation.", "Episode 12 is available on all
 * podcast apps.", "The summit continues tomorrow."). Such lines describe the document, never the world it talks about.
 */
final class MakingOfNotes {

    private static final String MONTH = "(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?"
            + "|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?)\\.?";
    /** A calendar date as headers write it: "May 16, 2026", "16 May 2026", "2026-05-16". */
    private static final String DATE = "(" + MONTH + " \\d{1,2},? \\d{4}|\\d{1,2} " + MONTH + ",? \\d{4}|" + MONTH
            + " \\d{4}|\\d{4}-\\d{2}-\\d{2})";

    /** "Recorded November 30, 2026.", "Taped live on 3 March 2026 in Leeds.": the recording dated. */
    private static final Anywhere DATED = Anywhere.compile("(?i)^(recorded|taped|filmed|delivered|broadcast|aired|streamed"
            + "|transcribed|translated|conducted|held)( live)?( (on|in|at))? " + DATE + "\\b[^;:]{0,60}$");

    /**
     * "Auto-generated transcript, corrected by the producers.", "Machine translation, lightly edited.": the kind of
     * transcript as a phrase of its own, with how it was treated after it.
     */
    private static final Anywhere KIND_OF_TRANSCRIPT = Anywhere.compile("(?i)^(an? |the |this is an? )?(auto-?generated"
            + "|automated|automatic|machine(-generated)?|ai-generated|computer-generated|verbatim|unedited|(lightly )?edited"
            + "|raw|rough|partial|full|official|unofficial|uncorrected|corrected|abridged|unabridged)"
            + " (transcript|transcription|captions|subtitles|translation)\\b([,;] [^;:]{0,80}| (was |has been )?"
            + "(corrected|edited|checked|reviewed|produced|generated|cleaned)\\b[^;:]{0,60})?[.!]*$");

    /** The piece, its parts or its source recording, named as the thing made. */
    private static final String THE_DOCUMENT = "(this|the|our|these|those) (full )?(interview|conversation|summary|write-?up"
            + "|transcript|translation|report|article|piece|recording|audio|video|episode|podcast|q&a|quotes?|quotations"
            + "|excerpts?|remarks|answers|exchanges?|text)( below| above| here| that follows)?";

    /**
     * "The interview was conducted in Mandarin.", "This summary was prepared by the editors from the full audio.":
     * how the piece was made, its making the predicate.
     */
    private static final Anywhere MADE = Anywhere.compile("(?i)^[*_]*" + THE_DOCUMENT + " (was|were|is|are|has been|have been)"
            + " (originally |lightly |slightly |heavily |also |then )?(conducted|recorded|prepared|compiled|translated|condensed"
            + "|edited|abridged|transcribed|shortened|adapted|written up|excerpted|taken|drawn|put together|based on)\\b[^;:]{0,100}$"
            // "In case of discrepancy, the Japanese original prevails.": which version of the document counts
            + "|(?i)^(in (case|the event) of (any )?(discrepancy|discrepancies|conflict|doubt)|where (the versions|they) differ),? the"
            + " ([\\p{L}-]+ ){0,2}(original|version|text|recording) (prevails|shall prevail|governs|is authoritative|takes"
            + " precedence)[.!]*$");

    /** "The quotes below are our translation.": whose rendering the words are. */
    private static final Anywhere RENDERED = Anywhere.compile("(?i)^[*_]*" + THE_DOCUMENT + " (is|are) (our|an?|the editors['’]?"
            + "|the author['’]s|my)( own)? (translation|transcription|summary|paraphrase|rendering|abridgement)s?\\b[^;:]{0,80}$");

    /** "Episode 112 is available on all podcast apps.": where to hear or read the source. */
    private static final Anywhere WHERE_TO_FIND = Anywhere.compile("(?i)^[*_]*[^;:]{0,40}?\\b(episode|the (full )?(episode"
            + "|recording|audio|video|transcript|interview|podcast|conversation))( (no\\. ?)?\\d+)?( of [^;:]{1,40})? (is|are)"
            + " (now |also )?available (on|at|from|in|wherever|to (stream|watch|download))\\b[^;:]{0,80}$");

    /**
     * "The summit continues tomorrow with talks on robotics.", "Our reporters will publish further reports.": the
     * event's schedule and the outlet's own coverage to come, told after the report is over.
     */
    private static final Anywhere SCHEDULE = Anywhere.compile("(?i)^(the )?([\\p{L}\\d-]+ ){0,5}(forum|conference|summit"
            + "|event|festival|expo|symposium|congress|workshop)( programme| program)? (continues|resumes|reconvenes"
            + "|returns|will (continue|resume|reconvene|return)) (tomorrow|on \\p{L}+|next \\p{L}+|this (afternoon|evening)"
            + "|later|at \\d)\\b[^;:]{0,100}$"
            + "|(?i)^([\\p{L}-]+ ){1,4}will (publish|bring you|carry|post) (further|more|full|follow-up|continuing)"
            + " (reports|coverage|updates|stories)\\b[^;:]{0,60}$");

    /** Labels of a header's lines about the making of the document, read by the turn reader as a speaker's name. */
    private static final Set<String> LABELS = Set.of("transcription", "transcript", "translation", "recording",
            "recorded", "duration", "session date", "format", "audio", "video", "captions", "subtitles", "mode");

    private MakingOfNotes() {
    }

    static boolean describesTheDocument(String sentence) {
        String s = sentence.strip();
        return DATED.in(s) || KIND_OF_TRANSCRIPT.in(s) || MADE.in(s) || RENDERED.in(s) || WHERE_TO_FIND.in(s)
                || SCHEDULE.in(s);
    }

    /** Whether a turn's label is a header field about the making of the document ("Transcription: verbatim, …"). */
    static boolean isHeaderField(String label) {
        return label != null && LABELS.contains(label.strip().toLowerCase(Locale.ROOT));
    }
}
