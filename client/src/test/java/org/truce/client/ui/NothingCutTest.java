package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.scenario.Party;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.ScenarioLoader;

/** Set-up screens at 80×24 and 100×30: titles, party names and descriptions show whole, never cut with "…". */
class NothingCutTest {
    private static final ScenarioInfo SIX = load("paris-summit");
    private static final ScenarioInfo FOUR = load("paris-summit-4");

    private static ScenarioInfo load(String id) {
        try {
            return ScenarioLoader.builtIn(id).info();
        } catch (org.truce.shared.scenario.ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The words of {@code text} in order, as one space-separated string (wrapping only moves line breaks). */
    private static String flat(String screen) {
        return screen.replaceAll("[│┌┐└┘─]", " ").replaceAll("\\s+", " ");
    }

    @ParameterizedTest
    @CsvSource({"80,24", "100,30"})
    @Timeout(20)
    void createRoomShowsTheWholeTitleAndEverySeatName(int cols, int rows) throws Exception {
        try (VirtualScreen v = new VirtualScreen(cols, rows, app -> {
            app.model().apply(new ServerMessage.Scenarios(List.of(SIX, FOUR)));
            app.openDialog(new CreateRoomDialog(app));
        })) {
            v.waitFor("Create a room");
            v.key(KeyType.ArrowRight); // the four-seat scenario
            String s = Dump.save("create-room-four-" + cols, v.waitFor("paris-summit-4"));
            assertThat(s).doesNotContain("…");
            assertThat(flat(s)).contains(FOUR.title()).contains("Coalition of the Willing ◀ human");
            assertThat(s.lines().filter(l -> l.contains("◀")).allMatch(l -> l.trim().endsWith("│"))).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource({"80,24", "100,30"})
    @Timeout(20)
    void seatChoiceShowsEachDescriptionWhole(int cols, int rows) throws Exception {
        List<ServerParts.Seat> seats = new ArrayList<>();
        for (Party p : SIX.parties()) {
            seats.add(new ServerParts.Seat(p.id(), null, null, false, null));
        }
        var room = new ServerParts.RoomSummary("AB12C", SIX.id(), SIX.title(), "lobby", 0, SIX.rounds(), seats);
        try (VirtualScreen v = new VirtualScreen(cols, rows, app -> {
            app.model().apply(new ServerMessage.Scenarios(List.of(SIX)));
            app.model().apply(new ServerMessage.Rooms(List.of(room)));
            app.showMain(new SeatWindow(app, null, "AB12C"));
        })) {
            String s = v.waitFor("Choose your seat");
            assertThat(s).doesNotContain("…");
            for (int i = 0; i < SIX.parties().size(); i++) {
                Party p = SIX.parties().get(i);
                s = v.waitFor(p.name() + ":");
                assertThat(flat(s)).as("the marked seat's description").contains(p.name() + ": " + p.description());
                assertThat(s).doesNotContain("…");
                v.key(KeyType.ArrowDown);
            }
        }
    }

    @Test
    void lobbyRoomLinesNameTheScenarioAndTheFreeSeatsWhole() {
        List<ServerParts.Seat> seats = new ArrayList<>();
        for (Party p : SIX.parties()) {
            seats.add(new ServerParts.Seat(p.id(), null, null, false, null));
        }
        var six = new ServerParts.RoomSummary("AB12C", SIX.id(), SIX.title(), "lobby", 0, 10, seats);
        String line = RoomLines.describe(six, 28, 76);
        assertThat(line).doesNotContain("…").contains("The Paris summit").contains("0 players");
        List<ServerParts.Seat> four = new ArrayList<>();
        for (Party p : FOUR.parties()) {
            four.add(new ServerParts.Seat(p.id(), null, null, false, null));
        }
        var room = new ServerParts.RoomSummary("XY34Z", FOUR.id(), FOUR.title(), "lobby", 0, 8, four);
        assertThat(RoomLines.describe(room, 28, 76)).doesNotContain("…").contains("The Paris summit, four seats")
                .contains("free");
    }

    @Test
    void anEndedRoomSaysHowItEndedNotJustOver() {
        List<ServerParts.Seat> seats = new ArrayList<>();
        for (Party p : SIX.parties()) {
            seats.add(new ServerParts.Seat(p.id(), "bot", p.name(), true, "default"));
        }
        var deal = new ServerParts.RoomSummary("AB12C", SIX.id(), SIX.title(), "ended", 7, 10, seats, "deal");
        var none = new ServerParts.RoomSummary("AB12D", SIX.id(), SIX.title(), "ended", 10, 10, seats, "no_deal");
        var older = new ServerParts.RoomSummary("AB12E", SIX.id(), SIX.title(), "ended", 10, 10, seats);
        assertThat(RoomLines.describe(deal, 28, 76)).contains("deal, rd 7").doesNotContain("over");
        assertThat(RoomLines.describe(none, 28, 76)).contains("no deal");
        assertThat(RoomLines.describe(older, 28, 76)).contains("ended");
    }
}
