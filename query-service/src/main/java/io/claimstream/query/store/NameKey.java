package io.claimstream.query.store;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The key under which two spellings of a name count as the same person: lower case, hyphens and
 * punctuation removed, tokens sorted. It is the rule the evaluation's {@code name_key} applies, so
 * {@code Luo Fuli}, {@code Fuli Luo} and {@code luo-fuli} meet while {@code Luo} stays apart.
 */
public final class NameKey {

    // like Python's Unicode \w: letters, numbers and underscore survive (combining marks do not)
    private static final Pattern NOT_WORD_OR_SPACE = Pattern.compile("[^\\p{L}\\p{N}_\\s]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    // a name that opens with one of these is a description ("the company", "our CEO"): it points to
    // whoever its own document means, and across documents to nobody in particular
    private static final Set<String> DESCRIPTION_OPENERS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "our", "its", "his", "her", "their", "my", "your");

    // a transcript's generic labels ("Speaker 1", "Audience Member", "Guest 2") name a seat in one
    // recording: the same words in another transcript are someone else
    private static final Set<String> GENERIC_LABEL_WORDS = Set.of("speaker", "host", "cohost", "guest", "moderator",
            "interviewer", "interviewee", "participant", "panelist", "panellist", "audience", "member", "unknown",
            "unidentified", "narrator", "caller", "voice", "question", "answer", "presenter", "anchor", "reporter",
            "attendee", "male", "female", "man", "woman", "person", "user", "chair", "chairperson");
    // an honorific before a surname ("Teacher Zhu", "Professor Tang", "Dr. Okafor") is the surname alone:
    // two people of one surname are both "Professor Tang" in their own documents
    private static final Set<String> HONORIFICS = Set.of("teacher", "professor", "prof", "dr", "doctor", "mr", "mrs",
            "ms", "miss", "mister", "mx", "sir", "dame", "madam");

    // the lower-case words inside a European surname ("de Vries", "van Dam", "von Braun") name nobody on their own:
    // "de Vries" is the surname every de Vries in the store shares, as "Vries" would be. Words that are also
    // surnames or given names elsewhere ("Du", "Le", "Da", "Das", "Al") are left out on purpose
    private static final Set<String> SURNAME_PARTICLES = Set.of("de", "van", "von", "der", "del", "della", "ter", "ten",
            "bin");

    private NameKey() {
    }

    public static String of(String name) {
        return String.join(" ", tokens(name));
    }

    /** The sorted tokens of a name; empty for a blank or punctuation-only name. */
    public static List<String> tokens(String name) {
        if (name == null) {
            return List.of();
        }
        String cleaned = NOT_WORD_OR_SPACE.matcher(name.replace("-", "").toLowerCase(Locale.ROOT)).replaceAll("");
        String trimmed = cleaned.strip();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        String[] tokens = SPACES.split(trimmed);
        Arrays.sort(tokens);
        return List.of(tokens);
    }

    /**
     * A name of two or more naming words identifies someone well enough to merge on; a lone surname
     * does not, nor does a description ("The company", "the Northwind CEO"), which every document uses
     * for its own, nor a transcript's generic label ("Speaker 1", "Guest A"), nor an honorific and a
     * surname ("Professor Tang").
     */
    public static boolean isDistinctive(String name) {
        List<String> tokens = tokens(name);
        if (tokens.size() < 2) {
            return false;
        }
        if (description(name)) {
            return false;
        }
        return tokens.stream().filter(NameKey::naming).count() >= 2;
    }

    /**
     * A name that is only a transcript's label for a seat ("Moderator", "Speaker 2", "Audience Member"):
     * whoever sits there in one document is nobody in particular in another.
     */
    public static boolean isGenericLabel(String name) {
        List<String> tokens = tokens(name);
        return !tokens.isEmpty() && tokens.stream().anyMatch(GENERIC_LABEL_WORDS::contains)
                && tokens.stream().noneMatch(NameKey::naming);
    }

    /** "The company", "our CEO", "an analyst" (but not the name "An Bo"). */
    private static boolean description(String name) {
        String[] words = SPACES.split(name.strip(), 3);
        String opener = words[0].toLowerCase(Locale.ROOT);
        if (!DESCRIPTION_OPENERS.contains(opener)) {
            return false;
        }
        boolean article = opener.equals("a") || opener.equals("an");
        return !article || words.length < 2 || !Character.isUpperCase(words[1].codePointAt(0));
    }

    /**
     * A word that can tell people apart: not a generic label word, an honorific, a surname's particle, a number or a
     * lone letter.
     */
    private static boolean naming(String token) {
        return !GENERIC_LABEL_WORDS.contains(token) && !HONORIFICS.contains(token)
                && !SURNAME_PARTICLES.contains(token) && token.length() > 1
                && !token.chars().allMatch(Character::isDigit);
    }
}
