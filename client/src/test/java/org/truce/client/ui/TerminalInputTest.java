package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.truce.client.EngineServer;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/** What every screen gets from {@link TruceScreen}: Esc+key, Ctrl+C, characters beyond the BMP; and a monochrome terminal. */
class TerminalInputTest {
    private static final org.truce.client.model.Names NAMES = names();

    private static org.truce.client.model.Names names() {
        try {
            return new org.truce.client.model.Names(org.truce.shared.scenario.ScenarioLoader.builtIn("paris-summit").info());
        } catch (org.truce.shared.scenario.ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }
    private static VirtualScreen solo(String party) throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit");
        SoloFlow.Options opts = new SoloFlow.Options(party, "easy", 3L, 6, 0, 0, 0);
        return new VirtualScreen(80, 24, app -> new SoloFlow(app, sc.info(), opts, EngineServer.connector(sc)).begin());
    }

    @Test
    @Timeout(30)
    void escAndAKeyInOneWriteAreEscThenTheKey() throws Exception {
        try (VirtualScreen v = solo("UA")) {
            v.waitFor("You hold the pen", 15_000);
            v.key('e');
            v.waitFor("WRITE YOUR DRAFT");
            // what Lanterna's decoder makes of Esc and q arriving together
            v.terminal.addInput(new KeyStroke('q', false, true));
            String s = v.waitFor("Leave the game and quit Truce?");
            assertThat(s).doesNotContain("WRITE YOUR DRAFT");
            // the same in a dialog: Esc closes the help, then ? opens it again
            v.key(KeyType.Escape);
            v.waitForGone("Leave the game", 5000);
            v.key('?');
            v.waitFor("THE NEGOTIATION TABLE");
            v.terminal.addInput(new KeyStroke('b', false, true));
            assertThat(v.waitFor("Your brief: Ukraine")).doesNotContain("THE NEGOTIATION TABLE");
        }
    }

    @Test
    @Timeout(30)
    void ctrlCEndsTheSessionQuietlyAsAnInterrupt() throws Exception {
        try (VirtualScreen v = new VirtualScreen(80, 24, app -> app.showMain(new DifficultyWindow(app, NAMES, "UA", d -> { }, () -> { })))) {
            v.waitFor("How hard should they bargain?");
            v.terminal.addInput(new KeyStroke('c', true, false));
            v.runner.awaitQuit();
            assertThat(v.runner.interrupted()).isTrue();
            // the terminal may already have left private mode (a signal's hook): closing twice, from two threads, throws nothing
            Thread other = new Thread(v.runner::close);
            other.start();
            v.runner.close();
            other.join();
            v.runner.close();
        }
    }

    @Test
    @Timeout(30)
    void closingWhenTheTerminalAlreadyLeftPrivateModeThrowsNothing() throws Exception {
        // what Lanterna's own shutdown hook leaves behind when it restores the terminal first
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        ForwardingTerminal restoredElsewhere = new ForwardingTerminal(vt) {
            @Override
            public void exitPrivateMode() {
                throw new IllegalStateException("Cannot call exitPrivateMode() when not in private mode");
            }
        };
        UiRunner ui = UiRunner.start(restoredElsewhere, app -> app.showMain(new DifficultyWindow(app, NAMES, "UA", d -> { }, () -> { })));
        ui.close();
        ui.close();
    }

    @Test
    @Timeout(30)
    void charactersBeyondTheBmpAreDrawnOrStoodInForAtTheirWidth() throws Exception {
        try (VirtualScreen v = solo("FR")) {
            // the bots talk as they move: once they all wait for France, the log holds still
            v.waitUntil("France to move", t -> BotsAtRest.yourMove(t, "FR"), 15_000);
            v.app().onMessage(new ServerMessage.Said("UA", "all", "ok 👍 准备好了 🇺🇦 xyz", 1));
            String s = v.waitUntil("the line", t -> t.lines().anyMatch(l -> l.contains("Ukraine: ok") && l.contains("xyz")), 5000);
            String line = s.lines().filter(l -> l.contains("Ukraine: ok") && l.contains("xyz")).findFirst().orElseThrow();
            // the emoji is drawn as itself, the flag's two letters as two fullwidth stand-ins; "xyz" lands where Text.cols says
            assertThat(line).contains("ok 👍").contains("准").contains(TruceScreen.STAND_IN).doesNotContain("?");
            // (one cell, one string: the virtual terminal repeats a wide character in its second cell)
            assertThat(line.codePointCount(0, line.indexOf("xyz"))).isEqualTo(Text.cols(line.substring(0, line.indexOf("Ukraine: ok")))
                    + Text.cols("Ukraine: ok 👍 准备好了 🇺🇦 "));
            // the typing box: the terminal's decoder hands over the two halves of 👍 one by one
            v.key('t');
            v.waitFor("▶ Everyone (public)");
            v.type("hi 👍 ok");
            // (the virtual terminal repeats a wide character in its second column)
            assertThat(v.waitFor("hi 👍👍 ok")).doesNotContain("hi ?");
            // what is sent is the text as typed, not the picture of it
            v.key(KeyType.Enter);
            v.waitUntil("the line sent", t -> v.app().model().log().stream().anyMatch(e -> e.text().endsWith("hi 👍 ok")), 5000);
        }
    }

    @Test
    @Timeout(30)
    void aMonochromeTerminalGetsNoColourAndShowsTheSelectionInReverse() throws Exception {
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        try (UiRunner ui = UiRunner.start(new MonochromeTerminal(vt),
                app -> app.showMain(new DifficultyWindow(app, NAMES, "UA", d -> { }, () -> { })))) {
            int row = -1;
            for (int i = 0; i < 500 && row < 0; i++) {
                row = rowOf(vt, "Normal  ");
                if (row < 0) {
                    ui.app().guiThread().invokeAndWait(() -> { });
                }
            }
            assertThat(row).isNotNegative();
            for (int r = 0; r < 24; r++) {
                for (int c = 0; c < 80; c++) {
                    TextCharacter ch = vt.getBufferCharacter(c, r);
                    assertThat(ch.getForegroundColor()).as("colour at %d,%d", c, r).isEqualTo(TextColor.ANSI.DEFAULT);
                    assertThat(ch.getBackgroundColor()).as("colour at %d,%d", c, r).isEqualTo(TextColor.ANSI.DEFAULT);
                }
            }
            int normal = row;
            int at = rowText(vt, normal).indexOf("Normal");
            assertThat(vt.getBufferCharacter(at, normal).getModifiers()).contains(SGR.REVERSE);
            int easy = rowOf(vt, "Easy  ");
            assertThat(vt.getBufferCharacter(rowText(vt, easy).indexOf("Easy"), easy).getModifiers()).doesNotContain(SGR.REVERSE);
        }
    }

    private static int rowOf(DefaultVirtualTerminal vt, String text) {
        for (int r = 0; r < vt.getTerminalSize().getRows(); r++) {
            if (rowText(vt, r).contains(text)) {
                return r;
            }
        }
        return -1;
    }

    private static String rowText(DefaultVirtualTerminal vt, int r) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < vt.getTerminalSize().getColumns(); c++) {
            b.append(vt.getBufferCharacter(c, r).getCharacterString());
        }
        return b.toString();
    }
}
