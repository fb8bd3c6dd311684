package io.claimstream.parse;

import static io.claimstream.parse.Samples.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.claimstream.contracts.ParsedDocument;
import org.junit.jupiter.api.Test;

/**
 * An article copied from a web page brings the page along: menus, share buttons, cookie banners, related headlines,
 * captions, bios and notes. Those paragraphs are metadata, so no claim is read from them, while the article's own
 * paragraphs (even one that mentions cookies or a reporter) stay text, and the headline stays the title.
 */
class PageFurnitureTest {

    private static final String PAGE = """
            Skip to main content
            World  Business  Tech  Science  Opinion
            Home > Tech > Robotics

            We use cookies to tailor what you see. By continuing you accept our cookie policy.
            Accept all
            Manage preferences

            Warehouse robot makers race to cut prices

            4 min read
            Share
            Copy link

            OSLO, May 2 - Two warehouse robot makers said on Friday they would halve the price of their arms by 2028.

            A picker arm sorts parcels at a depot near Bergen. Photo: Kari Holm/Agency

            Advertisement

            "Prices will fall faster than anyone expects," said Ines Dahl, who runs Fjordarm.

            More on robotics
            Grid operators say robot depots will need more power by 2030
            Why Parcel Firms Are Betting on Arms, Not Humanoids

            A reporter once asked Dahl whether cookies from the staff canteen fuelled the lab; she said the lab runs on coffee.

            Tove Berg is a staff reporter covering automation. Follow her on Mastodon.

            Correction, May 3: An earlier version of this story misspelled the name of a depot.

            This story was first published in Norwegian and has been translated by the desk.

            The Depot Dispatch
            Robots, racks and the people who run them, every Monday. Sign up here.

            © 2026 Northline Media. All rights reserved.
            Terms of use | Privacy policy | Cookie settings
            """;

    @Test
    void thePagesParagraphsAreMetadataAndTheArticlesAreNot() {
        ParsedDocument doc = parse(PAGE);
        List<String> text = paragraphs(doc, false);
        List<String> metadata = paragraphs(doc, true);
        assertThat(text).anyMatch(p -> p.startsWith("OSLO, May 2"))
                .anyMatch(p -> p.startsWith("\"Prices will fall"))
                .anyMatch(p -> p.startsWith("A reporter once asked Dahl whether cookies"));
        assertThat(metadata).anyMatch(p -> p.startsWith("We use cookies"))
                .anyMatch(p -> p.startsWith("A picker arm sorts parcels"))
                .anyMatch(p -> p.startsWith("Grid operators say robot depots"))
                .anyMatch(p -> p.startsWith("Tove Berg is a staff reporter"))
                .anyMatch(p -> p.startsWith("Correction, May 3"))
                .anyMatch(p -> p.startsWith("This story was first published"))
                .anyMatch(p -> p.startsWith("©"))
                .anyMatch(p -> p.startsWith("Robots, racks and the people"))
                .anyMatch(p -> p.startsWith("Advertisement"))
                .anyMatch(p -> p.startsWith("World  Business"));
    }

    @Test
    void theHeadlineUnderTheMenuIsTheTitle() {
        assertThat(parse(PAGE).metadata().title()).isEqualTo("Warehouse robot makers race to cut prices");
    }

    @Test
    void aHeadlineWithAColonUnderACookieBannerIsNoSpeakersLabel() {
        ParsedDocument doc = parse("""
                This site uses cookies. Read our cookie policy.

                Fjordarm chief Ines Dahl: "Arms will cost half as much by 2028"

                OSLO, May 2 - Ines Dahl, who runs Fjordarm, said on Friday that arms would cost half as much by 2028.

                Her rival Per Lund disagreed. "That is a brochure, not a forecast," he said.
                """);
        assertThat(doc.turns()).isEmpty();
    }

    private static List<String> paragraphs(ParsedDocument doc, boolean metadata) {
        return doc.paragraphs().stream().filter(p -> "metadata".equals(p.kind()) == metadata)
                .map(p -> p.span().of(doc.text())).map(String::strip).toList();
    }
}
