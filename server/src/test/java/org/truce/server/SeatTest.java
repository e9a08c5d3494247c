package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;
import org.truce.shared.bot.Bot;
import org.truce.shared.bot.Difficulty;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.scenario.Scenario;

/** What the table shows of each seat state. */
class SeatTest {
    @Test
    void eachSeatStateShowsAsItDidAsLooseFields() {
        Seat s = new Seat("UA");
        assertThat(s.view()).isEqualTo(new ServerParts.Seat("UA", null, null, false, null));
        assertThat(s.isFree()).isTrue();

        Session session = new Session(new EmbeddedChannel(), 1);
        s.set(new SeatState.Human("Ana", "hash", new SeatState.Present(session)));
        assertThat(s.view()).isEqualTo(new ServerParts.Seat("UA", "human", "Ana", true, null));
        assertThat(s.session()).isSameAs(session);
        assertThat(s.token()).isEqualTo("hash");

        s.set(s.human().with(new SeatState.Away(5)));
        assertThat(s.view()).isEqualTo(new ServerParts.Seat("UA", "human", "Ana", false, null));
        assertThat(s.session()).isNull();
        assertThat(s.standIn()).isFalse();

        s.set(new SeatState.Bot("boulware", "Ukraine (bot)", null));
        assertThat(s.view()).isEqualTo(new ServerParts.Seat("UA", "bot", "Ukraine (bot)", true, "boulware"));
        assertThat(s.token()).isNull();
    }

    @Test
    void theBotPlayingASeatIsTheBotSeatsAFreeSeatsStandInOrAnAbsentPlayersPersona() {
        Scenario sc = TestServers.mini();
        Bot persona = Bot.standIn(sc.info(), sc.brief("UA"), sc.utility("UA"), Difficulty.NORMAL, 1);
        Seat s = new Seat("UA");
        assertThat(s.bot()).isNull();
        s.set(new SeatState.Free(persona));
        assertThat(s.bot()).isSameAs(persona);
        assertThat(s.name()).isNull();

        Session session = new Session(new EmbeddedChannel(), 1);
        s.set(new SeatState.Human("Ana", "hash", new SeatState.Present(session)));
        assertThat(s.bot()).isNull();
        s.set(s.human().with(new SeatState.StoodIn(persona)));
        assertThat(s.bot()).isSameAs(persona);
        assertThat(s.standIn()).isTrue();
        assertThat(s.session()).isNull();
        assertThat(s.name()).isEqualTo("Ana");
        assertThat(s.view()).isEqualTo(new ServerParts.Seat("UA", "human", "Ana", false, "default"));

        s.set(new SeatState.Bot("linear", "Ukraine (bot)", persona));
        assertThat(s.bot()).isSameAs(persona);
    }
}
