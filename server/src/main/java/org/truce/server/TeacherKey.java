package org.truce.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The server-wide teacher key in {@code DATA/teacher.key} (owner-only): made once at the first
 * start, or set by the operator ({@code truce serve --teacher-key KEY}), and kept across restarts
 * so a teacher's console and join sheet stay valid.
 */
final class TeacherKey {
    /** The file in the data directory. */
    static final String FILE = "teacher.key";

    private TeacherKey() {
    }

    /**
     * The key the server uses: {@code given} (written to the file, replacing any other), else the
     * file's, else a fresh random one written to the file. Throws {@link UncheckedIOException}
     * whose message is one line naming the file and the problem (no exception class names) if it
     * cannot be read or written, or holds no valid key.
     */
    static String resolve(Path dataDir, String given) {
        Path file = dataDir.resolve(FILE);
        try {
            if (given != null) {
                write(file, given);
                return given;
            }
            if (Files.isSymbolicLink(file)) {
                // a link could make the server read (and show) another file, or keep the key where others read it
                String line = file + " is a link, not the teacher key's own file; delete it to get a new one, or pass --teacher-key";
                throw new UncheckedIOException(line, new IOException(line));
            }
            if (Files.exists(file)) {
                String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
                String problem = ServerConfig.teacherKeyProblem(kept);
                if (problem != null) {
                    String line = file + " does not hold a usable teacher key (" + problem
                            + "); delete it to get a new one, or pass --teacher-key";
                    throw new UncheckedIOException(line, new IOException(line));
                }
                return kept;
            }
            String fresh = Secrets.token();
            write(file, fresh);
            return fresh;
        } catch (java.nio.charset.CharacterCodingException e) {
            String line = file + " does not hold a usable teacher key (not UTF-8 text); delete it to get a new one, "
                    + "or pass --teacher-key";
            throw new UncheckedIOException(line, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the teacher key in " + file + ": " + why(e), e);
        }
    }

    /** An I/O failure in words, without the exception's class name. */
    private static String why(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : "input/output error";
    }

    /**
     * Writes the key atomically: a new owner-only file beside it, then moved over the old one, so
     * a crash never leaves the file missing or half-written, nor with an old file's permissions.
     */
    private static void write(Path file, String key) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        OwnerOnly.newDirectories(dir);
        Path tmp = Files.createTempFile(dir, FILE + ".", ".tmp", OwnerOnly.fileAttributes());
        try {
            Files.writeString(tmp, key + "\n", StandardCharsets.UTF_8);
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Checks (and makes or rewrites) the data directory's teacher key before the server starts;
     * null if it is usable, else the one line that says what is wrong (the command then exits 2).
     */
    static String problem(Path dataDir, String given) {
        try {
            resolve(dataDir, given);
            return null;
        } catch (UncheckedIOException e) {
            return e.getMessage();
        }
    }
}
