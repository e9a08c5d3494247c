package org.truce.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.protocol.ServerMessage;

/**
 * The console's {@code write_reports}: {@link ReportWriter} over the data dir into {@code DATA/reports},
 * on a thread of its own (reading every room log can take a while; neither a connection's event loop
 * nor a room's thread waits for it), one request at a time, the thread gone when idle.
 */
final class ReportRequests {
    private static final Logger LOG = LoggerFactory.getLogger(ReportRequests.class);
    private final Path dataDir;
    private final ScenarioCatalog catalog;
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(0, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
            r -> {
                Thread t = new Thread(r, "truce-reports");
                t.setDaemon(true);
                return t;
            });

    ReportRequests(Path dataDir, ScenarioCatalog catalog) {
        this.dataDir = dataDir;
        this.catalog = catalog;
    }

    /** Writes the reports, then answers {@code s} with {@code reports_written} (or an error) to {@code re}. */
    void write(Session s, String re) {
        worker.execute(() -> {
            Path out = dataDir.resolve("reports").toAbsolutePath();
            try {
                ReportWriter.Result r = ReportWriter.write(dataDir, out, List.of(), catalog);
                LOG.info("reports written for {} room(s) into {}", r.reported().size(), out);
                s.send(new ServerMessage.ReportsWritten(out.toString(), r.reported(), r.inProgress(), r.problems()), re);
            } catch (IOException | RuntimeException e) {
                LOG.warn("reports could not be written into {}", out, e);
                s.error(ErrorCode.SERVER_ERROR, "the reports could not be written to " + out + " on the server ("
                        + (e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getClass().getSimpleName()) + ")", re);
            }
        });
    }
}
