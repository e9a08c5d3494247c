package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.client.model.GameModel;
import org.truce.client.model.Table;
import org.truce.client.ui.TableView.Context;
import org.truce.client.ui.TableView.Frame;
import org.truce.shared.engine.Command;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/** A team lead's vote prompt and a creator's key bar fit at 80 columns, uncut. */
class TeamLinesFitTest {
    private static final Scenario SC = scenario();

    private static Scenario scenario() {
        try {
            return ScenarioLoader.builtIn("paris-summit-4");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Olena leads UA (with Taras and Iryna); {@code t}'s state applied. */
    private static GameModel lead(Table t) {
        t.teams.put("UA", List.of("Olena", "Taras", "Iryna"));
        GameModel m = new GameModel();
        m.apply(new ServerMessage.Welcome(1, "truce", "Olena", null));
        m.apply(new ServerMessage.Joined("ROOM", "UA", "tok", SC.brief("UA"), SC.info(), "lead", "Olena"));
        m.apply(t.state());
        return m;
    }

    @Test
    void theLeadsVotePromptWithTheTeamsTallyFits() {
        Table t = new Table(SC, "UA", 6);
        GameModel m = lead(t);
        Table.send(m, t.run(new Command.Propose("UA", 1, t.firstOptions())));
        for (String p : List.of("RU", "US", "EU")) {
            Table.send(m, t.run(new Command.Vote(p, 1, false)));
        }
        Table.send(m, t.run(new Command.Propose("RU", 2, t.firstOptions())));
        m.apply(new ServerMessage.Suggested("Taras", null, true));
        Frame f = TableView.render(m, new Context(null, -1, false, false, true, true), 80, 24);
        String prompt = f.action().get(0).text().strip();
        assertThat(prompt).startsWith("▶ Your vote: A accept · R reject").contains("worth ").endsWith("team: 1 yes, 0 no");
        assertThat(prompt.length()).isLessThanOrEqualTo(80);
    }

    @Test
    void theCreatorsKeyBarFitsWithTheKeysThatMatter() {
        Table t = new Table(SC, "UA", 6);
        GameModel m = lead(t);
        m.apply(new ServerMessage.Suggested("Taras", t.firstOptions(), null));
        // in a game: the pen, a suggestion to load, and the facilitator's room key
        String bar = TableView.render(m, new Context(null, -1, false, false, true, true), 80, 24).keys().text();
        assertThat(bar.length()).isLessThanOrEqualTo(80);
        assertThat(bar).contains("E Edit draft", "U Suggested", "T Talk", "? Help", "Q Quit", "F Room").doesNotEndWith("…");
        // before the game starts: Esc leaves the seat
        ServerMessage.State s = t.state();
        m.apply(new ServerMessage.State(s.room(), s.scenario(), "lobby", 0, s.rounds(), null, null, null, s.seats(), null, null, null, null,
                null, null, null, null, null, null, null, s.you()));
        bar = TableView.render(m, new Context(null, -1, false, false, true, true), 80, 24).keys().text();
        assertThat(bar.length()).isLessThanOrEqualTo(80);
        assertThat(bar).contains("T Talk", "? Help", "Q Quit", "Esc Leave seat", "F Room");
    }
}
