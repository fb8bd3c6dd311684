package io.claimstream.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;

/** Small socket helpers: is something listening, wait until it is, find a free port. */
public final class Ports {

    private Ports() {
    }

    public static boolean isOpen(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static void awaitOpen(String what, String host, int port, Duration timeout, ManagedProcess process) {
        Instant deadline = Instant.now().plus(timeout);
        while (!isOpen(host, port)) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(what + " exited before listening on " + host + ":" + port
                        + "; see its log");
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(what + " did not listen on " + host + ":" + port + " within " + timeout);
            }
            sleep(100);
        }
    }

    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
