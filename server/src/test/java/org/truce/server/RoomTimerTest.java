package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.junit.jupiter.api.Test;

/** A room's injected time and timer. */
class RoomTimerTest {
    @Test
    void workRunsOnTheRoomsExecutorWhenTheHandTimerReachesIt() {
        HandTimer hand = new HandTimer();
        List<Runnable> executor = new ArrayList<>();
        RoomTimer timer = new RoomTimer(new MillisClock(hand), hand, executor::add);
        long start = timer.now();
        List<String> ran = new ArrayList<>();
        timer.after(1_000, () -> ran.add("due"));
        hand.advance(999);
        assertThat(executor).isEmpty();
        hand.advance(1);
        assertThat(timer.now()).isEqualTo(start + 1_000);
        assertThat(executor).hasSize(1);
        executor.get(0).run();
        assertThat(ran).containsExactly("due");
    }

    @Test
    void aStoppedTimerRunsNothingLaterAndTheCallerCarriesOn() {
        ScheduledThreadPoolExecutor stopped = new ScheduledThreadPoolExecutor(1);
        stopped.shutdownNow();
        RoomTimer timer = new RoomTimer(new MillisClock(() -> 5L), stopped, Runnable::run);
        assertThat((Object) timer.after(10, () -> { })).isNull();
        assertThat(timer.now()).isEqualTo(5L);
    }
}
