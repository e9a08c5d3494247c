package org.truce.client.cli;

import java.util.concurrent.Callable;
import org.truce.client.model.ClientSettings;
import org.truce.client.model.PlayerName;
import org.truce.client.ui.LobbyWindow;
import org.truce.server.cli.HostPort;
import org.truce.server.cli.HostPortConverter;
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

    @Parameters(index = "0", arity = "0..1", paramLabel = "HOST[:PORT]", converter = HostPortConverter.class,
            description = "The server (port 7777 if omitted; an IPv6 address in brackets, as in [::1]:7777).")
    HostPort address;

    @Option(names = "--name", paramLabel = "NAME", description = "Your name at the table.")
    String name;

    @Option(names = "--room", paramLabel = "CODE", description = "Go straight to this room's seats.")
    String room;

    @Option(names = "--party", paramLabel = "P", description = "With --room: take this seat at once.")
    String party;

    @Option(names = "--member", description = "With --party: join the team of that seat (a classmate leads it).")
    boolean member;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for the rooms you create (same seed, same bot moves and chat).")
    Long seed;

    @Override
    public Integer call() {
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
                .that(member && party == null ? "--member needs --party (the seat whose team you join)" : null)
                .that(room != null && address == null ? "--room needs the server's address (truce join HOST --room CODE)" : null)
                .ok()) {
            return 2;
        }
        ClientSettings settings = ClientSettings.defaultFile();
        return TerminalLauncher.run(app -> {
            app.roomSeed(seed);
            LobbyWindow lobby = new LobbyWindow(app, settings, address == null ? null : address.toString(), name);
            app.showMain(lobby);
            if (address != null) {
                lobby.connect(a -> {
                    if (room != null) {
                        lobby.goToRoom(room, party, member);
                    }
                });
            }
        });
    }
}
