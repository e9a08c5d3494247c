package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.shared.protocol.ServerParts;

/** The lobby's room line counts a team's players at the table, not those away (they quit during the game). */
class TeamAwayLobbyTest {
    @Test
    void aTeamsAwayPlayersAreNotCountedInTheLobby() {
        ServerParts.Seat ua = new ServerParts.Seat("UA", "human", "ana", true, null, List.of("ana", "ben", "eve"), "ana", List.of("ben"));
        ServerParts.Seat ru = new ServerParts.Seat("RU", "human", "cat", true, null);
        var room = new ServerParts.RoomSummary("AB12C", "paris-summit-4", "The Paris summit", "proposing", 2, 10, List.of(ua, ru));
        assertThat(RoomLines.describe(room, 28, 76)).contains(" 3 players");
        ServerParts.Seat all = new ServerParts.Seat("UA", "human", "ana", true, null, List.of("ana", "ben", "eve"), "ana");
        room = new ServerParts.RoomSummary("AB12C", "paris-summit-4", "The Paris summit", "proposing", 2, 10, List.of(all, ru));
        assertThat(RoomLines.describe(room, 28, 76)).contains(" 4 players");
    }
}
