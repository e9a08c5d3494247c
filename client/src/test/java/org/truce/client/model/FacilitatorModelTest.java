package org.truce.client.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.client.model.Table.lines;
import static org.truce.client.model.Table.send;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.truce.shared.engine.Command;
import org.truce.shared.protocol.NoticeKind;
import org.truce.shared.protocol.PublicEvent;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.scenario.Brief;
import org.truce.shared.scenario.Inject;
import org.truce.shared.scenario.InjectEffect;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * What the model makes of the facilitator's actions, fed as a server sends them: with the event
 * stream (event, notice, state) and without it (notice, full state). Each is told once.
 */
class FacilitatorModelTest {
    static final String TITLE = "US envoy: Washington's patience is running out";
    /** What the sanitising makes of "Head", an escape sequence, "line" and a direction override. */
    private static final String CLEAN = LogEntry.printable("Head\u001b[2Jline\u202e");
    static final String WIRE = "The envoy says talks cannot drag on past the summer.";

    /** The inject of these tests: it lowers Ukraine's no-deal value and makes the first term matter more to it. */
    static Inject envoy(Scenario sc) {
        String term = sc.info().terms().get(0).id();
        return new Inject("envoy", TITLE, WIRE, null,
                Map.of("UA", new InjectEffect(-10, Map.of(term, 2.0), "Kyiv must move faster.")));
    }

    /**
     * The messages a server sends for a facilitator's command: the event (stream), what goes to one
     * seat ({@code privately}: a brief), the notice, then the state.
     */
    static List<ServerMessage> facilitated(Table t, Command c, NoticeKind kind, String text, ServerMessage... privately) {
        List<ServerMessage> out = new java.util.ArrayList<>(t.run(c));
        ServerMessage state = out.remove(out.size() - 1);
        out.addAll(List.of(privately));
        out.add(ServerMessage.Notice.of(kind, text));
        out.add(state);
        return out;
    }

    private static GameModel seated(Scenario sc, Table t, AtomicLong mono) {
        GameModel m = new GameModel(System::currentTimeMillis, mono::get);
        m.apply(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info()));
        m.apply(t.state());
        return m;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aPauseFreezesTheClockAndAResumeRunsItAgain(boolean stream) throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, "UA", 6);
        t.stream = stream;
        t.remainingMs = 50_000L;
        AtomicLong mono = new AtomicLong(1_000);
        GameModel m = seated(sc, t, mono);
        assertThat(m.paused()).isFalse();

        send(m, facilitated(t, new Command.Pause(), NoticeKind.PAUSED, "Paused by the facilitator"));
        assertThat(m.paused()).isTrue();
        assertThat(m.isMyPen()).as("still whose turn it is").isTrue();
        mono.addAndGet(20_000);
        assertThat(m.millisLeft()).as("a paused clock stands still").isEqualTo(50_000L);

        send(m, facilitated(t, new Command.Resume(), NoticeKind.RESUMED, "The facilitator resumed the game"));
        assertThat(m.paused()).isFalse();
        mono.addAndGet(5_000);
        assertThat(m.millisLeft()).isEqualTo(45_000L);
        assertThat(lines(m)).containsSubsequence("[1] Paused by the facilitator", "[1] The facilitator resumed the game")
                .filteredOn(l -> l.contains("Paused")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void anAnnouncementIsToldOnceMarkedAsTheFacilitatorsAndRoundsAddedShowInTheTotal(boolean stream) throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, null, 6);
        t.stream = stream;
        GameModel m = new GameModel();
        m.apply(new ServerMessage.Spectating("ROOM", sc.info()));
        m.apply(t.state());
        send(m, facilitated(t, new Command.Announce("Ten minutes left."), NoticeKind.ANNOUNCEMENT, "The facilitator: Ten minutes left."));
        send(m, facilitated(t, new Command.AddRounds(2), NoticeKind.ROUNDS_ADDED, "The facilitator added 2 rounds: 8 in all"));
        assertThat(m.log()).filteredOn(e -> e.text().contains("Ten minutes")).singleElement()
                .isEqualTo(new LogEntry(LogEntry.Kind.FACILITATOR, 1, "The facilitator: Ten minutes left."));
        assertThat(lines(m)).containsOnlyOnce("[1] The facilitator added 2 rounds: 8 in all");
        assertThat(m.state().rounds()).isEqualTo(8);
    }

    @Test
    void anAnnouncementWithoutTheServersPrefixIsStillMarked() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, "UA", 6);
        GameModel m = seated(sc, t, new AtomicLong());
        m.apply(ServerMessage.Notice.of(NoticeKind.ANNOUNCEMENT, "Break in five."));
        assertThat(m.log()).last().isEqualTo(new LogEntry(LogEntry.Kind.FACILITATOR, 1, "The facilitator: Break in five."));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void anInjectToldOnceItsNewsKeptAndOnlyThisSeatsBriefTaken(boolean stream) throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, "UA", 6);
        t.stream = stream;
        GameModel m = seated(sc, t, new AtomicLong());
        Inject i = envoy(sc);
        Brief after = sc.brief("UA").after(TITLE, 1, i.effects().get("UA"), sc.info());
        // the brief comes before the headline's notice, as the server sends them
        send(m, facilitated(t, new Command.FireInject(i), NoticeKind.INJECT, "NEWS: " + TITLE + " — " + WIRE,
                new ServerMessage.BriefUpdate("ROOM", "UA", "envoy", after)));
        // a brief that is not this seat's is never taken, whatever a server sends
        Brief russia = sc.brief("RU").after(TITLE, 1, new InjectEffect(5, Map.of(), null), sc.info());
        assertThat(m.apply(new ServerMessage.BriefUpdate("ROOM", "RU", "envoy", russia))).isFalse();

        assertThat(m.latestNews()).isEqualTo(new ServerParts.InjectNews(1, "envoy", TITLE, WIRE));
        assertThat(m.brief().party()).isEqualTo("UA");
        assertThat(m.brief().noDeal().start()).isEqualTo(sc.brief("UA").noDeal().start() - 10);
        assertThat(m.brief().news()).singleElement().asString().contains("your no-deal value falls by 10.0");
        assertThat(m.worth().noDeal(1)).isEqualTo(after.noDeal().valueAt(1));
        assertThat(m.log()).filteredOn(e -> e.kind() == LogEntry.Kind.NEWS).extracting(LogEntry::text)
                .containsExactly("NEWS: " + TITLE + " — " + WIRE, "Your position changed: " + after.news().get(0));

        // back after a drop with a full state (no stream to catch up on): the news is not told again
        m.apply(new ServerMessage.Joined("ROOM", "UA", "tok", after, sc.info()));
        m.apply(t.state());
        assertThat(lines(m)).filteredOn(l -> l.contains(TITLE)).hasSize(2);
    }

    /** A resume that catches up on the stream: the missed actions come as events only, and are told in the log's words. */
    @Test
    void eventsCaughtUpAfterADropAreToldOnce() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, "UA", 6);
        t.stream = true;
        GameModel m = seated(sc, t, new AtomicLong());
        List<ServerMessage> missed = new java.util.ArrayList<>();
        missed.addAll(t.run(new Command.Pause()));
        missed.addAll(t.run(new Command.Announce("Back at 11.")));
        missed.addAll(t.run(new Command.FireInject(envoy(sc))));
        missed.addAll(t.run(new Command.HandSeat("RU", "hardliner")));
        missed.removeIf(x -> x instanceof ServerMessage.State);
        m.apply(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info()));
        send(m, missed);
        m.apply(t.live());
        assertThat(lines(m)).containsSubsequence("[1] Paused by the facilitator: moves wait until the game resumes.",
                "[1] The facilitator: Back at 11.", "[1] NEWS: " + TITLE + " — " + WIRE,
                "[1] The facilitator handed Russia's seat to a bot (hardliner).");
        assertThat(m.log()).filteredOn(e -> e.kind() == LogEntry.Kind.FACILITATOR).hasSize(1);
        assertThat(m.paused()).isTrue();

        // the same events again (a second catch-up from an older version): nothing twice
        m.apply(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info()));
        m.apply(t.state());
        assertThat(lines(m)).filteredOn(l -> l.contains(TITLE)).hasSize(1);
    }

    /** A spectator arriving after news fired sees its headline in its round, from the full state. */
    @Test
    void aLateSpectatorSeesTheNewsFiredBefore() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, null, 6);
        t.run(new Command.FireInject(envoy(sc)));
        GameModel m = new GameModel();
        m.apply(new ServerMessage.Spectating("ROOM", sc.info()));
        m.apply(t.state());
        assertThat(lines(m)).containsOnlyOnce("[1] NEWS: " + TITLE + " — " + WIRE);
        assertThat(m.brief()).isNull();
    }

    @Test
    void aLateSpectatorReadsTheFacilitatorsEarlierAnnouncementsAndALiveOneIsToldOnce() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, null, 6);
        t.run(new Command.Announce("Ten minutes to the first draft"));
        GameModel late = new GameModel();
        late.apply(new ServerMessage.Spectating("ROOM", sc.info()));
        late.apply(t.state());
        assertThat(lines(late)).containsOnlyOnce("[1] The facilitator: Ten minutes to the first draft");

        GameModel here = new GameModel(); // was there: the notice told it, the states that follow list it
        here.apply(new ServerMessage.Spectating("ROOM", sc.info()));
        here.apply(t.state());
        here.apply(ServerMessage.Notice.of(NoticeKind.ANNOUNCEMENT, "The facilitator: Vote now"));
        for (ServerMessage m : t.run(new Command.Announce("Vote now"))) {
            here.apply(m);
        }
        assertThat(lines(here)).containsOnlyOnce("[1] The facilitator: Vote now");
    }

    @Test
    void aLatecomerReadsTheFacilitatorsActionsInTheirRoundFromTheState() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, null, 6);
        ServerMessage.State s = t.state();
        ServerMessage.State withNotes = new ServerMessage.State(s.room(), s.scenario(), s.phase(), s.round(), s.rounds(), s.pen(),
                s.draft(), s.votes(), s.seats(), s.deadline(), s.remainingMs(), s.version(), s.tabledAt(), s.votedAt(), s.standIns(),
                s.paused(), s.injects(), s.announcements(), List.of(new ServerParts.Note(1, "Paused by the facilitator", 2)), s.history(),
                s.you());
        GameModel late = new GameModel();
        late.apply(new ServerMessage.Spectating("ROOM", sc.info()));
        late.apply(withNotes);
        late.apply(withNotes); // a second state lists it again: told once
        assertThat(lines(late)).containsOnlyOnce("[1] Paused by the facilitator.");
    }

    /** The new fields are server text like any other: control characters go. */
    @Test
    void newServerTextIsSanitised() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        String bad = "Head\u001b[2Jline\u202e";
        assertThat(CLEAN).doesNotContain("\u001b").doesNotContain("\u202e").startsWith("Head");
        ServerMessage.State s = new Table(sc, "UA", 6).state();
        ServerMessage.State dirty = new ServerMessage.State(s.room(), s.scenario(), s.phase(), s.round(), s.rounds(), s.pen(), s.draft(),
                s.votes(), s.seats(), s.deadline(), s.remainingMs(), s.version(), s.tabledAt(), s.votedAt(), s.standIns(), true,
                List.of(new ServerParts.InjectNews(1, "x\u0007", bad, bad)), s.history(), s.you());
        ServerMessage.State clean = (ServerMessage.State) Sanitize.message(dirty);
        assertThat(clean.isPaused()).isTrue();
        assertThat(clean.injects()).singleElement().satisfies(n -> {
            assertThat(n.title()).isEqualTo(CLEAN);
            assertThat(n.text()).isEqualTo(CLEAN);
            assertThat(n.id()).isEqualTo(LogEntry.printable("x\u0007")).doesNotContain("\u0007");
        });

        Brief b = new Brief("UA", "text", sc.brief("UA").weights(), sc.brief("UA").scores(), List.of(), sc.brief("UA").noDeal(), null, null,
                List.of(bad));
        ServerMessage.BriefUpdate u = (ServerMessage.BriefUpdate) Sanitize.message(new ServerMessage.BriefUpdate("ROOM", "UA", "i\n", b));
        assertThat(u.brief().news()).containsExactly(CLEAN);
        assertThat(u.inject()).doesNotContain("\n");

        ServerMessage.Event a = (ServerMessage.Event) Sanitize.message(new ServerMessage.Event(3, new PublicEvent.Announced(1, bad)));
        assertThat(((PublicEvent.Announced) a.event()).text()).isEqualTo(CLEAN);
        ServerMessage.Event n = (ServerMessage.Event) Sanitize.message(new ServerMessage.Event(4, new PublicEvent.Inject(1, "i", bad, bad)));
        assertThat(((PublicEvent.Inject) n.event()).title()).isEqualTo(CLEAN);
        ServerMessage.Notice o = (ServerMessage.Notice) Sanitize.message(ServerMessage.Notice.of(NoticeKind.ANNOUNCEMENT, bad));
        assertThat(o.text()).isEqualTo(CLEAN);
    }
}
