package io.claimstream.parse;

import io.claimstream.contracts.Paragraph;
import io.claimstream.contracts.ParsedDocument;
import org.junit.jupiter.api.Test;

import static io.claimstream.parse.Samples.assertWellFormed;
import static io.claimstream.parse.Samples.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Digests mark their points with arrows and number their forecasts in brackets: both are list items. */
class DigestListMarksTest {

    @Test
    void arrowsAndBracketNumbersMarkListItems() {
        String text = "Weekly Freight Digest\n\nWhat she argued about drones in the interview this week.\n"
                + "→ Batteries: cheap, light, and no longer the constraint\n"
                + "→ Insurance: slow and written route by route\n\n"
                + "Her forecasts for the next two years, as she gave them.\n"
                + "(1) Rural parcels: a few thousand a day by 2028.\n"
                + "(2) Cost per parcel: below 3 pounds by mid-2029.\n";
        ParsedDocument doc = parse(text);
        assertWellFormed(doc);
        assertThat(doc.paragraphs()).filteredOn(p -> p.kind().equals("bullet")).extracting(p -> p.span().of(text))
                .containsExactly("→ Batteries: cheap, light, and no longer the constraint",
                        "→ Insurance: slow and written route by route",
                        "(1) Rural parcels: a few thousand a day by 2028.",
                        "(2) Cost per parcel: below 3 pounds by mid-2029.");
    }
}
