package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.truce.client.model.Table;
import org.truce.client.net.ConnectionListener;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.RejectReason;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * A vote is in flight from the key press until the server answers that very request (its reply
 * carries the vote's id as {@code re}): a state some other move caused does not bring the vote
 * prompt back, an error refusing the vote does, and the state answering it ends the wait.
 */
class VoteInFlightTest {
    private static final String PROMPT = "▶ Your vote: A accept · R reject";

    @Test
    @Timeout(30)
    void aVoteWaitsForItsOwnReplyNotForTheNextState() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, "UA", 6);
        try (HandFedScreen screen = new HandFedScreen()) {
            VirtualScreen v = screen.v;
            ConnectionListener l = screen.l;
            votingInRoundTwo(screen, sc, t);

            v.key('r');
            String first = voteSent(screen, false);
            v.waitForGone(PROMPT, 5000);
            // US votes before the server has counted ours: that state still shows UA pending, and is no answer
            t.run(new Command.Vote("US", 2, true)).forEach(l::onMessage);
            String s = v.waitFor("US ✓");
            assertThat(s).doesNotContain(PROMPT);
            assertThat(pending(v, first)).isTrue();

            // the server refuses that vote: the prompt is back, and the vote can be cast again
            l.onMessage(ServerMessage.Error.of(org.truce.shared.protocol.ErrorCode.of(RejectReason.WRONG_ROUND), "that is not the current round"), first);
            v.waitFor(PROMPT);
            assertThat(pending(v, first)).isFalse();
            v.key('r');
            String second = voteSent(screen, false);
            assertThat(second).isNotEqualTo(first);
            v.waitForGone(PROMPT, 5000);

            // the state that counts it answers it
            List<ServerMessage> counted = t.run(new Command.Vote("UA", 2, false));
            for (ServerMessage m : counted) {
                l.onMessage(m, m instanceof ServerMessage.State ? second : null);
            }
            s = v.waitFor("You rejected this draft.");
            assertThat(s).doesNotContain(PROMPT);
            assertThat(pending(v, second)).isFalse();
        }
    }

    /**
     * A vote written to a link that then turned out dead (half-open: no FIN, the key press finds it)
     * goes again once the link is back and the table still waits for it; if the first arrived after
     * all, the server's refusal of the second stays out of the player's log.
     */
    @Test
    @Timeout(30)
    void aVoteLostWithADeadLinkGoesAgainOnceTheLinkIsBack() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, "UA", 6);
        try (HandFedScreen screen = new HandFedScreen()) {
            VirtualScreen v = screen.v;
            ConnectionListener l = screen.l;
            votingInRoundTwo(screen, sc, t);

            v.key('r');
            String first = voteSent(screen, false);
            l.onLink(false, "connection reset", 1000); // the write found the link dead
            l.onLink(true, "back", 0);
            l.onMessage(t.state()); // the resumed seat: the table still waits for UA's vote
            String again = voteSent(screen, false);
            assertThat(again).isNotEqualTo(first);

            // the first had arrived after all: the server refuses the second, and the player is not told
            l.onMessage(ServerMessage.Error.of(org.truce.shared.protocol.ErrorCode.ALREADY_VOTED,
                    "this party has already voted in this round"), again);
            List<ServerMessage> counted = t.run(new Command.Vote("UA", 2, false));
            for (ServerMessage m : counted) {
                l.onMessage(m, m instanceof ServerMessage.State ? first : null);
            }
            v.waitFor("You rejected this draft.");
            assertThat(v.app().model().log()).noneMatch(e -> e.text().contains("already voted"));
            v.app().guiThread().invokeAndWait(() -> { }); // every refresh the messages caused has run
            assertThat(screen.sent).as("sent again once, not more").noneMatch(x -> x.message() instanceof ClientMessage.Vote);
        }
    }

    /**
     * A vote cast while the link is down waits in the link's queue and goes out after the new
     * hello: it is still on its way at the link-up, so it is not sent a second time.
     */
    @Test
    @Timeout(30)
    void aVoteCastWhileTheLinkIsDownIsSentOnceNotAgain() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, "UA", 6);
        try (HandFedScreen screen = new HandFedScreen()) {
            VirtualScreen v = screen.v;
            ConnectionListener l = screen.l;
            votingInRoundTwo(screen, sc, t);
            l.onLink(false, "connection lost", 1000);
            v.waitFor("Connection lost");
            v.key('r');
            String queued = voteSent(screen, false);
            l.onLink(true, "back", 0);
            l.onMessage(t.state()); // the resumed seat's state, before the server has handled the queued vote
            v.waitForGone("Connection lost", 5000);
            assertThat(pending(v, queued)).as("still on its way").isTrue();
            v.app().guiThread().invokeAndWait(() -> { }); // every refresh the messages caused has run
            assertThat(screen.sent).as("not sent again").noneMatch(x -> x.message() instanceof ClientMessage.Vote);
        }
    }

    /** UA seated; round 1 fails, RU tables in round 2: UA's vote is due (and nothing sent so far is kept). */
    private static void votingInRoundTwo(HandFedScreen screen, Scenario sc, Table t) throws Exception {
        ConnectionListener l = screen.l;
        l.onMessage(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info()));
        l.onMessage(t.state());
        t.run(new Command.Propose("UA", 1, t.firstOptions())).forEach(l::onMessage);
        t.run(new Command.Vote("RU", 1, false)).forEach(l::onMessage);
        t.run(new Command.Vote("US", 1, true)).forEach(l::onMessage);
        t.run(new Command.Vote("EU", 1, true)).forEach(l::onMessage);
        t.run(new Command.Propose("RU", 2, t.firstOptions())).forEach(l::onMessage);
        screen.v.waitFor(PROMPT);
        screen.sent.clear();
    }

    /** The vote the client sent next, and its request id. */
    private static String voteSent(HandFedScreen screen, boolean accept) throws InterruptedException {
        RecordingConnection.Sent sent = screen.sent.poll(5, TimeUnit.SECONDS);
        assertThat(sent).isNotNull();
        assertThat(sent.message()).isEqualTo(new ClientMessage.Vote(2, accept));
        assertThat(sent.id()).isNotNull();
        return sent.id();
    }

    /** Whether the request is still pending, asked on the GUI thread that owns the mark. */
    private static boolean pending(VirtualScreen v, String id) throws InterruptedException {
        AtomicBoolean p = new AtomicBoolean();
        v.app().guiThread().invokeAndWait(() -> p.set(v.app().link().pending(id)));
        return p.get();
    }
}
