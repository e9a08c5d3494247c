package org.truce.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.truce.shared.scenario.Scenario;

/**
 * How a server runs. {@link #defaults()} is LAN play (all interfaces, port 7777, data in
 * ./truce-data); {@link #loopback(Path)} is what solo mode wants (127.0.0.1, an ephemeral port).
 *
 * @param bindHost       address to listen on ("0.0.0.0" for all interfaces)
 * @param port           TCP port; 0 picks a free one (see {@link TruceServer#address()})
 * @param dataDir        where room journals and the server log live
 * @param graceSeconds   how long a dropped player's seat waits before its bot persona plays it
 * @param botDelayMs     pause before a server-side bot acts, so humans can follow (0 allowed)
 * @param turnSeconds    default time the pen holder has to table (0 = no clock)
 * @param voteSeconds    default time voters have (0 = no clock)
 * @param maxLineBytes   longest protocol line accepted
 * @param idleSeconds    a connection silent this long is closed (clients send ping); 0 = never
 * @param roomThreads    size of the pool that runs every room's serial executor
 * @param maxRooms       rooms in progress at most (create_room beyond that: too_many_rooms)
 * @param scenarios      scenarios offered besides the built-in ones and DATA/scenarios/*.json
 * @param limits         per-connection rate limits, chat cap and room retention ({@link Limits#DEFAULT})
 * @param teacherKey     the key that makes a connection the facilitator of every room; null: the one in
 *                       DATA/teacher.key, made at the first start (see {@link TruceServer#config()})
 */
public record ServerConfig(String bindHost, int port, Path dataDir, int graceSeconds, int botDelayMs,
                           int turnSeconds, int voteSeconds, int maxLineBytes, int idleSeconds,
                           int roomThreads, int maxRooms, List<Scenario> scenarios, Limits limits, String teacherKey) {

    /**
     * Abuse limits. Token buckets per connection: {@code requestBurst} requests, then
     * {@code requestsPerSecond} ({@code ping} is exempt); {@code sayBurst} chat lines, then
     * {@code saysPerSecond}; {@code createBurst} rooms, then one per {@code createEverySeconds}.
     * {@code chatPerGame} chat lines per game at most. An ended room leaves memory (its file stays)
     * {@code endedRetentionSeconds} after game over; a lobby with no connected human for
     * {@code lobbyIdleSeconds} is closed. {@code roomsListed}: most rooms a {@code rooms} reply lists.
     *
     * <p>Per client address (reconnecting does not reset these) and for the whole server: an
     * address may have {@code lobbiesPerAddress} rooms it created waiting in the lobby at once;
     * the server creates {@code serverCreateBurst} rooms at once, then {@code serverCreatesPerSecond};
     * wrong seat tokens and facilitator keys: {@code badSecretBurst} per address, then
     * {@code badSecretsPerSecond}, and {@code serverBadSecretBurst} / {@code serverBadSecretsPerSecond}
     * for the server; beyond that, such requests are refused before they are checked. An address
     * may hold {@code connectionsPerAddress} connections at once (each costs a file descriptor).
     * {@code trusted}: addresses exempt from these per-address and server-wide limits (a load
     * test's own machine); the per-connection ones still apply.
     */
    public record Limits(int requestBurst, double requestsPerSecond, int sayBurst, double saysPerSecond,
                         int createBurst, double createEverySeconds, int chatPerGame,
                         int endedRetentionSeconds, int lobbyIdleSeconds, int roomsListed,
                         int lobbiesPerAddress, int serverCreateBurst, double serverCreatesPerSecond,
                         int badSecretBurst, double badSecretsPerSecond, int serverBadSecretBurst,
                         double serverBadSecretsPerSecond, int connectionsPerAddress, List<String> trusted) {
        /**
         * Limits for a public LAN server: 20 requests then 5/s, 5 chat lines then 1/s, 12 rooms then one per 10 s, 2000
         * chat lines a game, ended rooms kept 600 s, idle lobbies closed after 1800 s, 200 rooms listed; per address 50
         * waiting lobbies and 256 connections.
         */
        public static final Limits DEFAULT = new Limits(20, 5, 5, 1, 12, 10, 2_000, 600, 1_800, 200,
                50, 300, 3, 10, 0.2, 1_000, 20, 256, List.of());

        /**
         * Refuses a burst or count below 1, a rate of 0 or less, or a negative retention ({@link
         * IllegalArgumentException}); null {@code trusted} means none.
         */
        public Limits {
            if (requestBurst < 1 || sayBurst < 1 || createBurst < 1 || requestsPerSecond <= 0 || saysPerSecond <= 0
                    || createEverySeconds <= 0 || chatPerGame < 1 || endedRetentionSeconds < 0 || lobbyIdleSeconds < 0
                    || roomsListed < 1 || lobbiesPerAddress < 1 || serverCreateBurst < 1 || serverCreatesPerSecond <= 0
                    || badSecretBurst < 1 || badSecretsPerSecond <= 0 || serverBadSecretBurst < 1
                    || serverBadSecretsPerSecond <= 0 || connectionsPerAddress < 1) {
                throw new IllegalArgumentException("bad limits: " + this);
            }
            trusted = trusted == null ? List.of() : List.copyOf(trusted);
        }

        /** The per-connection limits; the per-address and server-wide ones as in {@link #DEFAULT}. */
        public Limits(int requestBurst, double requestsPerSecond, int sayBurst, double saysPerSecond,
                      int createBurst, double createEverySeconds, int chatPerGame,
                      int endedRetentionSeconds, int lobbyIdleSeconds, int roomsListed) {
            this(requestBurst, requestsPerSecond, sayBurst, saysPerSecond, createBurst, createEverySeconds, chatPerGame,
                    endedRetentionSeconds, lobbyIdleSeconds, roomsListed, 50, 300, 3, 10, 0.2, 1_000, 20, 256, List.of());
        }

        /** These limits with other per-address and server-wide ones. */
        public Limits withAddressLimits(int lobbiesPerAddress, int serverCreateBurst, double serverCreatesPerSecond,
                                        int badSecretBurst, double badSecretsPerSecond, int serverBadSecretBurst,
                                        double serverBadSecretsPerSecond, int connectionsPerAddress) {
            return new Limits(requestBurst, requestsPerSecond, sayBurst, saysPerSecond, createBurst, createEverySeconds,
                    chatPerGame, endedRetentionSeconds, lobbyIdleSeconds, roomsListed, lobbiesPerAddress,
                    serverCreateBurst, serverCreatesPerSecond, badSecretBurst, badSecretsPerSecond,
                    serverBadSecretBurst, serverBadSecretsPerSecond, connectionsPerAddress, trusted);
        }

        /**
         * These limits with {@code addresses} exempt from the per-address and server-wide ones. IP
         * literals are kept as the key their connections are counted under (so {@code ::1} matches
         * however it is spelt); an IPv6 address trusts its /64, as it is counted.
         */
        public Limits withTrusted(List<String> addresses) {
            addresses = addresses == null ? List.of() : addresses.stream().map(a -> {
                java.net.InetAddress ip = IpLiteral.parse(a);
                return ip == null ? a : AddressLimiter.key(new java.net.InetSocketAddress(ip, 0));
            }).toList();
            return new Limits(requestBurst, requestsPerSecond, sayBurst, saysPerSecond, createBurst, createEverySeconds,
                    chatPerGame, endedRetentionSeconds, lobbyIdleSeconds, roomsListed, lobbiesPerAddress,
                    serverCreateBurst, serverCreatesPerSecond, badSecretBurst, badSecretsPerSecond,
                    serverBadSecretBurst, serverBadSecretsPerSecond, connectionsPerAddress, addresses);
        }
    }

    /** The TCP port a server listens on unless told otherwise. */
    public static final int DEFAULT_PORT = 7777;

    /**
     * Refuses a null host or data directory and out-of-range numbers ({@link IllegalArgumentException} naming the
     * field); null scenarios means none, null limits {@link Limits#DEFAULT}.
     */
    public ServerConfig {
        Objects.requireNonNull(bindHost, "bindHost");
        Objects.requireNonNull(dataDir, "dataDir");
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        limits = limits == null ? Limits.DEFAULT : limits;
        check(port, "port", 0, 65535);
        check(graceSeconds, "graceSeconds", 0, 86_400);
        check(botDelayMs, "botDelayMs", 0, 60_000);
        check(turnSeconds, "turnSeconds", 0, 3600);
        check(voteSeconds, "voteSeconds", 0, 3600);
        check(maxLineBytes, "maxLineBytes", 1024, 16 << 20);
        check(idleSeconds, "idleSeconds", 0, 86_400);
        check(roomThreads, "roomThreads", 1, 256);
        check(maxRooms, "maxRooms", 1, 1_000_000);
        if (teacherKey != null && teacherKeyProblem(teacherKey) != null) {
            throw new IllegalArgumentException("teacherKey " + teacherKeyProblem(teacherKey));
        }
    }

    /** Teacher keys are this long at least (and at most {@link #TEACHER_KEY_MAX}). */
    public static final int TEACHER_KEY_MIN = 16;
    /** Teacher keys are this long at most. */
    public static final int TEACHER_KEY_MAX = 128;

    /**
     * Why {@code key} cannot be a teacher key, or null if it can: printable ASCII without spaces
     * (it is typed and pasted), {@value #TEACHER_KEY_MIN} to {@value #TEACHER_KEY_MAX} characters.
     */
    public static String teacherKeyProblem(String key) {
        if (key == null || key.length() < TEACHER_KEY_MIN || key.length() > TEACHER_KEY_MAX) {
            return "must be " + TEACHER_KEY_MIN + " to " + TEACHER_KEY_MAX + " characters long";
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c <= ' ' || c > '~') {
                return "must be printable ASCII letters, digits or signs, without spaces";
            }
        }
        return null;
    }

    private static void check(int v, String name, int min, int max) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(name + " must be within " + min + ".." + max + ", got " + v);
        }
    }

    /** LAN defaults: all interfaces, port 7777, ./truce-data, 120 s grace, 700 ms bot delay, 180/90 s clocks. */
    public static ServerConfig defaults() {
        int threads = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
        return new ServerConfig("0.0.0.0", DEFAULT_PORT, Path.of("truce-data"), 120, 700, 180, 90,
                64 * 1024, 600, threads, 10_000, List.of(), Limits.DEFAULT, null);
    }

    /** In-process use (solo mode, tests): 127.0.0.1 on a free port, data in {@code dataDir}. */
    public static ServerConfig loopback(Path dataDir) {
        return defaults().withBindHost("127.0.0.1").withPort(0).withDataDir(dataDir);
    }

    /** This config listening on another address ("0.0.0.0" for all interfaces). */
    public ServerConfig withBindHost(String v) {
        return new ServerConfig(v, port, dataDir, graceSeconds, botDelayMs, turnSeconds, voteSeconds, maxLineBytes, idleSeconds, roomThreads, maxRooms, scenarios, limits, teacherKey);
    }

    /** This config on another TCP port (0 picks a free one). */
    public ServerConfig withPort(int v) {
        return new ServerConfig(bindHost, v, dataDir, graceSeconds, botDelayMs, turnSeconds, voteSeconds, maxLineBytes, idleSeconds, roomThreads, maxRooms, scenarios, limits, teacherKey);
    }

    /** This config keeping journals and logs in another directory. */
    public ServerConfig withDataDir(Path v) {
        return new ServerConfig(bindHost, port, v, graceSeconds, botDelayMs, turnSeconds, voteSeconds, maxLineBytes, idleSeconds, roomThreads, maxRooms, scenarios, limits, teacherKey);
    }

    /** This config with another grace period, in seconds (0..86400). */
    public ServerConfig withGraceSeconds(int v) {
        return new ServerConfig(bindHost, port, dataDir, v, botDelayMs, turnSeconds, voteSeconds, maxLineBytes, idleSeconds, roomThreads, maxRooms, scenarios, limits, teacherKey);
    }

    /** This config with another pause before a server bot acts, in ms (0..60000). */
    public ServerConfig withBotDelayMs(int v) {
        return new ServerConfig(bindHost, port, dataDir, graceSeconds, v, turnSeconds, voteSeconds, maxLineBytes, idleSeconds, roomThreads, maxRooms, scenarios, limits, teacherKey);
    }

    /** This config with another default turn clock, in seconds (0 = none, at most 3600). */
    public ServerConfig withTurnSeconds(int v) {
        return new ServerConfig(bindHost, port, dataDir, graceSeconds, botDelayMs, v, voteSeconds, maxLineBytes, idleSeconds, roomThreads, maxRooms, scenarios, limits, teacherKey);
    }

    /** This config with another default vote clock, in seconds (0 = none, at most 3600). */
    public ServerConfig withVoteSeconds(int v) {
        return new ServerConfig(bindHost, port, dataDir, graceSeconds, botDelayMs, turnSeconds, v, maxLineBytes, idleSeconds, roomThreads, maxRooms, scenarios, limits, teacherKey);
    }

    /** This config accepting protocol lines up to {@code v} bytes (1024..16 MiB). */
    public ServerConfig withMaxLineBytes(int v) {
        return new ServerConfig(bindHost, port, dataDir, graceSeconds, botDelayMs, turnSeconds, voteSeconds, v, idleSeconds, roomThreads, maxRooms, scenarios, limits, teacherKey);
    }

    /** This config closing connections silent for {@code v} seconds (0 = never). */
    public ServerConfig withIdleSeconds(int v) {
        return new ServerConfig(bindHost, port, dataDir, graceSeconds, botDelayMs, turnSeconds, voteSeconds, maxLineBytes, v, roomThreads, maxRooms, scenarios, limits, teacherKey);
    }

    /** This config running rooms on {@code v} threads (1..256). */
    public ServerConfig withRoomThreads(int v) {
        return new ServerConfig(bindHost, port, dataDir, graceSeconds, botDelayMs, turnSeconds, voteSeconds, maxLineBytes, idleSeconds, v, maxRooms, scenarios, limits, teacherKey);
    }

    /** This config allowing at most {@code v} rooms in progress. */
    public ServerConfig withMaxRooms(int v) {
        return new ServerConfig(bindHost, port, dataDir, graceSeconds, botDelayMs, turnSeconds, voteSeconds, maxLineBytes, idleSeconds, roomThreads, v, scenarios, limits, teacherKey);
    }

    /** This config offering these extra scenarios (besides the built-in ones and the data directory's). */
    public ServerConfig withScenarios(List<Scenario> v) {
        return new ServerConfig(bindHost, port, dataDir, graceSeconds, botDelayMs, turnSeconds, voteSeconds, maxLineBytes, idleSeconds, roomThreads, maxRooms, v, limits, teacherKey);
    }

    /** This config with this teacher key (null: the one kept in DATA/teacher.key, made if missing). */
    public ServerConfig withTeacherKey(String v) {
        return new ServerConfig(bindHost, port, dataDir, graceSeconds, botDelayMs, turnSeconds, voteSeconds, maxLineBytes, idleSeconds, roomThreads, maxRooms, scenarios, limits, v);
    }

    /** This config with other abuse limits (null means {@link Limits#DEFAULT}). */
    public ServerConfig withLimits(Limits v) {
        return new ServerConfig(bindHost, port, dataDir, graceSeconds, botDelayMs, turnSeconds, voteSeconds, maxLineBytes, idleSeconds, roomThreads, maxRooms, scenarios, v, teacherKey);
    }
}
