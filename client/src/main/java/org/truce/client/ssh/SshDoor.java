package org.truce.client.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.client.console.Console;
import org.truce.client.net.Connector;
import org.truce.client.ui.LobbyWindow;
import org.truce.server.OwnerOnly;
import org.truce.server.TruceServer;

/**
 * The SSH door of {@code truce serve --ssh}: an SSH server (Apache MINA SSHD) whose only service
 * is the game. Each session gets the player client on its PTY ({@link GameShell}), linked to the
 * rooms in-process through the server's relay address (the same pipeline and checks as TCP, the
 * player counted by their own address). No shell, no exec, no SFTP, no forwarding of any kind.
 * The host key is made once in {@code DATA/ssh/host-key} (owner-only) and kept.
 */
public final class SshDoor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SshDoor.class);

    /**
     * The door's options: where it listens, the class password (null: none), its limits, and the
     * host students type for the game's port (shown in the lobby and on the console's join sheet;
     * null: 127.0.0.1).
     */
    public record Settings(String bind, int port, String classPassword, int maxSessions, int idleSeconds, int connectsPerMinute,
                           String joinHost, int perAddress) {
        /** The default SSH port of {@code --ssh}. */
        public static final int DEFAULT_PORT = 2222;
        /** SSH sessions one address may hold at once by default ({@code --ssh-per-address}). */
        public static final int DEFAULT_PER_ADDRESS = 10;

        /**
         * Listening on {@code bind}:{@code port}, no class password, 100 sessions, 30 min idle, 20
         * connections a minute per address, {@value #DEFAULT_PER_ADDRESS} sessions at once per address.
         */
        public static Settings of(String bind, int port) {
            return new Settings(bind, port, null, 100, 1800, 20, null, DEFAULT_PER_ADDRESS);
        }

        /** The same with this class password (null: none). */
        public Settings withClassPassword(String password) {
            return new Settings(bind, port, password, maxSessions, idleSeconds, connectsPerMinute, joinHost, perAddress);
        }

        /** The same with these limits. */
        public Settings withLimits(int maxSessions, int idleSeconds, int connectsPerMinute) {
            return new Settings(bind, port, classPassword, maxSessions, idleSeconds, connectsPerMinute, joinHost, perAddress);
        }

        /** The same with at most {@code n} sessions open at once from one address. */
        public Settings withPerAddress(int n) {
            return new Settings(bind, port, classPassword, maxSessions, idleSeconds, connectsPerMinute, joinHost, n);
        }

        /** The same with the host students type for the game's port. */
        public Settings withJoinHost(String host) {
            return new Settings(bind, port, classPassword, maxSessions, idleSeconds, connectsPerMinute, host, perAddress);
        }
    }

    /** A session that logged in but opened no game (ssh -N) is closed after this long. */
    static final int NO_SHELL_SECONDS = 10;

    private final SshServer sshd;
    private final String fingerprint;
    private final SshGate gate;
    private final java.util.Set<GameShell> shells;
    private final long idleNanos;
    private final java.util.concurrent.ScheduledExecutorService ticker;

    private SshDoor(SshServer sshd, String fingerprint, SshGate gate, java.util.Set<GameShell> shells, long idleNanos) {
        this.sshd = sshd;
        this.fingerprint = fingerprint;
        this.gate = gate;
        this.shells = shells;
        this.idleNanos = idleNanos;
        this.ticker = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "truce-ssh-watch");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleWithFixedDelay(this::watch, 1, 1, java.util.concurrent.TimeUnit.SECONDS);
    }

    /**
     * Closes the sessions that logged in {@value #NO_SHELL_SECONDS} s ago or more and opened no
     * game, and the players' sessions with no key typed for the idle time (every second; tests
     * call it after moving the clock).
     */
    void watch() {
        try {
            for (org.apache.sshd.common.session.Session s : gate.withoutShell(NO_SHELL_SECONDS * 1_000_000_000L)) {
                LOG.info("ssh: closed {}: no game opened within {} s of logging in", s.getIoSession().getRemoteAddress(), NO_SHELL_SECONDS);
                s.close(true);
            }
            for (GameShell shell : shells) {
                shell.idleCheck(idleNanos);
            }
        } catch (RuntimeException e) {
            LOG.warn("ssh: watching the sessions failed: {}", e.toString()); // the next tick tries again
        }
    }

    /**
     * Opens the door in front of {@code server} (whose data dir keeps the host key and the players'
     * seat memories). Throws IOException (its message one line) if the port cannot be bound or
     * the host key cannot be made or read.
     */
    public static SshDoor start(TruceServer server, Settings s) throws IOException {
        return start(server, s, System::nanoTime);
    }

    /** The same on this clock (tests: moved by hand, then {@link #watch}). */
    static SshDoor start(TruceServer server, Settings s, java.util.function.LongSupplier nanos) throws IOException {
        Path data = server.config().dataDir();
        Path dir = data.resolve("ssh");
        OwnerOnly.newDirectories(dir);
        Path keyFile = dir.resolve("host-key");
        // a host key is never replaced silently: students' ssh would warn of an attack (or learn a new key unasked)
        boolean existed = Files.exists(keyFile, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        if (existed && !Files.isRegularFile(keyFile)) {
            throw new IOException(keyFile + " is not a file: the SSH host key must be a file (move it away, and a new key is made)");
        }
        if (existed) {
            String problem = hostKeyProblem(keyFile);
            if (problem != null) {
                throw new IOException(keyFile + " is not a usable SSH host key (restore it, or move it away and a new key is made): " + problem);
            }
        }
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(keyFile);
        keys.setAlgorithm(KeyUtils.EC_ALGORITHM);
        keys.setKeySize(256);
        keys.setOverwriteAllowed(false);
        String fingerprint;
        try {
            Iterable<KeyPair> pairs = keys.loadKeys(null);
            java.util.Iterator<KeyPair> it = pairs.iterator();
            if (!it.hasNext()) {
                throw new IllegalStateException("no key in it");
            }
            fingerprint = KeyUtils.getFingerPrint(it.next().getPublic());
        } catch (RuntimeException e) { // MINA wraps what went wrong with the file or the key
            throw new IOException((existed ? keyFile + " is not a usable SSH host key (restore it, or move it away and a new key is made): "
                    : "cannot make the SSH host key " + keyFile + ": ") + oneLine(e), e);
        }
        ownerOnly(keyFile);
        SshLogin login = new SshLogin(s.classPassword(), () -> server.config().teacherKey());
        SshHomes homes = new SshHomes(data);
        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost(s.bind());
        sshd.setPort(s.port());
        sshd.setKeyPairProvider(keys);
        sshd.setPublickeyAuthenticator(login);
        sshd.setPasswordAuthenticator(login);
        sshd.setKeyboardInteractiveAuthenticator(login);
        sshd.setHostBasedAuthenticator(null);
        sshd.setGSSAuthenticator(null);
        CoreModuleProperties.AUTH_METHODS.set(sshd, login.authMethods());
        sshd.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        sshd.setAgentFactory(null);
        sshd.setChannelFactories(List.of(GameChannel.FACTORY)); // sessions only: sizes capped, no forwarding channels
        sshd.setCommandFactory((channel, command) -> new Refusal()); // no exec: one line says what is served
        sshd.setSubsystemFactories(List.of()); // no SFTP
        CoreModuleProperties.IDLE_TIMEOUT.set(sshd, Duration.ofSeconds(s.idleSeconds()));
        CoreModuleProperties.AUTH_TIMEOUT.set(sshd, Duration.ofSeconds(60));
        CoreModuleProperties.MAX_CONCURRENT_CHANNELS.set(sshd, 1);
        CoreModuleProperties.SERVER_IDENTIFICATION.set(sshd, "Truce");
        SshGate gate = new SshGate(s.maxSessions(), s.perAddress(), s.connectsPerMinute(), nanos);
        sshd.addSessionListener(gate);
        java.util.Set<GameShell> shells = java.util.concurrent.ConcurrentHashMap.newKeySet();
        GameShell.Watch watch = new GameShell.Watch() {
            @Override
            public long now() {
                return nanos.getAsLong();
            }

            @Override
            public void opened(GameShell shell, org.apache.sshd.server.channel.ChannelSession channel) {
                gate.shellOpened(channel.getSession());
                shells.add(shell);
            }

            @Override
            public void closed(GameShell shell) {
                shells.remove(shell);
            }
        };
        String shown = new org.truce.server.cli.HostPort(s.joinHost() == null ? "127.0.0.1" : s.joinHost(),
                server.address().getPort()).toString();
        sshd.setShellFactory(channel -> new GameShell(
                (app, who) -> {
                    app.dialer((host, port) -> Connector.relayed(server.relayAddress(), who.address())).showRejoinCodes();
                    if (who.keyFingerprint() == null) {
                        app.takeoverByCodeOnly(); // a name is no proof while the seat's player is connected
                    }
                    LobbyWindow lobby = new LobbyWindow(app, homes.of(who.keyFingerprint(), who.name()), shown, who.name());
                    lobby.fixedServer();
                    app.showMain(lobby);
                    lobby.connect(a -> { });
                },
                (app, who) -> Console.start(app, shown, server.config().teacherKey(), "teacher",
                        Connector.relayed(server.relayAddress(), who.address()), sheets(data)), watch));
        try {
            sshd.start();
        } catch (IOException | RuntimeException e) {
            try {
                sshd.stop(true);
            } catch (IOException | RuntimeException ignored) {
                // it never started
            }
            throw new IOException("cannot listen for SSH on " + org.truce.server.cli.HostPort.text(s.bind(), s.port())
                    + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        LOG.info("ssh door on port {} (host key {})", sshd.getPort(), fingerprint);
        return new SshDoor(sshd, fingerprint, gate, shells, s.idleSeconds() * 1_000_000_000L);
    }

    /** What is wrong with the host key file, or null if it holds a key pair (MINA's provider would replace it). */
    private static String hostKeyProblem(Path keyFile) {
        try (java.io.InputStream in = Files.newInputStream(keyFile)) {
            Iterable<KeyPair> pairs = org.apache.sshd.common.util.security.SecurityUtils.loadKeyPairIdentities(
                    null, org.apache.sshd.common.NamedResource.ofName(keyFile.toString()), in, null);
            return pairs != null && pairs.iterator().hasNext() ? null : "no key pair in it";
        } catch (IOException | java.security.GeneralSecurityException | RuntimeException e) {
            return oneLine(e);
        }
    }

    /** The first line of what went wrong, innermost cause first (MINA wraps it). */
    private static String oneLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    /** Where the console over SSH saves its join sheets: DATA/sheets (the server's folder is nobody's to write in). */
    private static Path sheets(Path data) {
        Path dir = data.resolve("sheets");
        try {
            OwnerOnly.newDirectories(dir);
        } catch (IOException e) {
            LOG.warn("cannot create {}: {}", dir, e.toString()); // the console's sheet page says it was not saved
        }
        return dir;
    }

    /** The host key is a secret: 0600 where the file system has POSIX permissions (MINA writes it with the umask's). */
    private static void ownerOnly(Path file) throws IOException {
        if (Files.isRegularFile(file) && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** A command (ssh HOST CMD): refused with one line on stderr and status 2; only the game is served. */
    private static final class Refusal implements org.apache.sshd.server.command.Command {
        static final String LINE = "truce: only the game is served here: connect with ssh -p PORT NAME@HOST and no command\r\n";
        private java.io.OutputStream err;
        private org.apache.sshd.server.ExitCallback exit;

        @Override
        public void setInputStream(java.io.InputStream in) {
        }

        @Override
        public void setOutputStream(java.io.OutputStream out) {
        }

        @Override
        public void setErrorStream(java.io.OutputStream err) {
            this.err = err;
        }

        @Override
        public void setExitCallback(org.apache.sshd.server.ExitCallback callback) {
            this.exit = callback;
        }

        @Override
        public void start(org.apache.sshd.server.channel.ChannelSession channel, org.apache.sshd.server.Environment env) {
            try {
                err.write(LINE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                err.flush();
            } catch (IOException e) {
                LOG.debug("ssh: could not say that commands are refused", e);
            }
            exit.onExit(2);
        }

        @Override
        public void destroy(org.apache.sshd.server.channel.ChannelSession channel) {
        }
    }

    /** The port the door listens on (the real one when asked for 0). */
    public int port() {
        return sshd.getPort();
    }

    /** The host key's fingerprint, as OpenSSH shows it ({@code SHA256:…}): for the join sheet. */
    public String fingerprint() {
        return fingerprint;
    }

    /** SSH sessions open now. */
    public int sessions() {
        return sshd.getActiveSessions().size();
    }

    /** Closes every session (their seats go to the grace period) and stops listening. */
    @Override
    public void close() {
        ticker.shutdownNow();
        try {
            sshd.stop(true);
        } catch (IOException | RuntimeException e) {
            LOG.debug("stopping the ssh door", e);
        }
    }
}
