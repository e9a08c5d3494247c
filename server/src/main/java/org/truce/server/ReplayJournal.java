package org.truce.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.truce.shared.engine.Event;
import org.truce.shared.scenario.Scenario;

/**
 * A finished room's journal read for {@code truce replay}, read only: its events and its scenario
 * found as the server finds it (built-in or {@code DATA/scenarios/*.json}), as {@link ReportWriter} does.
 */
public final class ReplayJournal {
    private ReplayJournal() {
    }

    /** A finished game: its room code, the scenario as set up (before any news: the news is among the events) and every event. */
    public record Game(String code, Scenario scenario, List<Event> events) {
    }

    /** Why a journal cannot be replayed, in one line for the user. */
    public static final class Unreplayable extends Exception {
        Unreplayable(String message) {
            super(message);
        }
    }

    /**
     * Reads {@code fileOrRoom}: a journal file's path, or else a room code looked up in
     * {@code dataDir}/rooms. Throws {@link Unreplayable} with one line when it is not a finished game.
     */
    public static Game read(String fileOrRoom, Path dataDir) throws Unreplayable {
        Path file = Path.of(fileOrRoom);
        if (!Files.isRegularFile(file)) {
            if (!fileOrRoom.matches("[A-Za-z0-9]{1,12}")) {
                throw new Unreplayable("no such file: " + fileOrRoom);
            }
            file = dataDir.resolve("rooms").resolve(fileOrRoom.toUpperCase(Locale.ROOT) + ".jsonl");
            if (!Files.isRegularFile(file)) {
                throw new Unreplayable("no room " + fileOrRoom.toUpperCase(Locale.ROOT) + " in " + dataDir.resolve("rooms")
                        + " (and no such file)");
            }
        }
        JournalFile.Contents c;
        try {
            c = JournalFile.read(file);
        } catch (IOException e) {
            throw new Unreplayable("the room log " + file + " cannot be read (it is not a room journal)");
        }
        if (c.setup() == null) {
            throw new Unreplayable("the room log " + file + " cannot be read (it has no room set-up line)");
        }
        boolean finished = c.events().stream().anyMatch(e -> e instanceof Event.Agreed || e instanceof Event.NoDealReached);
        if (!finished) {
            throw new Unreplayable("room " + c.setup().code() + " is still in play: only a finished game can be replayed");
        }
        Scenario scenario = ScenarioCatalog.load(ServerConfig.loopback(dataDir)).get(c.setup().scenario());
        if (scenario == null) {
            throw new Unreplayable("scenario '" + c.setup().scenario() + "' not found (built-in or " + dataDir.resolve("scenarios") + ")");
        }
        for (Event e : c.events()) {
            if (e instanceof Event.GameStarted g && !g.parties().equals(scenario.info().partyIds())) {
                throw new Unreplayable("the log of room " + c.setup().code() + " does not match scenario '" + scenario.id()
                        + "' (its parties " + String.join(", ", g.parties()) + " are not the scenario's: was the scenario file changed?)");
            }
        }
        return new Game(c.setup().code(), scenario, List.copyOf(c.events()));
    }
}
