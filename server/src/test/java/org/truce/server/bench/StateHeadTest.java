package org.truce.server.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.truce.shared.engine.Phase;

/** The bench's state scanner: phase, round and pen from a state's head, nothing from the draft or other messages. */
class StateHeadTest {
    private static ByteBuf line(String s) {
        return Unpooled.copiedBuffer(s, StandardCharsets.UTF_8);
    }

    @Test
    void readsPhaseRoundAndPenFromTheHead() {
        ByteBuf b = line("{\"type\":\"state\",\"room\":\"K7M2Q\",\"scenario\":\"paris-summit\",\"phase\":\"voting\","
                + "\"round\":12,\"rounds\":50,\"pen\":\"RU\",\"draft\":{\"terms\":{}},\"history\":[]}");
        assertThat(StateHead.scan(b)).isEqualTo(new StateHead(Phase.VOTING, 12, "RU"));
        assertThat(b.readerIndex()).isZero(); // the line is left for whoever reads it next
    }

    @Test
    void aPenOnlyInTheDraftIsNoPen() {
        ByteBuf b = line("{\"type\":\"state\",\"room\":\"K7M2Q\",\"phase\":\"ended\",\"round\":3,\"rounds\":10,"
                + "\"draft\":{\"pen\":\"UA\"}}");
        assertThat(StateHead.scan(b)).isEqualTo(new StateHead(Phase.ENDED, 3, null));
    }

    @Test
    void otherMessagesAreNotStates() {
        assertThat(StateHead.scan(line("{\"type\":\"welcome\",\"protocol\":1}"))).isNull();
        assertThat(StateHead.scan(line("{\"type\""))).isNull();
    }

    @Test
    void aStateWithoutAKnownPhaseIsRefusedLoudly() {
        assertThatThrownBy(() -> StateHead.scan(line("{\"type\":\"state\",\"round\":1}")))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("state head not understood");
        assertThatThrownBy(() -> StateHead.scan(line("{\"type\":\"state\",\"phase\":\"haggling\",\"round\":1}")))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("state head not understood");
    }
}
