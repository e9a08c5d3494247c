package org.truce.shared.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.truce.shared.engine.Event;

class PublicEventTest {

    @Test
    void anEventMessageCarriesItsKindAndVersionAndReadsBack() {
        ServerMessage.Event m = new ServerMessage.Event(4,
                new PublicEvent.Tabled(2, "ru", Map.of("ceasefire", "frozen"), false, true));
        String line = ProtocolCodec.encode(m, "\"a\"");
        assertThat(line).isEqualTo("{\"type\":\"event\",\"re\":\"a\",\"version\":4,\"event\":{\"kind\":\"tabled\",\"round\":2,"
                + "\"by\":\"ru\",\"terms\":{\"ceasefire\":\"frozen\"},\"automatic\":false,\"standIn\":true}}");
        assertThat(ProtocolCodec.decodeServer(line).message()).isEqualTo(m);
    }

    @Test
    void everyKindRoundTrips() {
        List<PublicEvent> all = List.of(new PublicEvent.Started("paris", 6, List.of("ua", "ru")),
                new PublicEvent.Voted(1, "ua", true, false, null),
                new PublicEvent.RoundFailed(1, List.of("ru"), "rejected"),
                new PublicEvent.Agreed(3, Map.of("a", "b")), new PublicEvent.NoDeal(6));
        for (PublicEvent e : all) {
            String line = ProtocolCodec.encode(new ServerMessage.Event(1, e));
            assertThat(line).contains("\"kind\":\"" + PublicEvent.kindOf(e) + "\"");
            assertThat(((ServerMessage.Event) ProtocolCodec.decodeServer(line).message()).event()).isEqualTo(e);
        }
    }

    @Test
    void theSeedAndChatStayOffThePublicStream() {
        assertThat(PublicEvent.of(new Event.GameStarted("paris", 6, List.of("ua"), 42L)))
                .isEqualTo(new PublicEvent.Started("paris", 6, List.of("ua")));
        assertThat(ProtocolCodec.encode(new ServerMessage.Event(1, PublicEvent.of(new Event.GameStarted("p", 6, List.of("ua"), 42L)))))
                .doesNotContain("seed").doesNotContain("42");
        assertThat(PublicEvent.of(new Event.Said(1, "ua", "all", "hi"))).isNull();
    }

    @Test
    void anUnknownKindIsAFieldOfTheWrongShape() {
        assertThatThrownBy(() -> ProtocolCodec.decodeServer("{\"type\":\"event\",\"version\":1,\"event\":{\"kind\":\"x\"}}"))
                .isInstanceOf(ProtocolException.class);
    }

    @Test
    void helloAndSpectateTakeSince() {
        var hello = ProtocolCodec.decodeClient("{\"type\":\"hello\",\"protocol\":1,\"resume\":\"t\",\"events\":true,\"since\":7}").message();
        assertThat(hello).isEqualTo(new ClientMessage.Hello("anonymous", 1, "t", null, true, 7));
        assertThat(ProtocolCodec.decodeClient("{\"type\":\"spectate\",\"room\":\"ABCD\",\"since\":0}").message())
                .isEqualTo(new ClientMessage.Spectate("ABCD", 0));
        assertThatThrownBy(() -> ProtocolCodec.decodeClient("{\"type\":\"spectate\",\"room\":\"ABCD\",\"since\":-1}"))
                .isInstanceOf(ProtocolException.class).extracting("code").isEqualTo(ErrorCode.BAD_FIELD);
    }
}
