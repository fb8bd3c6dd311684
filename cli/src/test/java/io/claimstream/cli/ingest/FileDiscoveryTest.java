package io.claimstream.cli.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FileDiscoveryTest {

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void foldersAreWalkedRecursivelyForTranscriptExtensionsInNameOrder() throws IOException {
        write("b.txt", "b");
        write("a.MD", "a");
        write("sub/deeper/c.vtt", "WEBVTT");
        write("sub/d.srt", "1");
        write("sub/e.html", "<p>e</p>");
        write("sub/f.htm", "<p>f</p>");
        write("photo.jpg", "not text");
        write("notes.pdf", "not text");
        write(".hidden.txt", "hidden");
        write(".git/config.txt", "hidden folder");

        FileDiscovery.Found found = new FileDiscovery("stdin", "text/plain").discover(List.of(dir.toString()));

        assertThat(found.problems()).isEmpty();
        assertThat(found.sources()).extracting(Source::title)
                .containsExactly("a.MD", "b.txt", "d.srt", "c.vtt", "e.html", "f.htm");
        assertThat(found.sources()).extracting(Source::mediaType).containsExactly("text/markdown", "text/plain",
                "application/x-subrip", "text/vtt", "text/html", "text/html");
        assertThat(found.sources().get(3).label()).isEqualTo(dir.resolve("sub/deeper/c.vtt").toString());
    }

    @Test
    void aFileNamedExplicitlyIsSentWhateverItsExtension() throws IOException {
        Path log = write("interview.log", "Ana: Hello.");

        FileDiscovery.Found found = new FileDiscovery("stdin", "text/plain").discover(List.of(log.toString()));

        assertThat(found.sources()).singleElement().satisfies(source -> {
            assertThat(source.mediaType()).isEqualTo("text/plain");
            assertThat(source.label()).isEqualTo(log.toString());
            assertThat(source.size()).isEqualTo(11);
        });
    }

    @Test
    void missingPathsAreProblemsAndTheRestIsStillFound() throws IOException {
        Path file = write("a.txt", "a");

        FileDiscovery.Found found = new FileDiscovery("stdin", "text/plain")
                .discover(List.of("/no/such/place", file.toString()));

        assertThat(found.problems()).singleElement().satisfies(p -> {
            assertThat(p.label()).isEqualTo("/no/such/place");
            assertThat(p.message()).isEqualTo("no such file or folder");
        });
        assertThat(found.sources()).hasSize(1);
    }

    @Test
    void theSameFileTwiceIsSentOnceAndStdinIsADash() throws IOException {
        Path file = write("a.txt", "a");

        FileDiscovery.Found found = new FileDiscovery("From a pipe", "text/markdown")
                .discover(List.of(file.toString(), dir.toString(), "-", "-"));

        assertThat(found.sources()).hasSize(2);
        Source stdin = found.sources().get(1);
        assertThat(stdin.path()).isEqualTo(Optional.empty());
        assertThat(stdin.title()).isEqualTo("From a pipe");
        assertThat(stdin.mediaType()).isEqualTo("text/markdown");
    }

    @Test
    void treeOrderListsAFoldersOwnNamesBeforeLongerSiblings() {
        assertThat(FileDiscovery.treeOrder(Path.of("a/x"), Path.of("a-b/x"))).isNegative();
        assertThat(FileDiscovery.treeOrder(Path.of("a/b"), Path.of("a/b/c"))).isNegative();
        assertThat(FileDiscovery.treeOrder(Path.of("b"), Path.of("a/z"))).isPositive();
    }

    @Test
    void contentTypesByExtension() {
        assertThat(ContentTypes.forFileName("x.txt")).contains("text/plain");
        assertThat(ContentTypes.forFileName("x.Md")).contains("text/markdown");
        assertThat(ContentTypes.forFileName("x.html")).contains("text/html");
        assertThat(ContentTypes.forFileName("x.htm")).contains("text/html");
        assertThat(ContentTypes.forFileName("x.vtt")).contains("text/vtt");
        assertThat(ContentTypes.forFileName("x.srt")).contains("application/x-subrip");
        assertThat(ContentTypes.forFileName("x.pdf")).isEmpty();
        assertThat(ContentTypes.forFileName("README")).isEmpty();
        assertThat(ContentTypes.forFileName(".txt")).isEmpty();
        assertThat(ContentTypes.header("text/vtt")).isEqualTo("text/vtt; charset=utf-8");
    }
}
