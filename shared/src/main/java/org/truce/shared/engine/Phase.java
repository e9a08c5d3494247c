package org.truce.shared.engine;

/** Where a game stands: waiting for seats, a pen holder drafting, everyone voting, or over. */
public enum Phase {
    LOBBY, PROPOSING, VOTING, ENDED;

    /** The phase as the protocol writes it, e.g. "voting". */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The phase a wire string names ("voting"), or null for anything else (null included). */
    public static Phase fromWire(String wire) {
        for (Phase v : values()) {
            if (v.wire().equals(wire)) {
                return v;
            }
        }
        return null;
    }
}
