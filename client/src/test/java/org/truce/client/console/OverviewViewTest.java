package org.truce.client.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.truce.client.ui.Text;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.protocol.ServerParts.RoomOverview;
import org.truce.shared.protocol.ServerParts.SeatStatus;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.ScenarioLoader;

/** The overview as text: every room's line, the selected room's draft, votes and outcome, at 80×24 and larger. */
class OverviewViewTest {
    private static final ScenarioInfo INFO = info();

    private static ScenarioInfo info() {
        try {
            Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
            return sc.info();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RoomOverview room(String code, String phase, boolean paused, ServerParts.DraftView draft, Boolean agreed,
                                     Map<String, Double> scores) {
        List<SeatStatus> seats = List.of(new SeatStatus("UA", "Olena", "connected", null), new SeatStatus("RU", "Russia (bot)", "bot", "boulware"),
                new SeatStatus("US", "Sam", "stand_in", "default"), new SeatStatus("EU", "Eve", "away", null));
        Map<String, String> votes = new LinkedHashMap<>();
        if (draft != null) {
            votes.put("UA", "accepted");
            votes.put("RU", "rejected");
        }
        return new RoomOverview(code, "paris-summit-4", "The Paris summit", phase, 3, 6, "UA", paused, paused ? null : 1L, 61_000L, seats, draft,
                votes, List.of(new ServerParts.InjectStatus("envoy", "Envoy", null, 2), new ServerParts.InjectStatus("hubs", "Hubs", 4, null)),
                agreed, scores, false);
    }

    private static List<String> render(ClassModel m, int cols, int rows) {
        List<String> out = new ArrayList<>();
        for (OverviewView.Line l : OverviewView.render(m, "class.example:7777", null, 0, id -> "paris-summit-4".equals(id) ? INFO : null, cols, rows)) {
            assertThat(Text.cols(l.text())).as(l.text()).isLessThanOrEqualTo(cols);
            out.add(l.text());
        }
        assertThat(out).hasSize(rows);
        return out;
    }

    @Test
    void theSelectedRoomShowsItsSeatsDraftVotesAndInjectsAt80x24() {
        Map<String, String> terms = new LinkedHashMap<>();
        INFO.terms().forEach(t -> terms.put(t.id(), t.options().get(0).id()));
        ClassModel m = new ClassModel();
        m.classState(new ServerMessage.ClassState(List.of(room("K7QXM", "voting", false, new ServerParts.DraftView(3, "UA", terms, false, null), null, null),
                room("B3HNP", "proposing", true, null, null, null))), 0);
        String s = String.join("\n", render(m, 80, 24));
        assertThat(s).contains("▶ K7QXM").containsPattern("B3HNP .* paused").contains("R 3/6").contains("1:01")
                .contains("Olena").contains("bot (boulware)").contains("stand-in bot (default)").contains("away")
                .doesNotContain("Russia (bot)")
                .contains("Draft of round 3 by Ukraine:").contains(INFO.terms().get(0).name().substring(0, 10))
                .contains("accepted").contains("rejected").contains("News fired: r2 Envoy · 1 not fired (I fires one)");
        assertThat(s).contains(OverviewView.KEYS_1.strip()).contains(OverviewView.KEYS_2.strip());
    }

    @Test
    void theHeaderSaysHowManyRoomsTheServerLeftOutOfAFullList() {
        ClassModel m = new ClassModel();
        m.classState(new ServerMessage.ClassState(List.of(room("K7QXM", "proposing", false, null, null, null)), 80), 0);
        assertThat(render(m, 80, 24).get(0)).contains("1 room (+80 not listed)");
    }

    @Test
    void aTallTerminalShowsTheDraftATermALineWithWholeNames() {
        Map<String, String> terms = new LinkedHashMap<>();
        INFO.terms().forEach(t -> terms.put(t.id(), t.options().get(1).id()));
        ClassModel m = new ClassModel();
        m.classState(new ServerMessage.ClassState(List.of(room("K7QXM", "voting", false, new ServerParts.DraftView(3, "UA", terms, false, null), null, null))), 0);
        List<String> lines = render(m, 100, 40);
        for (var t : INFO.terms()) {
            assertThat(lines).as(t.name()).anyMatch(l -> l.contains(t.name()) && l.contains(t.options().get(1).label()));
        }
        assertThat(render(m, 80, 24)).anyMatch(l -> l.startsWith("   " + INFO.terms().get(0).name().substring(0, 10))); // two columns, names cut
    }

    @Test
    void anEndedRoomShowsTheOutcomeAndScores() {
        ClassModel m = new ClassModel();
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("UA", 12.5);
        scores.put("RU", -3.0);
        m.classState(new ServerMessage.ClassState(List.of(room("K7QXM", "ended", false, null, true, scores))), 0);
        String s = String.join("\n", render(m, 80, 24));
        assertThat(s).containsPattern("K7QXM .* deal").contains("Outcome: deal · scores Ukraine +12.50, Russia -3.00");
    }

    /** −6.95 on the wire: the console shows −6.95, as the debrief and the reports (not −7.0 beside a −6.9). */
    @Test
    void scoresShowTheWiresTwoDecimals() {
        ClassModel m = new ClassModel();
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("UA", 8.85);
        scores.put("RU", -6.95);
        m.classState(new ServerMessage.ClassState(List.of(room("K7QXM", "ended", false, null, true, scores))), 0);
        assertThat(String.join("\n", render(m, 80, 24))).contains("scores Ukraine +8.85, Russia -6.95");
    }

    @Test
    void aTallerTerminalListsMoreRooms() {
        List<RoomOverview> rooms = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rooms.add(room("R" + (1000 + i), "proposing", false, null, null, null));
        }
        ClassModel m = new ClassModel();
        m.classState(new ServerMessage.ClassState(rooms), 0);
        long small = render(m, 80, 24).stream().filter(l -> l.contains("paris-summit-4")).count();
        long tall = render(m, 120, 40).stream().filter(l -> l.contains("paris-summit-4")).count();
        assertThat(small).isGreaterThanOrEqualTo(3);
        assertThat(tall).isGreaterThan(small);
        m.move(-1); // wraps to the last room: the list scrolls to keep it in sight
        assertThat(render(m, 80, 24)).anyMatch(l -> l.startsWith("▶ R1019"));
    }

    @Test
    void aPausedRoomShowsTheTimeLeftAndTheSeatSummaryIsWholeAt80Columns() {
        ClassModel m = new ClassModel();
        RoomOverview r = room("B3HNP", "proposing", true, null, null, null);
        List<SeatStatus> seats = List.of(new SeatStatus("UA", null, "free", null), new SeatStatus("RU", null, "bot", "boulware"),
                new SeatStatus("US", null, "bot", "default"), new SeatStatus("EU", "Eve", "away", null));
        m.classState(new ServerMessage.ClassState(List.of(new RoomOverview(r.code(), r.scenario(), r.title(), r.phase(), 10, 10, r.pen(), true,
                null, 139_000L, seats, null, Map.of(), r.injects(), null, null, false))), 0);
        List<String> lines = render(m, 80, 24);
        assertThat(lines).anyMatch(l -> l.startsWith("▶ B3HNP") && l.contains("paused 2:19") && l.strip().endsWith("0 here 2 bot 1 away 1 free"));
        assertThat(lines).anyMatch(l -> l.contains("PAUSED by the facilitator, 2:19 left"));
    }

    @Test
    void aWiderTerminalShowsWholeNamesAndTitlesAreCutAtAWord() {
        ClassModel m = new ClassModel();
        RoomOverview r = room("K7QXM", "proposing", false, null, null, null);
        String title = "The Paris summit, four seats: Ukraine, Russia, the US and the Coalition of the willing";
        List<SeatStatus> seats = List.of(new SeatStatus("UA", "Oleksandra Kovalenko-Shevchenko", "connected", null));
        m.classState(new ServerMessage.ClassState(List.of(new RoomOverview(r.code(), r.scenario(), title, r.phase(), 3, 6, r.pen(), false,
                1L, 61_000L, seats, null, Map.of(), List.of(new ServerParts.InjectStatus("envoy", "US envoy signals Washington's patience is running out", null, 2),
                new ServerParts.InjectStatus("hubs", "Britain and France to set up military hubs in Ukraine", 4, 3)), null, null, false))), 0);
        String narrow = String.join("\n", render(m, 80, 24));
        assertThat(narrow).contains("Room K7QXM · The Paris summit, four seats: Ukraine, Russia, the US and the…")
                .contains("Oleksandra Kovalenk…").contains("News fired: 2 (latest r3 Britain and France to set up military…) · all fired");
        String wide = String.join("\n", render(m, 120, 40));
        assertThat(wide).contains(title).contains("Oleksandra Kovalenko-Shevchenko");
    }

    private static List<ServerParts.InjectStatus> sixInjects() {
        return List.of(new ServerParts.InjectStatus("us_patience", "US envoy signals Washington's patience is running out", 4, 4),
                new ServerParts.InjectStatus("breach", "A ceasefire breach is reported near the line", null, 2),
                new ServerParts.InjectStatus("hubs", "Britain and France to set up military hubs in Ukraine", null, 3),
                new ServerParts.InjectStatus("sanctions", "Sanctions relief is blocked", null, null),
                new ServerParts.InjectStatus("army", "Army funding", null, null), new ServerParts.InjectStatus("guarantees", "Guarantees", null, null));
    }

    private static RoomOverview with(RoomOverview r, String phase, List<ServerParts.InjectStatus> injects, boolean closed) {
        return new RoomOverview(r.code(), r.scenario(), r.title(), phase, r.round(), r.rounds(), r.pen(), r.paused(), r.deadline(), r.remainingMs(),
                r.seats(), r.draft(), r.votes(), injects, r.agreed(), r.scores(), closed);
    }

    @Test
    void fourRoomsStayInTheListWhenNewsFiredAndTheNewsIsOneLineCutAtAWord() {
        Map<String, String> terms = new LinkedHashMap<>();
        INFO.terms().forEach(t -> terms.put(t.id(), t.options().get(0).id()));
        List<RoomOverview> rooms = new ArrayList<>();
        for (String code : List.of("K7QXM", "B3HNP", "T9WZR", "M4PLC")) {
            rooms.add(with(room(code, "voting", false, new ServerParts.DraftView(3, "UA", terms, false, null), null, null), "voting", sixInjects(), false));
        }
        ClassModel m = new ClassModel();
        m.classState(new ServerMessage.ClassState(rooms), 0);
        m.say("Paused 2 rooms (K7QXM, B3HNP). Skipped T9WZR: the game has not started. Skipped M4PLC: the game is over, and so on and on.", false);
        List<String> lines = render(m, 80, 24);
        for (String code : List.of("K7QXM", "B3HNP", "T9WZR", "M4PLC")) {
            assertThat(lines).as(code).anyMatch(l -> l.startsWith("▶ " + code) || l.startsWith("  " + code));
        }
        assertThat(lines).noneMatch(l -> l.startsWith("↓ ") || l.startsWith("↑ "));
        // one line, in round order, the latest's title cut at a word
        assertThat(lines).filteredOn(l -> l.contains("News fired")).containsExactly(" News fired: 3 (latest r4 US envoy signals Washington's…) · 3 not fired");
    }

    @Test
    void aClosedRoomShowsClosedWithItsOutcomeAndAFinishedOneOffersNoInject() {
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("UA", 12.5);
        RoomOverview closed = with(room("K7QXM", "ended", false, null, false, scores), "ended", sixInjects(), true);
        ClassModel m = new ClassModel();
        m.classState(new ServerMessage.ClassState(List.of(closed, with(room("B3HNP", "lobby", false, null, null, null), "lobby", sixInjects(), true))), 0);
        String s = String.join("\n", render(m, 80, 24));
        assertThat(s).contains("Closed in round 3 of 6").contains("Outcome: no deal · scores Ukraine +12.50")
                .contains("News fired: 3 (latest r4 US envoy").doesNotContain("connected").doesNotContain("Olena")
                .doesNotContain("I fires").doesNotContain("here");
        m.move(1);
        s = String.join("\n", render(m, 80, 24));
        assertThat(s).contains("Closed before it started").doesNotContain("waiting for players").doesNotContain("I fires");
        m.classState(new ServerMessage.ClassState(List.of(with(room("K7QXM", "ended", false, null, true, scores), "ended", sixInjects(), false))), 0);
        s = String.join("\n", render(m, 80, 24));
        assertThat(s).contains("· 3 not fired").doesNotContain("I fires");
        m.classState(new ServerMessage.ClassState(List.of(with(room("K7QXM", "proposing", false, null, null, null), "proposing",
                List.of(new ServerParts.InjectStatus("a", "Late", 4, 3), new ServerParts.InjectStatus("b", "Early", null, 1),
                        new ServerParts.InjectStatus("c", "Later", null, null)), false))), 0);
        assertThat(render(m, 80, 24)).contains(" News fired: r1 Early; r3 Late · 1 not fired (I fires one)"); // in round order
    }
}
