package io.claimstream.it.resilience;

import io.claimstream.it.TestStack;
import io.claimstream.stack.LocalStack;
import io.claimstream.stack.ManagedProcess;
import io.claimstream.stack.Service;

import java.io.IOException;

/** Puts the shared stack back together after a test stopped part of it: the next test needs it whole. */
final class StackRepair {

    private StackRepair() {
    }

    static void wholeAgain() throws IOException, InterruptedException {
        LocalStack stack = TestStack.stack();
        if (ManagedProcess.find("kafka", stack.settings().run()).isEmpty()) {
            stack.startKafka();
        }
        if (ManagedProcess.find("postgres", stack.settings().run()).isEmpty()) {
            stack.startPostgres();
        }
        for (Service service : Service.values()) {
            if (ManagedProcess.find(service.module(), stack.settings().run()).isEmpty()) {
                stack.startService(service);
            }
            stack.awaitReady(service);
        }
    }
}
