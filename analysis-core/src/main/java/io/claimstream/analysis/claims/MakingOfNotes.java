package io.claimstream.analysis.claims;

import java.util.Locale;
import java.util.Set;

import io.claimstream.analysis.text.Anywhere;

/**
 * What a transcript's header says about how the document was made: when and where it was recorded ("Taped March 3,
 * 2026, at the Lyric Theatre."), what kind of transcript it is ("Machine transcript, checked by the editors.") and
 * the conventions of the transcription under a label ("Transcription: verbatim; pauses marked."). Such lines
 * describe the document, never the world it talks about.
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

    /** Labels of a header's lines about the making of the document, read by the turn reader as a speaker's name. */
    private static final Set<String> LABELS = Set.of("transcription", "transcript", "translation", "recording",
            "recorded", "duration", "session date", "format", "audio", "video", "captions", "subtitles", "mode");

    private MakingOfNotes() {
    }

    static boolean describesTheDocument(String sentence) {
        String s = sentence.strip();
        return DATED.in(s) || KIND_OF_TRANSCRIPT.in(s);
    }

    /** Whether a turn's label is a header field about the making of the document ("Transcription: verbatim, …"). */
    static boolean isHeaderField(String label) {
        return label != null && LABELS.contains(label.strip().toLowerCase(Locale.ROOT));
    }
}
