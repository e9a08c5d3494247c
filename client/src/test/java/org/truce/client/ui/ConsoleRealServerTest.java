package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.client.console.Console;
import org.truce.client.net.ConnectionListener;
import org.truce.client.net.Connector;
import org.truce.server.ServerConfig;
import org.truce.server.TruceServer;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ServerMessage;

/**
 * Issue 9's second "done when": {@code truce facilitate}'s console at 80×24 against a real server
 * on a loopback port. Set up a class of three rooms through the console's own dialogs, see the
 * three codes in the overview, pause a room in play (the overview says paused once the server's
 * {@code class_state} does), watch it (the table shows its code) and Esc back to the overview.
 */
class ConsoleRealServerTest {
    private static final String KEY = "console-e2e-teacher-key";
    private static final Pattern SHEET_CODE = Pattern.compile("Room (\\d) of 3:  ([A-Z0-9]{5})");

    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void setUpAClassOfThreeRoomsPauseOneWatchItAndGoBack() throws Exception {
        // bots act at once; the clocks (the dialog's 180/90 s) never run out within the test
        ServerConfig cfg = ServerConfig.loopback(dir.resolve("data")).withBotDelayMs(0).withRoomThreads(2).withTeacherKey(KEY);
        try (TruceServer server = TruceServer.start(cfg)) {
            int port = server.address().getPort();
            CompletableFuture<Void> scenarios = new CompletableFuture<>();
            try (VirtualScreen v = new VirtualScreen(80, 24, app -> Console.start(app, "127.0.0.1:" + port, KEY, null,
                    watching(Connector.tcp("127.0.0.1", port), scenarios), dir))) {
                assertThat(v.waitFor("No rooms on the server yet", 10_000)).doesNotContain("did not take the teacher key");
                // the server's scenario list comes after the first class_state: S before it only asks again
                scenarios.get(10, TimeUnit.SECONDS);
                v.waitFor("No rooms on the server yet"); // and the GUI thread has taken it in

                // set up a class: three rooms (the default), every seat a bot's but the first
                v.key('s');
                v.waitFor("How many rooms");
                v.key(KeyType.Enter);
                v.waitFor("Create 3 rooms");
                v.key('b');
                String dialog = v.waitFor("Seats: 1 human, ");
                assertThat(dialog).contains("Scenario").contains("paris-summit");
                v.key(KeyType.Enter);

                // the join sheet names the three rooms the server made
                String sheet = v.waitFor("Room 3 of 3", 10_000);
                List<String> codes = new ArrayList<>();
                Matcher m = SHEET_CODE.matcher(sheet);
                while (m.find()) {
                    codes.add(m.group(2));
                }
                assertThat(codes).hasSize(3).doesNotHaveDuplicates();
                assertThat(sheet).contains("truce join 127.0.0.1:" + port);

                // the overview: the three codes, each a lobby with one human seat free
                v.key(KeyType.Escape);
                String overview = v.waitUntil("the overview with the three codes",
                        s -> s.contains("Truce class console") && codes.stream().allMatch(s::contains), 10_000);
                assertThat(overview).contains("3 rooms");

                // a student takes the human seat of one room: its game starts (it is listed first, in play)
                String played = codes.get(1);
                try (RawClient student = new RawClient(server, "Olena")) {
                    student.send(new ClientMessage.Join(played, "UA"));
                    student.until("\"joined\"");
                    v.waitUntil("room " + played + " in play, listed first",
                            s -> Pattern.compile("(?m)^. " + played + " .* R 1/10  pen UA").matcher(s).find()
                                    && s.indexOf(played) < s.indexOf(codes.get(0)) && s.indexOf(played) < s.indexOf(codes.get(2)), 10_000);
                    // select it (the selection stays with the room it was on)
                    for (int i = 0; i < 3 && !v.waitFor("Truce class console").contains("Room " + played + " \u00b7"); i++) {
                        v.key(KeyType.ArrowUp);
                    }
                    assertThat(v.waitFor("Room " + played + " \u00b7")).containsPattern("\u25b6 " + played);

                    // pause it: the overview says so once the server's class_state does
                    v.key('p');
                    v.waitFor("Paused room " + played + ".", 10_000);
                    String paused = Dump.save("console-real-paused", v.waitFor("PAUSED by the facilitator", 10_000));
                    assertThat(paused).containsPattern(played + " .* paused");
                    student.until("\"kind\":\"paused\"");

                    // watch it: the player's table with the room's code; Esc brings the overview back
                    v.key(KeyType.Enter);
                    String table = v.waitFor("Esc Back", 10_000);
                    assertThat(table).contains("Watching " + played).contains("Paused by the facilitator")
                            .contains("You are watching (spectator)");
                    // ] watches the next room without going back
                    v.key(']');
                    String next = v.waitUntil("another room watched", s -> s.contains("Esc Back") && s.contains("Watching ")
                            && !s.contains("Watching " + played), 10_000);
                    assertThat(next).doesNotContain("Paused by the facilitator");
                    v.key('[');
                    v.waitFor("Watching " + played, 10_000);
                    v.key(KeyType.Escape);
                    String back = v.waitFor("Truce class console", 10_000);
                    assertThat(back).contains("Room " + played).containsPattern(played + " .* paused");
                    assertThat(codes.stream().allMatch(back::contains)).as(back).isTrue();

                    // and resume it: the overview's row goes on with its clock
                    v.key('r');
                    v.waitFor("Resumed room " + played + ".", 10_000);
                    String going = v.waitUntil("the room no longer paused", s -> Pattern.compile("(?m)^. " + played + " .* R 1/10  pen UA +\\d+:\\d\\d")
                            .matcher(s).find(), 10_000);
                    assertThat(going).doesNotContain("PAUSED by the facilitator");
                    Dump.save("console-real-resumed", going);
                    student.until("\"kind\":\"resumed\"");

                    // D: the debrief reports, written by the server; no game is over yet, so none
                    v.key('d');
                    String none = v.waitFor("No finished room to report yet.", 10_000);
                    assertThat(none).contains("3 rooms not over yet (");
                }
            }
        }
    }

    /** {@code tcp}, telling {@code scenarios} once the server's scenario list has reached the console's listener. */
    private static Connector watching(Connector tcp, CompletableFuture<Void> scenarios) {
        return (hello, lis) -> tcp.connect(hello, new ConnectionListener() {
            @Override
            public void onMessage(ServerMessage m) {
                onMessage(m, null);
            }

            @Override
            public void onMessage(ServerMessage m, String re) {
                lis.onMessage(m, re);
                if (m instanceof ServerMessage.Scenarios) {
                    scenarios.complete(null);
                }
            }

            @Override
            public void onLink(boolean up, String detail, long retryMs) {
                lis.onLink(up, detail, retryMs);
            }

            @Override
            public void onFatal(String reason) {
                lis.onFatal(reason);
            }

            @Override
            public void onUnreadable(String line) {
                lis.onUnreadable(line);
            }
        });
    }
}
