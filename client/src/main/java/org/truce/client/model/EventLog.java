package org.truce.client.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.truce.client.model.LogEntry.Kind;
import org.truce.client.model.LogLines.Placed;
import org.truce.shared.engine.Phase;
import org.truce.shared.engine.VoteStatus;
import org.truce.shared.protocol.NoticeKind;
import org.truce.shared.protocol.PublicEvent;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.protocol.ServerParts.DraftView;
import org.truce.shared.view.SeatView;

/**
 * The event log (L) of a {@link GameModel}: the chat and the table's events, each told once, in
 * its round and, within a round, in the order it happened. The table's events are told from the
 * server's {@code event} messages as they come; a full state (on a join, resume or spectate, and
 * after every change from a server without the event stream) tells those of its rounds the log
 * lacks. After a join, resume or spectate the server's replay of its recent chat is merged against
 * the lines already here. Within a round, lines the server gave a
 * version (chat, tablings, votes: see {@code EventVersions}) are ordered by it, so a rebuilt log
 * interleaves them as they happened; without versions (an older server) by arrival, a round's
 * opening first. Owned by the GUI thread, like its model.
 */
final class EventLog {
    static final int MAX_LOG = LogLines.MAX_LOG;

    private final GameModel model;
    /** The words of each line, in this seat's voice. */
    private final LogWords words;
    /** The lines in their places. */
    private final LogLines lines = new LogLines();
    /** Keys of the table's events already in the log ("v:3:RU"): each is written once, in the words of its time. */
    private final java.util.Set<String> described = new java.util.HashSet<>();
    /** Messages folded so far: the order of arrival, which is the server's order. */
    private long arrivals;
    /** Chat lines in the log, oldest first: a resume's replay is merged against them, not added twice. */
    private final List<ServerMessage.Said> chat = new ArrayList<>();
    /** Notices that arrived before this client had any state, placed once one comes. */
    private final List<LogEntry> early = new ArrayList<>();
    /** After a (re)join, the chat the server replays before its state; null otherwise. */
    private List<ServerMessage.Said> replay;
    /** A join, resume or spectate came and no state since. */
    private boolean rejoined;
    /** The parties whose vote the clock counted as a rejection, by round (from the timeout notice). */
    private final Map<Integer, java.util.Set<String>> clockVotes = new java.util.HashMap<>();
    /**
     * The place of "Your position changed" until the next state: the server sends a seat its new
     * brief before the headline's notice, which goes before that line (null: none).
     */
    private Placed position;

    /** The log of {@code model}, whose seat, names and state give the lines their words. */
    EventLog(GameModel model) {
        this.model = model;
        this.words = new LogWords(model);
    }

    /** A join, resume or spectate: the server replays its recent chat before its state. */
    void rejoin() {
        replay = new ArrayList<>();
        rejoined = true;
    }

    /** Whether a (re)join's replayed chat is still being collected. */
    boolean replaying() {
        return replay != null;
    }

    /** The replayed chat ends where anything else begins: only what this log lacks is added. */
    void endReplay() {
        mergeReplay(replay);
        replay = null;
    }

    /** A full state arrived and is now the model's view; {@code hadState}: the model held one before it. */
    void state(SeatView s, boolean hadState) {
        arrivals++;
        position = null;
        // the first state after a (re)join may show rounds this client never saw happen
        boolean live = hadState && replay == null && !rejoined;
        rejoined = false;
        describe(s, live);
        // notices that came before any state (a new client back at its seat): now, in the state's round
        for (LogEntry e : early) {
            arrivals++;
            add(e.kind(), s.round(), e.text());
        }
        early.clear();
        news(s, live);
    }

    /** A state without history (the event stream's): the events before it told what changed. */
    void streamed() {
        arrivals++;
        position = null;
        rejoined = false;
        news(model.view(), true);
    }

    /**
     * The news fired so far, as a state lists it: after a join or resume each headline the log
     * lacks is told in its round; live, the notice told it, so the state only marks it told.
     */
    private void news(SeatView s, boolean live) {
        if (s == null) {
            return;
        }
        for (ServerParts.InjectNews n : s.injects()) {
            if (live) {
                described.add("i:" + n.id());
            } else {
                event("i:" + n.id(), n.round(), arrivals, () -> LogWords.news(n.title(), n.text()), Kind.NEWS);
            }
        }
        // the facilitator's messages and actions, keyed as a caught-up event of theirs is ("x:" + its version)
        for (ServerParts.Announcement a : s.announcements()) {
            facilitated(a.round(), a.version(), () -> LogWords.announcement(a.text()), Kind.FACILITATOR, live);
        }
        for (ServerParts.Note n : s.notes()) {
            facilitated(n.round(), n.version(), () -> n.text() + ".", Kind.EVENT, live);
        }
    }

    /** One of the facilitator's lines a state lists: live, the notice told it; else told now, in its round. */
    private void facilitated(int round, int version, java.util.function.Supplier<String> words, Kind kind, boolean live) {
        if (live) {
            described.add("x:" + version);
        } else {
            event("x:" + version, round, arrivals, LogLines.key(version), words, kind);
        }
    }

    /**
     * One of the table's events, folded into the model's view ({@code after}): told now, in the
     * words of its time, placed by its {@code version}. The game's end is told by game over.
     */
    void event(PublicEvent e, int version, SeatView after) {
        arrivals++;
        if (model.names() == null) {
            return;
        }
        if (e instanceof PublicEvent.Started) {
            opening(1, after);
        } else if (e instanceof PublicEvent.Tabled t) {
            DraftView d = after.draft();
            event("t:" + t.round(), t.round(), arrivals, LogLines.key(version), () -> words.tabled(d, after.pen(), t.round()));
        } else if (e instanceof PublicEvent.Voted v) {
            boolean standIn = Boolean.TRUE.equals(v.standIn());
            event("v:" + v.round() + ":" + v.party(), v.round(), arrivals, LogLines.key(version),
                    () -> words.vote(v.party(), v.accept(), v.automatic() && !v.accept(), standIn));
        } else if (words.facilitator(e) != null) {
            facilitated(e, version);
        } else if (e instanceof PublicEvent.RoundFailed f) {
            SeatView.Round r = after.history().isEmpty() ? null : after.history().get(after.history().size() - 1);
            if (r != null && r.round() == f.round()) {
                event("f:" + f.round(), f.round(), arrivals, LogLines.key(version), () -> "Round " + f.round() + " failed" + words.why(r) + ".");
            }
            if (after.round() > f.round()) {
                opening(after.round(), after);
            }
        }
    }

    /**
     * A facilitator's action or news: live, the notice that comes with it tells it (in both modes,
     * so it is told once); an event caught up after a join or resume (no notice came) is told here.
     */
    private void facilitated(PublicEvent e, int version) {
        if (e instanceof PublicEvent.Inject i && !rejoined) {
            described.add("i:" + i.id());
        } else if (rejoined) {
            Kind kind = e instanceof PublicEvent.Inject ? Kind.NEWS : e instanceof PublicEvent.Announced ? Kind.FACILITATOR : Kind.EVENT;
            String key = e instanceof PublicEvent.Inject i ? "i:" + i.id() : "x:" + version;
            event(key, LogWords.roundOf(e, currentRound()), arrivals, LogLines.key(version), () -> words.facilitator(e), kind);
        }
    }

    /** A chat line this seat may see: collected while a replay comes in, else written now. */
    void said(ServerMessage.Said s) {
        if (replay != null) {
            replay.add(s); // placed once the state shows what this client already has
            return;
        }
        arrivals++;
        addChat(s);
    }

    /** A notice; a timeout is told by the next event or state, once, in the table's words. */
    void notice(ServerMessage.Notice n, SeatView state) {
        arrivals++;
        if (NoticeKind.fromWire(n.kind()) == NoticeKind.TIMEOUT && state != null && model.names() != null) {
            // the next state (or the clock's events) shows what the clock did; the log says it there, once
            if (state.phase() == Phase.VOTING) {
                clockVotes.put(state.round(), new java.util.HashSet<>(pendingVoters(state)));
            }
            return;
        }
        NoticeKind kind = NoticeKind.fromWire(n.kind());
        Kind k = kind == NoticeKind.ANNOUNCEMENT ? Kind.FACILITATOR : kind == NoticeKind.INJECT ? Kind.NEWS : Kind.EVENT;
        String text = k == Kind.FACILITATOR ? LogWords.announcement(n.text()) : k == Kind.NEWS ? LogWords.news(n.text()) : n.text();
        if (model.view() == null) {
            early.add(new LogEntry(k, 0, text)); // no round to place it in yet: after the state that comes next
            return;
        }
        if (k == Kind.NEWS && position != null) {
            // the headline before the line of what it did to this seat, which came first
            lines.place(new Placed(position.round(), position.seq() - 1, new LogEntry(k, position.round(), text)));
            position = null;
            return;
        }
        add(k, currentRound(), text);
    }

    /** News changed this seat's position: told now; the headline's notice, if it comes next, goes before it. */
    void positionChanged(String text) {
        arrivals++;
        position = new Placed(currentRound(), arrivals, new LogEntry(Kind.NEWS, currentRound(), text));
        lines.place(position);
    }

    /** A line that arrives now from the server (the game's end, an error), in {@code round}. */
    void arrived(Kind kind, int round, String text) {
        arrivals++;
        add(kind, round, text);
    }

    private void addChat(ServerMessage.Said s) {
        chat.add(s);
        if (chat.size() > MAX_LOG) {
            chat.remove(0);
        }
        boolean priv = !"all".equals(s.to());
        // the facilitator (no seat) reads every team's channel: each line names its team
        String team = model.party() == null && model.names() != null && s.from() != null ? "(" + model.names().party(s.from()) + "'s team) " : "(team) ";
        String text = s.onTeam() ? team + (s.by() == null ? "?" : s.by()) + ": " + s.text()
                : priv ? "(private) " + words.privateHeader(s) + ": " + s.text() : words.speaker(s) + ": " + s.text();
        long key = s.version() == null ? -1 : LogLines.key(s.version()) + (priv ? 1 : 0);
        lines.place(new Placed(s.round(), arrivals, key, new LogEntry(priv ? Kind.PRIVATE : Kind.PUBLIC, s.round(), text)));
    }

    /**
     * After a resume the server replays its recent chat: the lines this client already has are
     * the replay's start (or nothing of it); only what follows them is new.
     */
    private void mergeReplay(List<ServerMessage.Said> lines) {
        int from = ChatReplay.newFrom(chat, lines);
        for (ServerMessage.Said s : lines.subList(from, lines.size())) {
            arrivals++;
            addChat(s);
        }
    }

    private static List<String> pendingVoters(SeatView s) {
        List<String> out = new ArrayList<>();
        s.votes().forEach((p, v) -> {
            if (v == VoteStatus.PENDING) {
                out.add(p);
            }
        });
        return out;
    }

    /**
     * Writes the table's events this state shows and the log lacks: every closed round's pen,
     * draft, votes (the deciding one too) and end, then the current round's. A line is written
     * once, in its round. {@code live}: this state follows one this client saw, so what is new
     * happened now (after the chat so far); otherwise (a join, a resume) a round's opening lines
     * go before that round's chat.
     */
    private void describe(SeatView s, boolean live) {
        if (model.names() == null || s.round() < 1) {
            return;
        }
        for (SeatView.Round r : s.history()) {
            describeRound(r.round(), r.pen(), r.draft(), r.votes(), r.byClock(), r.standIns(), r.tabledAt(), r.votedAt(), s,
                    live && r.round() == s.round() - 1);
            if (!r.agreed()) {
                event("f:" + r.round(), r.round(), arrivals, () -> "Round " + r.round() + " failed" + words.why(r) + ".");
            }
        }
        if (s.phase() != Phase.ENDED) {
            describeRound(s.round(), s.pen(), s.draft(), s.votes(), null, s.standIns(), s.tabledAt(), s.votedAt(), s, live);
        }
    }

    /**
     * {@code clock}: the parties whose vote the server says the clock cast (null: none, or an older
     * server); {@code stood}: the parties whose vote a stand-in cast (null: none, or an older server),
     * told as the stand-in's, never "You"; {@code tabledAt}, {@code votedAt}: the versions of the
     * tabling and the votes (null: an older server).
     */
    private void describeRound(int round, String pen, DraftView d, Map<String, VoteStatus> votes, List<String> clock,
                               List<String> stood, Integer tabledAt, Map<String, Integer> votedAt, SeatView s, boolean live) {
        opening(round, pen, s.rounds());
        if (d != null) {
            event("t:" + round, round, live && round == s.round() ? arrivals : Long.MIN_VALUE + 1, LogLines.key(tabledAt),
                    () -> words.tabled(d, pen, round));
        }
        if (d == null || votes == null) {
            return;
        }
        // the server's word, or (an older server) the timeout notice this client saw live
        java.util.Set<String> byClock = new java.util.HashSet<>(clockVotes.getOrDefault(round, java.util.Set.of()));
        if (clock != null) {
            byClock.addAll(clock);
        }
        for (String p : model.scenario().partyIds()) {
            VoteStatus v = votes.get(p);
            if (v == null || v == VoteStatus.PENDING || (p.equals(d.by()) && !d.automatic())) {
                continue; // the author of a draft it tabled itself accepts it by tabling it
            }
            boolean yes = v == VoteStatus.ACCEPTED;
            boolean standIn = stood != null && stood.contains(p);
            event("v:" + round + ":" + p, round, arrivals, LogLines.key(votedAt == null ? null : votedAt.get(p)),
                    () -> words.vote(p, yes, !yes && byClock.contains(p), standIn));
        }
    }

    /** "Round 2 of 6: Russia holds the pen.", first in its round. */
    private void opening(int round, SeatView s) {
        opening(round, s.pen(), s.rounds());
    }

    private void opening(int round, String pen, int rounds) {
        event("h:" + round, round, Long.MIN_VALUE, () -> words.opening(round, pen, rounds));
    }

    /** Adds one of the table's events unless the log has it; its text is made only then. */
    private void event(String key, int round, long seq, java.util.function.Supplier<String> text) {
        event(key, round, seq, -1, text);
    }

    /** As {@link #event(String, int, long, java.util.function.Supplier)}, placed by {@code versionKey} where known. */
    private void event(String key, int round, long seq, long versionKey, java.util.function.Supplier<String> text) {
        event(key, round, seq, versionKey, text, Kind.EVENT);
    }

    private void event(String key, int round, long seq, java.util.function.Supplier<String> text, Kind kind) {
        event(key, round, seq, -1, text, kind);
    }

    private void event(String key, int round, long seq, long versionKey, java.util.function.Supplier<String> text, Kind kind) {
        if (described.add(key)) {
            lines.place(new Placed(round, seq, versionKey, new LogEntry(kind, round, text.get())));
        }
    }

    /** Forgets every line, before a new game. */
    void clear() {
        lines.clear();
        described.clear();
        chat.clear();
        replay = null;
        clockVotes.clear();
        early.clear();
        position = null;
    }

    /** Adds a line that happens now, in {@code round}. */
    void add(Kind kind, int round, String text) {
        lines.place(new Placed(round, arrivals, new LogEntry(kind, round, text)));
    }

    private int currentRound() {
        SeatView view = model.view();
        return view == null ? 0 : view.round();
    }

    /** The lines, in order: by round, and within a round as they happened. */
    List<LogEntry> entries() {
        return lines.entries();
    }

    /** Changes with every line added or the log cleared: the screen redraws the log when it moves. */
    int version() {
        return lines.version();
    }
}
