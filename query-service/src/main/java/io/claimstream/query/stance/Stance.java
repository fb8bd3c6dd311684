package io.claimstream.query.stance;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** An answer to a central question: yes, no, or no clear answer. */
public enum Stance {
    SUPPORT, OPPOSE, NEUTRAL;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Stance of(double score, double threshold) {
        return score >= threshold ? SUPPORT : score <= -threshold ? OPPOSE : NEUTRAL;
    }
}
