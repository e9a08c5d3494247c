package org.truce.client.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.truce.server.cli.HostPort;
import org.truce.server.cli.HostPortConverter;
import org.truce.shared.bot.Bot;
import org.truce.shared.bot.BotAction;
import org.truce.shared.bot.Difficulty;

import org.truce.shared.engine.Event;
import org.truce.shared.engine.GameState;
import org.truce.shared.json.Json;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.scenario.Brief;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Utility;
import org.truce.shared.text.Chars;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code truce bot HOST[:PORT] --room CODE --party P}: seats one of the game's own bots on a
 * server over the network, speaking the public JSON protocol. It knows only what its seat is told
 * ({@code joined}: the public scenario and its own brief; {@code state}; chat to it). A dropped link
 * is retried with backoff (at most {@value #MAX_RETRIES} times in a row), resuming the seat with its token.
 */
@Command(name = "bot", mixinStandardHelpOptions = true, sortOptions = false,
        // one string per paragraph: picocli wraps each at the help width, so a hand-made break shows as a ragged line
        description = {"Seat a bot on a server over the network (the same bots as in-process).",
                "It takes the seat, plays every move for it until the game ends, then exits. A dropped link is "
                        + "retried with backoff and the seat resumed with its token; while it waits it sends a ping "
                        + "every few minutes so the server does not close a quiet connection."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the game ended", "1:the server refused the seat, could not be reached, or broke the protocol",
                "2:bad arguments (address, strategy, difficulty)"},
        footerHeading = "%nExamples:%n",
        footer = {"  truce bot localhost --room K7M2Q --party RU",
                "  truce bot 192.168.1.20:7777 --room K7M2Q --party US --strategy conceder",
                "  truce bot localhost --room K7M2Q --party UK --difficulty hard --delay 0"})
public final class BotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "HOST[:PORT]", converter = HostPortConverter.class,
            description = "the server (port 7777 by default; an IPv6 address in brackets, as in [::1]:7777)")
    HostPort server;

    @Option(names = "--room", required = true, description = "the room's join code")
    String room;

    @Option(names = "--party", required = true, description = "the seat to take, e.g. RU")
    String party;

    @Option(names = "--strategy", paramLabel = "S", description = "one of ${COMPLETION-CANDIDATES} (default: the party's persona)",
            completionCandidates = Strategies.class)
    String strategy = "default";

    @Option(names = "--difficulty", paramLabel = "D", description = "easy, normal or hard (default normal)")
    String difficulty = "normal";

    @Option(names = "--delay", paramLabel = "MS", description = "milliseconds to wait before each move (default ${DEFAULT-VALUE})")
    int delayMs = 500;

    @Option(names = "--seed", paramLabel = "N", description = "seed for the bot's choices (default: random)")
    long seed = System.nanoTime();

    static final class Strategies extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Strategies() {
            super(Bot.STRATEGIES);
        }
    }

    /** Reconnection attempts in a row before giving up, and the longest pause between two. */
    static final int MAX_RETRIES = 8;
    static final long MAX_BACKOFF_MS = 30_000;
    /** How often a ping goes out while the bot waits: well inside the server's 10-minute idle limit. */
    long pingMs = 4 * 60_000;

    private Writer out;
    private String token;
    private boolean seated;
    private Difficulty difficultyLevel;
    private Bot bot;
    private ScenarioInfo info;
    private final Set<String> observed = new HashSet<>();
    private String lastActed;

    @Override
    public Integer call() {
        try {
            return run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (RuntimeException e) {
            // a bug of ours: one line here, never a stack trace on the player's terminal
            err("truce bot: stopped by an internal error: " + e);
            return 1;
        }
    }

    private int run() throws InterruptedException {
        if (!Bot.isKnown(strategy)) {
            err("truce bot: unknown strategy '" + strategy + "' (known: " + String.join(", ", Bot.STRATEGIES) + ")");
            return 2;
        }
        Difficulty d = Difficulty.parse(difficulty);
        difficultyLevel = d;
        party = party.toUpperCase(java.util.Locale.ROOT);
        if (d == null) {
            err("truce bot: --difficulty must be easy, normal or hard");
            return 2;
        }
        InetSocketAddress address = server.unresolved();
        if (!new OptionChecks("bot", errWriter())
                .room("--room", room)
                .party("--party", party)
                .range("--delay", delayMs, 0, 60_000).ok()) {
            return 2;
        }
        String host = address.getHostString();
        int port = address.getPort();
        int failures = 0;
        while (true) {
            Outcome o;
            try {
                o = session(host, port);
            } catch (ProtocolBroken e) {
                err("truce bot: " + e.getMessage());
                return 1;
            } catch (IOException e) {
                if (token == null && !seated) {
                    // never got in: nothing to resume, so say why once and stop
                    err("truce bot: cannot connect to " + host + ":" + port + " (" + describe(e) + ")");
                    return 1;
                }
                o = Outcome.DROPPED;
                err("truce bot: connection lost (" + describe(e) + ")");
            }
            if (o == Outcome.OVER) {
                return 0;
            }
            if (o == Outcome.REFUSED) {
                return 1;
            }
            failures = seated ? 1 : failures + 1;
            seated = false;
            if (failures > MAX_RETRIES) {
                err("truce bot: giving up after " + MAX_RETRIES + " attempts to reconnect");
                return 1;
            }
            long wait = Math.min(MAX_BACKOFF_MS, 1000L << Math.min(failures - 1, 5));
            err("truce bot: reconnecting in " + wait / 1000 + " s" + (token == null ? "" : " (resuming " + party + "'s seat)")
                    + ", attempt " + failures + " of " + MAX_RETRIES);
            Thread.sleep(wait);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.net.UnknownHostException) {
            return "unknown host " + e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private java.io.PrintWriter errWriter() {
        return spec == null ? Utf8Output.writer(System.err) : spec.commandLine().getErr();
    }

    private void err(String line) {
        java.io.PrintWriter w = errWriter();
        w.println(line);
        w.flush();
    }

    private void say(String line) {
        java.io.PrintWriter w = spec == null ? Utf8Output.writer(System.out) : spec.commandLine().getOut();
        w.println(line);
        w.flush();
    }

    /** The server sent something that is not the protocol: no point retrying. */
    private static final class ProtocolBroken extends IOException {
        private static final long serialVersionUID = 1L;

        ProtocolBroken(String message) {
            super(message);
        }
    }

    /** How one connection ended. */
    private enum Outcome { OVER, REFUSED, DROPPED }

    /** One line as a protocol message: a JSON object with a string {@code type}. */
    private static JsonObject parse(String line) throws ProtocolBroken {
        try {
            JsonElement e = org.truce.shared.json.StrictJson.parse(line); // one object, no duplicate keys
            if (e.isJsonObject() && e.getAsJsonObject().has("type") && e.getAsJsonObject().get("type").isJsonPrimitive()) {
                return e.getAsJsonObject();
            }
        } catch (org.truce.shared.json.StrictJson.Malformed e) {
            // reported below
        }
        String shown = Chars.count(line) > 60 ? Chars.prefix(line, 60) + "…" : line;
        throw new ProtocolBroken("the server does not speak the Truce protocol (it sent: " + shown.replaceAll("\\p{Cntrl}", "?") + ")");
    }

    /** One connection: hello (resuming the seat once there is a token) and play until the game ends or the link drops. */
    private Outcome session(String host, int port) throws IOException, InterruptedException {
        java.util.concurrent.ScheduledExecutorService pinger = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "truce-bot-ping");
            t.setDaemon(true);
            return t;
        });
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 10_000);
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            // the token is this bot's own from its previous link (which the server may not have seen drop yet)
            send(new ClientMessage.Hello(party + " bot (" + strategy + ")", ProtocolCodec.PROTOCOL_VERSION, token,
                    token == null ? null : Boolean.TRUE), "hello");
            if (token == null) {
                send(new ClientMessage.Join(room.toUpperCase(java.util.Locale.ROOT), party), "join");
            }
            // the server closes a connection silent for 10 minutes; a long wait for humans must not cost the seat
            pinger.scheduleAtFixedRate(() -> {
                try {
                    send(new ClientMessage.Ping(), null);
                } catch (IOException e) {
                    // the reading loop sees the broken link
                }
            }, pingMs, pingMs, java.util.concurrent.TimeUnit.MILLISECONDS);
            lastActed = null; // an action may have been lost with the old link: decide again from the state
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonObject m = parse(line);
                String type = m.get("type").getAsString();
                switch (type) {
                    case "error":
                        err("truce bot: server says " + text(m, "code") + ": " + text(m, "message"));
                        if (!seated && bot == null) {
                            return Outcome.REFUSED; // could not take the seat
                        }
                        if ("bad_token".equals(text(m, "code"))) {
                            return Outcome.REFUSED; // the seat is gone (server data wiped)
                        }
                        break;
                    case "joined":
                        seated = true;
                        token = m.has("seatToken") && !m.get("seatToken").isJsonNull() ? m.get("seatToken").getAsString() : token;
                        if (bot == null) {
                            info = Json.gson().fromJson(m.get("scenario"), ScenarioInfo.class);
                            Brief brief = Json.gson().fromJson(m.get("brief"), Brief.class);
                            bot = Bot.create(info, brief, new Utility(info, brief), strategy, difficultyLevel, seed);
                            say("Seated as " + party + " in room " + text(m, "room") + " (" + bot.strategyId() + ")");
                        } else {
                            say("Back in " + party + "'s seat in room " + text(m, "room"));
                        }
                        break;
                    case "said":
                        if (bot != null) {
                            bot.observe(new Event.Said(m.get("round").getAsInt(), m.get("from").getAsString(),
                                    m.get("to").getAsString(), m.get("text").getAsString()));
                        }
                        break;
                    case "state":
                        if (bot != null) {
                            onState(m);
                        }
                        break;
                    case "game_over":
                        JsonObject r = m.getAsJsonObject("results").getAsJsonObject(party);
                        say("Game over: " + (m.has("agreement") && !m.get("agreement").isJsonNull() ? "agreement" : "no deal")
                                + " in round " + m.get("round").getAsInt() + "; " + party + " scores " + r.get("score").getAsDouble());
                        return Outcome.OVER;
                    case "notice":
                        say("notice: " + text(m, "text"));
                        break;
                    default:
                        break;
                }
            }
            err("truce bot: the server closed the connection");
            return Outcome.DROPPED;
        } finally {
            pinger.shutdownNow();
        }
    }

    private static String text(JsonObject m, String field) {
        JsonElement e = m.get(field);
        return e == null || e.isJsonNull() ? "" : e.isJsonPrimitive() ? e.getAsString() : e.toString();
    }

    private void onState(JsonObject m) throws IOException, InterruptedException {
        List<Event> events = events(info, m);
        GameState state = GameState.replay(info, events);
        for (Event e : events) {
            if (observed.add(key(e))) {
                bot.observe(e);
            }
        }
        String now = state.round() + ":" + state.phase();
        if (now.equals(lastActed) || !myMove(m)) {
            return;
        }
        BotAction a = bot.act(state);
        if (a == null) {
            return;
        }
        lastActed = now;
        if (delayMs > 0) {
            Thread.sleep(delayMs); // this command's own thread: the pause lets humans follow
        }
        if (a.line() != null && !a.line().isBlank()) {
            // said before the move: a vote that closes the round must not push its comment into the next
            send(new ClientMessage.Say("all", a.line()), null);
        }
        if (a.command() instanceof org.truce.shared.engine.Command.Propose p) {
            send(new ClientMessage.Propose(p.round(), p.terms()), "p" + p.round());
        } else if (a.command() instanceof org.truce.shared.engine.Command.Vote v) {
            send(new ClientMessage.Vote(v.round(), v.accept()), "v" + v.round());
        }
    }

    /** Whether the state waits for this seat: its pen, or its vote still pending. */
    private boolean myMove(JsonObject s) {
        String phase = s.get("phase").getAsString();
        if (phase.equals("proposing")) {
            return s.has("pen") && !s.get("pen").isJsonNull() && party.equals(s.get("pen").getAsString());
        }
        if (phase.equals("voting")) {
            JsonObject votes = s.has("votes") && s.get("votes").isJsonObject() ? s.getAsJsonObject("votes") : null;
            return votes != null && votes.has(party) && "pending".equals(votes.get(party).getAsString());
        }
        return false;
    }

    private static String key(Event e) {
        if (e instanceof Event.Tabled t) {
            return "t" + t.round();
        }
        if (e instanceof Event.Voted v) {
            return "v" + v.round() + v.party();
        }
        if (e instanceof Event.RoundFailed f) {
            return "f" + f.round();
        }
        return e.getClass().getSimpleName();
    }

    /** The public events behind a {@code state}: enough to rebuild the same GameState here. */
    static List<Event> events(ScenarioInfo info, JsonObject s) {
        List<Event> out = new ArrayList<>();
        String phase = s.get("phase").getAsString();
        if (phase.equals("lobby")) {
            return out;
        }
        out.add(new Event.GameStarted(info.id(), s.get("rounds").getAsInt(), info.partyIds(), 0L));
        for (JsonElement h : s.getAsJsonArray("history")) {
            JsonObject r = h.getAsJsonObject();
            int round = r.get("round").getAsInt();
            List<String> rejected = new ArrayList<>();
            if (r.has("draft") && !r.get("draft").isJsonNull()) {
                addDraft(info, out, r.getAsJsonObject("draft"), r.getAsJsonObject("votes"), byClock(r), rejected);
            }
            if (r.get("agreed").getAsBoolean()) {
                out.add(new Event.Agreed(round, terms(r.getAsJsonObject("draft").getAsJsonObject("terms"))));
            } else {
                out.add(new Event.RoundFailed(round, rejected, rejected.isEmpty() ? "no draft tabled in time" : "rejected"));
            }
        }
        if (!phase.equals("ended") && s.has("draft") && !s.get("draft").isJsonNull()) {
            addDraft(info, out, s.getAsJsonObject("draft"), s.getAsJsonObject("votes"), List.of(), new ArrayList<>());
        }
        return out;
    }

    /** The parties whose vote in a history round the clock cast (none from an older server). */
    private static List<String> byClock(JsonObject round) {
        List<String> out = new ArrayList<>();
        if (round.has("byClock") && round.get("byClock").isJsonArray()) {
            round.getAsJsonArray("byClock").forEach(e -> out.add(e.getAsString()));
        }
        return out;
    }

    private static void addDraft(ScenarioInfo info, List<Event> out, JsonObject draft, JsonObject votes, List<String> byClock, List<String> rejected) {
        int round = draft.get("round").getAsInt();
        String by = draft.get("by").getAsString();
        boolean automatic = draft.get("automatic").getAsBoolean();
        out.add(new Event.Tabled(round, by, terms(draft.getAsJsonObject("terms")), automatic));
        for (String p : info.partyIds()) {
            JsonElement v = votes == null ? null : votes.get(p);
            // the author accepts a draft it tabled itself; on one the clock re-tabled it votes like everyone
            if ((p.equals(by) && !automatic) || v == null) {
                continue;
            }
            if (v.getAsString().equals("accepted")) {
                out.add(new Event.Voted(round, p, true, false));
            } else if (v.getAsString().equals("rejected")) {
                out.add(new Event.Voted(round, p, false, byClock.contains(p)));
                rejected.add(p);
            }
        }
    }

    private static Map<String, String> terms(JsonObject o) {
        Map<String, String> m = new LinkedHashMap<>();
        o.entrySet().forEach(e -> m.put(e.getKey(), e.getValue().getAsString()));
        return m;
    }

    /** Any thread (the pinger too): one whole line at a time. */
    private synchronized void send(ClientMessage m, String id) throws IOException {
        out.write(ProtocolCodec.encode(m, id) + "\n");
        out.flush();
    }

}
