package io.claimstream.analysis.speakers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.claimstream.analysis.Deadline;

/**
 * Collects every form the text uses for each person: the full name in either order, the name
 * run together ({@code Luofuli}), a surname or given name on its own ({@code Fuli}), and a title
 * with either ({@code Teacher Zhu}, {@code Professor Tang Jie}). A name part shared by two people
 * is nobody's alias, so people sharing a surname stay apart.
 */
public final class AliasScanner {

    private static final List<String> TITLES = List.of("Professor", "Prof.", "Prof", "Teacher", "Dr.", "Dr", "Mr.",
            "Mr", "Mrs.", "Ms.", "Dean", "Director", "President");

    private AliasScanner() {
    }

    public static void scan(String text, List<Person> people) {
        scan(text, people, Deadline.NONE);
    }

    /** Each person's forms are searched through the whole text: the deadline is checked per person. */
    public static void scan(String text, List<Person> people, Deadline deadline) {
        Map<String, Integer> partOwners = new HashMap<>();
        for (Person p : people) {
            if (p.isPerson()) {
                p.name().tokens().stream().distinct().forEach(t -> partOwners.merge(t, 1, Integer::sum));
            }
        }
        for (Person p : people) {
            deadline.check("finding speakers' aliases");
            if (!p.isPerson() || p.name().tokens().size() < 2) {
                continue;
            }
            List<String> parts = List.of(p.name().display().split("\\s+"));
            Set<String> forms = new LinkedHashSet<>();
            forms.add(String.join(" ", parts));
            List<String> reversed = new ArrayList<>(parts);
            java.util.Collections.reverse(reversed);
            forms.add(String.join(" ", reversed));
            forms.add(String.join("", parts));
            forms.add(String.join("", reversed));
            forms.add(capitalizeRest(String.join("", parts)));
            for (String part : parts) {
                if (partOwners.getOrDefault(PersonName.normalize(part), 0) == 1 && PersonName.canBeAlias(part)) {
                    forms.add(part);
                }
            }
            for (String form : forms) {
                for (int at : occurrencesAlone(text, form, partOwners.keySet())) {
                    p.addAlias(form);
                    String title = titleBefore(text, at);
                    if (title != null) {
                        p.addAlias(title + " " + form);
                    }
                }
            }
        }
    }

    private static String capitalizeRest(String joined) {
        return joined.isEmpty() ? joined : joined.charAt(0) + joined.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** Where the form occurs as whole words, not next to another part of somebody's name; each title once. */
    static List<Integer> occurrencesAlone(String text, String form, Set<String> nameParts) {
        List<Integer> found = new ArrayList<>();
        Set<String> titlesSeen = new java.util.HashSet<>();
        for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
            int end = at + form.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endOk = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk && (form.contains(" ") || !nextToNamePart(text, at, end, nameParts))
                    && (found.isEmpty() || titlesSeen.add(String.valueOf(titleBefore(text, at))))) {
                found.add(at);
            }
        }
        return found;
    }

    /** The title written right before a position ("Teacher " before "Zhu"), or null. */
    private static String titleBefore(String text, int at) {
        for (String title : TITLES) {
            int from = at - title.length() - 1;
            if (from >= 0 && text.startsWith(title, from) && text.charAt(at - 1) == ' '
                    && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
                return title;
            }
        }
        return null;
    }

    private static boolean nextToNamePart(String text, int at, int end, Set<String> nameParts) {
        return nameParts.contains(PersonName.normalize(wordAfter(text, end)))
                || nameParts.contains(PersonName.normalize(wordBefore(text, at)));
    }

    private static String wordAfter(String text, int end) {
        int i = end;
        if (i >= text.length() || text.charAt(i) != ' ' && text.charAt(i) != '-') {
            return "";
        }
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '-')) {
            i++;
        }
        int from = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(from, i);
    }

    private static String wordBefore(String text, int at) {
        int i = at - 1;
        if (i < 0 || text.charAt(i) != ' ' && text.charAt(i) != '-') {
            return "";
        }
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '-')) {
            i--;
        }
        int to = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        return text.substring(i + 1, to);
    }
}
