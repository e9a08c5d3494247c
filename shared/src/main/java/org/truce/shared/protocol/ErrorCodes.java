package org.truce.shared.protocol;

/**
 * Protocol error codes that do not come from the rules engine. The engine's refusals use
 * {@link org.truce.shared.engine.RejectReason#code()} (e.g. "not_your_pen", "wrong_round").
 */
public final class ErrorCodes {
    public static final String MALFORMED_JSON = "malformed_json";
    public static final String UNKNOWN_TYPE = "unknown_type";
    public static final String MISSING_FIELD = "missing_field";
    public static final String BAD_FIELD = "bad_field";
    public static final String LINE_TOO_LONG = "line_too_long";
    public static final String NOT_HELLO = "hello_first";
    public static final String BAD_PROTOCOL = "bad_protocol";
    /** A name that is not plain visible text, or that passes for a bot's label or a party's name. */
    public static final String BAD_NAME = "bad_name";
    public static final String UNKNOWN_SCENARIO = "unknown_scenario";
    public static final String UNKNOWN_ROOM = "unknown_room";
    public static final String UNKNOWN_PARTY = "unknown_party";
    public static final String UNKNOWN_STRATEGY = "unknown_strategy";
    public static final String SEAT_TAKEN = "seat_taken";
    public static final String BAD_TOKEN = "bad_token";
    /** A resume of a seat another open connection is using, without {@code takeover: true}. */
    public static final String SEAT_IN_USE = "seat_in_use";
    public static final String NOT_JOINED = "not_joined";
    public static final String ALREADY_SEATED = "already_seated";
    public static final String ROOM_FULL = "room_full";
    public static final String TOO_MANY_ROOMS = "too_many_rooms";
    public static final String RATE_LIMITED = "rate_limited";
    public static final String BAD_KEY = "bad_key";
    public static final String PLAYER_PRESENT = "player_present";
    public static final String SERVER_ERROR = "server_error";

    private ErrorCodes() {
    }
}
