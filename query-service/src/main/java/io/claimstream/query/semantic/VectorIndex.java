package io.claimstream.query.semantic;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Claim vectors in a Lucene HNSW graph on local disk (memory-mapped, so a million vectors cost
 * page cache, not heap), with the claim fields semantic search filters on: Lucene applies the
 * filter while it walks the graph, and scores the filtered claims exactly when the filter leaves
 * fewer of them than the search would visit. One Lucene document per claim, replaced a stored
 * document at a time.
 */
final class VectorIndex implements Closeable {

    static final String ID = "id";
    static final String DOCUMENT = "document";
    static final String PERSON = "person";
    static final String TOPIC = "topic";
    static final String TYPE = "type";
    static final String PUBLISHED = "published";
    static final String VECTOR = "vector";
    /** The document id and the time it was stored: which version of a document the index holds. */
    static final String VERSION = "version";

    /** A claim as the index holds it; {@code vector} of unit length. */
    record Entry(String id, String personId, List<String> topics, String type, LocalDate published, float[] vector) {
    }

    /**
     * Searchers without Lucene's query cache: its filters here (a person, a topic, a type, a date
     * range) are cheaper to read again than to cache, and the shared cache's lock held concurrent filtered searches for up to
     * 155 ms in a profile of 32 clients (semantic search with a speaker).
     */
    private static final SearcherFactory UNCACHED_SEARCHERS = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null);
            return searcher;
        }
    };

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private VectorIndex(Directory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, UNCACHED_SEARCHERS);
    }

    static VectorIndex open(Path path, int ramBufferMb) throws IOException {
        return open(path, ramBufferMb, Lucene99HnswVectorsFormat.DEFAULT_MAX_CONN, Lucene99HnswVectorsFormat.DEFAULT_BEAM_WIDTH);
    }

    static VectorIndex open(Path path, int ramBufferMb, int maxConnections, int beamWidth) throws IOException {
        Directory directory = FSDirectory.open(path);
        KnnVectorsFormat graph = new Lucene99HnswVectorsFormat(maxConnections, beamWidth);
        IndexWriterConfig config = new IndexWriterConfig()
                // the graph's parameters only matter when writing; a reader finds the format by name
                .setCodec(new Lucene912Codec() {
                    @Override
                    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                        return graph;
                    }
                })
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(ramBufferMb)
                // callers commit (with their watermark) before they close; close only flushes the rest
                .setCommitOnClose(true);
        try {
            return new VectorIndex(directory, new IndexWriter(directory, config));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** What the last commit recorded (empty for a new index). */
    Map<String, String> committed() throws IOException {
        return SegmentInfos.readLatestCommit(directory).getUserData();
    }

    void commit(Map<String, String> data) throws IOException {
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
    }

    void clear() throws IOException {
        writer.deleteAll();
    }

    /** Replaces a stored document's claims (none: removes them). */
    void replace(String documentId, String version, List<Entry> claims) throws IOException {
        if (claims.isEmpty()) {
            writer.deleteDocuments(new Term(DOCUMENT, documentId));
            return;
        }
        List<Document> documents = new ArrayList<>(claims.size());
        for (Entry claim : claims) {
            documents.add(document(documentId, version, claim));
        }
        writer.updateDocuments(new Term(DOCUMENT, documentId), documents);
    }

    /** Makes the replacements so far visible to searches. */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Merges the segments into few, so that one search walks few graphs; slow, after a bulk build. */
    void compact(int segments) throws IOException {
        writer.forceMerge(segments);
    }

    int segments() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().leaves().size();
        } finally {
            searchers.release(searcher);
        }
    }

    long size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The (about) {@code k} claims nearest to {@code query} among those {@code filter} accepts (null:
     * all), with cosine similarity of at least {@code minScore}, best first. The graph search keeps
     * {@code max(k, candidates)} candidates (HNSW's ef): more finds the true nearest more often.
     */
    List<TopMatches.Match> search(float[] query, Query filter, int k, int candidates, double minScore)
            throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            int ef = Math.max(k, candidates);
            TopDocs top = searcher.search(new KnnFloatVectorQuery(VECTOR, query, ef, filter), ef);
            StoredFields stored = searcher.storedFields();
            TopMatches matches = new TopMatches(k, minScore);
            for (ScoreDoc hit : top.scoreDocs) {
                // DOT_PRODUCT scores unit vectors as (1 + cosine) / 2
                double cosine = 2.0 * hit.score - 1.0;
                // the id is a stored field: a block read and decompressed per hit, most of the search's
                // own CPU; a hit below min-score (usually most of the ef candidates) never needs it
                if (matches.mayKeep(cosine)) {
                    matches.offer(stored.document(hit.doc, Set.of(ID)).get(ID), cosine);
                }
            }
            return matches.best();
        } finally {
            searchers.release(searcher);
        }
    }

    /** Whether the searchable index holds claims of this version of a document. */
    boolean holds(String version) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(new TermQuery(new Term(VERSION, version))) > 0;
        } finally {
            searchers.release(searcher);
        }
    }

    private static Document document(String documentId, String version, Entry claim) {
        Document document = new Document();
        document.add(new StringField(VERSION, version, Field.Store.NO));
        document.add(new StringField(ID, claim.id(), Field.Store.YES));
        document.add(new StringField(DOCUMENT, documentId, Field.Store.NO));
        if (claim.personId() != null) {
            document.add(new StringField(PERSON, claim.personId(), Field.Store.NO));
        }
        for (String topic : claim.topics() == null ? Collections.<String>emptyList() : claim.topics()) {
            document.add(new StringField(TOPIC, topic, Field.Store.NO));
        }
        document.add(new StringField(TYPE, claim.type(), Field.Store.NO));
        if (claim.published() != null) {
            document.add(new LongPoint(PUBLISHED, claim.published().toEpochDay()));
        }
        document.add(new KnnFloatVectorField(VECTOR, claim.vector(), VectorSimilarityFunction.DOT_PRODUCT));
        return document;
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }
}
