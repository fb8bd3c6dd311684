package io.claimstream.analysis.claims;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Verbs that attribute content to a subject ({@code said}, {@code believes}, {@code argued},
 * {@code pointed out}) and verbs that only say what someone talked about ({@code discussed},
 * {@code commented on}): the first make a claim of what follows, the second name the current
 * speaker without a claim of their own.
 */
public final class SayingVerbs {

    private static final Map<String, String> IRREGULAR = Map.of("say", "says said saying", "tell",
            "tells told telling", "think", "thinks thought thinking", "feel", "feels felt feeling", "write",
            "writes wrote written writing", "speak", "speaks spoke spoken speaking", "forecast",
            "forecasts forecast forecasted forecasting", "foresee", "foresees foresaw foreseen foreseeing",
            // "Mr. Rao opined that … but averred that …": the reporting verbs of Indian-English business news
            "aver", "avers averred averring",
            // a final consonant doubles before -ed and -ing: "He admitted that half of the first hires had left"
            "admit", "admits admitted admitting");

    private static final Set<String> CONTENT = forms("say", "tell", "believe", "think", "argue", "add", "note",
            "reveal", "state", "explain", "claim", "predict", "warn", "suggest", "stress", "emphasize", "emphasise",
            "insist", "acknowledge", "admit", "write", "describe", "mention", "observe", "remark", "contend",
            "maintain", "assert", "report", "announce", "estimate", "expect", "caution", "conclude", "reckon",
            "agree", "disagree", "recall", "speculate", "propose", "recommend", "urge", "advise", "encourage", "answer", "reply",
            "respond", "feel", "forecast", "foresee", "highlight", "declare", "confirm", "concede",
            "project", "hope", "fear", "worry", "doubt", "question", "underline", "underscore", "opine", "counter",
            "aver", "affirm", "disclose", "dismiss", "suspect", "characterise", "characterize",
            // "She reminded the audience that …", '"…," he joked, "…"': a reminder and a joke report what was said
            "remind", "joke");
    private static final Set<String> TOPIC = forms("discuss", "talk", "comment", "address", "speak", "touch",
            "cover", "introduce", "review", "reflect", "share", "weigh", "elaborate", "detail", "outline");

    private SayingVerbs() {
    }

    /** A verb form that attributes content: {@code said}, {@code believes}, {@code argued}. */
    public static boolean isContentVerb(String word) {
        return CONTENT.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A verb form that only names what was talked about: {@code discussed}, {@code talked}. */
    public static boolean isTopicVerb(String word) {
        return TOPIC.contains(word.toLowerCase(Locale.ROOT));
    }

    static Set<String> forms(String... verbs) {
        Set<String> forms = new HashSet<>();
        for (String v : verbs) {
            String irregular = IRREGULAR.get(v);
            if (irregular != null) {
                forms.add(v);
                forms.addAll(Set.of(irregular.split(" ")));
                continue;
            }
            forms.add(v);
            forms.add(v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") ? v + "es"
                    : v.endsWith("y") && !v.matches(".*[aeiou]y") ? v.substring(0, v.length() - 1) + "ies" : v + "s");
            String stem = v.endsWith("e") ? v.substring(0, v.length() - 1) : v;
            forms.add(v.endsWith("y") && !v.matches(".*[aeiou]y") ? stem.substring(0, stem.length() - 1) + "ied"
                    : stem + "ed");
            forms.add(stem + "ing");
        }
        return forms;
    }
}
