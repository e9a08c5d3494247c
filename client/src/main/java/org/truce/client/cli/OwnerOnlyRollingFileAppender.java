package org.truce.client.cli;

import org.truce.server.OwnerOnly;
import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;

/**
 * The client's log file (logback.xml), created owner-only (0600 in a 0700 folder) before logback
 * opens it, at start and after each roll-over: logback would create it 0644, readable by every
 * local user for as long as it lives. Also used for {@code truce serve}'s log.
 */
public class OwnerOnlyRollingFileAppender<E> extends RollingFileAppender<E> {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    @Override
    public void openFile(String fileName) throws IOException {
        create(Path.of(fileName));
        super.openFile(fileName);
    }

    /** Creates {@code file} 0600 (and its missing folders 0700) if it does not exist yet; an existing file is left as it is. */
    public static void create(Path file) throws IOException {
        if (POSIX) {
            OwnerOnly.newFile(file);
        }
    }
}
