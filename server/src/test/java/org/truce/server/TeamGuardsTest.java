package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What keeps a team's seat its own, over raw TCP: a newcomer never takes the lead from an absent
 * lead, a lead who dropped gets it back, the lead and the facilitator remove a member, teams are
 * capped, the team hears who joins, the lead is handed only to a member who is here, names in a
 * team differ, and nothing changes who leads after the game.
 */
@Timeout(60)
class TeamGuardsTest {
    @TempDir
    Path dir;

    private static String join(Wire w, String room, String party, String role) throws Exception {
        w.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"" + party + "\""
                + (role == null ? "" : ",\"role\":\"" + role + "\"") + "}");
        return w.reply("j").toString();
    }

    private static String lead(JsonObject state) {
        JsonObject seat = GracePeriodsTest.seat(state, "UA");
        return seat.has("lead") && !seat.get("lead").isJsonNull() ? seat.get("lead").getAsString() : seat.get("name").getAsString();
    }

    private static List<String> team(JsonObject state) {
        List<String> out = new ArrayList<>();
        JsonObject seat = GracePeriodsTest.seat(state, "UA");
        if (seat.has("team")) {
            for (JsonElement e : seat.getAsJsonArray("team")) {
                out.add(e.getAsString());
            }
        }
        return out;
    }

    private static String token(Wire w) {
        return w.transcript.stream().filter(l -> l.contains("\"joined\"")).reduce((a, b) -> b).orElseThrow()
                .replaceAll(".*\"seatToken\":\"([^\"]+)\".*", "$1");
    }

    private static String create(Wire w, int rounds) throws Exception {
        w.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"bots\":{\"US\":\"linear\"},"
                + "\"rounds\":" + rounds + ",\"turnSeconds\":0,\"voteSeconds\":0}");
        return w.reply("c").get("code").getAsString();
    }

    private static boolean uaConnected(JsonObject s) {
        return GracePeriodsTest.seat(s, "UA").get("connected").getAsBoolean();
    }

    @Test
    void aNewcomerNeverTakesTheLeadFromAnAbsentLeadAndADroppedLeadGetsItBack() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire olena = Wire.hello(server.address(), "Olena");
             Wire taras = Wire.hello(server.address(), "Taras");
             Wire ivan = Wire.hello(server.address(), "Ivan");
             Wire mallory = Wire.hello(server.address(), "Mallory")) {
            String room = create(olena, 3);
            join(olena, room, "UA", null);
            String olenaToken = token(olena);
            join(ivan, room, "RU", null);
            ivan.state(s -> s.get("phase").getAsString().equals("proposing"));
            // the lead drops with no member here: the seat waits for her
            olena.close();
            ivan.state(s -> !uaConnected(s));
            // someone else joins UA's team meanwhile: a member, the lead stays Olena's
            String joined = join(mallory, room, "UA", "member");
            assertThat(joined).contains("\"role\":\"member\"").contains("\"lead\":\"Olena\"");
            assertThat(lead(ivan.state(s -> team(s).contains("Mallory")))).isEqualTo("Olena");
            mallory.send("{\"type\":\"propose\",\"id\":\"p\",\"round\":1,\"terms\":{\"line\":\"c\",\"guard\":\"z\"}}");
            assertThat(mallory.error("p")).isEqualTo("not_lead");
            // Olena returns to her seat as its lead and removes the newcomer
            try (Wire back = new Wire(server.address())) {
                back.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"Olena\",\"protocol\":1,\"resume\":\"" + olenaToken + "\"}");
                JsonObject j = back.expect("joined");
                assertThat(j.has("role") && "member".equals(j.get("role").getAsString())).isFalse();
                back.send("{\"type\":\"remove_member\",\"id\":\"r\",\"name\":\"Mallory\"}");
                JsonObject st = back.reply("r");
                assertThat(team(st)).doesNotContain("Mallory");
                JsonObject told = mallory.until("removed", o -> "notice".equals(Wire.type(o)) && "removed".equals(o.get("kind").getAsString()));
                assertThat(told.get("text").getAsString()).contains("removed");
                mallory.send("{\"type\":\"say\",\"id\":\"s\",\"to\":\"team\",\"text\":\"still here?\"}");
                assertThat(mallory.error("s")).isEqualTo("not_joined");
                // a member who was here when the lead dropped leads; the lead gets it back when she returns
                join(taras, room, "UA", "member");
                back.close();
                assertThat(lead(taras.state(s -> uaConnected(s) && "Taras".equals(lead(s))))).isEqualTo("Taras");
                try (Wire again = new Wire(server.address())) {
                    again.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"Olena\",\"protocol\":1,\"resume\":\"" + olenaToken + "\"}");
                    JsonObject j2 = again.expect("joined");
                    assertThat(j2.get("role").getAsString()).isEqualTo("lead");
                    assertThat(j2.get("lead").getAsString()).isEqualTo("Olena");
                    taras.state(s -> "Olena".equals(lead(s)));
                    taras.send("{\"type\":\"propose\",\"id\":\"p\",\"round\":1,\"terms\":{\"line\":\"c\",\"guard\":\"z\"}}");
                    assertThat(taras.error("p")).isEqualTo("not_lead");
                }
            }
            try (Wire w = new Wire(server.address())) {
                w.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"x\",\"protocol\":1,\"resume\":\"" + token(mallory) + "\"}");
                assertThat(w.error("h")).isEqualTo("bad_token");
            }
        }
    }

    @Test
    void theTeamHearsWhoJoinsTeamsAreCappedAndTheFacilitatorRemovesAMember() throws Exception {
        String code;
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire olena = Wire.hello(server.address(), "Olena");
             Wire facilitator = Wire.hello(server.address(), "Ms T")) {
            olena.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"bots\":{\"US\":\"linear\"},"
                    + "\"rounds\":3,\"turnSeconds\":0,\"voteSeconds\":0}");
            JsonObject created = olena.reply("c");
            String room = created.get("code").getAsString();
            code = room;
            String key = created.get("facilitatorKey").getAsString();
            join(olena, room, "UA", null);
            List<Wire> members = new ArrayList<>();
            try {
                for (int i = 1; i <= Teams.TEAM_SIZE; i++) {
                    Wire w = Wire.hello(server.address(), "M" + i);
                    members.add(w);
                    String got = join(w, room, "UA", "member");
                    if (i < Teams.TEAM_SIZE) {
                        assertThat(got).as("member " + i).contains("\"joined\"");
                        String name = "M" + i;
                        olena.until(name + " joined", o -> "notice".equals(Wire.type(o)) && o.get("text").getAsString().startsWith(name + " joined your team"));
                    } else {
                        assertThat(got).as("one more than a team holds").contains("team_full");
                    }
                }
                // one connection holds one place: a member cannot join a second team too
                assertThat(join(members.get(0), room, "RU", "member")).contains("already_seated");
                // a member may not remove; the facilitator may
                members.get(0).send("{\"type\":\"remove_member\",\"id\":\"r\",\"name\":\"M2\"}");
                assertThat(members.get(0).error("r")).isEqualTo("not_lead");
                facilitator.send("{\"type\":\"remove_member\",\"id\":\"r\",\"room\":\"" + room + "\",\"party\":\"UA\",\"name\":\"M2\","
                        + "\"facilitatorKey\":\"" + key + "\"}");
                assertThat(Wire.type(facilitator.reply("r"))).isEqualTo("facilitated");
                members.get(1).until("removed", o -> "notice".equals(Wire.type(o)) && o.get("text").getAsString().contains("removed"));
                olena.state(s -> !team(s).contains("M2"));
                facilitator.send("{\"type\":\"remove_member\",\"id\":\"r2\",\"room\":\"" + room + "\",\"party\":\"UA\",\"name\":\"Nobody\","
                        + "\"facilitatorKey\":\"" + key + "\"}");
                assertThat(facilitator.error("r2")).isEqualTo("not_in_team");
                // there is room again
                assertThat(join(members.get(Teams.TEAM_SIZE - 1), room, "UA", "member")).contains("\"joined\"");
            } finally {
                for (Wire w : members) {
                    w.close();
                }
            }
        }
        // after a restart the removed member is still out
        try (TruceServer again = TruceServer.start(TestServers.config(dir));
             Wire watcher = Wire.hello(again.address(), "watch")) {
            watcher.send("{\"type\":\"spectate\",\"id\":\"w\",\"room\":\"" + code + "\"}");
            watcher.reply("w");
            JsonObject st = watcher.expect("state");
            assertThat(team(st)).contains("M1", "M6").doesNotContain("M2");
        }
    }

    @Test
    void theLeadGoesOnlyToAMemberWhoIsHereNamesInATeamDifferAndNothingChangesItAfterTheGame() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire olena = Wire.hello(server.address(), "Olena");
             Wire taras = Wire.hello(server.address(), "Taras");
             Wire iryna = Wire.hello(server.address(), "Iryna");
             Wire facilitator = Wire.hello(server.address(), "Ms T")) {
            olena.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"bots\":{\"US\":\"linear\",\"RU\":\"linear\"},"
                    + "\"rounds\":1,\"turnSeconds\":0,\"voteSeconds\":0}");
            JsonObject created = olena.reply("c");
            String room = created.get("code").getAsString();
            String key = created.get("facilitatorKey").getAsString();
            join(olena, room, "UA", null);
            join(taras, room, "UA", "member");
            join(iryna, room, "UA", "member");
            // the lead cannot take a member's name
            olena.send("{\"type\":\"hello\",\"id\":\"n\",\"name\":\"Taras\",\"protocol\":1}");
            assertThat(olena.error("n")).isEqualTo("bad_name");
            // nor hand the lead to a member who is not here
            iryna.send("{\"type\":\"leave\",\"id\":\"l\"}");
            iryna.reply("l");
            olena.send("{\"type\":\"make_lead\",\"id\":\"m\",\"name\":\"Iryna\"}");
            assertThat(olena.error("m")).isEqualTo("member_away");
            facilitator.send("{\"type\":\"name_lead\",\"id\":\"f\",\"room\":\"" + room + "\",\"party\":\"UA\",\"name\":\"Iryna\","
                    + "\"facilitatorKey\":\"" + key + "\"}");
            assertThat(facilitator.error("f")).isEqualTo("member_away");
            // the game ends (one round, the lead tables, the bots vote)
            olena.send("{\"type\":\"propose\",\"id\":\"p\",\"round\":1,\"terms\":{\"line\":\"b\",\"guard\":\"y\"}}");
            olena.reply("p");
            taras.expect("game_over");
            olena.send("{\"type\":\"make_lead\",\"id\":\"m2\",\"name\":\"Taras\"}");
            assertThat(olena.error("m2")).isEqualTo("game_over");
            facilitator.send("{\"type\":\"name_lead\",\"id\":\"f2\",\"room\":\"" + room + "\",\"party\":\"UA\",\"name\":\"Taras\","
                    + "\"facilitatorKey\":\"" + key + "\"}");
            assertThat(facilitator.error("f2")).isEqualTo("game_over");
            taras.send("{\"type\":\"suggest\",\"id\":\"g\",\"vote\":true}");
            assertThat(taras.error("g")).isEqualTo("game_over");
        }
    }

    @Test
    void observersAreToldApartTeamLinesCountTowardTheChatLimitAndOnlyASeatSuggests() throws Exception {
        ServerConfig.Limits d = ServerConfig.Limits.DEFAULT;
        ServerConfig.Limits three = new ServerConfig.Limits(d.requestBurst(), d.requestsPerSecond(), d.sayBurst(), d.saysPerSecond(),
                d.createBurst(), d.createEverySeconds(), 3, d.endedRetentionSeconds(), d.lobbyIdleSeconds(), d.roomsListed());
        try (TruceServer server = TruceServer.start(TestServers.config(dir).withLimits(three));
             Wire olena = Wire.hello(server.address(), "Olena");
             Wire taras = Wire.hello(server.address(), "Taras");
             Wire anna = Wire.hello(server.address(), "Anna");
             Wire spy = Wire.hello(server.address(), "Ann");
             Wire facilitator = Wire.hello(server.address(), "Ms T")) {
            olena.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"bots\":{\"US\":\"linear\"},"
                    + "\"rounds\":3,\"turnSeconds\":0,\"voteSeconds\":0}");
            JsonObject created = olena.reply("c");
            String room = created.get("code").getAsString();
            String key = created.get("facilitatorKey").getAsString();
            join(olena, room, "UA", null);
            join(taras, room, "UA", "member");
            // an observer whose hello named no "teams" feature, attached by the facilitator, reads the team's lines
            anna.send("{\"type\":\"observe\",\"id\":\"o\",\"room\":\"" + room + "\"}");
            anna.reply("o");
            spy.send("{\"type\":\"hello\",\"id\":\"n\",\"name\":\"Anna\",\"protocol\":1}");
            spy.reply("n");
            spy.send("{\"type\":\"observe\",\"id\":\"o\",\"room\":\"" + room + "\"}");
            assertThat(spy.error("o")).as("a second observer called Anna").isEqualTo("bad_name");
            spy.send("{\"type\":\"hello\",\"id\":\"n2\",\"name\":\"Ann\",\"protocol\":1}");
            spy.reply("n2");
            spy.send("{\"type\":\"observe\",\"id\":\"o2\",\"room\":\"" + room + "\"}");
            spy.reply("o2");
            String attach = "{\"type\":\"attach_observer\",\"id\":\"a\",\"room\":\"" + room + "\",\"name\":\"Anna\",\"party\":\"UA\","
                    + "\"facilitatorKey\":\"" + key + "\"}";
            // renamed while watching: two observers called Anna now, and nobody is attached
            spy.send("{\"type\":\"hello\",\"id\":\"n3\",\"name\":\"Anna\",\"protocol\":1}");
            spy.reply("n3");
            facilitator.send(attach);
            assertThat(facilitator.error("a")).isEqualTo("bad_name");
            spy.send("{\"type\":\"leave\",\"id\":\"l\"}");
            spy.reply("l");
            facilitator.send(attach.replace("\"id\":\"a\"", "\"id\":\"a2\""));
            assertThat(Wire.type(facilitator.reply("a2"))).isEqualTo("facilitated");
            taras.send("{\"type\":\"say\",\"id\":\"t1\",\"to\":\"team\",\"text\":\"one\"}");
            taras.reply("t1");
            anna.until("the team line", o -> "said".equals(Wire.type(o)) && "team".equals(o.get("to").getAsString()));
            assertThat(spy.all()).doesNotContain("\"to\":\"team\"");
            // a spectator cannot suggest
            anna.send("{\"type\":\"suggest\",\"id\":\"g\",\"vote\":true}");
            assertThat(anna.error("g")).isEqualTo("not_joined");
            // team lines count toward the game's chat limit (3): two more, then refused, in public too
            taras.send("{\"type\":\"say\",\"id\":\"t2\",\"to\":\"team\",\"text\":\"two\"}");
            taras.reply("t2");
            olena.send("{\"type\":\"say\",\"id\":\"t3\",\"to\":\"team\",\"text\":\"three\"}");
            olena.reply("t3");
            taras.send("{\"type\":\"say\",\"id\":\"t4\",\"to\":\"team\",\"text\":\"four\"}");
            assertThat(taras.error("t4")).isEqualTo("rate_limited");
            olena.send("{\"type\":\"say\",\"id\":\"t5\",\"text\":\"to all\"}");
            assertThat(olena.error("t5")).isEqualTo("rate_limited");
            // before the game a lead who leaves gives up their place in the team: told so
            olena.send("{\"type\":\"leave\",\"id\":\"l\"}");
            JsonObject left = olena.reply("l");
            assertThat(left.get("text").getAsString()).contains("your place in the team is given up").contains("Taras leads it")
                    .doesNotContain("come back");
        }
    }
}
