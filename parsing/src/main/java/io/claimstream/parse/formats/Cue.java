package io.claimstream.parse.formats;

/** One subtitle cue: its time range, the voice if one is named, and its text with markup removed. */
record Cue(long startMillis, long endMillis, String speaker, String text) {
}
