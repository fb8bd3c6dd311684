package io.claimstream.cli.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the paths on the command line into sources: a file as named, a folder walked recursively
 * for the transcript extensions (hidden files and folders skipped, in name order so runs repeat),
 * {@code -} as standard input. Paths that do not exist are reported, not fatal.
 */
public final class FileDiscovery {

    public record Problem(String label, String message) {
    }

    public record Found(List<Source> sources, List<Problem> problems) {
    }

    private final String stdinTitle;
    private final String stdinMediaType;

    public FileDiscovery(String stdinTitle, String stdinMediaType) {
        this.stdinTitle = stdinTitle;
        this.stdinMediaType = stdinMediaType;
    }

    public Found discover(List<String> arguments) {
        List<Source> sources = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        boolean stdinTaken = false;
        for (String argument : arguments) {
            if (argument.equals(Source.STDIN)) {
                if (!stdinTaken) {
                    sources.add(Source.stdin(stdinTitle, stdinMediaType));
                    stdinTaken = true;
                }
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                for (Path file : walk(path)) {
                    add(file, file.toString(), seen, sources, problems);
                }
            } else if (Files.isRegularFile(path)) {
                add(path, argument, seen, sources, problems);
            } else {
                problems.add(new Problem(argument, Files.exists(path) ? "not a regular file or folder" : "no such file or folder"));
            }
        }
        return new Found(sources, problems);
    }

    /** A file named explicitly is sent whatever its extension (as plain text when unknown). */
    private static void add(Path file, String label, Set<Path> seen, List<Source> sources, List<Problem> problems) {
        Path key = file.toAbsolutePath().normalize();
        if (!seen.add(key)) {
            return;
        }
        try {
            String type = ContentTypes.forFileName(file.getFileName().toString()).orElse(ContentTypes.PLAIN);
            sources.add(Source.file(file, label, type, Files.size(file)));
        } catch (IOException e) {
            problems.add(new Problem(label, "cannot read: " + e.getMessage()));
        }
    }

    /** The transcript files below {@code folder}, hidden ones skipped, in name order. */
    public static List<Path> walk(Path folder) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (attrs.isRegularFile() && !isHidden(file) && ContentTypes.pickedUpInFolders(name)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk " + folder, e);
        }
        files.sort(FileDiscovery::treeOrder);
        return files;
    }

    /** Folder by folder, name by name: {@code a/x} before {@code a-b/x}, as a file manager lists them. */
    static int treeOrder(Path left, Path right) {
        int common = Math.min(left.getNameCount(), right.getNameCount());
        for (int i = 0; i < common; i++) {
            int byName = left.getName(i).toString().compareTo(right.getName(i).toString());
            if (byName != 0) {
                return byName;
            }
        }
        return Integer.compare(left.getNameCount(), right.getNameCount());
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
