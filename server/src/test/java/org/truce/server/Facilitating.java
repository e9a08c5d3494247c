package org.truce.server;

import com.google.gson.JsonObject;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.concurrent.atomic.AtomicReference;
import org.truce.shared.protocol.ClientMessage;

/** Test helpers: a facilitator's request run on a hand-driven room, as the router hands it over, and reading what came. */
final class Facilitating {
    private Facilitating() {
    }

    /** A connection greeted with the teacher key (no pipeline: the room sends it nothing). */
    static Session teacher() {
        Session s = new Session(new EmbeddedChannel(), 9_000);
        s.teacher = true;
        return s;
    }

    /** A player's connection without the teacher key. */
    static Session player() {
        return new Session(new EmbeddedChannel(), 9_001);
    }

    /** Runs {@code m} for {@code s} on the room's executor, lets the rooms settle, and returns the outcome. */
    static FacilitationOutcome run(RoomFixture f, String code, Session s, ClientMessage.Facilitation m) {
        Room r = f.room(code);
        AtomicReference<FacilitationOutcome> out = new AtomicReference<>();
        r.executor.execute(() -> out.set(r.facilitate(s, m)));
        f.settle();
        return out.get();
    }

    /** The first unread notice of {@code kind} (dropping it and what came before). */
    static JsonObject notice(RoomFixture.Player p, String kind) {
        return p.take("a " + kind + " notice", o -> "notice".equals(Wire.type(o)) && kind.equals(o.get("kind").getAsString()));
    }

    /** The first unread error (dropping it and what came before). */
    static JsonObject error(RoomFixture.Player p) {
        return p.take("an error", o -> "error".equals(Wire.type(o)));
    }

    /** Whether an unread message is a notice of {@code kind}. */
    static boolean gotNotice(RoomFixture.Player p, String kind) {
        return p.got(o -> "notice".equals(Wire.type(o)) && kind.equals(o.get("kind").getAsString()));
    }
}
