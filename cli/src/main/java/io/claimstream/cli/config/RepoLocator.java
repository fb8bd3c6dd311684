package io.claimstream.cli.config;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * The repository root, whose {@code .run} directory holds the local stack's settings. The
 * {@code claimstream} script names it with {@code -Dclaimstream.repo}; a jar run by hand finds it
 * from its own location ({@code <repo>/cli/target/claimstream-cli.jar}); otherwise the working
 * directory.
 */
public final class RepoLocator {

    private RepoLocator() {
    }

    public static Path locate() {
        String property = System.getProperty("claimstream.repo");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        return fromCodeLocation().orElse(Path.of("").toAbsolutePath());
    }

    private static Optional<Path> fromCodeLocation() {
        try {
            CodeSource source = RepoLocator.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path code = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
            // .../cli/target/claimstream-cli.jar or .../cli/target/classes
            Path target = code.getParent();
            if (target != null && target.getFileName() != null && target.getFileName().toString().equals("target")) {
                Path module = target.getParent();
                if (module != null && module.getParent() != null && Files.isRegularFile(module.resolve("pom.xml"))) {
                    return Optional.of(module.getParent());
                }
            }
            return Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
