package org.truce.shared.protocol;

import java.util.Locale;

/** Who holds a seat, as {@code seats[].occupant} names it: "human" or "bot" (a free seat has none). */
public enum Occupant {
    /** A player (present or away; a stand-in may be playing for them). */
    HUMAN,
    /** A bot that holds the seat itself. */
    BOT;

    /** The occupant as the wire names it, e.g. "bot". */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The occupant a wire string names; null for a free seat or one this version does not know. */
    public static Occupant fromWire(String occupant) {
        for (Occupant o : values()) {
            if (o.wire().equals(occupant)) {
                return o;
            }
        }
        return null;
    }
}
