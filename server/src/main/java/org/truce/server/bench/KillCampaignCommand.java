package org.truce.server.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.truce.server.cli.OptionChecks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@link KillCampaign}'s command line: every option checked before the server starts (docs/PERFORMANCE.md). */
@Command(name = "KillCampaign", sortOptions = false,
        description = {"The kill -9 campaign: the real server in a child JVM killed at random moments and restarted,",
                "every acknowledged move checked after each restart. Exit 0 nothing lost, 1 a failure, 2 bad options."})
final class KillCampaignCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--kills", paramLabel = "N", description = "kills at most, 1..100000 (default ${DEFAULT-VALUE})")
    private int kills = 100;

    @Option(names = "--minutes", paramLabel = "M", description = "minutes at most, 1..600 (default ${DEFAULT-VALUE})")
    private int minutes = 25;

    @Option(names = "--rooms", paramLabel = "R", description = "tables played at once, 1..200 (default ${DEFAULT-VALUE})")
    private int rooms = 8;

    @Option(names = "--min-ms", paramLabel = "MS", description = "least play between kills, 0..600000 ms (default ${DEFAULT-VALUE})")
    private int minMs = 300;

    @Option(names = "--max-ms", paramLabel = "MS", description = "most play between kills, 1..600000 ms, more than --min-ms (default ${DEFAULT-VALUE})")
    private int maxMs = 3000;

    @Option(names = "--seed", paramLabel = "S", description = "repeats a run's choices (default: from the clock)")
    private Long seed;

    @Option(names = "--dir", paramLabel = "DIR", description = "working directory: data, server logs (default: a new temporary one)")
    private Path dir;

    @Option(names = "--keep", description = "keep the directory even when nothing failed")
    private boolean keep;

    @Option(names = "--classpath", paramLabel = "CP", description = "class path of the server's JVM (default: this JVM's)")
    private String classpath = System.getProperty("java.class.path");

    @Option(names = "--scenario", paramLabel = "ID", description = "scenario the rooms play (default ${DEFAULT-VALUE})")
    private String scenario = "paris-summit";

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        OptionChecks checks = new OptionChecks("KillCampaign", err)
                .range("--kills", kills, 1, 100_000)
                .range("--minutes", minutes, 1, 600)
                .range("--rooms", rooms, 1, 200)
                .range("--min-ms", minMs, 0, 600_000)
                .range("--max-ms", maxMs, 1, 600_000)
                .that(maxMs <= minMs ? "--max-ms must be more than --min-ms, not " + maxMs + " with --min-ms " + minMs : null);
        if (dir != null) {
            checks.writableDir("--dir", dir);
        }
        if (!checks.ok()) {
            return 2;
        }
        long s = seed != null ? seed : System.nanoTime();
        Path d;
        try {
            d = dir == null ? Files.createTempDirectory("truce-kill-") : dir;
        } catch (IOException e) {
            err.println("KillCampaign: cannot make a temporary directory: " + e.getMessage());
            err.flush();
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("kill campaign: seed " + s + ", dir " + d);
        out.flush();
        boolean ok;
        try {
            ok = new KillCampaign(s, scenario).run(classpath, d, kills, minutes * 60_000L, rooms, minMs, maxMs);
        } catch (IOException e) {
            err.println("KillCampaign: " + e.getMessage());
            err.flush();
            return 1;
        }
        if (!keep && ok) {
            KillCampaign.delete(d);
        } else {
            out.println("kept " + d);
            out.flush();
        }
        return ok ? 0 : 1;
    }
}
