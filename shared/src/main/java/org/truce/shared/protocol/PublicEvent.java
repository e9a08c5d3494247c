package org.truce.shared.protocol;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.truce.shared.engine.Event;

/**
 * A public event of a room's game as the wire carries it in an {@code event} message: what every
 * seat and spectator may see, with a {@code kind} naming the record ("started", "tabled", "voted",
 * "round_failed", "agreed", "no_deal", and the facilitator's "paused", "resumed", "clock_extended",
 * "rounds_added", "announced", "inject", "seat_handed"). Chat is not among them: a public line travels as a
 * {@code said} message with its own version, a private one reaches only its seats. The engine's
 * {@link Event} carries more (the bots' seed); {@link #of(Event)} keeps only what is public.
 */
public sealed interface PublicEvent {

    /** The game begins: round 1 of {@code rounds}, parties in turn order (the first holds the pen). */
    record Started(String scenario, int rounds, List<String> parties) implements PublicEvent {
        /** Copies the party list; refuses a null scenario ({@link NullPointerException}). */
        public Started {
            Objects.requireNonNull(scenario, "scenario");
            parties = List.copyOf(parties);
        }
    }

    /** A package is on the table; {@code automatic} when the clock re-tabled an earlier draft; {@code standIn} true or null. */
    record Tabled(int round, String by, Map<String, String> terms, boolean automatic, Boolean standIn) implements PublicEvent {
        /** Copies the terms; refuses a null author; a false stand-in flag is stored as null. */
        public Tabled {
            Objects.requireNonNull(by, "by");
            terms = Map.copyOf(terms);
            standIn = Boolean.TRUE.equals(standIn) ? Boolean.TRUE : null;
        }
    }

    /** A vote on the draft; {@code automatic} when the clock counted a missing vote as a reject; {@code standIn} true or null. */
    record Voted(int round, String party, boolean accept, boolean automatic, Boolean standIn) implements PublicEvent {
        /** Refuses a null party; a false stand-in flag is stored as null. */
        public Voted {
            Objects.requireNonNull(party, "party");
            standIn = Boolean.TRUE.equals(standIn) ? Boolean.TRUE : null;
        }
    }

    /** The round ended without agreement; the pen passes. {@code reason}: "rejected" or the clock's reason. */
    record RoundFailed(int round, List<String> rejectedBy, String reason) implements PublicEvent {
        /** Copies the rejecters; refuses a null reason. */
        public RoundFailed {
            rejectedBy = List.copyOf(rejectedBy);
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Every party accepted: the game ends with these terms (term id → option id). */
    record Agreed(int round, Map<String, String> terms) implements PublicEvent {
        /** Copies the terms (term id → option id). */
        public Agreed {
            terms = Map.copyOf(terms);
        }
    }

    /** The last round failed: the game ends without a deal. */
    record NoDeal(int round) implements PublicEvent {
    }

    /**
     * The facilitator's event kinds, added with the classroom: sent only to clients whose hello
     * named the {@code "classroom"} feature ({@link ClientMessage.Hello#CLASSROOM}); others get a
     * full state instead, so their fold stays right.
     */
    sealed interface Classroom extends PublicEvent {
        /** The round it happened in (0 in the lobby). */
        int round();
    }

    /** The facilitator paused the game: moves and clocks wait. */
    record Paused(int round) implements Classroom {
    }

    /** The facilitator resumed the game. */
    record Resumed(int round) implements Classroom {
    }

    /** The facilitator gave the current clock ({@code phase}, wire name) {@code seconds} more. */
    record ClockExtended(int round, String phase, int seconds) implements Classroom {
    }

    /** The facilitator added {@code added} rounds: the game now has {@code rounds}. */
    record RoundsAdded(int round, int added, int rounds) implements Classroom {
    }

    /** The facilitator's message to the whole room. */
    record Announced(int round, String text) implements Classroom {
        /** Refuses a null text. */
        public Announced {
            Objects.requireNonNull(text, "text");
        }
    }

    /** News fired: its id, headline and wire text (its effects reach only each party's own brief). */
    record Inject(int round, String id, String title, String text) implements Classroom {
        /** Refuses a null id, title or text. */
        public Inject {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(text, "text");
        }
    }

    /** The facilitator handed {@code party}'s seat to a bot ({@code strategy}) or freed it (strategy null). */
    record SeatHanded(int round, String party, String strategy) implements Classroom {
        /** Refuses a null party. */
        public SeatHanded {
            Objects.requireNonNull(party, "party");
        }
    }

    /** The public form of an engine event, or null for chat (which travels as {@code said}). */
    static PublicEvent of(Event e) {
        if (e instanceof Event.GameStarted g) {
            return new Started(g.scenario(), g.rounds(), g.parties());
        } else if (e instanceof Event.Tabled t) {
            return new Tabled(t.round(), t.by(), t.terms(), t.automatic(), t.standIn());
        } else if (e instanceof Event.Voted v) {
            return new Voted(v.round(), v.party(), v.accept(), v.automatic(), v.standIn());
        } else if (e instanceof Event.RoundFailed f) {
            return new RoundFailed(f.round(), f.rejectedBy(), f.reason());
        } else if (e instanceof Event.Agreed a) {
            return new Agreed(a.round(), a.terms());
        } else if (e instanceof Event.NoDealReached n) {
            return new NoDeal(n.round());
        } else if (e instanceof Event.Paused p) {
            return new Paused(p.round());
        } else if (e instanceof Event.Resumed r) {
            return new Resumed(r.round());
        } else if (e instanceof Event.ClockExtended x) {
            return new ClockExtended(x.round(), x.phase(), x.seconds());
        } else if (e instanceof Event.RoundsAdded a) {
            return new RoundsAdded(a.round(), a.added(), a.rounds());
        } else if (e instanceof Event.Announced a) {
            return new Announced(a.round(), a.text());
        } else if (e instanceof Event.InjectFired i) {
            return new Inject(i.round(), i.id(), i.title(), i.text()); // never the effects
        } else if (e instanceof Event.SeatHanded h) {
            return new SeatHanded(h.round(), h.party(), h.strategy());
        }
        return null;
    }

    /** The wire name of an event's kind, e.g. "round_failed". */
    static String kindOf(PublicEvent e) {
        return Kinds.NAMES.get(e.getClass());
    }

    /**
     * Reads and writes a {@link PublicEvent} as one object with its {@code kind} first; registered on
     * the one Gson instance ({@link org.truce.shared.json.Json}). The records themselves go through
     * Gson's own adapters (and the strict primitive ones), found past this factory.
     */
    final class Kinds implements TypeAdapterFactory {
        private static final Map<String, Class<? extends PublicEvent>> TYPES = new LinkedHashMap<>();
        private static final Map<Class<?>, String> NAMES = new LinkedHashMap<>();

        static {
            kind("started", Started.class);
            kind("tabled", Tabled.class);
            kind("voted", Voted.class);
            kind("round_failed", RoundFailed.class);
            kind("agreed", Agreed.class);
            kind("no_deal", NoDeal.class);
            kind("paused", Paused.class);
            kind("resumed", Resumed.class);
            kind("clock_extended", ClockExtended.class);
            kind("rounds_added", RoundsAdded.class);
            kind("announced", Announced.class);
            kind("inject", Inject.class);
            kind("seat_handed", SeatHanded.class);
        }

        private static void kind(String name, Class<? extends PublicEvent> c) {
            TYPES.put(name, c);
            NAMES.put(c, name);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            if (type.getRawType() != PublicEvent.class) {
                return null;
            }
            TypeAdapter<JsonElement> trees = gson.getAdapter(JsonElement.class);
            TypeAdapterFactory self = this;
            return (TypeAdapter<T>) new TypeAdapter<PublicEvent>() {
                @Override
                public void write(JsonWriter out, PublicEvent value) throws IOException {
                    if (value == null) {
                        out.nullValue();
                        return;
                    }
                    TypeAdapter<PublicEvent> delegate = (TypeAdapter<PublicEvent>) gson.getDelegateAdapter(self, TypeToken.get(value.getClass()));
                    JsonObject body = delegate.toJsonTree(value).getAsJsonObject();
                    JsonObject obj = new JsonObject();
                    obj.addProperty("kind", NAMES.get(value.getClass()));
                    body.entrySet().forEach(en -> obj.add(en.getKey(), en.getValue()));
                    trees.write(out, obj);
                }

                @Override
                public PublicEvent read(JsonReader in) throws IOException {
                    JsonElement tree = trees.read(in);
                    if (tree == null || tree.isJsonNull()) {
                        return null;
                    }
                    if (!tree.isJsonObject()) {
                        throw new JsonParseException("an event must be an object");
                    }
                    JsonElement kind = tree.getAsJsonObject().remove("kind");
                    Class<? extends PublicEvent> c = kind != null && kind.isJsonPrimitive() ? TYPES.get(kind.getAsString()) : null;
                    if (c == null) {
                        throw new JsonParseException("an event of unknown kind " + kind);
                    }
                    return gson.getDelegateAdapter(self, TypeToken.get(c)).fromJsonTree(tree);
                }
            };
        }
    }
}
