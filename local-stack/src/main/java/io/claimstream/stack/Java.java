package io.claimstream.stack;

import java.nio.file.Path;

/** The java executable that runs this tool, used for every child JVM. */
final class Java {

    private Java() {
    }

    static String executable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
