package io.claimstream.contracts;

/**
 * The file as it was submitted, when the parser stores another text (the readable text of an HTML
 * page or subtitle file): the REST contract's spans index the submission, so what leaves the
 * analysis is mapped back through {@link #offsets()}.
 *
 * @param text exactly as submitted
 * @param offsets where each character of {@link ParsedDocument#text()} was read in {@link #text()}
 */
public record Submission(String text, SourceMap offsets) {

    public Submission {
        if (text == null || offsets == null) {
            throw new IllegalArgumentException("a submission needs its text and its offset map");
        }
    }
}
