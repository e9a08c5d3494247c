package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.shared.protocol.ServerParts;

/** The order of the {@code rooms} list, and its cap. */
class RoomListTest {
    private static ServerParts.RoomSummary room(String code, String phase) {
        return new ServerParts.RoomSummary(code, "test-mini", "Test table", phase, 0, 4, List.of());
    }

    private static List<String> codes(List<ServerParts.RoomSummary> l) {
        return l.stream().map(ServerParts.RoomSummary::code).toList();
    }

    @Test
    void gamesInProgressThenLobbiesThenEndedEachByCode() {
        List<ServerParts.RoomSummary> all = new ArrayList<>(List.of(room("E1", "ended"), room("L2", "lobby"),
                room("P2", "voting"), room("L1", "lobby"), room("P1", "proposing")));
        assertThat(codes(RoomList.listed(all, 10))).containsExactly("P1", "P2", "L1", "L2", "E1");
    }

    @Test
    void aCrowdOfLobbiesCannotPushAGameOffTheList() {
        List<ServerParts.RoomSummary> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(room("L" + i, "lobby"));
        }
        all.add(room("ZZ", "proposing"));
        assertThat(codes(RoomList.listed(all, 3))).containsExactly("ZZ", "L0", "L1");
    }
}
