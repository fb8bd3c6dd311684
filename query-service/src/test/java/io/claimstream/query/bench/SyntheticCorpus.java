package io.claimstream.query.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic corpus from templates written for the benchmark: sentences are a subject, a
 * predicate of one topic and a qualifier; documents draw a few speakers (some speakers far more
 * often than others) and a hundred claims each. Deterministic for a seed.
 *
 * <p>Claims reuse a pool of distinct sentences (each about 50 times across the corpus), because
 * embedding a million distinct sentences with the real model would take hours on two cores; each
 * claim's vector is still the real model's vector of its text.
 */
final class SyntheticCorpus {

    record Sentence(String text, List<String> topics, boolean prediction) {
    }

    record Person(String id, String name, String affiliation) {
    }

    static final String[] SUBJECTS = {"Open models", "Chinese labs", "Frontier labs", "Small startups", "Agent frameworks",
            "Inference chips", "Coding assistants", "Research teams", "Cloud providers", "Universities",
            "Enterprise buyers", "Robotics companies", "Safety researchers", "Hardware makers", "Data vendors",
            "Model evaluators", "Investors", "Regulators", "American labs", "European startups", "Open-source communities",
            "Product teams", "Benchmark authors", "Chip designers", "Reinforcement learning teams", "Pre-training teams",
            "Memory systems", "Multimodal models", "World models", "Pricing teams", "Recruiters", "Young engineers",
            "National governments", "Consumer apps", "Large incumbents", "Tool builders", "Data centre operators",
            "Policy makers", "Infrastructure teams", "Language models"};

    static final String[][] PREDICATES = {
            {"pre-training-scaling", "keep gaining from larger pre-training runs", "are hitting diminishing returns from scale",
                    "need ten times more tokens for the next jump", "still follow the scaling laws"},
            {"reinforcement-learning", "get most of their gains from reinforcement learning", "struggle to design reward signals",
                    "use verifiable rewards to train reasoning", "spend more compute on RL than on pre-training"},
            {"agents", "ship agents that finish long tasks on their own", "fail when agents run for hours",
                    "will hand whole workflows to autonomous agents", "need better tools for agent planning"},
            {"self-improvement", "let models generate their own training data", "will see models improving themselves",
                    "doubt that recursive self-improvement is near"},
            {"ai-coding", "write most of their code with AI assistants", "measure coding agents on real repositories",
                    "will replace junior programming work", "review every line the coding model writes"},
            {"compute-and-chips", "are limited by the supply of advanced GPUs", "face tighter export controls on chips",
                    "design custom accelerators for inference", "need gigawatt data centres"},
            {"china-vs-us", "are closing the gap with American competitors", "lag the frontier by about a year",
                    "will lead in applied AI deployment", "are cut off from the best chips"},
            {"open-source", "release open weights for their best models", "argue that open weights are safer",
                    "keep their strongest models closed", "build on open-source base models"},
            {"business-models", "charge per seat rather than per token", "lose money on every heavy user",
                    "will find profitable enterprise contracts", "bundle models with cloud credits"},
            {"talent-and-education", "compete for a few hundred top researchers", "train new graduates in months",
                    "pay researchers like star athletes", "hire generalists over specialists"},
            {"safety", "publish red-team results before launch", "worry about models deceiving evaluators",
                    "will need licences for frontier training", "treat alignment as an engineering problem"},
            {"memory-and-personalization", "give assistants long-term memory of users", "store user preferences across sessions",
                    "will personalise every answer by default"},
            {"world-models-and-multimodal", "train world models on video", "combine vision and language in one model",
                    "will simulate physical environments for robots"},
            {"pricing-and-cost", "cut inference prices by half every year", "see token prices falling fast",
                    "pay more for energy than for chips"},
            {"research-culture", "reward small teams that move fast", "publish less than they used to",
                    "value taste in choosing research problems"},
            {"data", "run out of high-quality web text", "license data from publishers", "rely on synthetic data"},
            {"evaluation", "saturate public benchmarks within months", "build private evaluation suites",
                    "distrust leaderboard results"},
            {"other", "fold laundry with humanoid robot hands", "fight copyright lawsuits from authors",
                    "buy electricity from nuclear plants", "sell humanoid robots to warehouses", "settle disputes with publishers over archives"}};

    static final String[] QUALIFIERS = {"", " this year", " within two years", " by 2027", " in the long run",
            " according to most people in the field", " faster than expected", " for the foreseeable future",
            " despite the cost", " in every market"};

    static final String[] FIRST = {"Ada", "Ben", "Cora", "Dev", "Elif", "Femi", "Gita", "Hugo", "Ines", "Jonas", "Kai",
            "Lena", "Milo", "Nora", "Omar", "Pia", "Quinn", "Rafa", "Sana", "Theo", "Uma", "Vik", "Wen", "Xavi", "Yara",
            "Zeno", "Anouk", "Bruno", "Chloe", "Dario", "Emre", "Freya", "Goran", "Hana", "Ivo", "Jana", "Kofi", "Lior",
            "Maya", "Nils", "Otto", "Priya", "Rhea", "Soren", "Tara", "Umar", "Vera", "Wim", "Yusuf", "Zora"};
    static final String[] LAST = {"Abbott", "Baker", "Castro", "Dahl", "Eze", "Fischer", "Gupta", "Haas", "Ito", "Jensen",
            "Kowalski", "Larsen", "Moreau", "Nakamura", "Okafor", "Petrov", "Quist", "Rossi", "Santos", "Tanaka", "Ueda",
            "Varga", "Weber", "Xu", "Yilmaz", "Zhou", "Andersen", "Bianchi", "Cohen", "Diaz", "Engel", "Fong", "Garcia",
            "Horvat", "Iqbal", "Jovanovic", "Kim", "Lopez", "Meyer", "Novak", "Olsen", "Park", "Reyes", "Schmidt",
            "Torres", "Vogel", "Wang", "Young", "Ziegler", "Berg"};
    static final String[] ORGS = {"Northwind AI", "Bluepeak Labs", "Cinder Research", "Delta Compute", "Echo Systems",
            "Fjord Models", "Granite Capital", "Helix University"};

    final List<Sentence> pool;
    final List<Person> people;
    private final long seed;

    SyntheticCorpus(int poolSize, int speakers, long seed) {
        this.seed = seed;
        Random random = new Random(seed);
        Set<String> seen = new LinkedHashSet<>();
        List<Sentence> sentences = new ArrayList<>();
        while (sentences.size() < poolSize) {
            String[] group = PREDICATES[random.nextInt(PREDICATES.length)];
            String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
            String predicate = group[1 + random.nextInt(group.length - 1)];
            String qualifier = QUALIFIERS[random.nextInt(QUALIFIERS.length)];
            String text = subject + " " + predicate + qualifier + ".";
            if (seen.add(text)) {
                List<String> topics = new ArrayList<>(List.of(group[0]));
                if (!group[0].equals("other") && random.nextInt(3) == 0) {
                    String second = PREDICATES[random.nextInt(PREDICATES.length - 1)][0];
                    if (!topics.contains(second)) {
                        topics.add(second);
                    }
                }
                sentences.add(new Sentence(text, topics, predicate.startsWith("will") || qualifier.contains("2027")
                        || qualifier.contains("within")));
            }
            if (seen.size() >= SUBJECTS.length * 90 * QUALIFIERS.length) {
                break; // every combination used
            }
        }
        this.pool = List.copyOf(sentences);
        List<Person> persons = new ArrayList<>();
        for (int i = 0; persons.size() < speakers; i++) {
            String first = FIRST[i % FIRST.length];
            String last = LAST[(i / FIRST.length) % LAST.length];
            String suffix = i >= FIRST.length * LAST.length ? " " + (i / (FIRST.length * LAST.length) + 1) : "";
            String name = first + " " + last + suffix;
            persons.add(new Person(name.toLowerCase().replace(' ', '-'), name, ORGS[i % ORGS.length]));
        }
        this.people = List.copyOf(persons);
    }

    /** The speakers of document {@code d}: 2 to 5 people, skewed so that some speak in far more documents. */
    List<Person> speakersOf(int d) {
        Random random = new Random(seed * 31 + d);
        int count = 2 + random.nextInt(4);
        List<Person> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            // the square of a uniform draw favours low indexes: person 0 appears ~30x as often as the last
            double u = random.nextDouble();
            Person p = people.get((int) (u * u * people.size()));
            if (!chosen.contains(p)) {
                chosen.add(p);
            }
        }
        return chosen;
    }

    LocalDate publishedOf(int d) {
        return LocalDate.of(2024, 1, 1).plusDays(new Random(seed * 17 + d).nextInt(1050));
    }

    /** The pool index of claim {@code c} of document {@code d}. */
    int sentenceOf(int d, int c) {
        return new Random(seed * 1_000_003L + d * 1009L + c).nextInt(pool.size());
    }
}
