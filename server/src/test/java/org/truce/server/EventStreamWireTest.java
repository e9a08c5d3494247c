package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.server.HardeningTest.join;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.shared.engine.Phase;
import org.truce.shared.engine.VoteStatus;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.view.SeatView;
import org.truce.shared.view.ViewFold;

/**
 * The event stream over TCP: a connection whose hello asked for it ({@code events: true}) gets each
 * public event as an {@code event} message and states without history; a protocol-1 connection
 * gets what it always got; {@code spectate} and {@code hello} with {@code since} get just what was
 * missed, or a full state when the room no longer holds it or {@code since} is ahead of the room.
 */
@Timeout(30)
class EventStreamWireTest {
    @TempDir
    Path dir;

    /** A connection in stream mode. */
    static Wire streamHello(InetSocketAddress address, String name) throws IOException {
        Wire w = new Wire(address);
        w.send("{\"type\":\"hello\",\"name\":\"" + name + "\",\"protocol\":1,\"events\":true}");
        w.expect("welcome");
        return w;
    }

    /** A three-seat room with no bots and no clocks; UA holds the pen in round 1 (seed 7). */
    static String room(Wire creator) throws IOException {
        return HardeningTest.create(creator, "c", "", "");
    }

    static JsonObject act(Wire w, String id, String json) throws IOException {
        w.send("{\"id\":\"" + id + "\"," + json.substring(1));
        JsonObject r = w.reply(id);
        assertThat(Wire.type(r)).as(r.toString()).isIn("state", "said");
        return r;
    }

    /** Round 1: UA tables, RU rejects, US accepts; the round fails (versions 2..5 after the start at 1). */
    static void roundOne(Wire ua, Wire ru, Wire us) throws IOException {
        act(ua, "p1", "{\"type\":\"propose\",\"round\":1,\"terms\":{\"line\":\"b\",\"guard\":\"y\"}}");
        act(ru, "v1", "{\"type\":\"vote\",\"round\":1,\"accept\":false}");
        act(us, "v2", "{\"type\":\"vote\",\"round\":1,\"accept\":true}");
    }

    /** The reply {@code id} and the messages after it, up to and including the next state. */
    static List<JsonObject> throughState(Wire w, String id) {
        List<JsonObject> out = new ArrayList<>();
        out.add(w.reply(id));
        JsonObject m;
        do {
            m = w.next(Wire.TIMEOUT);
            assertThat(m).as("a state after " + out + "; transcript " + w.all()).isNotNull();
            out.add(m);
        } while (!"state".equals(Wire.type(m)));
        return out;
    }

    static List<String> types(List<JsonObject> ms) {
        return ms.stream().map(Wire::type).toList();
    }

    /** The lines of one or more transcripts, in order, decoded as a client decodes them. */
    @SafeVarargs
    static List<ServerMessage> decoded(List<String>... transcripts) {
        List<ServerMessage> out = new ArrayList<>();
        for (List<String> t : transcripts) {
            synchronized (t) {
                t.forEach(l -> out.add(ProtocolCodec.decodeServer(l).message()));
            }
        }
        return out;
    }

    /**
     * The shared fold of what a client received (one or more transcripts, in order), as the client
     * keeps its view: parties from the {@code joined} or {@code spectating} reply. A client that
     * never missed a message never sees a gap.
     */
    @SafeVarargs
    static ViewFold fold(List<String>... transcripts) {
        ViewFold fold = null;
        for (ServerMessage m : decoded(transcripts)) {
            if (fold == null && m instanceof ServerMessage.Joined j) {
                fold = new ViewFold(j.scenario().partyIds());
            } else if (fold == null && m instanceof ServerMessage.Spectating s) {
                fold = new ViewFold(s.scenario().partyIds());
            } else if (fold != null) {
                assertThat(fold.apply(m)).as("folding " + m).isNotEqualTo(ViewFold.Step.GAP);
            }
        }
        assertThat(fold).as("a joined or spectating reply").isNotNull();
        assertThat(fold.view()).as("a full state").isNotNull();
        return fold;
    }

    /** A view without what differs per client and moment: whose seat it is and the clock's reading. */
    static SeatView common(SeatView v) {
        return new SeatView(v.room(), v.scenario(), v.phase(), v.round(), v.rounds(), v.pen(), v.draft(), v.votes(), v.seats(),
                null, null, v.version(), v.tabledAt(), v.votedAt(), v.standIns(), v.paused(), v.injects(), v.announcements(), v.notes(), v.history(), null);
    }

    /** The versions of the {@code event} messages, in the order received. */
    static List<Integer> eventVersions(List<ServerMessage> ms) {
        return ms.stream().filter(m -> m instanceof ServerMessage.Event).map(m -> ((ServerMessage.Event) m).version()).toList();
    }

    /** The chat lines received, as "from>to:text@version". */
    static List<String> chat(List<ServerMessage> ms) {
        return ms.stream().filter(m -> m instanceof ServerMessage.Said).map(m -> (ServerMessage.Said) m)
                .map(s -> s.from() + ">" + s.to() + ":" + s.text() + "@" + s.version()).toList();
    }

    @Test
    void aStreamSeatGetsEventsWithConsecutiveVersionsAndStatesWithoutHistoryAProtocolOneSeatFullStates() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire ua = streamHello(server.address(), "ana"); Wire ru = Wire.hello(server.address(), "rita");
             Wire us = Wire.hello(server.address(), "sam")) {
            String room = room(ua);
            join(ua, room, "UA");
            join(ru, room, "RU");
            join(us, room, "US");
            ua.state(s -> s.get("phase").getAsString().equals("proposing"));
            act(us, "s", "{\"type\":\"say\",\"to\":\"all\",\"text\":\"opening words\"}");
            roundOne(ua, ru, us);
            JsonObject last = ua.state(s -> s.get("round").getAsInt() == 2);
            ru.state(s -> s.get("round").getAsInt() == 2);

            List<ServerMessage> got = decoded(ua.transcript);
            List<Integer> versions = new ArrayList<>(eventVersions(got));
            chat(got).forEach(c -> versions.add(Integer.parseInt(c.substring(c.lastIndexOf('@') + 1))));
            versions.sort(null);
            assertThat(versions).as("every public event and line once, none left out")
                    .isEqualTo(IntStream.rangeClosed(1, 6).boxed().toList());
            assertThat(eventVersions(got)).isEqualTo(List.of(1, 3, 4, 5, 6));
            SeatView f = fold(ua.transcript).view();
            assertThat(last.get("version").getAsInt()).isEqualTo(6);
            List<JsonObject> states = new ArrayList<>();
            for (String l : ua.transcript) {
                JsonObject o = JsonParser.parseString(l).getAsJsonObject();
                if ("state".equals(Wire.type(o))) {
                    states.add(o);
                }
            }
            assertThat(states.get(0).has("history")).as("the one full state, on join").isTrue();
            assertThat(states.subList(1, states.size())).isNotEmpty().allSatisfy(s -> assertThat(s.has("history")).isFalse());
            assertThat(f.history()).hasSize(1);
            SeatView.Round r1 = f.history().get(0);
            assertThat(r1.draft().by()).isEqualTo("UA");
            assertThat(r1.draft().terms()).isEqualTo(Map.of("guard", "y", "line", "b"));
            assertThat(r1.votes()).isEqualTo(Map.of("RU", VoteStatus.REJECTED, "UA", VoteStatus.ACCEPTED, "US", VoteStatus.ACCEPTED));
            assertThat(r1.agreed()).isFalse();

            // protocol 1, unchanged: no event messages, every state whole
            assertThat(ru.all()).doesNotContain("\"type\":\"event\"");
            List<String> ruStates = ru.transcript.stream().filter(l -> l.contains("\"type\":\"state\"")).toList();
            assertThat(ruStates).isNotEmpty().allSatisfy(l -> assertThat(l).contains("\"history\":["));
            assertThat(common(fold(ru.transcript).view())).isEqualTo(common(f));
        }
    }

    @Test
    void aWholeGameWithBotsFoldsToWhatProtocolOneSees() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire ua = streamHello(server.address(), "ana"); Wire eve = Wire.hello(server.address(), "eve");
             Wire max = streamHello(server.address(), "max")) {
            String room = HardeningTest.create(ua, "c", "\"RU\":\"conceder\",\"US\":\"default\"", "");
            for (Wire w : List.of(eve, max)) {
                w.send("{\"type\":\"spectate\",\"id\":\"sp\",\"room\":\"" + room + "\"}");
                w.reply("sp");
            }
            join(ua, room, "UA");
            // UA tables the same draft whenever it holds the pen and accepts whatever it is asked to vote on
            JsonObject st;
            do {
                st = ua.state(s -> true);
                String phase = st.get("phase").getAsString();
                int round = st.get("round").getAsInt();
                if ("proposing".equals(phase) && "UA".equals(st.get("pen").getAsString())) {
                    ua.send("{\"type\":\"propose\",\"round\":" + round + ",\"terms\":{\"line\":\"c\",\"guard\":\"z\"}}");
                } else if ("voting".equals(phase) && "pending".equals(st.getAsJsonObject("votes").get("UA").getAsString())) {
                    ua.send("{\"type\":\"vote\",\"round\":" + round + ",\"accept\":" + (round > 1) + "}");
                }
            } while (!"ended".equals(st.get("phase").getAsString()));
            int end = st.get("version").getAsInt();
            for (Wire w : List.of(eve, max)) {
                w.state(s -> s.get("version").getAsInt() == end);
            }
            ua.expect("game_over");
            max.expect("game_over");

            SeatView seat = common(fold(ua.transcript).view());
            SeatView streamed = common(fold(max.transcript).view());
            SeatView whole = common(fold(eve.transcript).view());
            assertThat(whole.history()).isNotEmpty();
            assertThat(whole.phase()).isEqualTo(Phase.ENDED);
            assertThat(streamed).isEqualTo(whole).isEqualTo(seat);
            assertThat(eventVersions(decoded(max.transcript))).as("in order, none twice").isSorted().doesNotHaveDuplicates();
            assertThat(max.all()).doesNotContain("\"history\":[{");
        }
    }

    @Test
    void aSpectatorWithSinceGetsThePublicEventsItMissedThenAStateWithoutHistory() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire ua = streamHello(server.address(), "ana"); Wire ru = Wire.hello(server.address(), "rita");
             Wire us = Wire.hello(server.address(), "sam")) {
            String room = room(ua);
            join(ua, room, "UA");
            join(ru, room, "RU");
            join(us, room, "US");
            ua.state(s -> s.get("phase").getAsString().equals("proposing"));
            int seen;
            try (Wire eve = streamHello(server.address(), "eve")) {
                eve.send("{\"type\":\"spectate\",\"id\":\"sp\",\"room\":\"" + room + "\"}");
                List<JsonObject> first = throughState(eve, "sp");
                assertThat(first.get(first.size() - 1).has("history")).as("without since: a full state").isTrue();
                seen = first.get(first.size() - 1).get("version").getAsInt();
            }
            act(ru, "w", "{\"type\":\"say\",\"to\":\"UA\",\"text\":\"a private word\"}");
            roundOne(ua, ru, us);
            act(us, "s", "{\"type\":\"say\",\"to\":\"all\",\"text\":\"after the round\"}");
            ua.state(s -> s.get("round").getAsInt() == 2);

            try (Wire eve = streamHello(server.address(), "eve")) {
                eve.send("{\"type\":\"spectate\",\"id\":\"sp\",\"room\":\"" + room + "\",\"since\":" + seen + "}");
                List<JsonObject> missed = throughState(eve, "sp");
                assertThat(types(missed)).containsExactly("spectating", "event", "event", "event", "event", "said", "state");
                assertThat(missed.get(1).get("version").getAsInt()).isEqualTo(seen + 1);
                assertThat(missed.get(missed.size() - 1).has("history")).isFalse();
                assertThat(missed.get(missed.size() - 1).get("version").getAsInt()).as("the said line's").isEqualTo(6);
                assertThat(eve.all()).doesNotContain("a private word");
            }
        }
    }

    @Test
    void sinceOlderThanTheRoomHoldsOrAheadOfTheRoomGetsAFullState() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire ua = streamHello(server.address(), "ana"); Wire ru = Wire.hello(server.address(), "rita");
             Wire us = Wire.hello(server.address(), "sam")) {
            server.rooms().eventsKept = 2; // the room keeps the last two lines only
            String room = room(ua);
            String token = join(ua, room, "UA");
            join(ru, room, "RU");
            join(us, room, "US");
            ua.state(s -> s.get("phase").getAsString().equals("proposing"));
            roundOne(ua, ru, us); // versions 1..5: the room holds 4 and 5
            ua.state(s -> s.get("round").getAsInt() == 2);

            for (int since : new int[] {2, 6, 99}) {
                try (Wire back = new Wire(server.address())) {
                    back.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"ana\",\"protocol\":1,\"resume\":\"" + token
                            + "\",\"takeover\":true,\"events\":true,\"since\":" + since + "}");
                    List<JsonObject> got = throughState(back, "h");
                    JsonObject state = got.get(got.size() - 1);
                    assertThat(types(got)).as("since " + since).doesNotContain("event");
                    assertThat(state.has("history")).as("since " + since + ": a full state").isTrue();
                    assertThat(state.getAsJsonArray("history")).hasSize(1);
                }
            }
            try (Wire back = new Wire(server.address())) { // since 3: 4 and 5 are still held
                back.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"ana\",\"protocol\":1,\"resume\":\"" + token
                        + "\",\"takeover\":true,\"events\":true,\"since\":3}");
                List<JsonObject> got = throughState(back, "h");
                assertThat(types(got)).containsExactly("welcome", "joined", "event", "event", "state");
                assertThat(got.get(4).has("history")).isFalse();
            }
            try (Wire back = new Wire(server.address())) { // up to date: nothing missed
                back.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"ana\",\"protocol\":1,\"resume\":\"" + token
                        + "\",\"takeover\":true,\"events\":true,\"since\":5}");
                assertThat(types(throughState(back, "h"))).containsExactly("welcome", "joined", "state");
            }
            try (Wire back = new Wire(server.address())) { // since without the stream: protocol 1
                back.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"ana\",\"protocol\":1,\"resume\":\"" + token
                        + "\",\"takeover\":true,\"since\":3}");
                List<JsonObject> got = throughState(back, "h");
                assertThat(types(got)).containsExactly("welcome", "joined", "state");
                assertThat(got.get(2).has("history")).isTrue();
            }
        }
    }
}
