package org.truce.client.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code truce bot HOST[:PORT] --room CODE --party P}: seats one of the game's own bots on a
 * server over the network, speaking the public JSON protocol. It knows only what its seat is told
 * ({@code joined}: the public scenario and its own brief; {@code state}; chat to it).
 */
@Command(name = "bot", mixinStandardHelpOptions = true,
        description = "Seat a bot on a server over the network (the same bots as in-process).")
public final class BotCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "HOST[:PORT]", description = "the server (port 7777 by default)")
    String server;

    @Option(names = "--room", required = true, description = "the room's join code")
    String room;

    @Option(names = "--party", required = true, description = "the seat to take, e.g. RU")
    String party;

    @Option(names = "--strategy", description = "one of ${COMPLETION-CANDIDATES} (default: the party's persona)",
            completionCandidates = Strategies.class)
    String strategy = "default";

    @Option(names = "--difficulty", description = "easy, normal or hard (default normal)")
    String difficulty = "normal";

    @Option(names = "--delay", description = "milliseconds to wait before each move (default ${DEFAULT-VALUE})")
    int delayMs = 500;

    @Option(names = "--seed", description = "seed for the bot's choices")
    long seed = System.nanoTime();

    static final class Strategies extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Strategies() {
            super(Bot.STRATEGIES);
        }
    }

    private Writer out;
    private Bot bot;
    private ScenarioInfo info;
    private final Set<String> observed = new HashSet<>();
    private String lastActed;

    @Override
    public Integer call() throws Exception {
        if (!Bot.isKnown(strategy)) {
            System.err.println("truce bot: unknown strategy '" + strategy + "' (known: " + String.join(", ", Bot.STRATEGIES) + ")");
            return 2;
        }
        Difficulty d = Difficulty.parse(difficulty);
        if (d == null) {
            System.err.println("truce bot: difficulty must be easy, normal or hard");
            return 2;
        }
        String host = server;
        int port = 7777;
        int colon = server.lastIndexOf(':');
        if (colon > 0 && server.indexOf(':') == colon) {
            host = server.substring(0, colon);
            port = Integer.parseInt(server.substring(colon + 1));
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 10_000);
            socket.setTcpNoDelay(true);
            out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            send(new ClientMessage.Hello(party + " bot (" + strategy + ")", 1, null), "hello");
            send(new ClientMessage.Join(room.toUpperCase(java.util.Locale.ROOT), party), "join");
            for (String line; (line = in.readLine()) != null; ) {
                JsonObject m = JsonParser.parseString(line).getAsJsonObject();
                String type = m.get("type").getAsString();
                switch (type) {
                    case "error":
                        System.err.println("truce bot: server says " + m.get("code").getAsString() + ": " + m.get("message").getAsString());
                        if (bot == null) {
                            return 1; // could not take the seat
                        }
                        break;
                    case "joined":
                        info = Json.gson().fromJson(m.get("scenario"), ScenarioInfo.class);
                        Brief brief = Json.gson().fromJson(m.get("brief"), Brief.class);
                        bot = Bot.create(info, brief, new Utility(info, brief), strategy, d, seed);
                        System.out.println("Seated as " + party + " in room " + m.get("room").getAsString() + " (" + bot.strategyId() + ")");
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
                        System.out.println("Game over: " + (m.has("agreement") && !m.get("agreement").isJsonNull() ? "agreement" : "no deal")
                                + " in round " + m.get("round").getAsInt() + "; " + party + " scores " + r.get("score").getAsDouble());
                        return 0;
                    case "notice":
                        System.out.println("notice: " + m.get("text").getAsString());
                        break;
                    default:
                        break;
                }
            }
            System.err.println("truce bot: the server closed the connection");
            return 1;
        }
    }

    private void onState(JsonObject m) throws IOException, InterruptedException {
        List<Event> events = events(m);
        GameState state = GameState.replay(info, events);
        for (Event e : events) {
            if (observed.add(key(e))) {
                bot.observe(e);
            }
        }
        String now = state.round() + ":" + state.phase();
        if (now.equals(lastActed)) {
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
        if (a.command() instanceof org.truce.shared.engine.Command.Propose p) {
            send(new ClientMessage.Propose(p.round(), p.terms()), "p" + p.round());
        } else if (a.command() instanceof org.truce.shared.engine.Command.Vote v) {
            send(new ClientMessage.Vote(v.round(), v.accept()), "v" + v.round());
        }
        if (a.line() != null && !a.line().isBlank()) {
            send(new ClientMessage.Say("all", a.line()), null);
        }
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
    private List<Event> events(JsonObject s) {
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
                addDraft(out, r.getAsJsonObject("draft"), r.getAsJsonObject("votes"), rejected);
            }
            if (r.get("agreed").getAsBoolean()) {
                out.add(new Event.Agreed(round, terms(r.getAsJsonObject("draft").getAsJsonObject("terms"))));
            } else {
                out.add(new Event.RoundFailed(round, rejected, rejected.isEmpty() ? "no draft tabled in time" : "rejected"));
            }
        }
        if (!phase.equals("ended") && s.has("draft") && !s.get("draft").isJsonNull()) {
            addDraft(out, s.getAsJsonObject("draft"), s.getAsJsonObject("votes"), new ArrayList<>());
        }
        return out;
    }

    private void addDraft(List<Event> out, JsonObject draft, JsonObject votes, List<String> rejected) {
        int round = draft.get("round").getAsInt();
        String by = draft.get("by").getAsString();
        out.add(new Event.Tabled(round, by, terms(draft.getAsJsonObject("terms")), draft.get("automatic").getAsBoolean()));
        for (String p : info.partyIds()) {
            JsonElement v = votes == null ? null : votes.get(p);
            if (p.equals(by) || v == null) {
                continue;
            }
            if (v.getAsString().equals("accepted")) {
                out.add(new Event.Voted(round, p, true, false));
            } else if (v.getAsString().equals("rejected")) {
                out.add(new Event.Voted(round, p, false, false));
                rejected.add(p);
            }
        }
    }

    private static Map<String, String> terms(JsonObject o) {
        Map<String, String> m = new LinkedHashMap<>();
        o.entrySet().forEach(e -> m.put(e.getKey(), e.getValue().getAsString()));
        return m;
    }

    private void send(ClientMessage m, String id) throws IOException {
        out.write(ProtocolCodec.encode(m, id) + "\n");
        out.flush();
    }

}
