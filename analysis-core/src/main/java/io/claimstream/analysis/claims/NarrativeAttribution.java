package io.claimstream.analysis.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.analysis.Deadline;
import io.claimstream.analysis.sentences.Block;
import io.claimstream.analysis.sentences.BlockKind;
import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.analysis.speakers.Gender;
import io.claimstream.analysis.speakers.Person;
import io.claimstream.analysis.speakers.MentionResolver;
import io.claimstream.analysis.speakers.Pronouns;
import io.claimstream.analysis.speakers.RoleReader;
import io.claimstream.analysis.speakers.SignedPieces;
import io.claimstream.analysis.text.Token;
import io.claimstream.contracts.Span;

/**
 * Attributes sentences outside speaker turns (articles, summaries, introductions):
 * <ul>
 *   <li>a sentence with a frame of saying belongs to the frame's subject (explicit);</li>
 *   <li>every sentence of a quotation belongs to whoever the quotation is attributed to;</li>
 *   <li>a sentence that continues an attributed one in the same paragraph, or an item of a list
 *       that an attributed sentence introduces with a colon, belongs to the same speaker
 *       (inferred), unless it turns to somebody else;</li>
 *   <li>in a summary (lists, tables, headings around one subject), content lines belong to the
 *       person the summary is about (inferred), but narration about a person does not.</li>
 * </ul>
 * Anything else is narration and makes no claim. Blocks are read in document order, so pronouns
 * and surnames resolve to the people mentioned before them.
 */
public final class NarrativeAttribution {

    private static final String STAGE = "attributing sentences outside speaker turns";

    private final FrameFinder frames;
    private final SentenceSubjects subjects;
    private final InlineLabels labels;
    private final HolderColumns holders;
    private final HeldViews heldViews;
    private final GappedOdds gappedOdds;
    private final io.claimstream.analysis.speakers.PersonRegistry registry;
    private final MentionResolver resolver;
    private final RoleReader roles;

    public NarrativeAttribution(FrameFinder frames, SentenceSubjects subjects, MentionResolver resolver,
                                RoleReader roles) {
        this.frames = frames;
        this.subjects = subjects;
        this.labels = new InlineLabels(resolver, roles);
        this.holders = new HolderColumns(resolver, roles);
        this.gappedOdds = new GappedOdds(resolver);
        this.heldViews = new HeldViews(resolver);
        this.registry = resolver.registry();
        this.resolver = resolver;
        this.roles = roles;
    }

    /**
     * A numbered paragraph of prose, as decisions, reports and judgments number theirs: a number, then at least two
     * sentences. Each starts afresh, as a paragraph does; a list's short items go on in the voice that introduced them.
     */
    private static final Pattern NUMBERED_PARAGRAPH = Pattern.compile("\\s*\\d{1,3}\\.\\s+\\p{Lu}[^\\n]{20,}?[.!?][\"”’)]?\\s+"
            + "[\"“]?\\p{Lu}[^\\n]{20,}");

    /** Reading state carried from sentence to sentence. */
    private static final class State {
        Person chain;
        Person subject;
        boolean answering;
        /** Who answers the written interview's questions, while {@link #answering}. */
        Person answerer;
        boolean colonBefore;
        BlockKind previousKind;
        String author;
        /** The author writes the narration in the first person (a newsletter, a column), not as a reporter. */
        boolean authorSpeaks;
        /**
         * The author signed the text as a letter (to shareholders, an open letter): its "we" is the company or the
         * group the writer speaks for, so what "we" did and will do are the letter's claims, not a columnist's
         * account of their week.
         */
        boolean letter;
        /** The author is an organisation speaking in its own name: a fact-check's outlet, a filing's filer. */
        boolean outlet;
        /** Where an outlet's own voice starts: its headline and byline above a dateline are no findings. */
        int outletBodyStart;
        /**
         * The author is a court filing's filer, which calls itself "Plaintiff" and never "I" or "we": a first-person
         * sentence in a filing is somebody else's, whom the filing quotes.
         */
        boolean filing;
        /** Under a filing's procedural section (parties, jurisdiction, class, counts, prayer): the filer alleges nothing. */
        boolean procedural;
        /** Where the letter's signature begins: the name, the title under it and a disclaimer claim nothing. */
        int signedAt = Integer.MAX_VALUE;
        /** The signed or labelled piece being read (a letter of a letters page, a reply, a comment), or null. */
        SignedPieces.Piece piece;
        /** Who the text says posted the thread whose numbered posts follow ("Ekwueme posted a thread:"). */
        Person poster;
        /**
         * Who the text says set out views one per line ("Qiao summarised three judgments:" over "Judgment one：…",
         * "Judgment two：…"), while such lines follow.
         */
        Person enumerator;
        /**
         * Whose words the block quotes after the last paragraph are: its last sentence ended in a colon and named or
         * pointed at a person ("Here is how she put it to me:", "Its co-founder, Tomasz Wren, wrote:").
         */
        Person blockQuoteBy;
        /** The sentence that introduced the block quote, which says nothing of its own. */
        Sentence blockQuoteIntroduction;
        /**
         * The quotation the introduction's colon opened runs on: no paragraph after it has closed its quotation mark yet,
         * so the next paragraph that opens with one goes on with the same words.
         */
        boolean quotationRunsOn;
        /**
         * Whose quotation the last paragraph left open (no closing mark): the press quotes one speaker over several
         * paragraphs, opening each with a mark and closing only the last, and names them in the first only.
         */
        Person openQuotation;
        /**
         * Whose reported words closed the last paragraph ("Wen said … In her view, …"): a paragraph that is one
         * quotation and nothing else, set below such a paragraph, gives that person's own words.
         */
        Person reportedAtParagraphEnd;
        /**
         * Under a heading in the writer's own first person ("Our take", "My view"): the section is the writer's, its
         * assertions theirs whoever the sections above reported, until the next heading.
         */
        boolean ownSection;
        /** How many sentences so far report each person's words in a frame: a summary's principal subject has most. */
        final Map<Person, Integer> framesBySpeaker = new java.util.HashMap<>();
    }

    /**
     * A summary's principal subject, the person most of its frames report, if they clearly dominate the one the last
     * section ended on: a digest that relays a colleague in one paragraph is still about its guest, and its next
     * section ("Forecasts He Made", "His Advice") goes back to them; a summary of several people reported about
     * equally has no principal, and its sections keep whoever their frames name.
     */
    /** The person other than the principal whom a heading names, or null. */
    private Person personNamedIn(String heading, Person principal) {
        for (String word : heading.split("[^\\p{L}'’-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                Person named = registry.lookupWithoutRegistering(word);
                if (named != null && named != principal && named.isPerson()) {
                    return named;
                }
            }
        }
        return null;
    }

    private static Person principalOf(State state) {
        Person principal = null;
        int most = 0;
        for (Map.Entry<Person, Integer> e : state.framesBySpeaker.entrySet()) {
            if (e.getKey().isPerson() && e.getValue() > most) {
                principal = e.getKey();
                most = e.getValue();
            }
        }
        int current = state.subject == null || state.subject == principal ? 0
                : state.framesBySpeaker.getOrDefault(state.subject, 0);
        return principal != null && most >= 3 && most >= 2 * Math.max(current, 1) ? principal : null;
    }

    public List<Candidate> attribute(String text, List<Sentence> sentences, boolean summary) {
        return attribute(text, sentences, summary, null);
    }

    /**
     * @param answerer in an interview written as questions and unlabelled answers, the person
     *                 answering: a paragraph after a question is theirs (inferred); else null
     */
    public List<Candidate> attribute(String text, List<Sentence> sentences, boolean summary, Person answerer) {
        return attribute(text, sentences, summary, answerer, null, Deadline.NONE);
    }

    /** As above, checking the deadline at every sentence (one block can hold a whole document). */
    public List<Candidate> attribute(String text, List<Sentence> sentences, boolean summary, Person answerer,
                                     Deadline deadline) {
        return attribute(text, sentences, summary, answerer, null, deadline);
    }

    /**
     * @param author the byline's author, whose first-person views in the narration ("I think all
     *               three are right") are theirs (inferred); null without a byline
     */
    public List<Candidate> attribute(String text, List<Sentence> sentences, boolean summary, Person answerer,
                                     String author, Deadline deadline) {
        Map<Block, List<Sentence>> blocks = new LinkedHashMap<>();
        sentences.stream().filter(s -> !s.block().inTurn())
                .forEach(s -> blocks.computeIfAbsent(s.block(), b -> new ArrayList<>()).add(s));
        List<Candidate> candidates = new ArrayList<>();
        State state = new State();
        state.author = author;
        // a filing's filer alleges in its own name as a fact-check's outlet rules in its own
        state.filing = author != null && author.equals(Filings.filer(text));
        state.outlet = author != null && (author.equals(FactChecks.outlet(text)) || state.filing);
        state.outletBodyStart = state.outlet && !state.filing ? FactChecks.bodyStart(text) : 0;
        if (state.filing) {
            // the filer calls itself by its defined term all through ("Plaintiff purchased …")
            Person filer = registry.register(author, Person.Kind.ORGANIZATION);
            Filings.definedTerms(text).forEach(filer::addAlias);
        }
        state.authorSpeaks = author != null && (state.outlet || writesInFirstPerson(text, blocks.values()))
                && !isLiveBlog(text, blocks.keySet());
        state.letter = author != null && author.equals(io.claimstream.analysis.speakers.Byline.signer(text));
        if (state.letter) {
            state.signedAt = io.claimstream.analysis.speakers.Byline.signatureAt(text);
        }
        List<Map.Entry<Block, List<Sentence>>> ordered = new ArrayList<>(blocks.entrySet());
        java.util.Set<Block> credits = new java.util.HashSet<>();
        java.util.Set<Sentence> introductions = new java.util.HashSet<>();
        List<SignedPieces.Piece> pieces = SignedPieces.in(text);
        Voice page = new Voice(state.author, state.authorSpeaks, state.letter, state.outlet, state.filing);
        for (int b = 0; b < ordered.size(); b++) {
            Map.Entry<Block, List<Sentence>> entry = ordered.get(b);
            Block block = entry.getKey();
            if (block.span().start() >= state.signedAt) {
                break; // "Mira Solberg / Chief Executive Officer" and the small print under a letter
            }
            SignedPieces.Piece piece = pieceAt(pieces, block.span().start());
            if (piece != state.piece) {
                enter(state, piece, page);
            }
            if (piece != null && piece.isQuiet(block.span())) {
                continue; // "Sir,", "Jane Roe / Leeds" under a letter, "Jane Roe replies:" over a reply: no claims
            }
            if (credits.contains(block)) {
                continue; // "— Dana Park, CEO of Fennel": whose the quotation above is, no claim of its own
            }
            if (state.outlet && FactChecks.isBoxField(text, block.span().start(), block.span().end())) {
                continue; // "Who said it: …" and "Rating: False" label the claim checked and the outlet's verdict
            }
            Person claimant = claimantOfTheBox(text, ordered, b);
            if (claimant != null) {
                // "Claim: "…"" over "Who said it: Dana Park", or "CLAIM: "…" — Dana Park, …": the words checked are the
                // claimant's, not the outlet's, and the credit after them is no part of them
                int quotation = FactChecks.claimQuotationAt(text, block.span().start(), block.span().end());
                FactChecks.Credit credit = FactChecks.inlineCredit(text, quotation, block.span().end());
                int end = credit != null ? credit.at() : block.span().end();
                for (Sentence s : entry.getValue()) {
                    if (s.span().end() > quotation && s.span().start() < end) {
                        Span span = new Span(Math.max(quotation, s.span().start()), Math.min(end, s.span().end()));
                        candidates.add(new Candidate(s, span, span, claimant, true));
                    }
                }
                state.chain = null;
                state.previousKind = block.kind();
                continue;
            }
            Person credited = b + 1 < ordered.size() && isQuotation(text, block)
                    ? creditedBy(text, ordered.get(b + 1).getKey(), ordered.get(b + 1).getValue()) : null;
            if (credited != null) {
                for (Sentence s : entry.getValue()) {
                    candidates.add(new Candidate(s, s.span(), s.span(), credited, true));
                }
                credits.add(ordered.get(b + 1).getKey());
                state.chain = null;
                state.subject = credited;
                state.previousKind = block.kind();
                state.colonBefore = false;
                continue;
            }
            Person sender = isBlockQuote(text, block) || isIndented(text, block) ? mailSender(text, block) : null;
            if (sender != null) {
                state.blockQuoteBy = sender; // "From: P. Haverford": the message is its sender's, whoever was named
            }
            // "But he ended with this:" over paragraphs of one quotation, opening each with a mark and closing the last
            boolean quotedOn = state.blockQuoteBy != null && state.quotationRunsOn && opensWithQuotationMark(text, block);
            if (state.blockQuoteBy != null && (isBlockQuote(text, block) || isIndented(text, block) || quotedOn)
                    && labels.speaker(text, block) == null) {
                state.quotationRunsOn = quotedOn && !closesQuotation(text, block.span());
                // "> Every agent a customer runs …" under "Here is how she put it to me:": the essay sets off the
                // words of the person its sentence introduced, paragraph after paragraph
                for (Sentence s : entry.getValue()) {
                    if (block.kind().canHoldClaims() && !MAIL_HEADER_FIELD.matcher(s.text(text).strip()).lookingAt()) {
                        candidates.add(new Candidate(s, s.span(), s.span(), state.blockQuoteBy, true));
                    }
                }
                introductions.add(state.blockQuoteIntroduction);
                state.chain = null;
                state.subject = state.blockQuoteBy;
                state.previousKind = block.kind();
                state.colonBefore = false;
                continue;
            }
            state.blockQuoteBy = null;
            // a filing numbers its paragraphs as a list, but each is a new allegation, not a speaker's list going on
            // and so does a decision or a report numbering its paragraphs of prose ("24. The Board considers …")
            boolean listGoesOn = block.kind() == BlockKind.BULLET && state.previousKind == BlockKind.BULLET && !state.filing
                    && !NUMBERED_PARAGRAPH.matcher(block.span().of(text)).lookingAt();
            boolean post = isThreadPost(text, entry.getValue());
            if (!post && !state.colonBefore || block.kind() == BlockKind.HEADING) {
                state.poster = null;
            }
            if (!state.colonBefore && !listGoesOn || block.kind() == BlockKind.HEADING) {
                state.chain = null;
            }
            if (state.poster != null && (post || state.colonBefore)) {
                state.chain = state.poster; // "2/ …" of a thread the text said somebody posted is theirs
            }
            boolean enumerated = ENUMERATED_LINE.matcher(block.span().of(text).strip()).lookingAt();
            if (!enumerated || block.kind() == BlockKind.HEADING) {
                state.enumerator = null;
            } else if (state.enumerator != null) {
                state.chain = state.enumerator; // "Judgment two：…" goes on with the views the text said were set out
            }
            state.previousKind = block.kind();
            state.colonBefore = false;
            if (block.kind() == BlockKind.HEADING) {
                state.answering = false;
                Person principal = summary ? principalOf(state) : null;
                Person headed = principal != null ? personNamedIn(block.span().of(text), principal) : null;
                if (headed != null) {
                    state.subject = headed; // "Where Bakare Stands": the section is about the colleague it names
                    registry.mentioned(headed);
                } else if (principal != null) {
                    // a summary's new section is about its principal subject again, whoever the last paragraph
                    // relayed, and the heading's and the section's "he" mean them ("Forecasts He Made")
                    state.subject = principal;
                    registry.mentioned(principal);
                }
                String heading = block.span().of(text);
                if (state.filing && Filings.isSectionHeading(heading)) {
                    state.procedural = Filings.isProceduralSection(heading);
                }
            }
            if (DocumentShape.isHeadingLine(text, block)) {
                state.ownSection = state.author != null && !state.filing && !state.outlet
                        && OWN_VIEW_HEADING.matcher(plain(text, entry.getValue().get(0))).matches();
                if (state.ownSection) {
                    continue; // "Our take" itself says nothing
                }
            }
            if (!block.kind().canHoldClaims()) {
                continue;
            }
            if (answerer != null && (entry.getValue().stream().allMatch(x -> x.isQuestion(text))
                    || isMarkedUpQuestion(text, block, entry.getValue()))) {
                state.answering = true;
                state.chain = null;
                continue;
            }
            if (state.answering && answerer != null) {
                state.chain = answerer;
                state.answerer = answerer;
            } else {
                state.answerer = null;
            }
            if (b > 0) {
                lastSpeakerForOpeningPronoun(text, entry.getValue().get(0), ordered.get(b - 1).getKey(), candidates);
            }
            attributeBlock(text, entry.getValue(), summary, state, candidates, deadline);
        }
        candidates.removeIf(c -> introductions.contains(c.sentence()));
        if (!pieces.isEmpty()) {
            List<Candidate> trimmed = withoutSignatures(candidates, pieces);
            candidates.clear();
            candidates.addAll(trimmed);
        }
        candidates.replaceAll(c -> c.speaker() == null && c.explicit() && !c.sentence().block().inTurn()
                ? c.withSpeaker(namedLater(text, c.sentence()), true) : c);
        candidates.replaceAll(c -> c.speaker() != null && c.speaker().isUnnamed() && c.explicit()
                && !c.sentence().block().inTurn() ? c.withSpeaker(titledInTheLead(text, c), true) : c);
        candidates.sort(java.util.Comparator.comparingInt(c -> c.sentence().index()));
        return candidates;
    }

    /** Who writes in the page's own voice, outside any signed piece: the byline's author and how they write. */
    private record Voice(String author, boolean speaks, boolean letter, boolean outlet, boolean filing) {
    }

    private static SignedPieces.Piece pieceAt(List<SignedPieces.Piece> pieces, int at) {
        for (SignedPieces.Piece p : pieces) {
            if (p.holds(at)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Reading moves into a signed piece, or out of one back to the page's own voice: a letter's writer speaks in the
     * first person as a shareholder letter's signer does, so its "I" and its unattributed assertions are theirs.
     */
    private static void enter(State state, SignedPieces.Piece piece, Voice page) {
        state.piece = piece;
        state.chain = null;
        state.author = piece != null ? piece.writer() : page.author();
        state.authorSpeaks = piece != null || page.speaks();
        state.letter = piece != null || page.letter();
        state.outlet = piece == null && page.outlet();
        state.filing = piece == null && page.filing();
        if (piece != null) {
            state.procedural = false;
        }
    }

    /**
     * The writer in whose voice the text goes: an organisation for an outlet, a filer or a spokesperson's statement; a
     * signed piece's writer holds the title their signature gives ("Chief Financial Officer, Acme").
     */
    private Person writer(State state) {
        boolean organisation = state.piece != null ? state.piece.organisation() : state.outlet;
        Person writer = registry.register(state.author, organisation ? Person.Kind.ORGANIZATION : Person.Kind.PERSON);
        if (state.piece != null && !state.piece.description().isEmpty()) {
            signedTitle(writer, state.piece.description());
        }
        writer.offerRole(state.piece != null ? "letter writer" : "author");
        return writer;
    }

    /**
     * "Head of Operations, Kestrel Logistics" under a signature: the title, then the organisation after the one comma,
     * each capitalised as a letterhead sets them; any other line is read as a description.
     */
    private void signedTitle(Person writer, String line) {
        int comma = line.indexOf(',');
        String title = comma < 0 ? null : line.substring(0, comma).strip();
        String organisation = comma < 0 ? null : line.substring(comma + 1).strip();
        if (title != null && organisation.indexOf(',') < 0 && organisation.matches("\\p{Lu}.*")
                && RoleReader.looksLikeRole(title)) {
            writer.offerRole(title);
            writer.addAffiliation(organisation);
        } else {
            roles.apply(writer, line);
        }
    }

    /**
     * "Sir, Every build-out …" and "… the missing zero. — Jane Roe, Leeds": a claim starting on a letter's salutation or
     * running into its signature leaves them out, and one wholly inside them is none.
     */
    private static List<Candidate> withoutSignatures(List<Candidate> candidates, List<SignedPieces.Piece> pieces) {
        List<Candidate> kept = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            Span span = c.span();
            SignedPieces.Piece piece = pieceAt(pieces, span.start());
            if (piece != null) {
                span = piece.outsideQuiet(span);
            }
            if (span == null) {
                continue;
            }
            kept.add(span == c.span() ? c : new Candidate(c.sentence(), span,
                    new Span(Math.max(span.start(), Math.min(c.content().start(), span.end())),
                            Math.max(span.start(), Math.min(c.content().end(), span.end()))), c.speaker(), c.explicit()));
        }
        return kept;
    }

    /**
     * The person an unnamed source turns out to be: the press introduces a source by role ("An executive at Halcyon
     * AI told me that …") and names them a little later in apposition ("…," said the executive, Daniel Osei, who …),
     * so what the source said before the name is theirs too. Null when no such naming follows closely.
     */
    private Person namedLater(String text, Sentence s) {
        Matcher source = UNNAMED_SOURCE.matcher(s.text(text));
        String after = text.substring(s.span().end(), Math.min(text.length(), s.span().end() + NAMED_WITHIN));
        if (!source.lookingAt()) {
            // "…, a senior executive at Harbor Grid said on Monday." over "Ingrid Solheim, the vice president who runs
            // the company's storage business, told a trade fair …": a wire lead's source is whom the next sentence
            // introduces by name, in apposition, as the subject of a verb of saying
            Matcher closing = UNNAMED_CLOSER.matcher(s.text(text));
            Matcher next = NAMED_NEXT.matcher(after);
            if (!closing.find() || !next.lookingAt()) {
                return null;
            }
            Person p = registry.lookup(next.group(1));
            return p != null && p.isPerson() ? p : null;
        }
        Matcher named = Pattern.compile("\\bthe " + Pattern.quote(source.group(1))
                + ", (\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){1,2}),").matcher(after);
        if (!named.find()) {
            return null;
        }
        Person p = registry.lookup(named.group(1));
        return p != null && p.isPerson() ? p : null;
    }

    /**
     * {@code "…," she said. Kim Sato, the lab's funder, joined its board in March.} over a paragraph opening {@code She
     * said …}: a paragraph that opens with "he" or "she" goes on with the person who spoke in the paragraph before and
     * whom the text has already called so, not with somebody only narrated about since, whose gender it never gave.
     * Whoever spoke last there and answers to the pronoun becomes the most recent mention; nothing changes when the
     * more recent person's gender is known, or when they spoke too.
     */
    private void lastSpeakerForOpeningPronoun(String text, Sentence first, Block previous, List<Candidate> candidates) {
        List<Token> t = first.tokens();
        int w = 0;
        while (w < t.size() && !t.get(w).isWord()) {
            w++;
        }
        Gender g = w < t.size() && t.get(w).is("PRON") ? Pronouns.thirdPerson(t.get(w).lower()) : taggedPronoun(t);
        if (g == null || g == Gender.UNKNOWN || g == Gender.THEY) {
            return;
        }
        Person recent = registry.antecedent(g);
        if (recent == null || recent.gender() != Gender.UNKNOWN && !namedOnlyInQuotation(text, previous, recent)) {
            return;
        }
        Person lastSpeaker = null;
        for (Candidate c : candidates) {
            if (c.sentence().block() == previous && c.speaker() != null) {
                lastSpeaker = c.speaker();
            }
        }
        boolean recentSpoke = candidates.stream().anyMatch(c -> c.sentence().block() == previous && c.speaker() == recent);
        if (lastSpeaker != null && lastSpeaker != recent && !recentSpoke && lastSpeaker.isPerson()
                && lastSpeaker.gender() == g) {
            registry.mentioned(lastSpeaker);
        }
    }

    /**
     * The gender of a pronoun set between commas as a quotation's or a report's tag, "The answer, she said, was …", when
     * the sentence names nobody before it; null otherwise.
     */
    private static Gender taggedPronoun(List<Token> t) {
        for (int k = 1; k + 1 < t.size() && k < TAG_WITHIN; k++) {
            if (t.get(k).text().equals(",") && t.get(k + 1).is("PRON")) {
                Gender g = Pronouns.thirdPerson(t.get(k + 1).lower());
                if (g != null) {
                    return g;
                }
            }
            if (k > 0 && Character.isUpperCase(t.get(k).text().charAt(0))) {
                return null; // a name (or "I") before the tag: the pronoun may be anybody's
            }
        }
        return null;
    }

    /** How far into a sentence a pronoun tag is looked for. */
    private static final int TAG_WITHIN = 8;

    /**
     * '"Ruth wanted to know …," she told me.' over "The answer, she said, …": whether the person is named in the paragraph
     * only inside its quotation marks, spoken of by whoever speaks there, not a person the narration turned to.
     */
    private static boolean namedOnlyInQuotation(String text, Block paragraph, Person person) {
        List<Span> quotes = Quotes.in(text, paragraph.span());
        String within = paragraph.span().of(text);
        boolean named = false;
        for (String alias : person.aliases()) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(alias) + "\\b").matcher(within);
            while (m.find()) {
                int at = paragraph.span().start() + m.start();
                if (quotes.stream().noneMatch(q -> q.start() <= at && at < q.end())) {
                    return false;
                }
                named = true;
            }
        }
        return named;
    }

    /**
     * {@code The chief executive of Harbor Grid, …, said on Monday that …} over {@code "…," Ingrid Solheim told a trade
     * fair}: a wire lead gives its source's title first and the name in the next paragraph, where the named person
     * speaks. That person holds the title from then on; the lead's unnamed holder stays when nobody is named so, or
     * when the one named is already somebody else's (another role or employer).
     */
    private Person titledInTheLead(String text, Candidate c) {
        Person holder = c.speaker();
        Sentence s = c.sentence();
        if (!OPENING_ROLE.matcher(s.text(text)).lookingAt()) {
            return holder;
        }
        String after = text.substring(s.span().end(), Math.min(text.length(), s.span().end() + NAMED_WITHIN));
        Matcher quoted = QUOTED_NEXT.matcher(after);
        Matcher next = NAMED_NEXT.matcher(after);
        String name = quoted.lookingAt() ? quoted.group(1) : next.lookingAt() ? next.group(1) : null;
        Person p = name == null ? null : registry.lookup(name);
        if (p == null || !p.isPerson() || p.isUnnamed() || p.role() != null || !p.affiliations().isEmpty()) {
            return holder;
        }
        p.offerRole(holder.role());
        holder.toSpeaker().affiliations().forEach(p::addAffiliation);
        return p;
    }

    /** A description of one person closing the sentence before its verb of saying: ", a senior executive at …". */
    private static final Pattern UNNAMED_CLOSER = Pattern.compile(", (?:an?|one) (?:[\\p{Ll}-]+ ){0,2}(?:official"
            + "|executive|engineer|employee|adviser|advisor|manager|director|researcher|insider|source) (?:at|of|with|from) ");

    /** The next sentence opening with a full name, an apposition describing them and a verb of saying. */
    private static final Pattern NAMED_NEXT = Pattern.compile("\\s*(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){1,2}), "
            + "(?:the|a|an|its|their|who) [^.;\"“]{3,140}?, (?:told|said|says|tells|added|argued|predicted|warned)\\b");

    /** One person's title: "chief executive", "founder", "finance minister". */
    private static final String TITLE = "(?:[\\p{Ll}-]+ ){0,2}(?:executive|officer|founder|co-founder|president|chairman"
            + "|chairwoman|chair|head|director|chief|boss|minister|secretary|governor)";

    /**
     * A sentence opening with one person's title at an organisation, a wire dateline aside: "The chief executive of
     * Harbor Grid, …", "Harbor Grid's chief executive said …", "OSLO, May 4 (Nordic Wire) - The chief executive of …".
     */
    private static final Pattern OPENING_ROLE = Pattern.compile("(?:\\p{Lu}[^\\n]{0,80}? [-–—] )?(?:The " + TITLE
            + " (?:of|at) (?:the )?\\p{Lu}|\\p{Lu}[\\p{L}&.-]*(?: \\p{Lu}[\\p{L}&.-]*){0,3}['’]s? " + TITLE + "\\b)");

    /** The next sentence opening with a quotation that a full name then says: '"…," Ingrid Solheim told …'. */
    private static final Pattern QUOTED_NEXT = Pattern.compile("\\s*[\"“][^\"“”]{3,400}[\"”],? (\\p{Lu}[\\p{L}'’-]+"
            + "(?: \\p{Lu}[\\p{L}'’-]+){1,2}) (?:told|said|says|tells|added|argued|predicted|warned)\\b");

    private static final int NAMED_WITHIN = 400;
    private static final Pattern UNNAMED_SOURCE = Pattern.compile("(?:An?|One|Another) (?:[\\p{Ll}-]+ ){0,2}(official"
            + "|spokesperson|spokesman|spokeswoman|executive|engineer|employee|adviser|advisor|manager|director"
            + "|researcher|investor|analyst)\\b");

    /**
     * "I asked Caldwell whether she worried …", "When I put this to Feld, he laughed.": in the writer's own sentence
     * the person the writer turns to is whom its "she" and the next "she said" refer back to, as much as a subject
     * would be.
     */
    private void recallObject(String text, Sentence s) {
        Person last = null;
        for (io.claimstream.analysis.speakers.NameRun run : resolver.names(text, s.tokens())) {
            Person known = registry.lookup(run.text());
            if (known != null && known.isPerson() && !known.isUnnamed()) {
                last = known;
            }
        }
        if (last != null) {
            registry.mentioned(last);
        }
    }

    /** The writer acting on someone: "I asked", "When I put this to", "We told". */
    private static final Pattern WRITER_TO_SOMEONE = Pattern.compile("(?:[^\"“,;]{0,50}, )?(?:when |after )?(?:I|we|We) "
            + "(?:asked|put (?:it|this|that|the question) to|told|showed|pressed|reminded|challenged)\\b");

    /**
     * Who made the claim a fact-check's claim box at {@code b} quotes: the claimant field a few paragraphs around it
     * names them ({@code Who said it: Dana Park, …}). Null when the block is no claim field or nobody is named.
     */
    private Person claimantOfTheBox(String text, List<Map.Entry<Block, List<Sentence>>> ordered, int b) {
        Span box = ordered.get(b).getKey().span();
        int quotation = FactChecks.claimQuotationAt(text, box.start(), box.end());
        if (quotation < 0) {
            return null;
        }
        FactChecks.Credit credit = FactChecks.inlineCredit(text, quotation, box.end());
        if (credit != null) {
            return claimantNamed(credit.name());
        }
        for (int i = Math.max(0, b - BOX_FIELDS); i < Math.min(ordered.size(), b + BOX_FIELDS + 1); i++) {
            Span field = ordered.get(i).getKey().span();
            String name = i == b ? null : FactChecks.claimantIn(text, field.start(), field.end());
            if (name != null) {
                return claimantNamed(name);
            }
        }
        return null;
    }

    private Person claimantNamed(String name) {
        Person known = registry.lookup(name);
        Person p = known != null ? known : resolver.name(name, false);
        return p != null && p.isPerson() ? p : null;
    }

    /** How many paragraphs of a claim box may sit between the claim and the claimant's name. */
    private static final int BOX_FIELDS = 3;

    /**
     * The sentence, outside any quotation itself, is followed in its paragraph by a sentence that opens a quotation,
     * nothing but space between them.
     */
    private static boolean leadsIntoQuotation(String text, Sentence s, List<Sentence> block) {
        int at = block.indexOf(s);
        if (at < 0 || at + 1 >= block.size() || QUOTE_MARK.matcher(s.text(text)).find()) {
            return false;
        }
        int next = firstNonBlank(text, s.span().end());
        return next == block.get(at + 1).span().start() && next < text.length()
                && (text.charAt(next) == '"' || text.charAt(next) == '“');
    }

    /** A paragraph whose first character is a quotation mark. */
    private static boolean opensWithQuotationMark(String text, Block block) {
        String t = block.span().of(text).strip();
        return !t.isEmpty() && (t.charAt(0) == '"' || t.charAt(0) == '“');
    }

    /** A paragraph that is one quotation and nothing else: opens and closes with quotation marks. */
    private static boolean isQuotation(String text, Block block) {
        String t = block.span().of(text).strip();
        if (t.length() < 3) {
            return false;
        }
        char open = t.charAt(0);
        char close = open == '“' ? '”' : open == '"' ? '"' : 0;
        // the first closing mark ends the paragraph: one quotation, no narration after it
        return close != 0 && t.indexOf(close, 1) == t.length() - 1;
    }

    /**
     * Who a credit line under a quotation names ({@code — Dana Park, CEO of Fennel}, {@code — Park again, on a
     * podcast}), as pull quotes, epigraphs and quote roundups attribute what they print: a line that opens with a
     * dash (which the parser read as a list marker) and then a name. Null for any other block.
     */
    private Person creditedBy(String text, Block credit, List<Sentence> sentences) {
        if (sentences.isEmpty() || !opensWithDash(text, credit.span().start())) {
            return null;
        }
        Sentence first = sentences.get(0);
        Person named = subjects.subjectOf(text, first);
        if (named != null && named.isPerson()) {
            return named;
        }
        List<Token> t = first.tokens();
        for (io.claimstream.analysis.speakers.NameRun run
                : io.claimstream.analysis.speakers.NameRuns.find(text, t, registry.knownNameParts())) {
            if (run.span().start() - first.span().start() > 6) {
                return null; // the credit opens with the name, perhaps after a title the run leaves out ("Prof.")
            }
            // "— Park again, …": somebody already credited; "— Prof. Ana Lima, Utrecht": a full or titled name
            Person known = registry.lookup(run.text());
            Person p = known != null ? known : run.titled() || run.to() - run.from() >= 2 ? resolver.name(run.text(), run.titled()) : null;
            return p != null && p.isPerson() ? p : null;
        }
        return null;
    }

    /** The line holding {@code at} opens with a dash before it: an em dash, a horizontal bar, an en dash or "--". */
    private static boolean opensWithDash(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        boolean dash = c == '\u2014' || c == '\u2015' || c == '\u2013';
        if (!dash && c == '-' && i > 0 && text.charAt(i - 1) == '-') {
            dash = true;
            i--;
        }
        if (!dash) {
            return false;
        }
        i--;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r';
    }

    private void attributeBlock(String text, List<Sentence> block, boolean summary, State state,
                                List<Candidate> candidates, Deadline deadline) {
        Span blockSpan = block.get(0).block().span();
        Person reportedAbove = state.reportedAtParagraphEnd;
        state.reportedAtParagraphEnd = null;
        InlineLabels.Labelled labelled = labels.speaker(text, block.get(0).block());
        if (labelled == null && block.get(0).span().start() > blockSpan.start()) {
            // a live blog's entry time before the label ("12:41 — Ruiz: …") is no part of the first sentence
            labelled = labels.speaker(text, block.get(0).span().start(), blockSpan.end(), false);
        }
        Person rowHolder = holders.holderOf(text, block.get(0).block());
        if (rowHolder != null) {
            Span said = holders.saidIn(text, block.get(0).block());
            for (Sentence s : block) {
                Span span = new Span(Math.max(s.span().start(), said.start()), Math.min(s.span().end(), said.end()));
                if (span.length() > 0) {
                    candidates.add(new Candidate(s, span, span, rowHolder, true));
                }
            }
            state.chain = null;
            return;
        }
        if (state.author != null && !state.filing && !state.outlet && HolderColumns.hasWritersColumn(block.get(0).block())) {
            // "| 100,000 humanoids before 2029 | 60% | 25% |" under "| Question | Panel | Me |": the writer's own row
            Person writer = writer(state);
            for (Sentence s : block) {
                candidates.add(new Candidate(s, s.span(), s.span(), writer, false));
            }
            state.chain = null;
            return;
        }
        if (labelled != null) {
            for (Sentence s : block) {
                Span span = labelled.trim(s.span());
                if (span.length() > 0 && span.end() > labelled.speechStart()) {
                    candidates.add(new Candidate(s, span, span, labelled.speaker(), true));
                }
            }
            state.chain = labelled.speaker();
            state.subject = labelled.speaker();
            state.colonBefore = false;
            return;
        }
        // one pass in document order first, so that names register before later sentences refer back to them
        List<Optional<Frame>> found = new ArrayList<>();
        List<Candidate> held = new ArrayList<>();
        List<Person> narrated = new ArrayList<>();
        List<Person> askedBy = new ArrayList<>(); // whom each sentence's narrated subject puts a question to
        for (Sentence s : block) {
            deadline.check(STAGE);
            // a table row opens with a capitalised cell ("Policymakers | Build shared sites"): orthography, not a
            // name, so the row neither frames a speaker ("Build shared …") nor narrates about one
            boolean row = s.block().kind() == BlockKind.TABLE_ROW;
            if (!row && WRITER_TO_SOMEONE.matcher(s.text(text)).lookingAt()) {
                recallObject(text, s);
            }
            if (!row) {
                resolver.declareRelativesIn(s.tokens()); // "she and her brother": the brother is a man, whoever he is
            }
            Optional<Frame> f = row ? Optional.empty() : frames.find(text, s);
            found.add(f);
            // a view held without a verb of saying ("Wen is a prominent advocate of …") names its holder as the text
            // stands at that sentence, before a later sentence of the paragraph names a namesake
            held.add(f.isPresent() || row ? null : heldViews.find(text, s));
            // a frame without a speaker ("… put it bluntly when we spoke") still has a named subject to remember,
            // whom the next "he said" refers to
            Person about = f.isPresent() && f.get().speaker() != null || row ? null : subjects.subjectOf(text, s);
            if (about == null && f.isEmpty() && !row && leadsIntoQuotation(text, s, block)) {
                // 'Asked about the odds, she was careful. "Forty percent."': a sentence saying only how the person
                // answered introduces the paragraph's quotation as a colon would
                about = subjects.pronounDescribed(text, s);
            }
            narrated.add(about);
            Person asked = about != null && about.isPerson() ? subjects.personAsked(text, s, about) : null;
            askedBy.add(asked);
            if (asked != null) {
                registry.mentioned(asked); // "Rao asked the Redkite partner whether …": the next "he said" answers
            }
            if (!row && f.isEmpty() && about == null) {
                // "Tollund sells chips to both sides, so Ebbesen sees the order books. He told analysts …": a known
                // person doing something in a clause of the writer's narration is whom the next "he" is about
                resolver.readPossessorsIn(text, s.tokens());
                resolver.readSubjectsIn(text, s.tokens());
            } else if (!row && f.isPresent() && f.get().speaker() == null && !f.get().unnamedSource()) {
                // "Some commentators have questioned the accuracy of Wen's forecasts. His 2023 prediction …": nobody
                // named speaks, and the person whose work is questioned is whom the next "his" means
                resolver.readPossessorsIn(text, s.tokens());
            }
        }
        List<Span> quotes = Quotes.in(text, block.get(0).block().span());
        Person carriedQuotation = state.openQuotation != null ? state.openQuotation
                : wholeQuotation(text, blockSpan, quotes) || quotationLeftOpen(text, blockSpan) ? reportedAbove : null;
        state.openQuotation = null;
        int candidatesBefore = candidates.size();
        Person labelledSpeaker = null;
        Span labelledSpeech = null;
        boolean namedOutOfOrder = false;
        for (int i = 0; i < block.size(); i++) {
            deadline.check(STAGE); // a quotation's sentences each look through the whole block
            Sentence s = block.get(i);
            Optional<Frame> frame = found.get(i);
            state.colonBefore = s.text(text).strip().endsWith(":");
            if (state.colonBefore && i == block.size() - 1) {
                state.blockQuoteBy = blockQuoteIntroducer(text, s, frame, narrated.get(i));
                state.blockQuoteIntroduction = s;
                state.quotationRunsOn = true;
            }
            InlineLabels.Labelled inside = i == 0 ? null : labels.speaker(text, s.span().start(), blockSpan.end(), true);
            if (inside != null) {
                // "… stalled twice. Ruiz: "It happens."": the quotation after the label is the labelled person's
                Span quote = Quotes.around(new Span(inside.speechStart(), Math.min(blockSpan.end(), inside.speechStart() + 1)), quotes);
                labelledSpeaker = inside.speaker();
                labelledSpeech = new Span(inside.speechStart(), quote != null ? quote.end() : blockSpan.end());
                state.chain = null; // what follows the quotation ("The crowd laughs.") is narration again
                state.subject = labelledSpeaker;
            }
            if (labelledSpeech != null && s.span().start() < labelledSpeech.end() && s.span().end() > labelledSpeech.start()) {
                Span span = new Span(Math.max(s.span().start(), labelledSpeech.start()), s.span().end());
                candidates.add(new Candidate(s, span, span, labelledSpeaker, true));
                continue;
            }
            Person framing = narrated.get(i);
            Person introducer = frame.map(Frame::speaker).orElse(framing);
            if (introducer != null && introducer.isPerson() && introducesPosts(text, s)) {
                state.poster = introducer; // the posts after the colon are the person's the sentence is about
            }
            if (introducer != null && introducer.isPerson() && introducesEnumeratedViews(text, s)) {
                state.enumerator = introducer; // the numbered views after the colon are the person's it is about
            }
            Span colonQuote = quotationAfterColon(text, s);
            if (colonQuote != null && framing == null && frame.isEmpty()) {
                framing = subjects.subjectBeforeColon(text, s); // "She did not mince words: "…"": negated or not
            }
            if (colonQuote != null && framing != null && framing.isPerson()
                    && (frame.isEmpty() || frame.get().speaker() == null)) {
                // "X put it bluntly when we spoke: "…"": the frame before the colon names who says the quotation
                candidates.add(new Candidate(s, colonQuote, colonQuote, framing, true));
                state.chain = framing;
                state.subject = framing;
                continue;
            }
            Person unframedQuotation = frame.isEmpty() || frame.get().speaker() == null
                    ? unframedQuotationSpeaker(text, s, i, block, found, narrated, quotes, carriedQuotation) : null;
            if (unframedQuotation != null) {
                // 'Asked about rivals, Ms Lind was blunt. "They will try. I think they will fail …"': the quotation is
                // the person the paragraph is about, not the writer's "I think"
                candidates.add(new Candidate(s, s.span(), s.span(), unframedQuotation, false));
                state.chain = unframedQuotation;
                Span q = Quotes.around(s.span(), quotes);
                if (q != null && q.end() == blockSpan.end() && !closesQuotation(text, blockSpan)) {
                    state.openQuotation = unframedQuotation;
                }
                continue;
            }
            if (frame.isPresent() && frame.get().speaker() == null && (writesOwnView(text, s, state)
                    || signedOwnFrame(text, s, frame.get(), state) || framesOwnView(text, s, frame.get(), state))) {
                Person writer = writer(state);
                candidates.add(new Candidate(s, s.span(), s.span(), writer, false));
                // "We also think his target is conservative. Prices fell faster than he assumes …": in a summary, whose
                // lines are its subject's, the writer's own view goes on to the paragraph's end
                state.chain = summary && writesOwnView(text, s, state) ? writer : null;
                continue;
            }
            if (frame.isPresent() && frame.get().speaker() == null && state.chain != null && !frame.get().unnamedSource()
                    && FIRST_PERSON_VIEW.matcher(NonClaims.THREAD_NUMBER.matcher(s.text(text).strip()).replaceFirst("")).matches()) {
                // "3/ I still think …" in a post of somebody's thread: the "I" is whoever the chain is speaking for
                candidates.add(new Candidate(s, s.span(), s.span(), state.chain, false));
                continue;
            }
            // a verb of talking about ("touch", "cover") with nobody named for its subject ("no finance director will
            // let it touch the ledger") is no report of a conversation either: in an answer, the answerer says it
            if (frame.isPresent() && frame.get().speaker() == null && !frame.get().unnamedSource()
                    && state.answerer != null && (!frame.get().topicOnly() || !opensInFirstPerson(s))) {
                // "Now I think it is an advantage." in an answer of a written interview: nobody else is speaking,
                // so the frame without a named speaker is the answerer's own, and the answer goes on
                candidates.add(new Candidate(s, claimSpan(text, s), s.span(), state.answerer, false));
                state.chain = state.answerer;
                continue;
            }
            if (frame.isPresent() && frame.get().speaker() == null && !frame.get().unnamedSource()
                    && !frame.get().topicOnly()) {
                // '"Critics said there would be two vendors. Each time a third appeared," she said.': inside a quotation
                // a frame of nobody named ("critics said", "I think") is part of the quoted words, which are the
                // speaker's whom the quotation's own frame names
                Person quoted = quotedSpeaker(s, block, found, quotes);
                if (quoted != null) {
                    candidates.add(new Candidate(s, s.span(), s.span(), quoted, false));
                    state.chain = quoted;
                    continue;
                }
            }
            if (state.filing && frame.isPresent() && allegesInOwnVoice(text, s, state)
                    && (Filings.citesItsSource(s.text(text)) || Filings.allegesOfTheOtherSide(s.text(text)))) {
                // "The statements were false because, as CW-2 described, …", "Defendants knew that …": the filer's
                // allegation, its source cited or the other side its subject
                candidates.add(new Candidate(s, s.span(), s.span(), registry.register(state.author, Person.Kind.ORGANIZATION),
                        false));
                state.chain = null;
                continue;
            }
            if (state.filing && Filings.narratesAnEvent(s.text(text))) {
                state.chain = null; // "On May 3, 2026, the company reported …": the record the allegations rest on
                continue;
            }
            if (frame.isPresent()) {
                Frame f = frame.get();
                state.chain = ViewPhrases.sourcesPublishedWork(s.tokens()) ? null : f.speaker();
                if (f.speaker() != null) {
                    state.subject = f.speaker();
                    state.framesBySpeaker.merge(f.speaker(), 1, Integer::sum);
                    int colon = colonQuote == null ? -1 : text.lastIndexOf(':', colonQuote.start());
                    if ((f.topicOnly() || !saysSomething(s, f)) && f.speaker().isPerson()
                            && ColonLeadIns.introducesStatement(text, s)) {
                        // "She described the lab's setup: the lab trains …": the verb names only what the person
                        // talked about, and the colon gives what they said of it
                        candidates.add(new Candidate(s, s.span(), s.span(), f.speaker(), true));
                    } else if (!f.topicOnly() && colon > f.content().start() && saysSomething(s, f)) {
                        // "Okoro does not expect prices to settle: "…"": the view before the colon and the
                        // quotation after it are two claims of the same speaker
                        Span before = new Span(claimSpan(text, s).start(), colon);
                        candidates.add(new Candidate(s, before, new Span(f.content().start(), colon), f.speaker(), true));
                        candidates.add(new Candidate(s, colonQuote, colonQuote, f.speaker(), true));
                    } else if (!f.topicOnly() && saysSomething(s, f)) {
                        List<Candidate> conceded = viewConcededToAnother(text, s, f, state);
                        List<Candidate> parts = new ArrayList<>();
                        for (Candidate part : conceded != null ? conceded : splitAtSecondFrame(text, s, f, claimSpan(text, s))) {
                            parts.addAll(gappedOdds.split(text, part));
                        }
                        candidates.addAll(parts);
                        // a second speaker named in the sentence was looked up again after the sentences below it
                        namedOutOfOrder |= parts.size() > 1 && i < block.size() - 1;
                    }
                } else if (f.unnamedSource() && !f.topicOnly()) {
                    candidates.add(new Candidate(s, claimSpan(text, s), f.content(), null, true));
                }
                continue;
            }
            Person quoted = quotedSpeaker(s, block, found, quotes);
            if (quoted != null) {
                candidates.add(new Candidate(s, s.span(), s.span(), quoted, false));
                state.chain = quoted;
                continue;
            }
            if (held.get(i) != null) {
                candidates.add(held.get(i));
                state.chain = null; // what follows a proposal or a finding is narration again
                continue;
            }
            Person about = narrated.get(i);
            if (about == null && s.block().kind() != BlockKind.HEADING && ColonLeadIns.introducesStatement(text, s)) {
                // "She described the lab's setup: …": a verb of talking about something is no narrated action, but
                // before a colon that gives what was said it leads in as one does
                about = subjects.subjectBeforeColon(text, s);
                // "The Qiming researcher, the only speaker from China, gave a different answer: …": by the position
                about = about != null ? about : resolver.describedSubject(text, s.tokens());
            }
            if (about != null) {
                if (about.isPerson()) {
                    // "Host Yan Bo pressed Tao on whether …. Her answers, in brief:": a summary's lines after a question
                    // put to somebody are the answers of the one asked
                    state.subject = askedBy.get(i) != null ? askedBy.get(i) : about;
                }
                state.chain = null;
                if (about.isPerson() && s.block().kind() != BlockKind.HEADING
                        && ColonLeadIns.introducesStatement(text, s)) {
                    // "Ferro raised a worry from her warehouses: pickers …": what the colon gives is the person's, as
                    // after "said that", and the quotation that may follow is theirs too
                    candidates.add(new Candidate(s, s.span(), s.span(), about, true));
                    state.chain = about;
                    continue;
                }
                if (state.piece != null && !s.isQuestion(text) && Predicates.assertive(text, s)) {
                    // "Jane Roe confuses the cost of a building with its life." in a letter: what the writer says of
                    // somebody, nobody's report of them, is the writer's own claim
                    candidates.add(new Candidate(s, s.span(), s.span(), writer(state), false));
                }
                continue;
            }
            if (s.isQuestion(text)) {
                continue;
            }
            if (aboutARelative(text, s)) {
                state.chain = null; // '"…," he says. His sister rolls her eyes at that.': narration about another person
                continue;
            }
            if (state.chain != null && takesTheWordBack(text, s, state)) {
                // "Reis told me humanoids will stay a lab toy. I am less sure.": a first-person writer's own "I" outside
                // any quotation ends what they passed on from somebody else
                state.chain = null;
            }
            if (state.chain != null && !opensOnOwnViewLabel(text, s, state)) {
                candidates.add(new Candidate(s, s.span(), s.span(), state.chain, false));
            } else if (state.filing && !allegesInOwnVoice(text, s, state)) {
                continue; // a filing's record of events and its procedure are nobody's claims, least of all a party's
            } else if (writesOwnView(text, s, state) || opensOnOwnViewLabel(text, s, state)
                    || state.ownSection && Predicates.assertive(text, s)
                    || state.authorSpeaks && (state.letter || state.outlet || !narratesOwnDoings(s))
                    && !(state.filing && !allegesInOwnVoice(text, s, state)) && !outletAboutItself(text, s, state)
                    && Predicates.assertive(text, s)) {
                // a first-person writer's unattributed assertions ("$2 billion went into agents", "My read: …")
                // are theirs: nobody else is reported as saying them; a fact-check's "we found" and "we rate" are
                // its outlet's findings, as a letter's "we" is its company's
                Person writer = writer(state);
                candidates.add(new Candidate(s, s.span(), s.span(), writer, false));
                if (writesOwnView(text, s, state) || opensOnOwnViewLabel(text, s, state)) {
                    // "My take: the demos were smooth. The numbers are just a claim.": the view goes on to the
                    // paragraph's end, as a quoted speaker's does
                    state.chain = writer;
                }
            } else if (summary && state.authorSpeaks && opensInFirstPerson(s) && Predicates.assertive(text, s)) {
                // "## My own odds / I give the forecast a 15% chance": a summary tells of its subject in the third
                // person, so a first-person writer's "I" is their own voice, whoever the section before was about;
                // the lines after it in the same section ("Component prices fell faster than he assumes") go on in it
                Person writer = writer(state);
                candidates.add(new Candidate(s, s.span(), s.span(), writer, false));
                if (writer != null && writer.isPerson()) {
                    state.subject = writer;
                }
            } else if (summary && Predicates.assertive(text, s)) {
                if (state.subject != null) {
                    candidates.add(new Candidate(s, s.span(), s.span(), state.subject, false));
                }
            }
        }
        Sentence last = block.get(block.size() - 1);
        Person lastNamed = found.get(block.size() - 1).map(Frame::speaker).orElse(narrated.get(block.size() - 1));
        if (namedOutOfOrder && lastNamed != null) {
            // "… while Zhou put it at 15%. Compute is the reason, Zhang said." then "She called for …": the paragraph's
            // last sentence names whom the next paragraph's pronoun means, not a clause split off above it
            registry.mentioned(lastNamed);
        }
        Candidate closing = candidates.size() > candidatesBefore ? candidates.get(candidates.size() - 1) : null;
        if (closing != null && closing.sentence() == last && closing.speaker() != null && closing.speaker().isPerson()) {
            state.reportedAtParagraphEnd = closing.speaker();
        } else if (closing == null || closing.sentence() != last) {
            // "Owen waited a moment before answering." over a paragraph that is one quotation: the person the paragraph
            // ends on, doing something, is whom the quotation below gives the words of
            Person about = narrated.get(block.size() - 1);
            if (about != null && about.isPerson() && found.get(block.size() - 1).isEmpty()
                    && !QUOTE_MARK.matcher(last.text(text)).find()) {
                state.reportedAtParagraphEnd = about;
            }
        }
    }

    /**
     * A paragraph that opens a quotation and never closes it, to run on into the next paragraph: one opening mark
     * and no other.
     */
    private static boolean quotationLeftOpen(String text, Span paragraph) {
        String t = paragraph.of(text).strip();
        long marks = t.chars().filter(c -> c == '"' || c == '“' || c == '”').count();
        return marks == 1 && (t.charAt(0) == '"' || t.charAt(0) == '“');
    }

    /** A paragraph that is a single quotation from its first character to its last (a closing stop aside). */
    private static boolean wholeQuotation(String text, Span paragraph, List<Span> quotes) {
        int start = firstNonBlank(text, paragraph.start());
        String t = paragraph.of(text).strip();
        return quotes.size() == 1 && quotes.get(0).start() <= start + 1 && closesQuotation(text, paragraph)
                && quotes.get(0).end() >= start + t.length() - 2;
    }

    /**
     * The person a paragraph's last sentence hands the block quotes below it to: the speaker of its frame ("Lars Holm
     * told a conference in Lisbon:"), the person it is about ("Ruth Adeyemi answered:"), else the one person it
     * points at by pronoun or names ("Here is how she put it to me:"); null when it names nobody.
     */
    private Person blockQuoteIntroducer(String text, Sentence s, Optional<Frame> frame, Person narrated) {
        if (frame.isPresent() && frame.get().speaker() != null) {
            return frame.get().speaker();
        }
        Person about = narrated != null ? narrated : subjects.subjectBeforeColon(text, s);
        if (about != null) {
            return about.isPerson() ? about : null;
        }
        List<Token> t = s.tokens();
        for (int k = 0; k < t.size(); k++) {
            String w = t.get(k).lower();
            if ((w.equals("he") || w.equals("she")) && t.get(k).is("PRON")) {
                resolver.readNamesBefore(text, t, k);
                Person p = resolver.pronoun(w);
                return p != null && p.isPerson() ? p : null;
            }
        }
        Person named = null;
        for (io.claimstream.analysis.speakers.NameRun run : resolver.names(text, t)) {
            Person p = resolver.known(run.text());
            if (p != null && p.isPerson()) {
                named = p; // the last person named: "Corvane's finance chief, Ruth Adeyemi, answered:"
            }
        }
        return named;
    }

    /** A line of an e-mail's header: "From: …", "To: …", "Date: …", "Subject: …". */
    private static final Pattern MAIL_HEADER_FIELD = Pattern.compile("(?:From|To|Cc|Bcc|Date|Sent|Subject|Re):\\s");

    /** A quoted e-mail's "From:" line in the block: the known person it names (an initial and surname will do), else null. */
    private Person mailSender(String text, Block block) {
        Matcher from = MAIL_SENDER.matcher(block.span().of(text));
        if (!from.find()) {
            return null;
        }
        Person p = registry.lookupWithoutRegistering(from.group(1).strip());
        return p != null && p.isPerson() ? p : null;
    }

    private static final Pattern MAIL_SENDER = Pattern.compile("(?m)^\\s*From:[ \\t]+([^<\\n@]+?)[ \\t]*(?:<[^>\\n]*>)?[ \\t]*$");

    /**
     * A paragraph set off by indentation, as plain text sets off a block quote (a filing quotes a call so, under "the CEO
     * stated:"): four spaces or a tab before its first word.
     */
    private static boolean isIndented(String text, Block block) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, block.span().start() - 1)) + 1;
        int at = lineStart;
        while (at < block.span().end() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        String indent = text.substring(lineStart, at);
        return indent.contains("\t") || indent.length() >= 4;
    }

    /** A paragraph set off as a block quote: its lines open with "&gt;", as Markdown and e-mail write quoted words. */
    private static boolean isBlockQuote(String text, Block block) {
        int at = block.span().start();
        while (at < block.span().end() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        return at < block.span().end() && text.charAt(at) == '>' && (at + 1 >= text.length() || text.charAt(at + 1) != '>');
    }

    /**
     * The quotation a sentence opens after a colon ({@code … when we spoke: "We get …"}), less its
     * quotation marks, or null. A quotation still open at the sentence's end runs on into the next.
     */
    private static Span quotationAfterColon(String text, Sentence s) {
        String t = s.text(text);
        java.util.regex.Matcher m = QUOTE_AFTER_COLON.matcher(t);
        if (!m.find()) {
            return null;
        }
        int from = m.end();
        int close = t.indexOf(t.charAt(m.end() - 1) == '“' ? '”' : '"', from);
        int to = close >= 0 ? close : t.length();
        String inner = t.substring(from, to).strip();
        if (inner.split("\\s+").length < 3) {
            return null; // a word or two in quotation marks is a term, not a quotation
        }
        int start = s.span().start() + from + (t.substring(from, to).length() - t.substring(from, to).stripLeading().length());
        return new Span(start, start + inner.length());
    }

    private static final java.util.regex.Pattern QUOTE_AFTER_COLON = java.util.regex.Pattern.compile(":\\s*[\"“]");

    private static final java.util.regex.Pattern POSTING = java.util.regex.Pattern.compile(
            "post(s|ed)?|tweet(s|ed)?|wrote|writes|shared?|shares|published|publishes");

    /** The plural nouns of views set out one by one: "three judgments:", "his predictions:", "two lessons:". */
    private static final java.util.regex.Pattern ENUMERATED_VIEWS = java.util.regex.Pattern.compile(
            "judge?ments|predictions|forecasts|points|views|lessons|takeaways|observations|conclusions|bets|theses");

    /**
     * A line that opens on a numbered view's label, "Judgment one：", "Prediction 2:", "Point three -": one of the views
     * a sentence before said somebody set out.
     */
    private static final java.util.regex.Pattern ENUMERATED_LINE = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{Ll}+ (?:one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})[ \\t]*[:：—–-]");

    /** "Qiao summarised three judgments about next year:": a sentence that hands over to views set out after its colon. */
    private static boolean introducesEnumeratedViews(String text, Sentence s) {
        return s.text(text).strip().endsWith(":")
                && s.tokens().stream().anyMatch(t -> ENUMERATED_VIEWS.matcher(t.lower()).matches());
    }

    /** "Later that day, Ng posted a thread on X:": a sentence of posting that hands over to the posts after its colon. */
    private static boolean introducesPosts(String text, Sentence s) {
        return s.text(text).strip().endsWith(":") && s.tokens().stream().anyMatch(t -> POSTING.matcher(t.lower()).matches());
    }

    /** A block that opens with a thread's numbering ("1/", "3/7"): one post of a thread. */
    private static boolean isThreadPost(String text, List<Sentence> block) {
        return !block.isEmpty() && NonClaims.THREAD_NUMBER.matcher(block.get(0).text(text).strip()).find();
    }

    private static final java.util.regex.Pattern FIRST_PERSON_VIEW = java.util.regex.Pattern.compile(
            "(?i)^(and |but |so |still, |personally, |honestly, )?(i (still |also |really |actually |do )?(think|believe|"
            + "suspect|doubt|expect|predict|would argue|am (convinced|sure|skeptical|optimistic|pessimistic))"
            // "I would note that …", "I'd put the odds … at 60 percent": a writer's hedged view or bet
            + "|i(['’]d| would) (argue|note|say|add|bet|guess|estimate|put the (odds|chances?|probability))"
            + "|in my (view|opinion)|my (own )?(view|take|"
            + "bet|guess) is|my (view|take|bet|guess|read)(?=\\s*:)|to me,"
            // a research note's or an editorial's "we" is its writer's: "We think …", "We assign a 40% probability …"
            + "|we (still |also )?(think|believe|suspect|doubt|expect|predict|estimate|assign|see|would argue|"
            + "are (convinced|sure|skeptical|optimistic|pessimistic))|in our (view|opinion)|our (view|take|bet) is"
            // a research note's calls: "We cut our 2027 revenue estimates by 15% and keep our Overweight on …"
            + "|we (cut|raise|lower|trim|reduce|lift|increase|keep|maintain|reiterate|reaffirm|upgrade|downgrade|initiate"
            + "|move) (our|the stock|the shares|coverage|\\p{Lu}[\\p{L}-]*)\\b[^.;]{0,60}?\\b(estimates?|forecasts?|targets?"
            + "|ratings?|overweight|underweight|outperform|underperform|buy|sell|hold|neutral|coverage|outlook)"
            + ")\\b.*");

    private static final java.util.regex.Pattern FIRST_PERSON = java.util.regex.Pattern.compile("\\b(I|I['’]m|I['’]ve|my|My|me)\\b");
    private static final java.util.regex.Pattern QUOTE_MARK = java.util.regex.Pattern.compile("[\"“”]");

    /**
     * Whether the narration speaks as "I" in at least two sentences outside quotation marks ("This week
     * I talked with …", "the rounds I tracked"): a newsletter or column, whose unattributed statements
     * are the writer's own, unlike a reporter's narration, which keeps out of the first person.
     */
    private static boolean writesInFirstPerson(String text, java.util.Collection<List<Sentence>> narration) {
        int sentences = 0;
        int all = 0;
        for (List<Sentence> block : narration) {
            if (isThreadPost(text, block)) {
                continue; // a quoted thread's "I" is the poster's, not the writer's
            }
            for (Sentence s : block) {
                String said = s.text(text);
                all++;
                if (!QUOTE_MARK.matcher(said).find() && FIRST_PERSON.matcher(said).find()) {
                    sentences++;
                }
            }
        }
        // a short piece says "I" once where a long one says it twice; a reporter's narration, quotations aside,
        // does not say it at all
        return sentences >= (all < SHORT_PIECE ? 1 : 2);
    }

    /** Fewer sentences of narration than this make a short piece, where one "I" already shows a first-person writer. */
    private static final int SHORT_PIECE = 10;

    /**
     * Whether the narration is a live blog's running entries, two or more opening with the time they were posted
     * ({@code 14:05 — }). Its writer tells in the first person where they are and what the post will do next
     * ("I'm in the room now", "We'll update this post"): a reporter's narration, not a columnist's assertions, so
     * only the writer's explicit views ("My take: …") are theirs.
     */
    private static boolean isLiveBlog(String text, java.util.Collection<Block> narration) {
        // the time opens the entry's first line ("14:05 — Ruiz took the stage"), or stands on its own line above it
        return narration.stream().filter(b -> io.claimstream.analysis.sentences.SentenceSplitter
                .opensWithEntryTime(text, b.span()) || io.claimstream.analysis.sentences.SentenceSplitter
                .isEntryTimeAlone(text, b.span())).limit(2).count() >= 2;
    }

    /**
     * {@code **Your company builds on other labs' models. Is that a weakness?**}: a written interview's question set
     * in bold or italics as a whole, a premise before it, ends with the question; the premise is the asker's.
     */
    private static boolean isMarkedUpQuestion(String text, Block block, List<Sentence> sentences) {
        String t = block.span().of(text).strip();
        return !sentences.isEmpty() && sentences.size() <= 3 && sentences.get(sentences.size() - 1).isQuestion(text)
                && t.length() > 4 && (t.startsWith("**") && t.endsWith("**") || t.startsWith("__") && t.endsWith("__"));
    }

    /**
     * {@code Tom Hale disagreed.}: a frame with nothing reported is who speaks next, not a claim of its
     * own; the quotation that follows carries the view.
     */
    private static boolean saysSomething(Sentence s, Frame f) {
        return ClaimFilter.within(s.tokens(), f.content()).stream().anyMatch(Token::isWord);
    }

    /**
     * "I spent a month calling …", "We met in Lisbon": the writer telling what they did, not asserting;
     * "She has spent a decade on chips": the writer telling about somebody else.
     */
    /**
     * A fact-check's outlet telling of itself rather than ruling: above its dateline (the headline), or naming itself
     * ("Verity Check asked the company for its source.", "Find Verity Check's fact checks at …", "… and Verity Check
     * does not rate them."): its method, its programme and its small print, not what it found.
     */
    private static boolean outletAboutItself(String text, Sentence s, State state) {
        if (!state.outlet || state.filing) {
            return false;
        }
        if (s.span().start() < state.outletBodyStart) {
            return true;
        }
        String own = s.text(text);
        int dateline = own.indexOf(") ");
        // the dateline's own "(Verity Check) —" names the outlet as the wire's credit, not as the sentence's subject
        String said = own.startsWith("(") && dateline > 0 ? own.substring(dateline + 1) : own;
        return Pattern.compile("\\b" + Pattern.quote(state.author) + "\\b").matcher(said).find();
    }

    private static boolean narratesOwnDoings(Sentence s) {
        // "I'm in the room", "We've met twice": a contraction written as one token is the same subject; a
        // promise ("We'll publish the suite") is a commitment, not a doing told
        List<Token> words = s.tokens().stream().filter(Token::isWord).toList();
        // "Every year I pick one panel", "Last week we met the team": the doing told after when it happens
        int from = words.size() > 3 && words.get(0).lower().matches("every|each|last|this|next|once|twice")
                && words.get(1).lower().matches("year|week|month|day|morning|evening|spring|summer|autumn|fall|winter"
                + "|quarter|time|a") ? (words.get(1).lower().equals("a") ? 3 : 2) : 0;
        return from < words.size()
                && words.get(from).lower().matches("(i|we|he|she)(['’](m|ve|re|s))?|his|her");
    }

    /**
     * Whether a first-person writer speaks again in their own voice after passing on somebody else's words: the
     * sentence opens on the writer's "I" or "we", outside quotation marks.
     */
    private static boolean takesTheWordBack(String text, Sentence s, State state) {
        return state.authorSpeaks && !state.outlet && !state.letter && state.author != null
                && !state.chain.answersTo(io.claimstream.analysis.speakers.PersonName.of(state.author))
                && opensInFirstPerson(s) && !QUOTE_MARK.matcher(s.text(text)).find();
    }

    /** "We talked about pricing.", "And I covered that.": the sentence's first word, past a conjunction, is I or we. */
    private static boolean opensInFirstPerson(Sentence s) {
        return s.tokens().stream().filter(Token::isWord).map(Token::lower)
                .filter(w -> !w.matches("and|but|so|then|also|now|well")).findFirst()
                .map(w -> w.matches("i|we|i['’](m|ve|d|ll)|we['’](re|ve|d|ll)")).orElse(false);
    }

    /**
     * In a signed letter a verb of saying or thinking whose subject the letter leaves unnamed is its writer's or their
     * company's ("By 2030, I think …", "… below the 25% we told you to expect"): nobody else speaks in a letter
     * unless it names them.
     */
    private static boolean signedOwnFrame(String text, Sentence s, Frame frame, State state) {
        return state.letter && !frame.unnamedSource() && LETTER_FIRST_PERSON.matcher(s.text(text)).find();
    }

    /**
     * {@code I give the promise a 30% chance as stated}: a first-person writer's frame whose subject is "I", outside any
     * quotation, is their own view, as a letter's is; a reporter's narration has no such frame.
     */
    private static boolean framesOwnView(String text, Sentence s, Frame frame, State state) {
        return state.authorSpeaks && !state.outlet && !frame.unnamedSource() && !frame.topicOnly()
                && opensInFirstPerson(s) && !QUOTE_MARK.matcher(s.text(text)).find();
    }

    /**
     * Whether a sentence of a filing that credits nobody is the filer's allegation: not under a procedural section, not
     * the dated record of an event, and not in the first person, which a filer, calling itself "Plaintiff", never writes.
     */
    private static boolean allegesInOwnVoice(String text, Sentence s, State state) {
        return !state.procedural && !Filings.narratesAnEvent(s.text(text)) && !opensInFirstPerson(s)
                && !s.text(text).strip().endsWith(":") // "The press release stated, in relevant part:" introduces
                && !LETTER_FIRST_PERSON.matcher(withoutQuotations(text, s)).find();
    }

    /** The sentence with what it quotes blanked out: the words around the quotations are the writer's. */
    private static String withoutQuotations(String text, Sentence s) {
        StringBuilder b = new StringBuilder(s.text(text));
        for (Span q : Quotes.in(text, s.span())) {
            for (int k = Math.max(q.start(), s.span().start()); k < Math.min(q.end(), s.span().end()); k++) {
                b.setCharAt(k - s.span().start(), ' ');
            }
        }
        return b.toString();
    }

    private static final java.util.regex.Pattern LETTER_FIRST_PERSON = java.util.regex.Pattern.compile(
            "\\b(?:I|[Ww]e|[Oo]ur|[Mm]y)\\b");

    /** "I think …", "In my view …" under a byline: the writer's own view, not narration of what they did. */
    private static boolean writesOwnView(String text, Sentence s, State state) {
        return state.author != null && !state.filing && FIRST_PERSON_VIEW.matcher(plain(text, s)).matches();
    }

    /** The sentence as a reader sees it: Markdown's emphasis ("**My take:**") is layout, not words. */
    private static String plain(String text, Sentence s) {
        return io.claimstream.analysis.text.Nlp.withoutEmphasisMarks(s.text(text)).strip();
    }

    /**
     * "**My take:** …" opening a paragraph: a newsletter marks the writer's own voice with a label, and the writer
     * says the paragraph whoever the item above it quoted.
     */
    private static final Pattern OWN_VIEW_LABEL = Pattern.compile(
            "(?i)^(?:my|our) (?:own )?(?:take|view|read|verdict|bet|guess)\\s*:.*", Pattern.DOTALL);

    /** "Our take", "My view, and my numbers": a heading in the writer's own first person over the writer's section. */
    private static final Pattern OWN_VIEW_HEADING = Pattern.compile("(?i)[#*_ ]*(?:my|our) (?:own )?(?:take|view|read"
            + "|verdict|thoughts|assessment|conclusions?|numbers|odds)\\b[^.!?]{0,60}");

    private static boolean opensOnOwnViewLabel(String text, Sentence s, State state) {
        return state.author != null && !state.filing && OWN_VIEW_LABEL.matcher(plain(text, s)).matches();
    }

    /** Conjunctions that set a second person's view against the writer's: "…, though Rui thinks 2026". */
    private static final java.util.Set<String> CONCESSIVE = java.util.Set.of("though", "although", "while", "whereas",
            "but");

    /**
     * {@code I expect us to break even by 2027, though Rui thinks 2026}: the writer's own view, then after a comma and
     * a concessive conjunction another person's framed view of the same thing. Two claims: the first part the
     * writer's, the rest the frame's speaker's; null when the sentence does not open on the writer's view so.
     */
    private List<Candidate> viewConcededToAnother(String text, Sentence s, Frame f, State state) {
        if (state.author == null || state.filing) {
            return null;
        }
        List<Token> t = s.tokens();
        for (int c = 2; c + 2 < t.size(); c++) {
            if (!t.get(c).text().equals(",") || !CONCESSIVE.contains(t.get(c + 1).lower())) {
                continue;
            }
            int subject = c + 2;
            boolean framedAfter = resolver.names(text, t).stream().anyMatch(r -> r.from() == subject
                    && registry.lookup(r.text()) == f.speaker());
            if (!framedAfter) {
                return null; // "I think so, though the data is thin": the frame's speaker is not the one conceded to
            }
            Span before = new Span(s.span().start(), t.get(c).start());
            if (!FIRST_PERSON_VIEW.matcher(before.of(text).strip()).matches()) {
                return null;
            }
            Person writer = writer(state);
            Span rest = new Span(t.get(c + 2).start(), s.span().end());
            int verb = c + 3;
            while (verb + 1 < t.size() && !t.get(verb).isVerbal()) {
                verb++;
            }
            // what the other person thinks, after their verb: the frame found the whole sentence its content
            Span content = verb + 1 < t.size() ? new Span(t.get(verb + 1).start(), s.span().end()) : rest;
            return List.of(new Candidate(s, before, before, writer, false),
                    new Candidate(s, rest, content, f.speaker(), true));
        }
        return null;
    }

    /**
     * {@code Luo said X, but she argued Y}: two attributed assertions, possibly of two people, in
     * one sentence become two claims, cut at the conjunction before the second frame.
     */
    private List<Candidate> splitAtSecondFrame(String text, Sentence s, Frame first, Span span) {
        List<Token> t = s.tokens();
        for (int c = 2; c + 3 < t.size(); c++) {
            boolean comma = t.get(c).text().equals(",") && t.get(c + 1).lower().matches("but|and|while|whereas|yet");
            boolean semicolon = t.get(c).text().equals(";");
            if (!(comma || semicolon)) {
                continue;
            }
            boolean beforeContent = t.get(c).start() <= first.content().start();
            if (beforeContent && !comma) {
                continue;
            }
            int from = comma ? c + 2 : c + 1;
            Span rest = new Span(t.get(from).start(), s.span().end());
            Sentence second = new Sentence(s.index(), rest, s.block(), t.subList(from, t.size()), false, s.last());
            Optional<Frame> f = frames.find(text, second);
            if (beforeContent) {
                if (f.isPresent() && f.get().speaker() != null && f.get().speaker() == first.speaker()
                        && f.get().content().equals(first.content())) {
                    // "Utilities have paused connections, and analysts at Halden put the odds …": the one frame is the
                    // second clause's; the first is the writer's narration, nobody's claim
                    return List.of(new Candidate(s, rest, f.get().content(), f.get().speaker(), true));
                }
                continue;
            }
            // '"A, and that is not true," said X': content before a trailing attribution in both halves is one
            // frame found twice, not two; the anaphoric second half would not stand alone
            boolean sameTrailingFrame = f.isPresent() && f.get().content().start() <= t.get(from).end()
                    && first.content().start() <= t.get(Math.min(1, t.size() - 1)).end();
            if (f.isPresent() && f.get().speaker() != null && !f.get().topicOnly() && !sameTrailingFrame) {
                boolean sharedSubject = SayingVerbs.isContentVerb(t.get(from).lower()) && !t.get(from).isCapitalized();
                if (comma && (secondThatClauseOfTheFirst(t, from) || sharedSubject)) {
                    // "Lu said the gap was "months, not years", and that she believed it had narrowed": a second
                    // that-clause is still the first verb's report, whatever verb of its own it holds, and its pronoun
                    // is the one reporting; "Kong said the plant is impressive, but argued that it comes too late":
                    // a second verb with no subject of its own is the first subject's; one claim either way, which
                    // JoinedReports cuts where it joins a forecast to a statement of another kind
                    return List.of(new Candidate(s, span, first.content(), first.speaker(), true));
                }
                Span before = new Span(span.start(), t.get(c).start());
                Span firstContent = new Span(Math.min(first.content().start(), before.end()),
                        Math.max(Math.min(first.content().end(), before.end()), Math.min(first.content().start(), before.end())));
                // "; that she expects …" after a semicolon is the first verb's report too, its pronoun the one reporting
                Person secondSpeaker = secondThatClauseOfTheFirst(t, from) ? first.speaker() : f.get().speaker();
                List<Candidate> parts = new ArrayList<>();
                parts.add(new Candidate(s, before, firstContent, first.speaker(), true));
                if (secondSpeaker != f.get().speaker()) {
                    parts.add(new Candidate(s, rest, f.get().content(), secondSpeaker, true));
                    return parts;
                }
                // "A said …; B hoped …; C advised …; and D suggested …": a round of reports, each clause its own subject's
                for (Candidate part : splitAtSecondFrame(text, second, f.get(), rest)) {
                    parts.add(new Candidate(s, part.span(), part.content(), part.speaker(), true));
                }
                return parts;
            }
        }
        return List.of(new Candidate(s, span, first.content(), first.speaker(), true));
    }

    private static final java.util.Set<String> THIRD_PERSON_SUBJECTS = java.util.Set.of("he", "she");

    /** "…, and that she expects …": "that" and a personal pronoun open the clause after the conjunction. */
    private static boolean secondThatClauseOfTheFirst(List<Token> t, int from) {
        return from + 1 < t.size() && t.get(from).lower().equals("that")
                && THIRD_PERSON_SUBJECTS.contains(t.get(from + 1).lower());
    }

    /**
     * Who says a quotation that no frame of saying attributes: the person an earlier sentence of the same paragraph
     * tells about outside the quotation ({@code Ms Lind was blunt. "…"}, {@code Okafor sees the rules as allies. "…"}),
     * or, in a paragraph opening with a quotation, the speaker whose quotation the paragraph before left open. Null
     * when a frame in the paragraph names the quotation's speaker, or when nobody is told about.
     */
    private static Person unframedQuotationSpeaker(String text, Sentence s, int at, List<Sentence> block,
                                                   List<Optional<Frame>> found, List<Person> narrated,
                                                   List<Span> quotes, Person carried) {
        Span quote = Quotes.around(s.span(), quotes);
        if (quote == null || quotedSpeaker(s, block, found, quotes) != null) {
            return null;
        }
        for (int j = at - 1; j >= 0; j--) {
            Sentence before = block.get(j);
            if (before.span().end() > quote.start()) {
                continue; // inside the quotation itself
            }
            Optional<Frame> f = found.get(j);
            Person told = f.isPresent() && f.get().speaker() != null ? f.get().speaker() : narrated.get(j);
            return told != null && told.isPerson() ? told : null;
        }
        // a paragraph that opens with the quotation continues the one left open above
        boolean opensWithIt = quote.start() <= block.get(0).span().start() + 1
                && quote.start() == firstNonBlank(text, block.get(0).block().span().start());
        return opensWithIt && carried != null ? carried : null;
    }

    private static int firstNonBlank(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether the paragraph ends with a closing quotation mark (possibly after the sentence's stop). */
    private static boolean closesQuotation(String text, Span paragraph) {
        String t = paragraph.of(text).strip();
        return t.endsWith("\u201d") || t.endsWith("\"") && t.chars().filter(c -> c == '"').count() % 2 == 0;
    }

    /** A sentence outside quotation marks whose subject is somebody's relative ("His sister …", "Her husband …"). */
    private static boolean aboutARelative(String text, Sentence s) {
        List<Token> words = s.tokens().stream().filter(Token::isWord).limit(2).toList();
        return words.size() == 2 && words.get(0).lower().matches("his|her|their")
                && io.claimstream.analysis.speakers.Kinship.genderOf(words.get(1).text()) != null
                && !QUOTE_MARK.matcher(s.text(text)).find();
    }

    /** The speaker of the quotation this sentence lies in, named by a frame in another of its sentences. */
    private static Person quotedSpeaker(Sentence s, List<Sentence> block, List<Optional<Frame>> found,
                                        List<Span> quotes) {
        Span quote = Quotes.around(s.span(), quotes);
        if (quote == null) {
            return null;
        }
        for (int i = 0; i < block.size(); i++) {
            Sentence other = block.get(i);
            boolean touches = other.span().start() < quote.end() + 40 && other.span().end() > quote.start();
            Optional<Frame> f = found.get(i);
            if (other != s && touches && f.isPresent() && f.get().speaker() != null && !f.get().topicOnly()) {
                return f.get().speaker();
            }
        }
        return null;
    }

    /** "Finally, when asked …": a connective before the clause of what was asked. */
    private static final Pattern ASKED_LEAD_IN = Pattern.compile("^(?:(?:Finally|Later|Then|Afterwards|Again|And),? )?"
            + "(?:[Ww]hen a|A)sked ");
    /**
     * The comma before the main clause of a sentence opened by what was asked: its subject in a few words, then the
     * verb of saying ("…, she said no", "…, Fathom spokesperson Dev Anand said"). A comma inside the asked clause ("Asked
     * by the host, Mark Weller, whether …") has no such verb after it.
     */
    private static final Pattern MAIN_CLAUSE_AFTER = Pattern.compile(", (?=(?:[\\p{L}'’.-]+ ){1,5}?(?:said|says|replied"
            + "|answered|told|added|argued|insisted|noted|explained|suggested|predicted|estimated|conceded|admitted"
            + "|acknowledged|recommended|declined|gave|put|offered|called)\\b)");

    /**
     * The sentence, less a leading "Asked …," clause ("Finally, when asked for advice, Gao said …"), which is the
     * interviewer's question, not the claim.
     */
    private static Span claimSpan(String text, Sentence s) {
        String t = s.text(text);
        if (ASKED_LEAD_IN.matcher(t).lookingAt()) {
            Matcher main = MAIN_CLAUSE_AFTER.matcher(t);
            int comma = main.find() ? main.start() : t.startsWith("Asked ") || t.startsWith("When asked ") ? t.indexOf(", ") : -1;
            if (comma > 0 && comma < t.length() - 10) {
                return new Span(s.span().start() + comma + 2, s.span().end());
            }
        }
        return s.span();
    }
}
