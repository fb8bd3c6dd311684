package io.claimstream.analysis.text;

import java.util.ArrayList;
import java.util.List;

import io.claimstream.contracts.Span;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * Sentence detection, tokenisation and part-of-speech tagging over spans of a document, with
 * every result in document offsets. Thread-safe: each thread gets its own OpenNLP tools, which
 * are cheap next to the shared models.
 */
public final class Nlp {

    private final ThreadLocal<Tools> tools;

    public Nlp(NlpModels models) {
        this.tools = ThreadLocal.withInitial(() -> new Tools(new SentenceDetectorME(models.sentences()),
                new TokenizerME(models.tokens()), new POSTaggerME(models.partsOfSpeech())));
    }

    /** Sentences that OpenNLP finds in {@code text[start, end)}, trimmed, in document offsets. */
    public List<Span> sentences(String text, int start, int end) {
        List<Span> found = new ArrayList<>();
        for (opennlp.tools.util.Span s : tools.get().sentences.sentPosDetect(text.substring(start, end))) {
            found.add(new Span(start + s.getStart(), start + s.getEnd()));
        }
        return found;
    }

    /** Tokens of {@code text[span]} with their tags and lemmas, in document offsets. */
    public List<Token> tokens(String text, Span span) {
        Tools t = tools.get();
        String piece = text.substring(span.start(), span.end());
        opennlp.tools.util.Span[] spans = t.tokenizer.tokenizePos(piece);
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = piece.substring(spans[i].getStart(), spans[i].getEnd());
        }
        String[] tags = t.tagger.tag(words);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(words[i], span.start() + spans[i].getStart(), span.start() + spans[i].getEnd(),
                    tags[i], Lemmas.of(words[i])));
        }
        return tokens;
    }

    private record Tools(SentenceDetectorME sentences, TokenizerME tokenizer, POSTaggerME tagger) {
    }
}
