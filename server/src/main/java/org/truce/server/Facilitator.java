package org.truce.server;

import org.truce.shared.engine.Command;
import org.truce.shared.engine.Outcome;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.scenario.Inject;

/**
 * The facilitator's powers over a room: who may use them (a teacher's connection, or the room's
 * facilitator key, wrong keys counting as wrong secrets) and each request carried out through the
 * room's command pipeline, so that it is journaled and public. The room's reaction to each of the
 * facilitator's events is {@link RoomControls}'; seats change hands in {@link SeatHanding}.
 * Runs on the room's executor.
 */
final class Facilitator {
    private final Room room;
    private final SeatHanding handing;

    Facilitator(Room room) {
        this.room = room;
        this.handing = new SeatHanding(room);
    }

    /** Checks that {@code s} may run {@code f} in this room and does it (see {@link Room#facilitate}). */
    FacilitationOutcome facilitate(Session s, ClientMessage.Facilitation f) {
        FacilitationOutcome denied = authorise(s, f);
        if (denied != null) {
            return denied;
        }
        if (room.isGone()) {
            return FacilitationOutcome.refused(ErrorCode.UNKNOWN_ROOM, "room " + room.code + " is closed");
        }
        if (f instanceof ClientMessage.CloseRoom) {
            if (!room.close(Closing.FACILITATOR, s)) {
                return unrecorded();
            }
            return FacilitationOutcome.done("room " + room.code + " is closed; its record stays on the server");
        }
        if (room.journal.broken() && !room.heal()) {
            return unrecorded();
        }
        if (f instanceof ClientMessage.FreeSeat x) {
            return handing.free(x.party());
        }
        if (f instanceof ClientMessage.SeatBot x) {
            return handing.toBot(x.party(), x.strategy());
        }
        if (f instanceof ClientMessage.NameLead x) {
            return room.teams.nameLead(x.party(), x.name());
        }
        if (f instanceof ClientMessage.RemoveMember x) {
            return room.teams.removal.removeByFacilitator(x.party(), x.name());
        }
        if (f instanceof ClientMessage.AttachObserver x) {
            if (x.party() != null && room.scenario.info().partyIndex(x.party()) < 0) {
                return FacilitationOutcome.refused(ErrorCode.UNKNOWN_PARTY, "no party '"
                        + org.truce.shared.scenario.PlainText.echo(x.party()) + "' in " + room.scenario.id());
            }
            int named = room.views.attach(x.name(), x.party());
            if (named == 0) {
                return FacilitationOutcome.refused(ErrorCode.NOT_IN_TEAM, "no observer called "
                        + org.truce.shared.scenario.PlainText.echo(x.name()) + " watches room " + room.code);
            }
            if (named > 1) {
                return FacilitationOutcome.refused(ErrorCode.BAD_NAME, named + " observers called "
                        + org.truce.shared.scenario.PlainText.echo(x.name()) + " watch room " + room.code
                        + ": nobody was attached; ask them to use different names");
            }
            return FacilitationOutcome.done(x.party() == null ? x.name() + " no longer reads a team's channel"
                    : x.name() + " reads " + room.texts.whose(x.party()) + " team channel");
        }
        if (f instanceof ClientMessage.Pause) {
            return run(new Command.Pause(), "room " + room.code + " is paused");
        }
        if (f instanceof ClientMessage.Resume) {
            return run(new Command.Resume(), "room " + room.code + " goes on");
        }
        if (f instanceof ClientMessage.Extend x) {
            return extend(x.seconds());
        }
        if (f instanceof ClientMessage.AddRounds x) {
            return run(new Command.AddRounds(x.rounds()), "room " + room.code + " has " + x.rounds() + " more round(s)");
        }
        if (f instanceof ClientMessage.Announce x) {
            return run(new Command.Announce(x.text()), "announced in room " + room.code);
        }
        ClientMessage.Inject x = (ClientMessage.Inject) f;
        Inject inject = room.baseScenario.inject(x.inject());
        if (inject == null) {
            return FacilitationOutcome.refused(ErrorCode.UNKNOWN_INJECT, "no inject '" + org.truce.shared.scenario.PlainText.echo(x.inject()) + "' in " + room.scenario.id()
                    + (room.baseScenario.injects().isEmpty() ? " (it has none)" : " (injects: " + String.join(", ",
                    room.baseScenario.injects().stream().map(Inject::id).toList()) + ")"));
        }
        return run(new Command.FireInject(inject), "'" + inject.id() + "' fired in room " + room.code);
    }

    /** Null if {@code s} may facilitate this room, else why not (a wrong key counts as a wrong secret). */
    private FacilitationOutcome authorise(Session s, ClientMessage.Facilitation f) {
        if (s.teacher) {
            return null;
        }
        if (f.forAll() || f.facilitatorKey() == null) {
            return FacilitationOutcome.refused(ErrorCode.NOT_FACILITATOR, "only a facilitator may do that: greet with the"
                    + " teacher key, or send this room's facilitatorKey (from room_created)");
        }
        String guessing = room.hall.guessing(s);
        if (guessing != null) {
            return FacilitationOutcome.refused(ErrorCode.RATE_LIMITED, guessing);
        }
        if (!Secrets.matches(f.facilitatorKey(), room.setup.facilitatorKey())) {
            room.hall.wrongSecret(s);
            return FacilitationOutcome.refused(ErrorCode.BAD_KEY, "that is not this room's facilitatorKey (from room_created)");
        }
        return null;
    }

    /** {@code extend}: the engine's checks first (a started game), then the clock's: a phase without one is {@code no_clock}. */
    private FacilitationOutcome extend(int seconds) {
        Command c = new Command.ExtendClock(seconds);
        if (!room.clock.hasClock()) {
            Outcome o = room.game.decide(c); // the engine's reason first (e.g. no game started yet)
            return !o.isAccepted() ? refused(o) : FacilitationOutcome.refused(ErrorCode.NO_CLOCK, "the "
                    + room.game.state().phase().wire() + " phase of room " + room.code + " has no clock to extend");
        }
        return run(c, "room " + room.code + "'s clock has " + seconds + " s more");
    }

    /** One of the facilitator's commands through the room's pipeline; refused with the engine's reason. */
    private FacilitationOutcome run(Command c, String done) {
        Outcome o = room.game.decide(c);
        if (!o.isAccepted()) {
            return refused(o);
        }
        return room.command(c, null, null, null) ? FacilitationOutcome.done(done) : unrecorded();
    }

    static FacilitationOutcome refused(Outcome o) {
        return FacilitationOutcome.refused(ErrorCode.of(o.rejection().reason()), o.rejection().message());
    }

    static FacilitationOutcome unrecorded() {
        return FacilitationOutcome.refused(ErrorCode.SERVER_ERROR, "this room's record cannot be written");
    }
}
