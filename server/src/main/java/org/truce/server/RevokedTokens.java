package org.truce.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a seat token stopped working (seat freed, left, room closed, game archived), in the
 * player's words, for a player who comes back with it. Kept by token hash (memory holds no
 * working secret); only the newest {@link #KEPT} stay, the oldest going first. Thread-safe.
 */
final class RevokedTokens {
    static final int KEPT = 10_000;

    private final Map<String, String> why = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    });

    /** {@code token} (plain or already hashed) was revoked; {@code reason} answers its next use. Null tokens are ignored. */
    void add(String token, String reason) {
        if (token != null) {
            why.put(Secrets.hash(token), reason);
        }
    }

    /** Why {@code token} no longer works, or null when this server does not remember it. */
    String why(String token) {
        return why.get(Secrets.hash(token));
    }
}
