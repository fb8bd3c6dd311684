package io.claimstream.parse.metadata;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the name of the event a document reports on: a capitalised name ending in a word such as
 * Conference or Summit, with its ordinal ({@code 8th Beijing Academy of Artificial Intelligence
 * (BAAI) Conference}, {@code eighth … Conference}, {@code 2026 World AI Conference}).
 */
public final class EventFinder {

    private static final int HEAD = 6_000;
    private static final Set<String> EVENT_WORDS = Set.of("Conference", "Summit", "Forum", "Expo", "Congress",
            "Symposium", "Festival", "Convention", "Workshop", "Hackathon", "Meetup", "Week", "Fair", "Show", "Keynote",
            "Assembly", "Dialogue", "Salon", "Gala", "Awards", "Olympiad", "Day", "Days", "Cup");
    /** The longest of {@link #EVENT_WORDS}, "Convention"/"Hackathon"/"Symposium": longer words need no lookup. */
    private static final int MAX_EVENT_WORD = 10;
    private static final Set<String> CONNECTORS = Set.of("of", "and", "on", "for", "in", "&", "de", "the");
    private static final Pattern ORDINAL = Pattern.compile(
            "\\d{1,3}(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
                    + "|(19|20)\\d{2}|annual|inaugural", Pattern.CASE_INSENSITIVE);

    private EventFinder() {
    }

    public static String find(String text) {
        String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
        int i = 0;
        int n = head.length();
        while (i < n) {
            char c = head.charAt(i);
            boolean upper = c >= 'A' && c <= 'Z' || c >= 0x80 && Character.isUpperCase(c); // ASCII without the table
            if (!upper || (i > 0 && Character.isLetterOrDigit(head.charAt(i - 1)))) {
                i++;
                continue;
            }
            int start = i;
            do {
                i++; // at least one step: some upper-case characters (Ⅷ) are not letters
            } while (i < n && Character.isLetter(head.charAt(i)));
            if (i - start >= 3 && i - start <= MAX_EVENT_WORD && (i == n || !Character.isLetterOrDigit(head.charAt(i)))
                    && EVENT_WORDS.contains(head.substring(start, i))) {
                String name = extendBackwards(head, start, i);
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** Walks back over capitalised words, acronyms in parentheses and connectors; null if nothing names it. */
    private static String extendBackwards(String text, int keywordStart, int end) {
        int windowStart = Math.max(0, keywordStart - 150);
        String[] words = text.substring(windowStart, keywordStart).split("\\s+", -1);
        // the last element is "" when the keyword follows a space; a glued prefix ("AIConference") is no name
        if (words.length == 0 || !words[words.length - 1].isEmpty()) {
            return null;
        }
        int taken = 0;
        int capitalised = 0;
        for (int w = words.length - 2; w >= 0; w--) {
            String word = words[w];
            if (word.isEmpty()) {
                break;
            }
            boolean acronym = word.length() > 2 && word.startsWith("(") && word.endsWith(")");
            boolean capital = Character.isUpperCase(word.charAt(0)) && !word.endsWith(",") && !word.endsWith(".")
                    && !word.endsWith(":");
            if (ORDINAL.matcher(word).matches()) {
                taken++;
                break;
            }
            if (acronym || capital) {
                capitalised++;
            } else if (!CONNECTORS.contains(word)) {
                break;
            }
            taken++;
        }
        StringBuilder name = new StringBuilder();
        for (int w = words.length - 1 - taken; w < words.length - 1; w++) {
            name.append(words[w]).append(' ');
        }
        String result = (name + text.substring(keywordStart, end)).strip();
        while (true) {
            int space = result.indexOf(' ');
            if (space < 0 || !CONNECTORS.contains(result.substring(0, space).toLowerCase())) {
                break;
            }
            result = result.substring(space + 1);
        }
        return capitalised == 0 ? null : result;
    }
}
