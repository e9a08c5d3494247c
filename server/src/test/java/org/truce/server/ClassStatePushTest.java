package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The teachers' {@code class_state} push on hand-driven rooms and a hand clock: a new teacher's
 * first one comes from the push executor (ordered with the pushes), and after a push that took
 * {@code d} ms of the hall's time the next waits {@code 9d} ms (at most a second) on the hall's timer.
 */
@Timeout(30)
class ClassStatePushTest {
    @TempDir
    Path dir;

    /** Every line written to the connection moves the hall's clock on by {@code ms[0]} (a slow push). */
    private static void slowWrites(RoomFixture f, RoomFixture.Player t, long[] ms) {
        t.ch.pipeline().addFirst(new ChannelOutboundHandlerAdapter() {
            @Override
            public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
                if (ms[0] > 0) {
                    f.timer.advance(ms[0]);
                }
                ctx.write(msg, promise);
            }
        });
    }

    private static long classStates(RoomFixture.Player t) {
        List<JsonObject> got = t.unread();
        long n = got.stream().filter(o -> "class_state".equals(Wire.type(o))).count();
        got.clear();
        return n;
    }

    @Test
    void afterAPushThatTookTenMillisecondsTheNextWaitsNinetyOnTheHallsClock() throws Exception {
        try (RoomFixture f = new RoomFixture(dir, c -> c.withTeacherKey(ClassroomHallTest.KEY))) {
            RoomFixture.Player t = ClassroomHallTest.teacher(f);
            long[] took = {10};
            slowWrites(f, t, took);
            RoomFixture.Player p = f.connect("p");
            String code = p.create("");
            assertThat(classStates(t)).as("the first push goes at once").isEqualTo(1);
            took[0] = 0;

            p.join(code, "UA");
            assertThat(classStates(t)).as("held: the last push took 10 ms").isZero();
            f.advance(89);
            assertThat(classStates(t)).isZero();
            f.advance(1);
            assertThat(classStates(t)).as("90 ms after the slow push").isEqualTo(1);

            took[0] = 500; // 9 × 500 ms would be 4.5 s: the wait stops at one second
            RoomFixture.Player q = f.connect("q");
            q.join(code, "RU");
            assertThat(classStates(t)).as("its wait was over").isEqualTo(1);
            took[0] = 0;
            q.drop();
            f.advance(999);
            assertThat(classStates(t)).isZero();
            f.advance(1);
            assertThat(classStates(t)).isEqualTo(1);
        }
    }

    @Test
    void aNewTeachersFirstClassStateComesFromThePushExecutorAfterItsWelcome() throws Exception {
        try (RoomFixture f = new RoomFixture(dir, c -> c.withTeacherKey(ClassroomHallTest.KEY))) {
            RoomFixture.Player p = f.connect("p");
            String code = p.create("");
            RoomFixture.Player t = f.open();
            t.ch.writeInbound(Unpooled.copiedBuffer("{\"type\":\"hello\",\"id\":\"t\",\"name\":\"Ms T\",\"protocol\":1,"
                    + "\"teacherKey\":\"" + ClassroomHallTest.KEY + "\"}\n", StandardCharsets.UTF_8));
            assertThat(t.unread()).extracting(Wire::type).as("nothing sent inline, out of order with the pushes")
                    .containsExactly("welcome");
            f.settle();
            JsonObject first = t.expect("class_state");
            assertThat(first.toString()).contains(code);
        }
    }
}
