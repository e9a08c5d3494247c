package org.truce.client.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts.RoomOverview;

/**
 * The console's selection over a hand-fed sequence of class states: it stays on its room's code as
 * the list re-sorts; a selected room that leaves the list (archived) hands the selection to the room
 * now in its place, not the top one, and takes it back if it is listed again before the teacher moves.
 */
class ClassModelSelectionTest {
    private static RoomOverview room(String code, String phase) {
        boolean ended = phase.equals("ended");
        return new RoomOverview(code, "paris-summit-4", "The Paris summit", phase, 2, 6, "UA", false, null, null, List.of(), null,
                Map.of(), List.of(), ended ? false : null, ended ? Map.of("UA", 1.0) : null, false);
    }

    private static void push(ClassModel m, RoomOverview... rooms) {
        m.classState(new ServerMessage.ClassState(List.of(rooms)), 0);
    }

    @Test
    void theSelectionFollowsItsCodeThroughReSortsAndALeftRoom() {
        ClassModel m = new ClassModel();
        push(m, room("AAAA1", "proposing"), room("BBBB2", "proposing"), room("CCCC3", "proposing"), room("DDDD4", "proposing"));
        m.move(2);
        assertThat(m.selected().code()).isEqualTo("CCCC3");
        // C ends and moves last; then A ends too
        push(m, room("AAAA1", "proposing"), room("BBBB2", "proposing"), room("DDDD4", "proposing"), room("CCCC3", "ended"));
        assertThat(m.selected().code()).isEqualTo("CCCC3");
        assertThat(m.selectedIndex()).isEqualTo(3);
        push(m, room("BBBB2", "proposing"), room("DDDD4", "proposing"), room("AAAA1", "ended"), room("CCCC3", "ended"));
        assertThat(m.selected().code()).isEqualTo("CCCC3");

        // C is archived (left out of the list): the room now at its place (the last: A), never the top one
        push(m, room("BBBB2", "proposing"), room("DDDD4", "proposing"), room("AAAA1", "ended"));
        assertThat(m.selected().code()).isEqualTo("AAAA1");
        assertThat(m.status()).isEqualTo("Room CCCC3 left the list: room AAAA1 is selected now.");
        // missing from one push only: it takes the selection back
        push(m, room("BBBB2", "proposing"), room("AAAA1", "ended"), room("CCCC3", "ended"), room("DDDD4", "ended"));
        assertThat(m.selected().code()).isEqualTo("CCCC3");

        // once the teacher moves, a room that left and comes back does not take the selection
        push(m, room("BBBB2", "proposing"), room("AAAA1", "ended"), room("DDDD4", "ended"));
        assertThat(m.selected().code()).isEqualTo("DDDD4");
        m.move(-1);
        push(m, room("BBBB2", "proposing"), room("AAAA1", "ended"), room("CCCC3", "ended"), room("DDDD4", "ended"));
        assertThat(m.selected().code()).isEqualTo("AAAA1");
    }
}
