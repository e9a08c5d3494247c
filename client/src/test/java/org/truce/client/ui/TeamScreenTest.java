package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.truce.client.model.Table;
import org.truce.client.net.ConnectionListener;
import org.truce.shared.engine.Command;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/** A team member's table (role, lead, team channel, suggest keys) and a lead's table receiving a suggestion, at 80×24. */
class TeamScreenTest {
    private static final long WAIT = 10_000;

    /** The next message the client sends that matches, waiting for it (fails after {@link #WAIT} ms). */
    private static ClientMessage sent(HandFedScreen screen, Predicate<ClientMessage> p) throws InterruptedException {
        long end = System.currentTimeMillis() + WAIT;
        while (System.currentTimeMillis() < end) {
            RecordingConnection.Sent s = screen.sent.poll(end - System.currentTimeMillis(), TimeUnit.MILLISECONDS);
            if (s != null && p.test(s.message())) {
                return s.message();
            }
        }
        throw new AssertionError("not sent; sent so far: " + screen.sentMessages());
    }

    private static Table table(Scenario sc, String me) {
        Table t = new Table(sc, me, 6);
        t.teams.put("UA", List.of("Olena", "Taras", "Iryna"));
        return t;
    }

    @Test
    @Timeout(60)
    void aMemberSeesTheLeadTalksToTheTeamAndSuggests() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = table(sc, "UA");
        try (HandFedScreen screen = new HandFedScreen()) {
            VirtualScreen v = screen.v;
            ConnectionListener l = screen.l;
            l.onMessage(new ServerMessage.Welcome(1, "truce", "Taras", null));
            l.onMessage(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info(), "member", "Olena"));
            l.onMessage(t.state());
            String s = Dump.save("team-member", v.waitFor("you (Taras) are a member"));
            assertThat(s).contains("Team Ukraine · lead: Olena · you (Taras) are a member · with Iryna")
                    .contains("Your team holds the pen: Olena tables. E drafts a suggestion")
                    .contains("E Suggest draft").doesNotContain("E Edit draft");

            // the team channel: a line from Iryna shows; Taras writes to the team
            l.onMessage(new ServerMessage.Said("UA", "team", "Hold firm on the line.", 1, null, null, "Iryna"));
            v.waitFor("(team) Iryna: Hold firm on the line.", WAIT);
            // the lead's private line to Russia says who of the team wrote it
            l.onMessage(new ServerMessage.Said("UA", "RU", "Line b, then.", 1, null, null, "Olena"));
            v.waitFor("(private) Olena (your team) → Russia: Line b, then.", WAIT);
            v.key('t');
            s = v.waitFor("My team (team channel)", WAIT);
            v.key(KeyType.ArrowDown);
            v.waitFor("Only your team (and the facilitator) reads it.", WAIT);
            v.type("Agreed, no troops clause.");
            v.key(KeyType.Enter);
            ClientMessage.Say say = (ClientMessage.Say) sent(screen, m -> m instanceof ClientMessage.Say);
            assertThat(say.to()).isEqualTo("team");
            assertThat(say.text()).isEqualTo("Agreed, no troops clause.");

            // a suggested draft from the editor goes to the lead, not on the table
            v.waitForGone("My team (team channel)", WAIT);
            v.key('e');
            v.waitFor("SUGGEST A DRAFT TO YOUR LEAD", WAIT);
            v.waitFor("Enter Suggest to lead", WAIT);
            v.key(KeyType.Enter);
            ClientMessage.Suggest sg = (ClientMessage.Suggest) sent(screen, m -> m instanceof ClientMessage.Suggest);
            assertThat(sg.terms()).hasSize(sc.info().terms().size());
            assertThat(screen.sentMessages()).noneMatch(m -> m instanceof ClientMessage.Propose);

            // the lead tables, RU rejects; RU's draft in round 2: the member suggests a vote with +
            t.run(new Command.Propose("UA", 1, t.firstOptions())).forEach(l::onMessage);
            t.run(new Command.Vote("RU", 1, false)).forEach(l::onMessage);
            t.run(new Command.Vote("US", 1, false)).forEach(l::onMessage);
            t.run(new Command.Vote("EU", 1, false)).forEach(l::onMessage);
            t.run(new Command.Propose("RU", 2, t.firstOptions())).forEach(l::onMessage);
            Dump.save("team-member-vote", v.waitFor("+/- Suggest accept/reject"));
            v.key('+');
            v.waitFor("Olena votes for your team: + suggests accepting, - rejecting.", WAIT);
            ClientMessage.Suggest vote = (ClientMessage.Suggest) sent(screen, m -> m instanceof ClientMessage.Suggest x && x.vote() != null);
            assertThat(vote.vote()).isTrue();
            v.key('a'); // a member never votes, and is told who does
            v.waitFor("Only the lead (Olena) votes for Ukraine: + and - suggest a vote to them.", WAIT);
            assertThat(screen.sentMessages()).noneMatch(m -> m instanceof ClientMessage.Vote);

            // the lead drops: Taras leads now, and may vote
            t.teams.put("UA", List.of("Taras", "Olena", "Iryna"));
            l.onMessage(t.state());
            s = Dump.save("team-member-leads", v.waitFor("You lead your team now: you table and vote."));
            assertThat(s).contains("Team Ukraine · you lead · members: Olena, Iryna").contains("A Accept  R Reject");
        }
    }

    /** {@code s} with UA's seat showing {@code away} as away. */
    private static ServerMessage.State away(ServerMessage.State s, List<String> away) {
        List<ServerParts.Seat> seats = new java.util.ArrayList<>();
        for (ServerParts.Seat x : s.seats()) {
            seats.add(!x.party().equals("UA") ? x
                    : new ServerParts.Seat(x.party(), x.occupant(), x.name(), x.connected(), x.strategy(), x.team(), x.lead(), away));
        }
        return new ServerMessage.State(s.room(), s.scenario(), s.phase(), s.round(), s.rounds(), s.pen(), s.draft(), s.votes(),
                seats, s.deadline(), s.remainingMs(), s.version(), s.tabledAt(), s.votedAt(), s.standIns(), s.paused(), s.injects(),
                s.announcements(), s.notes(), s.history(), s.you());
    }

    @Test
    @Timeout(60)
    void theLeadSeesWhoIsAwayAndWhoLeftTheTeam() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = table(sc, "UA");
        try (HandFedScreen screen = new HandFedScreen()) {
            VirtualScreen v = screen.v;
            ConnectionListener l = screen.l;
            l.onMessage(new ServerMessage.Welcome(1, "truce", "Olena", null));
            l.onMessage(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info(), "lead", "Olena"));
            l.onMessage(t.state());
            v.waitFor("you lead · members: Taras, Iryna", WAIT);
            // Taras quits in the game: he keeps his place, away
            l.onMessage(away(t.state(), List.of("Taras")));
            v.waitFor("you lead · members: Taras (away), Iryna", WAIT);
            v.waitFor("Taras is away (keeps their place in the team).", WAIT);
            l.onMessage(t.state());
            v.waitFor("Taras is back.", WAIT);
            // Iryna's place goes (removed, or she left before the game)
            t.teams.put("UA", List.of("Olena", "Taras"));
            l.onMessage(t.state());
            String s = v.waitFor("Iryna left the team.", WAIT);
            assertThat(s).contains("you lead · members: Taras").doesNotContain("members: Taras, Iryna");
        }
    }

    @Test
    @Timeout(60)
    void theLeadSeesASuggestionItsWorthAndLoadsIt() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = table(sc, "UA");
        try (HandFedScreen screen = new HandFedScreen()) {
            VirtualScreen v = screen.v;
            ConnectionListener l = screen.l;
            l.onMessage(new ServerMessage.Welcome(1, "truce", "Olena", null));
            l.onMessage(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info(), "lead", "Olena"));
            l.onMessage(t.state());
            v.waitFor("you lead · members: Taras, Iryna", WAIT);
            Map<String, String> terms = t.firstOptions();
            l.onMessage(new ServerMessage.Suggested("Iryna", terms, null));
            String s = Dump.save("team-lead-suggestion", v.waitFor("Iryna suggests a package worth"));
            assertThat(s).contains("U loads it").contains("suggested: 1 package").contains("U Suggested");
            v.key('u');
            s = v.waitFor("Starting from Iryna's suggestion.", WAIT);
            v.key(KeyType.Enter);
            v.waitFor("Table this draft?", WAIT);
            v.key(KeyType.Enter);
            ClientMessage.Propose p = (ClientMessage.Propose) sent(screen, m -> m instanceof ClientMessage.Propose);
            assertThat(p.terms()).isEqualTo(terms);
        }
    }
}
