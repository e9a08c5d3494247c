package org.truce.server;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.shared.scenario.Scenario;

/**
 * Brings the rooms back from their logs when the server starts. Never fatal: a torn last line
 * (no newline: a crash mid-write) is cut off; a file with a complete line that cannot be read is
 * renamed to {@code CODE.jsonl.corrupt} and skipped, untouched; a closed room, or a game that
 * ended longer ago than the retention time, stays on disk only (its tokens are remembered as revoked).
 */
final class RoomRecovery {
    private static final Logger log = LoggerFactory.getLogger(RoomRecovery.class);

    private final Rooms rooms;
    private final RevokedTokens revoked;

    RoomRecovery(Rooms rooms, RevokedTokens revoked) {
        this.rooms = rooms;
        this.revoked = revoked;
    }

    /** Replays every room log in the rooms folder. */
    void recover() {
        Path roomsDir = rooms.roomsDir();
        int n = 0;
        long now = System.currentTimeMillis();
        // oldest first, so that the revocations the newest logs hold are the ones remembered
        List<Map.Entry<Path, Long>> logs = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(roomsDir, "*.jsonl")) {
            files.forEach(f -> logs.add(Map.entry(f, modified(f))));
        } catch (IOException e) {
            log.error("cannot list {}: {}", roomsDir, e.getMessage());
        }
        logs.sort(Map.Entry.comparingByValue());
        for (Map.Entry<Path, Long> e : logs) {
            Path f = e.getKey();
            try {
                if (Files.size(f) == 0) {
                    // a room whose set-up never got written (an older server left these on a full disk)
                    Files.delete(f);
                    log.info("{}: empty (its room was never set up); removed", f);
                    continue;
                }
                if (recover(f, now)) {
                    n++;
                }
            } catch (RoomLog.CorruptLogException x) {
                quarantine(f, x);
            } catch (IOException | RuntimeException x) {
                log.error("{}: cannot replay, room skipped (file left as it is)", f, x);
            }
        }
        if (n > 0) {
            log.info("recovered {} room(s) from {}", n, roomsDir);
        }
    }

    /** A file's modification time (epoch ms), 0 when it cannot be read. */
    private static long modified(Path f) {
        try {
            return Files.getLastModifiedTime(f).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private boolean recover(Path f, long now) throws IOException {
        ServerConfig config = rooms.config();
        RoomLog.Contents c = RoomLog.read(f);
        String name = f.getFileName().toString();
        String expected = name.substring(0, name.length() - ".jsonl".length());
        String code = c.setup().code();
        if (!expected.equals(code)) {
            throw new RoomLog.CorruptLogException(name + ": its set-up is for room " + code, null);
        }
        Scenario sc = rooms.catalog().get(c.setup().scenario());
        // a returning player whose token was revoked before the restart still hears why
        long at = Files.getLastModifiedTime(f).toMillis();
        for (RoomLog.Unseated u : c.unseated()) {
            revoked.add(u.token(), RoomTexts.unseatedWhy(code, partyName(sc, u.party()), u.reason()));
        }
        if (c.closed() != null) {
            for (RoomLog.SeatTaken t : c.seats()) {
                revoked.add(t.token(), RoomTexts.closedWhy(code, Closing.ofJournal(c.closed()), config.limits().lobbyIdleSeconds()));
            }
            log.debug("{}: room was closed ({}); kept on disk only", f, c.closed());
            return false;
        }
        if (sc == null) {
            log.error("{}: scenario {} is not available; room skipped", f, c.setup().scenario());
            return false;
        }
        Room room = new Room(rooms, sc, c.setup(), c.events());
        if (room.isOver() && now - at >= config.limits().endedRetentionSeconds() * 1000L) {
            for (RoomLog.SeatTaken t : c.seats()) {
                revoked.add(t.token(), RoomTexts.archivedWhy(code));
            }
            return false; // a finished game: its record is on disk, no need to hold it in memory
        }
        if (c.tornAt() >= 0) {
            RoomLog.truncate(f, c.tornAt());
            log.warn("{}: torn last line cut off at byte {}", f, c.tornAt());
        }
        rooms.add(room);
        room.recovered(c.seats(), c.standIns());
        return true;
    }

    /** A party's name in a scenario, or its id if the scenario is no longer served. */
    private static String partyName(Scenario sc, String party) {
        if (sc != null && sc.info().partyIndex(party) >= 0) {
            return sc.info().party(party).name();
        }
        return party;
    }

    private static void quarantine(Path f, IOException why) {
        Path to = f.resolveSibling(f.getFileName() + ".corrupt");
        try {
            Files.move(f, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            log.error("{}: {}; renamed to {} and skipped", f, why.getMessage(), to.getFileName());
        } catch (IOException e) {
            log.error("{}: {}; skipped (cannot rename: {})", f, why.getMessage(), e.toString());
        }
    }
}
