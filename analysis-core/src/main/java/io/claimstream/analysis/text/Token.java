package io.claimstream.analysis.text;

/**
 * A word or punctuation mark with its offsets into the document text, its universal
 * part-of-speech tag ({@code NOUN}, {@code VERB}, {@code PROPN}, ...) and its {@link Stems stem}.
 */
public record Token(String text, int start, int end, String tag, String stem) {

    public boolean is(String tagName) {
        return tag.equals(tagName);
    }

    public boolean isVerbal() {
        return tag.equals("VERB") || tag.equals("AUX");
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
