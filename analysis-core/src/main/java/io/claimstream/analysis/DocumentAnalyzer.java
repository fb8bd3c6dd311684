package io.claimstream.analysis;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.claimstream.analysis.claims.Candidate;
import io.claimstream.analysis.claims.ClaimBuilder;
import io.claimstream.analysis.claims.ClaimContext;
import io.claimstream.analysis.claims.ClaimFilter;
import io.claimstream.analysis.claims.CompletingSentences;
import io.claimstream.analysis.claims.DocumentShape;
import io.claimstream.analysis.claims.FactChecks;
import io.claimstream.analysis.claims.Filings;
import io.claimstream.analysis.claims.FrameFinder;
import io.claimstream.analysis.claims.JoinedReports;
import io.claimstream.analysis.claims.NarrativeAttribution;
import io.claimstream.analysis.claims.NonClaims;
import io.claimstream.analysis.claims.SentenceSubjects;
import io.claimstream.analysis.claims.StandingQuotations;
import io.claimstream.analysis.claims.TurnAttribution;
import io.claimstream.analysis.claims.WritersVerdicts;
import io.claimstream.analysis.entities.EntityFinder;
import io.claimstream.analysis.entities.KnownEntities;
import io.claimstream.analysis.predictions.DocumentDates;
import io.claimstream.analysis.sentences.Block;
import io.claimstream.analysis.sentences.BlockReader;
import io.claimstream.analysis.sentences.LineBreaks;
import io.claimstream.analysis.sentences.QuotationMarks;
import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.analysis.sentences.SentenceSplitter;
import io.claimstream.analysis.sentences.Translations;
import io.claimstream.analysis.speakers.AliasScanner;
import io.claimstream.analysis.speakers.Byline;
import io.claimstream.analysis.speakers.FirstNames;
import io.claimstream.analysis.speakers.GuestCredit;
import io.claimstream.analysis.speakers.InterpretedTurns;
import io.claimstream.analysis.speakers.Introductions;
import io.claimstream.analysis.speakers.MentionResolver;
import io.claimstream.analysis.speakers.Person;
import io.claimstream.analysis.speakers.PersonName;
import io.claimstream.analysis.speakers.PersonRegistry;
import io.claimstream.analysis.speakers.PhoneSenders;
import io.claimstream.analysis.speakers.SecondNames;
import io.claimstream.analysis.speakers.RoleLabels;
import io.claimstream.analysis.speakers.RoleReader;
import io.claimstream.analysis.speakers.SelfIntroducedAskers;
import io.claimstream.analysis.speakers.NumberedLabels;
import io.claimstream.analysis.speakers.TitledSurnames;
import io.claimstream.analysis.speakers.TurnSpeakers;
import io.claimstream.analysis.speakers.WrittenNames;
import io.claimstream.analysis.text.Nlp;
import io.claimstream.analysis.text.NlpModels;
import io.claimstream.analysis.topics.SemanticThresholds;
import io.claimstream.analysis.topics.TextEmbedder;
import io.claimstream.analysis.topics.TopicClassifier;
import io.claimstream.analysis.topics.TopicPrototypes;
import io.claimstream.analysis.topics.TopicTaxonomy;
import io.claimstream.analysis.types.ClaimTypeClassifier;
import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.ClaimEmbeddings;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.Speaker;
import io.claimstream.contracts.Span;
import io.claimstream.contracts.Turn;

/**
 * Turns a {@link ParsedDocument} into an {@link AnalyzedDocument}: who speaks, which of their
 * sentences are claims, of which kind, about what. It reads the parsed text (for HTML and
 * subtitles, their readable text) and reports the submitted text with spans into it. Thread-safe and stateless between documents;
 * the models and lexicons are loaded once in the constructor, so build one and share it.
 */
public final class DocumentAnalyzer {

    /**
     * Claims embedded per call between two checks of the deadline: about a second of one core. Large,
     * because the embedder runs texts of one word-piece count together, cheaper the more it is given.
     */
    static final int EMBEDDING_BATCH = 512;

    private final SentenceSplitter splitter;
    private final KnownEntities entities;
    private final ClaimBuilder builder;
    private final Nlp nlp;
    private final TextEmbedder embedder;
    private final int maxEmbeddedClaims;
    private final int embeddingBatch;
    private final Clock clock;

    public DocumentAnalyzer() {
        this(AnalysisSettings.defaults(), Clock.systemUTC());
    }

    public DocumentAnalyzer(AnalysisSettings settings, Clock clock) {
        this(settings, clock, EMBEDDING_BATCH);
    }

    /** @param embeddingBatch claims embedded between two checks of the deadline (tests use fewer than the document has) */
    DocumentAnalyzer(AnalysisSettings settings, Clock clock, int embeddingBatch) {
        this.embeddingBatch = embeddingBatch;
        Nlp nlp = new Nlp(NlpModels.load());
        this.nlp = nlp;
        this.splitter = new SentenceSplitter(nlp);
        this.entities = KnownEntities.load();
        TopicTaxonomy taxonomy = settings.topicsFile().map(TopicTaxonomy.defaults()::extendedBy)
                .orElseGet(TopicTaxonomy::defaults);
        this.embedder = settings.embedder();
        this.maxEmbeddedClaims = settings.maxEmbeddedClaims();
        TopicPrototypes prototypes = embedder == null ? null : new TopicPrototypes(taxonomy, embedder);
        this.builder = new ClaimBuilder(new TopicClassifier(taxonomy, prototypes, SemanticThresholds.DEFAULT),
                new EntityFinder(entities), new ClaimTypeClassifier(nlp));
        this.clock = clock;
    }

    public AnalyzedDocument analyze(ParsedDocument doc) {
        return analyze(doc, Deadline.NONE);
    }

    /** Analyzes within a time limit; throws {@link Deadline.AnalysisTimeoutException} past it. */
    public AnalyzedDocument analyze(ParsedDocument doc, Deadline deadline) {
        if (doc.text() == null || doc.id() == null) {
            throw new IllegalArgumentException("a parsed document needs an id and a text");
        }
        // a bilingual transcript says each thing twice, the original then its translation: it is read once, translated
        Translations translations = Translations.of(doc);
        doc = translations.readThrough();
        // "Guest: Han Ji-woo, co-founder …, Rivulet Silicon" over show notes: the show's credit line, no turn of the guest's
        GuestCredit credit = GuestCredit.read(doc);
        doc = credit.doc();
        List<Block> blocks = BlockReader.read(doc);
        String text = QuotationMarks.asEnglish(LineBreaks.spacedWithinParagraphs(doc.text(), blocks));
        // "[JK: …]" under Jonah Keller's byline: the author's own notes, kept where an editor's are cut
        java.util.Set<String> authorsMarks = Byline.noteMarks(Byline.author(text));
        blocks = BlockReader.withWritersNotes(blocks, text, authorsMarks);
        List<Sentence> sentences = splitter.split(text, blocks, authorsMarks, deadline);
        PersonRegistry people = new PersonRegistry();
        MentionResolver resolver = new MentionResolver(people, entities);
        RoleReader roles = new RoleReader(entities);
        NumberedLabels.Names numbered = NumberedLabels.names(text, doc.turns(), sentences, entities);
        // read once: the labels' full names and the registry's aliases both come from them
        List<SecondNames.Declared> secondNames = SecondNames.in(text);
        Map<String, String> labelNames = fullNamesOfShortLabels(doc, text, sentences, numbered.byLabel(), secondNames,
                deadline);
        Map<Integer, String> turnNames = new java.util.HashMap<>(SelfIntroducedAskers.names(text, doc.turns(),
                knownLabelNames(doc, labelNames)));
        turnNames.putAll(withSurnamesInRoleLabels(doc, text, sentences, numbered.byTurn()));
        Map<Integer, Person> turnSpeakers = TurnSpeakers.register(text, doc.turns(), people, roles,
                labelled(doc, RoleLabels::isAnswering) ? RoleLabels.interviewee(text, sentences, entities) : null,
                labelled(doc, RoleLabels::isAsking) ? asker(text) : null, labelNames, turnNames);
        TurnSpeakers.nameOriginalLabels(doc.turns(), turnSpeakers, translations.labels());
        // "Ren Zhiqiang" / "[Foreign Language]" then "Unidentified Company Representative" / "[Interpreted] …": Ren's words
        InterpretedTurns.giveToTheirSpeakers(text, doc.turns(), turnSpeakers);
        people.knowWrittenFullNames(WrittenNames.in(text, sentences, entities));
        new Introductions(people, roles).read(text, sentences, turnSpeakers, deadline);
        people.takeSecondNames(secondNames); // before any later mention under the second name makes a second person
        people.initialsInBrackets(text); // minutes record members by initials: "Dr. Helena Marsh (HM)", then "HM said"

        Person answerer = DocumentShape.isWrittenInterview(doc, sentences, text)
                ? registerIfNamed(people, RoleLabels.interviewee(text, sentences, entities)) : null;
        List<Candidate> candidates = new ArrayList<>(new NarrativeAttribution(new FrameFinder(resolver, roles),
                new SentenceSubjects(resolver, roles), resolver, roles)
                .attribute(text, sentences, DocumentShape.isSummary(doc, blocks) || credit.guest() != null, answerer,
                        author(text), deadline));
        candidates.addAll(new TurnAttribution(resolver, roles).attribute(text, sentences, turnSpeakers,
                TurnSpeakers.unnamedVoices(doc.turns(), turnSpeakers), TurnSpeakers.unnamedAskers(doc.turns(), turnSpeakers),
                TurnSpeakers.interpreters(doc.turns()),
                deadline));
        candidates.sort(Comparator.comparingInt(c -> c.span().start()));
        // "Thanks. Tom Alvarado from The Wire Desk.": who is asking, as the moderator asked them to say, claims nothing
        java.util.Set<Integer> introductions = SelfIntroducedAskers.introductionsAt(text, doc.turns(),
                knownLabelNames(doc, labelNames));
        candidates.removeIf(c -> introductions.stream().anyMatch(at -> c.span().start() <= at && at < c.span().end()));
        // "**Our read:** …" after a respondent's answer is the writer's verdict, not more of the answer
        candidates = WritersVerdicts.givenToAuthor(text, candidates, () -> registerIfNamed(people, Byline.author(text)));
        // "Translator's afterword" on its own line under the last answer: what follows is the byline author's notes
        candidates = WritersVerdicts.afterwordToAuthor(doc.text(), doc.turns(), candidates,
                () -> registerIfNamed(people, Byline.author(text)));
        candidates = WritersVerdicts.notesToAuthor(SentenceSplitter.writersNotes(text, authorsMarks), candidates,
                () -> registerIfNamed(people, Byline.author(text)));
        // "its chief executive" is whoever the whole text shows to hold that role there, or nobody it names
        candidates.replaceAll(c -> c.speaker() != null && c.speaker().isUnnamed()
                ? c.withSpeaker(people.named(c.speaker()), c.explicit()) : c);
        // "The subsidies are over. The cost curve is not.": a sentence that needs the one before it is one claim with it
        List<Candidate> kept = new ClaimFilter(new NonClaims(people), nlp).keep(text, CompletingSentences.join(text, candidates),
                sentences, turnSpeakers, deadline);
        people.preferFullOrganisationNames(text); // before claims take their speakers' ids from the names
        people.organisationsNamedAsEmployers(text);
        TitledSurnames.takeFullNames(people);
        FirstNames.takeFullNames(people, entities);

        ClaimBuilder.DocumentFacts facts = new ClaimBuilder.DocumentFacts(doc.id(), DocumentDates.of(doc.metadata()),
                people, new ClaimContext(text, sentences, turnSpeakers), builder.theme(sentences));
        // a report of two statements of different kinds is two claims, each typed as what it is
        // '"A. B," she said.': a short quotation closed by one attribution is one claim when its sentences are of one kind
        // 'She disagreed. “A. B.” She expects …': a quotation standing on its own between the writer's sentences is one remark
        List<Candidate> quoted = CompletingSentences.joinShortQuotations(text,
                StandingQuotations.join(text, kept, half -> builder.build(text, half, facts).type()),
                half -> builder.build(text, half, facts).type());
        List<Candidate> claimed = quoted.stream().flatMap(c -> JoinedReports.split(text, c,
                half -> builder.build(text, half, facts).type()).stream()).toList();
        List<float[]> vectors = vectors(text, claimed, deadline);
        List<Claim> claims = new ArrayList<>();
        Set<String> claimIds = new HashSet<>();
        Map<String, float[]> byClaimId = new java.util.LinkedHashMap<>();
        for (int i = 0; i < claimed.size(); i++) {
            if (i % 50 == 49) {
                deadline.check("building claims");
            }
            float[] vector = vectors == null ? null : vectors.get(i);
            Claim claim = withWrittenText(builder.build(text, claimed.get(i), facts, vector), doc.text());
            if (claimIds.add(claim.id())) {
                claims.add(claim);
                if (vector != null) {
                    byClaimId.put(claim.id(), vector);
                }
            }
        }
        SubmittedSpans submitted = new SubmittedSpans(doc);
        return new AnalyzedDocument(AnalyzedDocument.SCHEMA_VERSION, doc.id(), AnalyzerVersion.CURRENT, doc.submittedText(),
                submitted.metadata(doc.metadata()), speakers(text, people, claimed, deadline), submitted.claims(claims),
                Instant.now(clock),
                vectors == null ? null : ClaimEmbeddings.of(embedder.modelId(), embedder.dimensions(), byClaimId));
    }

    /** The claim's text as the file has it, line breaks included: the analysis read them as spaces. */
    private static Claim withWrittenText(Claim c, String written) {
        Span span = QuotationMarks.inFile(c.span(), written);
        String text = span.of(written);
        return text.equals(c.text()) && span == c.span() ? c : new Claim(c.id(), c.speakerId(), text, span, c.type(),
                c.topics(), c.confidence(), c.attribution(), c.entities(), c.prediction(), c.quantities());
    }

    /**
     * The claims' vectors, or {@code null} without a model. Only claims are embedded, never every
     * sentence: they are what topics and semantic search need. The text embedded is the claim's text,
     * as the read side would embed it. Past {@link AnalysisSettings#maxEmbeddedClaims()} claims there
     * are none. They go to the embedder {@link #EMBEDDING_BATCH} at a time so that the deadline is
     * checked between them (whatever a text is embedded with, its vector is the one it gets alone).
     */
    private List<float[]> vectors(String text, List<Candidate> kept, Deadline deadline) {
        if (embedder == null || kept.isEmpty() || kept.size() > maxEmbeddedClaims) {
            return null; // a huge document keeps lexical topics: its vectors would outgrow the time limit and the record
        }
        List<String> texts = kept.stream().map(c -> c.span().of(text)).toList();
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += embeddingBatch) {
            deadline.check("embedding claims");
            vectors.addAll(embedder.embedAll(texts.subList(from, Math.min(texts.size(), from + embeddingBatch))));
        }
        return vectors;
    }

    /**
     * Who writes in the text's own voice: a fact-check's outlet, which rules in its own name, a court filing's filer,
     * which alleges in its own name, else the byline's author.
     */
    private static String author(String text) {
        String outlet = FactChecks.outlet(text);
        if (outlet != null) {
            return outlet;
        }
        String filer = Filings.filer(text);
        return filer != null ? filer : Byline.author(text);
    }

    /** Who asks under a role label: the host the text names, else the byline's author, else nobody known. */
    private static String asker(String text) {
        String host = RoleLabels.host(text);
        return host != null ? host : Byline.author(text);
    }

    private static Person registerIfNamed(PersonRegistry people, String name) {
        return name == null ? null : people.register(name, Person.Kind.PERSON);
    }

    private static boolean labelled(ParsedDocument doc, java.util.function.Predicate<String> kind) {
        return doc.turns().stream().anyMatch(t -> t.speaker() != null && kind.test(t.speaker().strip()));
    }

    /**
     * One-word turn labels ("Sam:") and the full name the text gives each, where it gives exactly one.
     * Each label is looked for in every sentence, so a document of many distinct labels costs labels
     * times sentences: the deadline is checked per label. The numbered voices' names, which the conversation
     * gives, come last and win.
     */
    /** Every label and the full name it stands for: who speaks under a name of their own. */
    private static java.util.Set<String> knownLabelNames(ParsedDocument doc, Map<String, String> labelNames) {
        java.util.Set<String> known = new java.util.HashSet<>(labelNames.values());
        doc.turns().stream().map(Turn::speaker).filter(l -> l != null && !l.isBlank()).map(String::strip)
                .forEach(known::add);
        return known;
    }

    private Map<String, String> fullNamesOfShortLabels(ParsedDocument doc, String text, List<Sentence> sentences,
                                                       Map<String, String> numberedNames,
                                                       List<SecondNames.Declared> secondNames, Deadline deadline) {
        Map<String, String> names = new java.util.HashMap<>();
        doc.turns().stream().map(t -> t.speaker() == null ? "" : t.speaker().strip()).distinct()
                .filter(label -> !label.isEmpty())
                .forEach(label -> {
                    deadline.check("matching speaker labels to full names");
                    // "Serena Gu:" over the turns of "Gu Xinyi, who uses the name Serena Gu": the name the text gives first
                    String behind = SecondNames.nameBehind(label, secondNames);
                    // "Tomasz K." over the chat lines of the attendee "Tomasz Kowalczyk" elsewhere labels
                    String cutShort = RoleLabels.labelCutShort(label, doc.turns().stream().map(Turn::speaker)
                            .filter(java.util.Objects::nonNull).toList());
                    // "+44 7700 900412:" over the messages of a sender who writes "hi all, Jonah here"
                    String given = PhoneSenders.nameGiven(label, doc.turns(), text);
                    String full = behind != null ? behind : cutShort != null ? cutShort
                            : given != null ? fullName(given, text, sentences)
                            : RoleLabels.fullNameOf(label, text, sentences, entities);
                    if (full != null) {
                        names.put(label, full);
                    }
                });
        names.putAll(numberedNames);
        return names;
    }

    /** A name given as one word is the full name the text gives it, where it gives one. */
    private String fullName(String given, String text, List<Sentence> sentences) {
        String full = PersonName.of(given).isSingleWord() ? RoleLabels.fullNameOf(given, text, sentences, entities) : null;
        return full != null ? full : given;
    }

    /**
     * {@code MODERATOR (SATO):} under a participants list with "SATO Nanami, Head of Investor Relations (moderator)":
     * a role label whose parentheses give one word of a name is the turn of the one person the text names in full with
     * it, as a two-word name there ("Moderator (Cheng Lu)") is its person outright. Added to the turns already named.
     */
    private Map<Integer, String> withSurnamesInRoleLabels(ParsedDocument doc, String text, List<Sentence> sentences,
                                                         Map<Integer, String> named) {
        Map<Integer, String> names = new java.util.HashMap<>(named);
        Map<String, String> fullNames = new java.util.HashMap<>();
        for (int i = 0; i < doc.turns().size(); i++) {
            io.claimstream.contracts.Turn turn = doc.turns().get(i);
            String word = turn.role() == null ? "" : turn.role().strip();
            if (names.containsKey(i) || turn.speaker() == null || !RoleLabels.isRole(turn.speaker().strip())
                    || !word.matches("\\p{Lu}[\\p{L}'’-]+") || RoleLabels.isRole(word) || RoleReader.looksLikeRole(word)) {
                continue;
            }
            String full = fullNames.computeIfAbsent(word, w -> {
                String f = RoleLabels.fullNameOf(w, text, sentences, entities);
                return f == null ? "" : f;
            });
            if (!full.isEmpty()) {
                names.put(i, full);
            }
        }
        return names;
    }

    /** Everyone who holds a claim or speaks a turn, with every alias the text uses for them. */
    private static List<Speaker> speakers(String text, PersonRegistry people, List<Candidate> kept,
                                          Deadline deadline) {
        Set<Person> claiming = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        kept.forEach(c -> claiming.add(c.speaker()));
        Set<Person> speaking = new LinkedHashSet<>();
        for (Person p : people.all()) {
            if (claiming.contains(p) || p.isTurnSpeaker() && !RoleLabels.isRole(p.name().display())) {
                speaking.add(p);
            }
        }
        AliasScanner.scan(text, new ArrayList<>(speaking), deadline);
        people.forgetSharedAliases();
        return speaking.stream().map(Person::toSpeaker).toList();
    }
}
