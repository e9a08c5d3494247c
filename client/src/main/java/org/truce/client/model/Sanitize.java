package org.truce.client.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.truce.shared.protocol.PublicEvent;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.protocol.ServerParts.DraftView;
import org.truce.shared.protocol.ServerParts.RoomSummary;
import org.truce.shared.protocol.ServerParts.RoundView;
import org.truce.shared.protocol.ServerParts.Seat;
import org.truce.shared.protocol.ServerMessage.State;
import org.truce.shared.scenario.Brief;
import org.truce.shared.scenario.Option;
import org.truce.shared.scenario.Party;
import org.truce.shared.scenario.RedLine;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Term;

/**
 * Makes a server message safe to draw, once, as it arrives: every string loses its control
 * characters (Lanterna throws on them, and a screen must not show a forged line), and missing
 * lists, maps and the phase get empty defaults so no screen meets a null (but a state's missing
 * history stays missing: the event stream sends it only once). A message too broken to repair
 * throws; the caller drops it.
 */
final class Sanitize {
    private Sanitize() {
    }

    static String s(String v) {
        return v == null ? null : LogEntry.printable(v);
    }

    /** Text in paragraphs (a brief, a summary): its line breaks stay; "\n\n" made "constitution.  Russia" of two paragraphs. */
    static String paragraphs(String v) {
        if (v == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(v.length());
        for (String line : v.replace("\r\n", "\n").split("\n", -1)) {
            b.append(LogEntry.printable(line)).append('\n');
        }
        return b.substring(0, b.length() - 1);
    }

    private static String nn(String v) {
        return v == null ? "" : LogEntry.printable(v);
    }

    private static <T> List<T> list(List<T> in, Function<T, T> f) {
        List<T> out = new ArrayList<>();
        if (in != null) {
            for (T t : in) {
                if (t != null) {
                    out.add(f.apply(t));
                }
            }
        }
        return List.copyOf(out);
    }

    private static <V> Map<String, V> map(Map<String, V> in, Function<V, V> f) {
        Map<String, V> out = new LinkedHashMap<>();
        if (in != null) {
            in.forEach((k, v) -> {
                if (k != null && v != null) {
                    out.put(s(k), f.apply(v));
                }
            });
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Map<String, String> strings(Map<String, String> in) {
        return map(in, Sanitize::s);
    }

    static ServerMessage message(ServerMessage m) {
        if (m instanceof ServerMessage.Scenarios x) {
            return new ServerMessage.Scenarios(list(x.scenarios(), Sanitize::info));
        } else if (m instanceof ServerMessage.Rooms x) {
            return new ServerMessage.Rooms(list(x.rooms(), Sanitize::room));
        } else if (m instanceof ServerMessage.Joined x) {
            return new ServerMessage.Joined(s(x.room()), s(x.party()), x.seatToken(), brief(x.brief()),
                    x.scenario() == null ? null : info(x.scenario()), s(x.role()), s(x.lead()));
        } else if (m instanceof ServerMessage.Suggested x) {
            return new ServerMessage.Suggested(s(x.by()), x.terms() == null ? null : strings(x.terms()), x.vote());
        } else if (m instanceof ServerMessage.Spectating x) {
            return new ServerMessage.Spectating(s(x.room()), x.scenario() == null ? null : info(x.scenario()));
        } else if (m instanceof State x) {
            return state(x);
        } else if (m instanceof ServerMessage.Event x) {
            return new ServerMessage.Event(x.version(), event(x.event()));
        } else if (m instanceof ServerMessage.BriefUpdate x) {
            return new ServerMessage.BriefUpdate(s(x.room()), s(x.party()), s(x.inject()), brief(x.brief()));
        } else if (m instanceof ServerMessage.Said x) {
            return new ServerMessage.Said(s(x.from()), s(x.to()), nn(x.text()), x.round(), x.standIn(), x.version(), s(x.by()));
        } else if (m instanceof ServerMessage.Notice x) {
            return new ServerMessage.Notice(s(x.kind()), nn(x.text()));
        } else if (m instanceof ServerMessage.GameOver x) {
            return new ServerMessage.GameOver(x.agreement() == null ? null : strings(x.agreement()), x.round(),
                    map(x.results(), r -> r), map(x.briefs(), Sanitize::brief), x.analysis(), epilogue(x.epilogue()),
                    x.drafts() == null ? null : list(x.drafts(), Sanitize::mark));
        } else if (m instanceof ServerMessage.Error x) {
            return new ServerMessage.Error(s(x.code()), nn(x.message()));
        } else if (m instanceof ServerMessage.RoomCreated x) {
            return new ServerMessage.RoomCreated(s(x.code()), x.facilitatorKey());
        } else if (m instanceof ServerMessage.Welcome x) {
            return new ServerMessage.Welcome(x.protocol(), s(x.server()), s(x.name()), x.facilitator());
        }
        return m;
    }

    static ScenarioInfo info(ScenarioInfo i) {
        return new ScenarioInfo(nn(i.id()), nn(i.title()), paragraphs(i.summary()), i.rounds(),
                list(i.terms(), t -> new Term(nn(t.id()), nn(t.name()), s(t.topic()),
                        list(t.options(), o -> new Option(nn(o.id()), nn(o.name()), nn(o.label()))))),
                list(i.parties(), p -> new Party(nn(p.id()), nn(p.name()), nn(p.description()),
                        list(p.declaredRedLines(), Sanitize::redLine), s(p.shortName()), article(p.article()))));
    }

    /** Only "the" is an article a name may take; anything else a server sends is dropped. */
    private static String article(String a) {
        return "the".equals(a) ? a : "";
    }

    private static RedLine redLine(RedLine r) {
        return new RedLine(s(r.term()), s(r.option()), s(r.why()), r.declared());
    }

    static Brief brief(Brief b) {
        if (b == null) {
            return null;
        }
        return new Brief(nn(b.party()), b.text() == null ? "" : paragraphs(b.text()), b.weights() == null ? Map.of() : b.weights(),
                b.scores() == null ? Map.of() : b.scores(), list(b.redLines(), Sanitize::redLine), b.noDeal(), b.persona(), b.lines(),
                list(b.news(), Sanitize::nn));
    }

    private static RoomSummary room(RoomSummary r) {
        return new RoomSummary(nn(r.code()), nn(r.scenario()), s(r.title()), nn(r.phase()), r.round(), r.rounds(),
                list(r.seats(), Sanitize::seat), s(r.outcome()));
    }

    private static Seat seat(Seat x) {
        return new Seat(nn(x.party()), s(x.occupant()), s(x.name()), x.connected(), s(x.strategy()),
                x.team() == null ? null : list(x.team(), Sanitize::nn), s(x.lead()), x.away() == null ? null : list(x.away(), Sanitize::nn));
    }

    private static DraftView draft(DraftView d) {
        return d == null ? null : new DraftView(d.round(), s(d.by()), strings(d.terms()), d.automatic(), d.standIn());
    }

    private static PublicEvent event(PublicEvent e) {
        if (e instanceof PublicEvent.Started x) {
            return new PublicEvent.Started(nn(x.scenario()), x.rounds(), list(x.parties(), Sanitize::s));
        } else if (e instanceof PublicEvent.Tabled x) {
            return new PublicEvent.Tabled(x.round(), s(x.by()), strings(x.terms()), x.automatic(), x.standIn());
        } else if (e instanceof PublicEvent.Voted x) {
            return new PublicEvent.Voted(x.round(), s(x.party()), x.accept(), x.automatic(), x.standIn());
        } else if (e instanceof PublicEvent.RoundFailed x) {
            return new PublicEvent.RoundFailed(x.round(), list(x.rejectedBy(), Sanitize::s), nn(x.reason()));
        } else if (e instanceof PublicEvent.Agreed x) {
            return new PublicEvent.Agreed(x.round(), strings(x.terms()));
        } else if (e instanceof PublicEvent.ClockExtended x) {
            return new PublicEvent.ClockExtended(x.round(), s(x.phase()), x.seconds());
        } else if (e instanceof PublicEvent.Announced x) {
            return new PublicEvent.Announced(x.round(), nn(x.text()));
        } else if (e instanceof PublicEvent.Inject x) {
            return new PublicEvent.Inject(x.round(), nn(x.id()), nn(x.title()), nn(x.text()));
        } else if (e instanceof PublicEvent.SeatHanded x) {
            return new PublicEvent.SeatHanded(x.round(), s(x.party()), s(x.strategy()));
        }
        return e;
    }

    /** A headline of the news fired so far: its words as any other server text. */
    private static ServerParts.InjectNews news(ServerParts.InjectNews n) {
        return new ServerParts.InjectNews(n.round(), nn(n.id()), nn(n.title()), nn(n.text()));
    }

    /** The epilogue's words cleaned like any server text; null stays null. */
    private static org.truce.shared.analysis.Epilogue epilogue(org.truce.shared.analysis.Epilogue e) {
        if (e == null) {
            return null;
        }
        List<org.truce.shared.analysis.Epilogue.Factor> factors = e.factors() == null ? List.of() : list(e.factors(),
                f -> new org.truce.shared.analysis.Epilogue.Factor(nn(f.term()), nn(f.name()), nn(f.option()), nn(f.label()),
                        f.points(), f.contribution(), f.best()));
        return new org.truce.shared.analysis.Epilogue(e.deal(), e.index(), factors, e.band() == null ? null : nn(e.band()),
                nn(e.narrative()), nn(e.caveat()));
    }

    /**
     * A draft's mark cleaned: its party's name printable, only finite no-deal values and utilities (a
     * missing no-deal map: empty; a missing utility map stays missing), a gain only if above 0.
     */
    private static org.truce.shared.analysis.DraftMark mark(org.truce.shared.analysis.DraftMark d) {
        Map<String, Double> noDeal = new LinkedHashMap<>();
        map(d.noDeal(), v -> v).forEach((k, v) -> {
            if (Double.isFinite(v)) {
                noDeal.put(k, v);
            }
        });
        Double gain = d.gainForAll() != null && Double.isFinite(d.gainForAll()) && d.gainForAll() > 0 ? d.gainForAll() : null;
        Map<String, Double> utility = null;
        if (d.utility() != null) {
            utility = new LinkedHashMap<>();
            for (Map.Entry<String, Double> e : map(d.utility(), v -> v).entrySet()) {
                if (e.getValue() != null && Double.isFinite(e.getValue())) {
                    utility.put(e.getKey(), e.getValue());
                }
            }
            utility = java.util.Collections.unmodifiableMap(utility);
        }
        return new org.truce.shared.analysis.DraftMark(d.round(), s(d.by()), d.paretoOptimal(), d.nash(),
                java.util.Collections.unmodifiableMap(noDeal), gain, utility);
    }

    private static State state(State x) {
        return new State(s(x.room()), s(x.scenario()), nn(x.phase()), x.round(), x.rounds(), s(x.pen()), draft(x.draft()),
                strings(x.votes()), list(x.seats(), Sanitize::seat), x.deadline(),
                x.remainingMs() == null || x.remainingMs() < 0 ? null : x.remainingMs(),
                x.version(), x.tabledAt(), x.votedAt() == null ? null : map(x.votedAt(), v -> v),
                x.standIns() == null ? null : list(x.standIns(), Sanitize::s), x.paused(),
                x.injects() == null ? null : list(x.injects(), Sanitize::news),
                x.announcements() == null ? null : list(x.announcements(), a -> new ServerParts.Announcement(a.round(), nn(a.text()),
                        a.version())),
                x.notes() == null ? null : list(x.notes(), n -> new ServerParts.Note(n.round(), nn(n.text()), n.version())),
                x.history() == null ? null : list(x.history(), r -> new RoundView(r.round(), s(r.pen()), draft(r.draft()), strings(r.votes()), r.agreed(),
                        r.byClock() == null ? null : list(r.byClock(), Sanitize::s), r.tabledAt(),
                        r.votedAt() == null ? null : map(r.votedAt(), v -> v),
                        r.standIns() == null ? null : list(r.standIns(), Sanitize::s))),
                s(x.you()));
    }
}
