package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.truce.shared.engine.Event;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.PublicEvent;
import org.truce.shared.protocol.ServerMessage;

/** What a room's event stream holds and what it answers to a {@code since}. */
class EventStreamTest {
    private static final List<Event> GAME = List.of(
            new Event.GameStarted("test-mini", 4, List.of("UA", "RU", "US"), 7L),       // 1
            new Event.Said(1, "UA", "all", "hello all", null),                           // 2
            new Event.Tabled(1, "UA", Map.of("line", "b"), false, null),                 // 3
            new Event.Said(1, "RU", "UA", "between us", null),                           // 3 (private)
            new Event.Voted(1, "RU", false, false, null),                                // 4
            new Event.Said(1, "US", "RU", "not for UA", null),                           // 4 (private)
            new Event.Voted(1, "US", true, false, null));                                // 5

    private static List<String> lines(List<byte[]> missed) {
        List<String> out = new ArrayList<>();
        for (byte[] b : missed) {
            out.add(new String(b, StandardCharsets.UTF_8));
        }
        return out;
    }

    private static List<ServerMessage> messages(List<byte[]> missed) {
        List<ServerMessage> out = new ArrayList<>();
        for (String l : lines(missed)) {
            assertThat(l).endsWith("\n");
            out.add(ProtocolCodec.decodeServer(l.strip()).message());
        }
        return out;
    }

    @Test
    void aSeatMissesThePublicEventsPublicChatAndItsOwnPrivateLinesInVersionOrder() {
        EventStream s = new EventStream(EventStream.KEPT, GAME);
        assertThat(s.version()).isEqualTo(5);
        assertThat(messages(s.missed("UA", 2, true))).containsExactly(
                new ServerMessage.Event(3, new PublicEvent.Tabled(1, "UA", Map.of("line", "b"), false, null)),
                new ServerMessage.Said("RU", "UA", "between us", 1, null, 3),
                new ServerMessage.Event(4, new PublicEvent.Voted(1, "RU", false, false, null)),
                new ServerMessage.Event(5, new PublicEvent.Voted(1, "US", true, false, null)));
        assertThat(lines(s.missed("RU", 3, true))).hasSize(4).anyMatch(l -> l.contains("not for UA"))
                .as("a private line at the version the client had comes again").anyMatch(l -> l.contains("between us"));
        assertThat(lines(s.missed("UA", 4, true))).as("a public event at since is not resent").hasSize(1);
        assertThat(lines(s.missed(null, 0, true))).as("a spectator: public only").hasSize(5)
                .noneMatch(l -> l.contains("between us") || l.contains("not for UA"));
        assertThat(s.missed("UA", 5, true)).as("up to date: nothing missed").isEmpty();
    }

    @Test
    void privateLinesAtSinceComeAgainForTheyMayHaveBeenMissed() {
        EventStream s = new EventStream(EventStream.KEPT, GAME);
        // RU's private line to UA has version 3 (said after event 3); a client back with since 3 may not have it
        assertThat(lines(s.missed("UA", 3, true))).first().asString().contains("between us");
        assertThat(lines(s.missed("RU", 3, true))).first().asString().contains("between us");
        assertThat(lines(s.missed(null, 3, true))).noneMatch(l -> l.contains("between us"));
        assertThat(lines(s.missed("US", 3, true))).noneMatch(l -> l.contains("between us"));
    }

    @Test
    void sinceNewerThanTheRoomOrOlderThanWhatItHoldsCannotBeAnswered() {
        EventStream s = new EventStream(EventStream.KEPT, GAME);
        assertThat(s.missed("UA", 6, true)).isNull();
        assertThat(s.missed("UA", 0, true)).hasSize(6);

        EventStream small = new EventStream(3, GAME); // holds the voted (4), the private line at 4, the voted (5)
        assertThat(small.missed("UA", 2, true)).as("the tabling after 2 was dropped").isNull();
        assertThat(small.missed("UA", 3, true)).as("the private line at 3 (RU to UA) was dropped: it could be missed").isNull();
        assertThat(messages(small.missed("US", 4, true))).containsExactly(
                new ServerMessage.Said("US", "RU", "not for UA", 1, null, 4),
                new ServerMessage.Event(5, new PublicEvent.Voted(1, "US", true, false, null)));
    }

    @Test
    void privateLinesDroppedAtTheFloorDoNotMakeTheFloorWrong() {
        EventStream small = new EventStream(2, GAME); // drops everything up to the private line at 4
        assertThat(small.missed("RU", 3, true)).isNull();
        assertThat(small.missed("RU", 4, true)).as("the private line at 4 is held: it comes again").hasSize(2);
        EventStream smaller = new EventStream(1, GAME); // the private line at 4 is dropped too
        assertThat(smaller.missed("RU", 4, true)).as("a private line at 4 may be gone: a full state").isNull();
        assertThat(small.missed("RU", 5, true)).as("above the floor: all held").isEmpty();
    }

    @Test
    void theLinesAreEncodedOnceAndShared() {
        EventStream s = new EventStream(EventStream.KEPT, GAME);
        assertThat(s.missed("UA", 0, true).get(0)).isSameAs(s.missed(null, 0, true).get(0));
    }

    @Test
    void theSeedStaysOffTheStream() {
        assertThat(lines(new EventStream(8, GAME).missed(null, 0, true)).get(0)).doesNotContain("seed").contains("\"kind\":\"started\"");
    }

    @Test
    void aClientThatCannotReadTheFacilitatorsEventsIsNotSentThemButAFullState() {
        List<Event> game = new java.util.ArrayList<>(GAME);
        game.add(new Event.Announced(1, "Five minutes left"));
        EventStream s = new EventStream(EventStream.KEPT, game);
        assertThat(lines(s.missed("UA", 0, true))).anyMatch(l -> l.contains("\"kind\":\"announced\""));
        assertThat(s.missed("UA", 0, false)).as("it could not fold it: a full state instead").isNull();
        assertThat(s.missed("UA", 6, false)).as("nothing it cannot read after 6").isEmpty();
    }

    @Test
    void itHoldsAtLeastOneLine() {
        assertThatThrownBy(() -> new EventStream(0, GAME)).isInstanceOf(IllegalArgumentException.class);
    }
}
