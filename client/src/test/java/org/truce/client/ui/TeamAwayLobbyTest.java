package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.shared.protocol.ServerMessage;

/** The lobby's room line counts a team's players at the table, not those away (they quit during the game). */
class TeamAwayLobbyTest {
    @Test
    void aTeamsAwayPlayersAreNotCountedInTheLobby() {
        ServerMessage.Seat ua = new ServerMessage.Seat("UA", "human", "ana", true, null, List.of("ana", "ben", "eve"), "ana", List.of("ben"));
        ServerMessage.Seat ru = new ServerMessage.Seat("RU", "human", "cat", true, null);
        var room = new ServerMessage.RoomSummary("AB12C", "paris-summit-4", "The Paris summit", "proposing", 2, 10, List.of(ua, ru));
        assertThat(RoomLines.describe(room, 28, 76)).contains(" 3 players");
        ServerMessage.Seat all = new ServerMessage.Seat("UA", "human", "ana", true, null, List.of("ana", "ben", "eve"), "ana");
        room = new ServerMessage.RoomSummary("AB12C", "paris-summit-4", "The Paris summit", "proposing", 2, 10, List.of(all, ru));
        assertThat(RoomLines.describe(room, 28, 76)).contains(" 4 players");
    }
}
