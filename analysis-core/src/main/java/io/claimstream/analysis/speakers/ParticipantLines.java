package io.claimstream.analysis.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A programme's list of who takes part, one person a line with the role after a comma ({@code Dr. MORIMOTO Aiko, Chief
 * Scientist}, {@code Paul WEXLER, Head of Sales}). Japanese, Chinese and Korean programmes write the family name first
 * and in capitals, Western ones last: the word in capitals is the family name wherever it stands, and the name keeps
 * the order it is written in.
 */
final class ParticipantLines {

    /** One line of the list: the title written before the name ("Dr."), the name, the role after the comma. */
    record Listed(String title, PersonName name, String familyName, String role) {
    }

    private static final Pattern LINE = Pattern.compile("(?m)^[ \\t]*(?:[-*•·][ \\t]+)?"
            + "(?:(?<title>" + Honorifics.titlesBeforeAListedName() + ")\\.?[ \\t]+)?"
            + "(?<name>\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+){1,2})[ \\t]*,[ \\t]*(?<role>\\p{Lu}[^\\n]{1,120})$");
    /**
     * An event transcript's cover page: a heading that says who takes part ("PARTICIPANTS:", "Panelists:", "Moderator:")
     * over groups of a name alone on its line, often in capitals and with a degree after a comma, and the role and
     * employer on the lines below it ({@code XIE RUOLAN, PhD} / {@code Senior Research Fellow, …}).
     */
    private static final Pattern CAST_HEADING = Pattern.compile("(?mi)^[ \\t]*(?:participants|panel(?:ists)?|speakers"
            + "|moderators?|presenters?|featuring|guests?|welcome and introduction|opening remarks|discussants?)"
            + "(?:[ \\t]+[\\p{L} ]{0,30})?[ \\t]*:[ \\t]*$");
    private static final Pattern NAME_OVER_ROLE = Pattern.compile("(?m)^[ \\t]*(?<name>\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+"
            + "\\p{Lu}[\\p{L}'’-]+){1,2})(?:,[ \\t]*(?<degree>Ph\\.?D\\.?|M\\.?D\\.?|Jr\\.|Sr\\.|Esq\\.))?[ \\t]*\\n"
            + "[ \\t]*(?<role>\\p{Lu}[^\\n]{2,160})$");
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\([^)\\n]*\\)");
    private static final Pattern IN_CAPITALS = Pattern.compile("\\p{Lu}[\\p{Lu}'’-]*\\p{Lu}");

    private ParticipantLines() {
    }

    static List<Listed> in(String text) {
        List<Listed> listed = new ArrayList<>();
        if (text == null) {
            return listed;
        }
        Matcher m = LINE.matcher(text);
        while (m.find()) {
            String[] words = m.group("name").split("[ \\t]+");
            String family = null;
            StringBuilder display = new StringBuilder();
            for (String w : words) {
                boolean capitals = IN_CAPITALS.matcher(w).matches();
                if (capitals && family == null) {
                    family = w;
                }
                display.append(display.isEmpty() ? "" : " ").append(capitals && w.length() > 2 ? PersonName.titleCase(w) : w);
            }
            String role = PARENTHESIS.matcher(m.group("role")).replaceAll("").strip();
            listed.add(new Listed(m.group("title"), PersonName.of(display.toString()),
                    family == null ? null : PersonName.normalize(family), role));
        }
        listed.addAll(onCoverPage(text));
        return listed;
    }

    /**
     * The people a cover page lists under a heading of who takes part, before anyone speaks: the name as written (in
     * capitals it tells no family name from a given one, so none is marked), a doctorate as the title "Dr".
     */
    static List<Listed> onCoverPage(String text) {
        List<Listed> listed = new ArrayList<>();
        Matcher heading = CAST_HEADING.matcher(text);
        if (!heading.find()) {
            return listed;
        }
        Matcher m = NAME_OVER_ROLE.matcher(text);
        m.region(heading.end(), text.length());
        while (m.find()) {
            if (firstTurnBetween(text, heading.end(), m.start())) {
                break;
            }
            StringBuilder display = new StringBuilder();
            for (String w : m.group("name").split("[ \\t]+")) {
                display.append(display.isEmpty() ? "" : " ").append(IN_CAPITALS.matcher(w).matches() && w.length() > 2
                        ? PersonName.titleCase(w) : w);
            }
            String degree = m.group("degree");
            String title = degree != null && degree.matches("(?i)(?:Ph|M)\\.?D\\.?") ? "Dr" : null;
            listed.add(new Listed(title, PersonName.of(display.toString()), null, m.group("role").strip()));
        }
        return listed;
    }

    /** Whether a labelled turn ("MS. VOSS: Thank you …") opens between the two points: the cover page ended there. */
    private static boolean firstTurnBetween(String text, int from, int to) {
        return TURN_OPENING.matcher(text).region(from, to).find();
    }

    private static final Pattern TURN_OPENING = Pattern.compile("(?m)^[ \\t]*\\p{Lu}[\\p{L}.'’ -]{1,40}:[ \\t]+\\p{L}");

    /**
     * The one listed person a label of title and family name stands for ({@code MR. HARTIGAN} for "MATTHEW HARTIGAN" on
     * the cover page, {@code DR. XIE} for "XIE RUOLAN, PhD"), matched by a word of the listed name in any position as
     * capitals hide which is the family name; null when nobody or more than one listed person bears it. A list names
     * the participants before anyone speaks, so it outranks a namesake the talk mentions later.
     */
    static String listedBearerOf(String label, String text) {
        String bare = Honorifics.strip(label).strip();
        if (text == null || bare.isEmpty() || bare.contains(" ")) {
            return null;
        }
        String word = PersonName.normalize(bare);
        List<String> bearers = in(text).stream().map(Listed::name)
                .filter(n -> n.tokens().size() >= 2 && n.tokens().contains(word))
                .map(PersonName::display).distinct().toList();
        return bearers.size() == 1 ? bearers.get(0) : null;
    }

    /**
     * The one listed person whom a label written as title and family name ({@code PRESIDENT ARAKAWA}, {@code DR.
     * ARAKAWA}, {@code CTO ARAKAWA}) stands for, when the list has two or more people of that family name: the one the
     * list gives that title before the name, else the one whose role holds it; null when the label has no title, the
     * family name is not shared, or the title tells nobody apart.
     */
    static String namesakeCalled(String label, String text) {
        String bare = Honorifics.strip(label);
        String title = label.strip().substring(0, Math.max(0, label.strip().length() - bare.length())).strip();
        if (title.isEmpty() || bare.isBlank() || bare.strip().contains(" ")) {
            return null;
        }
        String family = PersonName.normalize(bare.strip());
        List<Listed> namesakes = in(text).stream().filter(l -> family.equals(l.familyName())
                || l.familyName() == null && l.name().tokens().get(l.name().tokens().size() - 1).equals(family)).toList();
        if (namesakes.size() < 2) {
            return null;
        }
        String word = PersonName.normalize(title.split("\\s+")[0]);
        List<Listed> titled = namesakes.stream().filter(l -> l.title() != null && sameTitle(l.title(), word)).toList();
        if (titled.isEmpty()) {
            titled = namesakes.stream().filter(l -> PersonRegistry.holdsTitle(l.role(), title.replace(".", ""))).toList();
        }
        return titled.size() == 1 ? titled.get(0).name().display() : null;
    }

    private static boolean sameTitle(String written, String word) {
        String w = PersonName.normalize(written);
        return w.equals(word) || w.startsWith("prof") && word.startsWith("prof")
                || w.equals("dr") && word.equals("doctor") || w.equals("doctor") && word.equals("dr");
    }

    /**
     * "Daniel OKONKWO-REYES" as "Daniel Okonkwo-Reyes": the capitals that mark a family name in a list or a header are
     * no part of how the name is spelled; a name written wholly in capitals or with no capitals word is left as it is.
     */
    static String familyNameCased(String name) {
        String[] words = name.split(" ");
        boolean mixed = false;
        for (String w : words) {
            mixed |= !IN_CAPITALS.matcher(w).matches();
        }
        if (!mixed) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            out.append(out.isEmpty() ? "" : " ").append(w.length() > 2 && IN_CAPITALS.matcher(w).matches() ? PersonName.titleCase(w) : w);
        }
        return out.toString();
    }
}
