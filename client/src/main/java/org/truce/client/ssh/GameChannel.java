package org.truce.client.ssh;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.sshd.common.channel.Channel;
import org.apache.sshd.common.channel.PtyMode;
import org.apache.sshd.common.channel.RequestHandler;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.channel.ChannelSessionFactory;

/**
 * A session channel whose terminal size and type come only from the PTY request and window
 * changes, with the size capped at {@value #MAX_COLUMNS}×{@value #MAX_ROWS} (a bigger request is
 * clamped): the screen buffers grow with the size, and one client asking for a huge window must not
 * take the server's memory. {@code env} requests for COLUMNS, LINES or TERM (OpenSSH's SetEnv) are
 * refused: they would override what the PTY said.
 */
final class GameChannel extends ChannelSession {
    /** The widest screen a session gets. */
    static final int MAX_COLUMNS = 500;
    /** The tallest screen a session gets. */
    static final int MAX_ROWS = 200;
    private static final Set<String> PTY_ONLY = Set.of("COLUMNS", "LINES", "TERM");

    /** Makes these channels for the server's "session" channel type. */
    static final ChannelSessionFactory FACTORY = new ChannelSessionFactory() {
        @Override
        public Channel createChannel(Session session) {
            return new GameChannel();
        }
    };

    @Override
    protected RequestHandler.Result handleEnvParsed(String name, String value) throws IOException {
        if (name != null && PTY_ONLY.contains(name.toUpperCase(Locale.ROOT))) {
            return RequestHandler.Result.ReplyFailure;
        }
        return super.handleEnvParsed(name, value);
    }

    @Override
    protected RequestHandler.Result handlePtyReqParsed(String term, int cols, int rows, int width, int height,
                                                       Map<PtyMode, Integer> modes) throws IOException {
        return super.handlePtyReqParsed(term, columns(cols), rows(rows), width, height, modes);
    }

    @Override
    protected RequestHandler.Result handleWindowChangeParsed(int cols, int rows, int width, int height) throws IOException {
        return super.handleWindowChangeParsed(columns(cols), rows(rows), width, height);
    }

    /**
     * {@code n} columns as a session gets them: at most {@value #MAX_COLUMNS}; 0 stays 0 ("unknown":
     * the shell takes 80), and a negative number is an unsigned 32-bit value too big for an int.
     */
    static int columns(int n) {
        return n < 0 ? MAX_COLUMNS : Math.min(n, MAX_COLUMNS);
    }

    /** {@code n} rows as a session gets them: at most {@value #MAX_ROWS} (0 stays 0, as for {@link #columns}). */
    static int rows(int n) {
        return n < 0 ? MAX_ROWS : Math.min(n, MAX_ROWS);
    }
}
