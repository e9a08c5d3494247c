package org.truce.server.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.truce.server.cli.OptionChecks;

/**
 * The kill -9 campaign: the real server in a child JVM, many rooms played over raw TCP, the server
 * killed with SIGKILL at random moments and started again on the same data dir, every seat
 * resumed by its token, and every acknowledged move (a {@code state} reply carrying the move's
 * id) looked for in the recovered state. Fails (exit 1) on a lost move, a failed resume, a stuck
 * connection, a room journal quarantined as corrupt or an acknowledged room that is gone. Runs for
 * minutes: a main class, not a test.
 *
 * <pre>java -cp client/target/truce.jar org.truce.server.bench.KillCampaign --kills 100 --minutes 25 --rooms 8</pre>
 */
public final class KillCampaign {
    private final CampaignTally tally = new CampaignTally();
    private final Random random;
    private final String scenario;
    private List<String> parties;
    private Map<String, List<String>> terms;

    KillCampaign(long seed, String scenario) {
        this.random = new Random(seed);
        this.scenario = scenario;
    }

    /** Options as in docs/PERFORMANCE.md ({@code --help}); bad ones are one line on stderr and exit 2. */
    public static void main(String[] args) {
        System.exit(execute(OptionChecks.utf8(System.out), OptionChecks.utf8(System.err), args));
    }

    /** Runs the campaign's command line and returns the exit code (tests call this with bad options). */
    static int execute(PrintWriter out, PrintWriter err, String... args) {
        return OptionChecks.execute(new KillCampaignCommand(), out, err, args);
    }

    boolean run(String classpath, Path dir, int maxKills, long budgetMs, int roomCount, int minMs, int maxMs) throws Exception {
        Path data = dir.resolve("data");
        CampaignServer server = new CampaignServer(classpath, data, dir.resolve("server.log"));
        List<Long> restarts = new ArrayList<>();
        List<Long> killToAccepting = new ArrayList<>();
        long begin = System.currentTimeMillis();
        long first = server.start();
        System.out.println("server pid " + server.pid() + " accepting after " + first + " ms on " + server.address());
        loadScenario(server.address());
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < roomCount; i++) {
            slots.add(new Slot(random.nextLong()));
        }
        int kills = 0;
        int corrupt = 0;
        while (kills < maxKills && System.currentTimeMillis() - begin < budgetMs) {
            List<Thread> threads = epoch(slots, server.address(), false);
            Thread.sleep(minMs + random.nextInt(maxMs - minMs));
            long t0 = System.nanoTime();
            server.kill();
            kills++;
            joinAll(threads);
            corrupt = countCorrupt(data);
            if (corrupt > 0) {
                tally.fail(corrupt + " room journal(s) quarantined as corrupt after kill " + kills);
                break;
            }
            long ms = server.start();
            restarts.add(ms);
            killToAccepting.add((System.nanoTime() - t0) / 1_000_000);
            if (kills % 10 == 0) {
                System.out.printf("%d kills, %d acknowledged moves, %d lost, %d failures, %.0f s%n", kills, tally.acknowledged.get(),
                        tally.lost.get(), tally.failures().size(), (System.currentTimeMillis() - begin) / 1000.0);
            }
        }
        // after the last kill: resume everything once more, check, play no more
        joinAll(epoch(slots, server.address(), true));
        server.stop();
        corrupt = countCorrupt(data);
        long verified = slots.stream().mapToLong(Slot::verified).sum();
        report(kills, System.currentTimeMillis() - begin, first, restarts, killToAccepting, corrupt, verified, dir);
        return tally.lost.get() == 0 && tally.chatLost.get() == 0 && tally.resumeFailures.get() == 0 && tally.stuck.get() == 0
                && corrupt == 0 && tally.lostRooms.get() == 0 && tally.failures().isEmpty();
    }

    private List<Thread> epoch(List<Slot> slots, InetSocketAddress address, boolean verifyOnly) {
        List<Thread> threads = new ArrayList<>();
        for (Slot s : slots) {
            Thread t = new Thread(() -> {
                try {
                    s.epoch(address, verifyOnly);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    tally.fail("campaign client error: " + e);
                }
            }, "campaign-slot");
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        return threads;
    }

    private void joinAll(List<Thread> threads) throws InterruptedException {
        long end = System.currentTimeMillis() + 2 * CampaignSeat.STUCK_MS + 10_000;
        for (Thread t : threads) {
            t.join(Math.max(1, end - System.currentTimeMillis()));
            if (t.isAlive()) {
                tally.stuck.incrementAndGet();
                tally.fail("a room's client did not finish after the server was killed (stuck)");
                t.interrupt();
            }
        }
    }

    /** A sequence of rooms played one after another at one table; finished games are checked once after the next restart. */
    private final class Slot {
        private final Random random;
        private CampaignRoom current;
        private final List<CampaignRoom> finished = new ArrayList<>();
        private long verified;

        Slot(long seed) {
            this.random = new Random(seed);
        }

        long verified() {
            return verified + (current == null ? 0 : current.verifiedCount());
        }

        void epoch(InetSocketAddress address, boolean verifyOnly) throws InterruptedException {
            for (CampaignRoom r : new ArrayList<>(finished)) {
                if (r.resumeAll(address, true) == CampaignRoom.Outcome.SERVER_GONE) {
                    return;
                }
                verified += r.verifiedCount();
                finished.remove(r);
            }
            if (current != null) {
                CampaignRoom.Outcome o = current.resumeAll(address, verifyOnly);
                if (o == CampaignRoom.Outcome.SERVER_GONE) {
                    return;
                }
                if (o == CampaignRoom.Outcome.ROOM_LOST) {
                    verified += current.verifiedCount();
                    current = null;
                }
            }
            while (!verifyOnly) {
                if (current == null) {
                    current = CampaignRoom.create(address, scenario, parties, terms, random, tally);
                    if (current == null) {
                        return; // the server went before acknowledging the room
                    }
                }
                CampaignRoom.Outcome o = current.seatAll(address, random);
                if (o == CampaignRoom.Outcome.SERVER_GONE) {
                    current.closeLines();
                    return;
                }
                if (o == CampaignRoom.Outcome.ROOM_LOST) {
                    current = null;
                    continue;
                }
                if (!current.play()) {
                    return;
                }
                tally.gamesFinished.incrementAndGet();
                finished.add(current);
                current = null;
            }
        }
    }

    private void loadScenario(InetSocketAddress address) throws Exception {
        try (CampaignLine line = new CampaignLine(address)) {
            JsonObject hello = new JsonObject();
            hello.addProperty("type", "hello");
            hello.addProperty("name", "campaign");
            hello.addProperty("protocol", 1);
            line.send(hello);
            JsonObject ask = new JsonObject();
            ask.addProperty("type", "scenarios");
            ask.addProperty("id", "s");
            line.send(ask);
            JsonObject r = line.reply("s", 10_000, o -> { });
            if (r == null) {
                throw new IOException("no answer to scenarios");
            }
            for (JsonElement e : r.getAsJsonArray("scenarios")) {
                JsonObject s = e.getAsJsonObject();
                if (!s.get("id").getAsString().equals(scenario)) {
                    continue;
                }
                parties = new ArrayList<>();
                for (JsonElement p : s.getAsJsonArray("parties")) {
                    parties.add(p.getAsJsonObject().get("id").getAsString());
                }
                terms = new LinkedHashMap<>();
                for (JsonElement t : s.getAsJsonArray("terms")) {
                    List<String> options = new ArrayList<>();
                    for (JsonElement o : t.getAsJsonObject().getAsJsonArray("options")) {
                        options.add(o.getAsJsonObject().get("id").getAsString());
                    }
                    terms.put(t.getAsJsonObject().get("id").getAsString(), options);
                }
            }
            if (parties == null) {
                throw new IOException("the server has no scenario " + scenario);
            }
        }
    }

    private void report(int kills, long elapsedMs, long firstStart, List<Long> restarts, List<Long> killToAccepting, int corrupt,
                        long verified, Path dir) throws IOException {
        System.out.println();
        System.out.printf("kills (SIGKILL)            %d in %.1f min%n", kills, elapsedMs / 60_000.0);
        System.out.printf("rooms created / finished   %d / %d%n", tally.roomsCreated.get(), tally.gamesFinished.get());
        System.out.printf("acknowledged moves         %d (%d proposes, %d votes); chat lines %d; joins %d%n", tally.acknowledged.get(),
                tally.proposes.get(), tally.votes.get(), tally.chat.get(), tally.joins.get());
        System.out.printf("moves checked after restart %d distinct (%d checks)%n", verified, tally.checks.get());
        System.out.printf("LOST moves                 %d%n", tally.lost.get());
        System.out.printf("lost chat (last line)      %d%n", tally.chatLost.get());
        System.out.printf("resumes ok / failed        %d / %d%n", tally.resumes.get(), tally.resumeFailures.get());
        System.out.printf("stuck connections          %d%n", tally.stuck.get());
        System.out.printf("quarantined journals       %d%n", corrupt);
        System.out.printf("acknowledged rooms lost    %d; seats freed after a cut-off join %d%n", tally.lostRooms.get(), tally.seatsFreed.get());
        System.out.printf("torn last lines cut        %d%n", countInLogs(dir, "torn last line cut off"));
        System.out.printf("server log ERROR lines     %d%n", countInLogs(dir, " ERROR "));
        System.out.printf("error replies              %s%n", tally.errors());
        System.out.printf("first start                %d ms%n", firstStart);
        System.out.printf("restart to accepting (ms)  %s%n", spread(restarts));
        System.out.printf("kill to accepting (ms)     %s%n", spread(killToAccepting));
        List<String> failures = tally.failures();
        if (!failures.isEmpty()) {
            System.out.println("failures:");
            failures.forEach(f -> System.out.println("  " + f));
        }
    }

    private static String spread(List<Long> values) {
        if (values.isEmpty()) {
            return "-";
        }
        List<Long> v = new ArrayList<>(values);
        Collections.sort(v);
        return String.format("min %d, p50 %d, p95 %d, max %d (n=%d)", v.get(0), v.get(v.size() / 2),
                v.get(Math.min(v.size() - 1, (int) Math.ceil(v.size() * 0.95) - 1)), v.get(v.size() - 1), v.size());
    }

    private static int countCorrupt(Path data) throws IOException {
        Path rooms = data.resolve("rooms");
        if (!Files.isDirectory(rooms)) {
            return 0;
        }
        int n = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(rooms, "*.corrupt")) {
            for (Path ignored : files) {
                n++;
            }
        }
        return n;
    }

    private static long countInLogs(Path dir, String text) throws IOException {
        long n = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.getFileName().toString().startsWith("server.log"))::iterator) {
                try (Stream<String> lines = Files.lines(f)) {
                    n += lines.filter(l -> l.contains(text)).count();
                }
            }
        }
        return n;
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
