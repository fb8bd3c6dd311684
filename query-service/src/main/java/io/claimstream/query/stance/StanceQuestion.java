package io.claimstream.query.stance;

import java.util.List;

/**
 * A central question of a topic, and the words that answer it: a claim that says a
 * {@code support} cue of the {@code subject} (or an {@code oppose} cue of the {@code rival})
 * answers yes. Terms are words or phrases; an all-capitals term ({@code US}) matches only in
 * capitals, so that it is not the pronoun; other terms match in any case and with the common
 * English endings ({@code lead} matches {@code leads}, {@code leading}).
 *
 * @param subject what the question is about; empty when every claim of the topic is about it
 * @param rival   who a support cue counts against ({@code the US is ahead} answers no)
 */
public record StanceQuestion(String id, String topic, String text, List<String> subject, List<String> rival,
                             List<String> support, List<String> oppose) {

    public StanceQuestion {
        subject = List.copyOf(subject);
        rival = List.copyOf(rival);
        support = List.copyOf(support);
        oppose = List.copyOf(oppose);
    }
}
