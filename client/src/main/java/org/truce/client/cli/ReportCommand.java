package org.truce.client.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.truce.server.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code truce report}: the debrief files of finished rooms, offline from the room journals (read
 * only, so also while a server runs on the same data dir).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the debrief of finished rooms from the room logs (also while a server runs).",
                "Per room: OUT/CODE.md and OUT/CODE.json. The class: OUT/class.md and OUT/class.csv."})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "the server's data directory (default ${DEFAULT-VALUE})")
    Path data = Path.of("truce-data");

    @Option(names = "--out", paramLabel = "DIR", description = "where the reports go (default: DATA/reports)")
    Path out;

    @Parameters(paramLabel = "ROOM", arity = "0..*", description = "room codes to report (default: every finished room)")
    List<String> rooms = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Path target = out == null ? data.resolve("reports") : out;
        org.truce.server.cli.OptionChecks checks = new OptionChecks("report", err)
                .that(Files.isDirectory(data.resolve("rooms")) ? null
                        : "--data " + data + " holds no room logs (no " + data.resolve("rooms") + " directory)");
        for (String r : rooms) {
            checks.room("ROOM", r);
        }
        if (!checks.writableDir("--out", target).ok()) {
            return 2;
        }
        ReportWriter.Result result;
        try {
            result = ReportWriter.write(data, target, rooms);
        } catch (IOException e) {
            err.println("truce report: cannot write the reports: " + e.getMessage());
            return 1;
        }
        for (String p : result.problems()) {
            err.println("truce report: skipped " + p);
        }
        if (!result.inProgress().isEmpty()) {
            stdout.println("In progress, not reported: " + String.join(", ", result.inProgress()));
        }
        if (result.reported().isEmpty()) {
            stdout.println("No finished room to report.");
        } else {
            stdout.println("Reported " + String.join(", ", result.reported()) + " and the class (class.md, class.csv) in " + target);
        }
        stdout.flush();
        err.flush();
        return 0;
    }
}
