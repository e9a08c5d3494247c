package org.truce.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

/** The server's log lines cannot carry a client's escape sequences to the teacher's terminal. */
class ServeLogSafetyTest {
    @Test
    void controlCharactersInMessagesAndThreadNamesAreShownAsQuestionMarks() {
        LoggerContext ctx = new LoggerContext();
        PatternLayout layout = new PatternLayout();
        layout.setContext(ctx);
        layout.setPattern("[" + ServeCommand.SAFE_THREAD + "] " + ServeCommand.SAFE_MSG + "%n");
        layout.start();
        LoggingEvent e = new LoggingEvent("x", ctx.getLogger("x"), Level.INFO,
                "ssh: {} from 127.0.0.1", null, new Object[] {"x\u001b]2;PWNED\u0007\u001b[31mRED\n12:00:00 INFO fake"});
        e.setThreadName("truce-ssh-x\u001b[2J");
        assertThat(layout.doLayout(e)).isEqualTo(
                "[truce-ssh-x?[2J] ssh: x?]2;PWNED??[31mRED?12:00:00 INFO fake from 127.0.0.1" + System.lineSeparator());
    }
}
