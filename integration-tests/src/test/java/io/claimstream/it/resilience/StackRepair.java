package io.claimstream.it.resilience;

import io.claimstream.it.TestStack;

import java.io.IOException;

/** Puts the shared stack back together after a test stopped part of it: the next test needs it whole. */
final class StackRepair {

    private StackRepair() {
    }

    static void wholeAgain() throws IOException, InterruptedException {
        TestStack.stack().startWhatIsMissing();
    }
}
