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
 * Brings the rooms back from their journals when the server starts. Never fatal: a torn last line
 * (no newline: a crash mid-write) is cut off; a file with a complete line that cannot be read is
 * renamed to {@code CODE.jsonl.corrupt} and skipped, untouched; a closed room, or a game that
 * ended longer ago than the retention time, stays on disk only (its tokens are remembered as revoked).
 */
final class RoomRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(RoomRecovery.class);

    private final Rooms rooms;
    private final RevokedTokens revoked;

    RoomRecovery(Rooms rooms, RevokedTokens revoked) {
        this.rooms = rooms;
        this.revoked = revoked;
    }

    /** Replays every room journal in the rooms folder. */
    void recover() {
        Path roomsDir = rooms.roomsDir();
        int n = 0;
        long now = System.currentTimeMillis();
        // oldest first, so that the revocations the newest journals hold are the ones remembered
        List<Map.Entry<Path, Long>> journals = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(roomsDir, "*.jsonl")) {
            files.forEach(f -> journals.add(Map.entry(f, modified(f))));
        } catch (IOException e) {
            LOG.error("cannot list {}: {}", roomsDir, e.getMessage());
        }
        journals.sort(Map.Entry.comparingByValue());
        for (Map.Entry<Path, Long> e : journals) {
            Path f = e.getKey();
            try {
                if (Files.size(f) == 0) {
                    // a room whose set-up never got written (an older server left these on a full disk)
                    Files.delete(f);
                    LOG.info("{}: empty (its room was never set up); removed", f);
                    continue;
                }
                if (recover(f, now)) {
                    n++;
                }
            } catch (JournalFile.CorruptJournalException x) {
                quarantine(f, x);
            } catch (IOException | RuntimeException x) {
                LOG.error("{}: cannot replay, room skipped (file left as it is)", f, x);
            }
        }
        if (n > 0) {
            LOG.info("recovered {} room(s) from {}", n, roomsDir);
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
        JournalFile.Contents c = JournalFile.read(f);
        String name = f.getFileName().toString();
        String expected = name.substring(0, name.length() - ".jsonl".length());
        String code = c.setup().code();
        if (!expected.equals(code)) {
            throw new JournalFile.CorruptJournalException(name + ": its set-up is for room " + code, null);
        }
        Scenario sc = rooms.catalog().get(c.setup().scenario());
        // a returning player whose token was revoked before the restart still hears why
        long at = Files.getLastModifiedTime(f).toMillis();
        for (JournalFile.Unseated u : c.unseated()) {
            revoked.add(u.token(), RoomTexts.unseatedWhy(code, partyName(sc, u.party()), u.reason()));
        }
        if (c.closed() != null) {
            for (JournalFile.SeatTaken t : c.seats()) {
                int idle = Room.lobbyIdleSeconds(config.limits(), c.setup());
                revoked.add(t.token(), RoomTexts.closedWhy(code, Closing.ofJournal(c.closed()), idle));
            }
            LOG.debug("{}: room was closed ({}); kept on disk only", f, c.closed());
            return false;
        }
        if (sc == null) {
            LOG.error("{}: scenario {} is not available; room skipped", f, c.setup().scenario());
            return false;
        }
        Room room = new Room(rooms, sc, c.setup(), c.events());
        if (room.isOver() && now - at >= config.limits().endedRetentionSeconds() * 1000L) {
            for (JournalFile.SeatTaken t : c.seats()) {
                revoked.add(t.token(), RoomTexts.archivedWhy(code));
            }
            c.members().values().forEach(team -> team.forEach(t -> revoked.add(t.token(), RoomTexts.archivedWhy(code))));
            return false; // a finished game: its record is on disk, no need to hold it in memory
        }
        if (c.tornAt() >= 0) {
            JournalFile.truncate(f, c.tornAt());
            LOG.warn("{}: torn last line cut off at byte {}", f, c.tornAt());
        }
        rooms.add(room);
        room.recovered(c.seats(), c.standIns(), c.clock());
        room.recoveredTeams(c.members(), c.teamLines()); // as the seats: before anyone can reach the room
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
            LOG.error("{}: {}; renamed to {} and skipped", f, why.getMessage(), to.getFileName());
        } catch (IOException e) {
            LOG.error("{}: {}; skipped (cannot rename: {})", f, why.getMessage(), e.toString());
        }
    }
}
