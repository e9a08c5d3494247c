package org.truce.shared.engine;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.truce.shared.json.Json;

/** Events as JSON objects with a "type", for the server's event log. */
public final class EventCodec {
    private static final Map<String, Class<? extends Event>> TYPES = new LinkedHashMap<>();
    private static final Map<Class<? extends Event>, String> NAMES = new LinkedHashMap<>();

    static {
        register("game_started", Event.GameStarted.class);
        register("tabled", Event.Tabled.class);
        register("voted", Event.Voted.class);
        register("round_failed", Event.RoundFailed.class);
        register("agreed", Event.Agreed.class);
        register("no_deal", Event.NoDealReached.class);
        register("said", Event.Said.class);
        register("paused", Event.Paused.class);
        register("resumed", Event.Resumed.class);
        register("clock_extended", Event.ClockExtended.class);
        register("rounds_added", Event.RoundsAdded.class);
        register("announced", Event.Announced.class);
        register("inject", Event.InjectFired.class);
        register("seat_handed", Event.SeatHanded.class);
    }

    private static void register(String name, Class<? extends Event> c) {
        TYPES.put(name, c);
        NAMES.put(c, name);
    }

    private EventCodec() {
    }

    /** The log name of an event's type, e.g. "tabled"; null for a type that is not registered. */
    public static String typeOf(Event e) {
        return NAMES.get(e.getClass());
    }

    /** The event as a flat JSON object: {@code type} first, then its record fields. */
    public static JsonObject toJson(Event e) {
        JsonObject body = Json.gson().toJsonTree(e).getAsJsonObject();
        JsonObject out = new JsonObject();
        out.addProperty("type", typeOf(e));
        for (Map.Entry<String, JsonElement> f : body.entrySet()) {
            out.add(f.getKey(), f.getValue());
        }
        return out;
    }

    /** Reads an event; throws IllegalArgumentException naming the problem. */
    public static Event fromJson(JsonObject o) {
        JsonElement t = o.get("type");
        if (t == null || !t.isJsonPrimitive()) {
            throw new IllegalArgumentException("event has no type");
        }
        Class<? extends Event> c = TYPES.get(t.getAsString());
        if (c == null) {
            throw new IllegalArgumentException("unknown event type '" + t.getAsString() + "'");
        }
        JsonObject copy = o.deepCopy();
        copy.remove("type");
        try {
            return Json.gson().fromJson(copy, c);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad " + t.getAsString() + " event: " + e.getMessage(), e);
        }
    }
}
