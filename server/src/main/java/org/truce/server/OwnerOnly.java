package org.truce.server;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owner-only permissions for the server's data: room journals hold private chat (and, in older
 * journals, seat tokens), so other local users must not read them. Directories 0700, files 0600,
 * set when they are made and fixed on existing ones at start. No-op where POSIX permissions
 * do not exist (Windows).
 */
public final class OwnerOnly {
    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnly.class);
    static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Attributes for a new file (0600), or none. */
    public static FileAttribute<?>[] fileAttributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    /**
     * Creates whatever of {@code dir} is missing, owner-only (0700) from the start; an existing
     * directory is left as it is. Errors as {@link Files#createDirectories}.
     */
    public static void newDirectories(Path dir) throws IOException {
        if (POSIX) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIR));
        } else {
            Files.createDirectories(dir);
        }
    }

    /** Creates {@code file} 0600 (and its missing folders 0700) unless it exists; an existing file is kept as it is. */
    public static void newFile(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            newDirectories(dir);
        }
        try {
            Files.createFile(file, fileAttributes());
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // kept: its permissions are the owner's choice
        }
    }

    /** Creates a directory (and missing parents) and makes it owner-only. */
    static void directory(Path dir) throws IOException {
        if (POSIX) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIR));
        } else {
            Files.createDirectories(dir);
        }
        fix(dir, DIR);
    }

    /**
     * At start: the data dir and its rooms dir become 0700, the files the server wrote there
     * (room journals, quarantined journals, the server log, the teacher key) 0600. Files of other kinds are left alone,
     * so a data dir pointed at a shared folder is not rewritten wholesale.
     */
    static void secure(Path dataDir, Path roomsDir) throws IOException {
        if (!POSIX) {
            return;
        }
        fix(dataDir, DIR);
        fix(roomsDir, DIR);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(roomsDir, "*.{jsonl,corrupt}")) {
            for (Path f : files) {
                fix(f, FILE);
            }
        }
        fix(dataDir.resolve(TeacherKey.FILE), FILE); // a key someone copied in with loose permissions
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dataDir, "truce-server.log*")) {
            for (Path f : files) {
                fix(f, FILE);
            }
        }
    }

    private static void fix(Path p, Set<PosixFilePermission> want) throws IOException {
        if (!POSIX || Files.isSymbolicLink(p) || !Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Set<PosixFilePermission> has = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
        if (!has.equals(want)) {
            Files.setPosixFilePermissions(p, want);
            LOG.info("{}: permissions {} -> {} (owner only)", p, PosixFilePermissions.toString(has),
                    PosixFilePermissions.toString(want));
        }
    }
}
