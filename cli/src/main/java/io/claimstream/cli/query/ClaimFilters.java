package io.claimstream.cli.query;

import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The filters of {@code GET /claims}, shared by {@code claims} and {@code export}. */
public final class ClaimFilters {

    @Option(names = {"-s", "--speaker"}, paramLabel = "NAME|ID", description = "A speaker's name (any spelling a document used) or id.")
    String speaker;

    @Option(names = {"-t", "--topic"}, paramLabel = "TOPIC", completionCandidates = Topics.class,
            description = "A topic id, e.g. agents, reinforcement-learning, china-vs-us.")
    String topic;

    @Option(names = "--type", paramLabel = "TYPE", completionCandidates = Types.class,
            description = "Claim type: ${COMPLETION-CANDIDATES}.")
    String type;

    @Option(names = {"-q", "--q"}, paramLabel = "TEXT", description = "Full-text search: words, \"a phrase\", or, -not.")
    String q;

    @Option(names = "--document", paramLabel = "ID", description = "Only claims of this document.")
    String document;

    @Option(names = "--from", paramLabel = "DATE", description = "Documents published on or after: 2026-06-12, 2026-06 or 2026.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Documents published on or before: 2026-06-12, 2026-06 or 2026.")
    String to;

    public Map<String, String> query() {
        Map<String, String> query = new LinkedHashMap<>();
        put(query, "speaker", speaker);
        put(query, "topic", topic);
        put(query, "type", type);
        put(query, "q", q);
        put(query, "document", document);
        put(query, "from", from);
        put(query, "to", to);
        return query;
    }

    private static void put(Map<String, String> query, String key, String value) {
        if (value != null && !value.isBlank()) {
            query.put(key, value.strip());
        }
    }

    /** The default taxonomy, for shell completion; the service accepts configured extras too. */
    public static final class Topics extends ArrayList<String> {
        public Topics() {
            super(List.of("pre-training-scaling", "reinforcement-learning", "agents", "self-improvement", "ai-coding",
                    "compute-and-chips", "china-vs-us", "open-source", "business-models", "talent-and-education",
                    "safety", "memory-and-personalization", "world-models-and-multimodal", "pricing-and-cost",
                    "research-culture", "data", "evaluation", "other"));
        }
    }

    public static final class Types extends ArrayList<String> {
        public Types() {
            super(List.of("opinion", "prediction", "recommendation", "fact"));
        }
    }
}
