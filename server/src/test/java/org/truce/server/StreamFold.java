package org.truce.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A test's fold of what one client received, as a client in stream mode keeps its view: the last
 * full state's closed rounds with the public events after it folded on, the last state's other
 * fields, and the chat lines. A protocol-1 client's transcript folds to the same view (every state
 * is full). Rounds are compared as "round|by|terms|votes|agreed" strings.
 */
final class StreamFold {
    /** Closed rounds, oldest first. */
    final List<String> rounds = new ArrayList<>();
    /** The last state without history, you, deadline and remainingMs (those differ per client and moment). */
    JsonObject last;
    /** The highest version received (state, event or said). */
    int version;
    /** Chat lines as "from>to:text@version". */
    final List<String> chat = new ArrayList<>();
    /** Versions of the event messages, in the order received. */
    final List<Integer> eventVersions = new ArrayList<>();
    private String draft;
    private Map<String, String> votes = new TreeMap<>();

    /** Folds every line of one or more transcripts, in order. */
    static StreamFold of(List<String> transcript) {
        StreamFold f = new StreamFold();
        f.takeAll(transcript);
        return f;
    }

    void takeAll(List<String> transcript) {
        synchronized (transcript) {
            for (String line : transcript) {
                take(JsonParser.parseString(line).getAsJsonObject());
            }
        }
    }

    void take(JsonObject m) {
        String type = Wire.type(m);
        if (m.has("version") && !m.get("version").isJsonNull()) {
            version = Math.max(version, m.get("version").getAsInt());
        }
        if ("state".equals(type)) {
            if (m.has("history")) {
                rounds.clear();
                for (JsonElement e : m.getAsJsonArray("history")) {
                    JsonObject r = e.getAsJsonObject();
                    rounds.add(round(r.get("round").getAsInt(), draft(r.get("draft")), votes(r.getAsJsonObject("votes")),
                            r.get("agreed").getAsBoolean()));
                }
                draft = draft(m.get("draft"));
                votes = votes(m.getAsJsonObject("votes"));
            }
            last = m.deepCopy();
            for (String field : new String[] {"history", "you", "deadline", "remainingMs", "re"}) {
                last.remove(field);
            }
        } else if ("event".equals(type)) {
            eventVersions.add(m.get("version").getAsInt());
            fold(m.getAsJsonObject("event"));
        } else if ("said".equals(type)) {
            chat.add(m.get("from").getAsString() + ">" + m.get("to").getAsString() + ":" + m.get("text").getAsString()
                    + "@" + m.get("version").getAsInt());
        }
    }

    private void fold(JsonObject e) {
        switch (e.get("kind").getAsString()) {
            case "tabled" -> {
                draft = e.get("by").getAsString() + " " + new TreeMap<>(strings(e.getAsJsonObject("terms")));
                votes = new TreeMap<>();
                if (!e.get("automatic").getAsBoolean()) {
                    votes.put(e.get("by").getAsString(), "accepted"); // who tables a draft of their own accepts it
                }
            }
            case "voted" -> votes.put(e.get("party").getAsString(), e.get("accept").getAsBoolean() ? "accepted" : "rejected");
            case "round_failed", "agreed" -> {
                rounds.add(round(e.get("round").getAsInt(), draft, votes, "agreed".equals(e.get("kind").getAsString())));
                draft = null;
                votes = new TreeMap<>();
            }
            default -> {
                // started, no_deal: nothing on the table changes
            }
        }
    }

    private static String round(int round, String draft, Map<String, String> votes, boolean agreed) {
        return round + "|" + draft + "|" + votes + "|" + agreed;
    }

    private static String draft(JsonElement d) {
        if (d == null || d.isJsonNull()) {
            return null;
        }
        JsonObject o = d.getAsJsonObject();
        return o.get("by").getAsString() + " " + new TreeMap<>(strings(o.getAsJsonObject("terms")));
    }

    /** Votes cast (pending left out), by party. */
    private static Map<String, String> votes(JsonObject o) {
        Map<String, String> out = new TreeMap<>();
        if (o != null) {
            strings(o).forEach((p, v) -> {
                if (!"pending".equals(v)) {
                    out.put(p, v);
                }
            });
        }
        return out;
    }

    private static Map<String, String> strings(JsonObject o) {
        Map<String, String> out = new TreeMap<>();
        o.entrySet().forEach(en -> out.put(en.getKey(), en.getValue().getAsString()));
        return out;
    }
}
