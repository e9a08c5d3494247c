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
     * naming the file if it cannot be read or written, or holds no valid key.
     */
    static String resolve(Path dataDir, String given) {
        Path file = dataDir.resolve(FILE);
        try {
            if (given != null) {
                write(file, given);
                return given;
            }
            if (Files.exists(file)) {
                String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
                String problem = ServerConfig.teacherKeyProblem(kept);
                if (problem != null) {
                    throw new UncheckedIOException(new IOException(file + " does not hold a usable teacher key ("
                            + problem + "); delete it to get a new one, or pass --teacher-key"));
                }
                return kept;
            }
            String fresh = Secrets.token();
            write(file, fresh);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the teacher key in " + file + ": " + e.getMessage(), e);
        }
    }

    /** A new owner-only file (an old one is replaced, so it cannot keep looser permissions). */
    private static void write(Path file, String key) throws IOException {
        Files.deleteIfExists(file);
        OwnerOnly.newFile(file);
        Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
    }
}
