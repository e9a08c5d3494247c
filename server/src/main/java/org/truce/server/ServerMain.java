package org.truce.server;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A bare entry point for the server (no picocli, no logging set-up): used to run it in a child
 * JVM in tests and benchmarks. Players use {@code ./truce serve}. Prints one line
 * {@code listening HOST:PORT} on stdout once it accepts connections.
 *
 * <pre>java -cp ... org.truce.server.ServerMain [--port 7777] [--bind ADDR] [--data DIR] [--grace S] [--bot-delay MS]</pre>
 */
public final class ServerMain {
    private ServerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        ServerConfig cfg = parse(args, ServerConfig.defaults());
        TruceServer server = TruceServer.start(cfg);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "truce-shutdown"));
        System.out.println("listening " + server.address().getHostString() + ":" + server.address().getPort());
        System.out.flush();
        stopped.await();
    }

    /** Applies {@code --port --bind --data --grace --bot-delay --turn --vote --room-threads --trust} to a config. */
    public static ServerConfig parse(String[] args, ServerConfig cfg) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + a + " needs a value");
            }
            String v = args[++i];
            switch (a) {
                case "--port":
                    cfg = cfg.withPort(Integer.parseInt(v));
                    break;
                case "--bind":
                    cfg = cfg.withBindHost(v);
                    break;
                case "--data":
                    cfg = cfg.withDataDir(Path.of(v));
                    break;
                case "--grace":
                    cfg = cfg.withGraceSeconds(Integer.parseInt(v));
                    break;
                case "--bot-delay":
                    cfg = cfg.withBotDelayMs(Integer.parseInt(v));
                    break;
                case "--turn":
                    cfg = cfg.withTurnSeconds(Integer.parseInt(v));
                    break;
                case "--vote":
                    cfg = cfg.withVoteSeconds(Integer.parseInt(v));
                    break;
                case "--trust":
                    cfg = cfg.withLimits(cfg.limits().withTrusted(java.util.List.of(v.split(","))));
                    break;
                case "--room-threads":
                    cfg = cfg.withRoomThreads(Integer.parseInt(v));
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + a);
            }
        }
        return cfg;
    }
}
