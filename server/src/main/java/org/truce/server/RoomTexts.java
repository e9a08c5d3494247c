package org.truce.server;

import java.util.ArrayList;
import java.util.List;
import org.truce.shared.engine.Draft;
import org.truce.shared.engine.GameState;
import org.truce.shared.engine.Phase;
import org.truce.shared.scenario.ScenarioInfo;

/** What a room says to people in words: parties as a sentence names them, and why a seat or a room is gone. */
final class RoomTexts {
    private final ScenarioInfo info;

    RoomTexts(ScenarioInfo info) {
        this.info = info;
    }

    /** A party as a sentence names it: "Ukraine", "the United States". */
    String named(String party) {
        int i = info.partyIndex(party);
        if (i < 0) {
            return party;
        }
        return info.parties().get(i).inText();
    }

    /** The possessive: "Ukraine's", "the United States'". */
    String whose(String party) {
        String n = named(party);
        return n + (n.endsWith("s") ? "'" : "'s");
    }

    /** Parties as a sentence lists them: "Ukraine", "Ukraine and Russia", "Ukraine, Russia and the United States". */
    String namedList(List<String> parties) {
        List<String> names = new ArrayList<>();
        parties.forEach(p -> names.add(named(p)));
        if (names.size() <= 1) {
            return names.isEmpty() ? "nobody" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** What everyone is told when the clock of the round and phase in {@code g} runs out. */
    String ranOut(GameState g) {
        if (g.phase() == Phase.PROPOSING) {
            Draft last = g.lastDraft();
            String pen = capital(named(g.pen()));
            return last != null
                    ? pen + " ran out of time to table a draft: " + whose(last.by()) + " draft of round " + last.round()
                            + " goes back on the table"
                    : pen + " ran out of time to table a draft and there is no earlier one: round " + g.round() + " fails";
        }
        List<String> late = g.pendingVoters();
        return "Voting time ran out: " + namedList(late) + " did not vote, so "
                + (late.size() == 1 ? "that counts" : "each counts") + " as a rejection";
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Why a freed seat's token no longer works, in its player's words. Also said after a restart,
     * rebuilt from the journal (see {@link Rooms#recover}).
     */
    static String unseatedWhy(String code, String partyName, Unseating reason) {
        if (reason == Unseating.HANDED) {
            return "the facilitator of room " + code + " handed " + partyName + "'s seat to a bot while you were away:"
                    + " choose another seat or room";
        }
        return reason == Unseating.LEFT
                ? "you left " + partyName + "'s seat in room " + code + " before the game started, so it was freed for"
                + " someone else: choose a seat again"
                : "the facilitator of room " + code + " freed " + partyName + "'s seat while you were away, so it may be"
                + " someone else's now: choose a seat again";
    }

    /** What happened to a closed room (null: a reason this server does not know), for its audience. */
    /** A lobby's idle time in words: "30 minutes", "4 hours". */
    private static String idle(int seconds) {
        return seconds >= 7200 && seconds % 3600 == 0 ? seconds / 3600 + " hours" : seconds / 60 + " minutes";
    }

    static String closedText(String code, Closing reason, int lobbyIdleSeconds) {
        return reason == Closing.FACILITATOR ? "the facilitator closed room " + code
                : reason == Closing.EXPIRED ? "room " + code + " expired: no player was there for " + idle(lobbyIdleSeconds)
                : "room " + code + " was closed";
    }

    /** Why a closed room's seat tokens no longer work (also after a restart). */
    static String closedWhy(String code, Closing reason, int lobbyIdleSeconds) {
        return closedText(code, reason, lobbyIdleSeconds) + "; choose another room";
    }

    /** Why an archived game's seat tokens no longer work (also after a restart). */
    static String archivedWhy(String code) {
        return "the game in room " + code + " is over and was archived; its record stays on the server";
    }

    /**
     * One of the facilitator's actions in the words every seat is told (the notice's text, and a
     * latecomer's log line from {@code state.notes}); null for any other event (announcements and
     * news have their own).
     */
    String facilitated(org.truce.shared.engine.Event e) {
        if (e instanceof org.truce.shared.engine.Event.Paused) {
            return "Paused by the facilitator";
        } else if (e instanceof org.truce.shared.engine.Event.Resumed) {
            return "The facilitator resumed the game; the clock goes on";
        } else if (e instanceof org.truce.shared.engine.Event.ClockExtended x) {
            return "The facilitator gave the clock " + x.seconds() + " more seconds";
        } else if (e instanceof org.truce.shared.engine.Event.RoundsAdded x) {
            return "The facilitator added " + x.added() + (x.added() == 1 ? " round" : " rounds") + ": the game now has " + x.rounds();
        } else if (e instanceof org.truce.shared.engine.Event.SeatHanded x) {
            return x.strategy() == null ? capital(whose(x.party())) + " seat is free: anyone may join it"
                    : "The facilitator handed " + whose(x.party()) + " seat to a bot (" + x.strategy() + ")";
        }
        return null;
    }
}
