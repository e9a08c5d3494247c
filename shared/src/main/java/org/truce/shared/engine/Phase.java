package org.truce.shared.engine;

/** Where a game stands: waiting for seats, a pen holder drafting, everyone voting, or over. */
public enum Phase {
    LOBBY, PROPOSING, VOTING, ENDED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
