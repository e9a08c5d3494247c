package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw TCP: a private question to a bot seat gets a private answer about the term asked, a public
 * question to all gets public answers from the bot seats, and another seat's private chat with a
 * bot stays between them.
 */
class TalkToBotsTest {
    @TempDir
    Path dir;

    @Test
    void privateAndPublicQuestionsGetRelevantAnswersAndPrivateChatStaysPrivate() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire ua = Wire.hello(server.address(), "ua"); Wire us = Wire.hello(server.address(), "us")) {
            String room = HardeningTest.create(ua, "c", "\"RU\":\"linear\"", "");
            HardeningTest.join(ua, room, "UA");
            HardeningTest.join(us, room, "US");
            ua.state(s -> s.get("phase").getAsString().equals("proposing"));

            // the United States asks Russia privately about the guarantees: only it reads the answer
            us.send("{\"type\":\"say\",\"id\":\"q1\",\"to\":\"RU\",\"text\":\"Russia, what do you need on guarantees?\"}");
            us.reply("q1");
            JsonObject toUs = us.until("RU's answer", o -> "said".equals(Wire.type(o)) && "RU".equals(o.get("from").getAsString()));
            assertThat(toUs.get("to").getAsString()).isEqualTo("US");
            assertThat(toUs.get("text").getAsString()).contains("Guarantees").containsAnyOf("\u201cNone\u201d", "\u201cMonitors\u201d",
                    "\u201cTroops\u201d");

            // Ukraine asks everyone in public: the bot seat answers in public, naming its first priority
            ua.send("{\"type\":\"say\",\"id\":\"q2\",\"to\":\"all\",\"text\":\"All, what matters most to you?\"}");
            ua.reply("q2");
            JsonObject pub = ua.until("RU's public answer", o -> "said".equals(Wire.type(o)) && "RU".equals(o.get("from").getAsString()));
            assertThat(pub.get("to").getAsString()).isEqualTo("all");
            assertThat(pub.get("text").getAsString()).containsAnyOf("Ceasefire line", "Guarantees");
            us.until("the public answer reaches the US too", o -> "said".equals(Wire.type(o)) && "all".equals(o.get("to").getAsString())
                    && "RU".equals(o.get("from").getAsString()));

            // a marker bounds the wait: Ukraine never saw the US's private question or Russia's answer to it
            ua.send("{\"type\":\"ping\",\"id\":\"end\"}");
            ua.reply("end");
            assertThat(ua.all()).doesNotContain("what do you need on guarantees")
                    .doesNotContain(toUs.get("text").getAsString()).doesNotContain("\"to\":\"US\"");
        }
    }
}
