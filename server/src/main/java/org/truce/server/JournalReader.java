package org.truce.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.server.JournalFile.Clock;
import org.truce.server.JournalFile.Contents;
import org.truce.server.JournalFile.CorruptJournalException;
import org.truce.server.JournalFile.SeatTaken;
import org.truce.server.JournalFile.Setup;
import org.truce.server.JournalFile.Unseated;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.EventCodec;
import org.truce.shared.json.Json;

/** Reads a room's journal file ({@link JournalFile}'s lines) back into its {@link Contents}. */
final class JournalReader {
    private static final Logger LOG = LoggerFactory.getLogger(JournalReader.class);

    private JournalReader() {
    }

    /**
     * Reads a journal back, changing nothing. Only a last line without its newline is torn (a crash
     * mid-write): it is left out and reported in {@link Contents#tornAt()}. A complete line that
     * cannot be read (a newer server's record, a flipped bit) throws {@link CorruptJournalException}.
     */
    static Contents read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Setup setup = null;
        Map<String, SeatTaken> seats = new LinkedHashMap<>();
        List<Unseated> unseated = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        java.util.Set<String> standIns = new java.util.LinkedHashSet<>();
        String closed = null;
        Clock clock = null;
        Map<String, List<SeatTaken>> members = new LinkedHashMap<>();
        List<JournalFile.TeamLine> teamLines = new ArrayList<>();
        long tornAt = -1;
        int start = 0;
        while (start < bytes.length) {
            int nl = indexOf(bytes, (byte) '\n', start);
            if (nl < 0) {
                tornAt = start;
                LOG.warn("{}: torn last line ({} bytes, no newline) left out", file, bytes.length - start);
                break;
            }
            String line = new String(bytes, start, nl - start, StandardCharsets.UTF_8).strip();
            try {
                if (!line.isEmpty()) {
                    JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                    JsonElement kind = o.get("log");
                    String k = kind == null ? "" : kind.getAsString();
                    switch (k) {
                        case "room":
                            setup = hashed(Json.gson().fromJson(o, Setup.class));
                            break;
                        case "seat": {
                            SeatTaken t = Json.gson().fromJson(o, SeatTaken.class);
                            seats.put(t.party(), new SeatTaken(t.party(), t.name(), Secrets.hash(t.token())));
                            standIns.remove(t.party()); // a new player sits down: no stand-in
                            members.remove(t.party());
                            break;
                        }
                        case "unseat": {
                            String party = o.get("party").getAsString();
                            seats.remove(party);
                            standIns.remove(party);
                            members.remove(party); // the team goes with the seat
                            JsonElement token = o.get("token");
                            if (token != null && !token.isJsonNull()) {
                                JsonElement why = o.get("reason");
                                unseated.add(new Unseated(party, Secrets.hash(token.getAsString()),
                                        Unseating.ofJournal(why == null || why.isJsonNull() ? null : why.getAsString())));
                            }
                            break;
                        }
                        case "name": {
                            String party = o.get("party").getAsString();
                            SeatTaken t = seats.get(party);
                            if (t != null) {
                                seats.put(party, new SeatTaken(party, o.get("name").getAsString(), t.token()));
                            }
                            break;
                        }
                        case "member": {
                            SeatTaken m = Json.gson().fromJson(o, SeatTaken.class);
                            List<SeatTaken> team = members.computeIfAbsent(m.party(), p -> new ArrayList<>());
                            SeatTaken hashed = new SeatTaken(m.party(), m.name(), Secrets.hash(m.token()));
                            int at = indexOfToken(team, hashed.token());
                            if (at >= 0) {
                                team.set(at, hashed); // a new name
                            } else {
                                team.add(hashed);
                            }
                            break;
                        }
                        case "unmember": {
                            List<SeatTaken> team = members.get(o.get("party").getAsString());
                            if (team != null) {
                                team.removeIf(m -> m.token().equals(Secrets.hash(o.get("token").getAsString())));
                            }
                            break;
                        }
                        case "lead": {
                            String party = o.get("party").getAsString();
                            List<SeatTaken> team = members.get(party);
                            int at = team == null ? -1 : indexOfToken(team, Secrets.hash(o.get("token").getAsString()));
                            SeatTaken lead = seats.get(party);
                            if (at >= 0 && lead != null) {
                                // the member leads; the old lead is a member in their place
                                seats.put(party, team.get(at));
                                team.set(at, lead);
                                standIns.remove(party);
                            }
                            break;
                        }
                        case "team_said":
                            teamLines.add(Json.gson().fromJson(o, JournalFile.TeamLine.class));
                            break;
                        case "stand_in": {
                            String party = o.get("party").getAsString();
                            if (o.get("on").getAsBoolean()) {
                                standIns.add(party);
                            } else {
                                standIns.remove(party);
                            }
                            break;
                        }
                        case "result": // derived from the events (ResultLine): nothing to replay
                            break;
                        case "closed":
                            closed = o.get("reason").getAsString();
                            break;
                        case "clock":
                            clock = Json.gson().fromJson(o, Clock.class);
                            break;
                        case "event":
                            events.add(EventCodec.fromJson(o.getAsJsonObject("event")));
                            break;
                        case "events":
                            for (JsonElement e : o.getAsJsonArray("events")) {
                                events.add(EventCodec.fromJson(e.getAsJsonObject()));
                            }
                            break;
                        default:
                            throw new IllegalArgumentException("unknown line kind '" + k + "'");
                    }
                }
            } catch (RuntimeException e) {
                throw new CorruptJournalException(file.getFileName() + ": unreadable line at byte " + start + ": " + e.getMessage(), e);
            }
            start = nl + 1;
        }
        if (setup == null) {
            throw new CorruptJournalException(file.getFileName() + ": no room set-up line", null);
        }
        standIns.retainAll(seats.keySet());
        members.keySet().retainAll(seats.keySet());
        return new Contents(setup, new ArrayList<>(seats.values()), unseated, events, closed, tornAt, standIns, clock,
                members, teamLines);
    }

    private static int indexOfToken(List<SeatTaken> team, String hash) {
        for (int i = 0; i < team.size(); i++) {
            if (team.get(i).token().equals(hash)) {
                return i;
            }
        }
        return -1;
    }

    /** An older journal's plaintext facilitator key, hashed like a new one's. */
    private static Setup hashed(Setup s) {
        return new Setup(s.code(), s.scenario(), s.rounds(), s.turnSeconds(), s.voteSeconds(), s.difficulty(), s.seed(),
                s.botDelayMs(), s.bots(), Secrets.hash(s.facilitatorKey()), s.created(), s.forClass());
    }

    private static int indexOf(byte[] b, byte v, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
