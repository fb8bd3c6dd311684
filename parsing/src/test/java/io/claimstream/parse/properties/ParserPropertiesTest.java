package io.claimstream.parse.properties;

import io.claimstream.contracts.Paragraph;
import io.claimstream.contracts.Participant;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.RawDocument;
import io.claimstream.contracts.Section;
import io.claimstream.contracts.Span;
import io.claimstream.contracts.Table;
import io.claimstream.contracts.Turn;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the parser over generated documents (see {@link Fragments}), each over a fixed
 * number of tries drawn from a fixed seed; a failure is shrunk and names its seed.
 */
class ParserPropertiesTest {

    private static final String[] FORMATS = {null, "auto", "plain", "markdown", "transcript", "qa", "html", "webvtt", "srt"};
    private static final DocumentParser PARSER = new DocumentParser();
    static final int TRIES = Integer.getInteger("properties.tries", 1_000);

    private static ParsedDocument parse(String text, String format) {
        return PARSER.parse(new RawDocument(text, null, null, null, null, null, format), Instant.EPOCH);
    }

    /** The format is drawn from the text, so that a shrunk input still picks the same one. */
    private static String formatFor(String text) {
        return FORMATS[Math.floorMod(text.length() * 31 + text.hashCode(), FORMATS.length)];
    }

    @Test
    @Timeout(60)
    void everyOffsetLiesInsideTheTextOnACharacterBoundary() {
        Property.forAll("offsets", TRIES, r -> Fragments.document(r, 60), text -> {
            ParsedDocument doc = parse(text, formatFor(text));
            for (Span span : spans(doc)) {
                assertThat(span.end()).as("span %s", span).isLessThanOrEqualTo(doc.text().length());
                assertThat(splitsPair(doc.text(), span.start()) || splitsPair(doc.text(), span.end()))
                        .as("span %s splits a surrogate pair", span).isFalse();
            }
        });
    }

    @Test
    @Timeout(60)
    void turnsAreOrderedAndDoNotOverlap() {
        Property.forAll("turns", TRIES, r -> Fragments.document(r, 60), text -> {
            ParsedDocument doc = parse(text, formatFor(text));
            int previous = 0;
            for (Turn turn : doc.turns()) {
                assertThat(turn.label().start()).isGreaterThanOrEqualTo(previous);
                assertThat(turn.span().start()).isGreaterThanOrEqualTo(turn.label().end());
                assertThat(turn.speaker()).isNotBlank();
                previous = turn.span().end();
            }
        });
    }

    @Test
    @Timeout(60)
    void paragraphsAreOrderedInsideTheTextAndPointAtRealTurns() {
        Property.forAll("paragraphs", TRIES, r -> Fragments.document(r, 60), text -> {
            ParsedDocument doc = parse(text, formatFor(text));
            int previous = 0;
            for (Paragraph paragraph : doc.paragraphs()) {
                assertThat(paragraph.span().start()).isGreaterThanOrEqualTo(previous);
                assertThat(paragraph.span().end()).isLessThanOrEqualTo(doc.text().length());
                assertThat(paragraph.turn()).isBetween(-1, doc.turns().size() - 1);
                previous = paragraph.span().end();
            }
            boolean converted = List.of("html", "webvtt", "srt").contains(doc.format());
            assertThat(doc.submittedText()).isEqualTo(text);
            if (!converted) {
                // a text file is read as it is, but for no-break spaces and the zero-width characters inside it
                String inside = text.isEmpty() ? "" : text.substring(1).replace("\uFEFF", "");
                assertThat(doc.text()).isEqualTo((text.isEmpty() ? "" : text.substring(0, 1) + inside)
                        .replaceAll("[\u00a0\u202F\u2007]", " ").replaceAll("[\u200b\u2060\u00AD]", ""));
            }
        });
    }

    @Test
    @Timeout(60)
    void participantsAreNamedInsideTheirOwnSpan() {
        Property.forAll("participants", TRIES, r -> Fragments.document(r, 40), text -> {
            ParsedDocument doc = parse(text, formatFor(text));
            for (Participant p : doc.metadata().participants()) {
                assertThat(p.name()).isNotBlank();
                assertThat(p.span().end()).isLessThanOrEqualTo(doc.text().length());
                // ignoring case: a label set in capitals (PIET) names the participant in mixed case (Piet)
                assertThat(p.span().of(doc.text()).toLowerCase(java.util.Locale.ROOT))
                        .contains(p.name().toLowerCase(java.util.Locale.ROOT));
            }
            assertThat(doc.metadata().participants()).extracting(Participant::name).doesNotHaveDuplicates();
        });
    }

    @Test
    @Timeout(60)
    void parsingIsDeterministic() {
        Property.forAll("determinism", TRIES / 4, r -> Fragments.document(r, 40), text -> {
            String format = formatFor(text);
            assertThat(parse(text, format)).isEqualTo(parse(text, format));
        });
    }

    /** Introductions in any of the written forms name each person with the role and organisation given. */
    @Test
    @Timeout(60)
    void everyIntroducedPersonIsFoundWithTheirRoleAndOrganisation() {
        Property.forAll("introductions", TRIES / 2, ParserPropertiesTest::panel, text -> {
            if (text.isEmpty()) {
                return;
            }
            ParsedDocument doc = parse(text, null);
            for (String line : text.split("\n")[0].split("\\|")) {
                String[] person = line.split("/");
                Participant found = doc.metadata().participants().stream().filter(p -> p.name().equals(person[0]))
                        .findFirst().orElseThrow(() -> new AssertionError(person[0] + " not found"));
                assertThat(found.affiliation()).as("affiliation of %s", person[0]).isEqualTo(person[2]);
                assertThat(found.role()).as("role of %s", person[0]).isEqualTo(person[1]);
            }
        });
    }

    /**
     * A first line listing the expected {@code name/role/organisation}, then a sentence introducing
     * the same people in a drawn order and form, separated by commas or semicolons and a final "and".
     * Both are one fragment, so that shrinking never separates the answer key from its text.
     */
    private static List<String> panel(Random random) {
        List<String> names = new ArrayList<>(List.of(Fragments.NAMES).subList(0, 5));
        java.util.Collections.shuffle(names, random);
        int n = 1 + random.nextInt(names.size());
        boolean semicolons = random.nextBoolean();
        StringBuilder key = new StringBuilder();
        StringBuilder sentence = new StringBuilder(random.nextBoolean() ? "The panel featured " : "It was hosted by ");
        for (int i = 0; i < n; i++) {
            String role = Fragments.pick(random, new String[] {"CEO", "chief scientist", "co-founder", "dean", "partner"});
            String organisation = Fragments.pick(random, Fragments.ORGANISATIONS);
            if (i > 0) {
                sentence.append(semicolons ? "; " : ", ").append(i == n - 1 ? "and " : "");
            }
            String form = switch (random.nextInt(4)) {
                case 0 -> names.get(i) + ", the " + role + " of " + organisation;
                case 1 -> names.get(i) + ", a " + role + " at " + organisation;
                case 2 -> names.get(i) + " (" + role + ", " + organisation + ")";
                default -> organisation + "’s " + role + " " + names.get(i);
            };
            sentence.append(form);
            key.append(i == 0 ? "" : "|").append(names.get(i)).append('/').append(role).append('/').append(organisation);
        }
        return List.of(key + "\n\n" + sentence + ", spoke about agents."); // one piece: the key and the text go together
    }

    private static boolean splitsPair(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }

    private static List<Span> spans(ParsedDocument doc) {
        List<Span> spans = new ArrayList<>();
        doc.turns().forEach(t -> {
            spans.add(t.label());
            spans.add(t.span());
        });
        doc.paragraphs().stream().map(Paragraph::span).forEach(spans::add);
        doc.sections().stream().map(Section::span).forEach(spans::add);
        doc.tables().stream().map(Table::span).forEach(spans::add);
        doc.metadata().participants().stream().map(Participant::span).forEach(spans::add);
        return spans;
    }
}
