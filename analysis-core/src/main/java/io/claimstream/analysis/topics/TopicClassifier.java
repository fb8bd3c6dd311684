package io.claimstream.analysis.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.claimstream.analysis.text.Stems;
import io.claimstream.analysis.text.Token;

/**
 * Labels a claim with one to three topics. Lexical evidence first: the taxonomy's terms found
 * among the claim's word stems; a topic makes the cut when it scores at least half of the best
 * one, and one the claim names by a full term of its own keeps a free place after them. Context (the section heading, the question being answered, the sentence before) adds weak
 * evidence that breaks ties, and decides alone when the claim itself names no topic (a claim
 * like "This path is already unfolding" is about what the text around it is about).
 *
 * <p>With {@link TopicPrototypes} (an embedding model), meaning adds what the words miss: a
 * topic whose prototype is close to the claim's vector joins the lexical ones when it is both
 * similar in absolute terms and near the claim's most similar topic. Lexical hits stay first
 * because a named term is stronger evidence than a cosine. When the claim names no topic, its
 * meaning leads only where it singles out one topic; the text around it, the lead or its weak
 * words keep the places left. A meaning torn between topics (a generic sentence is about as close
 * to several) is weaker than what the words around it say, so it only fills what they leave.
 * Without any evidence the claim is {@code other}; where only what the whole document is about speaks for it, that
 * guess comes first and {@code other} after it.
 */
public final class TopicClassifier {

    private static final double CONTEXT_WEIGHT = 0.35;
    private static final double MINIMUM = 0.9;
    private static final double CONTEXT_MINIMUM = 0.9;
    private static final int MAX_TOPICS = 3;
    private static final int LEAD_TOPICS = 2;
    /** How many topics a section's heading may lend: "Memory, safety and the agent that deleted a database" names three. */
    private static final int SECTION_TOPICS = 2;
    /** The weight of a weak term ("~scale"), as the taxonomy gives it. */
    private static final double WEAK = 0.5;

    private record Entry(String topic, Topic.Term term) {
    }

    /** Terms indexed by their first stem, so a claim is scored in one pass over its words. */
    private final Map<String, List<Entry>> byFirstStem = new HashMap<>();
    /** A word of several senses that more than one topic lists ("?memory"): the topics it may mean. */
    private final Map<List<String>, Set<String>> senses = new HashMap<>();
    /**
     * Of those words, the ones a topic lists plainly, without "?" ("audit" for safety, "?audit" for evaluation): the
     * sense the word has where nothing around it tells, the marked one being the rarer sense it has only then.
     */
    private final Map<List<String>, Set<String>> plainSenses = new HashMap<>();
    /** Weights of the evidence around a claim that picks a word's sense: its sentence, its neighbours, the lead. */
    private static final double SENSE_CONTEXT_WEIGHT = CONTEXT_WEIGHT;
    private static final double SENSE_LEAD_WEIGHT = 0.2;
    private final TopicPrototypes prototypes;
    private final SemanticThresholds thresholds;

    /** Lexical evidence only. */
    public TopicClassifier(TopicTaxonomy taxonomy) {
        this(taxonomy, null, SemanticThresholds.DEFAULT);
    }

    /** @param prototypes the topics' meanings, or {@code null} for lexical evidence only */
    public TopicClassifier(TopicTaxonomy taxonomy, TopicPrototypes prototypes, SemanticThresholds thresholds) {
        this.prototypes = prototypes;
        this.thresholds = thresholds;
        for (Topic topic : taxonomy.topics()) {
            for (Topic.Term term : topic.terms()) {
                byFirstStem.computeIfAbsent(term.stems().get(0), k -> new ArrayList<>()).add(new Entry(topic.id(), term));
                if (term.ambiguous()) {
                    senses.computeIfAbsent(term.stems(), k -> new HashSet<>()).add(topic.id());
                }
            }
        }
        for (Topic topic : taxonomy.topics()) {
            for (Topic.Term term : topic.terms()) {
                if (!term.ambiguous() && senses.containsKey(term.stems())) {
                    senses.get(term.stems()).add(topic.id());
                    plainSenses.computeIfAbsent(term.stems(), k -> new HashSet<>()).add(topic.id());
                }
            }
        }
        senses.values().removeIf(topics -> topics.size() < 2);
        plainSenses.keySet().retainAll(senses.keySet());
    }

    /**
     * @param claim the claim's tokens
     * @param context tokens of the text around it that hints at its subject (may be empty)
     */
    public List<String> classify(List<Token> claim, List<Token> context) {
        return classify(claim, context, null);
    }

    /**
     * @param vector the claim's unit vector from the prototypes' model, or {@code null}
     */
    public List<String> classify(List<Token> claim, List<Token> context, float[] vector) {
        return classify(claim, context, vector, List.of());
    }

    /**
     * @param lead what the document as a whole says it is about (its headline and first line): it
     *             decides only when neither the claim, the text around it nor its meaning names a topic
     */
    public List<String> classify(List<Token> claim, List<Token> context, float[] vector, List<Token> lead) {
        return classify(claim, context, vector, lead, List.of());
    }

    /**
     * @param discourse what the conversation said just before the claim (the sentences before it, whoever spoke
     *                  them): like the lead, it decides only when neither the claim nor the text right around it
     *                  names a topic, and it goes before the lead, which in a transcript is often a tool's header
     */
    public List<String> classify(List<Token> claim, List<Token> context, float[] vector, List<Token> lead,
                                 List<Token> discourse) {
        return classify(claim, context, vector, lead, discourse, DocumentTheme.NONE);
    }

    /**
     * @param document what the document as a whole is about ({@link #theme}): the last evidence a claim that names
     *                 nothing gets, and the second topic of a claim that names one topic by one word with nothing
     *                 around it to say more; where it pervades the document, every claim carries it in a place the
     *                 claim's own evidence leaves free
     */
    public List<String> classify(List<Token> claim, List<Token> context, float[] vector, List<Token> lead,
                                 List<Token> discourse, DocumentTheme document) {
        return classify(claim, context, vector, lead, discourse, document, List.of());
    }

    /**
     * @param heading the heading of the claim's section, where the document has sections ("Data: the scarce resource
     *                is a task with a checker"): what it names by a full term joins what the claim names itself, since
     *                a claim in that section is about it even where its own words name something else ("a task with a
     *                reliable checker: a real repository …" is about data there, not only about code)
     */
    public List<String> classify(List<Token> claim, List<Token> context, float[] vector, List<Token> lead,
                                 List<Token> discourse, DocumentTheme document, List<Token> heading) {
        List<String> theme = document.topics();
        Map<String, Set<Integer>> evidence = new HashMap<>();
        List<String> claimStems = stems(claim);
        List<String> contextStems = stems(context);
        Map<String, Double> hints = namesASense(claimStems) || namesASense(contextStems)
                ? senseHints(claimStems, contextStems, lead, discourse, theme) : Map.of();
        Map<String, Double> own = score(claimStems, evidence, hints, true);
        Map<String, Double> around = score(contextStems, new HashMap<>(), hints);
        Map<String, Double> combined = new HashMap<>(own);
        around.forEach((topic, s) -> combined.merge(topic, s * CONTEXT_WEIGHT, Double::sum));
        List<String> lexical = distinctFirst(best(combined, own.isEmpty() ? 0 : MINIMUM, Integer.MAX_VALUE), evidence);
        // weak terms alone (a stray "~market") do not make lexical evidence; meaning decides then
        boolean named = !own.isEmpty() && !lexical.isEmpty();
        Map<String, Double> similarities = prototypes == null || vector == null ? null : prototypes.similarities(vector);
        // a theme that pervades the document is surer than a cosine: its labels are in the gold twice as often as the
        // ones meaning adds to a claim's words, so it takes a free place before them
        List<String> pervading = document.pervasive() ? theme : List.of();
        List<String> chosen;
        if (named) {
            chosen = new ArrayList<>(lexical);
            addWhileRoom(chosen, pervading);
            addWhileRoom(chosen, outweighed(own, lexical));
            // what the section's heading names comes after all the claim names itself, before what meaning adds
            addWhileRoom(chosen, headed(heading, hints));
            if (similarities != null) {
                addWhileRoom(chosen, thresholds.select(similarities, true));
            }
            if (lexical.size() == 1 && own.values().stream().allMatch(score -> score <= 1.0)) {
                // one word names one topic ("Our inference bill fell by half"): the sentence says little beyond that
                // word, so what it is said in answer to or after, else what the whole document is about, goes with it
                List<String> beside = best(around, CONTEXT_MINIMUM);
                addWhileRoom(chosen, (beside.isEmpty() ? theme : beside).stream().limit(1).toList());
            }
        } else {
            List<String> meaning = similarities == null ? List.of() : thresholds.select(similarities, false);
            // the claim's own weak words come before the text around it
            List<String> fallback = own.isEmpty() ? lexical
                    : ownBesideAround(best(combined, CONTEXT_MINIMUM * CONTEXT_WEIGHT), best(around, CONTEXT_MINIMUM));
            Unnamed unnamed = unnamed(fallback, own, discourse, lead, theme, hints,
                    meaning.isEmpty() ? similarities : null);
            List<String> words = unnamed.topics();
            chosen = new ArrayList<>();
            if (meaning.size() == 1) {
                // meaning singles out one topic: it leads, the claim's own weak words follow, and what the text
                // around it or the lead names keeps the places left
                chosen.add(meaning.get(0));
                addWhileRoom(chosen, best(own, 0));
                List<String> rest = words.stream().filter(t -> !chosen.contains(t)).toList();
                addWhileRoom(chosen, closest(rest, Math.max(0, MAX_TOPICS - chosen.size()), similarities));
            } else {
                // meaning is torn between topics, or has none: it only fills what the words leave
                addWhileRoom(chosen, words);
                addWhileRoom(chosen, pervading);
                addWhileRoom(chosen, meaning);
                if (unnamed.onlyTheDocument() && meaning.isEmpty()) {
                    // nothing in or around the claim names a topic and its meaning is close to none: what the whole
                    // document is about is a guess for it ("she put her own confidence at about 60%" in a piece on
                    // prices), so it is also filed under no topic, where a reader looks for what fits none
                    addWhileRoom(chosen, List.of(TopicTaxonomy.OTHER));
                }
            }
        }
        // after what the claim itself names, or its neighbours: it only fills a place
        addWhileRoom(chosen, pervading);
        return chosen.isEmpty() ? List.of(TopicTaxonomy.OTHER) : List.copyOf(chosen);
    }

    /** The topics a section's heading names by full terms, at most {@link #SECTION_TOPICS}. */
    private List<String> headed(List<Token> heading, Map<String, Double> hints) {
        // read as a claim's words: a side named alone ("How will Chinese models differentiate?") says whose, not the contest
        return heading.isEmpty() ? List.of()
                : best(score(stems(heading), new HashMap<>(), hints, true), MINIMUM, SECTION_TOPICS);
    }

    /**
     * What the document as a whole is about: the topic that more of its sentences name than any other (at least
     * two), or none. A headline can miss it (a transcript's lead is often a tool's header) and a single sentence
     * can stray from it, but a piece on the power grid comes back to the grid sentence after sentence. It pervades
     * the document when more than half of the sentences that name any topic name it.
     */
    public DocumentTheme theme(List<List<Token>> sentences) {
        Map<String, Double> named = new HashMap<>();
        int naming = 0;
        for (List<Token> sentence : sentences) {
            List<String> stems = stems(sentence);
            Map<String, Double> hints = namesASense(stems) ? senseHints(stems, List.of(), List.of(), List.of(), List.of())
                    : Map.of();
            List<String> topics = best(score(stems, new HashMap<>(), hints, true), MINIMUM);
            topics.forEach(t -> named.merge(t, 1.0, Double::sum));
            naming += topics.isEmpty() ? 0 : 1;
        }
        List<String> theme = best(named, 2, 1);
        return new DocumentTheme(theme, !theme.isEmpty() && named.get(theme.get(0)) > naming / 2.0);
    }

    /**
     * What the words say about a claim that names no topic of its own: what the text around it names, else what the
     * document's lead names followed by the claim's own weak words. A weak word of the claim's own ("tested" under a
     * headline on chip exports) says something about the claim itself that the lead, written for the whole
     * document, does not: it keeps a place after the lead's topics rather than giving way to them. With
     * {@code vetoing} (the similarities of a meaning that found no topic), a weak word stands only where that meaning
     * does not lean away from it ("the train arrived on time" is no pre-training).
     */
    private Unnamed unnamed(List<String> fallback, Map<String, Double> own, List<Token> discourse,
                            List<Token> lead, List<String> theme, Map<String, Double> hints,
                            Map<String, Double> vetoing) {
        if (!fallback.isEmpty()) {
            return new Unnamed(fallback, false);
        }
        // a claim with weak words of its own keeps them after the lead's topics, as before; only one that names
        // nothing at all reads what the conversation before it was about
        List<String> background = own.isEmpty() ? best(score(stems(discourse), new HashMap<>(), hints), MINIMUM) : List.of();
        if (background.isEmpty()) {
            background = best(score(stems(lead), new HashMap<>(), hints), MINIMUM);
        }
        boolean onlyTheDocument = background.isEmpty() && own.isEmpty();
        if (background.isEmpty()) {
            background = theme; // a lead that names nothing (a tool's header, a bare title) leaves what the text is about
        }
        List<String> words = new ArrayList<>(background.subList(0, Math.min(LEAD_TOPICS, background.size())));
        for (String topic : best(own, 0)) {
            if (vetoing == null || !thresholds.leansAwayFrom(vetoing, topic)) {
                addWhileRoom(words, List.of(topic));
            }
        }
        return new Unnamed(words, onlyTheDocument);
    }

    /**
     * What the words give a claim that names no topic, and whether only what the whole document is about gave it:
     * neither the claim, the text around it, the conversation before it nor the lead names any topic.
     */
    private record Unnamed(List<String> topics, boolean onlyTheDocument) {
    }

    /**
     * Topics the claim names by a full term of their own that the half-of-the-best cut left out, strongest first: in
     * "it has no plans to stop training base models, and its newest was trained on domestic accelerators" the chips
     * are named once where pre-training is named three times, and are still named.
     */
    private static List<String> outweighed(Map<String, Double> own, List<String> lexical) {
        List<Map.Entry<String, Double>> left = new ArrayList<>(own.entrySet());
        left.removeIf(e -> e.getValue() < 1.0 || lexical.contains(e.getKey()) || e.getKey().equals(TopicTaxonomy.OTHER));
        left.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return left.stream().map(Map.Entry::getKey).toList();
    }

    /**
     * At most {@code room} of the topics, in their order: where more are offered (the neighbours name three), the ones
     * the claim's meaning is closest to, since those are what this claim, rather than its neighbours, is about.
     */
    private static List<String> closest(List<String> topics, int room, Map<String, Double> similarities) {
        if (topics.size() <= room) {
            return topics;
        }
        List<String> ranked = new ArrayList<>(topics);
        ranked.sort(Comparator.comparingDouble((String t) -> similarities.getOrDefault(t, 0.0)).reversed());
        List<String> kept = ranked.subList(0, room);
        return topics.stream().filter(kept::contains).toList();
    }

    private static void addWhileRoom(List<String> chosen, List<String> topics) {
        for (String topic : topics) {
            if (chosen.size() < MAX_TOPICS && !chosen.contains(topic)) {
                chosen.add(topic);
            }
        }
    }

    /**
     * Where the claim's own words are only weak ones and the text around it names topics: the claim's weak words
     * weighed with its neighbours' (at the context's weight) come first, then whatever the neighbours name. A weak
     * word of the claim's own ("engineers" beside a paragraph on data centres) says something about the claim itself,
     * which the neighbours alone would have outvoted; they still keep their place after it. Where the neighbours name
     * nothing, the document's lead comes before the claim's weak words (see {@link #classify}).
     */
    private static List<String> ownBesideAround(List<String> weighed, List<String> around) {
        if (around.isEmpty()) {
            return around;
        }
        List<String> topics = new ArrayList<>(weighed);
        around.stream().filter(t -> !topics.contains(t)).forEach(topics::add);
        return topics;
    }

    /**
     * The topics in rank order, except that one whose only evidence is words already counted for a topic
     * before it ("training run" is compute and pre-training alike) gives its place to a topic that has
     * words of its own ("cheap"), so that one phrase does not fill two of the three places.
     */
    private static List<String> distinctFirst(List<String> ranked, Map<String, Set<Integer>> evidence) {
        List<String> distinct = new ArrayList<>();
        List<String> echoes = new ArrayList<>();
        Set<Integer> counted = new HashSet<>();
        for (String topic : ranked) {
            Set<Integer> own = evidence.getOrDefault(topic, Set.of());
            if (!own.isEmpty() && counted.containsAll(own)) {
                echoes.add(topic);
            } else {
                distinct.add(topic);
            }
            counted.addAll(own);
        }
        distinct.addAll(echoes);
        return List.copyOf(distinct.subList(0, Math.min(MAX_TOPICS, distinct.size())));
    }

    private static List<String> best(Map<String, Double> scores, double minimum) {
        return best(scores, minimum, MAX_TOPICS);
    }

    private static List<String> best(Map<String, Double> scores, double minimum, int limit) {
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.removeIf(e -> e.getKey().equals(TopicTaxonomy.OTHER));
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> chosen = new ArrayList<>();
        double top = ranked.isEmpty() ? 0 : ranked.get(0).getValue();
        for (Map.Entry<String, Double> e : ranked) {
            if (chosen.size() < limit && e.getValue() >= Math.max(minimum, 0.01) && e.getValue() >= top * 0.5) {
                chosen.add(e.getKey());
            }
        }
        return List.copyOf(chosen);
    }

    private static List<String> stems(List<Token> tokens) {
        List<String> stems = new ArrayList<>(tokens.size());
        boolean inCapitals = inCapitals(tokens);
        for (Token t : tokens) {
            // in a text written in capitals (broadcast captions) "CHIPS" is the word chips, not an acronym; a word
            // of three letters or fewer (AI, GPU, TSMC's like) stays one
            String word = inCapitals && t.text().length() > 3 ? t.text().toLowerCase(java.util.Locale.ROOT) : t.text();
            if (joinedByADash(word)) {
                // "pre-training" is its two words, and so is "schools—teaching", where a translation closed up the
                // dash between two words the tokenizer then keeps as one
                stems.addAll(Stems.parts(word));
            } else if (t.isWord() || word.equals("$")) {
                stems.add(Stems.key(word));
            } else if (isMoney(word)) {
                // "£45 billion" and "€3 million" speak of money as "$45 billion" does, which the taxonomy writes "$"
                // (the tokenizer splits "$" from its figure, but not every other sign)
                stems.add(Stems.key("$"));
            }
        }
        return stems;
    }

    /** Letters on both sides of a hyphen or a dash inside the token ("pre-training", "schools—teaching"). */
    private static boolean joinedByADash(String token) {
        for (int i = 1; i < token.length() - 1; i++) {
            char c = token.charAt(i);
            if ((c == '-' || c == '\u2013' || c == '\u2014') && Character.isLetterOrDigit(token.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** A currency sign, alone or before its figure ("£", "€40"). */
    private static boolean isMoney(String token) {
        return !token.isEmpty() && Character.getType(token.charAt(0)) == Character.CURRENCY_SYMBOL
                && token.chars().skip(1).noneMatch(Character::isLetter);
    }

    /** Words written in capitals throughout: at least five words of letters, none with a small letter. */
    private static boolean inCapitals(List<Token> tokens) {
        int words = 0;
        for (Token t : tokens) {
            if (!t.isWord()) {
                continue;
            }
            for (int i = 0; i < t.text().length(); i++) {
                if (Character.isLowerCase(t.text().charAt(i))) {
                    return false;
                }
            }
            if (t.text().chars().anyMatch(Character::isLetter)) {
                words++;
            }
        }
        return words >= 5;
    }

    private boolean namesASense(List<String> stems) {
        for (List<String> sense : senses.keySet()) {
            if (stems.contains(sense.get(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the claim, the text around it, the document's lead and its theme name besides words of several senses, in
     * terms of full weight: the evidence that tells which sense such a word has here ("memory" beside "GPU" is
     * hardware, and "the licence" in a briefing that comes back to chip exports again and again is an export licence).
     */
    private Map<String, Double> senseHints(List<String> claim, List<String> context, List<Token> lead,
                                           List<Token> discourse, List<String> theme) {
        Map<String, Double> hints = new HashMap<>(score(claim, new HashMap<>(), null));
        score(context, new HashMap<>(), null).forEach((t, v) -> hints.merge(t, v * SENSE_CONTEXT_WEIGHT, Double::sum));
        score(stems(lead), new HashMap<>(), null).forEach((t, v) -> hints.merge(t, v * SENSE_LEAD_WEIGHT, Double::sum));
        // what the conversation was just about tells a word's sense as the lead does ("a license" in testimony about
        // crawled data is a data licence)
        score(stems(discourse), new HashMap<>(), null).forEach((t, v) -> hints.merge(t, v * SENSE_LEAD_WEIGHT, Double::sum));
        theme.forEach(t -> hints.merge(t, SENSE_LEAD_WEIGHT, Double::sum));
        return hints;
    }

    /**
     * Words of what a price is ("cost", "cheap") and words of an error: beside an error, what something costs is what
     * getting it wrong risks ("the cost of a wrong action is higher than the cost of no action", "the mistakes are cheap
     * to catch", "a day is cheaper than a wrong shipment"), which is about the work and its risks, not about prices.
     * Money itself ("$", "dollars", "budget") still names prices there.
     */
    private static final Set<String> COST_WORDS = stemsOf("cost", "costs", "costly", "cheap", "cheaper", "cheapest",
            "expensive");
    private static final Set<String> MISTAKES = stemsOf("mistake", "mistakes", "error", "errors", "wrong");

    private static Set<String> stemsOf(String... words) {
        Set<String> stems = new HashSet<>();
        for (String w : words) {
            stems.add(Stems.key(w));
        }
        return Set.copyOf(stems);
    }

    private static final String TALENT = "talent-and-education";
    private static final String TRAIN = Stems.key("training");
    private static final Set<String> TEACH = stemsOf("teach", "teaching", "taught");
    private static final Set<String> MODELS = stemsOf("model", "models");
    private static final String TO = Stems.key("to");
    /** People one trains ("train the staff", "trained 300 nurses"), as against a model or a run. */
    private static final Set<String> PEOPLE = stemsOf("people", "person", "staff", "employee", "employees", "worker",
            "workers", "workforce", "student", "students", "engineers", "officers", "officials", "technicians", "nurses",
            "doctors", "clinicians", "teachers", "graduates", "apprentices", "everyone", "users",
            "researchers", "volunteers", "managers", "operators", "analysts", "lawyers", "judges");
    /** Words that ask for or give training ("will need some training", "never got the training", "was offered training"). */
    private static final Set<String> PROVIDING = stemsOf("need", "needs", "needed", "pay", "offer", "offered", "offers",
            "provide", "provided", "receive", "received", "get", "got");
    /** Words that may follow a training a person gets, where one of a model would go on with its noun ("training run"). */
    private static final Set<String> PHRASE_ENDS = stemsOf("and", "or", "but", "to", "so", "because");
    private static final Set<String> BETWEEN = stemsOf("the", "a", "an", "our", "their", "its", "your", "his", "her",
            "more", "far", "all", "every", "some", "any", "new", "young", "of", "them", "than", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands");

    /**
     * Where a word of teaching is about a model rather than people: a model follows it ("teaching a model not to give
     * up", "teach the models to check their work"), as a model's training would.
     */
    private static Set<Integer> modelsTaught(List<String> stems) {
        Set<Integer> at = new HashSet<>();
        for (int i = 0; i < stems.size(); i++) {
            if (!TEACH.contains(stems.get(i))) {
                continue;
            }
            int next = i + 1;
            while (next < stems.size() && next - i <= 3 && BETWEEN.contains(stems.get(next))) {
                next++;
            }
            if (next < stems.size() && MODELS.contains(stems.get(next))) {
                at.add(i);
            }
        }
        return at;
    }

    /**
     * Where a word of training is about teaching people rather than training a model: people follow it ("train the
     * staff", "trained 300 nurses", "training welders at night school"), or somebody needs,
     * pays for or is offered it and the phrase ends there ("every nurse will need some training", "the staff never got
     * the training"), where a model's training goes on with what is trained ("the training run", "training data").
     */
    private static Set<Integer> peopleTrained(List<String> stems) {
        Set<Integer> at = new HashSet<>();
        for (int i = 0; i < stems.size(); i++) {
            if (!stems.get(i).equals(TRAIN)) {
                continue;
            }
            int next = i + 1;
            while (next < stems.size() && next - i <= 4 && (BETWEEN.contains(stems.get(next))
                    || Character.isDigit(stems.get(next).charAt(0)))) {
                next++;
            }
            if (next < stems.size() && PEOPLE.contains(stems.get(next))) {
                at.add(i);
                continue;
            }
            // "they will need to train for longer" is a model's training again: the verb, not what somebody is given
            boolean ends = (i + 1 == stems.size() || PHRASE_ENDS.contains(stems.get(i + 1)))
                    && (i == 0 || !stems.get(i - 1).equals(TO));
            boolean provided = false;
            for (int k = Math.max(0, i - 4); k < i; k++) {
                provided |= PROVIDING.contains(stems.get(k));
            }
            if (ends && provided) {
                at.add(i);
            }
        }
        return at;
    }

    /**
     * Words saying something is hard to find, said of people: what a reader files under talent. Only the adjectives:
     * "scarcity" or "a shortage" is as often of chips or power that people work around ("Scarcity made us better
     * engineers").
     */
    private static final Set<String> SCARCE = stemsOf("rare", "rarer", "rarest", "scarce", "scarcer", "scarcest");
    /** People as a pool one hires from ("such engineers", "those people"), not the users a product serves. */
    private static final Set<String> HIRED = stemsOf("people", "person", "persons", "engineer", "engineers",
            "researcher", "researchers", "scientist", "scientists", "expert", "experts", "specialist", "specialists",
            "staff", "worker", "workers", "hires", "graduates");
    /**
     * Whether there are enough people, said right before them ("enough engineers"); not "few", which counts the users
     * of a product as often ("few people will pay for it").
     */
    private static final Set<String> HOW_MANY = stemsOf("enough");
    /** A lack of something, said of people only when they follow it: "a shortage of engineers". */
    private static final Set<String> SHORT_OF = stemsOf("shortage", "shortages", "lack", "scarcity");
    private static final String OF = Stems.key("of");
    /** How far apart a word of people and one of scarcity may stand and still be one statement about them. */
    private static final int SCARCE_SPAN = 6;

    /**
     * Where a claim says people are hard to find or how many of them there are ("Those people are rare", "the scarcest
     * people are the ones who …", "enough people who can train a model", "a shortage of engineers"): that is talent,
     * whatever the people are good at, even where the sentence names nothing else of the topic. The position of the
     * word of scarcity, or -1.
     */
    private static int scarcePeople(List<String> stems) {
        for (int i = 0; i < stems.size(); i++) {
            if (HOW_MANY.contains(stems.get(i)) && i + 1 < stems.size() && HIRED.contains(stems.get(i + 1))
                    || SHORT_OF.contains(stems.get(i)) && i + 2 < stems.size() && stems.get(i + 1).equals(OF)
                    && HIRED.contains(stems.get(i + 2))) {
                return i; // "enough people who can train a model", "a shortage of engineers"
            }
            if (!SCARCE.contains(stems.get(i))) {
                continue;
            }
            for (int k = Math.max(0, i - SCARCE_SPAN); k < Math.min(stems.size(), i + SCARCE_SPAN + 1); k++) {
                if (HIRED.contains(stems.get(k))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private record Match(Entry entry, int from, int to) {

        boolean inside(Match longer) {
            return longer.from <= from && to <= longer.to && longer.to - longer.from > to - from;
        }
    }

    /**
     * @param evidence filled with, for each topic, the positions of the words that scored for it
     *
     * <p>A word of several senses (a term the taxonomy marks ambiguous) read inside a longer term of another
     * topic takes that term's sense: "memory" in "memory bandwidth" or "memory chips" is hardware, not an
     * assistant's memory. It still counts where its own topic also names the longer phrase ("agent memory").
     */
    private Map<String, Double> score(List<String> stems, Map<String, Set<Integer>> evidence, Map<String, Double> hints) {
        return score(stems, evidence, hints, false);
    }

    /**
     * @param claimed whether the words are a claim's own (or a sentence's, for what the document is about), where a
     *                side of a contest named alone is weak; in the text around a claim it stays full, since there it
     *                says what the conversation is about ("How do you see the Chinese labs?" before "They are faster
     *                than us.")
     */
    private Map<String, Double> score(List<String> stems, Map<String, Set<Integer>> evidence, Map<String, Double> hints,
                                      boolean claimed) {
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < stems.size(); i++) {
            List<Entry> candidates = byFirstStem.get(stems.get(i));
            if (candidates == null) {
                continue;
            }
            for (Entry e : candidates) {
                List<String> term = e.term().stems();
                if (i + term.size() <= stems.size() && stems.subList(i, i + term.size()).equals(term)) {
                    matches.add(new Match(e, i, i + term.size()));
                }
            }
        }
        Map<String, Double> scores = new HashMap<>();
        Map<Entry, Integer> seen = new HashMap<>();
        boolean namesAMistake = stems.stream().anyMatch(MISTAKES::contains);
        Set<Integer> peopleTrained = peopleTrained(stems);
        Set<Integer> modelsTaught = modelsTaught(stems);
        for (int at : peopleTrained) {
            scores.merge(TALENT, 1.0, Double::sum);
            evidence.computeIfAbsent(TALENT, x -> new HashSet<>()).add(at);
        }
        int scarce = scarcePeople(stems);
        if (scarce >= 0) {
            scores.merge(TALENT, 1.0, Double::sum);
            evidence.computeIfAbsent(TALENT, x -> new HashSet<>()).add(scarce);
        }
        Map<String, Set<String>> sides = new HashMap<>();
        Set<String> beyondSides = new HashSet<>();
        for (Match m : matches) {
            if (m.entry().term().side() == null) {
                beyondSides.add(m.entry().topic());
            } else {
                sides.computeIfAbsent(m.entry().topic(), t -> new HashSet<>()).add(m.entry().term().side());
            }
        }
        for (Match m : matches) {
            List<String> words = m.entry().term().stems();
            if (namesAMistake && words.size() == 1 && COST_WORDS.contains(words.get(0))) {
                continue; // "the cost of a wrong action", "mistakes are cheap to catch": what an error risks, not a price
            }
            if (words.size() == 1 && peopleTrained.contains(m.from()) && !m.entry().topic().equals(TALENT)) {
                continue; // "train the staff", "they will need some training": teaching people, not training a model
            }
            if (words.size() == 1 && modelsTaught.contains(m.from()) && m.entry().topic().equals(TALENT)) {
                continue; // "teaching a model not to give up": a model is taught, no person
            }
            double weight = m.entry().term().weight();
            if (claimed && m.entry().term().side() != null && sides.get(m.entry().topic()).size() < 2
                    && !beyondSides.contains(m.entry().topic())) {
                // one side named and nothing of the contest ("Chinese labs should build environments", "prices in
                // China fell"): the name says where or whose, which is weak evidence the claim is about the contest
                weight = Math.min(weight, WEAK);
            }
            if (takesAnotherSense(m, matches) || !senseHere(m, matches, hints) || echoesItsOwnTopic(m, matches)
                    || hints == null && weight < 1.0 || seen.merge(m.entry(), 1, Integer::sum) > 2) {
                continue; // a weak term ("~tooling") is too little to tell a word's sense by
            }
            scores.merge(m.entry().topic(), weight, Double::sum);
            for (int k = m.from(); k < m.to(); k++) {
                evidence.computeIfAbsent(m.entry().topic(), x -> new HashSet<>()).add(k);
            }
        }
        return scores;
    }

    /**
     * Whether a word that several topics list as a word of several senses means this match's topic here: the
     * sense with the most other evidence in {@code hints} wins; with none for any of them, the topic named after the
     * word ("memory-and-personalization" for "memory"), or every sense where no topic is. Without hints (while they are being gathered) a word of several senses
     * is no evidence at all, and inside a longer term of its own topic it has counted as that term. Where a topic
     * lists the word plainly, that topic is its sense when nothing tells.
     */
    private boolean senseHere(Match m, List<Match> matches, Map<String, Double> hints) {
        Set<String> topics = senses.get(m.entry().term().stems());
        if (topics == null) {
            return true;
        }
        Set<String> plain = plainSenses.getOrDefault(m.entry().term().stems(), Set.of());
        if (hints == null || m.entry().term().ambiguous() && matches.stream().anyMatch(longer -> m.inside(longer)
                && longer.entry().topic().equals(m.entry().topic()))) {
            return false; // "memory bandwidth" counts once, as itself, not again for its "memory"
        }
        double mine = hints.getOrDefault(m.entry().topic(), 0.0);
        double best = topics.stream().mapToDouble(t -> hints.getOrDefault(t, 0.0)).max().orElse(0);
        if (best == 0 && !plain.isEmpty()) {
            return plain.contains(m.entry().topic()); // "audit" with nothing to tell is the safety audit
        }
        if (best == 0) {
            // nothing tells: the word means the topic named after it ("memory-and-personalization"), if one is
            String word = String.join("-", m.entry().term().text().toLowerCase(java.util.Locale.ROOT).split("\\s+"));
            boolean named = topics.stream().anyMatch(t -> t.contains(word));
            return !named || m.entry().topic().contains(word);
        }
        return mine >= best;
    }

    /**
     * Whether another term of the same topic, at least as strong, already covers the match's words: one phrase
     * ("open-weight models" is also "open-weight", "open weights" and "weights") is one piece of evidence, not four
     * that outweigh every other topic the claim names.
     */
    private static boolean echoesItsOwnTopic(Match m, List<Match> matches) {
        int mine = matches.indexOf(m);
        for (int i = 0; i < matches.size(); i++) {
            Match o = matches.get(i);
            if (i == mine || !o.entry().topic().equals(m.entry().topic()) || o.from() > m.from() || m.to() > o.to()) {
                continue;
            }
            double theirs = o.entry().term().weight();
            double own = m.entry().term().weight();
            boolean longer = o.to() - o.from() > m.to() - m.from();
            if (theirs > own || theirs == own && (longer || i < mine)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a longer term of another topic holds the match's words, and its own topic has no term as long there. */
    private static boolean takesAnotherSense(Match m, List<Match> matches) {
        if (!m.entry().term().ambiguous()) {
            return false;
        }
        for (Match longer : matches) {
            if (m.inside(longer) && !longer.entry().topic().equals(m.entry().topic())
                    && matches.stream().noneMatch(own -> own.entry().topic().equals(m.entry().topic())
                    && longer.inside(own) || own.entry().topic().equals(m.entry().topic())
                    && own.from() == longer.from() && own.to() == longer.to())) {
                return true;
            }
        }
        return false;
    }
}
