package io.claimstream.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No credential is committed: every file git tracks is read for the shapes real secrets take
 * (private keys, cloud and forge tokens, signed JWTs) and for credentials written as literal
 * values in configuration, where only environment placeholders and the few local-development
 * values the README names may stand. The files a local run writes its generated key to are
 * ignored by git.
 */
class RepositorySecretsTest {

    private static final Path REPO = Path.of(System.getProperty("claimstream.repo", "..")).toAbsolutePath().normalize();

    /** Shapes that are a secret wherever they appear. */
    private static final List<Pattern> SECRET_SHAPES = List.of(
            Pattern.compile("-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----"),
            Pattern.compile("\\bAKIA[0-9A-Z]{16}\\b"),
            Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{36,}\\b"),
            Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{10,}"),
            Pattern.compile("\\bsk-[A-Za-z0-9]{32,}\\b"),
            Pattern.compile("\\beyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}"));

    /** A credential-named key given a value in properties, YAML, env files or compose files. */
    private static final Pattern CREDENTIAL_ASSIGNMENT = Pattern.compile(
            "(?i)^\\s*-?\\s*([\\w.\\-]*(?:password|passwd|secret|api[-_.]?keys?|token|credentials?)[\\w.\\-]*)\\s*[:=]\\s*(\\S.*)$");

    /**
     * Values a credential-named key may carry in the repository: a placeholder for the
     * environment, a reference to a Secret, or the local-development values the README documents.
     */
    private static final Set<String> DEVELOPMENT_VALUES = Set.of("claimstream", "dev-only-key-change-me");

    private static final Set<String> CONFIGURATION_SUFFIXES = Set.of(".properties", ".yaml", ".yml", ".env", ".conf");

    @Test
    void noTrackedFileHoldsASecret() throws IOException {
        List<String> findings = new ArrayList<>();
        List<Path> files = trackedFiles();
        assertThat(files).as("files tracked by git").hasSizeGreaterThan(50);
        for (Path file : files) {
            String text = readText(file);
            if (text == null) {
                continue;
            }
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String where = REPO.relativize(file) + ":" + (i + 1);
                for (Pattern shape : SECRET_SHAPES) {
                    if (shape.matcher(lines[i]).find()) {
                        findings.add(where + " looks like a secret (" + shape.pattern() + ")");
                    }
                }
                if (isConfiguration(file)) {
                    literalCredential(lines[i]).ifPresent(value -> findings.add(where + " sets a credential to a literal: " + value));
                }
            }
        }
        assertThat(findings).as("secrets in the repository").isEmpty();
    }

    @Test
    void theLocalRunsGeneratedKeyIsNeverTracked() throws IOException, InterruptedException {
        for (String written : List.of(".run/api-key", ".run/stack.env")) {
            Process check = new ProcessBuilder("git", "check-ignore", "-q", written).directory(REPO.toFile())
                    .redirectErrorStream(true).start();
            assertThat(check.waitFor()).as("git ignores %s", written).isZero();
        }
    }

    @Test
    void theCheckTellsLiteralCredentialsFromPlaceholders() {
        assertThat(literalCredential("quarkus.datasource.password=hunter2-prod")).isPresent();
        assertThat(literalCredential("  CLAIMSTREAM_AUTH_API_KEYS: 9f2c1d7e44a0")).isPresent();
        assertThat(literalCredential("    - OIDC_CLIENT_SECRET: 'abc123'")).isPresent();
        assertThat(literalCredential("quarkus.datasource.password=${DB_PASSWORD}")).isEmpty();
        assertThat(literalCredential("quarkus.datasource.password=claimstream")).isEmpty();
        assertThat(literalCredential("          secretKeyRef:")).isEmpty();
        assertThat(literalCredential("claimstream.auth.mode=api-key")).isEmpty();
        assertThat(literalCredential("# password=in-a-comment")).isEmpty();
        assertThat(SECRET_SHAPES.stream().anyMatch(p -> p.matcher("key: AKIA" + "ABCDEFGHIJKLMNOP").find())).isTrue();
        assertThat(SECRET_SHAPES.stream().anyMatch(p -> p.matcher("-----BEGIN " + "PRIVATE KEY-----").find())).isTrue();
    }

    static java.util.Optional<String> literalCredential(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("#") || trimmed.startsWith("//")) {
            return java.util.Optional.empty();
        }
        Matcher assignment = CREDENTIAL_ASSIGNMENT.matcher(line);
        if (!assignment.matches()) {
            return java.util.Optional.empty();
        }
        String value = assignment.group(2).strip().replaceAll("^[\"']|[\"']$", "");
        boolean harmless = value.isEmpty()
                || value.startsWith("${") // from the environment
                || value.startsWith("|") || value.startsWith(">") // a YAML block follows
                || value.matches("[\\w.\\-]*(?:Ref|Refs|Name)\\b.*") // secretKeyRef:, secretRef:, secretName:
                || !value.matches(".*[A-Za-z0-9].*")
                || value.matches("(?i)true|false|none|required|optional|api-key|oidc|bearer.*|<.*>")
                || DEVELOPMENT_VALUES.contains(value)
                || assignment.group(1).matches("(?i).*(?:mode|scheme|type|description|header|file|path|enabled|name|ref|key-ref)$");
        return harmless ? java.util.Optional.empty() : java.util.Optional.of(assignment.group(1) + " = " + value);
    }

    private static boolean isConfiguration(Path file) {
        String name = file.getFileName().toString();
        return CONFIGURATION_SUFFIXES.stream().anyMatch(name::endsWith) || name.equals("Dockerfile");
    }

    /** The files git tracks; outside a git checkout (a source archive), every file but build output. */
    private static List<Path> trackedFiles() throws IOException {
        try {
            Process ls = new ProcessBuilder("git", "ls-files", "-z").directory(REPO.toFile()).start();
            byte[] out = ls.getInputStream().readAllBytes();
            if (ls.waitFor() == 0 && out.length > 0) {
                List<Path> files = new ArrayList<>();
                for (String name : new String(out, StandardCharsets.UTF_8).split("\0")) {
                    Path file = REPO.resolve(name);
                    if (!name.isEmpty() && Files.isRegularFile(file)) {
                        files.add(file);
                    }
                }
                return files;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException notAGitCheckout) {
            // fall through to walking the tree
        }
        try (Stream<Path> walk = Files.walk(REPO)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/")
                            && !p.toString().contains("/.run/") && !p.toString().contains("/node_modules/"))
                    .toList();
        }
    }

    /** The file as text, or null for binaries and large data. */
    private static String readText(Path file) throws IOException {
        if (Files.size(file) > 2_000_000) {
            return null;
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
            if (bytes[i] == 0) {
                return null;
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
