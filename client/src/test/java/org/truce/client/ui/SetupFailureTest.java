package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A first screen that cannot be set up ends the session (with the reason) instead of hanging. */
class SetupFailureTest {

    @Test
    @Timeout(10)
    void aFailingSetupReleasesTheQuitWait() throws Exception {
        try (VirtualScreen v = new VirtualScreen(80, 24, app -> {
            throw new IllegalStateException("no scenario");
        })) {
            v.runner.awaitQuit(); // returns: nobody has to press Q on a screen that never came
            assertThat(v.runner.failure()).hasMessage("no scenario");
        }
    }
}
