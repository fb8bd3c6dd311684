package io.claimstream.parse.formats;

/**
 * One subtitle cue: its time range, the voice if one is named, and its text with markup removed.
 *
 * @param speakerStart where the voice's name is written in the file ({@code <v Name>}, {@code NAME:}), or -1
 * @param text the cue's text, each character mapped to where the file has it
 * @param dashed a dash opened the text: another voice than the one before speaks it
 * @param note what is heard or shown ({@code [door opens]}, {@code [ON SCREEN: …]}, the credits), not speech
 */
record Cue(long startMillis, long endMillis, String speaker, int speakerStart, int speakerEnd, MappedText text,
           boolean dashed, boolean note) {
}
