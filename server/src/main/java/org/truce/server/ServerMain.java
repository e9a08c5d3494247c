package org.truce.server;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.truce.server.cli.HostPort;
import org.truce.server.cli.OptionChecks;
import org.truce.server.cli.ServerLaunch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A bare entry point for the server (no logging set-up): used to run it in a child JVM in tests
 * and benchmarks. Players use {@code ./truce serve}. Prints one line {@code listening HOST:PORT}
 * on stdout once it accepts connections; bad options are one line on stderr and exit 2.
 *
 * <pre>java -cp ... org.truce.server.ServerMain [--port 7777] [--bind ADDR] [--data DIR] [--grace S] [--bot-delay MS]</pre>
 */
@Command(name = "ServerMain", sortOptions = false,
        description = {"The Truce server without logging set-up, for child JVMs in tests and benches.",
                "Prints 'listening HOST:PORT' once it accepts connections. Players use ./truce serve."})
public final class ServerMain implements Callable<Integer> {
    private static final ServerConfig DEFAULTS = ServerConfig.defaults();

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "TCP port (default ${DEFAULT-VALUE}; 0 picks a free one)")
    private int port = DEFAULTS.port();

    @Option(names = "--bind", paramLabel = "ADDR", description = "address to listen on (default ${DEFAULT-VALUE})")
    private String bind = DEFAULTS.bindHost();

    @Option(names = "--data", paramLabel = "DIR", description = "data directory (default ${DEFAULT-VALUE})")
    private Path data = DEFAULTS.dataDir();

    @Option(names = "--grace", paramLabel = "S", description = "seconds a dropped seat waits for its player (default ${DEFAULT-VALUE})")
    private int grace = DEFAULTS.graceSeconds();

    @Option(names = "--bot-delay", paramLabel = "MS", description = "milliseconds a server bot waits before acting (default ${DEFAULT-VALUE})")
    private int botDelay = DEFAULTS.botDelayMs();

    @Option(names = "--turn", paramLabel = "S", description = "default turn clock in seconds, 0 = none (default ${DEFAULT-VALUE})")
    private int turn = DEFAULTS.turnSeconds();

    @Option(names = "--vote", paramLabel = "S", description = "default vote clock in seconds, 0 = none (default ${DEFAULT-VALUE})")
    private int vote = DEFAULTS.voteSeconds();

    @Option(names = "--room-threads", paramLabel = "N", description = "threads running the rooms (default ${DEFAULT-VALUE})")
    private int roomThreads = DEFAULTS.roomThreads();

    @Option(names = "--trust", split = ",", paramLabel = "ADDR", description = "addresses exempt from the per-address limits")
    private List<String> trust = List.of();

    @Option(names = "--teacher-key", paramLabel = "KEY", description = "the teacher's key (default: DATA/teacher.key, made if missing)")
    private String teacherKey;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    /**
     * Runs the server until stopped; exits 2 on a bad option, 1 if the server cannot start (e.g. the port is in use).
     */
    public static void main(String[] args) {
        int code = execute(OptionChecks.utf8(System.out), OptionChecks.utf8(System.err), args);
        if (code != 0) {
            System.exit(code); // after a normal stop main just returns: exit() inside shutdown would block
        }
    }

    /** Runs the server command line and returns the exit code (tests call this with bad options). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return OptionChecks.execute(new ServerMain(), out, err, args);
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        // the same ranges ServerConfig enforces, said as one line before anything starts
        if (!new OptionChecks("ServerMain", err)
                .range("--port", port, 0, 65535)
                .range("--grace", grace, 0, 86_400)
                .range("--bot-delay", botDelay, 0, 60_000)
                .range("--turn", turn, 0, 3600)
                .range("--vote", vote, 0, 3600)
                .range("--room-threads", roomThreads, 1, 256)
                .host("--bind", bind)
                .ipAddresses("--trust", trust)
                .that(teacherKey == null || ServerConfig.teacherKeyProblem(teacherKey) == null ? null
                        : "--teacher-key " + ServerConfig.teacherKeyProblem(teacherKey))
                .writableDir("--data", data).ok()) {
            return 2;
        }
        ServerConfig cfg = DEFAULTS.withPort(port).withBindHost(bind).withDataDir(data).withGraceSeconds(grace)
                .withBotDelayMs(botDelay).withTurnSeconds(turn).withVoteSeconds(vote).withRoomThreads(roomThreads)
                .withTeacherKey(teacherKey);
        cfg = cfg.withLimits(cfg.limits().withTrusted(trust));
        if (!ServerLaunch.dataUsable(cfg, "ServerMain", err)) {
            return 2; // e.g. a teacher.key the operator must fix
        }
        TruceServer server = ServerLaunch.start(cfg, "ServerMain", err); // e.g. the port is in use
        if (server == null) {
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        ServerLaunch.runUntilShutdown(server, "truce-shutdown", () -> {
            out.println("listening " + HostPort.text(server.address().getHostString(), server.address().getPort()));
            out.println("teacher key in " + server.config().dataDir().resolve(TeacherKey.FILE)); // the file, never the key (logs)
            out.flush();
        });
        return 0;
    }
}
