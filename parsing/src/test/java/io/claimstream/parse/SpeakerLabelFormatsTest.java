package io.claimstream.parse;

import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.Turn;
import org.junit.jupiter.api.Test;

import static io.claimstream.parse.Samples.assertWellFormed;
import static io.claimstream.parse.Samples.parse;
import static io.claimstream.parse.Samples.speakers;
import static io.claimstream.parse.Samples.spoken;
import static org.assertj.core.api.Assertions.assertThat;

/** The ways transcripts write who speaks. */
class SpeakerLabelFormatsTest {

    @Test
    void spaceBeforeTheColonAndFullWidthColons() {
        String text = "Nadia Okafor : Margins will shrink.\n\nPiet Varga : Not this year.\n\n"
                + "Nadia Okafor : Next year then.\n\n王小明：我同意。\n\n王小明：再说一次。";
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("Nadia Okafor", "Piet Varga", "Nadia Okafor", "王小明", "王小明");
        assertThat(spoken(doc)).startsWith("Margins will shrink.", "Not this year.");
        assertThat(spoken(doc).get(3)).isEqualTo("我同意。");
        assertWellFormed(doc);
    }

    @Test
    void aSurnameThatOpensWithItsParticleLabelsTheAnswers() {
        String text = "Weekly Review: How long will the grid hold?\n\nvan Dam: Two winters, perhaps three.\n\n"
                + "Weekly Review: And then?\n\nvan Dam: Then we ration, or we build.\n\n"
                + "de la: not a name.";
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("Weekly Review", "van Dam", "Weekly Review", "van Dam");
        assertThat(spoken(doc).get(3)).startsWith("Then we ration, or we build.");
        assertWellFormed(doc);
    }

    @Test
    void labelAloneOnItsLineOwnsTheParagraphsBelow() {
        String text = "Nadia Okafor:\nFirst paragraph of hers.\n\nSecond paragraph of hers.\n\n"
                + "Piet Varga:\n\nHis answer.\n\nNadia Okafor:\nShort reply.";
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("Nadia Okafor", "Piet Varga", "Nadia Okafor");
        assertThat(spoken(doc)).containsExactly("First paragraph of hers.\n\nSecond paragraph of hers.", "His answer.",
                "Short reply.");
        assertWellFormed(doc);
    }

    @Test
    void podcastNameLinesWithTimesKeepTheTimeAndDropItFromTheText() {
        String text = "Chips and Power, Episode 4\n\nNadia Okafor\n(00:00:05) Welcome back.\n\n"
                + "Piet Varga\n(00:01:10) Glad to be here.\n\nIt has been a year.\n\n"
                + "Nadia Okafor  00:02:30\nWhat changed?\n\nPiet Varga  00:02:41\nPrices.";
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("Nadia Okafor", "Piet Varga", "Nadia Okafor", "Piet Varga");
        assertThat(spoken(doc)).containsExactly("Welcome back.", "Glad to be here.\n\nIt has been a year.",
                "What changed?", "Prices.");
        assertThat(doc.turns()).extracting(Turn::startMillis).containsExactly(5_000L, 70_000L, 150_000L, 161_000L);
        assertWellFormed(doc);
    }

    @Test
    void aBroadcastCueNamesItsSpeakerInsideTheParentheses() {
        String text = "PIET VARGA (CORRESPONDENT): The plant opened in May.\n\n"
                + "SOUNDBITE (Nadia Okafor, plant manager, Arcwell): \"We run at half load until the line is built.\"\n\n"
                + "SOT (Jonah Reyes): \"Nobody asked us.\"\n\n"
                + "PIET VARGA (CORRESPONDENT): The county will vote again in spring.";
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("Piet Varga", "Nadia Okafor", "Jonah Reyes", "Piet Varga");
        assertThat(doc.turns().get(1).role()).isEqualToIgnoringCase("plant manager, Arcwell");
        assertThat(doc.turns().get(2).role()).isNull();
        assertThat(spoken(doc).get(1)).isEqualTo("\"We run at half load until the line is built.\"");
        assertWellFormed(doc);
    }

    @Test
    void aBriefingsReporterAsksAsABareQSetOffBySpaces() {
        String text = "MS. LUND:  Good morning.  Two things at the top.\n\n"
                + "Q    Thank you.  Will the tariff cover memory chips?\n\n"
                + "MS. LUND:  It will, from March.\n\n"
                + "Q\tAnd servers?\n\n"
                + "MS. LUND:  Not yet.";
        ParsedDocument doc = parse(text);
        assertThat(doc.turns()).hasSize(5);
        assertThat(spoken(doc).get(1)).isEqualTo("Thank you.  Will the tariff cover memory chips?");
        assertThat(spoken(doc).get(2)).isEqualTo("It will, from March.");
        assertThat(doc.turns().get(3).label().of(text)).isEqualTo("Q");
        assertWellFormed(doc);
    }

    @Test
    void questionAndAnswerLabels() {
        String text = "Interview with a chip designer.\n\nQ: Will prices fall?\n\nA: Yes, within two years.\n\n"
                + "Q: Why?\n\nA: New fabs.";
        ParsedDocument doc = parse(text);
        // the introduction names nobody: the sides, never a person called "Q"; the labels still read Q and A
        assertThat(speakers(doc)).containsExactly("Interviewer", "Interviewee", "Interviewer", "Interviewee");
        assertThat(doc.turns()).extracting(t -> t.label().of(text)).containsExactly("Q", "A", "Q", "A");
        assertThat(doc.format()).isEqualTo("qa");
        String interviewer = "Interviewer: What comes next?\n\nNadia Okafor: Agents.\n\nInterviewer: When?\n\nNadia Okafor: Soon.";
        assertThat(speakers(parse(interviewer))).containsExactly("Interviewer", "Nadia Okafor", "Interviewer", "Nadia Okafor");
    }

    @Test
    void diarizedSpeakerIdsAndTitlesWithHonorifics() {
        ParsedDocument ids = parse("SPEAKER_00: Hello there.\n\nSPEAKER_01: Hi.\n\nSPEAKER_00: Bye.");
        assertThat(speakers(ids)).containsExactly("SPEAKER_00", "SPEAKER_01", "SPEAKER_00");
        ParsedDocument titled = parse("Dr. Ines Moreau: Yes.\n\nUrsula von Brandt (Chair): No.\n\nDr. Ines Moreau: Maybe.\n\n"
                + "LEO MARSH: Loud.\n\nLEO MARSH: Louder.");
        // a name set in capitals is given in mixed case; its label still reads as written
        assertThat(speakers(titled)).containsExactly("Dr. Ines Moreau", "Ursula von Brandt", "Dr. Ines Moreau", "Leo Marsh", "Leo Marsh");
        assertThat(titled.turns().get(3).label().of(titled.text())).isEqualTo("LEO MARSH");
    }

    @Test
    void aSurnameInCapitalsThatOpensWithItsParticleKeepsTheParticleInLowerCase() {
        ParsedDocument doc = parse("Greta van den Akker runs the Delft robotics lab.\n\n"
                + "INTERVIEWER: Why build your own arms?\n\nVAN DEN AKKER: Because nobody sells one that is cheap enough."
                + "\n\nINTERVIEWER: Will that change?\n\nVAN DEN AKKER: Within five years, I think.");
        // as the text names her ("Greta van den Akker"), so that the label and the name are one person
        assertThat(speakers(doc)).contains("van den Akker").doesNotContain("Van den Akker");
        assertWellFormed(doc);
    }

    @Test
    void recordStyleLabelsOfAHearing() {
        String text = "HEARING ON DATA CENTRE POWER\n\nChairman BARKER. The committee will come to order.\n\n"
                + "Mr. VAN DER BERG of Iowa. Thank you. Our grid cannot keep up.\n\n"
                + "Dr. OYELOWO. Demand doubled in two years.\n\nChairman BARKER. Mr. Van der Berg, a question.\n\n"
                + "The CHAIRMAN. Without objection, so ordered.";
        ParsedDocument doc = parse(text);
        // the capitals in mixed case, as the rest of a record writes the names; the title stays
        assertThat(speakers(doc)).containsExactly("Chairman Barker", "Mr. Van der Berg", "Dr. Oyelowo",
                "Chairman Barker", "Chairman");
        assertThat(spoken(doc)).startsWith("The committee will come to order.", "Thank you. Our grid cannot keep up.",
                "Demand doubled in two years.");
        assertThat(doc.turns().get(1).label().of(text)).isEqualTo("Mr. VAN DER BERG");
        assertWellFormed(doc);
    }

    @Test
    void aCommitteesNumberedQuestionsAreAskedUnderTheMembersLabels() {
        String text = "Oral evidence: Grid capacity, HC 212\n\nQ14 Chair: Welcome. How long will the grid hold?\n\n"
                + "Dr Osei: Two winters, perhaps three.\n\nQ15\tTomas Quill: And after that?\n\n"
                + "Dr Osei: Then we ration power to the data centres.\n\nQ16 Chair: Thank you.\n\n"
                + "Q3 revenue rose 12%: a figure, no question.";
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("Chair", "Dr Osei", "Tomas Quill", "Dr Osei", "Chair");
        assertThat(spoken(doc)).startsWith("Welcome. How long will the grid hold?", "Two winters, perhaps three.",
                "And after that?");
        assertThat(doc.turns().get(2).label().of(text)).isEqualTo("Tomas Quill");
        assertWellFormed(doc);
    }

    @Test
    void aTitleAndCapitalsOnceIsNoRecord() {
        // one such line in prose, and sentences that open with a title before a name in ordinary case
        String text = "Notes from the week\n\nDr. Oyelowo said demand doubled. She expects more.\n\n"
                + "General AI. The phrase means little.\n\nMr. Barker disagreed with her.";
        assertThat(parse(text).turns()).isEmpty();
    }

    @Test
    void aQuotedOutletNameIsTheInterviewer() {
        String text = "“Undercurrent”: How big is the gap?\n\nPiet Varga: Smaller than it was.\n\n"
                + "“Undercurrent”: And next year?\n\nPiet Varga: Closed.";
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("Undercurrent", "Piet Varga", "Undercurrent", "Piet Varga");
        assertThat(doc.turns().get(0).label().of(text)).isEqualTo("Undercurrent");
    }

    @Test
    void timestampedLinesWithAndWithoutSpeakers() {
        String withNames = "[00:02] Nadia Okafor: Hello.\n[00:05] Piet Varga: Hi there.\n[01:10] Nadia Okafor: Bye.";
        ParsedDocument named = parse(withNames);
        assertThat(speakers(named)).containsExactly("Nadia Okafor", "Piet Varga", "Nadia Okafor");
        assertThat(named.turns()).extracting(Turn::startMillis).containsExactly(2_000L, 5_000L, 70_000L);
        assertThat(named.format()).isEqualTo("timestamped");
        assertThat(spoken(named)).containsExactly("Hello.", "Hi there.", "Bye.");

        String bare = "0:01 welcome to the show\n0:04 today we talk chips\n00:01:05 and prices";
        ParsedDocument plain = parse(bare);
        assertThat(plain.turns()).isEmpty();
        assertThat(plain.paragraphs()).hasSize(3);
        assertThat(plain.format()).isEqualTo("timestamped");
    }

    @Test
    void emphasisedLabelsInMarkdown() {
        String text = "# Panel\n\n**Nadia Okafor:** Costs fall.\n\n**Piet Varga**: They rise.\n\n**Nadia Okafor:** We will see.";
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("Nadia Okafor", "Piet Varga", "Nadia Okafor");
        assertThat(spoken(doc)).containsExactly("Costs fall.", "They rise.", "We will see.");
    }

    @Test
    void shortTurnsInOneParagraphAreSplitAtKnownNames() {
        String text = "Advice to students:\n\nNadia Okafor: Read papers; Piet Varga: Build things. Ana Ruiz: Ask questions.\n\n"
                + "The following is the transcript of the panel.\n\nNadia Okafor: Welcome.\n\nPiet Varga: Thanks.\n\n"
                + "Ana Ruiz: Hello.";
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("Nadia Okafor", "Piet Varga", "Ana Ruiz", "Nadia Okafor", "Piet Varga", "Ana Ruiz");
        assertThat(spoken(doc).subList(0, 3)).containsExactly("Read papers;", "Build things.", "Ask questions.");
        // the transcript announcement is nobody's turn
        int announcement = text.indexOf("The following");
        assertThat(doc.paragraphs()).filteredOn(p -> p.span().start() == announcement)
                .singleElement().satisfies(p -> assertThat(p.turn()).isEqualTo(-1));
        assertWellFormed(doc);
    }

    @Test
    void thingsThatLookLikeLabelsButAreNotTurns() {
        String text = "Key Assessment\nChip prices will matter.\n\n1. How Will Vendors Differentiate?\n\n"
                + "Nadia Okafor: First.\n\nNote: the audio cut out.\n\nUpdate: corrected a figure.\n\n"
                + "Source: company filings\n\nEditor’s Note: lightly edited.\n\n- Cost: high\n- Risk: low\n\n"
                + "| Item: name | Value: x |\n|---|---|\n| a | b |\n\nPiet Varga: Second.\n\nNadia Okafor: Third.";
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("Nadia Okafor", "Piet Varga", "Nadia Okafor");
        assertThat(doc.tables()).singleElement().satisfies(t -> assertThat(t.rows()).hasSize(2));
        assertWellFormed(doc);
    }

    @Test
    void aHeadlineNamingACompanyIsNotASpeakerInAnArticle() {
        String text = "Kestrel Labs: Profits Double\n\nKestrel Labs said on Tuesday that profits doubled.\n\n"
                + "Analysts expect more growth next year.";
        ParsedDocument doc = parse(text);
        assertThat(doc.turns()).isEmpty();
        assertThat(doc.format()).isEqualTo("plain");
    }

    @Test
    void formatOverridesDetection() {
        String text = "Ada Quist: one line only.";
        assertThat(parse(text, "transcript").turns()).hasSize(1);
        assertThat(parse("Ada Quist: Hi.\n\nBo Lind: Hello.\n\nAda Quist: Bye.", "plain").turns()).isEmpty();
        assertThat(parse("Ada Quist: Hi.\n\nBo Lind: Hello.\n\nAda Quist: Bye.", "plain").format()).isEqualTo("plain");
    }

    /** A publication whose name opens with a number asks under it ("8Ledger:"); a figure before a colon is no label. */
    @Test
    void aNameThatOpensWithANumberIsALabelButAFigureIsNot() {
        String text = "8Ledger: Why did you leave the lab?\n\nMira Holt: I wanted to ship products.\n\n"
                + "8Ledger: And the next model?\n\nMira Holt: Early next year.";
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("8Ledger", "Mira Holt", "8Ledger", "Mira Holt");
        assertWellFormed(doc);

        ParsedDocument figures = parse("5G: coverage doubled.\n\n2025: the year of agents.\n\n5G: again.\n\n"
                + "10x: cheaper inference.\n\n10x: again.");
        assertThat(figures.turns()).isEmpty();
    }

    /**
     * A research interview names its participant by a code ("P7:", "P12:", "R03:") and the other side by role: the
     * code is the only name the participant has. A quarter or a half ("Q3:", "H1:") heading a line is no one's code.
     */
    @Test
    void aStudyParticipantsCodeLabelsTheirTurns() {
        String text = "Interviewer: How much of your code do agents write?\n\nP12: About a third, since spring.\n\n"
                + "Interviewer: And next year?\n\nP12: Half, I would guess.";
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("Interviewer", "P12", "Interviewer", "P12");
        assertThat(spoken(doc).get(1)).isEqualTo("About a third, since spring.");
        assertWellFormed(doc);

        ParsedDocument quarters = parse("Q3: revenue rose by a fifth.\n\nH1: margins held.\n\nQ3: again.\n\nH1: again.");
        assertThat(quarters.turns()).isEmpty();
    }

    /**
     * A French interview asks under the outlet's title, lower-case words and all ("Le Courrier numérique :"), on
     * every question; a phrase that opens one line ("Réponse courte:") is no speaker.
     */
    @Test
    void anOutletTitledInFrenchAsksOnEveryQuestion() {
        String text = "Le Courrier numérique : Why Lyon?\n\nInès Morel : The hospitals are here.\n\n"
                + "Le Courrier numérique : And the money?\n\nInès Morel : Half of it goes to chips.\n\n"
                + "Le Courrier numérique : Thank you.\n\nRéponse courte: not a turn.";
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("Le Courrier numérique", "Inès Morel", "Le Courrier numérique",
                "Inès Morel", "Le Courrier numérique");
        assertThat(spoken(doc).get(3)).isEqualTo("Half of it goes to chips.");
        assertWellFormed(doc);
    }

    /** A headline that quotes the interviewee under her name is no turn of hers: the introduction below it is nobody's. */
    @Test
    void aTitleQuotingThePersonUnderTheirNameIsAHeadline() {
        String text = "Inès Morel: « The hospitals are here »\n\nInès Morel runs a lab in Lyon. We met her in May.\n\n"
                + "Le Courrier numérique : Why Lyon?\n\nInès Morel : The hospitals are here.\n\n"
                + "Le Courrier numérique : And the money?\n\nInès Morel : Half of it goes to chips.\n\n"
                + "Le Courrier numérique : Thank you.";
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("Le Courrier numérique", "Inès Morel", "Le Courrier numérique",
                "Inès Morel", "Le Courrier numérique");
        assertWellFormed(doc);
    }

    @Test
    void aNotesCreditLineAndDisclosuresAreNoTurns() {
        String text = "HARBOUR RESEARCH | Equity Note\nAnalyst: Dana Park, CFA  |  +1 555 0100\n\n"
                + "Nadia Okafor, who runs Tallow Labs, expects margins to shrink. \"Prices fall every quarter,\" she said.\n\n"
                + "We think the market is too optimistic.\n\n"
                + "Disclosures: Harbour Research may hold shares in companies named here.";
        ParsedDocument doc = parse(text);
        assertThat(doc.turns()).isEmpty();
        String show = "Host: Piet Varga\n\nPiet Varga: Welcome back.\n\nNadia Okafor: Thanks.\n\nPiet Varga: Prices?";
        assertThat(speakers(parse(show))).containsExactly("Piet Varga", "Nadia Okafor", "Piet Varga");
    }

    @Test
    void aChairCallingOnSomeoneBeforeTheRoomLaughsIsATurnNotACredit() {
        String show = "**Host:** Welcome, both.\n\n**Ana Ruiz:** Thanks. Prices will fall.\n\n"
                + "**Host:** Tom Berg, you are the one with the budget. [laughter]\n\n**Tom Berg:** I used to be.";
        assertThat(speakers(parse(show))).containsExactly("Host", "Ana Ruiz", "Host", "Tom Berg");
        // a credit keeps its shape with a note after it
        assertThat(speakers(parse("Host: Piet Varga (NPR)\n\nPiet Varga: Welcome back.\n\nNadia Okafor: Thanks."
                + "\n\nPiet Varga: Prices?"))).containsExactly("Piet Varga", "Nadia Okafor", "Piet Varga");
    }

    @Test
    void unnamedCaptionChevronsOfAConversationAlternateTwoVoices() {
        String text = "Chip talk | ep. 3\n\n>> welcome back i'm piet varga.\n>> thanks piet.\n"
                + ">> so are prices falling\n>> slowly. memory is the problem.\n0:41\n>> why\n"
                + ">> the packaging lines are full.\n>> thanks for coming on";
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("Speaker 1", "Speaker 2", "Speaker 1", "Speaker 2", "Speaker 1",
                "Speaker 2", "Speaker 1");
        assertThat(spoken(doc).get(3)).isEqualTo("slowly. memory is the problem.");
        assertWellFormed(doc);
        // two changes are a caption's interjections, not a conversation to split into voices
        assertThat(parse("Notes\n\n>> applause\n\nThe talk went on.\n\n>> laughter").turns()).isEmpty();
    }

    @Test
    void bracketedCapitalsBetweenTurnsAreStageDirections() {
        String text = "NADIA OKAFOR (CHAIR): Welcome. Our first speaker has four minutes.\n\n"
                + "[FIRST ROUND — PRO — 4:00]\n\nPIET VARGA: Storage prices will halve by spring.\n\n[GONG]\n\n"
                + "NADIA OKAFOR (CHAIR): Thank you.\n\n[SECOND ROUND — CONTRA — 4:00]\n\n"
                + "INES MOREL: They will not halve. Memory fabs are sold out.\n\n[GONG]\n\nNADIA OKAFOR (CHAIR): Time.";
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).doesNotContain("First Round", "FIRST ROUND", "Gong", "GONG", "Second Round",
                "SECOND ROUND").contains("Piet Varga", "Ines Morel");
        assertWellFormed(doc);
    }

    @Test
    void anOralHistoryLabelWithALongRoleAndAnUnnamedVoiceOwnTheParagraphsBelow() {
        String text = "THE YEAR THE CHIPS RAN OUT\n\n"
                + "MIRELA DOSTAL, procurement analyst, Vesna Capital, Prague:\nWe ordered a year ahead. Nobody believed us.\n\n"
                + "Then the backlog doubled.\n\n"
                + "II. \"THE QUEUE\"\n\n"
                + "A FORMER FOUNDRY ENGINEER, who asked not to be named because of her contract:\n"
                + "We queued jobs for weeks.\n\n"
                + "[The foundry declined to comment.]\n\n"
                + "Nobody planned for it.\n\n"
                + "OTTO LINDQVIST, senior economist, Trade Analysis Unit, Ministry of Industry:\nThe shortage was priced in.\n\n"
                + "DOSTAL:\nIt was not priced in.";
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("Mirela Dostal", "Former Foundry Engineer", "Otto Lindqvist", "Dostal");
        assertThat(doc.turns()).extracting(Turn::role).startsWith("procurement analyst, Vesna Capital, Prague");
        // the part's numbered title ends her turn, and the editor's bracketed note is nobody's words
        assertThat(spoken(doc).get(0)).endsWith("Then the backlog doubled.");
        assertThat(spoken(doc).get(1)).startsWith("We queued jobs for weeks.").endsWith("Nobody planned for it.");
        assertThat(doc.paragraphs()).filteredOn(p -> p.span().of(doc.text()).startsWith("[The foundry"))
                .singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo("metadata"));
        assertWellFormed(doc);
        // in a line of prose a third comma still ends the search for a label
        assertThat(speakers(parse("Mirela Dostal, analyst, Vesna Capital, Prague: a line in a list.\n\nMore prose.")))
                .isEmpty();
    }

    @Test
    void aLegislatorsCaptionGivesPartyAndStateAfterTheName() {
        String text = "ADAIR: Now to Washington.\n\n"
                + "SEN. MARA VOSS (D), GEORGIA: We closed the front door on chips and left the back door open.\n\n"
                + "ADAIR: Joining me now, an expert.\n\n"
                + "REP. OWEN PIKE (R-TX): The bill goes too far.";
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("Adair", "Sen. Mara Voss", "Adair", "Rep. Owen Pike");
        assertThat(doc.turns().get(1).role()).isEqualTo("D, Georgia");
        assertThat(spoken(doc).get(1)).startsWith("We closed the front door");
        assertWellFormed(doc);
    }

    @Test
    void aSentenceWithACommaBeforeItsColonIsNoLegislatorsCaption() {
        String text = "ADAIR: Now to Washington.\n\nIn the end (D), Georgia: it passed.\n\nADAIR: Thanks.";
        ParsedDocument doc = parse(text);
        assertThat(speakers(doc)).containsExactly("Adair", "Adair");
        assertWellFormed(doc);
    }
}
