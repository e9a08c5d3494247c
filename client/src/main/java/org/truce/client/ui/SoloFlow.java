package org.truce.client.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import org.truce.client.net.Connector;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.scenario.ScenarioInfo;

/**
 * Solo play: choose a party and a difficulty (unless given on the command line), then open a
 * room with bots in every other seat on the in-process server and take the seat.
 */
public final class SoloFlow {
    /** The settings of a solo room. */
    public record Options(String party, String difficulty, Long seed, Integer rounds, int turnSeconds, int voteSeconds,
                          int botDelayMs) {
    }

    private final App app;
    private final ScenarioInfo info;
    private final Options options;
    private final Connector connector;

    /** Solo play of {@code info} on the server {@code connector} reaches; nothing shows before {@link #begin()}. */
    public SoloFlow(App app, ScenarioInfo info, Options options, Connector connector) {
        this.app = app;
        this.info = info;
        this.options = options;
        this.connector = connector;
    }

    /** Shows the first screen (GUI thread). */
    public void begin() {
        if (options.party() == null || info.partyIndex(options.party()) < 0) {
            chooseParty(null);
        } else {
            partyChosen(options.party());
        }
    }

    /** The party list, its marker on {@code current} (the party chosen before Esc came back here). */
    private void chooseParty(String current) {
        app.showMain(new PartyChoiceWindow(app, info, current, this::partyChosen));
    }

    private void partyChosen(String party) {
        if (options.difficulty() == null) {
            // Esc goes back to the party choice, even when --party skipped it (begin() would skip it again)
            app.showMain(new DifficultyWindow(app, new org.truce.client.model.Names(info), party, d -> start(party, d), () -> chooseParty(party)));
        } else {
            start(party, options.difficulty());
        }
    }

    private void start(String party, String difficulty) {
        Map<String, String> bots = new LinkedHashMap<>();
        for (String p : info.partyIds()) {
            if (!p.equals(party)) {
                bots.put(p, "default");
            }
        }
        ClientMessage.CreateRoom create = new ClientMessage.CreateRoom(info.id(), bots, options.rounds(), options.turnSeconds(),
                options.voteSeconds(), difficulty, options.seed(), options.botDelayMs());
        app.noFacilitator(); // nobody to run the room for: no F Room, no "close the room" dead end
        app.onFirstLink(a -> a.send(create));
        app.onRoomCreated(rc -> app.send(new ClientMessage.Join(rc.code(), party)));
        app.onPlayAgain("New game", () -> {
            // same party, difficulty and options, a fresh room on the same in-process server
            app.send(new ClientMessage.Leave());
            app.model().resetGame();
            welcome(party);
            app.showMain(new TableWindow(app));
            app.send(create);
        });
        welcome(party);
        app.showMain(new TableWindow(app));
        app.connect(connector);
    }

    private void welcome(String party) {
        app.model().add(org.truce.client.model.LogEntry.Kind.EVENT, 0, "Welcome, " + info.party(party).name()
                + ". B reads your secret brief, E writes a draft when you hold the pen, ? explains everything.");
    }
}
