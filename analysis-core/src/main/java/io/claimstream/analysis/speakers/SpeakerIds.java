package io.claimstream.analysis.speakers;

import java.text.Normalizer;
import java.util.Locale;

/** Speaker ids: a slug of the canonical name, so the same person keeps the same id in a document. */
public final class SpeakerIds {

    private SpeakerIds() {
    }

    public static String of(String canonicalName) {
        String ascii = Normalizer.normalize(canonicalName, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "speaker-" + Integer.toHexString(canonicalName.hashCode()) : slug;
    }
}
