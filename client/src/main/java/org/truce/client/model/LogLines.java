package org.truce.client.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The lines of an {@link EventLog} in their places: by round and, within a round, by version
 * where both lines have one, else by arrival (see {@link Placed}); at most {@value #MAX_LOG}, the
 * oldest going first. Counts a version that moves with every change. GUI thread, like its log.
 */
final class LogLines {
    static final int MAX_LOG = 500;

    /** The log, ordered by round and, within a round, by when each line happened. */
    private final List<Placed> log = new ArrayList<>();
    private int version;

    /**
     * A log line with its place: its round, then its version key when it and the other line have
     * one ({@code 2 × version} for a public event, {@code + 1} for a private line, which follows the
     * public event of its version), else its arrival (lines that open a round sort first).
     */
    record Placed(int round, long seq, long versionKey, LogEntry entry) {
        Placed(int round, long seq, LogEntry entry) {
            this(round, seq, -1, entry);
        }

        /** Whether this line goes after {@code p}. */
        boolean after(Placed p) {
            if (round != p.round) {
                return round > p.round;
            }
            return versionKey >= 0 && p.versionKey >= 0 ? versionKey > p.versionKey : seq > p.seq;
        }
    }

    /** The version key of a public event at {@code version} (null: no version, an older server). */
    static long key(Integer version) {
        return version == null ? -1 : 2L * version;
    }

    /** Inserts in order of round, then of place in the round; the oldest lines go past {@value #MAX_LOG}. */
    void place(Placed p) {
        int i = log.size();
        while (i > 0 && log.get(i - 1).after(p)) {
            i--;
        }
        log.add(i, p);
        if (log.size() > MAX_LOG) {
            log.remove(0);
        }
        version++;
    }

    /** Forgets every line. */
    void clear() {
        log.clear();
        version++;
    }

    /** The lines, in order: by round, and within a round as they happened. */
    List<LogEntry> entries() {
        List<LogEntry> out = new ArrayList<>(log.size());
        for (Placed p : log) {
            out.add(p.entry());
        }
        return Collections.unmodifiableList(out);
    }

    /** Changes with every line added or the lines cleared. */
    int version() {
        return version;
    }
}
