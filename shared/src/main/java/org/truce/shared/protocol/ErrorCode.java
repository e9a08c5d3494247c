package org.truce.shared.protocol;

import java.util.HashMap;
import java.util.Map;
import org.truce.shared.engine.RejectReason;

/**
 * Every error code the server sends in {@code error {code, message}}: the protocol's own refusals
 * and the rules engine's ({@link #of(RejectReason)}). The wire carries {@link #wire()}, a stable
 * lower-case string; docs/PROTOCOL.md lists every one (a test checks it).
 */
public enum ErrorCode {
    // the line or the request
    MALFORMED_JSON("malformed_json"),
    UNKNOWN_TYPE("unknown_type"),
    MISSING_FIELD("missing_field"),
    BAD_FIELD("bad_field"),
    LINE_TOO_LONG("line_too_long"),
    NOT_HELLO("hello_first"),
    BAD_PROTOCOL("bad_protocol"),
    /** A name that is not plain visible text, or that passes for a bot's label or a party's name. */
    BAD_NAME("bad_name"),
    // rooms and seats
    UNKNOWN_SCENARIO("unknown_scenario"),
    UNKNOWN_ROOM("unknown_room"),
    UNKNOWN_PARTY("unknown_party"),
    UNKNOWN_STRATEGY("unknown_strategy"),
    SEAT_TAKEN("seat_taken"),
    BAD_TOKEN("bad_token"),
    /** A resume of a seat another open connection is using, without {@code takeover: true}. */
    SEAT_IN_USE("seat_in_use"),
    NOT_JOINED("not_joined"),
    ALREADY_SEATED("already_seated"),
    TOO_MANY_ROOMS("too_many_rooms"),
    RATE_LIMITED("rate_limited"),
    BAD_KEY("bad_key"),
    PLAYER_PRESENT("player_present"),
    SERVER_ERROR("server_error"),
    /** A facilitator's request from a connection without the teacher key or the room's facilitator key. */
    NOT_FACILITATOR("not_facilitator"),
    /** An inject id the room's scenario does not have. */
    UNKNOWN_INJECT("unknown_inject"),
    /** {@code extend} on a room whose current phase has no clock. */
    NO_CLOCK("no_clock"),
    /** A team member's {@code propose}, {@code vote} or {@code make_lead}: only the seat's lead may. */
    NOT_LEAD("not_lead"),
    /** A name that is not in the seat's team ({@code make_lead}, {@code name_lead}), or a team request from no team. */
    NOT_IN_TEAM("not_in_team"),
    /** {@code make_lead}/{@code name_lead} naming a member who is not connected: the seat would have nobody to move. */
    MEMBER_AWAY("member_away"),
    /** {@code join {role: "member"}} on a team (or in a room) that has as many players as it may. */
    TEAM_FULL("team_full"),
    // the rules engine's refusals (RejectReason), same words on the wire
    NOT_STARTED("not_started"),
    GAME_OVER("game_over"),
    WRONG_ROUND("wrong_round"),
    NOT_YOUR_PEN("not_your_pen"),
    NOT_PROPOSING("not_proposing"),
    NOTHING_TO_VOTE("nothing_to_vote"),
    PEN_HOLDER_CANNOT_VOTE("pen_holder_cannot_vote"),
    ALREADY_VOTED("already_voted"),
    UNKNOWN_TERM("unknown_term"),
    UNKNOWN_OPTION("unknown_option"),
    MISSING_TERM("missing_term"),
    UNKNOWN_RECIPIENT("unknown_recipient"),
    BAD_TEXT("bad_text"),
    WRONG_PHASE("wrong_phase"),
    PAUSED("paused"),
    ALREADY_PAUSED("already_paused"),
    NOT_PAUSED("not_paused"),
    TOO_MANY_ROUNDS("too_many_rounds"),
    ALREADY_FIRED("already_fired"),
    BAD_SECONDS("bad_seconds");

    private static final Map<String, ErrorCode> BY_WIRE = new HashMap<>();

    static {
        for (ErrorCode c : values()) {
            BY_WIRE.put(c.wire, c);
        }
    }

    private final String wire;

    ErrorCode(String wire) {
        this.wire = wire;
    }

    /** The code as sent in {@code error.code}, e.g. "hello_first". */
    public String wire() {
        return wire;
    }

    /** True if {@code code} (as received) is this code. */
    public boolean is(String code) {
        return wire.equals(code);
    }

    /** The code a wire string names, or null for one this version does not know (a newer server's). */
    public static ErrorCode fromWire(String code) {
        return BY_WIRE.get(code);
    }

    /** The code the server sends when the rules engine refuses a command for {@code reason}. */
    public static ErrorCode of(RejectReason reason) {
        // a switch expression: a new RejectReason does not compile until it has its code here
        return switch (reason) {
            case NOT_STARTED -> NOT_STARTED;
            case GAME_OVER -> GAME_OVER;
            case UNKNOWN_PARTY -> UNKNOWN_PARTY;
            case WRONG_ROUND -> WRONG_ROUND;
            case NOT_YOUR_PEN -> NOT_YOUR_PEN;
            case NOT_PROPOSING -> NOT_PROPOSING;
            case NOTHING_TO_VOTE -> NOTHING_TO_VOTE;
            case PEN_HOLDER_CANNOT_VOTE -> PEN_HOLDER_CANNOT_VOTE;
            case ALREADY_VOTED -> ALREADY_VOTED;
            case UNKNOWN_TERM -> UNKNOWN_TERM;
            case UNKNOWN_OPTION -> UNKNOWN_OPTION;
            case MISSING_TERM -> MISSING_TERM;
            case UNKNOWN_RECIPIENT -> UNKNOWN_RECIPIENT;
            case BAD_TEXT -> BAD_TEXT;
            case WRONG_PHASE -> WRONG_PHASE;
            case PAUSED -> PAUSED;
            case ALREADY_PAUSED -> ALREADY_PAUSED;
            case NOT_PAUSED -> NOT_PAUSED;
            case TOO_MANY_ROUNDS -> TOO_MANY_ROUNDS;
            case ALREADY_FIRED -> ALREADY_FIRED;
            case BAD_SECONDS -> BAD_SECONDS;
        };
    }

    @Override
    public String toString() {
        return wire;
    }
}
