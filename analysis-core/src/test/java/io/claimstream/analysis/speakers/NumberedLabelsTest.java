package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * Machine transcripts label voices "Speaker 1", "Speaker 2": the conversation names them, and the
 * claims belong to those names. Labels that name nobody ("Unidentified Analyst") hold their claims
 * without becoming a person.
 */
class NumberedLabelsTest {

    private static final DocumentParser PARSER = new DocumentParser();

    @Test
    void aSelfIntroductionAndAGreetingNameTheNumberedVoices() {
        Analyses a = analyze("""
                Speaker 1  0:02
                Hello and welcome. I'm Petra Lindgren, and this is the Silicon Weekly. My guest is Amir Costa, who runs the robotics group at Halvard. Welcome, Amir.

                Speaker 2  0:15
                Thanks, Petra. Good to be here.

                Speaker 1  0:18
                How fast is the robotics market growing?

                Speaker 2  0:22
                Warehouse robots doubled their shipments last year. Humanoid robots will stay a niche until at least 2030.
                """);
        assertThat(a.speakerOf("Humanoid robots will stay a niche")).isEqualTo("Amir Costa");
        assertThat(a.speakerNames()).contains("Petra Lindgren", "Amir Costa").doesNotContain("Speaker 1", "Speaker 2");
        assertThat(a.speakerNamed("Amir Costa").aliases()).contains("Speaker 2");
    }

    @Test
    void aDiarizationToolsSegmentsAreTurnsNamedByWhatIsSaidAroundThem() {
        Analyses a = analyze("""
                Foundry Hour, raw diarized transcript

                [00:00:01.200 --> 00:00:09.800] SPEAKER_00: You're listening to Foundry Hour. I'm Odile Brandvold. Today I have the head of packaging at a chip startup with me.
                [00:00:10.100 --> 00:00:12.400] SPEAKER_01: Thanks for having me, Odile.
                [00:00:12.900 --> 00:00:15.000] SPEAKER_00: Thanks for making the time, Stefan Quirke. Where is the bottleneck this year?
                [00:00:15.300 --> 00:00:24.700] SPEAKER_01: Advanced packaging, by a distance. Our substrate orders take nine months to fill.
                [00:00:25.000 --> 00:00:27.300] SPEAKER_02: Can I ask something from the audience?
                [00:00:27.600 --> 00:00:36.100] SPEAKER_02: We pay twice what we paid last year for the same interposers.
                [00:00:36.500 --> 00:00:41.000] SPEAKER_01: That matches what our suppliers charge.
                """);
        assertThat(a.speakerOf("Our substrate orders take nine months")).isEqualTo("Stefan Quirke");
        assertThat(a.speakerNames()).contains("Odile Brandvold", "Stefan Quirke");
        // nobody names the third voice: its claim stays with its label, not with a neighbour's name
        assertThat(a.speakerOf("We pay twice what we paid")).isEqualTo("Speaker_02");
    }

    @Test
    void aHandleIsNamedOnlyByItsOwnIntroduction() {
        Analyses a = analyze("""
                  quill_and_ink 4 hours ago | next [–]

                  Disclosure: I'm Maren Olafsdottir and I sell inference capacity, so weigh this accordingly.

                  Idle GPUs cost more per token than any hosted API.

                  reply

                      node_runner42 3 hours ago | parent | next [–]

                      Thanks, Maren. Our idle time fell below 20% once we batched overnight jobs.

                      reply
                """);
        assertThat(a.speakerOf("Idle GPUs cost more per token")).isEqualTo("Maren Olafsdottir");
        // being thanked by name in a thread is no introduction: the replier stays their handle
        assertThat(a.speakerOf("Our idle time fell below 20%")).isEqualTo("node_runner42");
    }

    @Test
    void captionsInCapitalsNameTheirVoicesAsTheySayThem() {
        Analyses a = analyze("""
                >>> GOOD EVENING, I'M RUTGER
                HALVORSEN. TONIGHT, WHY MEMORY
                CHIPS COST TWICE WHAT THEY DID.
                >> THANKS, RUTGER. THE FACTORY
                BEHIND ME IS FULL UNTIL THE
                SUMMER, AND ITS OWNERS EXPECT
                PRICES TO STAY HIGH ALL YEAR.
                >> WHO IS BUYING IT ALL?
                >> THE CLOUD COMPANIES. THEY
                HAVE BOOKED TWO THIRDS OF NEXT
                YEAR'S OUTPUT. REPORTING FROM
                BOISE, I'M NELL ABERNATHY.
                >> NELL, THANK YOU.
                >> THANK YOU.
                """);
        assertThat(a.speakerOf("THEY\nHAVE BOOKED TWO THIRDS")).isEqualTo("Nell Abernathy");
        assertThat(a.speakerNames()).contains("Rutger Halvorsen", "Nell Abernathy");
    }

    @Test
    void aCaptionVoiceNamedAsTwoPeopleIsInEachTurnThePersonNamedNearestToIt() {
        Analyses a = analyze("""
                >> Good evening, I'm Rutger Halvorsen. Tonight, the price of memory chips.
                >> Thanks, Rutger. The factory behind me will stay full until the summer. Reporting from Boise, I'm Nell Abernathy.
                >> Nell, thank you. I'm joined now by Priya Castellanos, who tracks chip supply at Orbis.
                >> Good to be here.
                >> Will prices fall next year?
                >> Prices will stay high until the new fabs open in 2028.
                >> Thank you. Earlier today the mayor spoke about the plant.
                >> Nobody here will pay for a power line the factory needs.
                >> That was Mayor Ilona Brecht, speaking at city hall. The factory declined to comment.
                """);
        assertThat(a.speakerOf("The factory behind me will stay full")).isEqualTo("Nell Abernathy");
        assertThat(a.speakerOf("Prices will stay high")).isEqualTo("Priya Castellanos");
        // a broadcast names the voice just heard: "That was Mayor Ilona Brecht"
        assertThat(a.speakerOf("Nobody here will pay for a power line")).isEqualTo("Ilona Brecht");
    }

    @Test
    void aBroadcastHandsTheFloorByNameAndThanksTheVoiceJustHeard() {
        Analyses a = analyze("""
                >>> GOOD EVENING, I'M RUTGER HALVORSEN. TONIGHT, A FIGHT OVER WATER FOR CHIP PLANTS. OUR SCIENCE
                REPORTER NELL ABERNATHY HAS MORE FROM MESA.
                >> THANKS, RUTGER. THE PLANT BEHIND ME WILL USE FOUR MILLION GALLONS A DAY.
                >> WE WILL NOT RATION WATER FOR HOMES TO FEED A FACTORY.
                >> THAT WAS ILONA BRECHT, WHO CHAIRS THE WATER BOARD. THE BUILDERS DISAGREE. OSKAR VANTERPOOL
                RUNS LUMAFAB, WHICH OWNS THE PLANT.
                >> THE PLANT RECYCLES NINETY PERCENT OF ITS WATER ALREADY.
                >> REPORTING FROM MESA, I'M NELL ABERNATHY.
                >> NELL, THANK YOU. I'M JOINED NOW BY PRIYA CASTELLANOS OF ORBIS. PRIYA, GOOD TO HAVE YOU.
                >> GOOD TO BE HERE, RUTGER.
                >> WILL OTHER STATES FOLLOW?
                >> MOST OF THEM WILL WRITE WATER RULES WITHIN TWO YEARS.
                >> WHO PAYS FOR THE PIPES?
                >> HOUSEHOLDS END UP PAYING FOR MOST OF THE NEW PIPES.
                >> PRIYA CASTELLANOS OF ORBIS, THANK YOU.
                >> THANK YOU.
                >>> WELCOME BACK. SHARES OF THE PUMP MAKER HYDRALIS FELL 6 PERCENT TODAY. ITS CHIEF EXECUTIVE,
                MARTA KOVACS, SPOKE TO ANALYSTS THIS MORNING.
                >> ORDERS FROM CHIP PLANTS HAVE DOUBLED SINCE LAST YEAR.
                >> THAT'S THE EVENING REPORT. I'M RUTGER HALVORSEN. GOOD NIGHT.
                """);
        // the anchor's hand-off names the voice that follows: a reporter, then a clip of each person described
        assertThat(a.speakerOf("FOUR MILLION GALLONS")).isEqualTo("Nell Abernathy");
        assertThat(a.speakerOf("RECYCLES NINETY PERCENT")).isEqualTo("Oskar Vanterpool");
        assertThat(a.speakerOf("ORDERS FROM CHIP PLANTS HAVE DOUBLED")).isEqualTo("Marta Kovacs");
        // the anchor's thanks ("PRIYA CASTELLANOS OF ORBIS, THANK YOU") names the guest's last answer, which a
        // clip further on must not take
        assertThat(a.speakerOf("HOUSEHOLDS END UP PAYING")).isEqualTo("Priya Castellanos");
        assertThat(a.speakerNames()).contains("Rutger Halvorsen", "Nell Abernathy", "Oskar Vanterpool",
                "Marta Kovacs", "Priya Castellanos");
    }

    @Test
    void theHostsIntroductionNamesTheNextVoice() {
        Analyses a = analyze("""
                Speaker 1  0:01
                This is Rack Talk. I'm Noor Haddad, and my guest today is Felipe Arce, who runs cooling at a colocation firm.

                Speaker 2  0:09
                Glad to be here.

                Speaker 1  0:11
                Is liquid cooling mainstream yet?

                Speaker 2  0:14
                Every new AI hall we build uses liquid cooling. Air cooling will disappear from new builds by 2028.
                """);
        assertThat(a.speakerOf("Air cooling will disappear")).isEqualTo("Felipe Arce");
        assertThat(a.speakerNames()).contains("Noor Haddad", "Felipe Arce");
    }

    @Test
    void aVoiceThatNobodyNamesKeepsItsLabel() {
        Analyses a = analyze("""
                Speaker 1  0:02
                What changed in chip supply this year?

                Speaker 2  0:06
                Packaging capacity is the bottleneck now, not wafers.

                Speaker 1  0:11
                And prices?

                Speaker 2  0:13
                Memory prices rose by half since January.
                """);
        assertThat(a.speakerOf("Packaging capacity is the bottleneck")).isEqualTo("Speaker 2");
    }

    @Test
    void aNationalityIsNoName() {
        Analyses a = analyze("""
                Speaker 1  0:02
                Where are you based?

                Speaker 2  0:06
                I'm British, but I work in Singapore. Asian data centres will overtake European ones in capacity by 2028.

                Speaker 1  0:14
                Why?

                Speaker 2  0:15
                Power is cheaper there and permits come faster.
                """);
        assertThat(a.speakerOf("Asian data centres will overtake")).isEqualTo("Speaker 2");
    }

    @Test
    void anUnidentifiedAnalystsStatementIsAClaimOfNobodyNamed() {
        Analyses a = analyze("""
                Mina Okoro: Cloud revenue grew 40% in the quarter, driven by inference demand.

                Unidentified Analyst: Your largest competitor cut prices by a third last month, and I expect you to follow.

                Mina Okoro: We will not match that cut, because our customers pay for reliability.
                """);
        assertThat(a.speakerOf("Your largest competitor cut prices")).isNull();
        assertThat(a.speakerOf("We will not match that cut")).isEqualTo("Mina Okoro");
        assertThat(a.speakerNames()).noneMatch(n -> n.contains("Analyst"));
    }

    @Test
    void anUnidentifiedAnalystOnALineOfItsOwnIsALabelThatNamesNobody() {
        Analyses a = analyze("""
                Kestrel Compute, third-quarter earnings call

                Operator
                Our first question comes from the line of an analyst.

                Unidentified Analyst
                Inference prices fell by half this year, and your margins held up.

                Mina Okoro -- Chief Executive Officer
                Our margins held because we design our own accelerators.

                Operator
                The next question comes from Tom Reyes with Harbor Capital.

                Tom Reyes -- Harbor Capital -- Analyst
                What is your outlook for capital spending?

                Mina Okoro -- Chief Executive Officer
                Capital spending will rise about 20% next year.
                """);
        assertThat(a.speakerOf("Our margins held because")).isEqualTo("Mina Okoro");
        assertThat(a.speakerOf("Inference prices fell by half")).isNull();
        assertThat(a.speakerNames()).noneMatch(n -> n.contains("Unidentified") || n.equals("Operator"));
    }

    @Test
    void anAudienceMemberIsNoSpeaker() {
        Analyses a = analyze("""
                Jonas Weber: Open models are six months behind the closed ones at most.

                Audience Member: Our hospital switched to an open model in March and cut its costs in half.

                Jonas Weber: That matches what we see across the sector.
                """);
        assertThat(a.speakerOf("cut its costs in half")).isNull();
        assertThat(a.speakerNames()).containsExactly("Jonas Weber");
    }

    @Test
    void anAutomaticCaptionInLowerCaseNamesItsVoicesFromTheNamesItsDescriptionCapitalises() {
        Analyses a = analyze("""
                Why memory is short | Chip Talk
                Host Nadia Okafor talks to Piet Varga of Tallow Silicon.

                >> hey everyone welcome back i'm nadia okafor. today i'm talking with piet varga. piet thanks for coming.
                >> thanks nadia, glad to be here.
                >> so why are cards still scarce
                >> the short answer is memory. high bandwidth memory did not get cheaper.
                >> okay
                >> and i think memory will stay the bottleneck until 2028.
                >> thanks piet
                >> thank you nadia
                """);
        assertThat(a.speakerOf("memory will stay the bottleneck")).isEqualTo("Piet Varga");
        assertThat(a.speakerNames()).contains("Nadia Okafor").doesNotContain("Speaker 1", "Speaker 2");
    }

    private static Analyses analyze(String text) {
        return new Analyses(Docs.analyzer().analyze(PARSER.parse(new RawDocument(text, null, null, null, null, null, null),
                Instant.EPOCH)));
    }
}
