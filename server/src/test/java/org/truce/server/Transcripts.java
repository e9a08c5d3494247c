package org.truce.server;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finding messages in a {@link Wire}'s transcript from a mark on, whatever order one action's
 * messages come in (an event, a notice and a state), waiting on lines received, never a sleep.
 */
final class Transcripts {
    private Transcripts() {
    }

    /** Where the next line {@code w} receives will be in its transcript. */
    static int mark(Wire w) {
        return w.transcript.size();
    }

    /**
     * The first message received since {@code from} for which {@code p} holds, waiting for more
     * lines while none does (one action's messages come in an order a test need not fix).
     */
    static JsonObject since(Wire w, int from, String what, Predicate<JsonObject> p) {
        long end = System.nanoTime() + Wire.TIMEOUT.toNanos();
        int i = from;
        while (true) {
            List<String> got;
            synchronized (w.transcript) {
                got = new ArrayList<>(w.transcript.subList(i, w.transcript.size()));
            }
            for (String l : got) {
                JsonObject o = JsonParser.parseString(l).getAsJsonObject();
                if (p.test(o)) {
                    return o;
                }
            }
            i += got.size();
            if (System.nanoTime() > end) {
                throw new AssertionError("no " + what + " since line " + from + ": " + w.all());
            }
            w.next(Duration.ofMillis(200)); // wakes on the next line received
        }
    }

    static JsonObject notice(Wire w, int from, String kind) {
        return since(w, from, "a " + kind + " notice", o -> "notice".equals(Wire.type(o)) && kind.equals(o.get("kind").getAsString()));
    }

    static JsonObject event(Wire w, int from, String kind) {
        return since(w, from, "a " + kind + " event", o -> "event".equals(Wire.type(o))
                && kind.equals(o.getAsJsonObject("event").get("kind").getAsString()));
    }

    static JsonObject state(Wire w, int from, Predicate<JsonObject> p) {
        return since(w, from, "a state", o -> "state".equals(Wire.type(o)) && p.test(o));
    }

    /** How many messages of {@code type} {@code w} has received so far. */
    static long count(Wire w, String type) {
        synchronized (w.transcript) {
            return w.transcript.stream().filter(l -> type.equals(Wire.type(JsonParser.parseString(l).getAsJsonObject()))).count();
        }
    }
}
