package io.claimstream.analysis.topics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.claimstream.analysis.text.Stems;

/**
 * The topics claims are labelled with. The default taxonomy is bundled
 * ({@code lexicon/topics.tsv}: id, description, seed terms separated by {@code ;} and optional
 * example sentences separated by {@code |}, tab-separated, one topic a line; a term led by {@code ~} is weak,
 * one led by {@code ?} has several senses and yields to a longer term of another topic, and {@code ^} leads the names
 * of one side of a contest, separated by commas); a file in the same
 * format extends it: a new id adds a topic, a known id gains terms and examples (and its
 * description, if the line gives one). Ids never change meaning.
 */
public final class TopicTaxonomy {

    public static final String OTHER = "other";
    private static final String DEFAULT = "/io/claimstream/analysis/lexicon/topics.tsv";

    private final Map<String, Topic> topics;

    private TopicTaxonomy(Map<String, Topic> topics) {
        this.topics = topics;
    }

    public static TopicTaxonomy defaults() {
        try (InputStream in = TopicTaxonomy.class.getResourceAsStream(DEFAULT)) {
            if (in == null) {
                throw new IllegalStateException("the default topic taxonomy is missing from the classpath");
            }
            return new TopicTaxonomy(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), new LinkedHashMap<>()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The default taxonomy extended by a file of the same format. */
    public TopicTaxonomy extendedBy(Path file) {
        try {
            return new TopicTaxonomy(parse(Files.readString(file), new LinkedHashMap<>(topics)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the topic taxonomy " + file, e);
        }
    }

    public TopicTaxonomy extendedBy(String tsv) {
        return new TopicTaxonomy(parse(tsv, new LinkedHashMap<>(topics)));
    }

    public List<Topic> topics() {
        return List.copyOf(topics.values());
    }

    public boolean contains(String id) {
        return topics.containsKey(id);
    }

    private static Map<String, Topic> parse(String tsv, Map<String, Topic> into) {
        for (String line : tsv.split("\\R")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            if (parts.length < 2 || parts[0].isBlank()) {
                throw new IllegalArgumentException("a topic line needs 'id<TAB>description<TAB>terms[<TAB>examples]': " + line);
            }
            String id = parts[0].strip();
            List<Topic.Term> terms = new ArrayList<>();
            List<String> examples = new ArrayList<>();
            Topic known = into.get(id);
            if (known != null) {
                terms.addAll(known.terms());
                examples.addAll(known.examples());
            }
            if (parts.length > 2) {
                for (String raw : parts[2].split(";")) {
                    for (Topic.Term term : terms(raw)) {
                        if (terms.stream().noneMatch(x -> x.stems().equals(term.stems()))) {
                            terms.add(term);
                        }
                    }
                }
            }
            if (parts.length > 3) {
                for (String example : parts[3].split("\\|")) {
                    if (!example.isBlank() && !examples.contains(example.strip())) {
                        examples.add(example.strip());
                    }
                }
            }
            String description = parts[1].isBlank() && known != null ? known.description() : parts[1].strip();
            into.put(id, new Topic(id, description, terms, examples));
        }
        return into;
    }

    /**
     * One term, or where it is led by {@code ^} the names of one side of a contest, separated by commas ("^China,
     * Chinese, Beijing"): each is a term of its own that knows the side it names.
     */
    private static List<Topic.Term> terms(String raw) {
        String t = raw.strip();
        if (!t.startsWith("^")) {
            Topic.Term term = term(t);
            return term == null ? List.of() : List.of(term);
        }
        List<Topic.Term> names = new ArrayList<>();
        String side = null;
        for (String name : t.substring(1).split(",")) {
            Topic.Term term = term(name);
            if (term != null) {
                side = side == null ? term.text() : side;
                names.add(new Topic.Term(term.text(), term.stems(), term.weight(), term.ambiguous(), side));
            }
        }
        return names;
    }

    private static Topic.Term term(String raw) {
        String t = raw.strip();
        double weight = 1.0;
        boolean ambiguous = false;
        while (t.startsWith("~") || t.startsWith("?")) {
            weight = t.startsWith("~") ? 0.5 : weight;
            ambiguous |= t.startsWith("?");
            t = t.substring(1).strip();
        }
        if (t.isEmpty()) {
            return null;
        }
        List<String> stems = Stems.parts(t);
        if (stems.isEmpty()) {
            return null;
        }
        return new Topic.Term(t, List.copyOf(stems), stems.size() > 1 ? weight * 1.5 : weight, ambiguous);
    }
}
