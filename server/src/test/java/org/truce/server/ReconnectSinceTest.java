package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.server.EventStreamWireTest.act;
import static org.truce.server.EventStreamWireTest.chat;
import static org.truce.server.EventStreamWireTest.common;
import static org.truce.server.EventStreamWireTest.decoded;
import static org.truce.server.EventStreamWireTest.fold;
import static org.truce.server.EventStreamWireTest.roundOne;
import static org.truce.server.EventStreamWireTest.streamHello;
import static org.truce.server.EventStreamWireTest.throughState;
import static org.truce.server.EventStreamWireTest.types;
import static org.truce.server.HardeningTest.join;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.shared.view.ViewFold;

/**
 * Issue 8's test: a raw-socket client that reconnects with {@code since} receives only the events
 * it missed; one that sends no {@code since} gets a full state; both end with the same view as a
 * client that never dropped (and as a protocol-1 spectator's full state). And {@code since}
 * works across a server restart: the room's stream is rebuilt from its journal with the same versions.
 */
@Timeout(30)
class ReconnectSinceTest {
    @TempDir
    Path dir;

    /** Returns to a seat in stream mode, with {@code since} unless null: the reply and what follows, through the state. */
    static List<JsonObject> resume(Wire w, String name, String token, Integer since) throws IOException {
        w.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"" + name + "\",\"protocol\":1,\"resume\":\"" + token
                + "\",\"events\":true" + (since == null ? "" : ",\"since\":" + since) + "}");
        return throughState(w, "h");
    }

    /** Waits until {@code watcher} sees {@code party}'s seat disconnected. */
    static void away(Wire watcher, String party) {
        watcher.state(s -> {
            for (var e : s.getAsJsonArray("seats")) {
                JsonObject seat = e.getAsJsonObject();
                if (seat.get("party").getAsString().equals(party)) {
                    return !seat.get("connected").getAsBoolean();
                }
            }
            return false;
        });
    }

    private static Wire other(String pen, Wire ru, Wire us) {
        return "RU".equals(pen) ? us : ru;
    }

    @Test
    void aClientBackWithSinceGetsOnlyWhatItMissedOneWithoutGetsAFullStateAndBothEndWithTheSameView() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire ua = streamHello(server.address(), "ana"); Wire ru = streamHello(server.address(), "rita");
             Wire us = streamHello(server.address(), "sam"); Wire eve = Wire.hello(server.address(), "eve")) {
            String room = EventStreamWireTest.room(us);
            String uaToken = join(ua, room, "UA");
            String ruToken = join(ru, room, "RU");
            join(us, room, "US");
            eve.send("{\"type\":\"spectate\",\"id\":\"sp\",\"room\":\"" + room + "\"}");
            eve.reply("sp");
            ua.state(s -> s.get("phase").getAsString().equals("proposing"));
            roundOne(ua, ru, us);
            JsonObject round2 = ua.state(s -> s.get("round").getAsInt() == 2);
            int uaHad = round2.get("version").getAsInt();
            String pen = round2.get("pen").getAsString();
            ua.close(); // UA drops
            away(us, "UA");

            Wire tabler = "RU".equals(pen) ? ru : us;
            act(tabler, "p2", "{\"type\":\"propose\",\"round\":2,\"terms\":{\"line\":\"a\",\"guard\":\"x\"}}");
            act(ru, "s1", "{\"type\":\"say\",\"to\":\"all\",\"text\":\"while ana is away\"}");
            act(us, "s2", "{\"type\":\"say\",\"to\":\"UA\",\"text\":\"psst ana\"}");
            act(us, "s3", "{\"type\":\"say\",\"to\":\"RU\",\"text\":\"not for ana\"}");
            act(other(pen, ru, us), "v2", "{\"type\":\"vote\",\"round\":2,\"accept\":false}");
            ru.close(); // RU drops too
            away(us, "RU");
            act(us, "s4", "{\"type\":\"say\",\"to\":\"all\",\"text\":\"anyone there?\"}");

            try (Wire ua2 = new Wire(server.address()); Wire ru2 = new Wire(server.address())) {
                List<JsonObject> back = resume(ua2, "ana", uaToken, uaHad);
                assertThat(types(back)).containsExactly("welcome", "joined", "event", "said", "said", "event", "said", "state");
                for (JsonObject m : back.subList(2, back.size())) {
                    assertThat(m.get("version").getAsInt()).as(m.toString()).isGreaterThan(uaHad);
                }
                assertThat(back.get(3).get("text").getAsString()).isEqualTo("while ana is away");
                assertThat(back.get(4).get("text").getAsString()).isEqualTo("psst ana");
                assertThat(back.get(6).get("text").getAsString()).isEqualTo("anyone there?");
                assertThat(back.get(back.size() - 1).has("history")).as("only the missed events, no history").isFalse();
                assertThat(ua2.all()).doesNotContain("not for ana").doesNotContain("\"history\"");

                List<JsonObject> full = resume(ru2, "rita", ruToken, null);
                JsonObject ruState = full.get(full.size() - 1);
                assertThat(types(full)).doesNotContain("event").endsWith("state");
                assertThat(ruState.getAsJsonArray("history")).as("without since: a full state").hasSize(1);

                JsonObject last = act(ua2, "v3", "{\"type\":\"vote\",\"round\":2,\"accept\":true}");
                int end = last.get("version").getAsInt();
                for (Wire w : List.of(ru2, us, eve)) {
                    w.state(s -> s.get("version").getAsInt() == end);
                }

                ViewFold uaView = fold(ua.lines(), ua2.lines());
                ViewFold ruView = fold(ru2.lines());
                ViewFold usView = fold(us.lines()); // never dropped
                ViewFold eveView = fold(eve.lines()); // protocol 1: full states
                assertThat(usView.view().history()).hasSize(2);
                assertThat(usView.version()).isEqualTo(end);
                for (ViewFold v : List.of(uaView, ruView, eveView)) {
                    assertThat(common(v.view())).isEqualTo(common(usView.view()));
                    assertThat(v.version()).isEqualTo(end);
                }
                List<String> uaChat = chat(decoded(ua.transcript, ua2.transcript));
                assertThat(publicChat(uaChat)).isEqualTo(publicChat(chat(decoded(us.transcript)))).hasSize(2);
                assertThat(uaChat).contains("US>UA:psst ana@" + back.get(4).get("version").getAsInt());
            }
        }
    }

    private static List<String> publicChat(List<String> chat) {
        return chat.stream().filter(c -> c.contains(">all:")).toList();
    }

    @Test
    void sinceWorksAcrossARestartWithTheSameVersions() throws Exception {
        String room;
        String uaToken;
        int uaHad;
        List<String> seenByUs;
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire ua = streamHello(server.address(), "ana"); Wire ru = streamHello(server.address(), "rita");
             Wire us = streamHello(server.address(), "sam")) {
            room = EventStreamWireTest.room(us);
            uaToken = join(ua, room, "UA");
            join(ru, room, "RU");
            join(us, room, "US");
            ua.state(s -> s.get("phase").getAsString().equals("proposing"));
            JsonObject first = act(ua, "p1", "{\"type\":\"propose\",\"round\":1,\"terms\":{\"line\":\"b\",\"guard\":\"y\"}}");
            uaHad = first.get("version").getAsInt();
            ua.close();
            away(us, "UA");
            act(ru, "v1", "{\"type\":\"vote\",\"round\":1,\"accept\":false}");
            act(us, "s", "{\"type\":\"say\",\"to\":\"UA\",\"text\":\"before the restart\"}");
            JsonObject round2 = act(us, "v2", "{\"type\":\"vote\",\"round\":1,\"accept\":true}");
            assertThat(round2.get("round").getAsInt()).isEqualTo(2);
            seenByUs = new ArrayList<>();
            for (String l : us.transcript) {
                if (l.contains("\"type\":\"event\"")) {
                    seenByUs.add(l);
                }
            }
        }
        try (TruceServer again = TruceServer.start(TestServers.config(dir)); Wire ua = new Wire(again.address())) {
            List<JsonObject> back = resume(ua, "ana", uaToken, uaHad);
            assertThat(types(back)).containsExactly("welcome", "joined", "event", "said", "event", "event", "state");
            List<String> missed = new ArrayList<>();
            for (JsonObject m : back) {
                if ("event".equals(Wire.type(m))) {
                    missed.add(m.toString());
                }
            }
            assertThat(missed).as("the same events with the same versions as before the restart")
                    .isEqualTo(seenByUs.subList(seenByUs.size() - 3, seenByUs.size()));
            assertThat(back.get(3).get("text").getAsString()).isEqualTo("before the restart");
            assertThat(back.get(back.size() - 1).has("history")).isFalse();
            assertThat(back.get(back.size() - 1).get("version").getAsInt()).isEqualTo(uaHad + 3);
        }
    }
}
