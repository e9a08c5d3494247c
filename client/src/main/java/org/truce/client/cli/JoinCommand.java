package org.truce.client.cli;

import java.util.concurrent.Callable;
import org.truce.client.model.ClientSettings;
import org.truce.client.model.PlayerName;
import org.truce.client.ui.LobbyWindow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

/** Play over the network: the lobby (server, rooms, create, join, spectate) or straight into a seat. */
@Command(name = "join", mixinStandardHelpOptions = true,
        description = "Join a game on a server. Without an address the lobby asks (and remembers the last).")
public final class JoinCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "HOST[:PORT]", description = "The server (port 7777 if omitted).")
    String address;

    @Option(names = "--name", paramLabel = "NAME", description = "Your name at the table.")
    String name;

    @Option(names = "--room", paramLabel = "CODE", description = "Go straight to this room's seats.")
    String room;

    @Option(names = "--party", paramLabel = "P", description = "With --room: take this seat at once.")
    String party;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for the rooms you create (same seed, same bot moves and chat).")
    Long seed;

    @Override
    public Integer call() {
        if (address != null && BotCommand.address(address) == null) {
            // before any screen opens: one line, and the usage error code
            spec.commandLine().getErr().println("truce join: bad address '" + address
                    + "': expected HOST or HOST:PORT with a port from 1 to 65535");
            spec.commandLine().getErr().flush();
            return 2;
        }
        String problem = PlayerName.problem(name);
        if (problem != null) {
            spec.commandLine().getErr().println("truce join: bad --name: " + problem);
            spec.commandLine().getErr().flush();
            return 2;
        }
        if (!new OptionChecks("join", spec.commandLine().getErr())
                .room("--room", room)
                .party("--party", party)
                .that(party != null && room == null ? "--party needs --room (the seat is taken in that room)" : null)
                .that(room != null && address == null ? "--room needs the server's address (truce join HOST --room CODE)" : null)
                .ok()) {
            return 2;
        }
        ClientSettings settings = ClientSettings.defaultFile();
        return TerminalLauncher.run(app -> {
            app.roomSeed(seed);
            LobbyWindow lobby = new LobbyWindow(app, settings, address, name);
            app.showMain(lobby);
            if (address != null) {
                lobby.connect(a -> {
                    if (room != null) {
                        lobby.goToRoom(room, party);
                    }
                });
            }
        });
    }
}
