package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Parties named as a sentence names them, and the closing texts. */
class RoomTextsTest {
    private final RoomTexts texts = new RoomTexts(TestServers.mini().info());

    @Test
    void partiesAsASentenceNamesThem() {
        assertThat(texts.named("UA")).isEqualTo("Ukraine");
        assertThat(texts.whose("UA")).isEqualTo("Ukraine's");
        assertThat(texts.namedList(List.of())).isEqualTo("nobody");
        assertThat(texts.namedList(List.of("UA", "RU"))).isEqualTo("Ukraine and Russia");
        assertThat(texts.named("XX")).as("an unknown party by its id").isEqualTo("XX");
        assertThat(RoomTexts.capital("the United States")).isEqualTo("The United States");
    }

    @Test
    void aClosingFromAJournalThisServerDoesNotKnowStillReads() {
        assertThat(Closing.ofJournal("facilitator")).isEqualTo(Closing.FACILITATOR);
        assertThat(Closing.ofJournal("expired")).isEqualTo(Closing.EXPIRED);
        assertThat(Closing.ofJournal("meteor")).isNull();
        assertThat(RoomTexts.closedWhy("ABCDE", null, 1800)).isEqualTo("room ABCDE was closed; choose another room");
        assertThat(RoomTexts.closedText("ABCDE", Closing.EXPIRED, 1800)).isEqualTo("room ABCDE expired: no player was there for 30 minutes");
        assertThat(RoomTexts.closedText("ABCDE", Closing.EXPIRED, 4 * 3600)).isEqualTo("room ABCDE expired: no player was there for 4 hours");
    }

    @Test
    void aFreedSeatsTokenSaysWhetherItsPlayerLeftOrTheFacilitatorFreedIt() {
        assertThat(RoomTexts.unseatedWhy("ABCDE", "Ukraine", Unseating.LEFT)).startsWith("you left Ukraine's seat in room ABCDE");
        assertThat(RoomTexts.unseatedWhy("ABCDE", "Ukraine", Unseating.FREED))
                .startsWith("the facilitator of room ABCDE freed Ukraine's seat");
        assertThat(Unseating.ofJournal("left")).isEqualTo(Unseating.LEFT);
        assertThat(Unseating.ofJournal("freed")).isEqualTo(Unseating.FREED);
    }
}
