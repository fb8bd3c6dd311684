package io.claimstream.parse.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws documents from pieces shaped like the formats the parser reads (labels, timestamps, cues,
 * markup, tables, introductions) mixed with the characters that break offsets (CJK, emoji, lone
 * surrogates, no-break spaces, curly quotes), then truncates and mutates them.
 */
final class Fragments {

    static final String[] NAMES = {"Nadia Okafor", "Piet Varga", "Rosa Delgado", "Kofi Mensah", "Ines Carvalho", "王小明"};
    static final String[] ROLES = {"CEO", "chief scientist", "co-founder", "head of research", "technical lead", "dean",
            "professor", "partner", "analyst"};
    static final String[] ORGANISATIONS = {"Lattice Labs", "Meridian Capital", "Harbor University", "Vireo AI",
            "Brightwater Robotics", "KTU"};

    private static final String[] SHAPES = {
            "Q: ", "A: ", "Note: ", "“Undercurrent”: ", "Name : ", "**Ana Ruiz:** ", ">> PIET: ", "Speaker 1\n",
            "[00:01:05] ", "0:01 ", "(00:00:03) ", "00:01:05 ", "# Heading\n", "## Sub\n", "1. Numbered Heading\n",
            "- bullet\n", "* item: value\n", "| a | b |\n", "|---|---|\n", "| 1 | 2 |\n", "\n", "\n\n", "\r\n", "\r",
            "   ", "\t", "WEBVTT\n\n", "00:00:01.000 --> 00:00:02.000\n", "<v Nadia Okafor>", "</v>",
            "1\n00:00:01,000 --> 00:00:02,000\n", "<p>", "</p>", "<b>", "</b>", "<html><body>", "</body></html>",
            "<h2>", "</h2>", "<table><tr><td>", "</td></tr></table>", "<script>x()</script>", "<nav>Home</nav>",
            "The following is the transcript of the talk.", "Prices will fall by 20% in 2026.", "中文句子。", "嘉宾：",
            "王小明：", "😀", "🚀🚀", "👩🏽‍💻", "\u00a0", "\u200b", "\uFEFF", "\u202F", "“", "”", "‘", "’", "(", ")", ":",
            "::", ",", ";", "|", "—", " - ", "January 10, 2026", "late April 2026", "June 12th", "2026-06-12 19:41",
            "the 8th Harbor AI Summit", "http://x.test/a:b", "\uD83D", "\uDE00", "&amp;", "&nbsp;", "However, he said:",
            "hosted by ", "featured Professor ", "; and ", ", who leads research at ", " of ", "'s ", "’s ", "I'm ",
            "said:", "Dr. ", " CEO ", "word ", "words and more words. "};

    private Fragments() {
    }

    /** A random document of up to {@code maxParts} pieces, sometimes truncated or mutated. */
    static List<String> document(Random random, int maxParts) {
        List<String> parts = new ArrayList<>();
        int n = random.nextInt(maxParts + 1);
        for (int i = 0; i < n; i++) {
            parts.add(piece(random));
        }
        if (!parts.isEmpty() && random.nextInt(3) == 0) {
            mutate(random, parts);
        }
        if (!parts.isEmpty() && random.nextInt(3) == 0) {
            truncate(random, parts);
        }
        return parts;
    }

    static String piece(Random random) {
        int choice = random.nextInt(20);
        if (choice < 9) {
            return SHAPES[random.nextInt(SHAPES.length)];
        }
        if (choice < 12) {
            return label(random) + "Words here. ";
        }
        if (choice < 15) {
            return introduction(random);
        }
        if (choice < 17) {
            return pick(random, NAMES) + (random.nextBoolean() ? " " : ", ");
        }
        if (choice < 19) {
            return "word ".repeat(random.nextInt(4));
        }
        return new String(Character.toChars(randomCodePoint(random)));
    }

    static String label(Random random) {
        String name = pick(random, NAMES);
        return switch (random.nextInt(5)) {
            case 0 -> name + ": ";
            case 1 -> name + " (" + pick(random, ROLES) + "): ";
            case 2 -> name + ", " + pick(random, ROLES) + " of " + pick(random, ORGANISATIONS) + ": ";
            case 3 -> name + " (" + pick(random, ROLES) + ", " + pick(random, ORGANISATIONS) + "):\n";
            default -> "\n" + name + "\n";
        };
    }

    static String introduction(Random random) {
        String name = pick(random, NAMES);
        String role = pick(random, ROLES);
        String organisation = pick(random, ORGANISATIONS);
        return switch (random.nextInt(5)) {
            case 0 -> name + ", the " + role + " of " + organisation + ", ";
            case 1 -> organisation + " " + role + " " + name + " ";
            case 2 -> name + " (" + role + ", " + organisation + ") ";
            case 3 -> "Professor " + name + " of " + organisation + "; ";
            default -> name + ", who leads research at " + organisation + ". ";
        };
    }

    /** Deletes, duplicates or swaps pieces: what copy-paste does to a document. */
    static void mutate(Random random, List<String> parts) {
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && !parts.isEmpty(); e++) {
            int i = random.nextInt(parts.size());
            switch (random.nextInt(3)) {
                case 0 -> parts.remove(i);
                case 1 -> parts.add(random.nextInt(parts.size() + 1), parts.get(i));
                default -> {
                    int j = random.nextInt(parts.size());
                    String a = parts.get(i);
                    parts.set(i, parts.get(j));
                    parts.set(j, a);
                }
            }
        }
    }

    /** Cuts the last piece at any UTF-16 index, possibly between the halves of a surrogate pair. */
    static void truncate(Random random, List<String> parts) {
        int keep = 1 + random.nextInt(parts.size());
        parts.subList(keep, parts.size()).clear();
        String last = parts.get(parts.size() - 1);
        parts.set(parts.size() - 1, last.substring(0, random.nextInt(last.length() + 1)));
    }

    private static int randomCodePoint(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> 0x20 + random.nextInt(0x5F);
            case 1 -> 0x4E00 + random.nextInt(0x500);
            case 2 -> 0x1F300 + random.nextInt(0x300);
            default -> random.nextInt(0x3000);
        };
    }

    static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
