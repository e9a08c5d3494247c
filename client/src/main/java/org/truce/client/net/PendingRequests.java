package org.truce.client.net;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The requests this client has sent and not yet heard back about, by id. The server repeats a
 * request's {@code id} as {@code re} on its reply or its error, so a reply settles exactly its
 * request: a state that some other move caused does not. One thread (the UI's) uses it.
 */
public final class PendingRequests {
    /** How many answered ids are remembered: a screen asks about the few requests it just sent. */
    static final int ANSWERS_KEPT = 64;
    private final Set<String> open = new HashSet<>();
    /** Recently answered (not refused) requests, oldest first. */
    private final Set<String> answered = new LinkedHashSet<>();
    /** Requests given up on at a link-up (written to a link that may have died), oldest first. */
    private final Set<String> dropped = new LinkedHashSet<>();
    private long next;

    /** A fresh id, marked pending until {@link #settle} hears its reply or {@link #dropAll} gives up on it. */
    public String open() {
        String id = "c" + ++next;
        open.add(id);
        return id;
    }

    /** Whether the request sent with {@code id} still waits for its reply (false for null). */
    public boolean pending(String id) {
        return id != null && open.contains(id);
    }

    /**
     * Whether the request sent with {@code id} was answered by a reply that was not an error
     * (false for null, for a request still pending, refused, or dropped with a dead link).
     */
    public boolean answered(String id) {
        return id != null && answered.contains(id);
    }

    /** A message with {@code re} arrived: its request is answered (a state) or refused (an error). */
    public void settle(String re) {
        settle(re, false);
    }

    /** As {@link #settle(String)}; {@code refused}: the reply was an error, so the request is not {@link #answered}. */
    public void settle(String re, boolean refused) {
        if (re == null || !(open.remove(re) | dropped.remove(re)) || refused) {
            return;
        }
        answered.add(re);
        if (answered.size() > ANSWERS_KEPT) {
            answered.remove(answered.iterator().next());
        }
    }

    /**
     * The link went down and came back: a request written to the dead link may never be answered,
     * so none is counted on (the screens offer the move again; a repeated one is refused, harmlessly).
     */
    public void dropAll() {
        dropAllBut(java.util.Set.of());
    }

    /**
     * As {@link #dropAll}, but {@code keep} stay pending: requests made while the link was down,
     * which waited in the link's queue and go out after the new link's hello (their replies come).
     */
    public void dropAllBut(Set<String> keep) {
        for (String id : open) {
            if (!keep.contains(id)) {
                dropped.add(id);
            }
        }
        open.retainAll(keep);
        while (dropped.size() > ANSWERS_KEPT) {
            dropped.remove(dropped.iterator().next());
        }
    }

    /**
     * Whether the request sent with {@code id} was given up on at a link-up and has had no reply
     * since: it may have died with the old link (or may still be answered, if it went out late).
     */
    public boolean dropped(String id) {
        return id != null && dropped.contains(id);
    }
}
