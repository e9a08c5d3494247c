package org.truce.server.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.Random;
import org.truce.shared.engine.Phase;
import org.truce.shared.engine.VoteStatus;

/**
 * One human seat of a campaign room, played over its own connection until the game ends or the
 * server dies: the pen holder tables a random package, the others vote (mostly no), now and then
 * a chat line. One request at a time; a move counts as acknowledged only when the reply
 * {@code state} carrying its id arrives, and only then goes into the room's ledger. Requests
 * are paced under the server's per-connection limit (5 a second), which {@code --trust} does
 * not lift.
 */
final class CampaignSeat implements Runnable {
    /** How long a request may go unanswered before the connection counts as stuck. */
    static final long STUCK_MS = 15_000;
    private static final long MIN_GAP_MS = 230;
    private static final long CHAT_GAP_MS = 1_500;

    final String party;
    final String name;
    volatile String token;
    private final CampaignRoom room;
    private final CampaignTally tally;
    private final Random random;
    private CampaignLine line;
    private JsonObject latest;
    private long seq;
    /** Why {@link #run} returned: the game ended, or the connection went away (or stuck). */
    volatile boolean ended;

    CampaignSeat(CampaignRoom room, String party, String name, long seed, CampaignTally tally) {
        this.room = room;
        this.party = party;
        this.name = name;
        this.tally = tally;
        this.random = new Random(seed);
    }

    /** Hands over the connection this seat plays on and the latest state it got (may be null). */
    void attach(CampaignLine line, JsonObject latest) {
        this.line = line;
        this.latest = latest;
    }

    @Override
    public void run() {
        String outstanding = null;
        JsonObject request = null;
        long sentAt = 0;
        long nextAt = 0;
        long nextChat = System.currentTimeMillis() + random.nextInt((int) CHAT_GAP_MS);
        try {
            while (true) {
                JsonObject o = line.next(50);
                if (o == CampaignLine.EOF) {
                    return; // the server was killed (or let us go)
                }
                long now = System.currentTimeMillis();
                if (o != null) {
                    String type = CampaignLine.type(o);
                    boolean reply = outstanding != null && o.has("re") && outstanding.equals(o.get("re").getAsString());
                    if (type.equals("state")) {
                        latest = o;
                    }
                    if (reply) {
                        if (type.equals("error")) {
                            tally.error(o.get("code").getAsString());
                        } else {
                            room.acknowledged(party, request, o);
                        }
                        outstanding = null;
                    }
                    continue; // act only on the newest state: drain first
                }
                if (outstanding != null) {
                    if (now - sentAt > STUCK_MS) {
                        tally.stuck.incrementAndGet();
                        tally.fail("room " + room.code() + " " + party + ": no reply to " + request + " in " + STUCK_MS + " ms");
                        return;
                    }
                    continue;
                }
                if (latest == null || now < nextAt || line.pending()) {
                    continue;
                }
                Phase phase = Phase.fromWire(latest.get("phase").getAsString());
                if (phase == Phase.ENDED) {
                    ended = true;
                    return;
                }
                request = now >= nextChat && random.nextInt(8) == 0 ? chat(++seq) : move(++seq, phase);
                if (request == null) {
                    continue;
                }
                if (request.get("type").getAsString().equals("say")) {
                    nextChat = now + CHAT_GAP_MS;
                }
                outstanding = request.get("id").getAsString();
                sentAt = now;
                nextAt = now + MIN_GAP_MS;
                line.send(request);
            }
        } catch (IOException e) {
            // the server died mid-write: the request is simply not acknowledged
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            line.close();
        }
    }

    private JsonObject move(long seq, Phase phase) {
        int round = latest.get("round").getAsInt();
        String pen = latest.has("pen") && !latest.get("pen").isJsonNull() ? latest.get("pen").getAsString() : "";
        JsonObject m = new JsonObject();
        m.addProperty("id", party + "-" + seq);
        m.addProperty("round", round);
        if (phase == Phase.PROPOSING && pen.equals(party)) {
            m.addProperty("type", "propose");
            m.add("terms", room.randomTerms(random));
            return m;
        }
        JsonElement mine = latest.has("votes") ? latest.getAsJsonObject("votes").get(party) : null;
        if (phase == Phase.VOTING && !pen.equals(party) && mine != null && VoteStatus.fromWire(mine.getAsString()) == VoteStatus.PENDING) {
            m.addProperty("type", "vote");
            m.addProperty("accept", random.nextInt(100) < 35);
            return m;
        }
        return null;
    }

    private JsonObject chat(long seq) {
        JsonObject m = new JsonObject();
        m.addProperty("type", "say");
        m.addProperty("id", party + "-" + seq);
        m.addProperty("to", "all");
        m.addProperty("text", "chat " + room.code() + " " + party + " " + seq + " " + random.nextInt(1_000_000));
        return m;
    }
}
