package org.truce.shared.protocol;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.truce.shared.json.Json;

/**
 * JSON-lines codec for the protocol: one object per line, a "type" on every message, an
 * optional request "id" echoed in the reply as "re". Polymorphism by a type → class map (gson's
 * main jar has no RuntimeTypeAdapterFactory).
 */
public final class ProtocolCodec {
    public static final int PROTOCOL_VERSION = 1;

    private static final Map<String, Class<? extends ClientMessage>> CLIENT = new LinkedHashMap<>();
    private static final Map<String, Class<? extends ServerMessage>> SERVER = new LinkedHashMap<>();
    private static final Map<Class<?>, String> NAMES = new LinkedHashMap<>();

    static {
        client("hello", ClientMessage.Hello.class);
        client("scenarios", ClientMessage.ListScenarios.class);
        client("rooms", ClientMessage.ListRooms.class);
        client("create_room", ClientMessage.CreateRoom.class);
        client("join", ClientMessage.Join.class);
        client("spectate", ClientMessage.Spectate.class);
        client("propose", ClientMessage.Propose.class);
        client("vote", ClientMessage.Vote.class);
        client("say", ClientMessage.Say.class);
        client("leave", ClientMessage.Leave.class);
        client("ping", ClientMessage.Ping.class);
        client("close_room", ClientMessage.CloseRoom.class);
        client("free_seat", ClientMessage.FreeSeat.class);
        server("welcome", ServerMessage.Welcome.class);
        server("scenarios", ServerMessage.Scenarios.class);
        server("rooms", ServerMessage.Rooms.class);
        server("room_created", ServerMessage.RoomCreated.class);
        server("joined", ServerMessage.Joined.class);
        server("spectating", ServerMessage.Spectating.class);
        server("state", ServerMessage.State.class);
        server("said", ServerMessage.Said.class);
        server("notice", ServerMessage.Notice.class);
        server("game_over", ServerMessage.GameOver.class);
        server("error", ServerMessage.Error.class);
        server("pong", ServerMessage.Pong.class);
    }

    private static void client(String type, Class<? extends ClientMessage> c) {
        CLIENT.put(type, c);
        NAMES.put(c, type);
    }

    private static void server(String type, Class<? extends ServerMessage> c) {
        SERVER.put(type, c);
        NAMES.put(c, type);
    }

    private ProtocolCodec() {
    }

    /** A decoded message and the request id it carried (or null). */
    public record Envelope<M>(String id, M message) {
    }

    public static Envelope<ClientMessage> decodeClient(String line) {
        return decode(line, CLIENT);
    }

    public static Envelope<ServerMessage> decodeServer(String line) {
        return decode(line, SERVER);
    }

    public static String encode(ServerMessage message, String re) {
        return write(message, "re", re);
    }

    public static String encode(ServerMessage message) {
        return write(message, "re", null);
    }

    public static String encode(ClientMessage message, String id) {
        return write(message, "id", id);
    }

    public static String encode(ClientMessage message) {
        return write(message, "id", null);
    }

    /** The wire name of a message type, e.g. "create_room". */
    public static String typeOf(Object message) {
        return NAMES.get(message.getClass());
    }

    private static String write(Object message, String idKey, String id) {
        JsonObject body = Json.gson().toJsonTree(message).getAsJsonObject();
        JsonObject out = new JsonObject();
        out.addProperty("type", typeOf(message));
        if (id != null) {
            out.addProperty(idKey, id);
        }
        for (Map.Entry<String, JsonElement> e : body.entrySet()) {
            out.add(e.getKey(), e.getValue());
        }
        return Json.gson().toJson(out);
    }

    private static <M> Envelope<M> decode(String line, Map<String, Class<? extends M>> types) {
        JsonElement root;
        try {
            JsonReader reader = new JsonReader(new StringReader(line));
            reader.setStrictness(Strictness.STRICT);
            root = com.google.gson.JsonParser.parseReader(reader);
        } catch (JsonParseException | IllegalStateException e) {
            throw new ProtocolException(ErrorCodes.MALFORMED_JSON, "not a JSON object: " + shortCause(e));
        }
        if (!root.isJsonObject()) {
            throw new ProtocolException(ErrorCodes.MALFORMED_JSON, "each line must be one JSON object");
        }
        JsonObject obj = root.getAsJsonObject();
        String id = null;
        JsonElement idEl = obj.get("id");
        if (idEl != null && !idEl.isJsonNull()) {
            if (!idEl.isJsonPrimitive()) {
                throw new ProtocolException(ErrorCodes.BAD_FIELD, "'id' must be a string or a number");
            }
            id = idEl.getAsString();
            if (id.length() > 64) {
                throw new ProtocolException(ErrorCodes.BAD_FIELD, "'id' must be at most 64 characters");
            }
        }
        JsonElement typeEl = obj.get("type");
        if (typeEl == null || !typeEl.isJsonPrimitive() || !typeEl.getAsJsonPrimitive().isString()) {
            throw new ProtocolException(ErrorCodes.MISSING_FIELD, "every message needs a \"type\" string", id);
        }
        String type = typeEl.getAsString();
        Class<? extends M> cls = types.get(type);
        if (cls == null) {
            throw new ProtocolException(ErrorCodes.UNKNOWN_TYPE, "unknown message type '" + type + "'", id);
        }
        obj.remove("type");
        obj.remove("id");
        obj.remove("re");
        try {
            return new Envelope<>(id, Json.gson().fromJson(obj, cls));
        } catch (RuntimeException e) {
            ProtocolException pe = findProtocolException(e);
            if (pe != null) {
                throw pe.withRe(id);
            }
            throw new ProtocolException(ErrorCodes.BAD_FIELD, "bad field in '" + type + "': " + shortCause(e), id);
        }
    }

    private static ProtocolException findProtocolException(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ProtocolException p) {
                return p;
            }
        }
        return null;
    }

    private static String shortCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int see = m.indexOf("\nSee ");
        if (see >= 0) {
            m = m.substring(0, see);
        }
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
