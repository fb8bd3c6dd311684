package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * A live blog: entries headed by the time they were posted, a speaker's words given after their surname and a
 * colon inside an entry, and a writer who narrates in the first person around them.
 */
class LiveBlogTest {

    private static final DocumentParser PARSER = new DocumentParser();

    private static final String BLOG = """
            Live: Halden Robotics launch event

            By Ana Lindqvist

            Updated 3:20 p.m.

            I'm in the room now, a converted warehouse in Gothenburg. I'll be posting updates all afternoon.

            2:05 p.m. — Halden's founder, Oskar Brandt, walks on stage to loud music.

            2:09 p.m. — Brandt: "Our arm costs a third of what last year's model did."

            2:12 p.m. — The first demo stalls for a minute. Brandt: "Cheap hardware is what finally makes home robots possible. Nobody will buy a robot that costs as much as a car." The crowd laughs.

            2:15 p.m. — I just tried the arm myself at the demo table. It folded a towel in about a minute.

            2:20 p.m. — We'll update this post when the pricing sheet is out. My take: the demo was impressive, but towels are an easy case. The kitchen is where buyers will judge these arms, and nothing shown today went near one.

            2:25 p.m. — Brandt leaves the stage to applause.
            """;

    @Test
    void aSurnameLabelInsideAnEntryGivesTheQuotationToThePersonIntroducedEarlier() {
        Analyses a = analyze(BLOG);
        assertThat(a.speakerOf("Our arm costs a third")).isEqualTo("Oskar Brandt");
        assertThat(a.speakerOf("Cheap hardware is what finally")).isEqualTo("Oskar Brandt");
        assertThat(a.speakerOf("Nobody will buy a robot")).isEqualTo("Oskar Brandt");
        assertThat(a.claimWith("Cheap hardware").orElseThrow().attribution()).isEqualTo("explicit");
        assertThat(a.claimWith("Cheap hardware").orElseThrow().text()).doesNotContain("Brandt:");
        assertThat(a.claimWith("first demo stalls")).isEmpty();
        assertThat(a.claimWith("crowd laughs")).isEmpty();
    }

    @Test
    void anUnknownCapitalisedLeadInsideAParagraphIsNoSpeaker() {
        Analyses a = analyze("""
                Keynote notes

                10:02 — Pricing was the last slide. Tiers: "Starter" and "Scale" both get the new model.
                """);
        assertThat(a.speakerNames()).doesNotContain("Tiers");
    }

    @Test
    void theLiveBloggersOwnNarrationIsNoClaimButTheirTakeIs() {
        Analyses a = analyze(BLOG);
        assertThat(a.doc().claims()).extracting(Claim::text).noneMatch(t -> t.contains("in the room")
                || t.contains("posting updates") || t.contains("update this post") || t.contains("tried the arm")
                || t.contains("folded a towel") || t.contains("walks on stage") || t.contains("Updated"));
        assertThat(a.speakerOf("towels are an easy case")).isEqualTo("Ana Lindqvist");
        // the take goes on to the end of its entry, not beyond
        assertThat(a.speakerOf("where buyers will judge")).isEqualTo("Ana Lindqvist");
        assertThat(a.claimWith("leaves the stage")).isEmpty();
    }

    @Test
    void entryTimesOnTheirOwnLinesMakeALiveBlogWhoseWriterOnlyNarrates() {
        Analyses a = analyze("""
                LIVE: Nordic Robotics Days, day one

                By Ana Lindqvist

                15:10
                Back from the coffee break. I'll cover the afternoon panel in full, and the slides will be online tomorrow.

                14:20
                Oskar Brandt, founder of Halden Robotics, said home robots will cost less than a dishwasher by 2030.

                [09:05]
                Good morning from Gothenburg. I'll be updating this page all day, newest posts at the top.
                """);
        assertThat(a.speakerOf("cost less than a dishwasher")).isEqualTo("Oskar Brandt");
        assertThat(a.doc().claims()).extracting(Claim::text).noneMatch(t -> t.contains("cover the afternoon panel")
                || t.contains("slides will be online") || t.contains("updating this page") || t.contains("coffee break"));
    }

    @Test
    void anEssayistsOwnViewsStayTheirs() {
        Analyses a = analyze("""
                Small labs should stop pretraining

                By Ana Lindqvist

                I have covered robotics startups for eight years. I'm writing this from a train.

                I think most of them waste their seed money on pretraining. Fine-tuning an open model costs a fraction of that.
                """);
        assertThat(a.speakerOf("waste their seed money")).isEqualTo("Ana Lindqvist");
        assertThat(a.speakerOf("Fine-tuning an open model costs")).isEqualTo("Ana Lindqvist");
        assertThat(a.claimWith("writing this from a train")).isEmpty();
    }

    private static Analyses analyze(String text) {
        return new Analyses(Docs.analyzer().analyze(PARSER.parse(new RawDocument(text, null, null, null, null, null, null),
                Instant.EPOCH)));
    }
}
