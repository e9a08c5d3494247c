package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A brief reaches its own seat only, private chat its two ends only, spectators public state only. */
@Timeout(30)
class ConfidentialityTest {
    @TempDir
    Path dir;

    @Test
    void briefsAndPrivateChatStayPrivateUntilTheEnd() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire ua = Wire.hello(server.address(), "ua");
             Wire ru = Wire.hello(server.address(), "ru");
             Wire us = Wire.hello(server.address(), "us");
             Wire watcher = Wire.hello(server.address(), "watch")) {
            ua.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"rounds\":1,\"turnSeconds\":0,\"voteSeconds\":0}");
            String room = ua.reply("c").get("code").getAsString();
            watcher.send("{\"type\":\"spectate\",\"id\":\"w\",\"room\":\"" + room + "\"}");
            watcher.reply("w");
            for (Object[] p : new Object[][] {{ua, "UA"}, {ru, "RU"}, {us, "US"}}) {
                Wire w = (Wire) p[0];
                w.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"" + p[1] + "\"}");
                assertThat(w.reply("j").getAsJsonObject("brief").get("party").getAsString()).isEqualTo(p[1]);
            }
            ua.state(s -> s.get("phase").getAsString().equals("proposing"));
            ua.send("{\"type\":\"say\",\"id\":\"s1\",\"to\":\"US\",\"text\":\"between us: troops are negotiable\"}");
            ua.reply("s1");
            us.until("private line", o -> "said".equals(Wire.type(o)) && o.get("text").getAsString().contains("between us"));
            ru.send("{\"type\":\"say\",\"id\":\"s2\",\"to\":\"all\",\"text\":\"hello everyone\"}");
            // RU's echo of its own public line comes after the earlier private line would have
            ru.reply("s2");
            watcher.until("public line", o -> "said".equals(Wire.type(o)) && o.get("text").getAsString().equals("hello everyone"));
            ua.until("public line", o -> "said".equals(Wire.type(o)) && o.get("text").getAsString().equals("hello everyone"));

            assertThat(ru.all()).doesNotContain("between us").doesNotContain("UA SECRET").doesNotContain("US SECRET");
            assertThat(watcher.all()).doesNotContain("between us").doesNotContain("SECRET").doesNotContain("\"brief\"")
                    .doesNotContain("seatToken");
            assertThat(ua.all()).doesNotContain("RU SECRET").doesNotContain("US SECRET");
            assertThat(us.all()).doesNotContain("UA SECRET").doesNotContain("RU SECRET");
            // nobody's token leaks to anyone else
            String uaToken = ua.transcript.stream().filter(l -> l.contains("\"joined\"")).findFirst().orElseThrow()
                    .replaceAll(".*\"seatToken\":\"([^\"]+)\".*", "$1");
            assertThat(ru.all() + us.all() + watcher.all()).doesNotContain(uaToken);

            // the one round fails (no vote from anyone would pass UA's own package untouched): game over reveals all
            ua.send("{\"type\":\"propose\",\"id\":\"p\",\"round\":1,\"terms\":{\"line\":\"c\",\"guard\":\"z\"}}");
            ua.reply("p");
            ru.send("{\"type\":\"vote\",\"id\":\"v\",\"round\":1,\"accept\":false}");
            us.send("{\"type\":\"vote\",\"id\":\"v\",\"round\":1,\"accept\":false}");
            var over = watcher.expect("game_over");
            assertThat(over.get("agreement")).isNull();
            assertThat(over.getAsJsonObject("briefs").keySet()).containsExactly("UA", "RU", "US");
            assertThat(ru.expect("game_over").toString()).contains("UA SECRET");
        }
    }
}
