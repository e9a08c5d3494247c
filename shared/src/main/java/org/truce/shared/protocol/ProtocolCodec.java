package org.truce.shared.protocol;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.truce.shared.json.Json;
import org.truce.shared.json.StrictJson;

/**
 * JSON-lines codec for the protocol: one object per line, a "type" on every message, an
 * optional request "id" echoed in the reply as "re". Polymorphism by a type → class map (gson's
 * main jar has no RuntimeTypeAdapterFactory).
 */
public final class ProtocolCodec {
    /** The protocol version a client states in its hello; the only one this code speaks. */
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
        client("seat_bot", ClientMessage.SeatBot.class);
        client("pause", ClientMessage.Pause.class);
        client("resume", ClientMessage.Resume.class);
        client("extend", ClientMessage.Extend.class);
        client("add_rounds", ClientMessage.AddRounds.class);
        client("announce", ClientMessage.Announce.class);
        client("inject", ClientMessage.Inject.class);
        client("create_rooms", ClientMessage.CreateRooms.class);
        client("write_reports", ClientMessage.WriteReports.class);
        client("suggest", ClientMessage.Suggest.class);
        client("make_lead", ClientMessage.MakeLead.class);
        client("observe", ClientMessage.Observe.class);
        client("name_lead", ClientMessage.NameLead.class);
        client("remove_member", ClientMessage.RemoveMember.class);
        client("attach_observer", ClientMessage.AttachObserver.class);
        server("welcome", ServerMessage.Welcome.class);
        server("scenarios", ServerMessage.Scenarios.class);
        server("rooms", ServerMessage.Rooms.class);
        server("room_created", ServerMessage.RoomCreated.class);
        server("joined", ServerMessage.Joined.class);
        server("spectating", ServerMessage.Spectating.class);
        server("state", ServerMessage.State.class);
        server("said", ServerMessage.Said.class);
        server("event", ServerMessage.Event.class);
        server("notice", ServerMessage.Notice.class);
        server("game_over", ServerMessage.GameOver.class);
        server("error", ServerMessage.Error.class);
        server("pong", ServerMessage.Pong.class);
        server("rooms_created", ServerMessage.RoomsCreated.class);
        server("reports_written", ServerMessage.ReportsWritten.class);
        server("facilitated", ServerMessage.Facilitated.class);
        server("class_state", ServerMessage.ClassState.class);
        server("brief", ServerMessage.BriefUpdate.class);
        server("suggested", ServerMessage.Suggested.class);
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

    /**
     * A decoded message and the request id it carried (or null). The id is kept as its JSON
     * text ({@code "a"} with its quotes, or {@code 7}) so the reply's {@code re} is the same JSON
     * value the client sent, whatever its type.
     */
    public record Envelope<M>(String id, M message) {
    }

    /**
     * Reads one client line (a JSON object with {@code type} and optional {@code id}); throws {@link ProtocolException}
     * naming the problem, with {@code re} set to the id when one was read.
     */
    public static Envelope<ClientMessage> decodeClient(String line) {
        JsonObject obj = object(line);
        String id = requestId(obj.get("id"));
        String type = type(obj, id);
        Class<? extends ClientMessage> cls = CLIENT.get(type);
        if (cls == null) {
            throw new ProtocolException(ErrorCode.UNKNOWN_TYPE, "unknown message type '" + type + "'", id);
        }
        try {
            return new Envelope<>(id, RequestBinder.bind(obj, cls));
        } catch (ProtocolException e) {
            throw e.withRe(id);
        }
    }

    /**
     * A server's line, as a client reads it; the envelope's id is the line's {@code re} (JSON
     * text, as in {@link #decodeClient}), or null.
     */
    public static Envelope<ServerMessage> decodeServer(String line) {
        JsonObject obj = object(line);
        String type = type(obj, null);
        JsonElement reEl = obj.get("re");
        String re = reEl == null || reEl.isJsonNull() ? null : Json.gson().toJson(reEl);
        Class<? extends ServerMessage> cls = SERVER.get(type);
        if (cls == null) {
            throw new ProtocolException(ErrorCode.UNKNOWN_TYPE, "unknown message type '" + type + "'");
        }
        obj.remove("type");
        obj.remove("re");
        try {
            return new Envelope<>(re, Json.gson().fromJson(obj, cls));
        } catch (RuntimeException e) {
            // the client logs this; a library's message is no help there either
            throw new ProtocolException(ErrorCode.BAD_FIELD, "a '" + type + "' message with a field of the wrong shape");
        }
    }

    /** {@code re} is a request id as JSON text (from {@link Envelope#id()}), or null. */
    public static String encode(ServerMessage message, String re) {
        return write(message, "re", re);
    }

    /** One JSON line (no newline) for a message that answers no request. */
    public static String encode(ServerMessage message) {
        return write(message, "re", null);
    }

    /** {@code id} is a plain string; it is sent as a JSON string. */
    public static String encode(ClientMessage message, String id) {
        return write(message, "id", id == null ? null : Json.gson().toJson(id));
    }

    /** One JSON line (no newline) for a client message without a request id. */
    public static String encode(ClientMessage message) {
        return write(message, "id", null);
    }

    /** The wire name of a message type, e.g. "create_room". */
    public static String typeOf(Object message) {
        return NAMES.get(message.getClass());
    }

    private static String write(Object message, String idKey, String idJson) {
        JsonObject body = Json.gson().toJsonTree(message).getAsJsonObject();
        JsonObject out = new JsonObject();
        out.addProperty("type", typeOf(message));
        if (idJson != null) {
            out.add(idKey, StrictJson.parse(idJson));
        }
        for (Map.Entry<String, JsonElement> e : body.entrySet()) {
            out.add(e.getKey(), e.getValue());
        }
        return Json.gson().toJson(out);
    }

    private static JsonObject object(String line) {
        JsonElement root;
        try {
            root = StrictJson.parse(line);
        } catch (StrictJson.Malformed e) {
            throw new ProtocolException(ErrorCode.MALFORMED_JSON, "not one JSON object: " + e.getMessage());
        }
        if (!root.isJsonObject()) {
            throw new ProtocolException(ErrorCode.MALFORMED_JSON, "each line must be one JSON object");
        }
        return root.getAsJsonObject();
    }

    /** The id as JSON text: a string or a number (at most 64 characters), nothing else. */
    private static String requestId(JsonElement idEl) {
        if (idEl == null || idEl.isJsonNull()) {
            return null;
        }
        if (!idEl.isJsonPrimitive() || idEl.getAsJsonPrimitive().isBoolean()) {
            throw new ProtocolException(ErrorCode.BAD_FIELD, "'id' must be a string or a number");
        }
        if (org.truce.shared.text.Chars.count(idEl.getAsString()) > 64) { // characters, as every other limit counts
            throw new ProtocolException(ErrorCode.BAD_FIELD, "'id' must be at most 64 characters");
        }
        return Json.gson().toJson(idEl);
    }

    private static String type(JsonObject obj, String id) {
        JsonElement typeEl = obj.get("type");
        if (typeEl != null && !typeEl.isJsonNull() && !(typeEl.isJsonPrimitive() && typeEl.getAsJsonPrimitive().isString())) {
            throw new ProtocolException(ErrorCode.BAD_FIELD, "'type' must be a string", id);
        }
        if (typeEl == null || typeEl.isJsonNull()) {
            throw new ProtocolException(ErrorCode.MISSING_FIELD, "every message needs a \"type\" string", id);
        }
        return typeEl.getAsString();
    }
}
