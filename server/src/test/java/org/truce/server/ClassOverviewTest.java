package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts.RoomOverview;

/** One {@code class_state} from the rooms' overviews: clocks as of sending, the order, the cap. */
class ClassOverviewTest {
    private static RoomOverview room(String code, String phase, Long deadline, Long remaining, boolean paused, boolean closed) {
        return new RoomOverview(code, "paris-summit", "Paris", phase, 1, 10, "UA", paused, deadline, remaining, List.of(), null,
                Map.of(), List.of(), null, null, closed, null);
    }

    @Test
    void aRunningClockReadsAsOfSendingNotAsOfTheRoomsLastChange() {
        long now = 1_000_000L;
        // made when 90 s were left; 30 s have passed since, with nothing new in that room
        RoomOverview stale = room("AAAAA", "proposing", now + 60_000, 90_000L, false, false);
        RoomOverview paused = room("BBBBB", "voting", null, 42_000L, true, false);
        ServerMessage.ClassState c = ClassOverview.of(List.of(stale, paused), now);
        assertThat(c.rooms()).extracting(RoomOverview::remainingMs).containsExactly(60_000L, 42_000L);
        assertThat(ClassOverview.of(List.of(stale), now + 70_000).rooms().get(0).remainingMs()).as("run out").isZero();
    }

    @Test
    void roomsInProgressComeFirstThenLobbiesEndedAndClosedAndTheListHasACap() {
        List<RoomOverview> rooms = new ArrayList<>();
        rooms.add(room("CLOSE", "proposing", null, null, false, true));
        rooms.add(room("ENDED", "ended", null, null, false, false));
        rooms.add(room("LOBBY", "lobby", null, null, false, false));
        rooms.add(room("PLAYS", "voting", null, null, false, false));
        assertThat(ClassOverview.of(rooms, 0).rooms()).extracting(RoomOverview::code)
                .containsExactly("PLAYS", "LOBBY", "ENDED", "CLOSE");
        assertThat(ClassOverview.of(rooms, 0).more()).isNull();

        for (int i = 0; i < ClassOverview.LISTED; i++) {
            rooms.add(room(String.format("R%04d", i), "proposing", null, null, false, false));
        }
        ServerMessage.ClassState full = ClassOverview.of(rooms, 0);
        assertThat(full.rooms()).hasSize(ClassOverview.LISTED);
        assertThat(full.left()).isEqualTo(4);
        assertThat(full.rooms()).extracting(RoomOverview::phase).doesNotContain("ended", "lobby");
    }
}
