package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.shared.analysis.Analysis;
import org.truce.shared.scenario.NoDeal;
import org.truce.shared.scenario.Scenario;

/**
 * The real server's {@code game_over} judges every tabled draft ({@code drafts}): three raw TCP
 * players on test-mini, whose "hubs" news fires by itself in round 2 and lowers Russia's no-deal
 * value. Round 1's draft (Ukraine's) is round 1's Nash package, rejected; round 2's draft, worse
 * for everyone, is agreed: round 1's draft is named with what every party would have gained, and
 * each draft carries the no-deal values of its own round.
 */
@Timeout(30)
class GameOverDraftsTest {
    private static final Map<String, String> NASH_ONE = Map.of("line", "b", "guard", "y");
    private static final Map<String, String> WORSE = Map.of("line", "a", "guard", "z");

    @TempDir
    Path dir;

    private static Wire player(InetSocketAddress a, String name) throws IOException {
        Wire w = new Wire(a);
        w.send("{\"type\":\"hello\",\"name\":\"" + name + "\",\"protocol\":1}");
        w.expect("welcome");
        return w;
    }

    /** The pen tables {@code terms}; every party votes, {@code rejecter} (if any) last and against. */
    private static void round(Map<String, Wire> seats, int round, Map<String, String> terms, String rejecter) throws IOException {
        JsonObject s = seats.get("UA").state(o -> o.get("round").getAsInt() == round && "proposing".equals(o.get("phase").getAsString()));
        Wire pen = seats.get(s.get("pen").getAsString());
        pen.send("{\"type\":\"propose\",\"id\":\"p" + round + "\",\"round\":" + round + ",\"terms\":" + new com.google.gson.Gson().toJson(terms) + "}");
        JsonObject voting = seats.get("UA").state(o -> "voting".equals(o.get("phase").getAsString()) && o.get("round").getAsInt() == round);
        List<String> order = new java.util.ArrayList<>();
        voting.getAsJsonObject("votes").entrySet().forEach(e -> {
            if ("pending".equals(e.getValue().getAsString()) && !e.getKey().equals(rejecter)) {
                order.add(e.getKey());
            }
        });
        if (rejecter != null) {
            order.add(rejecter);
        }
        for (String p : order) {
            seats.get(p).send("{\"type\":\"vote\",\"id\":\"v" + round + p + "\",\"round\":" + round + ",\"accept\":" + !p.equals(rejecter) + "}");
            seats.get(p).reply("v" + round + p);
        }
    }

    @Test
    void gameOverMarksEachTabledDraftOnTheScenarioOfItsRound() throws Exception {
        Scenario base = InjectTest.miniWithInjects();
        assertThat(base.space().toTerms(Analysis.of(base).nash(1))).as("the test's premise").isEqualTo(NASH_ONE);
        ServerConfig cfg = ServerConfig.loopback(dir).withBotDelayMs(0).withRoomThreads(2).withScenarios(List.of(base));
        try (TruceServer server = TruceServer.start(cfg);
             Wire ua = player(server.address(), "ua"); Wire ru = player(server.address(), "ru"); Wire us = player(server.address(), "us")) {
            ua.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"rounds\":4}");
            String code = ua.reply("c").get("code").getAsString();
            HardeningTest.join(ua, code, "UA");
            HardeningTest.join(ru, code, "RU");
            HardeningTest.join(us, code, "US");
            Map<String, Wire> seats = Map.of("UA", ua, "RU", ru, "US", us);
            round(seats, 1, NASH_ONE, "RU");
            round(seats, 2, WORSE, null);

            JsonObject over = ua.expect("game_over");
            JsonArray drafts = over.getAsJsonArray("drafts");
            assertThat(drafts).as(over.toString()).hasSize(2);
            JsonObject one = drafts.get(0).getAsJsonObject();
            JsonObject two = drafts.get(1).getAsJsonObject();
            assertThat(one.get("round").getAsInt()).isEqualTo(1);
            assertThat(one.get("by").getAsString()).isEqualTo("UA");
            assertThat(one.get("paretoOptimal").getAsBoolean()).isTrue();
            assertThat(one.get("nash").getAsBoolean()).isTrue();
            assertThat(two.get("round").getAsInt()).isEqualTo(2);
            assertThat(two.get("paretoOptimal").getAsBoolean()).as("(52, 50, 60) is beaten by (56, 60, 100)").isFalse();
            assertThat(two.get("nash").getAsBoolean()).isFalse();

            // every party gains at least 4 with round 1's draft over the agreement (Ukraine 56 against 52); only it says so
            assertThat(one.get("gainForAll").getAsDouble()).isEqualTo(4.0);
            assertThat(two.has("gainForAll")).isFalse();

            // Russia's no-deal value: round 1's as it was then, round 2's after the news (start 30 - 10)
            NoDeal before = base.brief("RU").noDeal();
            NoDeal after = new NoDeal(before.start() - 10, before.perRound());
            assertThat(one.getAsJsonObject("noDeal").get("RU").getAsDouble()).isEqualTo(before.valueAt(1));
            assertThat(two.getAsJsonObject("noDeal").get("RU").getAsDouble()).isEqualTo(after.valueAt(2));
            assertThat(one.getAsJsonObject("noDeal").get("UA").getAsDouble()).isEqualTo(base.brief("UA").noDeal().valueAt(1));
            JsonObject revealed = over.getAsJsonObject("briefs").getAsJsonObject("RU").getAsJsonObject("noDeal");
            assertThat(revealed.get("start").getAsDouble()).as("the revealed brief has only the new schedule").isEqualTo(after.start());
            assertThat(after.valueAt(1)).as("so round 1 must not be read off it").isNotEqualTo(before.valueAt(1));

            // a spectator arriving after the end gets the same marks
            try (Wire late = player(server.address(), "late")) {
                late.send("{\"type\":\"spectate\",\"id\":\"s\",\"room\":\"" + code + "\"}");
                assertThat(late.expect("game_over").getAsJsonArray("drafts")).isEqualTo(drafts);
            }
        }
    }
}
