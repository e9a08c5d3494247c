package org.truce.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.truce.server.ServerConfig;
import org.truce.server.TruceServer;

/**
 * Starting the server from a command line and keeping it up until the JVM stops: the part
 * {@code truce serve} and {@code ServerMain} share once their options have passed.
 */
public final class ServerLaunch {
    private ServerLaunch() {
    }

    /**
     * Checks the data directory's files (the teacher key) before the server starts: true if
     * usable, else says what is wrong in one line (the command then exits 2, as for a bad option).
     */
    public static boolean dataUsable(ServerConfig cfg, String command, PrintWriter err) {
        String problem = TruceServer.dataProblem(cfg);
        if (problem != null) {
            err.println(command + ": " + problem);
            err.flush();
        }
        return problem == null;
    }

    /** Starts a server on {@code cfg}; if it cannot (e.g. the port is in use), says so in one line and returns null. */
    public static TruceServer start(ServerConfig cfg, String command, PrintWriter err) {
        try {
            return TruceServer.start(cfg);
        } catch (RuntimeException e) {
            err.println(command + ": " + e.getMessage());
            err.flush();
            return null;
        }
    }

    /**
     * Closes {@code server} when the JVM shuts down (Ctrl-C, SIGTERM), runs {@code announce} once
     * that is arranged, and blocks until the server is closed.
     */
    public static void runUntilShutdown(TruceServer server, String hookThread, Runnable announce) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, hookThread));
        announce.run();
        stopped.await();
    }
}
