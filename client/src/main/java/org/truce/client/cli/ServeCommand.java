package org.truce.client.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.truce.client.ssh.SshDoor;
import org.truce.server.ServerConfig;
import org.truce.server.TruceServer;
import org.truce.server.cli.HostPort;
import org.truce.server.cli.ServerLaunch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code truce serve}: hosts rooms for LAN play and classrooms until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run a server for LAN play and classrooms.",
                "Clients connect with `truce join HOST[:PORT]`, bots with `truce bot`, anyone with `nc HOST PORT` (see docs/PROTOCOL.md)."})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", description = "TCP port (default ${DEFAULT-VALUE}; 0 picks a free one)")
    int port = ServerConfig.DEFAULT_PORT;

    @Option(names = "--bind", description = "address to listen on (default: all interfaces)")
    String bind = "0.0.0.0";

    @Option(names = "--data", description = "data directory: room logs and the server log (default ${DEFAULT-VALUE})")
    Path data = Path.of("truce-data");

    @Option(names = "--grace", description = "seconds a dropped player's seat waits before its bot persona plays it (default ${DEFAULT-VALUE})")
    int grace = 120;

    @Option(names = "--trust", split = ",", paramLabel = "ADDR",
            description = "addresses exempt from the per-address limits (e.g. 127.0.0.1 for a load test on this machine)")
    List<String> trust = List.of();

    @Option(names = "--bot-delay", description = "milliseconds a server bot waits before acting (default ${DEFAULT-VALUE})")
    int botDelay = 700;

    @Option(names = "--teacher-key", paramLabel = "KEY",
            description = "the teacher's key for `truce facilitate` (16..128 printable characters, no spaces); "
                    + "kept in DATA/teacher.key (default: the kept one, or a new random one)")
    String teacherKey;

    @Option(names = "--ssh", arity = "0..1", fallbackValue = "" + SshDoor.Settings.DEFAULT_PORT, paramLabel = "PORT",
            description = "also let players in over SSH, on PORT (default 2222): `ssh -p 2222 NAME@HOST` plays with nothing installed")
    Integer sshPort;

    @Option(names = "--ssh-password", paramLabel = "PASSWORD",
            description = "with --ssh: the class password every SSH player types (default: none, anyone on the network may come in)")
    String sshPassword;

    @Option(names = "--ssh-max-sessions", paramLabel = "N", description = "with --ssh: SSH sessions open at most (default ${DEFAULT-VALUE})")
    int sshMaxSessions = 100;

    @Option(names = "--ssh-idle", paramLabel = "SECONDS", description = "with --ssh: an SSH session silent this long is closed (default ${DEFAULT-VALUE})")
    int sshIdle = 1800;

    @Option(names = "--ssh-rate", paramLabel = "N", description = "with --ssh: new SSH connections one address may open in a minute (default ${DEFAULT-VALUE})")
    int sshRate = 20;

    @Option(names = "--ssh-per-address", paramLabel = "N", description = "with --ssh: SSH sessions one address may hold open at once (default ${DEFAULT-VALUE})")
    int sshPerAddress = SshDoor.Settings.DEFAULT_PER_ADDRESS;

    @Override
    public Integer call() throws Exception {
        java.io.PrintWriter err = spec.commandLine().getErr();
        // every option is checked before the server (or its log) starts
        if (!new OptionChecks("serve", err)
                .range("--port", port, 0, 65535)
                .range("--grace", grace, 0, 86_400)
                .range("--bot-delay", botDelay, 0, 60_000)
                .host("--bind", bind)
                .ipAddresses("--trust", trust)
                .that(teacherKey == null || ServerConfig.teacherKeyProblem(teacherKey) == null ? null
                        : "--teacher-key " + ServerConfig.teacherKeyProblem(teacherKey))
                .that(sshPort == null && (sshPassword != null || sshMaxSessions != 100 || sshIdle != 1800 || sshRate != 20
                        || sshPerAddress != SshDoor.Settings.DEFAULT_PER_ADDRESS)
                        ? "the --ssh-* options need --ssh" : null)
                .range("--ssh", sshPort == null ? 0 : sshPort, 0, 65535)
                .range("--ssh-max-sessions", sshMaxSessions, 1, 10_000)
                .range("--ssh-idle", sshIdle, 10, 86_400)
                .range("--ssh-rate", sshRate, 1, 10_000)
                .range("--ssh-per-address", sshPerAddress, 1, 10_000)
                .that(sshPassword == null || (!sshPassword.isEmpty() && sshPassword.length() <= 128
                        && sshPassword.chars().allMatch(c -> c >= 0x20 && c <= 0x7e))
                        ? null : "--ssh-password must be 1..128 printable ASCII characters")
                .writableDir("--data", data).ok()) {
            return 2;
        }
        String sshBusy = sshPort == null || sshPort == 0 ? null
                : sshPort == port ? "the game's port (--port " + port + ") cannot be the SSH door's too: pick another, e.g. --ssh "
                        + (port == SshDoor.Settings.DEFAULT_PORT ? port + 1 : SshDoor.Settings.DEFAULT_PORT)
                : portInUse(bind, sshPort);
        if (sshBusy != null) {
            err.println("truce serve: --ssh " + sshPort + ": " + sshBusy);
            err.flush();
            return 2; // before the server starts: nothing to undo, nothing logged
        }
        logToStderrAndFile(data.resolve("truce-server.log"));
        ServerConfig cfg = ServerConfig.defaults().withPort(port).withBindHost(bind).withDataDir(data)
                .withGraceSeconds(grace).withBotDelayMs(botDelay).withTeacherKey(teacherKey);
        cfg = cfg.withLimits(cfg.limits().withTrusted(trust));
        if (!ServerLaunch.dataUsable(cfg, "truce serve", err)) {
            return 2; // e.g. a teacher.key the operator must fix
        }
        TruceServer server = ServerLaunch.start(cfg, "truce serve", err);
        if (server == null) {
            return 1;
        }
        SshDoor door = null;
        if (sshPort != null) {
            try {
                String joinHost = server.address().getAddress().isAnyLocalAddress() ? lanAddresses().get(0)
                        : server.address().getHostString();
                door = SshDoor.start(server, SshDoor.Settings.of(bind, sshPort).withClassPassword(sshPassword)
                        .withLimits(sshMaxSessions, sshIdle, sshRate).withPerAddress(sshPerAddress).withJoinHost(joinHost));
            } catch (java.io.IOException e) {
                server.close();
                err.println("truce serve: " + e.getMessage());
                err.flush();
                return 2;
            }
            SshDoor d = door;
            Runtime.getRuntime().addShutdownHook(new Thread(d::close, "truce-ssh-shutdown"));
        }
        SshDoor sshDoor = door;
        ServerLaunch.runUntilShutdown(server, "truce-serve-shutdown", () -> {
            int p = server.address().getPort();
            System.out.println("Truce server listening on port " + p + " (data in " + data.toAbsolutePath() + ")");
            List<String> hosts = server.address().getAddress().isAnyLocalAddress()
                    ? lanAddresses() : List.of(server.address().getHostString());
            for (String host : hosts) {
                System.out.println("Players connect with:  ./truce join " + new HostPort(host, p)); // [::1]:7777 for IPv6
            }
            if (sshDoor != null) {
                System.out.println("Players with nothing installed:  ssh -p " + sshDoor.port() + " NAME@" + hosts.get(0)
                        + (sshPassword == null ? "" : "  (class password: " + sshPassword + ")"));
                System.out.println("SSH host key fingerprint:  " + sshDoor.fingerprint());
                System.out.println("Teacher's console over SSH:  ssh -p " + sshDoor.port() + " teacher@" + hosts.get(0)
                        + "  (password: the teacher key)");
            }
            System.out.println("Bots from another machine:  ./truce bot " + new HostPort(hosts.get(0), p) + " --room CODE --party P");
            // stdout only: the key must not end up in the server's log file
            String key = server.config().teacherKey();
            System.out.println("Teacher key: " + key + "  (run: ./truce facilitate " + new HostPort(hosts.get(0), p) + " --key " + key + ")");
            System.out.println("Press Ctrl-C to stop.");
            System.out.flush();
        });
        return 0;
    }

    /** Why nothing can listen on bind:port now (e.g. another program has it), or null if it can. */
    static String portInUse(String bind, int port) {
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.bind(new java.net.InetSocketAddress(bind, port));
            return null;
        } catch (java.net.BindException e) {
            return "the port is in use (or not yours to open): pick another, e.g. --ssh 2223";
        } catch (java.io.IOException | RuntimeException e) {
            return "cannot listen there: " + e.getMessage();
        }
    }

    /** The addresses players on the network can reach: every IPv4 address of an interface that is up, loopback last. */
    static List<String> lanAddresses() {
        List<String> out = new ArrayList<>();
        try {
            for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nif.isUp() || nif.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                    if (a instanceof Inet4Address) {
                        out.add(a.getHostAddress());
                    }
                }
            }
        } catch (Exception e) {
            // no interface list: loopback still works for players on this machine
        }
        out.add("127.0.0.1");
        return out;
    }

    /**
     * The launcher's logback.xml logs to a file only (the client owns the terminal); a server
     * has no screen to protect, so it logs to stderr and to DATA/truce-server.log — never to
     * stdout, never into the protocol stream.
     */
    /**
     * A log message with its control characters shown as '?': messages carry what clients sent
     * (names, MINA's session names), and the stderr log is the teacher's terminal, where an escape
     * sequence would change the title or forge a line. Stack traces (%ex) are not part of it.
     */
    static final String SAFE_MSG = "%replace(%msg){'\\p{Cntrl}', '?'}";
    /** The thread's name likewise (an SSH session's thread is named after its user). */
    static final String SAFE_THREAD = "%replace(%thread){'\\p{Cntrl}', '?'}";

    static void logToStderrAndFile(Path file) {
        ILoggerFactory f = LoggerFactory.getILoggerFactory();
        if (!(f instanceof LoggerContext)) {
            return;
        }
        LoggerContext ctx = (LoggerContext) f;
        ch.qos.logback.classic.Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAndStopAllAppenders();
        ConsoleAppender<ILoggingEvent> err = new ConsoleAppender<>();
        err.setContext(ctx);
        err.setName("STDERR");
        err.setTarget("System.err");
        err.setEncoder(encoder(ctx, "%d{HH:mm:ss.SSS} %-5level %logger{20} - " + SAFE_MSG + "%n"));
        err.start();
        FileAppender<ILoggingEvent> out = new FileAppender<>();
        out.setContext(ctx);
        out.setName("SERVER_FILE");
        out.setFile(file.toString());
        out.setAppend(true);
        out.setEncoder(encoder(ctx, "%d{ISO8601} %-5level [" + SAFE_THREAD + "] %logger{30} - " + SAFE_MSG + "%n"));
        try {
            OwnerOnlyRollingFileAppender.create(file); // 0600 from the start: logback would make it 0644
        } catch (java.io.IOException e) {
            err.addWarn("cannot create " + file + " owner-only: " + e);
        }
        out.start();
        root.addAppender(err);
        root.addAppender(out);
        root.setLevel(Level.INFO);
        ctx.getLogger("io.netty").setLevel(Level.WARN);
        ctx.getLogger("org.apache.sshd").setLevel(Level.WARN); // MINA logs every session at INFO
    }

    private static PatternLayoutEncoder encoder(LoggerContext ctx, String pattern) {
        PatternLayoutEncoder e = new PatternLayoutEncoder();
        e.setContext(ctx);
        e.setPattern(pattern);
        e.setCharset(java.nio.charset.StandardCharsets.UTF_8); // not the locale's charset
        e.start();
        return e;
    }
}
