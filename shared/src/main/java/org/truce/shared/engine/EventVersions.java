package org.truce.shared.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A room's version: the number of public events in its game's event list so far, private chat
 * ({@code Said} to one party) left out, so seats and spectators count the same. Event number
 * {@code v} (counting from 1) has version {@code v}; a private line has the version of the public
 * event before it. Folded over the events in order, it also keeps when each round's draft was
 * tabled and each vote cast, so a client can interleave chat and the table's events after a
 * resume exactly as they happened.
 */
public final class EventVersions {
    private int version;
    private final Map<Integer, Integer> tabledAt = new HashMap<>();
    private final Map<Integer, Map<String, Integer>> votedAt = new HashMap<>();

    /** Whether everyone in the room sees this event (all but private chat). */
    public static boolean isPublic(Event e) {
        return !(e instanceof Event.Said s) || Command.Say.ALL.equals(s.to());
    }

    /** The versions of a game's events so far. */
    public static EventVersions of(Iterable<Event> events) {
        EventVersions v = new EventVersions();
        for (Event e : events) {
            v.observe(e);
        }
        return v;
    }

    /** Counts the next event; its version (the room's version once it happened). */
    public int observe(Event e) {
        if (isPublic(e)) {
            version++;
        }
        if (e instanceof Event.Tabled t) {
            tabledAt.put(t.round(), version);
        } else if (e instanceof Event.Voted v) {
            votedAt.computeIfAbsent(v.round(), r -> new LinkedHashMap<>()).put(v.party(), version);
        }
        return version;
    }

    /** Public events so far. */
    public int version() {
        return version;
    }

    /** The version of the (last) draft tabled in {@code round}, or null. */
    public Integer tabledAt(int round) {
        return tabledAt.get(round);
    }

    /** The version of each vote cast in {@code round} (by party), or null if none was. */
    public Map<String, Integer> votedAt(int round) {
        Map<String, Integer> m = votedAt.get(round);
        return m == null ? null : java.util.Collections.unmodifiableMap(m);
    }
}
