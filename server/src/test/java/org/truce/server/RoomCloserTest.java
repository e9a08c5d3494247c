package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The sweeper closes idle lobbies and archives ended games, on the hand-driven rooms' time. */
@Timeout(30)
class RoomCloserTest {
    @TempDir
    Path dir;

    @Test
    void aLobbyNobodySitsInExpiresAfterTheIdleTimeToTheMillisecond() throws Exception {
        try (RoomFixture f = new RoomFixture(dir, c -> c)) {
            RoomFixture.Player host = f.connect("host");
            String code = host.create("");
            RoomFixture.Player watcher = watch(f, code);
            watcher.expect("spectating");
            long idle = f.config.limits().lobbyIdleSeconds() * 1000L;

            assertTheSweepRemovesItAtExactly(f, code, idle);
            assertThat(watcher.expect("notice").get("text").getAsString())
                    .isEqualTo("room " + code + " expired: no player was there for " + idle / 60_000 + " minutes");
        }
    }

    @Test
    void anEndedGameIsArchivedAfterTheRetentionTime() throws Exception {
        try (RoomFixture f = new RoomFixture(dir, c -> c)) {
            RoomFixture.Player host = f.connect("host");
            String code = host.create(",\"rounds\":1,\"bots\":{\"UA\":\"linear\",\"RU\":\"linear\",\"US\":\"linear\"}");
            RoomFixture.Player watcher = watch(f, code);
            watcher.expect("game_over");
            long retention = f.config.limits().endedRetentionSeconds() * 1000L;

            assertTheSweepRemovesItAtExactly(f, code, retention);
            assertThat(watcher.take("archived", o -> "notice".equals(Wire.type(o))).get("kind").getAsString()).isEqualTo("archived");
        }
    }

    /** A spectator of room {@code code}. */
    private static RoomFixture.Player watch(RoomFixture f, String code) {
        RoomFixture.Player watcher = f.connect("w");
        watcher.send("{\"type\":\"spectate\",\"id\":\"s\",\"room\":\"" + code + "\"}");
        return watcher;
    }

    /** The sweeper keeps room {@code code} a millisecond before {@code afterMs} from now, and removes it at {@code afterMs}. */
    private static void assertTheSweepRemovesItAtExactly(RoomFixture f, String code, long afterMs) {
        f.advance(afterMs - 1);
        f.rooms.sweep(f.timer.getAsLong());
        f.settle();
        assertThat(f.room(code)).isNotNull();

        f.advance(1);
        f.rooms.sweep(f.timer.getAsLong());
        f.settle();
        assertThat(f.room(code)).isNull();
    }
}
