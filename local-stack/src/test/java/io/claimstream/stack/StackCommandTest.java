package io.claimstream.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes need a key from the first local run on: one is generated, kept private and reused. */
class StackCommandTest {

    @TempDir
    Path dir;

    @Test
    void aKeyIsGeneratedOnceKeptOwnerOnlyAndReused() throws IOException {
        RunDirectory run = new RunDirectory(dir.resolve("run"));
        String key = StackCommand.apiKey(run, Map.of());
        assertTrue(key.matches("cs_[0-9a-f]{48}"), key);
        Path file = run.root().resolve("api-key");
        assertEquals(key, Files.readString(file).trim());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(key, StackCommand.apiKey(run, Map.of()), "the next run uses the same key");

        RunDirectory other = new RunDirectory(dir.resolve("other"));
        assertNotEquals(key, StackCommand.apiKey(other, Map.of()), "every run directory gets its own random key");
    }

    @Test
    void aKeyGivenInTheEnvironmentWins() throws IOException {
        RunDirectory run = new RunDirectory(dir.resolve("run"));
        StackCommand.apiKey(run, Map.of());
        assertEquals("cs_given", StackCommand.apiKey(run, Map.of("CLAIMSTREAM_API_KEY", "cs_given")));
        assertNotEquals("cs_given", StackCommand.apiKey(run, Map.of("CLAIMSTREAM_API_KEY", "  ")));
    }
}
