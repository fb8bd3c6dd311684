package io.claimstream.it.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Short transcripts written for these tests, in the forms people keep them: plain turns, Markdown, subtitles. */
final class Transcripts {

    private Transcripts() {
    }

    static String panel(String first, String second) {
        return first + " (Researcher): Reinforcement learning on long agent tasks will matter more than pre-training by 2027. "
                + "I think open models will close the gap with closed ones within two years.\n\n"
                + second + " (Investor): Compute is still the binding constraint for every lab. "
                + "Inference prices, in my view, will fall \"sharply\" next year.\n\n"
                + first + " (Researcher): Labs should publish their evaluation suites before they ship agents.\n";
    }

    static String markdown(String speaker) {
        return "# Notes from a fireside chat\n\n"
                + "**" + speaker + ":** Data quality matters more than data volume for coding models. "
                + "Most teams will train on synthetic data by 2028.\n";
    }

    static String subtitles(String speaker) {
        return "WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v " + speaker + ">Memory will be the feature that keeps users "
                + "coming back to assistants.\n\n00:00:05.500 --> 00:00:09.000\n<v " + speaker
                + ">We measured retention doubling once assistants remembered preferences.\n";
    }

    static Path write(Path dir, String relative, String text) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
