package org.truce.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A room's journal, its file of record ({@link JournalFile}): lines are appended on the room's
 * executor and forced to disk on the fsync pool, one force at a time per room (group commit),
 * while the room's messages wait in its {@link Outbox}. When a line cannot be written the journal
 * is broken: the room refuses moves rather than show unrecorded ones until {@link #retry} finds
 * the disk writable again. Touched only on the room's executor (except {@link #broken()}).
 */
final class RoomJournal {
    private static final Logger LOG = LoggerFactory.getLogger(RoomJournal.class);

    /** One journal line (or a few, written as one append). */
    interface Entry {
        void writeTo(JournalFile file) throws IOException;
    }

    private final String code;
    private final Rooms hall;
    private final SerialExecutor executor;
    /** True while the room is an idle lobby: its file need not stay open between appends. */
    private final BooleanSupplier lobby;
    /** A line could not be written or forced (the room pauses). */
    private final Consumer<IOException> failed;
    private JournalFile file;
    /** A force is in flight on the fsync pool. */
    private boolean forcing;
    /** Closed: everything was forced and the file closed; nothing more is written. */
    private boolean closed;
    /** A line could not be written; read by the sweeper. */
    private volatile boolean broken;

    RoomJournal(String code, Rooms hall, SerialExecutor executor, BooleanSupplier lobby, Consumer<IOException> failed) {
        this.code = code;
        this.hall = hall;
        this.executor = executor;
        this.lobby = lobby;
        this.failed = failed;
    }

    Path path() {
        return JournalFile.fileFor(hall.roomsDir(), code);
    }

    /** Writes {@code entry}; messages sent from now on wait until it is on disk. */
    void append(Entry entry) throws IOException {
        entry.writeTo(file());
        journaled();
    }

    /** Writes {@code entry}; if it cannot be, the journal breaks (the room is told) and this returns false. */
    boolean tryAppend(Entry entry) {
        try {
            append(entry);
            return true;
        } catch (IOException e) {
            failed.accept(e);
            return false;
        }
    }

    /** The journal could not be written: the room is paused until {@link #retry} works. */
    boolean broken() {
        return broken;
    }

    /** Marks the journal broken; true if it was not already. */
    boolean breaks() {
        boolean was = broken;
        broken = true;
        return !was;
    }

    /** A force is in flight (tests: the room is waiting for the disk). */
    boolean forcing() {
        return forcing;
    }

    /**
     * A broken journal tries again: a probe line is written (a fresh file handle). True if that
     * worked and the journal is no longer broken.
     */
    boolean retry() {
        if (closed || forcing) {
            return false;
        }
        try {
            if (file != null) {
                drop(false, "the failed journal");
            }
            file().probe();
        } catch (IOException e) {
            LOG.debug("room {}: journal still cannot be written: {}", code, e.toString());
            return false;
        }
        broken = false;
        return true;
    }

    /** Forces and closes the file; what was held back for it goes out (or is dropped if that fails). */
    void close() {
        closed = true;
        if (file != null) {
            try {
                file.close(); // forces first: what is held back may go out
                executor.outbox().released(executor.outbox().written());
            } catch (IOException e) {
                LOG.warn("room {}: closing its journal: {}", code, e.getMessage());
                executor.outbox().failed();
            }
            file = null;
        }
    }

    /** A new room's set-up could not be written: no file stays behind. */
    void discard() {
        if (file != null) {
            drop(false, "the unwritten journal");
        }
        try {
            Files.deleteIfExists(path());
        } catch (IOException e) {
            LOG.warn("room {}: cannot remove its unwritten journal: {}", code, e.toString());
        }
    }

    private JournalFile file() throws IOException {
        if (file == null) {
            file = hall.journalOpener.open(path());
        }
        return file;
    }

    /**
     * A line was written (not yet forced). Messages from now on wait in the room's {@link Outbox};
     * a force starts on the fsync pool unless one is in flight, in which case the next force covers
     * this line and any others written meanwhile (group commit per room).
     */
    private void journaled() {
        executor.outbox().appended();
        if (!forcing) {
            startForce();
        }
    }

    private void startForce() {
        forcing = true;
        long target = executor.outbox().written();
        JournalFile f = file;
        Runnable force = () -> {
            IOException err = null;
            try {
                f.force();
            } catch (IOException e) {
                err = e;
            }
            IOException failure = err;
            executor.execute(() -> forced(target, failure));
        };
        try {
            hall.fsync().execute(force);
        } catch (RejectedExecutionException e) {
            force.run(); // shutting down: force on this thread
        }
    }

    /** On the room's executor: lines up to {@code target} are on disk (or the force failed). */
    private void forced(long target, IOException err) {
        forcing = false;
        if (closed) {
            return; // close() forced and let everything out
        }
        Outbox o = executor.outbox();
        if (err != null) {
            o.failed();
            failed.accept(err);
            return;
        }
        if (o.written() == target && file != null && lobby.getAsBoolean()) {
            // an idle lobby keeps no file open (thousands of lobbies must not use up descriptors);
            // everything is on disk, so nothing is lost; the next write reopens it
            drop(true, "its idle journal");
        }
        o.released(target);
        if (o.written() > target) {
            startForce();
        }
    }

    /**
     * Lets the open file go ({@code forced}: everything in it is on disk already, so it is not
     * forced again); a close that fails is only noted, as {@code which} file, since nothing more
     * is written to it.
     */
    private void drop(boolean forced, String which) {
        JournalFile old = file;
        file = null;
        try {
            if (forced) {
                old.closeForced();
            } else {
                old.close();
            }
        } catch (IOException e) {
            LOG.debug("room {}: closing {}: {}", code, which, e.toString());
        }
    }
}
