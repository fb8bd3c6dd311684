package io.claimstream.it.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium, driven over the DevTools protocol the way a person uses a page:
 * mouse clicks at an element's position, typed text, the Enter key, screenshots. A small client
 * instead of Playwright: no Node.js and no browser download, only the {@code chromium} package.
 */
final class Chromium implements AutoCloseable {

    static final Path EXECUTABLE = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ObjectMapper json = new ObjectMapper();
    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();

    static boolean available() {
        return Files.isExecutable(EXECUTABLE);
    }

    Chromium(int width, int height) throws IOException, InterruptedException {
        profile = Files.createTempDirectory("chromium-profile");
        process = new ProcessBuilder(EXECUTABLE.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--remote-debugging-port=0", "--remote-allow-origins=*",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        URI browser = URI.create(awaitDevToolsUrl());
        HttpClient http = HttpClient.newHttpClient();
        JsonNode targets = json.readTree(http.send(HttpRequest.newBuilder(
                URI.create("http://" + browser.getAuthority() + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String page = null;
        for (JsonNode target : targets) {
            if ("page".equals(target.path("type").asText())) {
                page = target.path("webSocketDebuggerUrl").asText();
                break;
            }
        }
        if (page == null) {
            close();
            throw new IllegalStateException("Chromium opened no page: " + targets);
        }
        socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new Listener()).join();
        send("Page.enable", Map.of());
        send("Runtime.enable", Map.of());
        // the window's size includes no browser chrome, but be exact about what a screenshot holds
        send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", false));
    }

    private String awaitDevToolsUrl() throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = err.readLine()) != null; ) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> err.lines().forEach(l -> { }), "chromium-stderr");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
            seen.append(line).append('\n');
        }
        throw new IllegalStateException("Chromium did not start:\n" + seen);
    }

    /** Loads a page and waits until its document has loaded. */
    void open(String url) {
        send("Page.navigate", Map.of("url", url));
        waitFor("document.readyState === 'complete'");
    }

    /** The value of a JavaScript expression (awaited when it is a promise). */
    JsonNode eval(String expression) {
        JsonNode answer = send("Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true,
                "returnByValue", true));
        if (answer.has("exceptionDetails")) {
            throw new IllegalStateException("page script failed: " + answer.get("exceptionDetails"));
        }
        return answer.path("result").path("value");
    }

    /** Waits until a JavaScript condition holds on the page. */
    void waitFor(String condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!eval("Boolean(" + condition + ")").asBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("page never satisfied: " + condition + "\nat " + eval("location.href")
                        + "\n" + eval("document.body.innerText.slice(0, 2000)").asText());
            }
            sleep(100);
        }
    }

    /** A mouse click in the middle of the first element the selector finds, scrolled into view. */
    void click(String selector) {
        JsonNode box = eval("(() => { const e = document.querySelector(" + quote(selector) + ");"
                + " if (!e) return null; e.scrollIntoView({ block: 'center' });"
                + " const r = e.getClientRects()[0]; return { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2 }; })()");
        if (box.isNull() || box.isMissingNode()) {
            throw new AssertionError("nothing to click at " + selector);
        }
        for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
            send("Input.dispatchMouseEvent", Map.of("type", type, "x", box.get("x").asDouble(), "y", box.get("y").asDouble(),
                    "button", "left", "clickCount", 1));
        }
    }

    /** Focuses a field by clicking it and types into it. */
    void type(String selector, String text) {
        click(selector);
        send("Input.insertText", Map.of("text", text));
    }

    void pressEnter() {
        for (String type : List.of("keyDown", "keyUp")) {
            send("Input.dispatchKeyEvent", Map.of("type", type, "key", "Enter", "code", "Enter",
                    "windowsVirtualKeyCode", 13, "text", "\r"));
        }
    }

    /** Uncaught script errors and console errors the pages reported so far. */
    List<String> errors() {
        return List.copyOf(errors);
    }

    /** A PNG of the visible part of the page. */
    void screenshot(Path file) throws IOException {
        JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png"));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
    }

    static String quote(String text) {
        try {
            return new ObjectMapper().writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode send(String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
        message.set("params", json.valueToTree(params));
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(message.toString(), true).join();
        JsonNode reply;
        try {
            reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(method + " got no answer", e);
        } finally {
            pending.remove(id);
        }
        if (reply.has("error")) {
            throw new IllegalStateException(method + " failed: " + reply.get("error"));
        }
        return reply.path("result");
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = json.readTree(partial.toString());
                    CompletableFuture<JsonNode> waiting = message.has("id") ? pending.get(message.get("id").asInt()) : null;
                    if (waiting != null) {
                        waiting.complete(message);
                    }
                    record(message);
                } catch (IOException e) {
                    // an event we cannot read is one we do not wait for
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }

    private void record(JsonNode event) {
        String method = event.path("method").asText();
        JsonNode params = event.path("params");
        if (method.equals("Runtime.exceptionThrown")) {
            errors.add(params.path("exceptionDetails").toString());
        } else if (method.equals("Runtime.consoleAPICalled") && params.path("type").asText().equals("error")) {
            errors.add(params.path("args").toString());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }
}
