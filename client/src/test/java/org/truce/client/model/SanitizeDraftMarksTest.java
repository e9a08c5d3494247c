package org.truce.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.truce.shared.analysis.DraftMark;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.ServerMessage;

/** A game_over's drafts arrive clean (printable names, no null entries, only real numbers); an older server's has none. */
class SanitizeDraftMarksTest {
    private static ServerMessage.GameOver decode(String drafts) {
        String line = "{\"type\":\"game_over\",\"round\":2,\"results\":{},\"briefs\":{}" + drafts + "}";
        return (ServerMessage.GameOver) Sanitize.message(ProtocolCodec.decodeServer(line).message());
    }

    @Test
    void draftsAreCleanedAndAnOlderServersGameOverHasNone() {
        ServerMessage.GameOver g = decode(",\"drafts\":[null,{\"round\":1,\"by\":\"U\\u001b[2JA\",\"paretoOptimal\":true,\"nash\":false,"
                + "\"noDeal\":{\"UA\":56,\"RU\":null},\"gainForAll\":-3},{\"round\":2,\"by\":\"RU\",\"nash\":true,\"gainForAll\":4.5}]");
        assertThat(g.drafts()).hasSize(2);
        DraftMark one = g.drafts().get(0);
        assertThat(one.by()).isEqualTo("U [2JA");
        assertThat(one.paretoOptimal()).isTrue();
        assertThat(one.noDeal()).containsExactly(java.util.Map.entry("UA", 56.0));
        assertThat(one.gainForAll()).as("no gain is not a gain").isNull();
        DraftMark two = g.drafts().get(1);
        assertThat(two.nash()).isTrue();
        assertThat(two.noDeal()).as("missing: empty").isEmpty();
        assertThat(two.gainForAll()).isEqualTo(4.5);

        assertThat(decode("").drafts()).as("an older server").isNull();
    }
}
