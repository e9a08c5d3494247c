package org.truce.client.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.truce.client.ui.Text;
import org.truce.shared.bot.Bot;
import org.truce.shared.protocol.ServerMessage;

/** The console's answers in a teacher's words: no protocol codes, and an "all rooms" reply that fits two lines at 80 columns. */
class RepliesTest {
    @Test
    void anAllRoomsReplyOfThirtyRoomsIsGroupedByReasonAndFitsTwoStatusLines() {
        Map<String, String> skipped = new TreeMap<>();
        for (int i = 0; i < 24; i++) {
            skipped.put("R" + (10_000 + i), "the game has not started");
        }
        skipped.put("QU2K4", "the game is already paused");
        skipped.put("ZZ9ZZ", "the game is over");
        skipped.put("ZZ8ZZ", "the game is over");
        List<String> done = List.of("A1AAA", "B2BBB", "C3CCC", "D4DDD", "E5EEE");
        String s = Replies.done(new ServerMessage.Facilitated("pause", done, skipped), null);
        assertThat(s).isEqualTo("Paused 5 rooms. Skipped 24 rooms: the game has not started; 2 rooms (ZZ8ZZ, ZZ9ZZ): the game is over;"
                + " QU2K4: the game is already paused.");
        assertThat(Text.wrap(s, 79)).hasSizeLessThanOrEqualTo(2);
        assertThat(s).doesNotContain("pause:").doesNotContain("R10001");
    }

    @Test
    void oneRoomSaysWhatWasDoneWithTheAmountRemembered() {
        assertThat(Replies.done(new ServerMessage.Facilitated("add_rounds", List.of("QU2K4"), null), "Added 2 rounds in"))
                .isEqualTo("Added 2 rounds in room QU2K4.");
        assertThat(Replies.done(new ServerMessage.Facilitated("seat_bot", List.of("QU2K4"), Map.of()), null))
                .isEqualTo("Handed the seat to a bot in room QU2K4.");
        assertThat(Replies.done(new ServerMessage.Facilitated("resume", List.of(), Map.of("QU2K4", "the game is not paused")), null))
                .isEqualTo("No room changed. Skipped QU2K4: the game is not paused.");
    }

    @Test
    void aRefusalKeepsTheServersSentenceWithoutItsCode() {
        assertThat(Replies.refusal(new ServerMessage.Error("player_present", "Ukraine's player is connected")))
                .isEqualTo("Cannot: Ukraine's player is connected");
        assertThat(Replies.refusal(new ServerMessage.Error("not_started", "the game has not started"))).doesNotContain("not_started");
    }

    @Test
    void everyBotStrategyHasALineThatFitsThePicker() {
        for (String id : Bot.STRATEGIES) {
            assertThat(Replies.strategy(id)).startsWith(id).isNotEqualTo(id);
            assertThat(Text.cols(Replies.strategy(id))).isLessThanOrEqualTo(62);
        }
    }
}
