package org.truce.server.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.string.StringEncoder;
import io.netty.util.CharsetUtil;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.truce.server.cli.OptionChecks;
import org.truce.shared.engine.Phase;

/**
 * Load generator: many rooms at once against a running server, every seat a human played by
 * this process over loopback. Per room, the pen holder tables on a fixed schedule (open loop:
 * {@code --rate} tablings per second per room) and everyone else votes no, so the pen goes round;
 * games last {@code --game-rounds} rounds (default 50) so rooms stay busy. Latency is from a
 * propose's <em>intended</em> send time to the moment the last seat of the room has the state
 * showing the draft, so a stalled server cannot hide behind a slowed-down client (coordinated
 * omission). Rooms' schedules are spread evenly over one period (no synchronized bursts), the
 * first {@code --warmup} seconds (default 10) run the load without recording, and the bench only
 * scans a state's first few hundred bytes (phase, round, pen) instead of parsing all of it, so
 * it stays a small fraction of the CPU it measures (it prints its own CPU use).
 *
 * <pre>java -cp client/target/truce.jar org.truce.server.bench.LoadBench --host 127.0.0.1 --port 7777 --rooms 200 --seconds 15 --rate 1</pre>
 */
public final class LoadBench {
    private final String host;
    private final int port;
    private final int roomCount;
    private final int seconds;
    private final double rate;
    private final String scenario;
    private final int rounds;
    private final int warmup;
    private final Recorder latency = new Recorder(TimeUnit.SECONDS.toNanos(60), 3);
    private final AtomicLong moves = new AtomicLong();
    private final AtomicLong games = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicBoolean limitHint = new java.util.concurrent.atomic.AtomicBoolean();
    private final CountDownLatch ready;
    private volatile boolean measuring;
    private volatile boolean stopping;
    private EventLoopGroup group;
    /** Each room's turn and vote clock (s; 0: none): a clock journals a line at every phase. */
    private int clockSeconds;

    /** The rooms get turn and vote clocks of {@code s} seconds (long enough never to run out in a bench). */
    LoadBench withClocks(int s) {
        this.clockSeconds = s;
        return this;
    }

    LoadBench(String host, int port, int rooms, int seconds, double rate, String scenario, int gameRounds, int warmup) {
        this.warmup = warmup;
        this.rounds = gameRounds;
        this.host = host;
        this.port = port;
        this.roomCount = rooms;
        this.seconds = seconds;
        this.rate = rate;
        this.scenario = scenario;
        this.ready = new CountDownLatch(rooms);
    }

    /** Options as in docs/PERFORMANCE.md ({@code --help}); bad ones are one line on stderr and exit 2. */
    public static void main(String[] args) {
        System.exit(execute(OptionChecks.utf8(System.out), OptionChecks.utf8(System.err), args));
    }

    /** Runs the bench's command line and returns the exit code (tests call this with bad options). */
    static int execute(PrintWriter out, PrintWriter err, String... args) {
        return OptionChecks.execute(new LoadBenchCommand(), out, err, args);
    }

    void run() throws Exception {
        group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        try {
            long t0 = System.nanoTime();
            List<RoomDriver> drivers = new ArrayList<>();
            for (int i = 0; i < roomCount; i++) {
                RoomDriver d = new RoomDriver(group.next());
                drivers.add(d);
                d.connect();
                if (i % 50 == 49) {
                    Thread.sleep(20); // spread the connection burst over the accept backlog
                }
            }
            if (!ready.await(60, TimeUnit.SECONDS)) {
                System.err.println("only " + (roomCount - ready.getCount()) + " of " + roomCount + " rooms got going in 60 s");
            }
            long setupMs = (System.nanoTime() - t0) / 1_000_000;
            int connections = 0;
            for (RoomDriver d : drivers) {
                connections += d.connected();
            }
            // rooms start spread evenly over one period: all tabling in the same millisecond every
            // second would measure a synchronized burst (200 rooms at once), not the offered rate
            long period = (long) (1e9 / rate);
            long begin = System.nanoTime();
            for (int i = 0; i < drivers.size(); i++) {
                RoomDriver d = drivers.get(i);
                long first = begin + period * i / drivers.size();
                d.loop.execute(() -> d.beginMeasuring(first));
            }
            if (warmup > 0) {
                System.err.printf("warm-up %d s (load on, not recorded)%n", warmup);
                Thread.sleep(warmup * 1000L);
            }
            latency.reset();
            moves.set(0);
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            measuring = true;
            Histogram interval = null;
            Histogram total = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
            for (int s = 1; s <= seconds; s++) {
                Thread.sleep(1000);
                interval = latency.getIntervalHistogram(interval);
                total.add(interval);
                System.err.printf("t=%2ds moves %,d  p50 %.2f ms  p99 %.2f ms%n", s, moves.get(),
                        interval.getValueAtPercentile(50) / 1e6, interval.getValueAtPercentile(99) / 1e6);
            }
            stopping = true;
            long elapsed = System.nanoTime() - start;
            interval = latency.getIntervalHistogram(interval);
            total.add(interval);
            double secs = elapsed / 1e9;
            long cpuEnd = processCpuNanos();
            System.out.printf("rooms %d, connections %d, set-up %d ms%n", roomCount, connections, setupMs);
            System.out.printf("moves %,d in %.1f s = %,.0f moves/s (tablings %,d = %,.0f/s), games finished %d, errors %d%n",
                    moves.get(), secs, moves.get() / secs, total.getTotalCount(), total.getTotalCount() / secs, games.get(), errors.get());
            System.out.printf("propose -> last seat's state: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms%n",
                    total.getValueAtPercentile(50) / 1e6, total.getValueAtPercentile(90) / 1e6,
                    total.getValueAtPercentile(99) / 1e6, total.getValueAtPercentile(99.9) / 1e6, total.getMaxValue() / 1e6);
            System.out.printf("bench process CPU: %.0f%% of one core while measuring%n", 100.0 * (cpuEnd - cpuStart) / elapsed);
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** One room's six seats, all on one event loop so the driver needs no locks. */
    private final class RoomDriver {
        final EventLoop loop;
        final List<Seat> seats = new ArrayList<>();
        List<String> parties;
        Map<String, String> pkg;
        String code;
        boolean counted;
        boolean live;
        int round;
        long intended;
        int seenDraft;
        boolean proposed;
        boolean finished;
        int welcomed;

        RoomDriver(EventLoop loop) {
            this.loop = loop;
        }

        int connected() {
            int n = 0;
            for (Seat s : seats) {
                n += s.channel != null && s.channel.isActive() ? 1 : 0;
            }
            return n;
        }

        void connect() {
            Seat first = new Seat(this, 0);
            seats.add(first);
            first.open(() -> {
                first.send(hello(0));
                first.send("{\"type\":\"scenarios\"}");
            });
        }

        /** A seat's hello: a room refuses a name another of its seats goes by, so each seat has its own. */
        private String hello(int seat) {
            return "{\"type\":\"hello\",\"name\":\"bench" + seat + "\",\"protocol\":1}";
        }

        void onScenarios(JsonObject m) {
            for (JsonElement e : m.getAsJsonArray("scenarios")) {
                JsonObject sc = e.getAsJsonObject();
                if (sc.get("id").getAsString().equals(scenario)) {
                    parties = new ArrayList<>();
                    sc.getAsJsonArray("parties").forEach(p -> parties.add(p.getAsJsonObject().get("id").getAsString()));
                    pkg = new LinkedHashMap<>();
                    for (JsonElement t : sc.getAsJsonArray("terms")) {
                        JsonObject term = t.getAsJsonObject();
                        pkg.put(term.get("id").getAsString(), term.getAsJsonArray("options").get(1).getAsJsonObject().get("id").getAsString());
                    }
                }
            }
            for (int i = 1; i < parties.size(); i++) {
                Seat s = new Seat(this, i);
                seats.add(s);
                int seat = i;
                s.open(() -> s.send(hello(seat)));
            }
            onWelcome();
        }

        /** The room is created once every seat's connection is greeted (seat 0 counts when the scenario is known). */
        void onWelcome() {
            if (++welcomed == (parties == null ? Integer.MAX_VALUE : parties.size())) {
                newRoom();
            }
        }

        void newRoom() {
            seats.get(0).send("{\"type\":\"create_room\",\"scenario\":\"" + scenario
                    + "\",\"rounds\":" + rounds + ",\"turnSeconds\":" + clockSeconds + ",\"voteSeconds\":" + clockSeconds
                    + ",\"botDelayMs\":0}");
        }

        void onCreated(String code) {
            this.code = code;
            for (Seat s : seats) {
                s.send("{\"type\":\"join\",\"room\":\"" + code + "\",\"party\":\"" + parties.get(s.index) + "\"}");
            }
        }

        /** Moves in flight when the clock stops may be refused (the game moved on): not errors. */
        boolean stoppingQuietly() {
            return stopping;
        }

        void beginMeasuring(long first) {
            live = true;
            scheduleProposal(first);
        }

        void onState(Seat s, StateHead st) {
            Phase phase = st.phase();
            int r = st.round();
            if (phase == Phase.PROPOSING && r == 1 && !counted && s.index == 0) {
                counted = true;
                ready.countDown();
            }
            if (phase == Phase.VOTING && r == round && s.sawRound != r) {
                s.sawRound = r;
                if (proposed && ++seenDraft == seats.size()) {
                    proposed = false;
                    if (measuring) {
                        latency.recordValue(Math.max(0, System.nanoTime() - intended));
                    }
                }
                if (!parties.get(s.index).equals(st.pen())) {
                    s.send("{\"type\":\"vote\",\"round\":" + r + ",\"accept\":false}");
                    moves.incrementAndGet();
                }
            }
            if (phase == Phase.PROPOSING && r > round && s.index == 0 && live && !stopping) {
                round = r;
                scheduleProposal(intended + (long) (1e9 / rate));
            }
            if (phase == Phase.ENDED && s.index == 0 && !finished) {
                finished = true; // the room's game is over; it stays quiet from now on
                games.incrementAndGet();
            }
        }

        void scheduleProposal(long when) {
            if (stopping || finished) {
                return;
            }
            intended = when;
            long delay = when - System.nanoTime();
            Runnable go = () -> {
                if (stopping) {
                    return;
                }
                seenDraft = 0;
                proposed = true;
                String pen = parties.get((round == 0 ? 0 : round - 1) % parties.size());
                Seat s = seats.get(parties.indexOf(pen));
                int r = round == 0 ? 1 : round;
                round = r;
                StringBuilder terms = new StringBuilder();
                pkg.forEach((k, v) -> terms.append(terms.length() == 0 ? "" : ",").append('"').append(k).append("\":\"").append(v).append('"'));
                s.send("{\"type\":\"propose\",\"round\":" + r + ",\"terms\":{" + terms + "}}");
                moves.incrementAndGet();
            };
            if (delay <= 0) {
                go.run();
            } else {
                loop.schedule(go, delay, TimeUnit.NANOSECONDS);
            }
        }
    }

    private final class Seat extends SimpleChannelInboundHandler<ByteBuf> {
        final RoomDriver room;
        final int index;
        Channel channel;
        /** The last round this seat saw a draft in (its vote is cast once). */
        int sawRound;

        Seat(RoomDriver room, int index) {
            this.room = room;
            this.index = index;
        }

        void open(Runnable then) {
            Seat self = this;
            new Bootstrap().group(room.loop).channel(NioSocketChannel.class)
                    .option(ChannelOption.TCP_NODELAY, true)
                    .handler(new ChannelInitializer<Channel>() {
                        @Override
                        protected void initChannel(Channel ch) {
                            ch.pipeline().addLast(new LineBasedFrameDecoder(1 << 20),
                                    new StringEncoder(CharsetUtil.UTF_8), self);
                        }
                    })
                    .connect(host, port).addListener((io.netty.channel.ChannelFutureListener) f -> {
                        if (f.isSuccess()) {
                            channel = f.channel(); // the listener runs before channelActive
                            then.run();
                        } else {
                            errors.incrementAndGet();
                            System.err.println("connect failed: " + f.cause());
                        }
                    });
        }

        void send(String line) {
            channel.writeAndFlush(line + "\n", channel.voidPromise());
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) throws Exception {
            channel = ctx.channel();
            super.channelActive(ctx);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ByteBuf buf) {
            StateHead head = StateHead.scan(buf);
            if (head != null) {
                room.onState(this, head);
                return;
            }
            // the rare other messages (set-up, errors) are small: decode them fully
            String line = buf.toString(StandardCharsets.UTF_8);
            JsonObject m = JsonParser.parseString(line).getAsJsonObject();
            switch (m.get("type").getAsString()) {
                case "scenarios":
                    room.onScenarios(m);
                    break;
                case "welcome":
                    if (index > 0) {
                        room.onWelcome();
                    }
                    break;
                case "room_created":
                    room.onCreated(m.get("code").getAsString());
                    break;
                case "error":
                    if (!room.stoppingQuietly()) {
                        errors.incrementAndGet();
                        if (errors.get() <= 5) {
                            System.err.println("error from server: " + line);
                        }
                        if (m.has("code") && m.get("code").getAsString().equals("rate_limited") && !limitHint.getAndSet(true)) {
                            System.err.println("the server limits rooms and connections per address: start it with"
                                    + " --trust 127.0.0.1 for a load test from the same machine (docs/PERFORMANCE.md)");
                        }
                    }
                    break;
                default:
                    break;
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            errors.incrementAndGet();
            ctx.close();
        }
    }
}
