package io.claimstream.bench;

import java.util.Random;

/**
 * Panel transcripts of any size, written from a fixed vocabulary with a fixed seed, so that a
 * benchmark measures the same text on every machine.
 */
final class SyntheticTranscript {

    private static final String[] SPEAKERS = {
        "Mira Sandoval (Chief Scientist, Lumen Labs)", "Devraj Iyer (Founder, Ferrous Compute)",
        "Hana Kobayashi (Research Lead, Open Weights Collective)", "Owen Pratt (Moderator)"};
    private static final String[] SENTENCES = {
        "I think reinforcement learning on long agent tasks will matter more than pre-training next year.",
        "Compute is still the binding constraint for every lab we talk to.",
        "Our inference costs fell by about 60% in twelve months, but demand grew faster.",
        "Open models are closing the gap, and I expect parity on coding benchmarks by 2027.",
        "Teams should plan their software around several chip vendors, not one.",
        "Maybe the evaluation suites are the real bottleneck, because nobody trusts a benchmark they cannot run.",
        "We found that data quality beats data quantity once you pass a few trillion tokens.",
        "There is a 70% chance that agents write most production code within three to five years.",
        "Talent is moving to smaller labs that publish more.",
        "Memory across sessions is the feature users ask for most."};

    private SyntheticTranscript() {
    }

    static String ofSize(int chars) {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder(chars + 512);
        text.append("Synthetic Panel on the Future of AI\nPublished: 2026-09-14\n\n");
        while (text.length() < chars) {
            text.append(SPEAKERS[random.nextInt(SPEAKERS.length)]).append(": ");
            int sentences = 2 + random.nextInt(4);
            for (int i = 0; i < sentences; i++) {
                text.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
            }
            text.setCharAt(text.length() - 1, '\n');
            text.append('\n');
        }
        return text.toString();
    }
}
