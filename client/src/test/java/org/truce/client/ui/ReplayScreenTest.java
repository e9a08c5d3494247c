package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.client.replay.ReplaySteps;
import org.truce.server.ReplayJournal;
import org.truce.shared.analysis.AgreementAnalysis;
import org.truce.shared.analysis.Analysis;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Game;
import org.truce.shared.engine.Outcome;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * {@code truce replay}'s screen on a headless terminal: a real engine game, journaled as the server
 * writes it, read back by room code and stepped from round 1 to the end with the keys.
 */
class ReplayScreenTest {
    @TempDir
    Path data;

    /** Round 1: a Pareto-optimal draft rejected; round 2: round 2's Nash package agreed. */
    private Scenario playAndJournal() throws Exception {
        Scenario s = ScenarioLoader.builtIn("paris-summit");
        Analysis a = Analysis.of(s);
        Game g = new Game(s.info());
        g.start(6, 1);
        draftAndVote(g, s.space().toTerms(a.paretoFrontier()[0]), true);
        draftAndVote(g, s.space().toTerms(a.nash(2)), false);
        org.truce.client.RoomLogs.write(data, "RPLAY", "paris-summit", 6, g.events());
        return s;
    }

    private static void draftAndVote(Game g, Map<String, String> terms, boolean reject) {
        int round = g.state().round();
        must(g, new Command.Propose(g.state().pen(), round, terms));
        List<String> voters = List.copyOf(g.state().pendingVoters());
        for (String p : voters) {
            must(g, new Command.Vote(p, round, !(reject && p.equals(voters.get(0)))));
        }
    }

    private static void must(Game g, Command c) {
        Outcome o = g.handle(c);
        assertThat(o.isAccepted()).as(c + " refused: " + o.rejection()).isTrue();
    }

    private static String text(DefaultVirtualTerminal t) {
        TerminalSize s = t.getTerminalSize();
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < s.getRows(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < s.getColumns(); c++) {
                line.append(t.getBufferCharacter(c, r).getCharacterString());
            }
            b.append(line.toString().replaceAll("\\s+$", "")).append('\n');
        }
        return b.toString();
    }

    @Test
    @Timeout(60)
    void stepsFromRoundOneToTheEndWithEachDraftsAnalysis() throws Exception {
        Scenario s = playAndJournal();
        ReplayJournal.Game game = ReplayJournal.read("rplay", data);
        ReplaySteps steps = new ReplaySteps(game.code(), game.scenario(), game.events());
        assertThat(steps.steps()).hasSize(5); // the start, round 1's draft and votes, round 2's draft and the deal

        DefaultVirtualTerminal t = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        List<String> frames = new ArrayList<>();
        t.addVirtualTerminalListener(new VirtualTerminalListener() {
            @Override
            public void onFlush() {
                String f = text(t);
                if (frames.isEmpty() || !frames.get(frames.size() - 1).equals(f)) {
                    frames.add(f);
                }
            }

            @Override
            public void onBell() {
            }

            @Override
            public void onClose() {
            }

            @Override
            public void onResized(Terminal terminal, TerminalSize size) {
            }
        });
        // every key queued before the replay starts, Q last: the loop reads them all and ends, no clock involved
        for (int i = 0; i < 5; i++) {
            t.addInput(new KeyStroke(KeyType.ArrowRight));
        }
        t.addInput(new KeyStroke(KeyType.ArrowRight)); // at the end: stays
        t.addInput(new KeyStroke(KeyType.Home));
        t.addInput(new KeyStroke(KeyType.PageDown));
        t.addInput(new KeyStroke(KeyType.End));
        t.addInput(new KeyStroke(KeyType.PageUp));
        t.addInput(new KeyStroke('q', false, false));
        new ReplayScreen(steps).run(t);

        List<String> headers = new ArrayList<>();
        for (String f : frames) {
            String h = f.lines().findFirst().orElse("");
            if (h.startsWith("REPLAY") && (headers.isEmpty() || !headers.get(headers.size() - 1).equals(h))) {
                headers.add(h);
            }
        }
        // the debrief is the last step, after the deal's votes
        assertThat(headers).containsExactly(
                "REPLAY · room RPLAY · round 1 of 2 · step 1 of 6",
                "REPLAY · room RPLAY · round 1 of 2 · step 2 of 6",
                "REPLAY · room RPLAY · round 1 of 2 · step 3 of 6",
                "REPLAY · room RPLAY · round 2 of 2 · step 4 of 6",
                "REPLAY · room RPLAY · round 2 of 2 · step 5 of 6",
                "REPLAY · room RPLAY · the debrief · step 6 of 6",
                "REPLAY · room RPLAY · round 1 of 2 · step 1 of 6",
                "REPLAY · room RPLAY · round 2 of 2 · step 4 of 6",
                "REPLAY · room RPLAY · the debrief · step 6 of 6",
                "REPLAY · room RPLAY · round 2 of 2 · step 4 of 6");

        String start = frames.stream().filter(f -> f.startsWith("REPLAY · room RPLAY · round 1 of 2 · step 1 of 6")).findFirst().orElseThrow();
        assertThat(start).contains("No draft tabled yet.");

        // round 1's draft: the frontier's first package, Pareto-optimal, its utilities as the analysis gives them
        String tabled = frames.stream().filter(f -> f.startsWith("REPLAY · room RPLAY · round 1 of 2 · step 2 of 6")).findFirst().orElseThrow();
        AgreementAnalysis one = Analysis.of(s).assess(s.space().decode(Analysis.of(s).paretoFrontier()[0]), 1);
        String worth = "Round 1's draft, tabled by " + s.info().parties().get(0).name() + ", is worth to each party (utility):\n";
        String firstParty = s.info().partyIds().get(0);
        assertThat(tabled).contains(worth + firstParty + " " + Text.num(one.results().get(firstParty).utility()) + " · ");
        assertThat(tabled).contains("Pareto-optimal: yes");

        // the end: the agreed draft is round 2's Nash package
        assertThat(frames.stream().filter(f -> f.startsWith("REPLAY · room RPLAY · round 2 of 2 · step 5 of 6")).findFirst().orElseThrow())
                .contains("It is round 2's Nash package");
        for (String f : frames) {
            assertThat(f).contains(f.contains("the debrief") ? "←/→ step · ↑/↓ scroll · Home/End start/end · Q quit"
                    : "←/→ step · PgUp/PgDn round · Home/End start/end · Q quit");
        }
    }

    /** Waits (on the frames the terminal flushes, never a clock) for a frame that contains {@code what}. */
    private static String frame(BlockingQueue<String> frames, String what) throws InterruptedException {
        return frame(frames, what, f -> f.contains(what));
    }

    private static String frame(BlockingQueue<String> frames, String what, java.util.function.Predicate<String> p)
            throws InterruptedException {
        String last = null;
        for (String f; (f = frames.poll(20, TimeUnit.SECONDS)) != null; ) {
            if (p.test(f)) {
                return f;
            }
            last = f;
        }
        throw new AssertionError("no frame with: " + what + "; the last one:\n" + last);
    }

    @Test
    @Timeout(60)
    void theLastStepIsTheDebriefWithItsEpilogueAndAResizeRedrawsAtOnce() throws Exception {
        Scenario s = playAndJournal();
        ReplayJournal.Game game = ReplayJournal.read("rplay", data);
        ReplaySteps steps = new ReplaySteps(game.code(), game.scenario(), game.events());
        DefaultVirtualTerminal t = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        t.addVirtualTerminalListener(new VirtualTerminalListener() {
            @Override
            public void onFlush() {
                frames.add(text(t));
            }

            @Override
            public void onBell() {
            }

            @Override
            public void onClose() {
            }

            @Override
            public void onResized(Terminal terminal, TerminalSize size) {
            }
        });
        ReplayScreen screen = new ReplayScreen(steps);
        java.util.concurrent.atomic.AtomicReference<Throwable> failed = new java.util.concurrent.atomic.AtomicReference<>();
        Thread run = new Thread(() -> {
            try {
                screen.run(t);
            } catch (Throwable e) {
                failed.set(e);
            }
        }, "replay");
        run.start();
        t.addInput(new KeyStroke(KeyType.End));
        String top = frame(frames, "the debrief · step 6 of 6").replaceAll("\\s+", " ");
        AgreementAnalysis a = steps.gameOver().analysis();
        assertThat(top).contains("The agreement:");
        assertThat(top).contains("Party utility no deal score");
        for (String p : s.info().partyIds()) {
            assertThat(top).contains(s.info().party(p).name() + " " + Text.points(a.results().get(p).utility()));
        }
        assertThat(top).contains("Pareto-optimal: no other package was better for some party without being worse for another.");

        // scrolled to the end, key by key (no key left to read: the resize below is the only draw)
        int down = ReplayView.debriefScrollMax(steps, 80, 24);
        assertThat(down).isPositive();
        for (int i = 0; i < down; i++) {
            t.addInput(new KeyStroke(KeyType.ArrowDown));
        }
        String caveat = steps.gameOver().epilogue().caveat();
        String lastWords = caveat.substring(caveat.lastIndexOf(' ') + 1);
        String end = frame(frames, lastWords).replaceAll("\\s*\n\\s*", " ");
        assertThat(end).contains("not a forecast");
        assertThat(end).contains("The agreement was the Nash package (the fairest split of the gains over no deal).")
                .contains("WILL THE TRUCE HOLD?  " + steps.gameOver().epilogue().headline());

        // a resize draws the new size with no key pressed: the key bar moves to the new last row
        t.setTerminalSize(new TerminalSize(100, 30));
        String resized = frame(frames, "the key bar on row 30", f -> {
            List<String> r = f.lines().toList();
            return r.size() == 30 && r.get(29).startsWith("←/→ step · ↑/↓ scroll");
        });
        assertThat(resized).startsWith("REPLAY · room RPLAY · the debrief").contains(lastWords);

        t.addInput(new KeyStroke('q', false, false));
        run.join(20_000);
        assertThat(run.isAlive()).isFalse();
        assertThat(failed.get()).isNull();
    }
}
