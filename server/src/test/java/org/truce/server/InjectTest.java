package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.server.Facilitating.notice;
import static org.truce.server.Facilitating.run;
import static org.truce.server.Facilitating.teacher;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.scenario.Inject;
import org.truce.shared.scenario.InjectEffect;
import org.truce.shared.scenario.Scenario;

/**
 * News fired into a hand-driven room ({@link RoomFixture}): only the affected seats get a new
 * brief, everyone the headline; bots and stand-ins play the new values at once; an inject with
 * {@code atRound} fires by itself; and a room reopened from its journal plays the same briefs.
 */
@Timeout(30)
class InjectTest {
    private static final String PROPOSE = "{\"type\":\"propose\",\"id\":\"p\",\"round\":1,\"terms\":{\"line\":\"b\",\"guard\":\"y\"}}";

    @TempDir
    Path dir;

    /** test-mini with three injects: one on Ukraine and the US, one on Russia, one that fires by itself in round 2. */
    static Scenario miniWithInjects() {
        Scenario mini = TestServers.mini();
        return new Scenario(mini.info(), mini.briefs(), List.of(
                new Inject("patience", "Washington's patience runs out", "The US envoy says the talks have weeks, not months.",
                        null, Map.of("UA", new InjectEffect(-20, Map.of("guard", 2.0), "Guarantees matter more now."),
                        "US", new InjectEffect(-10, null, null))),
                new Inject("front", "Breach at the front", "A breach is reported near the line; attribution is disputed.",
                        null, Map.of("RU", new InjectEffect(50, null, null))),
                new Inject("hubs", "Military hubs announced", "Britain and France announce military hubs in Ukraine.",
                        2, Map.of("RU", new InjectEffect(-10, null, null)))));
    }

    private RoomFixture fixture() throws Exception {
        return new RoomFixture(dir, c -> c.withScenarios(List.of(miniWithInjects())));
    }

    private static boolean gotBrief(RoomFixture.Player p) {
        return p.got(o -> "brief".equals(Wire.type(o)));
    }

    @Test
    void anInjectChangesOnlyTheAffectedBriefsAndARestartPlaysTheSameOnes() throws Exception {
        String code;
        String uaToken;
        JsonObject uaBrief;
        try (RoomFixture f = fixture()) {
            RoomFixture.Player ua = f.connect("ua");
            code = ua.create("");
            RoomFixture.Player ru = f.connect("ru");
            RoomFixture.Player us = f.connect("us");
            RoomFixture.Player spy = f.connect("spy");
            uaToken = ua.join(code, "UA");
            ru.join(code, "RU");
            us.join(code, "US");
            spy.send("{\"type\":\"spectate\",\"id\":\"sp\",\"room\":\"" + code + "\"}");
            us.drop(); // the US seat's player is away: its brief changes, nobody is told

            assertThat(run(f, code, teacher(), new ClientMessage.Inject(code, "nope", null)).code()).isEqualTo(ErrorCode.UNKNOWN_INJECT);
            assertThat(run(f, code, teacher(), new ClientMessage.Inject(code, "patience", null)).isDone()).isTrue();

            JsonObject update = ua.expect("brief");
            assertThat(update.get("room").getAsString()).isEqualTo(code);
            assertThat(update.get("party").getAsString()).isEqualTo("UA");
            assertThat(update.get("inject").getAsString()).isEqualTo("patience");
            uaBrief = update.getAsJsonObject("brief");
            assertThat(uaBrief.getAsJsonObject("noDeal").get("start").getAsDouble()).isEqualTo(10.0);
            assertThat(uaBrief.getAsJsonArray("news").get(0).getAsString()).contains("Washington's patience runs out")
                    .contains("falls by 20.0").contains("Guarantees matter more now.");
            assertThat(gotBrief(ru)).as("Russia's brief did not change").isFalse();
            assertThat(gotBrief(spy)).isFalse();
            for (RoomFixture.Player p : List.of(ua, ru, spy)) {
                assertThat(notice(p, "inject").get("text").getAsString())
                        .isEqualTo("NEWS: Washington's patience runs out \u2014 The US envoy says the talks have weeks, not months.");
                JsonObject st = p.lastState();
                JsonObject news = st.getAsJsonArray("injects").get(0).getAsJsonObject();
                assertThat(news.get("id").getAsString()).isEqualTo("patience");
                assertThat(news.get("round").getAsInt()).isEqualTo(1);
                assertThat(st.toString()).as("the effects stay private").doesNotContain("noDeal").doesNotContain("Guarantees matter");
            }
            assertThat(f.room(code).scenario.brief("US").noDeal().start()).isEqualTo(10.0);
            assertThat(f.room(code).scenario.brief("RU")).isEqualTo(f.room(code).baseScenario.brief("RU"));
            assertThat(run(f, code, teacher(), new ClientMessage.Inject(code, "patience", null)).code())
                    .isEqualTo(ErrorCode.ALREADY_FIRED);
            assertThat(Files.readString(JournalFile.fileFor(f.config.dataDir().resolve("rooms"), code))).contains("\"inject\"");
        }
        try (RoomFixture f = fixture()) {
            f.rooms.recover();
            f.settle();
            assertThat(f.room(code).scenario.brief("US").noDeal().start()).as("the effects replayed").isEqualTo(10.0);
            RoomFixture.Player back = f.open();
            back.send("{\"type\":\"hello\",\"name\":\"ua\",\"protocol\":1,\"resume\":\"" + uaToken + "\"}");
            JsonObject joined = back.expect("joined");
            assertThat(joined.getAsJsonObject("brief")).as("the same effective brief after a restart").isEqualTo(uaBrief);
            JsonObject st = back.lastState();
            assertThat(st.getAsJsonArray("injects")).hasSize(1);
        }
    }

    /** Ukraine and the US play; Russia's seat is freed from its bot, so its stand-in votes by its no-deal value alone. */
    private static String standInTable(RoomFixture f, RoomFixture.Player ua, RoomFixture.Player us) {
        String code = ua.create(",\"bots\":{\"RU\":\"linear\"}");
        ua.join(code, "UA");
        us.join(code, "US");
        assertThat(run(f, code, teacher(), new ClientMessage.FreeSeat(code, "RU", null)).isDone()).isTrue();
        return code;
    }

    private static String ruVote(RoomFixture.Player p) {
        return p.lastState().getAsJsonObject("votes").get("RU").getAsString();
    }

    @Test
    void aBotWhosePositionTheNewsChangedSaysSoInPublic() throws Exception {
        try (RoomFixture f = fixture()) {
            RoomFixture.Player ua = f.connect("ua");
            RoomFixture.Player us = f.connect("us");
            String code = ua.create(",\"bots\":{\"RU\":\"linear\"}");
            ua.join(code, "UA");
            us.join(code, "US");
            assertThat(run(f, code, teacher(), new ClientMessage.Inject(code, "patience", null)).isDone()).isTrue();
            f.advance(60_000);
            assertThat(ua.got(o -> "said".equals(Wire.type(o)) && "RU".equals(o.get("from").getAsString())))
                    .as("news that leaves Russia's position as it was").isFalse();
            assertThat(run(f, code, teacher(), new ClientMessage.Inject(code, "front", null)).isDone()).isTrue();
            f.advance(60_000);
            assertThat(us.got(o -> "said".equals(Wire.type(o)) && "RU".equals(o.get("from").getAsString())
                    && "all".equals(o.get("to").getAsString()) && o.get("text").getAsString().contains("Breach at the front")
                    && o.get("text").getAsString().contains("we can afford to wait"))).as("Russia speaks of the news").isTrue();
        }
    }

    @Test
    void botsPlayTheNewValuesAtOnce() throws Exception {
        try (RoomFixture f = fixture()) {
            RoomFixture.Player ua = f.connect("ua");
            RoomFixture.Player us = f.connect("us");
            String calm = standInTable(f, ua, us);
            ua.send(PROPOSE);
            assertThat(ruVote(ua)).as("worth 60 to Russia, its no-deal value is 30").isEqualTo("accepted");

            RoomFixture.Player ua2 = f.connect("ua2");
            RoomFixture.Player us2 = f.connect("us2");
            String news = standInTable(f, ua2, us2);
            assertThat(run(f, news, teacher(), new ClientMessage.Inject(news, "front", null)).isDone()).isTrue();
            assertThat(gotBrief(ua2) || gotBrief(us2)).as("Russia's seat has no player to tell").isFalse();
            ua2.send(PROPOSE);
            assertThat(ruVote(ua2)).as("after the news Russia's no-deal value is 80").isEqualTo("rejected");
            assertThat(calm).isNotEqualTo(news);
        }
    }

    @Test
    void anInjectWithARoundFiresByItselfWhenThatRoundBegins() throws Exception {
        try (RoomFixture f = fixture()) {
            RoomFixture.Player ua = f.connect("ua");
            RoomFixture.Player us = f.connect("us");
            String code = standInTable(f, ua, us);
            ua.send(PROPOSE);
            assertThat(ua.lastState().getAsJsonArray("injects")).isNull();
            us.send("{\"type\":\"vote\",\"id\":\"v\",\"round\":1,\"accept\":false}");
            assertThat(notice(ua, "inject").get("text").getAsString()).startsWith("NEWS: Military hubs announced");
            JsonObject st = ua.lastState();
            assertThat(st.get("round").getAsInt()).isEqualTo(2);
            JsonObject fired = st.getAsJsonArray("injects").get(0).getAsJsonObject();
            assertThat(fired.get("id").getAsString()).isEqualTo("hubs");
            assertThat(fired.get("round").getAsInt()).isEqualTo(2);
            assertThat(f.room(code).scenario.brief("RU").noDeal().start()).isEqualTo(20.0);
            assertThat(run(f, code, teacher(), new ClientMessage.Inject(code, "hubs", null)).code()).isEqualTo(ErrorCode.ALREADY_FIRED);
        }
    }

    @Test
    void theGameOverReportShowsTheBriefsAsTheNewsLeftThem() throws Exception {
        try (RoomFixture f = fixture()) {
            RoomFixture.Player ua = f.connect("ua");
            String code = ua.create(",\"rounds\":1,\"bots\":{\"RU\":\"linear\",\"US\":\"linear\"}");
            ua.join(code, "UA");
            assertThat(run(f, code, teacher(), new ClientMessage.Inject(code, "front", null)).isDone()).isTrue();
            ua.send(PROPOSE);
            JsonObject over = ua.expect("game_over");
            JsonObject ru = over.getAsJsonObject("briefs").getAsJsonObject("RU");
            assertThat(ru.getAsJsonObject("noDeal").get("start").getAsDouble()).isEqualTo(80.0);
            assertThat(ru.getAsJsonArray("news")).hasSize(1);
            assertThat(over.getAsJsonObject("briefs").getAsJsonObject("UA").has("news")).isTrue();
            assertThat(over.getAsJsonObject("briefs").getAsJsonObject("UA").getAsJsonArray("news")).isEmpty();
        }
    }
}
