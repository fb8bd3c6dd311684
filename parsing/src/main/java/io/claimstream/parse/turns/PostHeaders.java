package io.claimstream.parse.turns;

import java.util.List;

import io.claimstream.parse.text.Line;

/**
 * Copied pages of posts (a social thread, a profile post with its comments) are told apart from prose by their
 * post headers alone: one header could be a name that happens to stand over a handle or an age, several cannot.
 */
final class PostHeaders {

    /** Reads the poster whose header starts at line {@code i}, or gives null. */
    @FunctionalInterface
    interface Reader {
        SpeakerLabel read(String text, List<Line> lines, int i);
    }

    private PostHeaders() {
    }

    /** Whether at least {@code wanted} lines of the text head a post as {@code reader} reads them. */
    static boolean atLeast(int wanted, String text, List<Line> lines, Reader reader) {
        int posts = 0;
        for (Line line : lines) {
            if (reader.read(text, lines, line.index()) != null && ++posts >= wanted) {
                return true;
            }
        }
        return false;
    }
}
