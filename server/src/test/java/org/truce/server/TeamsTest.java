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
 * Teams per seat over raw TCP: a lead and two members on UA, one player on RU, a bot on US, a
 * teacher watching, a spectator and two observers. Members read what the seat reads, are refused
 * moves, talk on the team channel that nobody else reads, suggest to the lead; the lead drops and a
 * member leads at once, without a stand-in; after a restart the team and its lead are back.
 */
@Timeout(60)
class TeamsTest {
    @TempDir
    Path dir;

    private static final String TEAM_SECRET = "team only: we can give up on troops";

    /** A connection whose hello names the {@code teams} feature (it reads team lines and suggestions). */
    private static Wire teamHello(java.net.InetSocketAddress a, String name) throws Exception {
        Wire w = new Wire(a);
        w.send("{\"type\":\"hello\",\"name\":\"" + name + "\",\"protocol\":1,\"features\":[\"teams\"]}");
        w.expect("welcome");
        return w;
    }

    private static String join(Wire w, String room, String party, String role) throws Exception {
        w.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"" + party + "\""
                + (role == null ? "" : ",\"role\":\"" + role + "\"") + "}");
        return w.reply("j").toString();
    }

    private static JsonObject seat(JsonObject state, String party) {
        return GracePeriodsTest.seat(state, party);
    }

    private static List<String> team(JsonObject seat) {
        List<String> out = new ArrayList<>();
        if (seat.has("team")) {
            for (JsonElement e : seat.getAsJsonArray("team")) {
                out.add(e.getAsString());
            }
        }
        return out;
    }

    /** The seat's lead, or null for a seat of one. */
    private static String lead(JsonObject seat) {
        return seat.has("lead") && !seat.get("lead").isJsonNull() ? seat.get("lead").getAsString() : null;
    }

    private static String token(Wire w) {
        return w.lines().stream().filter(l -> l.contains("\"joined\"")).reduce((a, b) -> b).orElseThrow()
                .replaceAll(".*\"seatToken\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void aTeamSharesItsSeatTalksAmongItselfAndKeepsPlayingWhenItsLeadDrops() throws Exception {
        String room;
        String tarasToken;
        String olenaToken;
        try (TruceServer server = TruceServer.start(TeacherConsoleTest.config(dir));
             Wire teacher = TeacherConsoleTest.teacher(server.address());
             Wire olena = teamHello(server.address(), "Olena");
             Wire taras = Wire.hello(server.address(), "Taras");
             Wire iryna = Wire.hello(server.address(), "Iryna");
             Wire ivan = teamHello(server.address(), "Ivan");
             Wire mallory = Wire.hello(server.address(), "Mallory");
             Wire watcher = Wire.hello(server.address(), "watch");
             Wire anna = Wire.hello(server.address(), "Anna");
             Wire petro = Wire.hello(server.address(), "Petro")) {
            olena.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"bots\":{\"US\":\"linear\"},"
                    + "\"rounds\":3,\"turnSeconds\":0,\"voteSeconds\":0}");
            JsonObject created = olena.reply("c");
            room = created.get("code").getAsString();
            String key = created.get("facilitatorKey").getAsString();
            teacher.send("{\"type\":\"spectate\",\"id\":\"w\",\"room\":\"" + room + "\"}");
            teacher.reply("w");
            watcher.send("{\"type\":\"spectate\",\"id\":\"w\",\"room\":\"" + room + "\"}");
            watcher.reply("w");
            // an observer asks for no team and is attached to RU's by the teacher; one with the room's key reads UA's
            anna.send("{\"type\":\"observe\",\"id\":\"o\",\"room\":\"" + room + "\"}");
            assertThat(Wire.type(anna.reply("o"))).isEqualTo("spectating");
            petro.send("{\"type\":\"observe\",\"id\":\"o\",\"room\":\"" + room + "\",\"party\":\"UA\"}");
            assertThat(petro.error("o")).isEqualTo("not_facilitator");
            petro.send("{\"type\":\"observe\",\"id\":\"o2\",\"room\":\"" + room + "\",\"party\":\"UA\",\"facilitatorKey\":\"" + key + "\"}");
            assertThat(Wire.type(petro.reply("o2"))).isEqualTo("spectating");
            teacher.send("{\"type\":\"attach_observer\",\"id\":\"a\",\"room\":\"" + room + "\",\"name\":\"Anna\",\"party\":\"RU\"}");
            assertThat(Wire.type(teacher.reply("a"))).isEqualTo("facilitated");

            // the lead takes the seat; two members join its team; a plain join still finds the seat taken
            assertThat(join(olena, room, "UA", null)).contains("UA SECRET").doesNotContain("\"role\"");
            assertThat(join(mallory, room, "RU", "member")).contains("not_in_team"); // a free seat has no team yet
            String tarasJoined = join(taras, room, "UA", "member");
            assertThat(tarasJoined).contains("\"joined\"").contains("\"role\":\"member\"").contains("\"lead\":\"Olena\"")
                    .contains("UA SECRET");
            assertThat(join(iryna, room, "UA", "member")).contains("\"role\":\"member\"").contains("UA SECRET");
            assertThat(join(mallory, room, "UA", null)).contains("seat_taken");
            tarasToken = token(taras);
            assertThat(tarasToken).isNotEqualTo(token(iryna)).isNotEqualTo(token(olena));
            olenaToken = token(olena);
            join(ivan, room, "RU", null);

            // every seat held: round 1, UA's pen; the members see the table and the team (lead first)
            JsonObject started = iryna.state(s -> s.get("phase").getAsString().equals("proposing"));
            assertThat(started.get("pen").getAsString()).isEqualTo("UA");
            assertThat(started.get("you").getAsString()).isEqualTo("UA");
            assertThat(team(seat(started, "UA"))).containsExactly("Olena", "Taras", "Iryna");
            assertThat(seat(started, "UA").get("lead").getAsString()).isEqualTo("Olena");
            assertThat(seat(ivan.state(s -> s.get("phase").getAsString().equals("proposing")), "UA").get("lead").getAsString())
                    .isEqualTo("Olena");

            // members are refused moves
            taras.send("{\"type\":\"propose\",\"id\":\"p\",\"round\":1,\"terms\":{\"line\":\"c\",\"guard\":\"z\"}}");
            assertThat(taras.error("p")).isEqualTo("not_lead");
            taras.send("{\"type\":\"make_lead\",\"id\":\"m\",\"name\":\"Taras\"}");
            assertThat(taras.error("m")).isEqualTo("not_lead");

            // a private line to UA reaches the whole team
            ivan.send("{\"type\":\"say\",\"id\":\"s\",\"to\":\"UA\",\"text\":\"psst, Ukraine: line b?\"}");
            ivan.reply("s");
            for (Wire w : List.of(olena, taras, iryna)) {
                w.until("RU's private line", o -> "said".equals(Wire.type(o)) && o.get("text").getAsString().startsWith("psst"));
            }

            // the team channel: the team and the facilitator only
            taras.send("{\"type\":\"say\",\"id\":\"t\",\"to\":\"team\",\"text\":\"" + TEAM_SECRET + "\"}");
            JsonObject echo = taras.reply("t");
            assertThat(echo.get("to").getAsString()).isEqualTo("team");
            assertThat(echo.get("by").getAsString()).isEqualTo("Taras");
            assertThat(echo.get("from").getAsString()).isEqualTo("UA");
            for (Wire w : List.of(olena, iryna, teacher, petro)) {
                JsonObject got = w.until("the team line", o -> "said".equals(Wire.type(o)) && o.get("text").getAsString().equals(TEAM_SECRET));
                assertThat(got.get("by").getAsString()).isEqualTo("Taras");
            }

            // a member's suggestion reaches the lead, who tables it
            iryna.send("{\"type\":\"suggest\",\"id\":\"g\",\"terms\":{\"line\":\"b\",\"guard\":\"y\"}}");
            assertThat(Wire.type(iryna.reply("g"))).isEqualTo("suggested");
            iryna.send("{\"type\":\"suggest\",\"id\":\"g2\",\"terms\":{\"line\":\"q\",\"guard\":\"y\"}}");
            assertThat(iryna.error("g2")).isEqualTo("unknown_option");
            JsonObject suggestion = olena.until("the suggestion", o -> "suggested".equals(Wire.type(o)));
            assertThat(suggestion.get("by").getAsString()).isEqualTo("Iryna");
            JsonObject terms = suggestion.getAsJsonObject("terms");
            olena.send("{\"type\":\"propose\",\"id\":\"p\",\"round\":1,\"terms\":" + terms + "}");
            olena.reply("p");
            JsonObject tabled = taras.state(s -> s.get("phase").getAsString().equals("voting"));
            assertThat(tabled.getAsJsonObject("draft").getAsJsonObject("terms").get("line").getAsString()).isEqualTo("b");
            taras.send("{\"type\":\"suggest\",\"id\":\"v\",\"vote\":true}");
            taras.reply("v");
            JsonObject voteTip = olena.until("the vote suggestion", o -> "suggested".equals(Wire.type(o)) && o.has("vote"));
            assertThat(voteTip.get("by").getAsString()).isEqualTo("Taras");
            assertThat(voteTip.get("vote").getAsBoolean()).isTrue();
            taras.send("{\"type\":\"vote\",\"id\":\"v2\",\"round\":1,\"accept\":true}");
            assertThat(taras.error("v2")).isEqualTo("not_lead");

            // the lead drops: the first connected member leads at once, no stand-in
            olena.close();
            JsonObject after = iryna.state(s -> "Taras".equals(lead(seat(s, "UA"))));
            assertThat(seat(after, "UA").get("connected").getAsBoolean()).isTrue();
            assertThat(seat(after, "UA").has("strategy")).as("no stand-in").isFalse();
            assertThat(team(seat(after, "UA"))).containsExactly("Taras", "Olena", "Iryna");
            // the new lead hands over; the facilitator names the lead back
            taras.send("{\"type\":\"make_lead\",\"id\":\"m2\",\"name\":\"Iryna\"}");
            assertThat(seat(taras.reply("m2"), "UA").get("lead").getAsString()).isEqualTo("Iryna");
            teacher.send("{\"type\":\"name_lead\",\"id\":\"n\",\"room\":\"" + room + "\",\"party\":\"UA\",\"name\":\"Taras\"}");
            assertThat(Wire.type(teacher.reply("n"))).isEqualTo("facilitated");
            iryna.state(s -> "Taras".equals(lead(seat(s, "UA"))));

            // the teacher's console lists the team
            JsonObject cs = TeacherConsoleTest.classState(teacher, TeacherConsoleTest.where(room,
                    r -> GracePeriodsTest.seat(r, "UA").has("team") && "Taras".equals(GracePeriodsTest.seat(r, "UA").get("name").getAsString())));
            assertThat(team(GracePeriodsTest.seat(TeacherConsoleTest.room(cs, room), "UA"))).containsExactly("Taras", "Olena", "Iryna");

            // nobody outside the team and the facilitator read the team line, nor UA's brief
            for (Wire w : List.of(ivan, mallory, watcher, anna)) {
                assertThat(w.all()).doesNotContain(TEAM_SECRET).doesNotContain("UA SECRET")
                        .doesNotContain("\"suggested\"").doesNotContain(tarasToken);
            }
            for (Wire w : List.of(mallory, watcher, anna, petro)) {
                assertThat(w.all()).as("RU's private line to UA").doesNotContain("psst");
            }
            assertThat(taras.all() + iryna.all()).doesNotContain("stand_in").doesNotContain("stand-in");
            // Iryna leaves first, so that Taras drops as the lead with nobody of the team here
            iryna.send("{\"type\":\"leave\",\"id\":\"l\"}");
            iryna.reply("l");
        }

        // after a restart the team and its lead are back; each player returns with their own token
        try (TruceServer again = TruceServer.start(TeacherConsoleTest.config(dir));
             Wire taras = new Wire(again.address());
             Wire olena = new Wire(again.address())) {
            taras.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"Taras\",\"protocol\":1,\"features\":[\"teams\"],\"resume\":\""
                    + tarasToken + "\"}");
            JsonObject joined = taras.expect("joined");
            assertThat(joined.get("party").getAsString()).isEqualTo("UA");
            taras.until("the team line again", o -> "said".equals(Wire.type(o)) && o.get("text").getAsString().equals(TEAM_SECRET));
            // Taras led at the end and dropped with nobody of the team here: he leads on
            JsonObject st = taras.state(s -> "Taras".equals(lead(seat(s, "UA"))));
            assertThat(joined.get("lead").getAsString()).isEqualTo("Taras");
            assertThat(team(seat(st, "UA"))).hasSize(3).containsExactlyInAnyOrder("Taras", "Olena", "Iryna").startsWith("Taras");
            assertThat(seat(st, "UA").has("strategy")).as("no stand-in").isFalse();
            olena.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"Olena\",\"protocol\":1,\"resume\":\"" + olenaToken + "\"}");
            JsonObject back = olena.expect("joined");
            assertThat(back.get("role").getAsString()).isEqualTo("member");
            assertThat(back.get("lead").getAsString()).isEqualTo("Taras");
            olena.send("{\"type\":\"vote\",\"id\":\"v\",\"round\":1,\"accept\":true}");
            assertThat(olena.error("v")).isEqualTo("not_lead");
        }
    }

    /** docs/PROTOCOL.md's team example: each line from its player's own connection, each answered without an error. */
    @Test
    void theTeamExampleWorks() throws Exception {
        String doc = java.nio.file.Files.readString(Path.of("..", "docs", "PROTOCOL.md"));
        String part = doc.substring(doc.indexOf("<!-- team-example:start -->"), doc.indexOf("<!-- team-example:end -->"));
        List<String[]> lines = new ArrayList<>();
        for (String l : part.split("\n")) {
            int at = l.indexOf("> {");
            if (at > 0) {
                lines.add(new String[] {l.substring(0, at), l.substring(at + 2)});
            }
        }
        assertThat(lines).hasSizeGreaterThanOrEqualTo(8);
        java.util.Map<String, Wire> wires = new java.util.LinkedHashMap<>();
        try (TruceServer server = TruceServer.start(ServerConfig.loopback(dir).withRoomThreads(2))) {
            String room = null;
            for (String[] line : lines) {
                Wire w = wires.get(line[0]);
                if (w == null) {
                    w = new Wire(server.address());
                    wires.put(line[0], w);
                }
                String sent = room == null ? line[1] : line[1].replace("ROOM", room);
                String id = com.google.gson.JsonParser.parseString(sent).getAsJsonObject().get("id").getAsString();
                w.send(sent);
                JsonObject reply = w.reply(id);
                assertThat(Wire.type(reply)).as(line[0] + ": reply to " + sent + ": " + reply).isNotEqualTo("error");
                if ("room_created".equals(Wire.type(reply))) {
                    room = reply.get("code").getAsString();
                }
            }
            Wire taras = wires.get("Taras");
            assertThat(taras.all()).contains("\"role\":\"member\"").contains("\"to\":\"team\"").contains("\"suggested\"");
            assertThat(wires.get("Olena").all()).contains("\"suggested\"").contains("\"by\":\"Taras\"");
        } finally {
            for (Wire w : wires.values()) {
                w.close();
            }
        }
    }

    /** After the game the debrief report shows each team's channel, per team. */
    @Test
    void theDebriefReportShowsEachTeamsChannel() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire olena = Wire.hello(server.address(), "Olena");
             Wire taras = Wire.hello(server.address(), "Taras")) {
            olena.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"bots\":{\"RU\":\"linear\",\"US\":\"linear\"},"
                    + "\"rounds\":1,\"turnSeconds\":0,\"voteSeconds\":0}");
            String room = olena.reply("c").get("code").getAsString();
            join(olena, room, "UA", null);
            join(taras, room, "UA", "member");
            taras.send("{\"type\":\"say\",\"id\":\"t\",\"to\":\"team\",\"text\":\"" + TEAM_SECRET + "\"}");
            taras.reply("t");
            taras.send("{\"type\":\"say\",\"id\":\"t2\",\"to\":\"team\",\"text\":\"**all in** [here](x)\"}");
            taras.reply("t2");
            olena.send("{\"type\":\"propose\",\"id\":\"p\",\"round\":1,\"terms\":{\"line\":\"b\",\"guard\":\"y\"}}");
            olena.reply("p");
            taras.expect("game_over");
            // Olena's hello named no "teams" feature (an older client): no team line reached her
            assertThat(olena.all()).doesNotContain(TEAM_SECRET).doesNotContain("\"to\":\"team\"");
            ReportWriter.Result r = ReportWriter.write(dir, dir.resolve("reports"), List.of(),
                    ScenarioCatalog.load(TestServers.config(dir)));
            assertThat(r.reported()).containsExactly(room);
            String md = java.nio.file.Files.readString(dir.resolve("reports").resolve(room + ".md"));
            assertThat(md).contains("## Team channels").contains("### Ukraine's team").contains("- Round 1, Taras: " + TEAM_SECRET);
            // typed text is shown as typed, not rendered; the report credits the whole team
            assertThat(md).contains("- Round 1, Taras: \\*\\*all in\\*\\* \\[here\\]\\(x\\)").doesNotContain("**all in**");
            assertThat(md).contains("| Ukraine | Olena with Taras |");
        }
    }

    /**
     * Before the game: a lead who leaves hands the seat to the connected member and their place goes
     * (their token no longer works); a member's rename shows in the team; a member who leaves goes too.
     */
    @Test
    void beforeTheGameALeavingLeadHandsTheSeatOnAndAMemberRenames() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire olena = Wire.hello(server.address(), "Olena");
             Wire taras = Wire.hello(server.address(), "Taras");
             Wire iryna = Wire.hello(server.address(), "Iryna")) {
            olena.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"bots\":{\"US\":\"linear\"},"
                    + "\"rounds\":2,\"turnSeconds\":0,\"voteSeconds\":0}");
            String room = olena.reply("c").get("code").getAsString();
            join(olena, room, "UA", null);
            join(taras, room, "UA", "member");
            join(iryna, room, "UA", "member");
            String olenaToken = token(olena);
            String irynaToken = token(iryna);
            // a member's rename is the team's: no name clash with the lead
            taras.send("{\"type\":\"hello\",\"id\":\"r\",\"name\":\"Olena\",\"protocol\":1}");
            assertThat(taras.error("r")).isEqualTo("bad_name");
            taras.send("{\"type\":\"hello\",\"id\":\"r2\",\"name\":\"Taras K\",\"protocol\":1}");
            assertThat(Wire.type(taras.reply("r2"))).isEqualTo("welcome");
            iryna.state(s -> team(seat(s, "UA")).contains("Taras K"));
            olena.send("{\"type\":\"leave\",\"id\":\"l\"}");
            olena.reply("l");
            iryna.state(s -> team(seat(s, "UA")).equals(List.of("Taras K", "Iryna")) && "Taras K".equals(lead(seat(s, "UA"))));
            iryna.send("{\"type\":\"leave\",\"id\":\"l\"}");
            iryna.reply("l");
            taras.state(s -> !seat(s, "UA").has("team") && "Taras K".equals(seat(s, "UA").get("name").getAsString()));
            for (String gone : List.of(olenaToken, irynaToken)) {
                try (Wire back = new Wire(server.address())) {
                    back.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"x\",\"protocol\":1,\"resume\":\"" + gone + "\"}");
                    assertThat(back.error("h")).isEqualTo("bad_token");
                }
            }
        }
    }

    /**
     * The lead drops with nobody of the team here; a newcomer joins meanwhile and a member who was in
     * the team comes back: when the grace period runs out, that member leads (not the newcomer), and
     * no stand-in comes (the clock moved by hand).
     */
    @Test
    void aGracePeriodThatRunsOutWithTheTeamHereHandsTheLeadOnNotToAStandIn() throws Exception {
        HandTimer time = new HandTimer();
        try (TruceServer server = TruceServer.start(TestServers.config(dir).withGraceSeconds(10), time, time);
             Wire olena = Wire.hello(server.address(), "Olena");
             Wire taras = Wire.hello(server.address(), "Taras");
             Wire mallory = Wire.hello(server.address(), "Mallory");
             Wire ivan = Wire.hello(server.address(), "Ivan");
             Wire tarasBack = new Wire(server.address())) {
            olena.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"bots\":{\"US\":\"linear\"},"
                    + "\"rounds\":3,\"turnSeconds\":0,\"voteSeconds\":0}");
            String room = olena.reply("c").get("code").getAsString();
            join(olena, room, "UA", null);
            join(taras, room, "UA", "member");
            String tarasToken = token(taras);
            join(ivan, room, "RU", null);
            olena.state(s -> s.get("phase").getAsString().equals("proposing"));
            taras.send("{\"type\":\"leave\",\"id\":\"l\"}"); // in a game his place is kept: he is away
            taras.reply("l");
            olena.close();
            ivan.state(s -> !seat(s, "UA").get("connected").getAsBoolean());
            join(mallory, room, "UA", "member"); // came after the lead went away: never leads by default
            tarasBack.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"Taras\",\"protocol\":1,\"resume\":\"" + tarasToken + "\"}");
            assertThat(tarasBack.expect("joined").get("lead").getAsString()).isEqualTo("Olena");
            time.advance(10_000);
            JsonObject after = ivan.state(s -> "Taras".equals(lead(seat(s, "UA"))));
            assertThat(seat(after, "UA").get("connected").getAsBoolean()).isTrue();
            assertThat(seat(after, "UA").has("strategy")).as("no stand-in").isFalse();
            assertThat(tarasBack.all() + ivan.all()).doesNotContain("\"stand_in\"");
        }
    }

    /** News that changes the party's position reaches every player of its team; a seat a member holds open is not freed. */
    @Test
    void newsReachesTheWholeTeamAndASeatWithAMemberHereIsNotFreed() throws Exception {
        try (TruceServer server = TruceServer.start(ServerConfig.loopback(dir).withRoomThreads(2).withBotDelayMs(0));
             Wire olena = new Wire(server.address());
             Wire taras = new Wire(server.address())) {
            for (Object[] p : new Object[][] {{olena, "Olena"}, {taras, "Taras"}}) {
                ((Wire) p[0]).send("{\"type\":\"hello\",\"name\":\"" + p[1] + "\",\"protocol\":1,\"features\":[\"classroom\",\"teams\"]}");
                ((Wire) p[0]).expect("welcome");
            }
            olena.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"paris-summit\",\"bots\":{\"RU\":\"default\",\"US\":\"default\","
                    + "\"FR\":\"default\",\"UK\":\"default\",\"DE\":\"default\"},\"rounds\":4,\"turnSeconds\":0,\"voteSeconds\":0}");
            JsonObject created = olena.reply("c");
            String room = created.get("code").getAsString();
            String key = created.get("facilitatorKey").getAsString();
            join(olena, room, "UA", null);
            join(taras, room, "UA", "member");
            olena.send("{\"type\":\"inject\",\"id\":\"i\",\"room\":\"" + room + "\",\"inject\":\"army_funding\",\"facilitatorKey\":\"" + key + "\"}");
            olena.reply("i");
            JsonObject brief = taras.until("UA's new brief", o -> "brief".equals(Wire.type(o)));
            assertThat(brief.get("party").getAsString()).isEqualTo("UA");
            assertThat(olena.all()).as("the lead's, before the reply").contains("\"type\":\"brief\",\"room\":\"" + room + "\",\"party\":\"UA\"");
            // the lead is away (she dropped while he was away; he came back after), a member is here: the seat is in use
            String tarasToken = token(taras);
            taras.send("{\"type\":\"leave\",\"id\":\"l\"}");
            taras.reply("l");
            olena.close();
            try (Wire facilitator = Wire.hello(server.address(), "Ms T");
                 Wire back = new Wire(server.address())) {
                facilitator.send("{\"type\":\"spectate\",\"id\":\"w\",\"room\":\"" + room + "\"}");
                facilitator.reply("w");
                facilitator.state(s -> !seat(s, "UA").get("connected").getAsBoolean());
                back.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"Taras\",\"protocol\":1,\"resume\":\"" + tarasToken + "\"}");
                assertThat(back.expect("joined").get("role").getAsString()).isEqualTo("member");
                back.state(s -> true);
                facilitator.send("{\"type\":\"leave\",\"id\":\"l\"}");
                facilitator.reply("l");
                facilitator.send("{\"type\":\"free_seat\",\"id\":\"f\",\"room\":\"" + room + "\",\"party\":\"UA\",\"facilitatorKey\":\"" + key + "\"}");
                assertThat(facilitator.error("f")).isEqualTo("player_present");
            }
        }
    }
}
