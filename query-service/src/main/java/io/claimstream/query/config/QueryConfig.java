package io.claimstream.query.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** {@code claimstream.query.*}: how the query-service stores documents and pages its answers. */
@ConfigMapping(prefix = "claimstream.query")
public interface QueryConfig {

    Retry retry();

    Derived derived();

    Paging paging();

    Corroboration corroboration();

    Topics topics();

    Semantic semantic();

    FullText fullText();

    @io.smallrye.config.WithName("fulltext")
    Fulltext fulltext();

    Stances stance();

    Emergent emergent();

    AnswerCache answerCache();

    Admission admission();

    /**
     * How many reads compute at once; the others wait their turn in arrival order (see
     * io.claimstream.query.admission.ReadAdmission).
     */
    interface Admission {
        /** Off: every read starts at once, however many are in flight. */
        @WithDefault("true")
        boolean enabled();

        /**
         * Reads computing at once per available processor, unless {@code permits} is set. A read
         * spends part of its time waiting for PostgreSQL (on the same cores or not), so a few per
         * processor keep them busy: on 2 cores, 8 served more than 4 and all at once (32).
         */
        @WithDefault("4")
        int permitsPerProcessor();

        /** Reads computing at once, whatever the processors. */
        OptionalInt permits();

        /** Longest a read waits for its turn; past it the answer is 503 with Retry-After. */
        @WithDefault("5s")
        Duration maxWait();
    }

    /**
     * Whole answers of the revalidated reads (JSON bytes and entity tag), kept until stored data
     * changes on any replica (see io.claimstream.query.cache.AnswerCache).
     */
    interface AnswerCache {
        /** Off: every read is computed from PostgreSQL (the benchmark's uncached mode). */
        @WithDefault("true")
        boolean enabled();

        /** Most answers kept; the least recently read go first. */
        @WithDefault("10000")
        int maxEntries();

        /** Most bytes of answer bodies kept; a larger single answer is not kept at all. */
        @WithDefault("64M")
        io.quarkus.runtime.configuration.MemorySize maxBytes();
    }

    /** How long to wait between attempts while the database is unreachable. */
    interface Retry {
        @WithDefault("500ms")
        Duration initialDelay();

        /** Also the longest a recovered database waits for the next attempt. */
        @WithDefault("10s")
        Duration maxDelay();
    }

    /** The background work that follows stored documents: people's profiles and corroboration. */
    interface Derived {
        /**
         * How long the refresher waits after a stored document before it starts, so that one pass
         * covers the documents that arrive meanwhile (a busy person's profile and history are
         * then read once per pass, not once per document).
         */
        @WithDefault("500ms")
        Duration debounce();

        /** Most queued items (a person or a document) done in one transaction. */
        @WithDefault("200")
        int batch();
    }

    interface Paging {
        @WithDefault("50")
        int defaultSize();

        @WithDefault("1000")
        int maxSize();
    }

    /** When two claims in different documents count as the same statement. */
    interface Corroboration {
        @WithDefault("true")
        boolean enabled();

        /** Share of the shorter statement's content words that the other must contain. */
        @WithDefault("0.6")
        double minOverlap();

        /** Fewest content words two statements must share. */
        @WithDefault("4")
        int minSharedTerms();

        /** Candidates fetched by full text before the word comparison. */
        @WithDefault("20")
        int candidates();

        /** Longest context (in characters) shown around a source sentence. */
        @WithDefault("1200")
        int contextChars();
    }

    interface Topics {
        /** The taxonomy: topic ids that exist even before a claim mentions them. */
        @WithDefault("pre-training-scaling,reinforcement-learning,agents,self-improvement,ai-coding,"
                + "compute-and-chips,china-vs-us,open-source,business-models,talent-and-education,safety,"
                + "memory-and-personalization,world-models-and-multimodal,pricing-and-cost,research-culture,"
                + "data,evaluation,other")
        List<String> taxonomy();

        /** Display labels by topic id; a missing label is derived from the id. */
        Map<String, String> labels();
    }

    /** Full-text search (GET /claims?q=). */
    interface FullText {
        /**
         * The most matches one ranked query reads and ranks: ranking reads every candidate's row, so
         * beyond this a common word would cost a heap page per match. A query with more matches
         * ranks the newest (undated first, then by published date; older months are not searched)
         * and says so (search.complete=false; total is then a lower bound).
         */
        @WithDefault("1000")
        int maxRanked();
    }

    /**
     * {@code claimstream.query.fulltext.index.*}: the service's in-memory full-text index (beside
     * {@link FullText}'s settings of the ranked statement, which it answers alike).
     */
    interface Fulltext {
        /**
         * The service's in-memory full-text index (io.claimstream.query.fulltext): the claims'
         * stored tsvectors, read at start and kept up as documents are stored, from which a ranked
         * query's candidates and ranks are computed in the service (PostgreSQL's ts_rank, ported)
         * and only the page's rows are read from the database. Until it is built, and for filters
         * it does not carry (speaker, topic, predictions), the SQL statement answers, alike.
         */
        Index index();

        interface Index {
            /** Off: every ranked full-text query is one SQL statement. */
            @WithDefault("true")
            boolean enabled();

            /**
             * Claims stored since the index was last built whole, kept in a second, small part that
             * each query merges: beyond this many both are rebuilt into one (a few seconds per
             * million claims, on the follower's thread).
             */
            @WithDefault("20000")
            int compactAt();

            /** How often newly stored documents are looked for (also on each stored-document notice). */
            @WithDefault("1s")
            Duration poll();

            /** A document stored this long before the newest indexed one is still checked (commit lag). */
            @WithDefault("5m")
            Duration lag();
        }
    }

    /** Semantic search: how similar a claim must be, and how much the exact ranking may read. */
    interface Semantic {
        /** Lowest cosine similarity to the query that still counts as a match. */
        @WithDefault("0.25")
        double minScore();

        /** Most matches a semantic query ranks and pages over. */
        @WithDefault("1000")
        int maxResults();

        /**
         * Without pgvector: the most claims (the newest that pass the filters) whose vectors one
         * query reads and ranks. Beyond it an answer says {@code complete: false}.
         */
        @WithDefault("20000")
        int maxCandidates();

        /** With pgvector's HNSW index: the candidate list size of one search (hnsw.ef_search). */
        @WithDefault("200")
        int efSearch();

        /**
         * Vectors of search queries kept (the least recently asked go first; 0 keeps none): a query
         * costs about 7 ms of CPU to embed, and users page through and repeat their searches.
         */
        @WithDefault("1000")
        int queryCacheSize();

        /** Embed, in the background, claims stored before vectors existed (or by another model). */
        @WithDefault("true")
        boolean backfill();

        /** Claims embedded per backfill transaction. */
        @WithDefault("128")
        int backfillBatch();

        /**
         * Most claims of one document without vectors from the analysis that are embedded while the
         * document is stored; a larger document is stored without them and the background backfill
         * embeds its claims, so that storing it stays well inside a transaction's time.
         */
        @WithDefault("256")
        int embedOnStoreMaxClaims();

        /** The in-process HNSW index used where the database has no pgvector. */
        Index index();

        interface Index {
            /** Off: without pgvector every semantic query ranks exactly (bounded by max-candidates). */
            @WithDefault("true")
            boolean enabled();

            /**
             * Where the index lives on local disk (one subdirectory per database, so it survives
             * restarts); default java.io.tmpdir/claimstream-vectors.
             */
            Optional<String> directory();

            /** Indexing buffer: a larger one makes fewer, larger segments (faster searches, more heap). */
            @WithDefault("64")
            int ramBufferMb();

            /** HNSW graph degree (Lucene's maxConn; the base layer keeps twice as many). */
            @WithDefault("16")
            int maxConnections();

            /**
             * HNSW candidates kept while inserting (efConstruction): building costs about linearly in
             * it; 48 builds a million MiniLM vectors about twice as fast as Lucene's 100.
             */
            @WithDefault("48")
            int beamWidth();

            /**
             * Nearest claims one search collects (HNSW's ef): the first pages of an answer come from
             * these; a page beyond them asks for more, up to max-results.
             */
            @WithDefault("100")
            int candidates();

            /** How often newly stored documents are looked for (also on each stored-document notice). */
            @WithDefault("1s")
            Duration poll();

            /** A document stored this long before the newest indexed one is still checked (commit lag). */
            @WithDefault("5m")
            Duration lag();
        }
    }

    /** The central questions of topics, which claims and speakers take sides on. */
    interface Stances {
        /** By question id; see io.claimstream.query.stance.StanceQuestion for what the terms mean. */
        Map<String, Question> questions();

        /** The most claims of a topic (the newest) read to form the camps of one answer. */
        @WithDefault("3000")
        int maxClaims();

        interface Question {
            /** The topic id it belongs to. */
            String topic();

            /** The question as shown, e.g. "Can China lead in AI?". */
            String text();

            /** What the question is about; absent: every claim of the topic. */
            Optional<List<String>> subject();

            /** Whose success answers no. */
            Optional<List<String>> rival();

            /** Words and phrases that, said of the subject, answer yes. */
            List<String> support();

            /** Words and phrases that, said of the subject, answer no. */
            List<String> oppose();
        }
    }

    /** New topics clustered from the claims that fit no taxonomy topic well. */
    interface Emergent {
        /** The catch-all topic id: claims with it as their only topic are always clustered. */
        @WithDefault("other")
        String catchAll();

        /** The most claims (the newest) examined for their fit at once. */
        @WithDefault("3000")
        int maxClaims();

        /**
         * A claim less similar than this to every taxonomy topic's centre fits no topic well and is
         * clustered, whatever topic it was tagged with (MiniLM cosine; see TopicFit).
         */
        @WithDefault("0.35")
        double fit();

        /** Claims per topic (the newest) whose mean vector is the topic's centre. */
        @WithDefault("500")
        int centreSample();

        /** Fewest claims a new topic needs. */
        @WithDefault("3")
        int minSize();

        /** Lowest similarity to its topic's centre for a claim to belong (else it is an outlier). */
        @WithDefault("0.2")
        double floor();

        @WithDefault("30")
        int maxClusters();

        /** Two clusters whose centres are at least this similar are one topic. */
        @WithDefault("0.55")
        double merge();

        /** Claims of the whole corpus (the newest) that terms must be distinctive against. */
        @WithDefault("3000")
        int background();
    }
}
