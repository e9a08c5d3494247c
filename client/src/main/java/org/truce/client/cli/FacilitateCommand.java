package org.truce.client.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.truce.client.console.Console;
import org.truce.client.model.PlayerName;
import org.truce.client.net.Connector;
import org.truce.server.cli.HostPort;
import org.truce.server.cli.HostPortConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code truce facilitate}: the teacher's console for every room on a server (with the server's teacher key). */
@Command(name = "facilitate", mixinStandardHelpOptions = true,
        description = {"Run a class: the teacher's console for every room on a server.",
                "Needs the server's teacher key (printed by `truce serve`, kept in DATA/teacher.key)."})
public final class FacilitateCommand implements Callable<Integer> {
    /** How long the server has to answer the first greeting. */
    static final int PROBE_MS = 10_000;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "HOST[:PORT]", converter = HostPortConverter.class,
            description = "The server (default localhost:7777; an IPv6 address in brackets, as in [::1]:7777).")
    HostPort address;

    @Option(names = "--key", paramLabel = "KEY", description = "The teacher key (default: read from DATA/teacher.key).")
    String key;

    @Option(names = "--data", paramLabel = "DIR", description = "The server's data directory, where teacher.key is (default ${DEFAULT-VALUE}).")
    Path data = Path.of("truce-data");

    @Option(names = "--name", paramLabel = "NAME", description = "Your name in the rooms (default ${DEFAULT-VALUE}).")
    String name = "facilitator";

    @Override
    public Integer call() {
        java.io.PrintWriter err = spec.commandLine().getErr();
        String problem = PlayerName.problem(name);
        if (problem != null) {
            return fail(err, "bad --name: " + problem);
        }
        HostPort server = address == null ? HostPort.parse("localhost") : address;
        String teacherKey = key;
        if (teacherKey == null) {
            Path file = data.resolve("teacher.key");
            try {
                teacherKey = Files.readString(file, StandardCharsets.UTF_8).strip();
            } catch (IOException | RuntimeException e) {
                return fail(err, "no teacher key: give --key KEY, or --data DIR of the server (cannot read " + file + ")");
            }
            if (teacherKey.isEmpty()) {
                return fail(err, "no teacher key: " + file + " is empty (give --key KEY, as `truce serve` prints it)");
            }
        }
        if (teacherKey.isBlank() || teacherKey.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            return fail(err, "the teacher key must be printable characters without spaces, as `truce serve` prints it");
        }
        String refused = TeacherProbe.problem(server, teacherKey, name, PROBE_MS);
        if (refused != null) {
            return fail(err, refused);
        }
        String k = teacherKey;
        String join = joinAddress(server).toString();
        return TerminalLauncher.run(app -> Console.start(app, join, k, name,
                Connector.tcp(server.host(), server.port()), Path.of("")));
    }

    /**
     * The address students type: the server's as given, but for a server on this machine reached by
     * loopback (localhost, 127.0.0.1, ::1) this machine's first network address, as {@code truce serve} prints it.
     */
    static HostPort joinAddress(HostPort server) {
        try {
            if (!java.net.InetAddress.getByName(server.host()).isLoopbackAddress()) {
                return server;
            }
        } catch (java.net.UnknownHostException | SecurityException e) {
            return server;
        }
        return new HostPort(ServeCommand.lanAddresses().get(0), server.port());
    }

    private static int fail(java.io.PrintWriter err, String line) {
        err.println("truce facilitate: " + line);
        err.flush();
        return 2;
    }
}
