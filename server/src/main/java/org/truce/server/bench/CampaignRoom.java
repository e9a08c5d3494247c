package org.truce.server.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.truce.shared.engine.VoteStatus;

/**
 * One room of the kill campaign: its seats and tokens, the ledger of every acknowledged move, and
 * the check after a restart that each seat resumes by token and that its first {@code state}
 * still holds every move acknowledged before the kill (a tabled draft in its round, with its
 * author and terms; a vote with its value), and the last acknowledged chat line in the replay.
 */
final class CampaignRoom {
    private static final String[] STRATEGIES = {"default", "boulware", "conceder", "linear", "tit-for-tat", "modeller"};
    private static final long REPLY_MS = CampaignSeat.STUCK_MS;

    /** A move the server acknowledged: what must survive any crash after the acknowledgement. */
    sealed interface Ack {
        String party();

        int round();

        /** {@code party} tabled {@code terms} in {@code round}. */
        record Proposed(String party, int round, JsonObject terms) implements Ack {
        }

        /** {@code party} voted on {@code round}'s draft. */
        record Voted(String party, int round, boolean accept) implements Ack {
        }
    }

    /** What a step of a room's life came to. */
    enum Outcome { OK, SERVER_GONE, ROOM_LOST }

    private final String code;
    private final String key;
    private final Map<String, List<String>> terms;
    private final CampaignTally tally;
    private final List<CampaignSeat> seats = new ArrayList<>();
    private final List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
    private final Set<Ack> verified = Collections.synchronizedSet(new HashSet<>());
    private final Set<Ack> lost = Collections.synchronizedSet(new HashSet<>());
    private volatile String lastChat;
    private CampaignLine creatorLine;

    private CampaignRoom(String code, String key, Map<String, List<String>> terms, CampaignTally tally) {
        this.code = code;
        this.key = key;
        this.terms = terms;
        this.tally = tally;
    }

    String code() {
        return code;
    }

    /**
     * Creates a room of the scenario with 2 to all parties human (bots with random strategies for
     * the rest, no clocks, bots acting at once); null if the server died before acknowledging it.
     */
    static CampaignRoom create(InetSocketAddress address, String scenario, List<String> parties, Map<String, List<String>> terms,
                               Random random, CampaignTally tally) throws InterruptedException {
        CampaignLine line;
        try {
            line = new CampaignLine(address);
        } catch (IOException e) {
            return null;
        }
        try {
            if (!hello(line, "creator", null)) {
                line.close();
                return null;
            }
            List<String> shuffled = new ArrayList<>(parties);
            Collections.shuffle(shuffled, random);
            int humans = 2 + random.nextInt(parties.size() - 1);
            JsonObject bots = new JsonObject();
            for (String p : shuffled.subList(humans, shuffled.size())) {
                bots.addProperty(p, STRATEGIES[random.nextInt(STRATEGIES.length)]);
            }
            JsonObject create = new JsonObject();
            create.addProperty("type", "create_room");
            create.addProperty("id", "c");
            create.addProperty("scenario", scenario);
            create.add("bots", bots);
            create.addProperty("rounds", 6 + random.nextInt(9));
            create.addProperty("turnSeconds", 0);
            create.addProperty("voteSeconds", 0);
            create.addProperty("botDelayMs", 0);
            create.addProperty("seed", random.nextLong());
            line.send(create);
            JsonObject r = line.reply("c", REPLY_MS, o -> { });
            if (r == null || !CampaignLine.type(r).equals("room_created")) {
                if (r != null) {
                    tally.error(r.get("code").getAsString());
                    tally.fail("create_room refused: " + r);
                }
                line.close();
                return null;
            }
            tally.roomsCreated.incrementAndGet();
            CampaignRoom room = new CampaignRoom(r.get("code").getAsString(), r.get("facilitatorKey").getAsString(), terms, tally);
            for (String p : shuffled.subList(0, humans)) {
                room.seats.add(new CampaignSeat(room, p, "p" + p.toLowerCase() + random.nextInt(10_000), random.nextLong(), tally));
            }
            room.creatorLine = line; // the first seat joins on it
            return room;
        } catch (IOException e) {
            line.close();
            return null;
        }
    }

    /**
     * After a restart: every seat that has a token says hello with it, and its first state is
     * checked against the ledger (before anyone moves again). With {@code thenClose} the
     * connections are closed afterwards (a finished game, checked once).
     */
    Outcome resumeAll(InetSocketAddress address, boolean thenClose) throws InterruptedException {
        List<Ack> snapshot;
        synchronized (acks) {
            snapshot = new ArrayList<>(acks);
        }
        for (CampaignSeat seat : seats) {
            if (seat.token == null) {
                continue;
            }
            CampaignLine line;
            try {
                line = new CampaignLine(address);
                JsonObject hello = new JsonObject();
                hello.addProperty("type", "hello");
                hello.addProperty("id", "h");
                hello.addProperty("name", seat.name);
                hello.addProperty("protocol", 1);
                hello.addProperty("resume", seat.token);
                line.send(hello);
            } catch (IOException e) {
                return Outcome.SERVER_GONE;
            }
            List<String> chat = new ArrayList<>();
            JsonObject w = line.reply("h", REPLY_MS, o -> { });
            if (w == null) {
                boolean gone = line.next(0) == CampaignLine.EOF;
                line.close();
                if (gone) {
                    return Outcome.SERVER_GONE;
                }
                tally.resumeFailures.incrementAndGet();
                tally.fail("room " + code + " " + seat.party + ": no answer to hello with its token");
                return Outcome.ROOM_LOST;
            }
            if (!CampaignLine.type(w).equals("welcome")) {
                line.close();
                tally.resumeFailures.incrementAndGet();
                tally.fail("room " + code + " " + seat.party + ": resume refused: " + w);
                return Outcome.ROOM_LOST;
            }
            JsonObject state = untilState(line, chat);
            if (state == null) {
                line.close();
                return Outcome.SERVER_GONE;
            }
            tally.resumes.incrementAndGet();
            check(seat.party, state, snapshot, chat);
            if (thenClose) {
                line.close();
            } else {
                seat.attach(line, state);
            }
        }
        return Outcome.OK;
    }

    /** Joins every seat that has no token yet (freeing it first if an unacknowledged join took it). */
    Outcome seatAll(InetSocketAddress address, Random random) throws InterruptedException {
        try {
            for (CampaignSeat seat : seats) {
                if (seat.token != null) {
                    continue;
                }
                CampaignLine line = creatorLine;
                creatorLine = null;
                if (line == null) {
                    line = new CampaignLine(address);
                    if (!hello(line, seat.name, null)) {
                        line.close();
                        return Outcome.SERVER_GONE;
                    }
                }
                JsonObject r = join(line, seat.party);
                if (r != null && CampaignLine.type(r).equals("error") && r.get("code").getAsString().equals("seat_taken")) {
                    // a join the kill cut off before its reply still took the seat: free it with the key
                    JsonObject free = new JsonObject();
                    free.addProperty("type", "free_seat");
                    free.addProperty("id", "f");
                    free.addProperty("room", code);
                    free.addProperty("party", seat.party);
                    free.addProperty("facilitatorKey", key);
                    line.send(free);
                    JsonObject f = line.reply("f", REPLY_MS, o -> { });
                    if (f == null) {
                        line.close();
                        return Outcome.SERVER_GONE;
                    }
                    tally.seatsFreed.incrementAndGet();
                    r = join(line, seat.party);
                }
                if (r == null) {
                    line.close();
                    return Outcome.SERVER_GONE;
                }
                if (!CampaignLine.type(r).equals("joined")) {
                    line.close();
                    tally.lostRooms.incrementAndGet();
                    tally.fail("room " + code + ": join " + seat.party + " refused after restart: " + r);
                    return Outcome.ROOM_LOST;
                }
                seat.token = r.get("seatToken").getAsString();
                tally.joins.incrementAndGet();
                seat.attach(line, null);
                Thread.sleep(random.nextInt(150)); // a lobby waits a little: kills land there too
            }
            return Outcome.OK;
        } catch (IOException e) {
            return Outcome.SERVER_GONE;
        }
    }

    /** Plays every seat on its own thread until the game ends (true) or the server goes (false). */
    boolean play() throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (CampaignSeat seat : seats) {
            seat.ended = false;
            Thread t = new Thread(seat, "campaign-" + code + "-" + seat.party);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return seats.stream().allMatch(s -> s.ended);
    }

    /** Called by a seat's thread with the reply that acknowledged its request. */
    void acknowledged(String party, JsonObject request, JsonObject reply) {
        String type = request.get("type").getAsString();
        if (type.equals("say")) {
            lastChat = request.get("text").getAsString();
            tally.chat.incrementAndGet();
            return;
        }
        int round = request.get("round").getAsInt();
        if (type.equals("propose")) {
            acks.add(new Ack.Proposed(party, round, request.getAsJsonObject("terms")));
            tally.proposes.incrementAndGet();
        } else {
            acks.add(new Ack.Voted(party, round, request.get("accept").getAsBoolean()));
            tally.votes.incrementAndGet();
        }
        tally.acknowledged.incrementAndGet();
    }

    JsonObject randomTerms(Random random) {
        JsonObject t = new JsonObject();
        terms.forEach((term, options) -> t.addProperty(term, options.get(random.nextInt(options.size()))));
        return t;
    }

    int verifiedCount() {
        return verified.size();
    }

    void closeLines() {
        if (creatorLine != null) {
            creatorLine.close();
            creatorLine = null;
        }
    }

    private void check(String who, JsonObject state, List<Ack> snapshot, List<String> chat) {
        for (Ack a : snapshot) {
            tally.checks.incrementAndGet();
            if (present(state, a)) {
                verified.add(a);
            } else if (lost.add(a)) {
                tally.lost.incrementAndGet();
                tally.fail("room " + code + ": acknowledged " + a + " missing from " + who + "'s state after restart: " + state);
            }
        }
        String last = lastChat;
        if (last != null && !chat.contains(last) && chat.size() < 50) {
            tally.chatLost.incrementAndGet();
            tally.fail("room " + code + ": acknowledged chat '" + last + "' missing from " + who + "'s replay " + chat);
            lastChat = null; // said once
        }
    }

    private static boolean present(JsonObject state, Ack a) {
        JsonObject draft = null;
        JsonObject votes = null;
        for (JsonElement e : state.getAsJsonArray("history")) {
            JsonObject h = e.getAsJsonObject();
            if (h.get("round").getAsInt() == a.round()) {
                draft = object(h, "draft");
                votes = object(h, "votes");
            }
        }
        if (draft == null && state.get("round").getAsInt() == a.round()) {
            draft = object(state, "draft");
            votes = object(state, "votes");
        }
        if (a instanceof Ack.Proposed p) {
            return draft != null && draft.get("by").getAsString().equals(p.party()) && draft.getAsJsonObject("terms").equals(p.terms());
        }
        JsonElement v = votes == null ? null : votes.get(a.party());
        boolean accept = ((Ack.Voted) a).accept();
        return v != null && VoteStatus.fromWire(v.getAsString()) == (accept ? VoteStatus.ACCEPTED : VoteStatus.REJECTED);
    }

    private static JsonObject object(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e == null || e.isJsonNull() ? null : e.getAsJsonObject();
    }

    private static JsonObject untilState(CampaignLine line, List<String> chat) throws InterruptedException {
        long end = System.currentTimeMillis() + REPLY_MS;
        while (System.currentTimeMillis() < end) {
            JsonObject o = line.next(end - System.currentTimeMillis());
            if (o == null || o == CampaignLine.EOF) {
                return null;
            }
            String type = CampaignLine.type(o);
            if (type.equals("said")) {
                chat.add(o.get("text").getAsString());
            } else if (type.equals("state")) {
                return o;
            }
        }
        return null;
    }

    private JsonObject join(CampaignLine line, String party) throws IOException, InterruptedException {
        JsonObject join = new JsonObject();
        join.addProperty("type", "join");
        join.addProperty("id", "j");
        join.addProperty("room", code);
        join.addProperty("party", party);
        line.send(join);
        return line.reply("j", REPLY_MS, o -> { });
    }

    private static boolean hello(CampaignLine line, String name, String resume) throws IOException, InterruptedException {
        JsonObject hello = new JsonObject();
        hello.addProperty("type", "hello");
        hello.addProperty("id", "h");
        hello.addProperty("name", name);
        hello.addProperty("protocol", 1);
        if (resume != null) {
            hello.addProperty("resume", resume);
        }
        line.send(hello);
        JsonObject w = line.reply("h", REPLY_MS, o -> { });
        return w != null && CampaignLine.type(w).equals("welcome");
    }
}
