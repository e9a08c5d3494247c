package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WideCharTerminalTest {

    @Test
    void writesCharactersBeyondTheBmpWholeAndInOrder() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ANSITerminal ansi = new ANSITerminal(new ByteArrayInputStream(new byte[0]), out, StandardCharsets.UTF_8) { };
        WideCharTerminal t = new WideCharTerminal(ansi, out);
        t.putString("ok ");
        t.putString("👍");
        t.putString(" 准");
        t.flush();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("ok 👍 准");
        // what Lanterna alone makes of it
        out.reset();
        ansi.putString("👍");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("??");
    }
}
