package io.claimstream.parse;

import io.claimstream.contracts.Participant;
import io.claimstream.contracts.ParsedDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.claimstream.parse.Samples.assertWellFormed;
import static io.claimstream.parse.Samples.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** People the text introduces, with the role and organisation it gives them; every sample written for this test. */
class ParticipantsTest {

    private static Map<String, Participant> people(ParsedDocument doc) {
        return doc.metadata().participants().stream()
                .collect(Collectors.toMap(Participant::name, Function.identity(), (a, b) -> a));
    }

    private static void assertPerson(Map<String, Participant> people, String name, String role, String affiliation) {
        assertThat(people).containsKey(name);
        assertThat(people.get(name).role()).as("role of %s", name).isEqualTo(role);
        assertThat(people.get(name).affiliation()).as("affiliation of %s", name).isEqualTo(affiliation);
    }

    @Test
    void commaSeparatedPanelAfterHostedBy() {
        String text = "Harbor Summit recap\n\nThe closing session was hosted by Maya Lindqvist, the dean of the Harbor AI "
                + "Institute. Omar Haddad, the person in charge of Meridian Group's Atlas, Nadia Okafor, a professor at "
                + "the Department of Physics of Lakeside University and the founder of Quanta Works, and Piet Varga, "
                + "the co - founder and chief scientist of Brightwater Robotics, had an open chat about agents.";
        ParsedDocument doc = parse(text);
        Map<String, Participant> people = people(doc);
        assertPerson(people, "Maya Lindqvist", "dean", "Harbor AI Institute");
        assertPerson(people, "Omar Haddad", "person in charge", "Meridian Group");
        assertPerson(people, "Nadia Okafor", "professor", "Lakeside University");
        assertPerson(people, "Piet Varga", "co-founder and chief scientist", "Brightwater Robotics");
        assertThat(people).doesNotContainKeys("Lakeside University", "Quanta Works", "Harbor Summit");
        assertThat(doc.metadata().participants()).extracting(Participant::name)
                .containsExactly("Maya Lindqvist", "Omar Haddad", "Nadia Okafor", "Piet Varga");
        Participant maya = people.get("Maya Lindqvist");
        assertThat(maya.span().of(text)).isEqualTo("Maya Lindqvist, the dean of the Harbor AI Institute");
        assertWellFormed(doc);
    }

    @Test
    void semicolonListWithTitlesBeforeNamesAndRelativeClauses() {
        String text = "The panel featured Professor Ines Carvalho, chief scientist and co-founder of Vireo AI; "
                + "Professor Tomasz Wrona of KTU; Lena Brandt, technical lead of Solvay Cloud’s Orca team; and Kofi Mensah, "
                + "Halden’s newly appointed chief AI scientist who was formerly a Nimbus researcher.";
        Map<String, Participant> people = people(parse(text));
        assertPerson(people, "Ines Carvalho", "chief scientist and co-founder", "Vireo AI");
        assertPerson(people, "Tomasz Wrona", "Professor", "KTU");
        assertPerson(people, "Lena Brandt", "technical lead", "Solvay Cloud");
        assertPerson(people, "Kofi Mensah", "newly appointed chief AI scientist", "Halden");
        assertThat(people.get("Ines Carvalho").span().of(text)).startsWith("Professor Ines Carvalho, chief scientist");
    }

    @Test
    void titlesBeforeTheNameParenthesesAndWhoClauses() {
        String text = "Lattice Labs CEO Dana Whitfield said prices would fall. Meridian’s chief economist Rui Tanaka "
                + "disagreed, and Sofia Marin (Partner, Brightwater Ventures) sided with her. Jonas Weber, who leads the "
                + "robotics group at Kestrel Systems, was not convinced. Dr. Amara Obi of Lakeside University agreed. "
                + "Jefferies’ Alan Cho said so, and Bank of America's Ines Ruiz, now head of chip research, expects a rebound. "
                + "Halden’s Orca Nova, its new chip, is late.";
        Map<String, Participant> people = people(parse(text));
        assertPerson(people, "Dana Whitfield", "CEO", "Lattice Labs");
        assertPerson(people, "Rui Tanaka", "chief economist", "Meridian");
        assertPerson(people, "Sofia Marin", "Partner", "Brightwater Ventures");
        assertPerson(people, "Jonas Weber", "leads the robotics group", "Kestrel Systems");
        assertPerson(people, "Alan Cho", null, "Jefferies");
        assertThat(people).doesNotContainKey("Orca Nova");
        assertPerson(people, "Ines Ruiz", "head of chip research", "Bank of America");
        assertPerson(people, "Amara Obi", null, "Lakeside University"); // a doctor's title is no position
    }

    @Test
    void organisationsPossessivesAndSelfIntroductionsAreNotPeople() {
        String text = "Anthropic, the company behind Claude, said so. Nanyang Technological University, a research "
                + "university, hosted it. Ana Ruiz's team, the best in town, won. I'm Omar Haddad, the host of this "
                + "show. The Harbor Forum of Lakeside University opened.";
        Map<String, Participant> people = people(parse(text));
        assertThat(people.keySet()).containsExactly("Omar Haddad");
        assertPerson(people, "Omar Haddad", "host of this show", null);
    }

    @Test
    void speakersTakeTheRoleTheIntroductionGivesThem() {
        String text = "Nadia Okafor, the CEO of Quanta Works, talked to Piet Varga, an analyst at Meridian Capital.\n\n"
                + "Nadia Okafor: Margins will shrink.\n\nPiet Varga: Not this year.\n\nQ: Why not?\n\n"
                + "Kai Moreno (Host): Let us move on.\n\nNadia Okafor: Fine.";
        ParsedDocument doc = parse(text);
        Map<String, Participant> people = people(doc);
        assertPerson(people, "Nadia Okafor", "CEO", "Quanta Works");
        assertPerson(people, "Piet Varga", "analyst", "Meridian Capital");
        assertPerson(people, "Kai Moreno", "Host", null);
        assertThat(people).doesNotContainKey("Q");
        assertThat(people.get("Kai Moreno").span().of(doc.text())).isEqualTo("Kai Moreno (Host)");
    }

    @Test
    void aOneWordLabelJoinsTheIntroducedFullNameAndOutletsAreNotPeople() {
        String text = "Undercurrent spoke with Rosa Delgado, co-founder of Tidewater Labs.\n\n“Undercurrent”: What now?\n\n"
                + "Delgado: Agents.\n\n“Undercurrent”: When?\n\nDelgado: Soon.";
        ParsedDocument doc = parse(text);
        assertThat(doc.metadata().participants()).extracting(Participant::name).containsExactly("Rosa Delgado");
        assertPerson(people(doc), "Rosa Delgado", "co-founder", "Tidewater Labs");
    }

    @Test
    void nameCommaRoleLabelsNameTheSpeakerAndKeepTheRole() {
        String text = "Quarterly call\n\nDana Whitfield, CEO of Lattice Labs: We will ship agents this year.\n\n"
                + "Omar Haddad, Chief Scientist, Meridian Robotics: Not before the chips arrive.\n\n"
                + "Dana Whitfield, CEO of Lattice Labs: Then next year.";
        ParsedDocument doc = parse(text);
        assertThat(Samples.speakers(doc)).containsExactly("Dana Whitfield", "Omar Haddad", "Dana Whitfield");
        assertThat(doc.turns().get(0).role()).isEqualTo("CEO of Lattice Labs");
        assertThat(Samples.spoken(doc)).containsExactly("We will ship agents this year.", "Not before the chips arrive.",
                "Then next year.");
        assertThat(doc.turns().get(1).label().of(text)).isEqualTo("Omar Haddad");
        Map<String, Participant> people = people(doc);
        assertPerson(people, "Dana Whitfield", "CEO", "Lattice Labs");
        assertPerson(people, "Omar Haddad", "Chief Scientist", "Meridian Robotics");
        assertWellFormed(doc);
    }

    @Test
    void sentencesThatIntroduceAQuoteAreNotLabels() {
        List<String> lines = List.of("However, he said:", "Dana Whitfield, the CEO of Lattice Labs, said:",
                "Dana Whitfield, CEO of Lattice Labs, put it bluntly:", "In the end, the chief scientist concluded:",
                "Dana Whitfield, speaking at the summit:", "Asked about prices, the CEO of Lattice Labs replied:",
                "Dana Whitfield, who is CEO of Lattice Labs, told us:");
        for (String line : lines) {
            String text = "Chip prices\n\nPrices fell again this quarter.\n\n" + line + "\n\n“We will ship agents this year.”";
            ParsedDocument doc = parse(text);
            assertThat(doc.turns()).as(line).isEmpty();
        }
    }

    @Test
    void aNameCommaRoleTitleIsNotATurn() {
        String text = "Dana Whitfield, CEO of Lattice Labs: Why we bet on agents\n\nLattice Labs has bet on agents. "
                + "Dana Whitfield said the market would double.";
        ParsedDocument doc = parse(text);
        assertThat(doc.turns()).isEmpty();
        assertPerson(people(doc), "Dana Whitfield", "CEO", "Lattice Labs");
    }

    @Test
    void nameCommaRoleLabelsAfterTimesAndInsideEmphasis() {
        String text = "Earnings call\n\n[00:00:05] Dana Whitfield, CEO of Lattice Labs: Welcome.\n\n"
                + "[00:00:40] **Omar Haddad, CFO:** Revenue grew.\n\n[00:01:10] Dana Whitfield, CEO of Lattice Labs: Questions?";
        ParsedDocument doc = parse(text);
        assertThat(Samples.speakers(doc)).containsExactly("Dana Whitfield", "Omar Haddad", "Dana Whitfield");
        assertThat(Samples.spoken(doc)).containsExactly("Welcome.", "Revenue grew.", "Questions?");
        assertThat(doc.turns()).extracting(t -> t.startMillis()).containsExactly(5_000L, 40_000L, 70_000L);
        assertPerson(people(doc), "Omar Haddad", "CFO", null);
        assertWellFormed(doc);
    }

    @Test
    void subtitleAndHtmlDocumentsIntroduceTheirSpeakersToo() {
        String vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Nadia Okafor>Welcome. I am here with Piet Varga, the "
                + "chief scientist of Vireo AI.\n\n00:00:04.000 --> 00:00:06.000\n<v Piet Varga>Thanks, Nadia.\n";
        ParsedDocument subtitles = parse(vtt);
        assertThat(subtitles.metadata().participants()).extracting(Participant::name).containsExactly("Nadia Okafor", "Piet Varga");
        assertPerson(people(subtitles), "Piet Varga", "chief scientist", "Vireo AI");
        String html = "<html><body><nav>Home</nav><h1>Panel</h1><p>The panel was moderated by Rosa Delgado, a partner at "
                + "Brightwater Ventures.</p><p>Rosa Delgado: Hello.</p><p>Kofi Mensah (Founder, Halden): Hi.</p>"
                + "<p>Rosa Delgado: Bye.</p></body></html>";
        ParsedDocument page = parse(html);
        assertPerson(people(page), "Rosa Delgado", "partner", "Brightwater Ventures");
        assertPerson(people(page), "Kofi Mensah", "Founder", "Halden");
        page.metadata().participants().forEach(p -> assertThat(p.span().of(page.text())).contains(p.name()));
    }

    @Test
    void aDescriptionAfterIsOpensWithAnArticleAndEndsWithItsClause() {
        String text = "Jane Doe is the CEO of Acme Robotics and she thinks prices will fall. Tom Li was a big fan of Apple. "
                + "Mei Chen is an investor in Halden Labs. Ravi Kumar is the first to leave. Sara Kim is Nimbus’s head of policy.";
        ParsedDocument doc = parse(text);
        Map<String, Participant> people = people(doc);
        assertThat(people.keySet()).containsExactlyInAnyOrder("Jane Doe", "Mei Chen", "Sara Kim");
        assertPerson(people, "Jane Doe", "CEO", "Acme Robotics");
        assertThat(people.get("Jane Doe").span().of(text)).isEqualTo("Jane Doe is the CEO of Acme Robotics");
        assertPerson(people, "Mei Chen", "investor", "Halden Labs");
        assertPerson(people, "Sara Kim", "head of policy", "Nimbus");
    }
    @Test
    void aOneWordNameWithItsPositionInParenthesesIsAPerson() {
        String text = "I can only repeat what Brisk (Halden CTO) told me: the long tail matters. Later Odile (Corvid’s chief "
                + "scientist) disagreed, and Tomas (a researcher at Fjord Models) said little.";
        ParsedDocument doc = parse(text);
        Map<String, Participant> people = people(doc);
        assertPerson(people, "Brisk", "CTO", "Halden");
        assertPerson(people, "Odile", "chief scientist", "Corvid");
        assertPerson(people, "Tomas", "researcher", "Fjord Models");
        assertThat(people.get("Brisk").span().of(text)).isEqualTo("Brisk (Halden CTO)");
        assertWellFormed(doc);
    }

    @Test
    void productsAcronymsYearsAndThingsInParenthesesAreNotPeople() {
        String text = "Qwen (Alibaba’s model) led the table. BAAI (Beijing Academy of Artificial Intelligence) hosted it. "
                + "Rust (2015) is older. The Network (model) learns. Devin (Cognition’s AI engineer) shipped code. "
                + "We used the Falcon (a research lead model) and the Atlas (Meridian CEO) dataset. Notably (as the CEO "
                + "of Corvid put it) costs fell.\n\nMira (Host): Welcome.\n\nMira (Host): Thanks.";
        Map<String, Participant> people = people(parse(text));
        assertThat(people).doesNotContainKeys("Qwen", "BAAI", "Rust", "Network", "Devin", "Falcon", "Atlas", "Notably");
    }

    @Test
    void aTwoWordNameWithItsOrganisationBeforeTheTitleKeepsThemApart() {
        Map<String, Participant> people = people(parse("Ana Ruiz (Lumen CTO) said prices will fall."));
        assertPerson(people, "Ana Ruiz", "CTO", "Lumen");
    }
}
