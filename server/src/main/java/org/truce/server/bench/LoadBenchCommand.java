package org.truce.server.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.truce.server.cli.HostPort;
import org.truce.server.cli.HostPortConverter;
import org.truce.server.cli.OptionChecks;
import org.truce.shared.engine.Rules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@link LoadBench}'s command line: every option checked, and the server asked once whether it
 * is there and knows the scenario, before the rooms start (docs/PERFORMANCE.md).
 */
@Command(name = "LoadBench", sortOptions = false,
        description = {"Load generator: many rooms at once against a running server, every seat played over loopback.",
                "Start the server with --trust 127.0.0.1 (docs/PERFORMANCE.md)."})
final class LoadBenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--host", paramLabel = "HOST[:PORT]", converter = HostPortConverter.class,
            description = "server address, an IPv6 one in brackets (default ${DEFAULT-VALUE})")
    private HostPort server = new HostPort("127.0.0.1", HostPort.DEFAULT_PORT);

    @Option(names = "--port", paramLabel = "N", description = "server port (default: the one in --host, else 7777)")
    private Integer port;

    @Option(names = "--rooms", paramLabel = "N", description = "rooms played at once, 1..5000 (default ${DEFAULT-VALUE})")
    private int rooms = 200;

    @Option(names = "--seconds", paramLabel = "S", description = "seconds measured after the warm-up, 1..600 (default ${DEFAULT-VALUE})")
    private int seconds = 30;

    @Option(names = "--rate", paramLabel = "R", description = "tablings per second per room, above 0 and at most 100 (default ${DEFAULT-VALUE})")
    private double rate = 2;

    @Option(names = "--scenario", paramLabel = "ID", description = "scenario the rooms play (default ${DEFAULT-VALUE})")
    private String scenario = "paris-summit";

    @Option(names = "--game-rounds", paramLabel = "N", description = "rounds per game, 1..50 (default ${DEFAULT-VALUE})")
    private int gameRounds = 50;

    @Option(names = "--warmup", paramLabel = "S", description = "seconds of load before recording, 0..120 (default ${DEFAULT-VALUE})")
    private int warmup = 10;

    @Option(names = "--clocks", paramLabel = "S", description = "each room's turn and vote clock in seconds, 0..3600; 0: none (default ${DEFAULT-VALUE})")
    private int clocks = 0;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!new OptionChecks("LoadBench", err)
                .range("--port", port, 1, 65535)
                .range("--rooms", rooms, 1, 5000)
                .range("--seconds", seconds, 1, 600)
                .positive("--rate", rate, 100)
                .range("--game-rounds", gameRounds, 1, Rules.MAX_ROUNDS)
                .range("--warmup", warmup, 0, 120)
                .range("--clocks", clocks, 0, 3600)
                .host("--host", server.host()).ok()) {
            return 2;
        }
        if (port != null) {
            server = new HostPort(server.host(), port);
        }
        String problem = preflight();
        if (problem != null) {
            err.println("LoadBench: " + problem);
            err.flush();
            return problem.startsWith("--scenario") ? 2 : 1;
        }
        new LoadBench(server.host(), server.port(), rooms, seconds, rate, scenario, gameRounds, warmup).withClocks(clocks).run();
        return 0;
    }

    /** Null if the server answers and offers {@code --scenario}; otherwise the problem in one line. */
    private String preflight() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(server.host(), server.port()), 5_000);
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write("{\"type\":\"hello\",\"name\":\"bench\",\"protocol\":1}\n{\"type\":\"scenarios\"}\n"
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonObject m = JsonParser.parseString(line).getAsJsonObject();
                String type = m.get("type").getAsString();
                if (type.equals("error")) {
                    return "the server refused the bench: " + line;
                }
                if (type.equals("scenarios")) {
                    for (JsonElement e : m.getAsJsonArray("scenarios")) {
                        if (e.getAsJsonObject().get("id").getAsString().equals(scenario)) {
                            return null;
                        }
                    }
                    return "--scenario '" + scenario + "' is not offered by the server at " + server;
                }
            }
            return "the server at " + server + " closed the connection before listing its scenarios";
        } catch (IOException e) {
            return "cannot reach a Truce server at " + server + " (" + e.getMessage() + "); start one first";
        } catch (RuntimeException e) {
            return "the service at " + server + " does not speak the Truce protocol";
        }
    }
}
