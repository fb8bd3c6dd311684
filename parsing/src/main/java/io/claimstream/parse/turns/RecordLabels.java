package io.claimstream.parse.turns;

import java.util.Locale;
import java.util.Set;

import io.claimstream.parse.text.Chars;

/**
 * The speaker labels of an official record, as hearing transcripts and parliamentary reports write
 * them: a title, the surname in capitals and a period ({@code Chair WALSH. The committee will come to
 * order.}, {@code Senator OKAFOR. Thank you.}, {@code Ms. DE LA CRUZ. Yes.}, {@code Mr. BRANDT of Ohio.
 * I yield back.}), or a role alone ({@code The CHAIRMAN. Without objection.}). The title and the capitals
 * together are what set such a label apart from a sentence ({@code Dr. Lee said …}); the period alone
 * says little, so {@link LabelVetting} also wants the document to use such labels more than once.
 */
final class RecordLabels {

    /** Words written before the surname; the period is optional ({@code Mr}, {@code Mr.}). */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor",
            "senator", "sen", "representative", "rep", "delegate", "chair", "chairman", "chairwoman", "chairperson",
            "vice", "ranking", "member", "secretary", "commissioner", "governor", "mayor", "ambassador", "judge",
            "justice", "general", "admiral", "lord", "baroness", "baron", "minister", "speaker", "president",
            "councillor", "councilmember", "hon", "honourable", "honorable");
    /** A role that labels a turn by itself after {@code The}. */
    private static final Set<String> ROLES = Set.of("chairman", "chairwoman", "chair", "chairperson", "president",
            "speaker", "clerk", "presiding officer", "deputy speaker");

    private static final int MAX_TITLES = 2;
    private static final int MAX_SURNAME_WORDS = 3;

    private RecordLabels() {
    }

    /** The record-style label at {@code p}, or null. */
    static SpeakerLabel read(String text, int start, int p, int to, Long millis) {
        int i = p;
        int titles = 0;
        boolean the = false;
        while (titles < MAX_TITLES) {
            int end = wordEnd(text, i, to);
            if (end == i || end >= to || !Character.isUpperCase(text.charAt(i))) {
                break;
            }
            String word = text.substring(i, end);
            String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            boolean title = !inCapitals(bare) && TITLES.contains(bare.toLowerCase(Locale.ROOT));
            if (titles == 0 && bare.equals("The")) {
                the = true;
            } else if (!title) {
                break;
            }
            titles++;
            i = end;
            if (!Chars.isSpace(text.charAt(i))) {
                return null;
            }
            i = Chars.skipSpace(text, i, to);
        }
        if (titles == 0) {
            return null;
        }
        int nameStart = i;
        int nameEnd = -1;
        int surnameEnd = -1;
        boolean place = false;
        for (int words = 0, placeWords = 0; i < to && nameEnd < 0; ) {
            int end = wordEnd(text, i, to);
            String word = text.substring(i, end);
            boolean last = word.length() > 1 && word.endsWith(".");
            String bare = last ? word.substring(0, word.length() - 1) : word;
            if (place) {
                // "of Ohio", "of New Mexico": which member of that name, written in ordinary case
                if (!Character.isUpperCase(bare.charAt(0)) || ++placeWords > 2) {
                    return null;
                }
            } else if (words > 0 && bare.equals("of") && !last) {
                place = true;
            } else if (inCapitals(bare) && (bare.length() >= 2 || words > 0)
                    || words > 0 && LabelNames.isParticle(bare.toLowerCase(Locale.ROOT))) {
                if (++words > MAX_SURNAME_WORDS) {
                    return null;
                }
                surnameEnd = last ? end - 1 : end;
            } else {
                return null;
            }
            if (last) {
                nameEnd = end - 1;
            } else if (end >= to) {
                return null;
            } else {
                i = Chars.skipSpace(text, end, to);
            }
        }
        if (nameEnd < 0) {
            return null;
        }
        int textStart = Chars.skipSpace(text, nameEnd + 1, to);
        if (textStart >= to || !startsSentence(text.charAt(textStart))) {
            return null;
        }
        String name = text.substring(the ? nameStart : p, surnameEnd);
        if (the) {
            // "The CHAIRMAN.": a role in the proceedings, which stays a role label
            String role = name.toLowerCase(Locale.ROOT);
            return ROLES.contains(role) ? new SpeakerLabel(NameCase.ofCapitals(name), null, nameStart, surnameEnd,
                    start, textStart, true, millis, false, SpeakerLabel.Separator.PERIOD) : null;
        }
        return new SpeakerLabel(name, null, p, surnameEnd, start, textStart, false, millis, false,
                SpeakerLabel.Separator.PERIOD);
    }

    /** Whether a label's name is written in the record style, so its period needs the record's support. */
    static boolean isRecordStyle(SpeakerLabel label) {
        return label.separator() == SpeakerLabel.Separator.PERIOD && label.name().length() > 1;
    }

    private static int wordEnd(String text, int from, int to) {
        int i = from;
        while (i < to && !Chars.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Letters in capitals, with the hyphens and apostrophes of names ({@code O'BRIEN}, {@code LEE-PARK}). */
    private static boolean inCapitals(String word) {
        boolean letter = false;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letter = true;
            } else if (c != '-' && c != '\'' && c != '\u2019') {
                return false;
            }
        }
        return letter;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '['
                || c == '(' || c == '\u2014' || c == '.';
    }
}
