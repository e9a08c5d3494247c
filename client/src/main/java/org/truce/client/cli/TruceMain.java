package org.truce.client.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code truce} command line: one launcher, solo play by default. */
@Command(name = "truce",
        mixinStandardHelpOptions = true,
        versionProvider = TruceMain.Version.class,
        description = {"Truce: negotiate the terms and security guarantees of a ceasefire in Ukraine.",
                "With no command, starts a solo game against bots."},
        subcommands = {SoloCommand.class, ServeCommand.class, JoinCommand.class, FacilitateCommand.class, BotCommand.class,
                SimulateCommand.class, ImportGeniusCommand.class, BenchCommand.class, ReportCommand.class, ReplayCommand.class,
                CommandLine.HelpCommand.class})
public final class TruceMain implements Callable<Integer> {

    /** Runs the command line with UTF-8 output and exits with its code. */
    public static void main(String[] args) {
        Utf8Output.install();
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (tests call this). */
    public static int run(String... args) {
        CommandLine cli = commandLine();
        if (args.length == 0) {
            return cli.execute("solo");
        }
        return cli.execute(args);
    }

    /** The command line as {@code truce} runs it: bad arguments are one line on stderr and exit 2. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new TruceMain());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(OptionChecks::parameterError);
        cli.setExecutionExceptionHandler(OptionChecks::executionError);
        // picocli would encode help and messages in the locale's charset
        cli.setOut(Utf8Output.writer(System.out));
        cli.setErr(Utf8Output.writer(System.err));
        return cli;
    }

    @Override
    public Integer call() {
        return commandLine().execute("solo");
    }

    /**
     * Reports the version and the build's time from the jar manifest (or "dev" when run from
     * classes), so two copies of truce.jar on lab machines can be told apart.
     */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = TruceMain.class.getPackage().getImplementationVersion();
            String built = buildTime();
            return new String[] {"truce " + (v == null ? "dev" : v) + (built == null ? "" : " (built " + built + ")"),
                    "Java " + System.getProperty("java.version")};
        }

        /** The {@code Build-Time} of the jar this class came from, or null (run from classes, or unreadable). */
        static String buildTime() {
            try {
                java.net.URL where = TruceMain.class.getProtectionDomain().getCodeSource().getLocation();
                java.nio.file.Path jar = java.nio.file.Path.of(where.toURI());
                if (!java.nio.file.Files.isRegularFile(jar)) {
                    return null;
                }
                try (java.util.jar.JarFile f = new java.util.jar.JarFile(jar.toFile())) {
                    java.util.jar.Manifest m = f.getManifest();
                    return m == null ? null : m.getMainAttributes().getValue("Build-Time");
                }
            } catch (Exception e) {
                return null; // the version alone is still right
            }
        }
    }
}
