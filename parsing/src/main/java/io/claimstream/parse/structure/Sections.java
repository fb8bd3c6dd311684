package io.claimstream.parse.structure;

import io.claimstream.contracts.Section;
import io.claimstream.contracts.Span;
import io.claimstream.parse.blocks.Draft;

import java.util.ArrayList;
import java.util.List;

/** Turns heading paragraphs into sections: each governs the text up to the next heading of its level or above. */
public final class Sections {

    private Sections() {
    }

    public static List<Section> of(String text, List<Draft> drafts) {
        List<Section> sections = new ArrayList<>();
        for (int k = 0; k < drafts.size(); k++) {
            Draft heading = drafts.get(k);
            if (!heading.kind.equals(Draft.HEADING)) {
                continue;
            }
            int end = heading.end;
            for (int j = k + 1; j < drafts.size(); j++) {
                Draft next = drafts.get(j);
                if (next.kind.equals(Draft.HEADING) && next.level <= heading.level) {
                    break;
                }
                end = next.end;
            }
            sections.add(new Section(headingText(text, heading), heading.level, new Span(heading.start, end)));
        }
        return sections;
    }

    /** The heading without its markup: {@code ## **Costs** ##} reads {@code Costs}. */
    static String headingText(String text, Draft heading) {
        String raw = heading.of(text).strip();
        int i = 0;
        while (i < raw.length() && raw.charAt(i) == '#') {
            i++;
        }
        String s = raw.substring(i).strip();
        int j = s.length();
        while (j > 0 && s.charAt(j - 1) == '#') {
            j--;
        }
        s = s.substring(0, j).strip();
        return Emphasis.strip(s);
    }
}
