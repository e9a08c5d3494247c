package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.client.model.Table;
import org.truce.shared.engine.Command;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.NoticeKind;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.Brief;
import org.truce.shared.scenario.Inject;
import org.truce.shared.scenario.InjectEffect;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * What a player and a spectator see of the facilitator at an 80×24 table fed by hand as a server
 * sends it (the event, the notice, then the state): the pause, an announcement, news and the brief
 * it changed.
 */
class FacilitatedTableTest {
    private static final String TITLE = "Allies confirm funding for Kyiv's army";
    private static final String WIRE = "Kyiv's allies say the money for its army is secured for two more years.";

    /** What the server sends for a facilitator's command: its event (stream mode), its notice, then the state. */
    private static List<ServerMessage> facilitated(Table t, Command c, NoticeKind kind, String text, ServerMessage... privately) {
        List<ServerMessage> out = new ArrayList<>(t.run(c));
        ServerMessage state = out.remove(out.size() - 1);
        out.addAll(List.of(privately)); // a seat's own brief comes before the notice
        out.add(ServerMessage.Notice.of(kind, text));
        out.add(state);
        return out;
    }

    private static Table seated(HandFedScreen screen, Scenario sc, boolean stream) {
        Table t = new Table(sc, "UA", 6);
        t.stream = stream;
        t.remainingMs = 50_000L;
        screen.l.onMessage(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info()));
        screen.l.onMessage(t.state());
        return t;
    }

    @Test
    @Timeout(30)
    void aPausedTableShowsTheBannerRefusesMovesHereAndResumes() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        try (HandFedScreen screen = new HandFedScreen()) {
            VirtualScreen v = screen.v;
            Table t = seated(screen, sc, true);
            v.waitFor("E Edit draft");

            screen.send(facilitated(t, new Command.Pause(), NoticeKind.PAUSED, "Paused by the facilitator"));
            String s = v.waitFor(TableView.PAUSED);
            assertThat(s).contains("paused, 0:50 left").doesNotContain("E Edit draft").doesNotContain("You hold the pen");
            v.key('e');
            s = Dump.save("facilitator-paused", v.waitFor("your move waits until the game resumes"));
            assertThat(s).doesNotContain("WRITE YOUR DRAFT");
            assertThat(screen.sentMessages()).noneMatch(m -> m instanceof ClientMessage.Propose);

            // a protocol-1 resume: the notice and a full state
            t.stream = false;
            screen.send(facilitated(t, new Command.Resume(), NoticeKind.RESUMED, "The facilitator resumed the game"));
            s = v.waitForGone(TableView.PAUSED, 5000);
            assertThat(s).contains("E Edit draft").contains("The facilitator resumed the game").doesNotContain("paused,");
            v.key('e').waitFor("WRITE YOUR DRAFT");
        }
    }

    /** A pause while the editor is open: the draft can still be worked on, not tabled, and is tabled once resumed. */
    @Test
    @Timeout(30)
    void theEditorKeepsTheDraftWhilePausedAndTablesItOnceResumed() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        try (HandFedScreen screen = new HandFedScreen()) {
            VirtualScreen v = screen.v;
            Table t = seated(screen, sc, true);
            v.waitFor("E Edit draft");
            v.key('e').waitFor("WRITE YOUR DRAFT");
            screen.send(facilitated(t, new Command.Pause(), NoticeKind.PAUSED, "Paused by the facilitator"));
            v.waitFor("WRITE YOUR DRAFT · Round 1 of 6 · paused, 0:50 left");
            v.key(KeyType.Enter);
            v.waitFor("Your draft stays");
            assertThat(screen.sentMessages()).noneMatch(m -> m instanceof ClientMessage.Propose);
            v.key(KeyType.Escape).waitForGone("Your draft stays", 5000);

            screen.send(facilitated(t, new Command.Resume(), NoticeKind.RESUMED, "The facilitator resumed the game"));
            v.waitForGone("paused,", 5000);
            v.key(KeyType.Enter).waitFor("Table this draft?");
            v.key('y');
            v.waitUntil("the draft sent", x -> screen.sentMessages().stream().anyMatch(m -> m instanceof ClientMessage.Propose), 5000);
        }
    }

    @Test
    @Timeout(30)
    void aProtocolOnePauseShowsTheBannerToo() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        try (HandFedScreen screen = new HandFedScreen()) {
            Table t = seated(screen, sc, false);
            screen.v.waitFor("E Edit draft");
            screen.send(facilitated(t, new Command.Pause(), NoticeKind.PAUSED, "Paused by the facilitator"));
            assertThat(screen.v.waitFor(TableView.PAUSED)).contains("paused, 0:50 left").doesNotContain("E Edit draft");
        }
    }

    @Test
    @Timeout(30)
    void aSpectatorSeesTheFacilitatorsAnnouncementMarkedAsHis() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        try (HandFedScreen screen = new HandFedScreen()) {
            Table t = new Table(sc, null, 6);
            t.stream = true;
            screen.l.onMessage(new ServerMessage.Spectating("ROOM", sc.info()));
            screen.l.onMessage(t.state());
            screen.v.waitFor("Round 1 of 6");
            screen.send(facilitated(t, new Command.Announce("Ten minutes to the break."), NoticeKind.ANNOUNCEMENT,
                    "The facilitator: Ten minutes to the break."));
            screen.send(facilitated(t, new Command.AddRounds(2), NoticeKind.ROUNDS_ADDED, "The facilitator added 2 rounds: 8 in all."));
            String s = screen.v.waitFor("The facilitator: Ten minutes to the break.");
            assertThat(s).contains("Round 1 of 8").contains("The facilitator added 2 rounds: 8 in all.");
            assertThat(s.split("The facilitator: Ten minutes", -1)).as("told once").hasSize(2);
        }
    }

    @Test
    @Timeout(30)
    void newsShowsItsHeadlineABannerAndOnlyThisSeatsChangedBrief() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        String term = sc.info().terms().get(0).id();
        Inject news = new Inject("funding", TITLE, WIRE, null, Map.of(
                "UA", new InjectEffect(12, Map.of(term, 2.0), "Kyiv can afford to wait."),
                "RU", new InjectEffect(-15, Map.of(), "Moscow's war costs more.")));
        try (HandFedScreen screen = new HandFedScreen()) {
            VirtualScreen v = screen.v;
            Table t = seated(screen, sc, true);
            v.waitFor("E Edit draft");
            Brief ua = sc.brief("UA").after(TITLE, 1, news.effects().get("UA"), sc.info());
            Brief ru = sc.brief("RU").after(TITLE, 1, news.effects().get("RU"), sc.info());
            screen.send(facilitated(t, new Command.FireInject(news), NoticeKind.INJECT, "NEWS: " + TITLE + " — " + WIRE,
                    new ServerMessage.BriefUpdate("ROOM", "UA", "funding", ua),
                    new ServerMessage.BriefUpdate("ROOM", "RU", "funding", ru))); // never this seat's
            String s = Dump.save("facilitator-news", v.waitFor("NEWS · round 1: " + TITLE));
            // the headline first, then what it did to this seat
            assertThat(s.indexOf("NEWS: " + TITLE)).isPositive().isLessThan(s.indexOf("Your position changed"));

            v.key('b');
            s = v.waitFor("NEWS (how your position changed");
            assertThat(s).contains("rises by 12.0 points").contains("Kyiv can afford to wait.")
                    .contains(String.format("now (round 1) %.1f", ua.noDeal().valueAt(1)))
                    .doesNotContain("Moscow").doesNotContain("RUSSIA");
            assertThat(v.app().model().brief()).isEqualTo(ua);
        }
    }

    /**
     * A spectator goes back to the lobby with Esc ({@code leave} sent) and watches another room
     * from there ({@code spectate} for that room, asking for a full state).
     */
    @Test
    @Timeout(30)
    void aSpectatorLeavesForTheLobbyAndWatchesAnotherRoom(@TempDir Path tmp) throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        try (HandLobbyScreen h = HandLobbyScreen.open(tmp.resolve("sam.properties"))) {
            VirtualScreen v = h.v;
            v.waitFor("Connected.", 5000);
            watch(h, sc, "AAAAA", () -> v.key(KeyType.Tab).key(KeyType.Tab).key(KeyType.Tab).type("aaaaa").key(KeyType.Enter));
            h.sent.clear();

            v.key(KeyType.Escape);
            v.waitFor("TRUCE · Lobby", 5000);
            v.waitUntil("the leave", x -> h.sentMessages().contains(new ClientMessage.Leave()), 5000);
            assertThat(v.app().model().room()).isNull();

            // the room code field keeps the focus and the last code: another replaces it
            watch(h, sc, "BBBBB", () -> backspaces(v, 5).type("bbbbb").key(KeyType.Enter));
            assertThat(h.sentMessages()).filteredOn(ClientMessage.Spectate.class::isInstance)
                    .containsExactly(new ClientMessage.Spectate("BBBBB", null));
            assertThat(v.app().model().room()).isEqualTo("BBBBB");
        }
    }

    /**
     * Lines of the room a spectator left still in flight when the lobby shows (its chat, its game
     * over): the lobby stays (no debrief of a game left), and the next room watched starts clean.
     */
    @Test
    @Timeout(30)
    void linesOfTheRoomLeftDoNotFollowTheSpectatorToTheLobbyOrTheNextRoom(@TempDir Path tmp) throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        try (HandLobbyScreen h = HandLobbyScreen.open(tmp.resolve("sam.properties"))) {
            VirtualScreen v = h.v;
            v.waitFor("Connected.", 5000);
            watch(h, sc, "AAAAA", () -> v.key(KeyType.Tab).key(KeyType.Tab).key(KeyType.Tab).type("aaaaa").key(KeyType.Enter));
            v.key(KeyType.Escape);
            v.waitFor("TRUCE · Lobby", 5000);
            v.waitUntil("the leave", x -> h.sentMessages().contains(new ClientMessage.Leave()), 5000);

            h.l.onMessage(new ServerMessage.Said("RU", "all", "Late from AAAAA", 1, null, null));
            h.l.onMessage(new ServerMessage.Notice(NoticeKind.ANNOUNCEMENT.wire(), "The facilitator: only for AAAAA"));
            h.l.onMessage(new ServerMessage.GameOver(null, 1, Map.of(), Map.of(), null));
            watch(h, sc, "BBBBB", () -> backspaces(v, 5).type("bbbbb").key(KeyType.Enter));
            assertThat(v.app().model().gameOver()).isNull();
            assertThat(v.app().model().log()).noneMatch(e -> e.text().contains("AAAAA"));
            assertThat(v.text()).doesNotContain("Late from").doesNotContain("only for").doesNotContain("talks have ended");
        }
    }

    private static VirtualScreen backspaces(VirtualScreen v, int n) {
        for (int i = 0; i < n; i++) {
            v.key(KeyType.Backspace);
        }
        return v;
    }

    /** Opens room {@code code} with {@code keys} in the lobby, takes S on its seats, checks the spectate sent, plays the server's answer. */
    private static void watch(HandLobbyScreen h, Scenario sc, String code, Runnable keys) throws Exception {
        keys.run();
        h.v.waitFor("TRUCE · Room " + code, 5000);
        h.v.waitUntil("the room list asked", x -> h.lastRoomsAsk() != null, 5000);
        h.l.onMessage(HandLobbyScreen.rooms(code), h.lastRoomsAsk());
        h.v.waitFor("S Spectate", 5000);
        h.v.key('s');
        h.v.waitUntil("the spectate", x -> h.sentMessages().contains(new ClientMessage.Spectate(code, null)), 5000);
        h.l.onMessage(new ServerMessage.Spectating(code, sc.info()));
        h.l.onMessage(new Table(sc, null, 6).state());
        h.v.waitFor("Esc Lobby", 5000);
        assertThat(h.v.text()).contains("You are watching (spectator).");
    }
}
