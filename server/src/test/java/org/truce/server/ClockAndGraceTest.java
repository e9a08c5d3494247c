package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The referee's clocks and the bot persona standing in for a player who stays away. */
@Timeout(30)
class ClockAndGraceTest {
    @TempDir
    Path dir;

    /**
     * The turn clock alone (no vote clock): nothing a player or bot does races it. Time moves by
     * hand ({@link HandTimer}): the clock runs out at its deadline, not a millisecond before.
     */
    @Test
    void theTurnClockFailsARoundWithNoEarlierDraft() throws Exception {
        HandTimer time = new HandTimer();
        try (TruceServer server = TruceServer.start(TestServers.config(dir), time, time);
             Wire ua = Wire.hello(server.address(), "ua");
             Wire ru = Wire.hello(server.address(), "ru")) {
            ua.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"bots\":{\"US\":\"linear\"},"
                    + "\"turnSeconds\":60,\"voteSeconds\":0,\"seed\":3}");
            String room = ua.reply("c").get("code").getAsString();
            ua.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"UA\"}");
            ua.reply("j");
            ru.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"RU\"}");
            ru.reply("j");
            JsonObject first = ua.state(s -> s.get("round").getAsInt() == 1 && s.get("phase").getAsString().equals("proposing"));
            assertThat(first.get("deadline").getAsLong()).isEqualTo(time.getAsLong() + 60_000L);
            // UA never tables: no earlier draft, so round 1 fails and everyone is told
            time.advance(59_999);
            PausedClockTest.sync(ru, "s1");
            assertThat(ru.all()).as("one millisecond left").doesNotContain("\"kind\":\"timeout\"");
            time.advance(1);
            JsonObject notice = ru.until("timeout notice", o -> "notice".equals(Wire.type(o)));
            assertThat(notice.get("kind").getAsString()).isEqualTo("timeout");
            assertThat(notice.get("text").getAsString())
                    .isEqualTo("Ukraine ran out of time to table a draft and there is no earlier one: round 1 fails");
            JsonObject r2 = ru.state(s -> s.get("round").getAsInt() == 2 && s.get("pen").getAsString().equals("RU"));
            assertThat(r2.has("deadline")).as("the turn clock runs again for RU").isTrue();
        }
    }

    /**
     * A state says how long its clock has left as well as when it runs out: a client whose own
     * clock is wrong counts down from the state's arrival. No waiting: the clock is not run out.
     */
    @Test
    void aStateCarriesTheTimeRemainingOnItsClock() throws Exception {
        HandTimer time = new HandTimer();
        try (TruceServer server = TruceServer.start(TestServers.config(dir), time, time);
             Wire ua = Wire.hello(server.address(), "ua");
             Wire ru = Wire.hello(server.address(), "ru")) {
            ua.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"bots\":{\"US\":\"linear\"},"
                    + "\"turnSeconds\":90,\"voteSeconds\":0,\"seed\":3}");
            String room = ua.reply("c").get("code").getAsString();
            ua.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"UA\"}");
            ua.reply("j");
            JsonObject lobby = ua.state(s -> s.get("phase").getAsString().equals("lobby"));
            assertThat(lobby.has("remainingMs")).as("no clock, no remainingMs").isFalse();
            long now = time.getAsLong(); // the server's time stands still: the clock is exact
            ru.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"RU\"}");
            ru.reply("j");
            JsonObject first = ua.state(s -> s.get("round").getAsInt() == 1 && s.get("phase").getAsString().equals("proposing"));
            assertThat(first.get("remainingMs").getAsLong()).isEqualTo(90_000L);
            // the two fields agree: deadline minus the server's time when it sent the state
            assertThat(first.get("deadline").getAsLong()).isEqualTo(now + 90_000L);
        }
    }

    /**
     * The vote clock alone (no turn clock): RU tables when it likes, then UA's missing vote counts
     * as a reject. Time moves by hand: the clock runs out once the US bot has voted.
     */
    @Test
    void theVoteClockCountsAMissingVoteAsAReject() throws Exception {
        HandTimer time = new HandTimer();
        try (TruceServer server = TruceServer.start(TestServers.config(dir), time, time);
             Wire ua = Wire.hello(server.address(), "ua");
             Wire ru = Wire.hello(server.address(), "ru")) {
            ua.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"bots\":{\"US\":\"linear\"},"
                    + "\"turnSeconds\":0,\"voteSeconds\":30,\"seed\":3}");
            String room = ua.reply("c").get("code").getAsString();
            ua.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"RU\"}");
            ua.reply("j");
            ru.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"UA\"}");
            ru.reply("j");
            // UA (connection ru) holds the pen in round 1 with no clock: it tables when ready
            ru.state(s -> s.get("phase").getAsString().equals("proposing"));
            ru.send("{\"type\":\"propose\",\"id\":\"p\",\"round\":1,\"terms\":{\"line\":\"b\",\"guard\":\"y\"}}");
            ru.reply("p");
            ua.state(s -> s.get("phase").getAsString().equals("voting") && s.getAsJsonObject("votes").has("US"));
            time.advance(30_000);
            // RU (connection ua) never votes: the clock counts it as a rejection
            JsonObject voteNotice = ua.until("vote timeout", o -> "notice".equals(Wire.type(o)) && o.get("text").getAsString().contains("Voting"));
            assertThat(voteNotice.get("text").getAsString())
                    .isEqualTo("Voting time ran out: Russia did not vote, so that counts as a rejection");
            JsonObject r2 = ua.state(s -> s.get("round").getAsInt() == 2);
            JsonObject round1 = r2.getAsJsonArray("history").get(0).getAsJsonObject();
            assertThat(round1.getAsJsonObject("votes").get("RU").getAsString()).isEqualTo("rejected");
            // the history says the clock cast it, so a client that resumes tells it as it was told live
            assertThat(round1.getAsJsonArray("byClock")).as("only RU's vote was the clock's")
                    .containsExactly(new com.google.gson.JsonPrimitive("RU"));
        }
    }

    /**
     * RU ({@code ru}) creates a room with a US bot and both take their seats, UA on its own
     * connection, which then drops (UA holds the pen in round 1); returns the room and UA's seat token.
     */
    private static String[] uaJoinsThenDrops(TruceServer server, Wire ru) throws Exception {
        ru.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"bots\":{\"US\":\"linear\"},"
                + "\"turnSeconds\":0,\"voteSeconds\":0,\"seed\":5}");
        String room = ru.reply("c").get("code").getAsString();
        Wire ua = Wire.hello(server.address(), "ua");
        ua.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"UA\"}");
        String token = ua.reply("j").get("seatToken").getAsString();
        ru.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"RU\"}");
        ru.reply("j");
        ua.close();
        return new String[] {room, token};
    }

    /** Every line a stand-in says is marked as one, on the wire and in the journal: a replay keeps the mark. */
    @Test
    void aStandInsChatIsMarkedAsSuchAndAHumansIsNot() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir).withGraceSeconds(0));
             Wire ru = Wire.hello(server.address(), "ru")) {
            String[] away = uaJoinsThenDrops(server, ru); // UA holds the pen: its stand-in tables, and says so
            String room = away[0];
            String token = away[1];
            JsonObject tabled = ru.until("the stand-in's line", o -> "said".equals(Wire.type(o)) && "UA".equals(o.get("from").getAsString()));
            assertThat(tabled.get("standIn").getAsBoolean()).isTrue();
            assertThat(tabled.get("text").getAsString()).startsWith("Standing in for Ukraine while its player is away: ");
            ru.send("{\"type\":\"say\",\"id\":\"p\",\"to\":\"UA\",\"text\":\"are you there?\"}");
            JsonObject mine = ru.reply("p");
            assertThat(mine.has("standIn")).as("a human's line carries no mark").isFalse();
            JsonObject answer = ru.until("the stand-in's answer", o -> "said".equals(Wire.type(o)) && "RU".equals(o.get("to").getAsString()));
            assertThat(answer.get("standIn").getAsBoolean()).isTrue();
            assertThat(answer.get("from").getAsString()).isEqualTo("UA");

            try (Wire back = new Wire(server.address())) {
                back.send("{\"type\":\"hello\",\"name\":\"ua\",\"protocol\":1,\"resume\":\"" + token + "\"}");
                back.expect("joined");
                // the replayed chat keeps the mark: it is part of the recorded line, not of the seat now
                JsonObject replayed = back.until("replayed stand-in line", o -> "said".equals(Wire.type(o)) && "UA".equals(o.get("from").getAsString()));
                assertThat(replayed.get("standIn").getAsBoolean()).isTrue();
                back.send("{\"type\":\"say\",\"id\":\"s\",\"text\":\"I am back\"}");
                assertThat(back.reply("s").has("standIn")).isFalse();
            }
            for (String line : ru.all().split("\n")) {
                if (line.contains("\"type\":\"said\"") && line.contains("\"from\":\"US\"")) {
                    assertThat(line).as("a bot seat's own bot is no stand-in").doesNotContain("standIn");
                }
            }
            String journal = java.nio.file.Files.readString(JournalFile.fileFor(server.rooms().roomsDir(), room));
            assertThat(journal).contains("\"from\":\"UA\",\"to\":\"RU\"").contains("\"standIn\":true");
        }
    }

    /**
     * A stand-in's draft and vote are marked in the state and its history ({@code draft.standIn},
     * {@code standIns}), so a client that resumes or spectates later tells them as the stand-in's;
     * a human's vote and the bot seat's own are not marked.
     */
    @Test
    void aStandInsDraftAndVoteAreMarkedInTheHistoryAndAHumansAreNot() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir).withGraceSeconds(0));
             Wire ru = Wire.hello(server.address(), "ru")) {
            uaJoinsThenDrops(server, ru); // UA holds the pen in round 1: its stand-in tables
            JsonObject voting = ru.state(s -> s.get("phase").getAsString().equals("voting"));
            assertThat(voting.getAsJsonObject("draft").get("standIn").getAsBoolean()).isTrue();
            ru.send("{\"type\":\"vote\",\"id\":\"v\",\"round\":1,\"accept\":false}");
            JsonObject r2 = ru.reply("v"); // the state after RU's vote closed round 1
            JsonObject round1 = r2.getAsJsonArray("history").get(0).getAsJsonObject();
            assertThat(round1.getAsJsonObject("draft").get("standIn").getAsBoolean()).isTrue();
            assertThat(round1.getAsJsonObject("votes").get("RU").getAsString()).isEqualTo("rejected");
            assertThat(round1.has("standIns")).as("RU voted itself, US is a bot seat: no stand-in vote").isFalse();
            // RU tables; UA's stand-in and the US bot vote on it, and the round closes
            ru.send("{\"type\":\"propose\",\"id\":\"p\",\"round\":2,\"terms\":{\"line\":\"b\",\"guard\":\"y\"}}");
            ru.reply("p");
            JsonObject closed = ru.state(s -> s.getAsJsonArray("history").size() == 2);
            JsonObject round2 = closed.getAsJsonArray("history").get(1).getAsJsonObject();
            assertThat(round2.getAsJsonObject("draft").has("standIn")).as("RU's own draft").isFalse();
            assertThat(round2.getAsJsonArray("standIns")).containsExactly(new com.google.gson.JsonPrimitive("UA"));
        }
    }

    @Test
    void anAbsentPlayersSeatIsPlayedByItsPersonaUntilTheyReturn() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir).withGraceSeconds(0));
             Wire ru = Wire.hello(server.address(), "ru")) {
            String[] away = uaJoinsThenDrops(server, ru); // UA holds the pen in round 1 and leaves
            String room = away[0];
            String token = away[1];
            JsonObject standIn = ru.until("stand-in notice", o -> "notice".equals(Wire.type(o)) && o.get("kind").getAsString().equals("stand_in"));
            assertThat(standIn.get("text").getAsString()).isEqualTo("Ukraine's player has been away for 0 s: a stand-in bot keeps the seat until they return");
            // the persona tables for UA
            JsonObject tabled = ru.state(s -> s.get("phase").getAsString().equals("voting"));
            assertThat(tabled.getAsJsonObject("draft").get("by").getAsString()).isEqualTo("UA");

            try (Wire back = new Wire(server.address())) {
                back.send("{\"type\":\"hello\",\"name\":\"ua\",\"protocol\":1,\"resume\":\"" + token + "\"}");
                back.expect("joined");
                JsonObject returned = ru.until("return notice", o -> "notice".equals(Wire.type(o)) && o.get("kind").getAsString().equals("returned"));
                assertThat(returned.get("text").getAsString()).isEqualTo("Ukraine's player is back at the table; the stand-in steps aside");
                JsonObject st = back.expect("state");
                JsonObject uaSeat = st.getAsJsonArray("seats").get(0).getAsJsonObject();
                assertThat(uaSeat.get("connected").getAsBoolean()).isTrue();
                assertThat(uaSeat.has("strategy")).isFalse();
            }
        }
    }
}
