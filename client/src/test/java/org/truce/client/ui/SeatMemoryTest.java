package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.client.model.ClientSettings;

/** Which seat a client asks for back, and when it may take it over from another link. */
class SeatMemoryTest {

    @TempDir
    Path home;

    @Test
    void onlyASeatHandedToThisRunIsTakenOverOnReconnect() {
        SeatMemory seats = new SeatMemory();
        seats.saveIn(new ClientSettings(home.resolve("client.properties")), "localhost:7777", () -> "Ana");
        // a token read from disk: asked for, never taken from another open connection without asking
        assertThat(seats.hello("Ana", "tok").takeover()).isNull();
        assertThat(seats.hello("Ana", "tok").resume()).isEqualTo("tok");

        seats.joined("ROOM", "UA", "tok");
        assertThat(seats.hello("Ana", "tok").takeover()).isTrue(); // this run's own seat: the dead link's is replaced
        assertThat(seats.token("ROOM")).isEqualTo("tok");
        assertThat(seats.party("ROOM")).isEqualTo("UA");

        seats.lost();
        assertThat(seats.hello("Ana", "tok").takeover()).isNull();
        assertThat(seats.hello("Ana", null).takeover()).isNull();
    }

    @Test
    void aSeatBeingResumedIsRememberedUntilItIsGrantedOrRefused() {
        SeatMemory seats = new SeatMemory();
        seats.saveIn(new ClientSettings(home.resolve("client.properties")), "localhost:7777", () -> "Ana");
        seats.store("ROOM", "UA", "tok");
        seats.resuming("ROOM", true);
        assertThat(seats.resumeRoom()).isEqualTo("ROOM");
        assertThat(seats.hello("Ana", "tok").takeover()).isTrue(); // the player said yes to taking it over

        seats.refused();
        assertThat(seats.resumeRoom()).isNull();
        assertThat(seats.hello("Ana", "tok").takeover()).isNull();

        seats.forget("tok");
        assertThat(seats.token("ROOM")).isNull();
        seats.store("ROOM", null, "ignored"); // a spectator has no seat to save
        assertThat(seats.token("ROOM")).isNull();
    }

    @Test
    void withoutSettingsNothingIsSavedAndNothingBreaks() {
        SeatMemory seats = new SeatMemory();
        seats.joined("ROOM", "UA", "tok");
        assertThat(seats.token("ROOM")).isNull();
        assertThat(seats.token("ROOM", "UA")).isNull();
        assertThat(seats.party("ROOM")).isNull();
    }
}
