package io.claimstream.parse;

import io.claimstream.contracts.Participant;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.Turn;
import io.claimstream.parse.text.Timestamps;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static io.claimstream.parse.Samples.assertWellFormed;
import static io.claimstream.parse.Samples.parse;
import static io.claimstream.parse.Samples.speakers;
import static io.claimstream.parse.Samples.spoken;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transcript conventions of export tools and outlets (Rev, Otter, Zoom, Happy Scribe, closed
 * captions, Markdown, Q&amp;A), one invented sample each in {@code src/test/resources/transcripts}:
 * every turn goes to the right speaker, and no turn's text carries a label or a recording time.
 */
class TranscriptExportFormatsTest {

    /** Words that open notes and captions; a speaker by one of these names is a misread line. */
    private static final Set<String> NOT_PEOPLE = Set.of("note", "update", "transcript", "q", "a", "source");

    @Test
    void revPutsTheTimeInParenthesesBeforeTheColonAndTheTextBelow() {
        ParsedDocument doc = sample("rev.txt");
        assertThat(speakers(doc)).containsExactly("Dana Park", "Marcus Feld", "Dana Park", "Marcus Feld");
        assertThat(doc.turns()).extracting(Turn::role).containsOnlyNulls();
        assertThat(doc.turns()).extracting(Turn::startMillis).containsExactly(72_000L, 80_000L, 101_000L, 105_000L);
        assertThat(spoken(doc).get(1)).startsWith("Not really.");
        assertThat(doc.metadata().participants()).extracting(Participant::role).containsOnlyNulls();
        assertClean(doc);

        ParsedDocument shortTimes = sample("rev-short-times.txt");
        assertThat(speakers(shortTimes)).containsExactly("Speaker 1", "Lena Sorensen", "Speaker 1", "Lena Sorensen");
        assertThat(shortTimes.turns()).extracting(Turn::startMillis).containsExactly(0L, 4_000L, 12_000L, 15_000L);
        assertClean(shortTimes);
    }

    @Test
    void aTimeInBracketsAfterTheNameIsNoRoleEvenWithAnAppositive() {
        String text = "Dana Park [00:01:12]: Prices will fall.\n\nMarcus Feld, CEO of Ostrava Compute (00:01:20): They will not.\n\n"
                + "Dana Park [00:01:31]: We will see.\n\nNadia Okafor (Moderator): Time is up.";
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("Dana Park", "Marcus Feld", "Dana Park", "Nadia Okafor");
        assertThat(doc.turns()).extracting(Turn::role).containsExactly(null, "CEO of Ostrava Compute", null, "Moderator");
        assertThat(doc.turns()).extracting(Turn::startMillis).containsExactly(72_000L, 80_000L, 91_000L, null);
        assertThat(spoken(doc)).containsExactly("Prices will fall.", "They will not.", "We will see.", "Time is up.");
    }

    @Test
    void aCallTranscriptPutsEachSpeakersTitleOrFirmOnTheLineUnderTheName() {
        String text = """
                Corvane Ltd, Q2 2026 Earnings Call

                Operator
                Welcome to the call. I will now hand over to our chief executive.

                Mei Tan
                Chief Executive Officer
                Bookings rose 40% this quarter.

                Oscar Lind
                Hartwell Securities, Research Division
                How much of that is renewals?

                Mei Tan
                Chief Executive Officer
                About half of it.

                Rafael Ito
                Chief Financial Officer
                Margins held at 61%.

                Oscar Lind
                Hartwell Securities, Research Division
                Thank you.
                """;
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("Mei Tan", "Oscar Lind", "Mei Tan", "Rafael Ito", "Oscar Lind");
        assertThat(doc.turns()).extracting(Turn::role).containsExactly("Chief Executive Officer",
                "Hartwell Securities, Research Division", "Chief Executive Officer", "Chief Financial Officer",
                "Hartwell Securities, Research Division");
        assertThat(spoken(doc)).contains("Bookings rose 40% this quarter.", "How much of that is renewals?",
                "Margins held at 61%.");
    }

    @Test
    void otterWritesNameAndTimeOnTheirOwnLine() {
        ParsedDocument numbered = sample("otter-numbered.txt");
        assertThat(speakers(numbered)).containsExactly("Speaker 1", "Priya Nandakumar", "Speaker 1", "Priya Nandakumar",
                "Speaker 1", "Priya Nandakumar");
        assertThat(numbered.turns()).extracting(Turn::startMillis).containsExactly(3_000L, 11_000L, 19_000L, 22_000L,
                65_000L, 69_000L);
        assertClean(numbered);

        ParsedDocument named = sample("otter-named.txt");
        assertThat(speakers(named)).containsExactly("Dana Park", "Oliver Brandt", "Dana Park", "Oliver Brandt");
        assertThat(spoken(named).get(3)).isEqualTo("Maybe four companies. Everyone else will fine-tune.");
        assertClean(named);
    }

    @Test
    void teamsFilesANameSurnameFirstAndMarksAGuest() {
        String text = "Pricing sync-20260105_101500-Meeting Recording\nJanuary 5, 2026, 10:15AM\n\n"
                + "Okafor, Ruth   0:04\nShall we start with the rebate?\n\n"
                + "Lindqvist, Per Erik   0:11\nThe rebate halved our churn in one quarter.\n\n"
                + "Mila Brenner (Guest)   0:30\nI doubt it will last past the summer.\n\n"
                + "Okafor, Ruth   0:41\nLet's find out in April.";
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("Ruth Okafor", "Per Erik Lindqvist", "Mila Brenner", "Ruth Okafor");
        assertThat(doc.turns()).extracting(Turn::role).containsExactly(null, null, "Guest", null);
        assertThat(spoken(doc).get(1)).isEqualTo("The rebate halved our churn in one quarter.");
        // without a recording time a comma between two capitalised words is a place or a byline, left as written
        assertThat(speakers(parse("Paris, France\n\nDana Park: Prices fall.\n\nIvo Lenz: They rise.\n\n"
                + "Dana Park: Not this year.\n\nIvo Lenz: We will see."))).containsExactly(
                "Dana Park", "Ivo Lenz", "Dana Park", "Ivo Lenz");
    }

    @Test
    void zoomBracketsTheNameBeforeTheClockTime() {
        ParsedDocument doc = sample("zoom.txt");
        assertThat(speakers(doc)).containsExactly("Dana Park", "Ines Varga", "Dana Park", "Ines Varga");
        assertThat(doc.turns().get(0).startMillis()).isEqualTo((10 * 3600 + 32 * 60 + 15) * 1000L);
        assertThat(doc.turns()).extracting(t -> t.label().of(doc.text())).containsOnly("Dana Park", "Ines Varga");
        assertClean(doc);
    }

    @Test
    void aTimeAfterTheColonAndAOneWordAnswerBelow() {
        ParsedDocument doc = sample("rev-time-after-colon.txt");
        assertThat(speakers(doc)).containsExactly("Dana Park", "Tomas Reyes", "Dana Park", "Tomas Reyes");
        assertThat(spoken(doc).get(2)).isEqualTo("Why?"); // no heading, though it looks like one
        assertThat(doc.turns()).extracting(Turn::startMillis).containsExactly(3_000L, 9_000L, 21_000L, 24_000L);
        assertClean(doc);
    }

    @Test
    void aTimeAfterTheColonLeavesTheWordsBelowToSplitAtTheNextSpeakersNames() {
        String text = "Ilse Varga: (00:40)\nQuick answers, please. Where do prices go?\n\n"
                + "Tomas Reyes: (00:46)\nDown; Ilse Varga: Up, surely; Tomas Reyes: Down, by half.\n\n"
                + "Ilse Varga: (01:02)\nWe disagree, then.\n\nTomas Reyes: (01:05)\nWe do.\n";
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("Ilse Varga", "Tomas Reyes", "Ilse Varga", "Tomas Reyes",
                "Ilse Varga", "Tomas Reyes");
        assertThat(spoken(doc)).startsWith("Quick answers, please. Where do prices go?", "Down;", "Up, surely;",
                "Down, by half.");
        assertThat(doc.turns().get(1).startMillis()).isEqualTo(46_000L);
    }

    @Test
    void timeLinesBetweenParagraphsAreNobodysWords() {
        ParsedDocument meet = sample("time-lines-between-turns.txt");
        assertThat(speakers(meet)).containsExactly("Dana Park", "Tomas Reyes", "Dana Park", "Tomas Reyes");
        assertThat(spoken(meet).get(1)).isEqualTo("They did. I expect another halving by the end of next year.");
        assertClean(meet);
        ParsedDocument otter = sample("otter-time-line-inside-turn.txt");
        assertThat(speakers(otter)).containsExactly("Dana Park", "Oliver Brandt", "Dana Park", "Oliver Brandt");
        // the time line neither ends the turn nor counts as what was said
        assertThat(spoken(otter).get(1)).startsWith("Training costs").endsWith("Only four companies can afford that.");
        String timeLine = "2:15";
        int at = otter.text().indexOf("\n" + timeLine + "\n") + 1;
        assertThat(otter.paragraphs()).filteredOn(p -> p.span().start() == at).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo("metadata"));
    }

    @Test
    void teamsWritesAClockTimeInBracketsBeforeTheName() {
        ParsedDocument doc = sample("teams-clock-times.txt");
        assertThat(speakers(doc)).containsExactly("Dana Park", "Marcus Feld", "Dana Park", "Marcus Feld");
        assertThat(doc.turns().get(0).startMillis()).isEqualTo((10 * 3600 + 32 * 60) * 1000L);
        assertThat(spoken(doc).get(3)).isEqualTo("Yes. The new model will slip to the summer.");
        assertClean(doc);
        assertThat(Timestamps.at("[9:05 p.m.] Ana", 0, 15)).isEqualTo(new Timestamps.Stamp(11, (21 * 3600 + 5 * 60) * 1000L));
        assertThat(Timestamps.at("[12:10am]", 0, 9)).isEqualTo(new Timestamps.Stamp(9, 10 * 60 * 1000L));
        assertThat(Timestamps.at("[13:10 PM]", 0, 10)).isNull();
        // a diarization tool's segment: the range starts at its first time, and the label follows the bracket
        String segment = "[00:01:04.120 --> 00:01:09.300] SPEAKER_01: Yes.";
        assertThat(Timestamps.at(segment, 0, segment.length())).isEqualTo(new Timestamps.Stamp(31, 64_120L));
        assertThat(Timestamps.at("[0:04 - 0:09] Ana", 0, 17)).isEqualTo(new Timestamps.Stamp(13, 4_000L));
        assertThat(Timestamps.at("[0:04 - later]", 0, 14)).isNull();
        assertThat(Timestamps.at("10:32 AM Ana", 0, 12)).isNotNull().extracting(Timestamps.Stamp::end).isEqualTo(5);
    }

    @Test
    void earningsCallsGiveNameAndRoleBetweenDoubleHyphensAndAnOperator() {
        ParsedDocument doc = sample("earnings-call.txt");
        assertThat(speakers(doc)).containsExactly("Operator", "Lukas Brenner", "Nadia Ferrante", "Operator", "Mei Tanaka",
                "Lukas Brenner", "Operator");
        assertThat(doc.turns()).extracting(Turn::role).containsExactly(null, "Chief Executive Officer",
                "Chief Financial Officer", null, "Analyst, Harbor Street Capital", "Chief Executive Officer", null);
        assertThat(spoken(doc).get(2)).startsWith("Gross margin was 61%").doesNotContain("Operator");
        assertThat(doc.metadata().participants()).extracting(Participant::name)
                .containsExactly("Lukas Brenner", "Nadia Ferrante", "Mei Tanaka");
        assertClean(doc);
    }

    @Test
    void aListOfNamesWithRolesIsNoTranscript() {
        String text = "Speakers at the summit\n\nDana Park -- Chief Executive, Lattice Labs\n"
                + "Keiko Tanaka -- Chip Designer, Voltaic\nRaj Mehta -- Investor\n\nThe summit opens on Monday.";
        assertThat(parse(text).turns()).isEmpty();
        String biographies = "Speakers at the summit\n\nDana Park -- Chief Executive, Lattice Labs\n\n"
                + "Dana founded Lattice Labs in 2019 after a decade at a chip maker.\n\n"
                + "Keiko Tanaka -- Chip Designer, Voltaic\n\nKeiko leads the accelerator team at Voltaic.\n\n"
                + "Raj Mehta -- Investor\n\nRaj backs early infrastructure companies.";
        assertThat(parse(biographies).turns()).isEmpty();
    }

    @Test
    void aTimeBeforeANameAloneOnItsLine() {
        ParsedDocument doc = sample("time-before-name.txt");
        assertThat(speakers(doc)).containsExactly("Dana Park", "Hana Kobayashi", "Dana Park", "Hana Kobayashi");
        assertThat(doc.turns()).extracting(Turn::startMillis).containsExactly(3_000L, 10_000L, 25_000L, 28_000L);
        assertThat(spoken(doc).get(2)).isEqualTo("Is that safe?");
        assertClean(doc);
    }

    @Test
    void timesBeforeOrAfterTheLabelOnTheSameLine() {
        for (String name : List.of("bracketed-times.txt", "bare-times.txt", "time-after-label.txt")) {
            ParsedDocument doc = sample(name);
            assertThat(speakers(doc)).as(name).containsOnly("Dana Park", "Tomas Reyes").hasSizeGreaterThanOrEqualTo(6);
            assertThat(doc.turns()).as(name).extracting(Turn::startMillis).doesNotContainNull();
            assertThat(spoken(doc).get(1)).as(name).isIn("How much cheaper is it?",
                    "Prices per token fell by ninety percent in two years.");
            assertClean(doc);
        }
    }

    @Test
    void markdownBoldWithTheColonInsideOrOutside() {
        for (String name : List.of("bold-colon-inside.md", "bold-colon-outside.md")) {
            ParsedDocument doc = sample(name);
            assertThat(speakers(doc)).as(name).containsExactly("Dana Park", "Lena Sorensen", "Dana Park", "Lena Sorensen",
                    "Dana Park", "Lena Sorensen");
            assertThat(spoken(doc).get(0)).as(name).isEqualTo("What breaks first when agents reach production?");
            assertClean(doc);
        }
    }

    @Test
    void closedCaptionChevronsBeforeCapitalisedNames() {
        ParsedDocument doc = sample("closed-captions.txt");
        assertThat(speakers(doc)).containsOnly("Dana Park", "Hugo Lambert").hasSize(8);
        assertThat(doc.turns().get(0).label().of(doc.text())).isEqualTo("DANA PARK");
        assertThat(spoken(doc).get(1)).isEqualTo("The largest campuses will need more than five gigawatts each by 2028.");
        assertClean(doc);
    }

    @Test
    void captionChevronsWithoutANameAreSomeoneElseSpeaking() {
        ParsedDocument doc = sample("closed-captions-unnamed.txt");
        assertThat(speakers(doc)).containsExactly("Dana Park", "Hugo Lambert", "Hugo Lambert", "Dana Park", "Hugo Lambert");
        assertThat(spoken(doc)).noneMatch(s -> s.contains("realistic") || s.contains("bubble"));
        int unnamed = doc.text().indexOf("Is that realistic?");
        assertThat(doc.paragraphs()).filteredOn(p -> p.span().start() == unnamed).singleElement()
                .satisfies(p -> assertThat(p.turn()).isEqualTo(-1));
        assertClean(doc);
    }

    @Test
    void rolesInCapitalsReadAsASentenceWouldWriteThem() {
        ParsedDocument doc = sample("capitals-with-roles.txt");
        assertThat(doc.turns()).extracting(Turn::role).containsExactly("CEO of Lattice Labs", "Analyst at Northcote",
                "CEO of Lattice Labs", "Analyst at Northcote", "Host", "Head of AI Research, Northcote");
        assertThat(doc.metadata().participants()).extracting(Participant::affiliation).contains("Lattice Labs", "Northcote");
        assertClean(doc);
    }

    @Test
    void namesInCapitalsAreGivenInMixedCaseWithTheirLabelAsWritten() {
        for (String name : List.of("capitals.txt", "capitals-alone.txt", "bracketed-times-capitals.txt")) {
            ParsedDocument doc = sample(name);
            assertThat(speakers(doc)).as(name).hasSizeGreaterThanOrEqualTo(4)
                    .allMatch(s -> s.equals("Dana Park") || s.equals("Rafael Okonjo") || s.equals("Greta Holm")
                            || s.equals("Tomas Reyes"));
            assertThat(doc.turns()).as(name).allMatch(t -> t.label().of(doc.text()).equals(t.label().of(doc.text())
                    .toUpperCase(Locale.ROOT)));
            assertThat(doc.metadata().participants()).extracting(Participant::name).as(name).contains("Dana Park");
            assertClean(doc);
        }
        ParsedDocument particles = sample("initials-and-particles-capitals.txt");
        assertThat(speakers(particles)).containsExactly("J.R. Okafor", "Maria de la Cruz", "J.R. Okafor",
                "Jean-Luc Bessette", "Maria de la Cruz", "Jean-Luc Bessette");
        ParsedDocument others = parse("SEAN O'NEILL: Yes.\n\nAI: No.\n\nKATE MCKENNA-RUIZ: Maybe.\n\n"
                + "SEAN O'NEILL: Again.\n\nAI: Again no.\n\nKATE MCKENNA-RUIZ: Fine.\n\nSPEAKER_01: Hi.\n\nSPEAKER_01: Bye.");
        assertThat(speakers(others)).startsWith("Sean O'Neill", "AI", "Kate McKenna-Ruiz").contains("SPEAKER_01");
    }

    @Test
    void namesWithInitialsParticlesAndHyphens() {
        ParsedDocument doc = sample("initials-and-particles.txt");
        assertThat(speakers(doc)).containsExactly("J.R. Okafor", "Maria de la Cruz", "J.R. Okafor", "Jean-Luc Bessette",
                "Maria de la Cruz", "Jean-Luc Bessette");
        assertClean(doc);
    }

    @Test
    void questionAndAnswerLabelsTakeTheNamesOfTheIntroduction() {
        for (String name : List.of("qa-colon.txt", "bold-qa.md")) {
            ParsedDocument doc = sample(name);
            assertThat(doc.turns()).as(name).hasSize(4);
            assertThat(doc.turns()).extracting(t -> t.label().of(doc.text())).containsExactly("Q", "A", "Q", "A");
            assertClean(doc);
        }
        assertThat(speakers(sample("qa-colon.txt"))).containsExactly("Sam Whitaker", "Ines Varga", "Sam Whitaker", "Ines Varga");
        assertThat(speakers(sample("bold-qa.md"))).containsExactly("Ava Lindqvist", "Noor Rahman", "Ava Lindqvist", "Noor Rahman");
    }

    @Test
    void questionAndAnswerWithPeriods() {
        ParsedDocument doc = sample("qa-period.txt");
        assertThat(speakers(doc)).containsExactly("Sam Whitaker", "Ines Varga", "Sam Whitaker", "Ines Varga");
        assertThat(doc.turns()).extracting(t -> t.label().of(doc.text())).containsExactly("Q", "A", "Q", "A");
        assertThat(spoken(doc).get(1)).isEqualTo("About two thousand. Next year we will ship ten times that many.");
        assertThat(doc.format()).isEqualTo("qa");
        assertClean(doc);
        ParsedDocument bold = parse("**Q.** Will tariffs raise prices?\n\n**A.** By about fifteen percent.");
        assertThat(spoken(bold)).containsExactly("Will tariffs raise prices?", "By about fifteen percent.");
    }

    @Test
    void aLetteredListOrAnInitialIsNoAnswer() {
        String list = "Three ways to cut inference costs:\n\nA. Quantise the weights.\n\nB. Cache the prompts.\n\n"
                + "C. Route easy queries to small models.";
        assertThat(parse(list).turns()).isEmpty();
        String initial = "A. Lindqvist wrote the first draft of the rules.\n\nA. Lindqvist later left the agency.";
        assertThat(parse(initial).turns()).isEmpty();
    }

    @Test
    void aDashAfterTheNameInPlaceOfTheColon() {
        for (String name : List.of("em-dash.txt", "spaced-hyphens.txt")) {
            ParsedDocument doc = sample(name);
            assertThat(doc.turns()).as(name).hasSize(6);
            assertThat(speakers(doc).subList(0, 2)).as(name).isIn(List.of("Dana Park", "Keiko Tanaka"),
                    List.of("Dana Park", "Raj Mehta"));
            assertClean(doc);
        }
        assertThat(spoken(sample("em-dash.txt")).get(3))
                .isEqualTo("Some, yes. I expect custom chips to take a fifth of the training market by 2027.");
        assertThat(spoken(sample("spaced-hyphens.txt")).get(5))
                .isEqualTo("Junior developer hiring will shrink for the next few years.");
    }

    @Test
    void aDashAfterANameInProseIsNoLabel() {
        String article = "Dana Park — who founded Lattice Labs in 2019 — says agents are overhyped.\n\n"
                + "Keiko Tanaka — a chip designer — disagrees.\n\nDana Park — unusually — conceded the point later.\n\n"
                + "Nvidia — up 3% — led the market.\n\nNvidia — down 2% — fell the next day.";
        assertThat(parse(article).turns()).isEmpty();
        // a name already written with a colon may also use a dash
        String mixed = "Dana Park: Welcome.\n\nKeiko Tanaka: Thanks.\n\nDana Park — So, chips?\n\nKeiko Tanaka: Yes.";
        assertThat(speakers(parse(mixed))).containsExactly("Dana Park", "Keiko Tanaka", "Dana Park", "Keiko Tanaka");
        assertThat(spoken(parse(mixed)).get(2)).isEqualTo("So, chips?");
    }

    @Test
    void aDashBeforeAPositionIsTheSpeakersRoleNotTheirWords() {
        String text = "Panel: the price of tokens\n\nNora Lind — Chief Economist, Aster Cloud\n"
                + "Theo Marsh — Partner, Greyfield Ventures\n\n"
                + "Nora Lind: Token prices fell ninety percent in two years.\n\n"
                + "Theo Marsh: They will fall further once inference chips ship.\n\nNora Lind: Perhaps.";
        ParsedDocument doc = parse(text);
        assertThat(doc.turns()).filteredOn(t -> t.role() != null).extracting(Turn::speaker, Turn::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Nora Lind", "Chief Economist, Aster Cloud"),
                        org.assertj.core.groups.Tuple.tuple("Theo Marsh", "Partner, Greyfield Ventures"));
        assertThat(doc.turns()).noneMatch(t -> t.span().of(text).contains("Chief Economist"));
        assertThat(spoken(doc)).contains("Token prices fell ninety percent in two years.");
    }

    @Test
    void hostAndInterviewerLabelsTakeTheNamesOfTheIntroduction() {
        ParsedDocument host = sample("host-guest.txt");
        assertThat(speakers(host)).containsExactly("Dana Park", "Omar Haddad", "Dana Park", "Omar Haddad");
        assertClean(host);
        ParsedDocument interviewer = sample("interviewer.txt");
        assertThat(speakers(interviewer)).containsExactly("Ava Lindqvist", "Noor Rahman", "Ava Lindqvist", "Noor Rahman");
        assertClean(interviewer);
    }

    @Test
    void notesAndAClockTimeInsideATranscriptAreNobodysTurn() {
        ParsedDocument doc = sample("notes-inside.txt");
        assertThat(speakers(doc)).containsExactly("Dana Park", "Sven Aalto", "Dana Park", "Sven Aalto");
        assertThat(spoken(doc)).noneMatch(s -> s.contains("clarified") || s.contains("audio dropped"));
        assertClean(doc);
    }

    /** No bogus speaker, and no turn that starts with its label, a colon or a recording time. */
    private static void assertClean(ParsedDocument doc) {
        assertWellFormed(doc);
        for (Turn turn : doc.turns()) {
            String said = turn.span().of(doc.text());
            String speaker = turn.speaker();
            assertThat(speaker.toLowerCase(Locale.ROOT)).isNotIn(NOT_PEOPLE);
            assertThat(speaker).doesNotMatch(".*\\d:\\d.*");
            assertThat(said).as("turn of %s", speaker).isNotEmpty()
                    .doesNotContainPattern("^" + Pattern.quote(turn.label().of(doc.text())) + "\\s*[:.\u2013\u2014-]")
                    .doesNotStartWith(":").doesNotStartWith("]").doesNotStartWith("*").doesNotStartWith(")");
            assertThat(Timestamps.at(said, 0, said.length())).as("time opening the turn of %s: %s", speaker, said).isNull();
            assertThat(said).as("turn of %s", speaker).doesNotContainPattern("(?m)^\\s*\\[?\\d{1,2}:\\d{2}");
        }
        for (Participant participant : doc.metadata().participants()) {
            assertThat(participant.name().toLowerCase(Locale.ROOT)).isNotIn(NOT_PEOPLE);
            if (participant.role() != null) {
                assertThat(participant.role()).doesNotMatch(".*\\d:\\d\\d.*");
            }
        }
    }

    static ParsedDocument sample(String name) {
        try (InputStream in = TranscriptExportFormatsTest.class.getResourceAsStream("/transcripts/" + name)) {
            assertThat(in).as(name).isNotNull();
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
