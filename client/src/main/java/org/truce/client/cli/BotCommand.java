package org.truce.client.cli;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import org.truce.client.bot.RemoteBot;
import org.truce.server.cli.HostPort;
import org.truce.server.cli.HostPortConverter;
import org.truce.client.net.Connection;
import org.truce.shared.bot.Bot;
import org.truce.shared.bot.Difficulty;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code truce bot HOST[:PORT] --room CODE --party P}: seats one of the game's own bots on a
 * server over the network. Options only: the client's own connector links it to the server and a
 * {@link RemoteBot} plays the seat. A dropped link is retried with backoff (for about
 * {@value RemoteBot#PATIENCE_MS} ms in a row), resuming the seat with its token.
 */
@Command(name = "bot", mixinStandardHelpOptions = true, sortOptions = false,
        // one string per paragraph: picocli wraps each at the help width, so a hand-made break shows as a ragged line
        description = {"Seat a bot on a server over the network (the same bots as in-process).",
                "It takes the seat, plays every move for it until the game ends, then exits. A dropped link is "
                        + "retried with backoff and the seat resumed with its token; while it waits it sends a ping "
                        + "every few minutes so the server does not close a quiet connection."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the game ended", "1:the server refused the seat, could not be reached, said nothing or broke the protocol; the room was closed; the seat was taken over",
                "2:bad arguments (address, strategy, difficulty)"},
        footerHeading = "%nExamples:%n",
        footer = {"  truce bot localhost --room K7M2Q --party RU",
                "  truce bot 192.168.1.20:7777 --room K7M2Q --party US --strategy conceder",
                "  truce bot localhost --room K7M2Q --party UK --difficulty hard --delay 0"})
public final class BotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "HOST[:PORT]", converter = HostPortConverter.class,
            description = "the server (port 7777 by default; an IPv6 address in brackets, as in [::1]:7777)")
    HostPort server;

    @Option(names = "--room", required = true, description = "the room's join code")
    String room;

    @Option(names = "--party", required = true, description = "the seat to take, e.g. RU")
    String party;

    @Option(names = "--strategy", paramLabel = "S", description = "one of ${COMPLETION-CANDIDATES} (default: the party's persona)",
            completionCandidates = Strategies.class)
    String strategy = "default";

    @Option(names = "--difficulty", paramLabel = "D", description = "easy, normal or hard (default normal)")
    String difficulty = "normal";

    @Option(names = "--delay", paramLabel = "MS", description = "milliseconds to wait before each move (default ${DEFAULT-VALUE})")
    int delayMs = 500;

    @Option(names = "--seed", paramLabel = "N", description = "seed for the bot's choices (default: random)")
    long seed = System.nanoTime();

    static final class Strategies extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Strategies() {
            super(Bot.STRATEGIES);
        }
    }

    /** How often a ping goes out while the bot waits: well inside the server's 10-minute idle limit. */
    long pingMs = 4 * 60_000;

    /** Milliseconds a server that took the connection has to answer the hello (see {@link org.truce.client.net.NettyConnection#answerMs}). */
    long answerMs = 10_000;

    @Override
    public Integer call() {
        if (!Bot.isKnown(strategy)) {
            err("truce bot: unknown strategy '" + strategy + "' (known: " + String.join(", ", Bot.STRATEGIES) + ")");
            return 2;
        }
        Difficulty d = Difficulty.parse(difficulty);
        party = party.toUpperCase(java.util.Locale.ROOT);
        if (d == null) {
            err("truce bot: --difficulty must be easy, normal or hard");
            return 2;
        }
        InetSocketAddress address = server.unresolved();
        if (!new OptionChecks("bot", errWriter())
                .room("--room", room)
                .party("--party", party)
                .range("--delay", delayMs, 0, 60_000).ok()) {
            return 2;
        }
        String where = server.toString();
        RemoteBot bot = new RemoteBot(new RemoteBot.Seat(room, party, strategy, d, seed, delayMs), where, this::say, this::err);
        Connection link = null;
        try {
            link = new org.truce.client.net.NettyConnection(address.getHostString(), address.getPort(), bot::hello, bot)
                    .answerMs(answerMs).start();
            bot.attach(link, pingMs);
            return bot.exitCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (Exception e) {
            err("truce bot: cannot connect to " + where + " (" + e.getMessage() + ")");
            return 1;
        } finally {
            bot.stop();
            if (link != null) {
                link.close();
            }
        }
    }

    private java.io.PrintWriter errWriter() {
        return spec == null ? Utf8Output.writer(System.err) : spec.commandLine().getErr();
    }

    private void err(String line) {
        java.io.PrintWriter w = errWriter();
        w.println(line);
        w.flush();
    }

    private void say(String line) {
        java.io.PrintWriter w = spec == null ? Utf8Output.writer(System.out) : spec.commandLine().getOut();
        w.println(line);
        w.flush();
    }
}
